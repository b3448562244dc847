// A page of nodes of one label by folded name (sortKey), then id, after the cursor. Every
// such node has a sort key (its folded name, '' at worst); saying so lets the planner seek
// the (label, sortKey) index and read it in order, stopping at $limit, rather than scan.
MATCH (n:Entity)
WHERE n.label = $label AND n.sortKey IS NOT NULL
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($province IS NULL OR n.province = $province)
  AND ($issuer IS NULL OR EXISTS { (n)-[:ISSUED_BY]->(:Entity {id: $issuer}) })
  AND ($from IS NULL OR n.sortKey >= $from)
  AND ($to IS NULL OR n.sortKey <= $to)
  AND ($searchWords IS NULL OR (
        all(w IN $searchWords WHERE w IN split(n.searchText, ' '))
        AND ($searchPrefix = '' OR any(t IN split(n.searchText, ' ') WHERE t STARTS WITH $searchPrefix))))
  AND ($afterId IS NULL OR n.sortKey > $afterSort OR (n.sortKey = $afterSort AND n.id > $afterId))
// the key the rows are ordered by, for the cursor: the same values, not recomputed
RETURN n {.*} AS node, n.sortKey AS sortKey
ORDER BY n.sortKey, n.id
LIMIT $limit

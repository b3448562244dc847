// A page of articles by publication date (sortKey), newest first, undated last, then id.
MATCH (n:Entity)
WHERE n.label = $label
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($province IS NULL OR n.province = $province)
  AND ($issuer IS NULL OR EXISTS { (n)-[:ISSUED_BY]->(:Entity {id: $issuer}) })
  AND ($from IS NULL OR n.sortKey >= $from)
  AND ($to IS NULL OR n.sortKey <= $to)
  AND ($searchWords IS NULL OR (
        all(w IN $searchWords WHERE w IN split(n.searchText, ' '))
        AND ($searchPrefix = '' OR any(t IN split(n.searchText, ' ') WHERE t STARTS WITH $searchPrefix))))
  AND ($afterId IS NULL
       OR ($afterSort IS NOT NULL AND (n.sortKey IS NULL OR n.sortKey < $afterSort OR (n.sortKey = $afterSort AND n.id > $afterId)))
       OR ($afterSort IS NULL AND n.sortKey IS NULL AND n.id > $afterId))
// the key the rows are ordered by, for the cursor: the same values, not recomputed
RETURN n {.*} AS node, n.sortKey AS sortKey
ORDER BY n.sortKey IS NULL, n.sortKey DESC, n.id
LIMIT $limit

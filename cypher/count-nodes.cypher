// The number of nodes a filter of list-nodes-by-*.cypher matches.
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
RETURN count(n) AS total

// list-meetings.cypher when the filter names a person, body or document ($anchor, by the
// relationship type $anchorType): that node's meetings, reached from it, rather than every
// meeting of the graph tested one by one (a label scan and an EXISTS per meeting). The
// rest (filters, cursor, order) is list-meetings.cypher's, word for word. The types are
// directed by the model (Person-[:CHAIRED]->Meeting, Meeting-[:CITES]->Document, …), so
// the type alone says the direction; DISTINCT: the same fact from several articles.
MATCH (x:Entity {id: $anchor})-[r]-(m:Meeting)
WHERE type(r) = $anchorType
WITH DISTINCT m
WHERE ($chairedBy IS NULL OR EXISTS { (:Entity {id: $chairedBy})-[:CHAIRED]->(m) })
  AND ($spokeBy IS NULL OR EXISTS { (:Entity {id: $spokeBy})-[:SPOKE_AT]->(m) })
  AND ($attendedBy IS NULL OR EXISTS { (:Entity {id: $attendedBy})-[:ATTENDED]->(m) })
  AND ($organizer IS NULL OR EXISTS { (:Entity {id: $organizer})-[:ORGANIZED]->(m) })
  AND ($cites IS NULL OR EXISTS { (m)-[:CITES]->(:Entity {id: $cites}) })
  AND ($from IS NULL OR m.date >= $from)
  AND ($to IS NULL OR m.date <= $to)
  // search: every whole word present, and some word starting with the prefix
  AND ($searchWords IS NULL OR (
        all(w IN $searchWords WHERE w IN split(m.searchText, ' '))
        AND ($searchPrefix = '' OR any(t IN split(m.searchText, ' ') WHERE t STARTS WITH $searchPrefix))))
  AND ($afterId IS NULL
       OR ($afterSort IS NOT NULL AND (m.date IS NULL OR m.date < $afterSort OR (m.date = $afterSort AND m.id > $afterId)))
       OR ($afterSort IS NULL AND m.date IS NULL AND m.id > $afterId))
// the key the rows are ordered by, for the cursor: the same values, not recomputed
RETURN m {.*} AS node, m.date AS sortKey
ORDER BY m.date IS NULL, m.date DESC, m.id
LIMIT $limit

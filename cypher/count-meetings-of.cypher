// count-meetings.cypher from the node the filter names, as list-meetings-of.cypher pages.
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
RETURN count(m) AS total

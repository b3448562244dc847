// The relationships among the given nodes, the first $limit by id (the adapter asks one
// more than it keeps, to tell whether it cut some off); the nodes are read by get-nodes.
MATCH (n:Entity)-[r]->(m:Entity)
WHERE n.id IN $ids AND m.id IN $ids
WITH r
ORDER BY r.id
LIMIT $limit
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

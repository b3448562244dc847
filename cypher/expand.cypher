// One level of a neighbourhood: for each node and relationship type, its first $perType
// neighbours by id, with one relationship each, the first by id (parallel ones, the same
// fact from other articles, add nothing to a drawing). The adapter asks one neighbour
// more than it keeps, to know when it cut some off. Relationships are collected as
// they are and turned into maps (with their quotes) only once cut to $perType: a hub's
// thousands are not all copied to be dropped.
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH nodeId, type(r) AS relType, m.id AS other, r
ORDER BY r.id
WITH nodeId, relType, other, head(collect(r)) AS firstRel
ORDER BY other
WITH nodeId, relType, collect(firstRel)[..$perType] AS rels
UNWIND rels AS r
RETURN nodeId, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

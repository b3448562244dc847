// One level of a neighbourhood: for each node, per relationship type, the relationships
// to its first $perType neighbours by id (the adapter asks one more than it keeps, to
// know when it cut some off).
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH nodeId, type(r) AS relType, m.id AS other,
     collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS rels
ORDER BY other
WITH nodeId, relType, collect(rels)[..$perType] AS groups
UNWIND groups AS rels
UNWIND rels AS rel
RETURN nodeId, rel

// One level of a shortest-path search (src/store/path.ts): the distinct neighbours of each
// node, relationships followed in either direction, of the given types or any.
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN nodeId, collect(DISTINCT m.id) AS neighbours

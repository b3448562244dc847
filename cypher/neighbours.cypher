// One level of a shortest-path search (src/store/path.ts): the distinct neighbours of each
// node, relationships followed in either direction, of the given types or any, each with
// the rank ($typeOrder index) of the first-listed type among the relationships joining them.
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH nodeId, m.id AS other, min([i IN range(0, size($typeOrder) - 1) WHERE $typeOrder[i] = type(r)][0]) AS rank
RETURN nodeId, collect(other) AS neighbours, collect(rank) AS ranks

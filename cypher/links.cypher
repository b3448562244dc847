// The steps of a shortest path (src/store/path.ts): for each pair of nodes, the relationship
// of smallest id joining them, in either direction, of the given types or any.
UNWIND range(0, size($pairs) - 1) AS i
MATCH (a:Entity {id: $pairs[i][0]})-[r]-(b:Entity {id: $pairs[i][1]})
WHERE $types IS NULL OR type(r) IN $types
WITH i, r ORDER BY r.id
WITH i, head(collect(r)) AS r
RETURN i, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

// The steps of a shortest path (src/store/path.ts): for each pair of nodes, of the
// relationships joining them (either direction, of the given types or any) those of the
// first-listed type in $typeOrder, and of these the one of smallest id.
UNWIND range(0, size($pairs) - 1) AS i
MATCH (a:Entity {id: $pairs[i][0]})-[r]-(b:Entity {id: $pairs[i][1]})
WHERE $types IS NULL OR type(r) IN $types
WITH i, r, [k IN range(0, size($typeOrder) - 1) WHERE $typeOrder[k] = type(r)][0] AS rank
ORDER BY rank, r.id
WITH i, head(collect(r)) AS r
RETURN i, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

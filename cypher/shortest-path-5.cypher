// A shortest path of at most 5 relationships, in either direction. Variable-length
// bounds cannot be parameters, so there is one file per allowed length (1..6).
MATCH p = shortestPath((a:Entity {id: $from})-[*..5]-(b:Entity {id: $to}))
WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [x IN nodes(p) | x {.*}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels

// A shortest path of at most 6 relationships, in either direction. Variable-length
// bounds cannot be parameters, so there is one file per allowed length (1..6). The type
// filter is one universal predicate on the relationships, all(r IN relationships(p) …),
// with the null check inside it: the planner evaluates such a predicate during its
// bidirectional breadth-first search. Wrapped in `$types IS NULL OR …` it would be checked
// only on the path found, with a fallback to an exhaustive search of every path.
MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to}))
WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
RETURN [x IN nodes(p) | x {.*}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels

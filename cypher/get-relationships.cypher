// Relationships at any of the nodes, of the given types (null: all) and direction.
MATCH (n:Entity)-[r]-()
WHERE n.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
RETURN DISTINCT r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

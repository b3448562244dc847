// The given nodes and every relationship among them.
MATCH (n:Entity)
WHERE n.id IN $ids
OPTIONAL MATCH (n)-[r]->(m:Entity)
  WHERE m.id IN $ids
RETURN n {.*} AS node, collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS rels

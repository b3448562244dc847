// Degree per relationship type and direction of each node.
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-()
RETURN nodeId,
       type(r) AS type,
       sum(CASE WHEN startNode(r) = n THEN 1 ELSE 0 END) AS outgoing,
       sum(CASE WHEN endNode(r) = n THEN 1 ELSE 0 END) AS incoming

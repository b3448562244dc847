// Nodes by id (unknown ids give no row).
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
RETURN n {.*} AS node

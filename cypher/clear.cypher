// Deletes every polgraph node and relationship (tests and re-imports).
MATCH (n:Entity)
DETACH DELETE n

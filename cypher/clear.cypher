// Deletes up to $batchSize polgraph nodes with their relationships (tests and
// re-imports); the adapter repeats it, a transaction each, until none is left: one
// transaction deleting a whole graph would hold all of it in its state and exceed the
// server's transaction memory limit.
MATCH (n)
WHERE n:Entity OR n:Support
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted

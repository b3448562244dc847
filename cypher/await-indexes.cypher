// Waits until every index is online (after schema.cypher created them).
CALL db.awaitIndexes($timeoutSeconds)

// Removes the given nodes that no relationship supports any more (articles excepted:
// an article goes only when deleted).
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WHERE NOT n:Article AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS removed

// Removes the given nodes that no article lists (no :Support) and no relationship
// touches any more (articles excepted: an article goes only when deleted).
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WHERE NOT n:Article AND NOT EXISTS { (n)--() } AND NOT EXISTS { MATCH (:Support {node: nodeId}) }
DELETE n
RETURN count(*) AS removed

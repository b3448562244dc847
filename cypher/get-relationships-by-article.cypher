// Relationships supported by any of the articles, found from the nodes each touched.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
UNWIND coalesce(a.touchedIds, []) AS nodeId
MATCH (n:Entity {id: nodeId})-[r]-()
WHERE r.article = articleId
RETURN DISTINCT r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

// Relationships supported by any of the articles, each found between its two ends (kept
// on the article node as relFrom[i], relTo[i]).
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
WITH articleId, coalesce(a.relFrom, []) AS froms, coalesce(a.relTo, []) AS tos
UNWIND range(0, size(froms) - 1) AS i
WITH articleId, froms[i] AS fromId, tos[i] AS toId
MATCH (:Entity {id: fromId})-[r]->(:Entity {id: toId})
WHERE r.article = articleId
RETURN DISTINCT r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel

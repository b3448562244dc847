// Deletes the relationships an article supports. The article node keeps the two ends of
// each (relFrom[i], relTo[i]), so each is found between two known nodes rather than among
// all the relationships of a hub such as Tỉnh ủy. Returns the nodes the article touched,
// whose orphans the caller removes next; no row when the article is unknown.
MATCH (a:Article {id: $articleId})
WITH coalesce(a.touchedIds, []) AS touched, coalesce(a.relFrom, []) AS froms, coalesce(a.relTo, []) AS tos
UNWIND CASE WHEN size(froms) = 0 THEN [-1] ELSE range(0, size(froms) - 1) END AS i
WITH touched, froms[i] AS fromId, tos[i] AS toId
OPTIONAL MATCH (:Entity {id: fromId})-[r]->(:Entity {id: toId})
  WHERE r.article = $articleId
WITH touched, collect(DISTINCT r) AS rels
FOREACH (r IN rels | DELETE r)
RETURN touched

// Deletes the relationships an article supports. They are found from the nodes the
// article touched (kept on the article node), so no scan of all relationships is needed.
// Returns those node ids, whose orphans the caller removes next; no row when the
// article is unknown.
MATCH (a:Article {id: $articleId})
WITH coalesce(a.touchedIds, []) AS touched
OPTIONAL MATCH (n:Entity)-[r]-()
  WHERE n.id IN touched AND r.article = $articleId
WITH touched, collect(DISTINCT r) AS rels
FOREACH (r IN rels | DELETE r)
RETURN touched

// Deletes an article node (its relationships are already gone).
MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(*) AS deleted

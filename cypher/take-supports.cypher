// Takes away what an article gave its nodes (src/store/merge.ts): each :Support it counted
// in (its node, one distinct contribution, how many articles gave it) loses one; a support
// no article gives any more is deleted. Returns the nodes whose props must be recomputed;
// no row when the article is unknown. :Support nodes are not :Entity and have no
// relationships: no graph query sees them.
MATCH (a:Article {id: $articleId})
UNWIND coalesce(a.givenIds, []) AS supportId
MATCH (s:Support {id: supportId})
SET s.count = s.count - 1
WITH s, s.node AS nodeId
FOREACH (_ IN CASE WHEN s.count <= 0 THEN [1] ELSE [] END | DELETE s)
RETURN collect(DISTINCT nodeId) AS nodeIds

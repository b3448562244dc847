// Typeahead candidates from the full-text index over searchText; the adapter builds the
// Lucene query from folded words only, then checks and ranks the hits itself.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score
WHERE $labels IS NULL OR node.label IN $labels
RETURN node {.*} AS node, score
ORDER BY score DESC
LIMIT $limit

// Typeahead's best candidates: nodes whose folded name (nameKey) starts with the folded
// query, in name order then id, from the range index on nameKey. The full-text index
// scores every hit of a prefix query alike (Lucene's constant-score rewrite), so where
// thousands match ('ng', 'tr'), its first hits are an arbitrary few; the memory store
// ranks names that start with the query first, alphabetically, and so does this.
// $whole: the query's last word is finished ('duong van '), so the name must have it whole.
MATCH (n:Entity)
WHERE n.nameKey STARTS WITH $text
  AND (NOT $whole OR n.nameKey = $text OR n.nameKey STARTS WITH ($text + ' '))
  AND ($labels IS NULL OR n.label IN $labels)
RETURN n {.*} AS node
ORDER BY n.nameKey, n.id
LIMIT $limit

// Merges one article's nodes by id. The first name and sort key stay; other props take
// the new non-null values (nulls are left out of row.props); the list props (row.lists:
// aliases, authors) and the words of searchText are unioned with what other articles
// gave the node, as ../src/store/merge.ts does in every store.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.name = row.name, n.label = row.label, n.sortKey = row.sortKey, n.searchText = row.searchText
// the folded first name, for typeahead (search-names.cypher); given to nodes written before it was
SET n.nameKey = coalesce(n.nameKey, row.nameKey)
SET n += row.props
// articles and meetings are listed by their date, whatever they were first written with
SET n.sortKey = CASE row.label WHEN 'Article' THEN n.publishedAt WHEN 'Meeting' THEN n.date ELSE n.sortKey END
// words, not the empty strings that split() gives for an empty searchText
SET n.searchText = reduce(acc = n.searchText, w IN [x IN split(row.searchText, ' ') WHERE x <> ''] |
      CASE WHEN w IN split(acc, ' ') THEN acc WHEN acc = '' THEN w ELSE acc + ' ' + w END)
SET n.aliases = CASE WHEN row.lists.aliases IS NULL THEN n.aliases
      ELSE reduce(acc = coalesce(n.aliases, []), a IN row.lists.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) END
SET n.authors = CASE WHEN row.lists.authors IS NULL THEN n.authors
      ELSE reduce(acc = coalesce(n.authors, []), a IN row.lists.authors | CASE WHEN a IN acc THEN acc ELSE acc + a END) END
// labels cannot be parameters: one guarded SET per label
FOREACH (_ IN CASE WHEN row.label = 'Article' THEN [1] ELSE [] END | SET n:Article)
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.label = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.label = 'Position' THEN [1] ELSE [] END | SET n:Position)
FOREACH (_ IN CASE WHEN row.label = 'Meeting' THEN [1] ELSE [] END | SET n:Meeting)
FOREACH (_ IN CASE WHEN row.label = 'Document' THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE WHEN row.label = 'Place' THEN [1] ELSE [] END | SET n:Place)
RETURN count(n) AS written

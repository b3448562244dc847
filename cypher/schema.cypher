// Constraints and indexes, applied by init() at `ingest` and at server start. Every
// statement is IF NOT EXISTS, so applying the file again changes nothing.
// Every node carries its own label and :Entity, so a look-up by id alone uses one index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX document_code IF NOT EXISTS FOR (n:Document) ON (n.code);
// lists filter on the label property and page on the sort key: a composite index is used
// only with a predicate on each of its properties (list-nodes-by-name.cypher says
// n.sortKey IS NOT NULL); lists that keep nodes without a sort key (undated articles) and
// counts seek the label alone. Without either, n.label = $label scans every :Entity node.
CREATE INDEX entity_label_sort IF NOT EXISTS FOR (n:Entity) ON (n.label, n.sortKey);
CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label);
// typeahead's names that start with what is typed, in name order (search-names.cypher)
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
// typeahead over every label: searchText is already folded (lower case, no diacritics).
// The analyzer and consistency are given, not left to the server's defaults
// (db.index.fulltext.default_analyzer, …eventually_consistent), which an operator may have
// changed: a stop-word analyzer drops Vietnamese words that are English stop words (an,
// to, no: 'An Giang' would not be found by 'an '), and an eventually consistent index
// misses what was written a moment ago.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// what each article gave each node (take-supports.cypher, give-supports.cypher)
CREATE CONSTRAINT support_id IF NOT EXISTS FOR (s:Support) REQUIRE s.id IS UNIQUE;
CREATE INDEX support_node IF NOT EXISTS FOR (s:Support) ON (s.node);

// Node counts per label, each from the count store: a count(n) of one label alone in its
// WITH is answered without reading a node (NodeCountFromCountStore), where grouping all
// :Entity nodes by their label property read every node of the graph for `stats`.
MATCH (n:Article) WITH count(n) AS total RETURN 'Article' AS label, total
UNION ALL
MATCH (n:Person) WITH count(n) AS total RETURN 'Person' AS label, total
UNION ALL
MATCH (n:Organization) WITH count(n) AS total RETURN 'Organization' AS label, total
UNION ALL
MATCH (n:Position) WITH count(n) AS total RETURN 'Position' AS label, total
UNION ALL
MATCH (n:Meeting) WITH count(n) AS total RETURN 'Meeting' AS label, total
UNION ALL
MATCH (n:Document) WITH count(n) AS total RETURN 'Document' AS label, total
UNION ALL
MATCH (n:Place) WITH count(n) AS total RETURN 'Place' AS label, total

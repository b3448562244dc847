// Degree per relationship type and direction of each node, the types it has none of
// left out. Each COUNT { } of one typed relationship pattern is a degree look-up
// (GetDegree), not a walk over the node's relationships: a hub such as Tỉnh ủy, which
// thousands of articles mention, costs what a leaf costs. Types cannot be parameters,
// hence one pair of counts per type. The adapter passes each id once. (COUNT { }
// subqueries: Neo4j 5.3 and later.)
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
UNWIND [
  ['HOLDS', COUNT { (n)-[:HOLDS]->() }, COUNT { (n)<-[:HOLDS]-() }],
  ['OF', COUNT { (n)-[:OF]->() }, COUNT { (n)<-[:OF]-() }],
  ['CHAIRED', COUNT { (n)-[:CHAIRED]->() }, COUNT { (n)<-[:CHAIRED]-() }],
  ['SPOKE_AT', COUNT { (n)-[:SPOKE_AT]->() }, COUNT { (n)<-[:SPOKE_AT]-() }],
  ['ATTENDED', COUNT { (n)-[:ATTENDED]->() }, COUNT { (n)<-[:ATTENDED]-() }],
  ['ORGANIZED', COUNT { (n)-[:ORGANIZED]->() }, COUNT { (n)<-[:ORGANIZED]-() }],
  ['CITES', COUNT { (n)-[:CITES]->() }, COUNT { (n)<-[:CITES]-() }],
  ['IMPLEMENTS', COUNT { (n)-[:IMPLEMENTS]->() }, COUNT { (n)<-[:IMPLEMENTS]-() }],
  ['ISSUED_BY', COUNT { (n)-[:ISSUED_BY]->() }, COUNT { (n)<-[:ISSUED_BY]-() }],
  ['PART_OF', COUNT { (n)-[:PART_OF]->() }, COUNT { (n)<-[:PART_OF]-() }],
  ['REPORTS', COUNT { (n)-[:REPORTS]->() }, COUNT { (n)<-[:REPORTS]-() }],
  ['MENTIONS', COUNT { (n)-[:MENTIONS]->() }, COUNT { (n)<-[:MENTIONS]-() }],
  ['LOCATED_IN', COUNT { (n)-[:LOCATED_IN]->() }, COUNT { (n)<-[:LOCATED_IN]-() }]
] AS d
WITH nodeId, d
WHERE d[1] > 0 OR d[2] > 0
RETURN nodeId, d[0] AS type, d[1] AS outgoing, d[2] AS incoming

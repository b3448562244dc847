// Counts an article in the supports of its nodes: one :Support per node and distinct
// contribution (row.id: the node's id and a digest of the contribution, row.json: the
// contribution itself), its count the number of articles that give it.
UNWIND $supports AS row
MERGE (s:Support {id: row.id})
  ON CREATE SET s.node = row.node, s.json = row.json, s.count = 0
SET s.count = s.count + 1
RETURN count(s) AS given

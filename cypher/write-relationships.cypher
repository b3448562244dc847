// Merges one article's relationships by id between nodes matched by id. A row whose
// endpoint does not exist matches nothing, so `written` falls short and the adapter
// throws inside the transaction, which rolls the whole article back.
UNWIND $relationships AS row
WITH row, row.from AS fromId, row.to AS toId
MATCH (a:Entity {id: fromId})
MATCH (b:Entity {id: toId})
// relationship types cannot be parameters: one guarded MERGE per type
FOREACH (_ IN CASE WHEN row.type = 'HOLDS' THEN [1] ELSE [] END | MERGE (a)-[r:HOLDS {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'OF' THEN [1] ELSE [] END | MERGE (a)-[r:OF {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CHAIRED' THEN [1] ELSE [] END | MERGE (a)-[r:CHAIRED {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'SPOKE_AT' THEN [1] ELSE [] END | MERGE (a)-[r:SPOKE_AT {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ATTENDED' THEN [1] ELSE [] END | MERGE (a)-[r:ATTENDED {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ORGANIZED' THEN [1] ELSE [] END | MERGE (a)-[r:ORGANIZED {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CITES' THEN [1] ELSE [] END | MERGE (a)-[r:CITES {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'IMPLEMENTS' THEN [1] ELSE [] END | MERGE (a)-[r:IMPLEMENTS {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ISSUED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:ISSUED_BY {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[r:PART_OF {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'REPORTS' THEN [1] ELSE [] END | MERGE (a)-[r:REPORTS {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'MENTIONS' THEN [1] ELSE [] END | MERGE (a)-[r:MENTIONS {id: row.id}]->(b) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b) SET r += row.props)
RETURN count(*) AS written

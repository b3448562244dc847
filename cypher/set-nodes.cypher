// Replaces the props of existing nodes with the ones computed from their supports (or,
// for an article, with what its latest version gives): `SET n = row.props` drops a prop
// that no supporter gives any more, so nothing a deleted article said is left behind.
UNWIND $nodes AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
RETURN count(n) AS written

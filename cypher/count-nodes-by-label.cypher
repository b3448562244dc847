// Node counts per label.
MATCH (n:Entity)
RETURN n.label AS label, count(*) AS total

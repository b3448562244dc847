// The number of relationships (answered from the count store).
MATCH ()-[r]->()
RETURN count(r) AS total

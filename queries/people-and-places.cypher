// People and the place they live in now.  kgmem cypher -q queries/people-and-places.cypher
MATCH (p:Person {namespace: $namespace})-[r:livesIn]->(where)
WHERE r.valid_to IS NULL
RETURN p.name AS person, where.name AS place
ORDER BY person

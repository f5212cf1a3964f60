// How many current facts each predicate has.  kgmem cypher -q queries/predicate-counts.cypher
MATCH (:Entity {namespace: $namespace})-[r]->()
WHERE r.valid_to IS NULL
RETURN r.predicate AS predicate, count(*) AS facts
ORDER BY facts DESC, predicate

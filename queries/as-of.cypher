// What held at a time: every fact valid then (a date or a date-time), with its validity, by subject.
//   kgmem cypher -q queries/as-of.cypher -p at=2024-06-01
WITH datetime($at) AS when
MATCH (e:Entity {namespace: $namespace})-[r]->(o)
WHERE r.predicate IS NOT NULL AND (r.valid_from IS NULL OR r.valid_from <= when)
  AND (r.valid_to IS NULL OR r.valid_to > when)
RETURN e.name AS subject, CASE type(r) WHEN 'RELATED' THEN r.predicate ELSE type(r) END AS predicate,
       coalesce(o.name, o.value) AS value, r.valid_from AS validFrom, r.valid_to AS validTo
ORDER BY subject, predicate, toString(value)

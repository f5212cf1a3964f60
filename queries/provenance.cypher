// Current facts with the turn each was learned from (speaker, time, text).
//   kgmem cypher -q queries/provenance.cypher
MATCH (s:Entity {namespace: $namespace})-[r]->(o)
WHERE r.valid_to IS NULL
UNWIND r.observations AS observation
MATCH (t:Turn {key: $namespace + ' ' + observation})
RETURN s.name AS subject, CASE type(r) WHEN 'RELATED' THEN '' ELSE type(r) END AS predicate,
       coalesce(o.name, o.value) AS object, t.speaker AS speaker, t.time AS time, t.text AS text
ORDER BY time, subject

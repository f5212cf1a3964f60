// Current facts about an entity, by name.  kgmem cypher -q queries/facts-about.cypher -p name=Alice
MATCH (e:Entity {namespace: $namespace, name: $name})-[r]->(o)
WHERE r.valid_to IS NULL
RETURN CASE type(r) WHEN 'RELATED' THEN r.predicate ELSE type(r) END AS predicate,
       coalesce(o.name, o.value) AS value, r.confidence AS confidence
ORDER BY predicate, toString(value)

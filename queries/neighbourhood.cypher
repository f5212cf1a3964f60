// The graph around an entity (one hop, both directions, current facts), by name.
//   kgmem cypher -q queries/neighbourhood.cypher -p name=Alice
MATCH (e:Entity {namespace: $namespace, name: $name})-[r]-(other)
WHERE r.valid_to IS NULL
RETURN e.name AS entity, type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       coalesce(other.name, other.value) AS other
ORDER BY relation, direction, toString(other)

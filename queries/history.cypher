// Every value a predicate has had for an entity, with its validity and sources, oldest first.
//   kgmem cypher -q queries/history.cypher -p name=Alice -p predicate=https://w3id.org/kg-memory/ns#livesIn
MATCH (e:Entity {namespace: $namespace, name: $name})-[r {predicate: $predicate}]->(o)
UNWIND CASE WHEN size(coalesce(r.observations, [])) = 0 THEN [null] ELSE r.observations END AS observation
OPTIONAL MATCH (t:Turn {key: $namespace + ' ' + observation})
RETURN coalesce(o.name, o.value) AS value, r.valid_from AS validFrom, r.valid_to AS validTo,
       t.conversation AS conversation, t.turn AS turn, t.text AS text
ORDER BY validFrom

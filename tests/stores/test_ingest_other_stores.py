"""RDF files into stores that do not hold RDF natively (Neo4j): triples become facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg_memory import Memory, ParseError

NT = """<https://ex.org/alice> <http://www.w3.org/2000/01/rdf-schema#label> "Alice" .
<https://ex.org/alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-memory/ns#Person> .
<https://ex.org/alice> <https://w3id.org/kg-memory/ns#livesIn> <https://ex.org/paris> .
<https://ex.org/paris> <http://www.w3.org/2000/01/rdf-schema#label> "Paris" .
<https://ex.org/alice> <https://w3id.org/kg-memory/ns#age> "30"^^<http://www.w3.org/2001/XMLSchema#integer> .
"""


@pytest.mark.neo4j
def test_ntriples_into_neo4j(neo4j_store_factory, tmp_path: Path):
    path = tmp_path / "a.nt"
    path.write_text(NT)
    with Memory(neo4j_store_factory()) as memory:
        assert memory.ingest(path, format="nt") == 2
        facts = {f.predicate: f.object for f in memory.facts("Alice")}
        assert facts["livesIn"].label == "Paris" and facts["age"] == 30
        assert memory.entity("Alice").type == "Person"
        bad = tmp_path / "bad.nt"
        bad.write_text(NT + "<https://ex.org/x> <https://ex.org/p> .\n")
        with pytest.raises(ParseError, match="line 6"):
            memory.ingest(bad, format="nt")
        assert memory.stats()["facts"] == 2

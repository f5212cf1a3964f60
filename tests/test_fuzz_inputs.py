"""Property-based robustness: random and mutated inputs give success or a kg-memory error, never a
crash of another kind, and never a partial write."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg_memory import KGMemoryError, Memory

SEEDS = {
    "nt": '<https://ex.org/a> <https://ex.org/p> "x"@en .\n<https://ex.org/a> <https://ex.org/q> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .\n_:b <https://ex.org/p> <https://ex.org/c> .\n',
    "ttl": '@prefix ex: <https://ex.org/> .\nex:a ex:p "x", "y" ; ex:q [ ex:r 1.5 ] .\nex:b ex:p ( 1 2 ) .\n',
    "csv": 'subject,predicate,object,object_type,confidence\nAlice,livesIn,Paris,Place,0.9\n"Bob, Jr.",age,41,literal,\n张三,birthPlace,北京,,\n',
    "jsonl": '{"subject":"Alice","predicate":"livesIn","object":"Paris"}\n{"subject":"Bob","predicate":"age","object":41}\n',
}
SPARQL_SEED = 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o . FILTER(?p != rdf:type) OPTIONAL { ?s rdfs:label "x" } } GROUP BY ?p ORDER BY ?n LIMIT 5'


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> str:
    """The seed text with a few random insertions, deletions and replacements."""
    text = seed
    alphabet = st.sampled_from(list('<>"@^_:.,;{}()[]#\\\n \t01aZ张\x00é') + ["^^", "\"\"\"", "<http://", "@prefix"])
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        i = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:i] + draw(alphabet) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 8)):]
        else:
            text = text[:i] + draw(alphabet) + text[i + 1:]
    return text


def _snapshot(memory: Memory) -> bytes:
    buf = io.BytesIO()
    memory.dump(buf, format="nq")
    return b"\n".join(sorted(buf.getvalue().splitlines()))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_mutated_files_succeed_or_fail_cleanly(fmt: str):
    @SETTINGS
    @given(text=st.one_of(mutated(SEEDS[fmt]), st.text(max_size=200)))
    def check(text: str) -> None:
        with Memory() as memory:
            memory.add("Zoe", "age", "9")
            before = _snapshot(memory)
            try:
                memory.ingest(io.BytesIO(text.encode("utf-8", "surrogatepass")), format=fmt, name="fuzz")
            except KGMemoryError:
                assert _snapshot(memory) == before, "a failed ingest changed the store"

    check()


def test_mutated_sparql_succeeds_or_fails_cleanly():
    @SETTINGS
    @given(text=st.one_of(mutated(SPARQL_SEED), st.text(max_size=120)))
    def check(text: str) -> None:
        with Memory() as memory:
            memory.add("Alice", "livesIn", "Paris")
            before = _snapshot(memory)
            try:
                memory.query(text)
            except KGMemoryError:
                pass
            assert _snapshot(memory) == before
            try:
                memory.update(text)
            except KGMemoryError:
                assert _snapshot(memory) == before

    check()

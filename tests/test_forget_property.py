"""A property of ``forget(entity=..., purge=True)`` on random small memories (embedded store on disk).

After forgetting a random entity, none of its names (as a word) is left in SPARQL over all graphs,
the N-Quads dump, a graphml export, recall, lookup, the turns, or any file of the store directory;
no cached embedding of a text that named it is left; and every fact that did not depend on it (no
end named after it, no value naming it) is still there, with the same sources.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg_memory import Entity, Fact, Memory, Turn
from kg_memory.recall.index import RecallIndex
from kg_memory.recall.recaller import Recaller
from tests.test_forget import _cache_keys

PEOPLE = ["Alice", "Bob", "Carol", "Dave", "Mallory"]
PLACES = ["Paris", "Berlin", "Oslo"]
ORGS = ["Acme", "Globex"]
THINGS = ["cats", "jazz"]
TEMPLATES = [
    "{a} lives in {place}.", "{a} works at {org}.", "My friend {a} has a sister.", "{a} likes {thing}.",
    "I live in {place}.", "{a} told me about {b}.", "{a} lives in {place} with {b}.", "{a} is {n} years old.",
    "I like {thing}.",
]


class HashEncoder:
    """A tiny deterministic bag-of-words encoder that declares an identity, so vectors are cached on disk."""

    identity = "test-hash-encoder/16"

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        out = np.full((len(texts), 16), 1e-3, dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.casefold()):
                out[i, zlib.crc32(word.encode()) % 16] += 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)


turn_strategy = st.tuples(
    st.sampled_from(PEOPLE), st.sampled_from(TEMPLATES), st.sampled_from(PEOPLE), st.sampled_from(PEOPLE),
    st.sampled_from(PLACES), st.sampled_from(ORGS), st.sampled_from(THINGS), st.integers(20, 60),
)


def _word(names: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n.casefold()) for n in names)
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def _key(fact: Fact) -> tuple[str, str, str, tuple[tuple[str | None, str | None], ...]]:
    obj = fact.object.iri if isinstance(fact.object, Entity) else repr(fact.object)
    return (fact.subject.iri or "", fact.predicate, str(obj), tuple((s.conversation, s.turn) for s in fact.sources))


def _depends(fact: Fact, target: Entity, word: re.Pattern[str]) -> bool:
    ends = [fact.subject, fact.object] if isinstance(fact.object, Entity) else [fact.subject]
    if any(e.iri == target.iri or any(word.search(n.casefold()) for n in (e.label, *e.aliases)) for e in ends):
        return True
    return isinstance(fact.object, str) and word.search(fact.object.casefold()) is not None


def _docs(memory: Memory) -> list[str]:
    s = memory.store
    index = RecallIndex(list(s.turns()), list(s.facts(history=True)), list(s.entities()))
    return [*index.turn_docs, *index.dialogue_docs, *index.fact_docs]


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turns=st.lists(turn_strategy, min_size=1, max_size=7), data=st.data())
def test_forget_leaves_no_trace_of_a_random_entity_and_keeps_the_rest(turns: list[tuple], data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "store"
        memory = Memory(directory)
        recaller = Recaller(memory, encoder=HashEncoder())
        memory.remember([
            Turn("c1", str(i), speaker, template.format(a=a, b=b, place=place, org=org, thing=thing, n=n))
            for i, (speaker, template, a, b, place, org, thing, n) in enumerate(turns, 1)
        ])
        entities = sorted(memory.store.entities(), key=lambda e: e.label)
        if not entities:
            memory.close()
            return
        target = data.draw(st.sampled_from(entities), label="forgotten")
        word = _word([target.label, *target.aliases])
        kept = {_key(f) for f in memory.facts(history=True) if not _depends(f, target, word)}
        recaller.recall(f"What about {target.label}?", namespace="default")  # fills the embedding cache
        secret = {_sha(d) for d in _docs(memory) if word.search(d.casefold())}
        memory.resolver.save()

        memory.forget(entity=target.iri, purge=True)

        assert {_key(f) for f in memory.facts(history=True)} == kept
        rows = memory.query("SELECT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").rows
        out = io.BytesIO()
        memory.dump(out, format="nq")
        memory.export(Path(tmp) / "memory.graphml")
        readable = [
            " ".join(str(term) for row in rows for term in row),
            out.getvalue().decode("utf-8"),
            (Path(tmp) / "memory.graphml").read_text(encoding="utf-8"),
            " ".join(r.text + repr(r.turns) for r in recaller.recall(f"What about {target.label}?", 20,
                                                                      namespace="default")),
            " ".join(e.label + " " + " ".join(e.aliases) for e, _ in memory.lookup(target.label, 10)),
            " ".join(f"{t.speaker}: {t.text}" for t in memory.turns()),
        ]
        for text in readable:
            assert not word.search(text.casefold()), text
        assert not secret & _cache_keys(directory)
        memory.close()
        for path in directory.rglob("*"):
            if path.is_file():
                assert not word.search(path.read_bytes().decode("latin-1").casefold()), path

"""Issue 16: a prepared batch (one encoding, one index search, the batch's own names scored together)
resolves mentions to the same entities as resolving them one at a time."""

from __future__ import annotations

import random

import pytest

from kg_memory import Memory
from kg_memory.fuzzy.variants import make_variant
from kg_memory.resolve import EntityResolver
from kg_memory.stores import open_store
from kg_memory.types import Entity

PEOPLE = ["Zhang San", "Li Si", "Angela Merkel", "Olaf Scholz", "Maria Garcia", "John Smith", "Wang Fang",
          "Yuki Tanaka", "Ahmed Khan", "Olga Ivanova", "Carlos Silva", "Anna Müller", "张伟", "李娜"]
PLACES = ["Beijing", "Berlin", "São Paulo", "New York", "Shanghai", "Zürich"]


def _mentions(seed: int) -> list[Entity]:
    rng = random.Random(seed)
    out = []
    for _ in range(80):
        kind = rng.random()
        name, type = (rng.choice(PEOPLE), "Person") if kind < 0.75 else (rng.choice(PLACES), "Place")
        out.append(Entity(make_variant(name, rng, type) if rng.random() < 0.6 else name, type))
    return out


def _resolve(batch: list[Entity], prepared: bool) -> tuple[list[str], list[tuple[str, str]]]:
    resolver = EntityResolver(open_store())
    for name in ("Olaf Scholz", "Beijing", "Li Si"):  # entities stored before the batch
        resolver.resolve(Entity(name, "Place" if name == "Beijing" else "Person"), "default")
    resolver.commit("default")
    if prepared:
        resolver.prepare(batch, "default")
    iris = [resolver.resolve(e, "default").iri or "" for e in batch]
    resolver.commit("default")
    return iris, [(m.mention, m.into) for m in resolver.merges("default")]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_prepared_batch_resolves_like_one_mention_at_a_time(seed: int):
    batch = _mentions(seed)
    one_by_one, prepared = _resolve(batch, False), _resolve(batch, True)
    assert prepared == one_by_one
    assert prepared[1], "the batch should hold variants that merge"


def test_names_added_by_a_batch_are_found_by_the_next_one():
    memory = Memory()
    memory.add_facts([])  # nothing to prepare
    first = memory.add("Zhang San", "livesIn", "Beijing")
    second = memory.add("San Zhang", "livesIn", "Beijing")  # merges into the entity of the first batch
    assert second.subject.iri == first.subject.iri
    assert memory.lookup("Zhang Sna", 1)[0][0].iri == first.subject.iri


def test_add_facts_encodes_a_batch_of_new_names_in_one_call():
    from kg_memory.types import Fact

    memory = Memory()
    memory.add("Olaf Scholz", "livesIn", "Berlin")
    index = memory.resolver._index("default")  # noqa: SLF001
    assert index is not None

    class Counting:
        def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
            self.inner, self.config, self.calls = inner, inner.config, 0

        def encode(self, names):  # type: ignore[no-untyped-def]
            self.calls += 1
            return self.inner.encode(names)

    index.encoder = counting = Counting(index.encoder)  # type: ignore[assignment]
    names = [f"{first} {last}" for first in ("Anna", "Boris", "Chen", "Dana", "Emil") for last in ("Li", "Ng", "Ito")]
    stored = memory.add_facts([Fact(Entity(n, "Person"), "livesIn", Entity("Paris", "Place")) for n in names])
    assert counting.calls == 1
    assert len({f.subject.iri for f in stored}) == len(names)


def test_a_prepared_batch_scores_each_pair_of_its_new_names_once(monkeypatch: pytest.MonkeyPatch):
    """A mention meets only the rows of the names the batch met before it: the pairs scored ahead are
    those, one direction per pair (not both), and the batch still resolves as one mention at a time."""
    import kg_memory.fuzzy as fuzzy

    scored: list[int] = []
    inner = fuzzy.pair_scores

    def counting(encoder, a, b, **kwargs):  # type: ignore[no-untyped-def]
        scored.append(len(a))
        return inner(encoder, a, b, **kwargs)

    monkeypatch.setattr(fuzzy, "pair_scores", counting)
    names = [f"Maria Garcia {i}" for i in range(24)]  # near each other: every pair is within reach
    batch = [Entity(n, "Person") for n in names]
    resolver = EntityResolver(open_store())
    resolver.prepare(batch, "default")
    ahead = sum(scored)
    assert 0 < ahead <= len(names) * (len(names) - 1) // 2
    monkeypatch.setattr(fuzzy, "pair_scores", inner)
    assert _resolve(batch, True) == _resolve(batch, False)


def test_the_resolver_normalises_a_repeated_name_once():
    """A batch names the same entities again and again (the speaker, the user): each distinct name is
    normalised once, not at every mention."""
    from kg_memory import ids

    calls: list[str] = []
    inner = ids.normalize_name

    def counting(name: str) -> str:
        calls.append(name)
        return inner(name)

    resolver = EntityResolver(open_store(), fuzzy=False)
    mentions = [Entity(n, "Person") for n in ("Alice", "Bob", "Carol", "Dan")] * 50
    ids.normalize_name = counting  # type: ignore[assignment]
    try:
        resolved = [resolver.resolve(e, "default") for e in mentions]
    finally:
        ids.normalize_name = inner  # type: ignore[assignment]
    assert len({e.iri for e in resolved}) == 4
    assert resolved[:4] == resolved[-4:]
    assert len(calls) <= 2 * 4  # each name once, and once more to mint its IRI

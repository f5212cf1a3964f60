""""the latter" or "the former" is one of two things just named, not a thing called so: "i knit and crochet , but i
am bad at the latter" and "i surf and ski , and i am great at the former" give no weakness or skill named
"latter" or "former"."""

from tests.extract.dialogue_facts import kept


def _said(line: str) -> set[str]:
    return {o for _, p, o in kept(line) if p in ("skill", "weakness")}


def test_no_latter_or_former():
    assert not {"latter", "former"} & _said("i knit and crochet , but i am bad at the latter")
    assert not {"latter", "former"} & _said("i surf and ski , and i am great at the former")

"""A business the speaker owns is where they work: "I own a landscaping business in Tampa", "we own a small bakery in
Portland" give the business as employer and the town as the place of work (as "I run a bakery in Portland" does);
a thing owned that may be no business ("a studio", "a garage", "a plant", "a gym membership") gives none."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .business_names import business_name
from .objects import clean_object
from .places import add_employer_place

__all__ = ["add_owned_business"]

#: A kind of business that, owned, is run: not one that names a room, a building or a thing as well ("a studio", "a
#: garage", "a plant", "a mill", "a nursery", "a club"), and ending the noun phrase ("a gym", not "a gym membership").
_OWNED_BUSINESS = lazy(
    r"^(?:(?:a|an|the|my|our|this|that|their|his|her)\s+)?(?:(?:own|little|small|tiny|family|local)\s+)*"
    r"(?P<o>(?:[\w'-]+\s+){0,3}?(?:business|company|store|shop|restaurant|bakery|cafe|café|salon|bar|pub|brewery|winery|"
    r"daycare|farm|ranch|clinic|practice|hotel|motel|inn|diner|deli|boutique|firm|agency|kennel|food\s+truck|"
    r"coffee\s+shop|gas\s+station|bookstore|franchise|pizzeria|bakeshop|dealership|spa|gym))"
    r"(?=\s*$|\s*[.,!;?]|\s+(?:in|on|at|downtown|near|outside|out|called|named|with|and|that|which|where|here|there|now|"
    r"together|since|for|back|across|off)\b)",
    re.I,
)
#: "my own business", "a family business": no name of a place to work at
_UNNAMED = frozenset({"business", "company", "firm", "agency", "franchise", "practice", "own business", "small business",
                      "family business"})


def add_owned_business(raw: str, c: Clause) -> None:
    """The business that ``raw`` (what follows "own") names, as the subject's employer and, with a town after it, place
    of work; nothing when ``raw`` names no business.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "I own a bakery in Portland")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
    >>> add_owned_business("a small bakery in Portland", c); add_owned_business("a gym membership", c)
    >>> [(p, o.label) for _, p, o, _, _ in c.out]
    [('worksFor', 'bakery'), ('workLocation', 'Portland')]
    """
    m = _OWNED_BUSINESS.match(raw.strip())
    org = clean_object(m.group("o"), "place") if m else None
    if m is None or not org or org.lower() in _UNNAMED:
        return
    org = business_name(m.string, m.end("o"), org)  # "a bakery called Sweet Crumbs": Sweet Crumbs
    c.add("worksFor", Entity(org, "Organization"), 0.7)
    add_employer_place(m.string[m.start("o"):], org, c)

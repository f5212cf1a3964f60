"""A rule family reads the same after a subject and after "am/is/are" (one pattern per family).

Before the families were generated from one table, the verb table and the copula table spelled the
same families differently; each case below failed then.
"""

from __future__ import annotations

import re

import pytest

from kg_memory.extract.english import tables
from kg_memory.extract.framework import RuleTable


@pytest.fixture
def one(say, triples):
    return lambda text: triples(say(text, speakers=("Ann",)))


@pytest.mark.parametrize("text, expected", [
    # "was raised in" read as a birth place in the verb table, as a home town after "am"
    ("I was raised in Ohio.", ("Ann", "hometown", "Ohio")),
    ("I'm raised outside of Chicago.", ("Ann", "hometown", "Chicago")),
    # "just outside (of)" was known after "live", not after "am living"
    ("I am living just outside of Boston.", ("Ann", "livesIn", "Boston")),
    # "nights"/"days" were known after "work", not after "am working"
    ("I am working nights at the hospital.", ("Ann", "worksFor", "hospital")),
    # "pretty good at" was known after "am", not when chat drops the "am"
    ("i pretty good at chess", ("Ann", "skill", "chess")),
])
def test_both_tables_read_a_family_alike(one, text, expected):
    assert expected in one(text)


def test_by_belongs_to_the_passive_only(one):
    # "employed by X" is an employer; "working by the lake" is not (the copula table merged the two)
    assert ("Ann", "worksFor", "Google") in one("I am employed by Google.")
    assert not any(p == "worksFor" for _, p, _ in one("I am working by the lake."))


def test_born_and_raised_is_still_a_birth_place(one):
    assert ("Ann", "birthPlace", "Ohio") in one("I was born and raised in Ohio.")


def _patterns(table: RuleTable) -> set[str]:
    return {pattern.pattern for pattern, _ in table.rules}


def test_every_family_is_in_the_tables_it_names():
    families = [v for v in vars(tables).values() if isinstance(v, tables.Family)]
    assert len(families) >= 20
    for family in families:
        if family.after_subject is not None:
            assert family.after_subject_pattern()[0] in _patterns(tables.VERB_RULES)
        if family.after_copula is not None:
            assert family.after_copula_pattern()[0] in _patterns(tables.COPULA_RULES)


def test_no_pattern_is_written_twice_in_a_table():
    for table in (tables.VERB_RULES, tables.COPULA_RULES):
        patterns = [p.pattern for p, _ in table.rules]
        assert len(patterns) == len(set(patterns))
        assert all(p.flags & re.I for p, _ in table.rules)

"""Being in school names the school when one is named after it: "I'm in college at Ohio State", "(in school) at UCLA",
"i'm in grad school at rutgers" (a name typed lowercase right after "school at"); what one is in school for is the
field: "I'm in grad school for social work at Rutgers", "my sister is in college studying nursing". With no school
named, the kind said is kept ("I'm in grad school"). Not "in school at night", "in college at the moment". Going to
school names the school the same way: "I'm going to school at UMass", "i go to college at ohio state" (not "school").
Schooled at home is a school too: "I'm homeschooled", "i go to homeschool" (studies there), "I was homeschooled" (once)."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .identity import add_field
from .lexicon import GENERIC_SCHOOLS
from .objects import LEAD, clean_object
from .places import r_study_at

__all__ = ["r_homeschooled", "r_school_gone_to", "r_school_in"]

#: "(i am in college) at alabama university", "(in school) at UCLA": the school itself, named after its kind
_SCHOOL_NAMED = lazy(r"\s+(?:at|in)\s+(?P<o>(?:the\s+)?university\s+of\s+[\w'-]+"
                     r"|(?:[\w'-]+\s+){1,3}?(?:university|college|academy|institute|state|tech)\b)"
                     r"|\s+at\s+(?P<n>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))", re.I)
#: The same name typed lowercase, up to an end ("at rutgers", "at penn state lol"), not a time or a place in general.
_SCHOOL_LOWER = lazy(r"\s+at\s+(?P<l>(?!(?:the|a|an|my|our|his|her|their|this|that|night|nights|home|work|least|all|"
                     r"first|last|once|times?|moment|midnight|noon|dawn|lunch|recess|age|\d)\b)(?-i:[a-z][\w'&-]*)"
                     r"(?:\s+(?-i:[a-z][\w'&-]*)){0,2}?)"
                     r"(?=\s*(?:[.!,;?)]|$|\s+(?:and|but|so|lol|lmao|haha|rn|now|tbh|btw|since|for|right\s+now)\b))")
#: What one is in school for: "(in grad school) for social work", "(in college) studying nursing".
_FOR_FIELD = lazy(r"\s+(?:for|studying|majoring\s+in|doing)\s+(?P<f>(?!(?:a|an|the|my|now|free|fun|work|years?|"
                  r"(?:\d+|one|two|three|four|five|a\s+few)\s+(?:more\s+)?(?:years?|months?))\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
                  r"(?=\s+(?:at|in)\s|\s*(?:[.!,;?]|$))", re.I)


def r_school_in(m: re.Match[str], c: Clause) -> bool:
    """"I'm in grad school for social work at Rutgers": the school, named or of its kind, and the field (see the
    module)."""
    if c.negated:
        return False
    end = m.end()
    field_ = _FOR_FIELD.match(m.string, end)
    if field_ and add_field(field_.group("f"), c, 0.7):
        end = field_.end()
    c.add("studiesAt", Entity(_school_named(m.string, end) or m.group("o"), "Organization"), 0.75)
    return True


def r_school_gone_to(m: re.Match[str], c: Clause) -> bool:
    """"I'm going to school at UMass": the school named after the kind gone to, else what is gone to ("i go to
    community college")."""
    if c.negated or (clean_object(m.group("o")) or "").lower() not in GENERIC_SCHOOLS:
        return r_study_at(m, c)
    school = _school_named(m.string, m.end())
    if school is None:
        return r_study_at(m, c)
    c.add("studiesAt", Entity(school, "Organization"), 0.8)
    return True


def _school_named(said: str, end: int) -> str | None:
    """The school named at ``end`` of ``said`` ("(in college) at Ohio State", "at rutgers"), or None."""
    named = _SCHOOL_NAMED.match(said, end) or _SCHOOL_LOWER.match(said, end)
    raw = named and (named.group("o") or named.group("n") if "l" not in named.re.groupindex else named.group("l"))
    if not raw:
        return None
    return (LEAD.sub("", raw) if raw.lower().lstrip("the ").startswith("university of") else clean_object(raw, "place")) or None


def r_homeschooled(m: re.Match[str], c: Clause) -> bool:
    """"I'm homeschooled", "i go to homeschool": schooled at home now; "I was homeschooled": once."""
    if c.negated:
        return False
    past = (m.group("v") or "").lower().startswith(("was", "were", "used"))
    c.add("educatedAt" if past else "studiesAt", Entity("homeschool", "Organization"), 0.75)
    return True

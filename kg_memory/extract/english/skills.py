"""English rules about what the subject does well, said by how it is done or by a rank earned
("i draw really well", "she sings beautifully", "i cook pretty good", "i have a black belt in karate").

The patterns read the verb phrase after a subject (:data:`SKILL_RULES`, spliced into the verb table of :mod:`.tables`
before the pastime rules, which would read "i draw well" as the pastime "draw well"). A negated clause gives
nothing ("i do not cook well"), and neither does a manner that says how one feels or fares ("i sleep well", "i do
well in school", "i am doing well"): only the crafts listed are skills.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.framework import Clause, compile_rules
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "x")
>>> table = compile_rules(SKILL_RULES, re.I)
>>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), weight=1.0, sentence="x", discourse=Discourse([turn]))
>>> table.apply("cook pretty well", c), [(p, o.label) for _, p, o, _, _ in c.out]
(True, [('skill', 'cook')])
>>> table.apply("sleep well", c)
False
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy
from .objects import clean_object

__all__ = ["GOOD_DEGREE", "SKILL_RULES", "r_belt", "r_done_well"]

#: How good one says one is, before "good at" ("(i am) pretty good at chess", "kind of great at it")
GOOD_DEGREE = r"(?:(?:pretty|really|very|quite|so|super|fairly|kind\s+of|kinda|sort\s+of)\s+)*"

#: Crafts one can be said to do well: "i cook well", "he paints beautifully" ("play" and "speak" are read by their
#: own rules: "i play guitar really well" is good at guitar)
_CRAFTS = (r"cook|cooks|bake|bakes|sing|sings|dance|dances|draw|draws|paint|paints|write|writes|knit|knits|sew|sews|"
           r"crochet|crochets|swim|swims|skate|skates|ski|skis|surf|surfs|build|builds|fix|fixes|carve|carves|"
           r"sketch|sketches|shoot|shoots|fish|fishes|drive|drives|type|types|code|codes|program|programs")
_WELL = (r"(?:(?:really|very|pretty|quite|so|super|extremely|incredibly|fairly|reasonably)\s+)?"
         r"(?:well|nicely|beautifully|brilliantly|amazingly|wonderfully|skillfully|skilfully|great|good)")
#: "(i) cook pretty well", "play the piano beautifully", "sing great !": the craft, then at most three words of its
#: object, then the manner, which ends the phrase ("i cook great steaks": "great" says what is cooked)
DONE_WELL = (rf"^(?:(?:also|actually|really|even)\s+)?(?P<o>(?:{_CRAFTS})(?:\s+(?!(?:not|never)\b)[\w'-]+){{0,3}}?)\s+{_WELL}"
             r"(?=\s*(?:$|[.!,;]|(?:too|as\s+well|and|but|lol|haha|if\s+i\s+say\s+so(?:\s+myself)?)\b))")
#: "i have a black belt in karate", "she earned her brown belt in judo": the art the rank is held in
BELT = (r"^(?:have|has|got|hold|holds|earned|just\s+got|also\s+have)\s+(?:an?|my|her|his|the)\s+"
        r"(?:(?:first|second|third|1st|2nd|3rd|\w+\s+degree)\s+)?(?:black|brown|red|blue|purple|green|orange|yellow)\s+"
        r"belt\s+in\s+(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")

#: the "-s" or "-es" of "sings", "sketches", "fixes", "fishes"
_BARE = lazy(r"(?:(?<=ch)|(?<=sh)|(?<=x))es$|(?<=[a-z]{2})(?<![su])s$", re.I)


def r_done_well(m: re.Match[str], c: Clause) -> bool:
    """"i draw well": drawing is a skill of the subject (a person; "the car drives well" is none)."""
    if c.negated or c.subject.type != "Person":
        return False
    verb, _, rest = m.group("o").partition(" ")
    skill = clean_object(" ".join((_BARE.sub("", verb), rest)), "activity")  # "she sings well": a skill of singing
    if not skill:
        return False
    c.add("skill", Entity(skill, "Thing"), 0.7)
    return True


def r_belt(m: re.Match[str], c: Clause) -> bool:
    """"i have a black belt in karate": karate is a skill of the subject."""
    if c.negated or c.subject.type != "Person":
        return False
    art = clean_object(m.group("o"))
    if not art:
        return False
    c.add("skill", Entity(art, "Thing"), 0.75)
    return True


SKILL_RULES: list[tuple[str, Rule]] = [(DONE_WELL, r_done_well), (BELT, r_belt)]

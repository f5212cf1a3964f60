"""A tie said to hold no more, read where the rules of the clause find nothing else: "I'm not at Google anymore", "I am
no longer with Acme" (an employer left), and "I'm not with Dana anymore", "Dana and I aren't together anymore" (a
partner left).

"with X anymore" names an employer or a person. A known first name (``data/first_names.tsv``, read by
:func:`~..pronouns.gender_of_name`) is a person, and the tie that ended with a person one "is with" is a couple's:
"I'm not with Dana anymore" ends the partner Dana, not a job at "Dana"; so does a name the turn before asked after as a
partner ("Are you still seeing Kim?"). Any other name stays an employer ("I'm not with Pfizer anymore").

"Dana and I aren't together anymore" is a negation, which the break-up readers never see (:func:`~.scope.stated_parts`
drops it, and the clauses cut the name off at "and"), so :func:`scan_not_together` reads the whole sentence. A
question ("Dana and I aren't together anymore?") or a condition ("if Dana and I weren't together anymore") is no
news, and "not together" without "anymore"/"no longer" says nothing of a couple that was.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "Dana and I aren't together anymore.")
>>> state = TurnState()
>>> scan_not_together(t.text, t, Discourse([t]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
[('Ann', 'partner', 'Dana')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, lazy
from ..pronouns import Discourse, gender_of_name
from ..timeexpr import find_time
from .lexicon import NAME, NOT_NAMES, STOP
from .mentions import TurnState
from .segment import conditional, is_question

__all__ = ["left_tie", "scan_not_together"]

#: Where one no longer is ("am not at Google anymore", "am no longer with Acme"), the clause cut to "am at/with X".
_AT_OR_WITH = lazy(r"^am\s+(?P<p>at|with)\s+(?P<o>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*[.!]?$")
#: A couple no more: "are no longer together", "are not together anymore", "aren't together any longer", "weren't
#: together anymore" (by then); "not together" alone ("we're not together, we're just friends") was never a couple.
_NO_MORE = (r"(?:(?i:are|were|'re)\s+(?i:no\s+longer)\s+(?i:together)"
            r"|(?:(?i:are|were|'re)\s+(?i:not)\s+|(?i:aren't|weren't|aren’t|weren’t)\s+)(?i:together)\s+"
            r"(?i:anymore|any\s+more|any\s+longer))(?![\w'])")
#: "Dana and I aren't together anymore", "me and Dana are no longer together", "Dana and me ...", "Dana and I, we're
#: not together anymore" (not "So Dana": a word that opens a sentence); "my girlfriend and I ...", whoever she is.
_WE_TWO = lazy(
    r"(?<![\w'])(?:(?P<mine>(?i:my)\s+(?i:boyfriend|girlfriend|partner|bf|gf|fianc[eé]e?))\s+(?i:and)\s+(?i:i|me)(?![\w'’])|"
    rf"(?!(?:So|And|But|Well|Yeah|Oh|Now|Then|Anyway|Actually|Okay|Because|Me|My)\s)(?P<name>{NAME})\s+"
    rf"(?i:and)\s+(?i:i|me)(?![\w'’])|(?i:me)\s+(?i:and)\s+(?P<name2>{NAME}))(?:\s*,\s*(?i:we)(?=\s|'))?\s*" + _NO_MORE)
#: "Tom and Emma aren't together anymore": two others, a couple no more (both known first names: not "Smith and Jones").
_THEY_TWO = lazy(rf"(?<![\w'])(?P<a>{NAME})\s+(?i:and)\s+(?P<b>{NAME})(?:\s*,\s*(?i:they)(?=\s|'))?\s*" + _NO_MORE)
#: "I'm not seeing Dana anymore", "I'm no longer dating Kim", "I stopped seeing Dana": the speaker's partner, ended.
_STOPPED_SEEING = lazy(
    r"(?<![\w'])(?i:i'm|i’m|i\s+am|i\s+(?P<stop>stopped|quit))\s+(?:(?P<not>(?i:not))\s+|(?P<longer>(?i:no\s+longer))\s+)?"
    rf"(?i:seeing|dating|going\s+out\s+with)\s+(?P<o>{NAME})(?P<more>\s+(?i:anymore|any\s+more|any\s+longer))?(?![\w'])")



def left_tie(rest: str, c: Clause) -> None:
    """The tie ``c``'s subject no longer has, from the verb phrase ``rest`` of a clause that said "not ... anymore"
    or "no longer" and gave nothing else ("am at Google", "am with Dana"): the employer, or the partner a first name
    names.

    >>> from kg_memory.types import Turn
    >>> t = Turn("c", "1", "Ann", "")
    >>> def read(rest):
    ...     c = Clause(turn=t, subject=Entity("Ann", "Person"), discourse=Discourse([t]), sentence=rest)
    ...     left_tie(rest, c)
    ...     return [(p, o.label) for _, p, o, _, _ in c.out]
    >>> read("am with Dana"), read("am with Pfizer"), read("am at Google.")
    ([('partner', 'Dana')], [('worksFor', 'Pfizer')], [('worksFor', 'Google')])
    """
    left = _AT_OR_WITH.match(rest)
    if left is None:
        return
    named = left.group("o").rstrip(".")
    if left.group("p") == "with" and len(named.split()) <= 2 and (gender_of_name(named) is not None
                                                               or _dating_asked(named, c.turn, c.discourse)):
        c.add("partner", Entity(named, "Person"), 0.7)  # "i'm not with Dana anymore": the couple, no job at "Dana"
    else:
        c.add("worksFor", Entity(named, "Organization"), 0.7)


def _dating_asked(name: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether the turn before ``turn``, by another speaker, asked after ``name`` as a partner: "Are you still seeing
    Kim?" - "No, I'm not with Kim anymore." (a name given to men and women alike is not in the table of first names)."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if not at or turns[at - 1].speaker == turn.speaker:
        return False
    return re.search(rf"\b(?:seeing|dating|going\s+out\s+with|in\s+love\s+with|married\s+to|engaged\s+to)\s+"
                     rf"{re.escape(name)}(?![\w'])", turns[at - 1].text, re.I) is not None


def scan_not_together(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"Dana and I aren't together anymore": the speaker's partner Dana, ended (module docstring); read on the whole
    sentence, which the negation scope would drop. "My girlfriend and I ..." ends every partner (the ending's object is
    its subject, as for "we broke up": :func:`~.endings.former_partners` then drops the girlfriend named in passing)."""
    if is_question(sentence) or conditional(sentence):
        return
    m = _WE_TWO.search(sentence) if "together" in sentence.lower() else None
    if m is None:
        _others_parted(sentence, turn, discourse, state)
        return
    mention = find_time(sentence, turn.time, "en")
    when = mention.value if mention else None
    if m.group("mine"):  # "my girlfriend and I aren't together anymore": every partner ends, as "we broke up" does
        state.endings.append((discourse.speaker(turn), "partner", discourse.speaker(turn), 0.75, when))
        return
    name = m.group("name") or m.group("name2")
    first = name.split()[0].lower()
    if name == turn.speaker or first in STOP or first in NOT_NAMES:
        return
    partner = Entity(name, "Person")
    state.endings.append((discourse.speaker(turn), "partner", partner, 0.75, when))
    discourse.mention(turn, partner)


def _others_parted(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"Tom and Emma aren't together anymore" (Tom's partner Emma, ended) and "I'm not seeing Dana anymore", "I stopped
    seeing Dana" (the speaker's partner Dana, ended): a person by a known first name or asked after as a partner the
    turn before ("I'm not seeing Dr. Patel anymore" names no partner)."""
    mention = find_time(sentence, turn.time, "en")
    when = mention.value if mention else None
    two = _THEY_TWO.search(sentence) if "together" in sentence.lower() else None
    if two and all(gender_of_name(n) is not None and n != turn.speaker for n in (two.group("a"), two.group("b"))):
        a, b = Entity(two.group("a"), "Person"), Entity(two.group("b"), "Person")
        state.endings.append((a, "partner", b, 0.7, when))
        discourse.mention(turn, a)
        discourse.mention(turn, b)
        return
    seen = _STOPPED_SEEING.search(sentence)
    if seen is None or not (seen.group("stop") or seen.group("longer") or seen.group("not") and seen.group("more")):
        return  # "I'm seeing Dana": no ending; "I'm not seeing Dana" (today) says nothing of a couple
    name = seen.group("o")
    if name == turn.speaker or name.split()[0].lower() in STOP or name.split()[0].lower() in NOT_NAMES \
            or not (gender_of_name(name) is not None or _dating_asked(name, turn, discourse)):
        return
    partner = Entity(name, "Person")
    state.endings.append((discourse.speaker(turn), "partner", partner, 0.7, when))
    discourse.mention(turn, partner)

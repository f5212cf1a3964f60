"""English statements about how two people are related, anywhere in a clause: "Chandler and I are
best friends", "Ross and Emily got married", "Monica is Ross's sister", "Ross's sister Monica",
"this is Walter, my husband", "Le Poo, our dog!", "I work with Otto", "Otto and I live together", and the
answer "My husband." to "Who's Rick?".

The relations are the vocabulary's interpersonal predicates (:data:`.lexicon.KIN_PREDICATE`); a
relation said of two people at once ("X and Y are roommates") is read as holding from the first to
the second. Names are capitalised words outside the stop lists ("Chandler" is a name here, not a job).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "Monica is Ross's sister")
>>> state = TurnState()
>>> scan_relations("Monica is Ross's sister", turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ross', 'sibling', 'Monica')]
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ...types import Entity, Turn
from ..framework import Clause, Found, lazy
from ..names import plausible_name
from ..pronouns import FEMALE, MALE, Discourse, gender_of_name, gender_of_noun
from ..starts import state_start
from ..timeexpr import find_time
from .birth_order import scan_birth_order
from .births import scan_births
from .breakups_ahead import scan_breakups_ahead
from .children_by_order import scan_children_by_order
from .compliments import scan_compliments
from .couple_talk import scan_couple_talk
from .endings import scan_former_kin
from .going_out import scan_going_out
from .grudges import scan_grudges
from .honorifics import scan_honorifics
from .kin_lists import scan_kin_lists
from .lexicon import DEMONYMS, JOBS_SET, KIN, KIN_MODS, KIN_PREDICATE, NAME, NOT_NAMES, OBJECT_PRONOUNS, PET, STOP
from .love_back import scan_love_back
from .mentions import CLOSE_MODS, TurnState
from .my_trades import scan_my_trades
from .named_kin import scan_named_kin
from .named_pairs import scan_named_pairs
from .next_door import scan_next_door
from .objects import is_job, owned_entity
from .same_place import scan_same_place
from .seeing import scan_seeing
from .serving import scan_serving

__all__ = ["HAD_CHILD", "r_had_child", "scan_asked_kin", "scan_named_then_kin", "scan_relations", "scan_who_answer"]

_PERSON = r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?"
_TOGETHER = {
    **dict.fromkeys(("friends", "buddies", "buds", "pals"), "friend"),
    **dict.fromkeys(("roommates", "flatmates", "housemates"), "roommate"),
    **dict.fromkeys(("neighbors", "neighbours"), "neighbor"),
    **dict.fromkeys(("classmates",), "classmate"),
    **dict.fromkeys(("colleagues", "coworkers", "co-workers"), "colleague"),
    **dict.fromkeys(("married", "husband and wife"), "spouse"),
    **dict.fromkeys(("engaged", "dating", "together", "a couple", "going out", "back together"), "partner"),
    **dict.fromkeys(("siblings", "brothers", "sisters", "brother and sister", "twins"), "sibling"),
    **dict.fromkeys(("cousins", "related"), "relative"),
    **dict.fromkeys(("a divorce", "divorced"), "spouse"),  # "are getting divorced": married still ("got divorced": no more)
}
_BOTH = lazy(
    rf"\b(?P<a>{_PERSON}|(?i:i|you))\s+(?i:and)\s+(?P<b>{_PERSON}|(?i:i|me))\s+"
    r"(?i:(?:are|were|have\s+been|had\s+been|became|got|are\s+getting|were\s+getting)\s+)"
    r"(?i:(?:still\s+|now\s+|also\s+|just\s+|back\s+)?(?:really\s+)?(?:best|good|close|old|great)\s+)?"
    r"(?i:(?:college|high\s+school|school|childhood|university|lifelong|longtime)\s+)?"  # "were college roommates"
    rf"(?P<rel>(?i:{'|'.join(sorted(_TOGETHER, key=len, reverse=True))}))\b"
)
_IS_OF = lazy(rf"\b(?P<a>{_PERSON})\s+(?i:is|was)\s+(?i:one\s+of\s+)?(?P<b>{_PERSON})'s?\s+(?i:{CLOSE_MODS})(?i:{KIN_MODS})"
              rf"(?P<noun>(?i:{KIN}))\b")
#: "are getting married": a marriage to come (engaged, not married yet).
_TO_BE = lazy(r"(?i)\bgetting\s+married\b")
#: "this is Walter, my husband", "Otto, my roommate, ...": a name set beside the speaker's relation.
_APPOSED = lazy(rf"\b(?P<a>{_PERSON})\s*,\s*(?i:my)\s+(?i:{CLOSE_MODS})(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\b"
                r"(?=\s*(?:[,.!?;:…\"”)]|$|(?i:who|and|from)\b))")  # not "Ross, my father says hi" (said to Ross)
#: A name right after "my dad," that names him ("Tessa, my dad, Frank"), not the start of a list ("my dad, Ann and I").
_NAMED_AFTER = lazy(r"\s*,\s*[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?\s*(?:[.!?;…]|$)")
#: "Le Poo, our dog!", "Rex, my dog, is old": a name set beside the speaker's pet (one: "Rex, my dogs" is said to Rex).
_APPOSED_PET = lazy(rf"\b(?P<a>{_PERSON})\s*,\s*(?i:my|our)\s+(?:(?i:old|little|big|sweet|poor|dear|beloved|baby)\s+)?"
                    rf"(?P<noun>(?i:{PET}))(?=\s*(?:[,.!?;:…\"”)]|$))")
#: "I work with Otto", "Otto and I work together", "Otto and I used to live together".
_DO_TOGETHER = lazy(
    rf"\b(?:(?i:i|we)\s+(?P<v1>(?i:work|worked|live|lived|used\s+to\s+(?:work|live)))\s+(?i:together\s+)?(?i:with)\s+"
    rf"(?P<b>{_PERSON})(?!['’]s\b|\s+[A-Z][a-z]+['’]s\b)|(?P<a>{_PERSON})\s+(?i:and)\s+(?i:i)\s+(?P<v2>(?i:work|worked|live|lived|used\s+to\s+(?:work|live)))"
    rf"\s+(?i:together))\b")
#: Words said to someone before ", my friend" that are no name ("Thanks, my friend").
_SAID_TO = frozenset("thanks thank hey hi hello bye goodbye yes yeah no okay ok oh well sorry please look listen come "
                     "good night morning cheers congratulations welcome sure right".split())
#: "I'm bringing Pete. My boyfriend.": the relation said in a sentence of its own, after the name
_NAME_THEN_KIN = lazy(rf"\b(?P<a>{_PERSON})\s*[.!]+\s+(?i:my)\s+(?i:{CLOSE_MODS})(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*(?:[.!]|$)")
#: "My late wife went to Drake. Marjorie.": the name said alone, as a sentence of its own, after the relation
_KIN_THEN_NAME = lazy(rf"(?<![\w'])(?i:my)\s+(?i:{CLOSE_MODS})(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))(?![\w'])[^.!?]*"
                      r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!]+\s+"
                      rf"(?P<a>{_PERSON})\s*\.(?:\s+(?=[A-Z])|\s*$)")
_OF_NAMED = lazy(rf"\b(?:(?P<b2>{_PERSON})\s+(?i:and)\s+)?(?P<b>{_PERSON})'s?\s+(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*,?\s+"
                 rf"(?P<a>{_PERSON})\b")  # "Ross's sister Monica", "Tom and Sue's daughter Jen"


#: "my sister Jill and my ex-boyfriend Ross?": a named relative of the speaker stands in a question as in a statement.
_MY_NAMED = lazy(rf"\b(?i:my)\s+(?i:{KIN_MODS})(?P<ex>(?i:ex-?\s*|(?:old|former|previous|last)\s+))?(?P<noun>(?i:{KIN}))\s*,?\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                 r"(?![\w-]|['’](?!s\b))")  # "... my sister Amy's baby shower?": Amy


def scan_asked_kin(question: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the named relatives of the speaker that a question speaks of ("With my sister Jill?"): what a question
    asks is not known, but a relative it names is so whatever the answer; a former partner ("my ex-boyfriend Ross")
    is an ending (of ``partner``, or ``spouse`` for an ex-wife or ex-husband)."""
    if "my " not in question.lower():
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _MY_NAMED.finditer(question):
        person = _person(m.group("name"), turn, discourse)
        noun = m.group("noun").lower()
        if person is None or person == speaker or person.label == turn.speaker:
            continue
        predicate, ex = KIN_PREDICATE[noun], (m.group("ex") or "").strip(" -").lower()
        if ex == "old" and predicate == "friend":
            ex = ""  # "my old friend Ross?": a friend of long standing
        if ex or noun.startswith("ex"):  # "my ex-boyfriend Ross?", "my old boyfriend Mark?" ("my old boss Karen?": none)
            ended = "spouse" if noun.endswith(("wife", "husband")) else "partner"
            if predicate in ("spouse", "partner", "dated"):
                state.endings.append((speaker, ended, person, 0.75, None))
            continue
        out.append((speaker, predicate, person, 0.8, None))
        discourse.mention(turn, person, gender_of_noun(noun))
    state.collect(out)


#: "my old assistant Tag", "John, my mailman": a named person's job, said beside their name.
_JOB_NAMED = lazy(r"\b(?i:my|your|his|her|our)\s+(?:(?i:old|new|former)\s+)?(?P<job>[a-z]+(?:\s+[a-z]+)?)\s*,?\s+"
                  r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'-])")  # "my teacher Mrs. Brown"
_NAMED_JOB = lazy(r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,\s*(?i:my|your|his|her|our)\s+(?:(?i:old|new|former)\s+)?"
                  r"(?P<job>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.!?;]|$))")
#: "Mrs. Altman, our 50-year-old librarian", "Kenny the copyboy.": a job set beside a (titled) name.
_NAMED_THE_JOB = lazy(r"(?<![\w'’])(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*,\s*(?i:our|my|the)|"
                      r"\s+(?i:the))\s+(?:(?i:old|new|former|\w+-year-old)\s+)?(?P<job>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.!?;]|$))")
#: "my eye doctor is Richard", "Richard is my eye doctor": the speaker's (or our) doctor, agent, tailor... named.
_JOB_IS_NAMED = lazy(r"(?<![\w'’])(?:(?i:my|our)\s+(?:(?i:old|new)\s+)?(?P<job>[a-z]+(?:\s+[a-z]+)?)\s+(?i:is)\s+"
                     r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’-])|"
                     r"(?P<name2>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:is)\s+(?i:my|our)\s+"
                     r"(?:(?i:old|new)\s+)?(?P<job2>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.!;]|$)))")


#: "my husband, a doctor named Raj": the speaker's relative, named after a job (or "a man named Tom")
_KIN_JOB_NAMED = lazy(rf"\b(?i:my|our)\s+(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*,\s*(?i:an?)\s+"
                      rf"(?P<job>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s+(?i:named|called)\s+(?P<name>{_PERSON})(?![\w'-])")
_SOMEONE = frozenset("man woman guy girl lady gentleman boy person".split())


#: A job that is a place in a row ("our first contestant"), and words that make a name a part played.
_ORDINALS = frozenset("first second third next last final".split())
_ROLE = lazy(r"(?i)\b(?:role|character|play|plays|playing|played|part|movie|show|film|series|audition)\b")


def _named_jobs(clause: str, turn: Turn, discourse: Discourse) -> list[Found]:
    """``(person, jobTitle, job)`` for each name set beside a job ("my assistant Tag", "John, my mailman")."""
    out: list[Found] = []
    for pattern in (_JOB_NAMED, _NAMED_JOB, _NAMED_THE_JOB, _JOB_IS_NAMED):
        for m in pattern.finditer(clause):
            name, job = m.group("name") or m.group("name2"), (m.group("job") or m.group("job2")).lower()
            person = _person(name, turn, discourse)
            if job.split()[0] in _ORDINALS or pattern is _NAMED_THE_JOB and _ROLE.search(clause, 0, m.start()):
                continue  # "our first contestant is Ross": a turn in a game; "a role on TV, Nick the boxer": a part
            last = job.split()[-1]
            if " your " in f" {m.group(0).lower()} " and job not in JOBS_SET and last not in JOBS_SET \
                    and clause[:m.start()].rstrip()[-1:] in ("", ".", "!", "?"):
                continue  # "Sam, your order.", "Your charger, Lee": a thing handed to the one called (a listed job
                # stays: "This is Kim, your nurse"; and a role one is introduced in: "I'm Kyle, your game master")
            if person is not None and person.label != turn.speaker and is_job(job) \
                    and (last not in KIN_PREDICATE or last in ("assistant", "secretary")) \
                    and last not in ("character", "role", "part"):  # "my character, Joseph": a role played
                out.append((person, "jobTitle", job, 0.7, None))
    return out


#: capitalised words that open a sentence before a name: "Actually Monica and I ..."
_LEAD_WORDS = frozenset("actually well so yeah yes no oh okay ok anyway now then also and but because see look listen when after "
                         "since once".split())  # "When Monica and Chandler got engaged, ...": it happened


def _person(name: str, turn: Turn, discourse: Discourse) -> Entity | None:
    if name.lower() in ("i", "me"):
        return discourse.speaker(turn)
    if name.lower() == "you":
        return discourse.addressee(turn)
    first = name.split()[0].lower()
    if " " in name and first in _LEAD_WORDS:
        name, first = name.split(None, 1)[1], name.split(None, 1)[1].lower()  # "Actually Monica and I are engaged"
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS:
        return None
    return Entity(name, "Person")


#: "I'm dating someone new, her name is Kim", "I'm seeing someone. His name's Leo.": a partner named after (a statement
#: opening its sentence: not "are you dating someone?", "if i was seeing someone", "i'm not dating anyone")
_DATING_SOMEONE = lazy(rf"(?:^|(?<=[.!;]\s))(?:(?i:so|well|actually|oh|yeah|and|also),?\s+)*(?:(?i:i\s*'?\s*m|i\s+am|i\s*'?\s*ve\s+been|"
                       rf"i\s+have\s+been)|(?i:my)\s+{KIN_MODS}(?P<kin>(?i:{KIN}))(?i:\s+is|'s|\s+has\s+been))\s+"
                       r"(?:(?i:now|currently|also|finally)\s+)?(?i:dating|seeing|going\s+out\s+with)\s+"
                       r"(?i:someone|somebody|a\s+(?:guy|girl|man|woman|lady))(?:\s+(?i:new|special|great|amazing))?(?:\s+(?i:now))?"
                       rf"\s*(?:[,;:.!-]+\s*|\s+(?i:and)\s+)(?:(?i:and)\s+)?(?P<p>(?i:her|his))\s+(?i:name\s*'?\s*s|name\s+is)\s+(?P<n>{NAME})")


def scan_named_then_kin(text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"I'm bringing Pete. My boyfriend.": the speaker's relative, named in the sentence before (read on the turn), or
    in a sentence of its own after ("My late wife went to Drake. Marjorie.");
    "I'm dating someone new, her name is Kim": the speaker's partner, named after ("my brother is dating someone, her
    name is Kim": the brother's)."""
    for m in _DATING_SOMEONE.finditer(text) if "name" in text.lower() else ():
        if (partner := _person(m.group("n"), turn, discourse)) is not None and partner.label != turn.speaker:
            kin = m.group("kin")  # "my brother is dating someone, her name is Kim": his partner
            who = owned_entity(discourse.speaker(turn), kin, "Person", None) if kin else discourse.speaker(turn)
            state.collect([(who, "partner", partner, 0.7 if kin else 0.75, None)])
            discourse.mention(turn, partner, FEMALE if m.group("p").lower() == "her" else MALE)
    if "my " not in text.lower():
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    for m in _NAME_THEN_KIN.finditer(text):
        person = None if m.group("a").split()[0].lower() in _SAID_TO or _word_alone(text, m.start(), m.group("a")) \
            else _person(m.group("a"), turn, discourse)
        noun = m.group("noun").lower()
        if person is not None and person != speaker and person.label != turn.speaker and not _plural(noun):
            out.append((speaker, KIN_PREDICATE[noun], person, 0.7, None))
    for m in _KIN_THEN_NAME.finditer(text):  # "My late brother had the same eyes. Leslie. He read ...": Leslie
        head = text[:m.start()].rstrip()  # the relative said alone, as a sentence of its own ("My father.")
        fragment = (not head or head[-1] in ".!?") and re.fullmatch(r"[.!]+\s+", text[m.end("noun"):m.start("a")])
        known = plausible_name(m.group("a"), frozenset()) and not (fragment and _word_alone(text, m.start("a"), m.group("a"))) \
            and not _FIELD_WORD.fullmatch(m.group("a"))  # "My son's a nurse at Mercy. Pediatrics.": the ward, no name
        # "my first granddaughter. Wow.", "My father. Bypass." (the relative alone, then one word, no known first name)
        person = None if m.group("a").split()[0].lower() in _SAID_TO or not known else _person(m.group("a"), turn, discourse)
        noun = m.group("noun").lower()
        if person is not None and person != speaker and person.label != turn.speaker and not _plural(noun) \
                and noun not in state.resolved_kin and not re.search(r"\byou", m.group(0), re.I):  # "... you. Rachel.": a call
            out.append((speaker, KIN_PREDICATE[noun], person, 0.7, None))
            state.resolved_kin.add(noun)  # no "Ann's brother" beside Leslie
            discourse.mention(turn, person, gender_of_noun(noun))
    state.collect(out)


def _plural(noun: str) -> bool:
    """Whether the word of kin ``noun`` is a plural ("my brothers", "my cousins"; not "my boss", "my sis").

    >>> _plural("brothers"), _plural("boss"), _plural("sis")
    (True, False, False)
    """
    return noun.endswith("s") and noun not in ("boss", "sis")


#: A field or a ward by its ending ("Pediatrics", "Radiology", "Economics"), which names nobody
_FIELD_WORD = lazy(r"[A-Z][a-z]+(?:ology|ics)")


def _word_alone(text: str, start: int, name: str) -> bool:
    """Whether ``name`` is a sentence of its own that may be a word, not a name: one word, no known first name
    ("Funeral. My father-in-law." answering "Wedding or funeral?", "Kick it. Gently. My daughter."; not "Pete. My
    boyfriend.")."""
    head = text[:start].rstrip()
    return (not head or head[-1] in ".!?") and " " not in name and gender_of_name(name) is None


#: "Who's Rick?" (the turn before, read as normalised: "who is") and the answer "My husband." / "He is my brother."
_WHO_IS = lazy(rf"(?i:who\s+is|who\s+was)\s+(?P<a>{_PERSON})\s*\?+\s*$")
_KIN_ANSWER = lazy(rf"^\s*(?:(?i:oh|uh|um|well|that\s+is|he\s+is|she\s+is|that\s+was|he\s+was|she\s+was)[\s,.]+)*"
                   rf"(?i:my)\s+(?i:{CLOSE_MODS})(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))(?:\s*,\s*{_PERSON})?\s*(?:[.!]|$)")  # "My wife, Tony."


def scan_who_answer(question: str, text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"Who's Rick?" answered "My husband.": the speaker's relative, named by the question before (``question`` is
    the last sentence of the turn before, ``text`` this turn, both normalised)."""
    who = _WHO_IS.search(question) if "my " in text.lower() else None
    answer = _KIN_ANSWER.match(text) if who is not None else None
    if who is None or answer is None:
        return
    person, noun = _person(who.group("a"), turn, discourse), answer.group("noun").lower()
    if person is not None and person != discourse.speaker(turn) and person.label != turn.speaker \
            and not _plural(noun):
        state.collect([(discourse.speaker(turn), KIN_PREDICATE[noun], person, 0.7, None)])
        discourse.mention(turn, person, gender_of_noun(noun))


#: "(Tom and I) have been together", "(Tom and Emma) got back together": a couple said with when it began
_BEEN = lazy(r"(?i)\b(?:have|has)\s+been\b")
_GOT = lazy(r"(?i)\bgot\s+(?:back\s+together|married|engaged)\b")


def _since(said: str, clause: str, turn: Turn) -> date | datetime | None:
    """When the couple ``said`` of ``clause`` began: "have been together for three years" (three years before the
    turn), "got back together last month" (then); ``None`` when not told."""
    if _BEEN.search(said):
        return state_start(clause, turn.time, "en")
    if _GOT.search(said) and (mention := find_time(clause, turn.time, "en")) is not None:
        return mention.value
    return None


def scan_relations(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the relations between two people that ``clause`` states."""
    scan_named_kin(clause, turn, discourse, state)  # "Joey is your friend", "my good friend Ross", "a friend of Ann's"
    scan_children_by_order(clause, turn, discourse, state)  # "my youngest, Maya, started kindergarten"
    scan_birth_order(clause, turn, discourse, state)  # "i'm the youngest of four": siblings
    scan_kin_lists(clause, turn, discourse, state)  # "my friends, Bill and Colleen", "Jack and Judy are Ross's parents"
    scan_births(clause, turn, discourse, state)  # "When Carol was pregnant with Ben", "she gave birth to Ben"
    scan_love_back(clause, turn, discourse, state)  # "I love you." - "I love you too."
    scan_grudges(clause, turn, discourse, state)  # "I'm so mad at Chandler", "Ross hates me"
    scan_compliments(clause, turn, discourse, state)  # "you look amazing", "Ross is so cute", "we love each other"
    scan_breakups_ahead(clause, turn, discourse, state)  # "I have to break up with Vince": a couple now
    scan_seeing(clause, turn, discourse, state)  # "I'm seeing Mike", "we've been seeing each other"
    scan_going_out(clause, turn, discourse, state)  # "I'm going out with Mike", "Ross used to date Rachel"
    scan_couple_talk(clause, turn, discourse, state)  # "we were on a break", "it's our anniversary", "I dumped Tom"
    scan_next_door(clause, turn, discourse, state)  # "Kate lives next door", "I live across the hall from you"
    scan_same_place(clause, turn, discourse, state)  # "I live in the same building as Kevin"
    scan_named_pairs(clause, turn, discourse, state)  # "Joseph and his wife, Karen", "Chandler proposed to Monica"
    scan_former_kin(clause, turn, discourse, state)  # "my old boss from Seattle, Karen": a boss that was
    scan_serving(clause, turn, discourse, state)  # "I was her accountant": the speaker's client
    scan_my_trades(clause, turn, discourse, state)  # "Dr. Kim is my dentist": the speaker a client
    scan_honorifics(clause, turn, discourse, state)  # "Dr. Green called": a doctor
    low = clause.lower()
    if "'s" not in clause and " and " not in low and " with " not in low \
            and not any(w in low for w in ("my ", "your ", "his ", "her ", "our ")):
        return
    out: list[Found] = []
    speaker = discourse.speaker(turn)
    for m in _APPOSED.finditer(clause):
        person = None if m.group("a").split()[0].lower() in _SAID_TO else _person(m.group("a"), turn, discourse)
        noun = m.group("noun").lower()
        if noun.endswith("s") and noun not in ("boss", "sis"):
            continue  # "Rachel, my parents...": said to Rachel, of others
        if _NAMED_AFTER.match(clause, m.end()):
            continue  # "Tessa, my dad, Frank.": Frank is the dad, Tessa the one he is shown to
        if person is not None and person != speaker:
            out.append((speaker, KIN_PREDICATE[noun], person, 0.75, None))
            discourse.mention(turn, person, gender_of_noun(noun))
            state.resolved_kin.add(noun)
    for m in _APPOSED_PET.finditer(clause) if " my " in low or " our " in low else ():
        noun = m.group("noun").lower()
        if m.group("a").split()[0].lower() in _SAID_TO or _person(m.group("a"), turn, discourse) is None \
                or noun.endswith("s") and noun not in ("fish", "mouse"):
            continue
        out.append((speaker, "hasPet", owned_entity(speaker, noun, "Animal", m.group("a")), 0.75, None))
    for m in _DO_TOGETHER.finditer(clause) if "work" in low or "live" in low or not clause.isascii() else ():
        person = _person(m.group("b") or m.group("a"), turn, discourse)
        verb = (m.group("v1") or m.group("v2")).lower()
        if person is not None and person != speaker:
            out.append((speaker, "colleague" if "work" in verb else "roommate", person, 0.65, None))
    for m in _BOTH.finditer(clause):
        a, b = _person(m.group("a"), turn, discourse), _person(m.group("b"), turn, discourse)
        if a is not None and b is not None and a != b:
            if b == discourse.speaker(turn):  # "Chandler and I": the fact is the speaker's
                a, b = b, a
            relation = _TOGETHER[m.group("rel").lower()]
            if relation == "spouse" and _TO_BE.search(m.group(0)):
                relation = "partner"  # "Ross and Emily are getting married": engaged, not married yet
            if m.group("rel").lower() in ("a divorce", "divorced") and "getting" not in m.group(0).lower():
                state.endings.append((a, relation, b, 0.75, None))  # "Ross and Emily got a divorce", "... got divorced"
                continue
            out.append((a, relation, b, 0.75, _since(m.group(0), clause, turn)))
    out.extend(_named_jobs(clause, turn, discourse))
    for m in _KIN_JOB_NAMED.finditer(clause) if "named" in low or "called" in low else ():
        person, job = _person(m.group("name"), turn, discourse), m.group("job").lower()
        if person is not None and person != speaker and (job in _SOMEONE or is_job(job)):
            noun = m.group("noun").lower()
            out.append((speaker, KIN_PREDICATE[noun], person, 0.75, None))
            if job not in _SOMEONE:
                out.append((person, "jobTitle", job, 0.7, None))
            discourse.mention(turn, person, gender_of_noun(noun))
    for pattern in (_IS_OF, _OF_NAMED) if "'" in clause else ():  # "Ross's sister", "Ben is Carol's son"
        for m in pattern.finditer(clause):
            noun = m.group("noun").lower()
            person = _person(m.group("a"), turn, discourse)
            owners = [m.group("b")] + ([m.group("b2")] if pattern is _OF_NAMED and m.group("b2") else [])
            for owner in (_person(name, turn, discourse) for name in owners):
                if owner is not None and person is not None and owner != person:
                    out.append((owner, KIN_PREDICATE[noun], person, 0.75, None))
                    discourse.mention(turn, person, gender_of_noun(noun))
    state.collect(out)


#: "(i) just had a baby girl", "(my sister) had a baby boy named Noah", "(we) had our second child": a child born.
HAD_CHILD = (r"^(?:just\s+)?had\s+(?:a|an|our|my|her|his|their)\s+(?:(?:first|second|third|fourth|new|little|healthy)\s+)?"
             r"(?:baby|son|daughter|child)(?:\s+(?:boy|girl))?(?:\s*,?\s+(?:named|called)\s+(?P<n>[A-Z][a-z][\w-]*))?\b"
             r"(?!\s+(?:in|at|who|that|from|with|for|over|to)\b)")  # not "a child in my class", "a son over"


def r_had_child(m: re.Match[str], c: Clause) -> bool:
    """A child born to the subject (:data:`HAD_CHILD`): named when the name is said, else known by its parent."""
    if c.negated:
        return False
    name = m.group("n")
    c.add("child", owned_entity(c.subject, "child", "Person", name if name and name.lower() not in STOP else None), 0.8)
    return True


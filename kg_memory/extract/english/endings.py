"""English endings: what the speaker says has stopped ("I divorced Bob", "we broke up", "I quit my job
at Acme", "I moved out of Paris", "I quit smoking two years ago", the home left in "we moved from Seattle to
Austin", and the spouse or partner an ex named was: "my ex-wife Emily").

An ending is recorded like any fact, in :attr:`~.mentions.TurnState.endings`, and becomes a
:class:`~kg_memory.types.Fact` with ``ended=True``: storing it closes the matching current fact (see
:mod:`kg_memory.stores.write_plan`). When the object is not said ("I quit my job", "we broke up") the
ending's object is its subject, which ends every current value of the predicate. "I no longer work
for Airbus" and "I don't live in Paris anymore" are read by the ordinary rules, then turned into
endings (see ``EnglishRules._predicate``); this module reads the verbs that end something by
themselves. The speaker's own endings are read ("I", "we", "Bob and I"), and a relative's or another's
end of a job or a home ("my mom just retired from teaching", "she moved out of Paris"), not of a marriage
(whose "my wife" would be the speaker's): questions, conditionals and modals never reach here, and a
negation or a future ("I will never quit my job") does not match. Retiring from a kind of work ("from
teaching") ends the job, whatever the employer, as retiring does.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "I quit my job at Acme")
>>> state = TurnState()
>>> scan_endings("I quit my job at Acme", turn, Discourse([turn]), state)
True
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
[('Ann', 'worksFor', 'Acme')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, LazyPattern, lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from ..timeexpr import find_time
from .lexicon import KIN, KIN_MODS, KIN_PREDICATE, LEISURE_GROUP, NAME
from .mentions import TurnState
from .objects import clean_object, owned_entity
from .parted_asked import partner_asked_after

__all__ = ["ENDS_STATE", "former_partners", "scan_endings", "scan_former_kin", "scan_moved_from"]

_ADV = (r"(?:(?i:just|finally|recently|already|actually|officially|eventually|now|have|has|had|"
        r"got|get|am|are|were|was|been|both)\s+)*")
_SUBJECT = (rf"^(?:(?i:so|well|and|but|actually|yeah|oh),?\s+)*(?:(?P<we>(?i:we))|(?i:i)|(?P<n1>{NAME})\s+(?i:and)\s+(?i:i)"
            rf"|(?i:i)\s+(?i:and)\s+(?P<n2>{NAME})|(?i:my)\s+{KIN_MODS}(?P<kin>(?i:{KIN}))|(?P<pron>(?i:he|she)))\s+{_ADV}")
_PARTNER = r"(?i:my\s+(?:ex[\s-]*)?(?:boyfriend|girlfriend|partner|bf|gf|fiance|fiancee))"
_SPOUSE = r"(?i:my\s+(?:ex[\s-]*)?(?:wife|husband|spouse))"
_END_OF_WORD = r"(?![\w'-])"
#: "I broke up with you", "I dumped you": the one spoken to (not "you guys", "you all").
_YOU = r"(?P<you>(?i:you))(?![\w'’])(?!\s+(?i:guys|all|two|both|people)\b)"
#: "I broke up with him", "I divorced her": the partner is the man or woman meant (:meth:`Discourse.third_person`).
_HIM = (r"(?P<him>(?i:him|her))(?!\s+(?!(?:a|an|the|too|again|today|yesterday|last|this|that|for|because|when|after|before|in|"
        r"on|at|over|and|but|so|already|finally|ago|years?|months?|weeks?|two|three|four|five)\b)[a-z])")  # not "her sister"


def _first(tail: str) -> LazyPattern:
    return lazy(_SUBJECT + tail)


#: (pattern, predicate, how to read the object): the first that matches a clause wins.
_ENDINGS: tuple[tuple[LazyPattern, str, str], ...] = (
    (_first(rf"(?i:divorced|separated)(?:\s+(?i:from)\s+)?(?:\s*(?:{_SPOUSE}\s*)?(?P<o>{NAME})|\s*{_HIM})?{_END_OF_WORD}"), "spouse",
     "name"),
    (_first(rf"(?i:left|divorced)\s+{_SPOUSE}(?:\s+(?P<o>{NAME}))?"), "spouse", "name"),
    (_first(rf"(?i:broke\s+up|split\s+up)(?:\s+(?i:with)\s+(?:{_YOU}|(?:{_PARTNER}\s*)?(?P<o>{NAME})?)|\s+(?i:with)\s+{_HIM})?"
            rf"{_END_OF_WORD}"), "partner", "name"),
    (_first(rf"(?i:dumped)\s+{_YOU}"), "partner", "name"),  # "I dumped you": the one spoken to
    # "we aren't together anymore", "we are no longer together": a couple no more (said by "we" only: a clause cut at
    # "and" would read "Dana and I aren't ..." as "I aren't ...", whoever it was)
    (lazy(rf"^(?:(?i:so|well|and|but|actually|yeah|oh|no),?\s+)*(?P<we>(?i:we))\s+{_ADV}(?i:(?:not|n't)\s+together\s+"
          r"(?:anymore|any\s+more|any\s+longer)|no\s+longer\s+together)(?![\w'])"), "partner", "name"),
    (_first(rf"(?i:dumped|left)\s+{_PARTNER}(?:\s+(?P<o>{NAME}))?"), "partner", "name"),
    # "Pete dumped me", "my girlfriend Ann broke up with me", "my boyfriend left me" (whoever the partner is; not "left
    # me a note"; "he dumped me" is read with the man meant, in :mod:`.people`)
    (lazy(rf"^(?:{_PARTNER}|(?P<you>(?i:you))|(?:{_PARTNER}\s+)?(?!(?:He|She|You|They|We|It)\b)(?P<o>{NAME}))\s+{_ADV}"
          r"(?:(?i:broke\s+up\s+with|dumped)\s+(?i:me)\b"
           r"|(?i:left\s+me)(?=\s+(?i:for|and|last|after|when|in\s+\d{4})\b|\s*[.!?,;]|\s*$))"),
     "partner", "name"),
    # "my wife left me (and took the dog)", "my husband left me for his secretary" (not "left me a note", "left for work")
    (lazy(rf"^{_SPOUSE}\s+{_ADV}(?i:left\s+me)(?=\s+(?i:for|and|last|after|when|in\s+\d{{4}})\b|\s*[.!?,;]|\s*$)"),
     "spouse", "name"),
    (_first(r"(?i:quit|left|lost|resigned\s+from)\s+(?i:my|the|his|her|their)\s+(?i:job|position|post|work)"
            r"(?:\s+(?i:at|with|in|for)\s+(?P<o>.+))?"), "worksFor", "org"),
    (_first(r"(?i:quit|resigned\s+from|retired\s+from|left\s+the\s+company)\s+(?P<o>[A-Z].*)"), "worksFor", "org"),
    (_first(r"(?i:was|got|been|am)\s+(?i:fired|laid\s+off|let\s+go|sacked)(?:\s+(?i:from|by)\s+(?P<o>.+))?"), "worksFor", "org"),
    (_first(rf"(?i:retired|resigned)(?:\s+(?i:from)\s+(?P<o>.+))?{_END_OF_WORD}(?!\s+[a-z]+(?:er|or|ist|ian|ant|ent)s\b)"),
     "worksFor", "org"),  # not "(my parents are) retired teachers": the job of each, read as "a retired teacher"
    # "i'm currently unemployed", "i've been out of work since may": no employer now, whoever it was
    (_first(rf"(?:(?i:currently|still)\s+)?(?i:unemployed|jobless|out\s+of\s+work|between\s+jobs){_END_OF_WORD}"), "worksFor", "org"),
    (_first(r"(?i:moved|move)\s+(?i:out\s+of|away\s+from|out\s+from)\s+(?P<o>.+)"), "livesIn", "place"),
    # "I sold my Civic (and bought a Tesla)", "we got rid of the boat": a thing had no more
    (_first(r"(?i:sold|got\s+rid\s+of|traded\s+in)\s+(?i:my|our|the)\s+(?P<o>[\w'-]+(?:\s+[\w'-]+)?)"
            r"(?=\s*$|\s*[.!,;]|\s+(?i:and|last|yesterday|to|for|because|so|a|two|three|in|on)\b)"), "owns", "thing"),
    # "I quit smoking two years ago", "my dad gave up drinking": a habit given up (not "quit smoking weed": another)
    (_first(r"(?i:quit|stopped|gave\s+up|kicked)\s+(?P<o>(?i:smoking|drinking|vaping))(?:\s+(?i:cigarettes|alcohol))?"
            r"(?=\s*(?:[.!,;]|$)|\s+(?i:cold\s+turkey|for\s+good|completely|altogether|entirely|years|months|"
            r"(?:about|around|over|almost|nearly|more\s+than)\s|last|this|in|since|when|after|a\s+(?:year|month|few|couple|while)|"
            r"\d|one|two|three|four|five|six|seven|eight|nine|ten|and|but|because)\b)"), "habit", "habit"),
)

#: A word each pattern of :data:`_ENDINGS` (and :data:`_LEFT_FOR_NEW`) holds, looked for first in a clause in ASCII (most
#: clauses end nothing, and the patterns' lower-case letters have no other forms there)
_ENDING_WORDS = ("divorced", "separated", "left", "broke", "split", "dumped", "quit", "lost", "resign", "retire", "fired",
                 "sold", "rid", "traded", "laid", "let", "sacked", "unemployed", "jobless", "out", "between", "move", "stopped",
                 "gave", "kicked", "together")
#: The marital status a divorce leaves (recorded beside the ending of ``spouse``).
ENDS_STATE = {"spouse": "divorced"}
#: "i am retired", "i retired last year", "i'm unemployed", "between jobs": the job title it leaves ("out of work",
#: "jobless": unemployed), beside the ending of ``worksFor``.
_RETIRED = lazy(r"\b(?P<t>retired|unemployed|jobless|out\s+of\s+work|between\s+jobs)\b", re.I)
#: "(retired from) teaching", "nursing": a kind of work, no employer
_WORK_KIND = lazy(r"^[a-z]+ing\b")
#: What another's ending may end: a job, a home or a habit ("my mom retired", "my dad quit smoking"), not a marriage
#: said with "my wife".
_OTHERS_ENDINGS = frozenset({"worksFor", "livesIn", "habit"})


#: "(I quit Microsoft last month) and joined Amazon", "and started at Google": the employer taken up after a job ends
_NEW_JOB = lazy(r"\s+(?i:and)\s+(?:(?i:then|just|now|have|had|recently|later)\s+)*(?i:joined|started\s+(?:at|with)|"
                r"went\s+to\s+work\s+(?:at|for))\s+(?:(?i:a|an|the)\s+)?(?P<j>.+)")
_LEISURE_GROUP = lazy(LEISURE_GROUP, re.I)
_JOINED_PERSON = lazy(r"(?:my|his|her|our|their|your|him|them|us|me)\b", re.I)
#: "I left Microsoft (and joined Amazon)": an employer left, read only before a new job (:data:`_NEW_JOB`)
_LEFT_FOR_NEW = _first(r"(?i:left)\s+(?P<o>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)"
                       r"(?:\s*$|\s+(?=(?i:last|this|in|on|back|earlier|recently|after|two|three|a\s+(?:year|month|week)|"
                       r"\d+)\b))")
#: "Sadly Max passed away last week": a pet named before (any turn) died; ends a ``hasPet`` Max, if one is held
_NAMED_DIED = lazy(rf"^(?:(?i:sadly|unfortunately|so|well|and|but|oh|yeah|tragically),?\s+)*(?!(?:I|We|He|She|They|It)\b)"
                   r"(?!(?:Mr|Mrs|Ms|Dr|Miss|Aunt|Auntie|Uncle|Grandma|Grandpa|Granny|Cousin|Doctor|Professor)\b)"  # a person
                   rf"(?P<o>{NAME})\s+(?:(?i:just|recently|sadly|finally|has|had|also)\s+)*(?i:died|passed\s+away|passed\s+on|"
                   r"(?:was|got|had\s+to\s+be)\s+put\s+(?:down|to\s+sleep))\b")


def scan_endings(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> bool:
    """Record the endings the speaker states in ``clause``; True when the clause was an ending
    (the caller then reads nothing else in it: "I quit my job at Acme" is no ``worksFor``). "... and joined
    Amazon" after a job ended gives the new employer, since the time said."""
    if (died := _NAMED_DIED.match(clause)) is not None and died.group("o") != turn.speaker:
        mention = find_time(clause, turn.time, "en")
        pet = Entity(died.group("o"), "Animal")
        state.endings.append((discourse.speaker(turn), "hasPet", pet, 0.7, mention.value if mention else None))
    low = clause.lower()
    if clause.isascii() and not any(word in low for word in _ENDING_WORDS):
        return False
    tail = _NEW_JOB.search(clause)
    if tail and _JOINED_PERSON.match(tail.group("j")):
        tail = None  # "... and joined my wife in Rome": a person joined, no employer
    whole, clause = clause, clause[:tail.start()] if tail else clause
    # "I left Microsoft and joined Amazon": with a new employer said, the one left is a job (not "I left Paris")
    endings = (*_ENDINGS, (_LEFT_FOR_NEW, "worksFor", "org")) if tail else _ENDINGS
    for pattern, predicate, style in endings:
        m = pattern.match(clause)
        if m is None:
            continue
        groups = m.groupdict()
        if (groups.get("kin") or groups.get("pron")) and predicate not in _OTHERS_ENDINGS:
            continue
        whose = _whose(m, turn, discourse, state)
        if whose is None:
            return False
        speaker, weight = whose
        raw = next((groups[k] for k in ("o", "n1", "n2") if groups.get(k)), None)
        weight *= 0.85 if groups.get("we") else 1.0
        obj: Entity = speaker  # the object is not said: every current value ends
        if groups.get("we") and not raw and predicate in ("partner", "spouse"):  # "What happened with Dana?" - "We broke up."
            obj = partner_asked_after(turn, discourse) or obj
        if groups.get("you"):  # "I broke up with you", "you dumped me": the speaker and the one spoken to
            addressee = discourse.addressee(turn)
            if addressee is None or addressee == speaker:
                return False
            obj, weight = addressee, weight * 0.9
        if groups.get("him") and not groups.get("pron"):  # "I broke up with her": she, if it is sure who she is
            meant = discourse.third_person(turn, MALE if groups["him"].lower() == "him" else FEMALE)
            if meant is not None and meant[0] != speaker:  # nobody sure: whoever it was ends, as "we broke up"
                obj, weight = meant[0], weight * meant[1]
        if raw and style == "org" and _WORK_KIND.match(raw):
            raw = None  # "retired from teaching": the job ends, whoever the employer
        if raw:
            if style == "name":
                obj = Entity(raw.strip(), "Person")
                discourse.mention(turn, obj)
            elif style == "habit":
                obj = Entity(raw.lower(), "Thing")
            elif style == "thing":
                thing = clean_object(raw)
                if not thing or thing.lower() in ("soul", "souls", "stuff", "things"):
                    return False  # "I sold my soul lol": no thing had
                obj = Entity(thing, "Thing")
            else:
                value = clean_object(raw, "place")
                if not value:
                    return False
                obj = Entity(value, "Place" if style == "place" else "Organization")
        mention = find_time(whole, turn.time, "en")  # "I quit my job last week": ended then
        when = mention.value if mention else None
        new = clean_object(tail.group("j")) if tail else None
        leisure = bool(new and _LEISURE_GROUP.search(new))  # "... and joined a gym": a member
        if predicate != "worksFor" and not leisure:
            new = None  # "I quit smoking and joined a gym" is a member; "... and started at Acme" needs a job left
        if new:
            state.collect([(speaker, "memberOf" if leisure else "worksFor", Entity(new, "Organization"), 0.75 * weight, when)])
        if not new or leisure or obj != speaker:  # "I quit my job and joined Amazon": the new job replaces the old
            state.endings.append((speaker, predicate, obj, 0.8 * weight, when))
        if predicate in ENDS_STATE:  # "we separated", "my wife left me": separated, not (yet) divorced
            status = "separated" if re.search(r"separated|left", m.group(0), re.I) else ENDS_STATE[predicate]
            state.collect([(speaker, "maritalStatus", status, 0.75 * weight, when)])
        if predicate == "worksFor" and (left := _RETIRED.search(m.group(0))) and not (  # "was out of work": over
                left.group("t").lower() not in ("retired", "unemployed") and re.search(r"\b(?:was|were)\s", m.group(0), re.I)):
            state.collect([(speaker, "jobTitle", "retired" if left.group("t").lower() == "retired" else "unemployed",
                             0.75 * weight, None)])
        return True
    return False


#: "we moved from Seattle to Austin", "i moved to Denver from Chicago", "we moved here from Phoenix": the home left (the new one is read by the
#: ordinary rules, as "i moved to Denver" is); a name, as a home left is closed: not "from sales to marketing"
_MOVED_FROM = (_first(r"(?i:moved|relocated)\s+(?:(?i:all\s+the\s+way)\s+)?(?i:from)\s+(?P<o>[A-Z].*?)\s+(?:(?i:back)\s+)?(?i:to)\s+\S"),
               _first(r"(?i:moved|relocated)\s+(?:(?i:back)\s+)?(?i:to)\s+.+?\s+(?i:from)\s+(?P<o>[A-Z].*)"),
               # "we moved here from Phoenix", "I relocated from Houston last spring": the new home not named
               _first(r"(?i:moved|relocated)\s+(?:(?i:here|over\s+here|out\s+here|down\s+here|up\s+here|back\s+here)\s+)?"
                      r"(?i:from)\s+(?P<o>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
                      r"(?=\s*(?:[.,!?;]|$)|\s+(?!(?i:to|into)\b)[a-z0-9])"))


def scan_moved_from(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the home the speaker (or a relative: "my mom moved from Ohio to Florida") says they moved away from,
    an ending of ``livesIn`` at the time the move is dated ("in 2019"), else now.

    >>> turn = Turn("c", "1", "Ann", "We moved from Seattle to Austin in 2019")
    >>> state = TurnState()
    >>> scan_moved_from(turn.text, turn, Discourse([turn]), state)
    >>> [(s.label, p, o.label, when.year) for s, p, o, _, when in state.endings]
    [('Ann', 'livesIn', 'Seattle', 2019)]
    """
    low = clause.lower()
    if "moved" not in low and "relocated" not in low:  # most clauses: a substring test, not two patterns
        return
    m = next((m for pattern in _MOVED_FROM if (m := pattern.match(clause)) is not None), None)
    if m is None or (place := clean_object(m.group("o"), "place")) is None or not place:
        return
    whose = _whose(m, turn, discourse, state)
    if whose is None:
        return
    mention = find_time(clause, turn.time, "en")
    weight = whose[1] * (0.85 if m.group("we") else 1.0)
    state.endings.append((whose[0], "livesIn", Entity(place, "Place"), 0.75 * weight, mention.value if mention else None))


def _whose(m: re.Match[str], turn: Turn, discourse: Discourse, state: TurnState) -> tuple[Entity, float] | None:
    """Whose ending ``m`` tells and how sure that is: the speaker's, a relative's ("my mom": related to the
    speaker as "my mom lives in Paris" says) or the person "he"/"she" is (None when nobody is)."""
    speaker, groups = discourse.speaker(turn), m.groupdict()
    if groups.get("pron"):
        return discourse.third_person(turn, MALE if groups["pron"].lower() == "he" else FEMALE)
    if not groups.get("kin"):
        return speaker, 1.0
    noun = groups["kin"].lower()
    relative = owned_entity(speaker, noun, "Person", None)
    discourse.mention(turn, relative, gender_of_noun(noun))
    state.collect([(speaker, KIN_PREDICATE.get(noun, "relative"), relative, 0.7, None)])
    return relative, 0.9


#: "my ex-wife Emily", "my ex, Joe", "my ex-boyfriend Joe": a former spouse or partner, named (the noun says which).
_EX_NAMED = lazy(r"\b(?i:ex)(?:[\s-]*(?P<noun>(?i:wife|husband|boyfriend|girlfriend|partner|fianc[eé]e?|bf|gf)))?\s*,?\s+"
                 r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)")

#: "Carol is my ex-wife", "Carol, my ex-wife, called", "Carol was Ross's ex-wife": the ex named first.
_NAMED_EX = lazy(r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)(?:\s+(?i:is|was)|\s*,)\s+"
                 r"(?:(?i:my|your|his|her|our)|[A-Z][a-z][\w-]*['’]s)\s+(?i:ex)[\s-]*"
                 r"(?P<noun>(?i:wife|husband|boyfriend|girlfriend|partner|fianc[eé]e?|bf|gf))?(?![\w-])")


#: "He's my ex-husband", "she was my ex-wife", "Who's Greg?" - "My ex-husband.": the ex is one the turns before named.
_PRONOUN_EX = lazy(r"(?:\b(?i:he|she)\s+(?i:is|was)\s+|^\W*(?:(?i:oh|well|uh|um|that's|that\s+is)[\s,.]+)*)"
                   r"(?i:my|your|her|his|our)\s+(?i:ex)[\s-]*(?P<noun>(?i:wife|husband|boyfriend|"
                   r"girlfriend|partner|fianc[eé]e?))(?![\w-])")


#: "my old boss from Seattle, Karen", "my former roommate Jess", "our ex-neighbor Tom", "my last roommate Kip", "my old
#: boyfriend Mark": one who was that and is no more ("my old friend" is a friend of long standing, still one)
_FORMER_KIN = lazy(rf"\b(?i:my|our)\s+(?i:old|former|previous|last|ex[\s-]*)\s*(?P<noun>(?i:boss|manager|supervisor|employer|"
                   r"coworker|co-worker|colleague|roommate|flatmate|housemate|neighbor|neighbour|classmate|boyfriend|"
                   r"girlfriend|husband|wife))"
                   r"(?:\s+(?i:from|at|in)\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)?)?"
                   rf"\s*,?\s+(?P<name>{NAME})(?![\w'-])")


def scan_former_kin(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record as an ending the relation that "old", "former" or "ex" says the speaker had with someone named ("My old
    boss from Seattle, Karen, just reached out": Karen was the speaker's boss); :func:`former_partners` then drops the
    current one read beside it.

    >>> turn, state = Turn("c", "1", "Ann", "My old boss from Seattle, Karen, just reached out."), TurnState()
    >>> scan_former_kin(turn.text, turn, Discourse([turn]), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
    [('Ann', 'boss', 'Karen')]
    """
    if not any(word in sentence for word in ("old", "former", "ex", "previous", "last")):
        return
    speaker = discourse.speaker(turn)
    for m in _FORMER_KIN.finditer(sentence):
        name = m.group("name")
        if name.split()[0] in ("I", "He", "She", "They", "We", "You", "It", "This", "That", "The", "And", "But"):
            continue
        person, predicate = Entity(name, "Person"), KIN_PREDICATE[m.group("noun").lower()]
        state.endings.append((speaker, predicate, person, 0.75, None))
        discourse.mention(turn, person)


#: Relations between two people that an ending said in the same turn leaves no current fact of.
_BETWEEN_PEOPLE = frozenset("spouse partner boss colleague roommate neighbor classmate".split())


def former_partners(text: str, state: TurnState) -> None:
    """Give each ``dated`` fact of ``state`` that an "ex" named gave ("my ex-wife Emily", "my ex-boyfriend Joe", "Emily is
    my ex-wife") the ending
    of the relation it was: ``spouse`` for an ex-wife or ex-husband (no more ``dated``: they were married), ``partner``
    for any other ex (beside ``dated``: they did date). ``text`` is the turn's text; "I had a date with Janice" stays
    ``dated`` alone. A relation between two people that the turn both reads and ends ("My sister Hana and her boyfriend
    Ben split up", "my old boss Karen") is ended only, unless dated ("... They got back together last month").

    >>> ann, emily = Entity("Ann", "Person"), Entity("Emily", "Person")
    >>> state = TurnState(facts=[(ann, "dated", emily, 0.85, None)])
    >>> former_partners("My ex-wife Emily called.", state)
    >>> state.facts, [(s.label, p, o.label) for s, p, o, _, _ in state.endings]
    ([], [('Ann', 'spouse', 'Emily')])
    """
    ended_here = {(s, p, o) for s, p, o, _, _ in state.endings if o != s and p in _BETWEEN_PEOPLE}
    if ended_here:
        state.facts[:] = [f for f in state.facts if (f[0], f[1], f[2]) not in ended_here or f[4] is not None]
    every = {(s, p) for s, p, o, _, _ in state.endings if o == s and p in _BETWEEN_PEOPLE}
    if every:  # "My boyfriend and I broke up": the boyfriend, unnamed, is no current partner beside the ending
        state.facts[:] = [f for f in state.facts if (f[0], f[1]) not in every or not isinstance(f[2], Entity)
                          or not f[2].label.startswith(f"{f[0].label}'s ")]
    if "ex" not in text.lower() or not any(f[1] == "dated" for f in state.facts):
        return
    named = {m.group("name"): (m.group("noun") or "").lower() for pattern in (_EX_NAMED, _NAMED_EX)
             for m in pattern.finditer(text)}
    pointed = _PRONOUN_EX.search(text)  # "He's my ex-husband": the one "he" is
    kept: list[Found] = []
    for fact in state.facts:
        subject, predicate, obj, confidence, when = fact
        noun = named.get(obj.label) if isinstance(obj, Entity) else None  # not "Ann's ex-wife": no one named
        if noun is None and pointed is not None and isinstance(obj, Entity) and obj.label not in text \
                and not obj.label.startswith(f"{subject.label}'s "):
            noun = pointed.group("noun").lower()
        if predicate != "dated" or noun is None:
            kept.append(fact)
            continue
        ended = "spouse" if noun.endswith(("wife", "husband")) else "partner"
        state.endings.append((subject, ended, obj, confidence, when))
        if ended == "partner":
            kept.append(fact)
    state.facts[:] = kept

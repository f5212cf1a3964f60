"""Terms of address: "honey", "man", "sir", "亲爱的", "伙计" said to someone, as ``(Bob, addressedAs, "honey")``.

How people call each other tells who they are to each other: "honey" and "亲爱的" between partners or to a child,
"man", "mate" and "伙计" between friends, "sir" and "先生" to a stranger or a boss. A term of address is no name: many people
are "honey" to someone, so it is kept under its own predicate and never becomes an alias of the entity (names said to
a speaker are :mod:`.speakers`' work). Who says it is the source turn's speaker.

A term counts when it is said *to* someone, set off as a call: at the start or the end of a clause ("Honey, look.",
"Thanks, man.", "Hey sweetie!", "亲爱的，你…", "我为你高兴，伙计。"). The person spoken to is the one other speaker
around the turn (:func:`.speakers.addressees`): the other side of a two-way exchange, or the only speaker before or
after it; with one speaker before and another after, nobody (in multi-party talk the call's place in the turn picks
the right one about half the time). Not a call: an interjection ("Oh man!", "Oh dear.", "Man, this is bad!"), a term
inside a longer phrase ("my dear friend", "亲爱的罗斯") or beside a name called ("Erica, baby!": said to Erica,
whoever she is), a term written as a name ("my fish, Buddy"), quoted words, words to a group ("Honey, you guys...",
"亲爱的，你们好"), or a turn said to or by an assistant.

>>> from kg_memory.types import Turn
>>> turns = [Turn("c", "1", "Ann", "Honey, have you seen my keys?"), Turn("c", "2", "Tom", "On the table."),
...          Turn("c", "3", "Ann", "Thanks, man. Oh man, I'm late.")]
>>> [(f.subject.label, f.predicate, f.object) for f in terms_of_address(turns)]
[('Tom', 'addressedAs', 'honey'), ('Tom', 'addressedAs', 'man')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .base import make_fact
from .framework import lazy
from .names import is_chinese_name, plausible_name
from .names import lower_words as lower_words_of
from .pronouns import gender_of_name
from .speakers import addressees

__all__ = ["QUOTED", "fitting_gender", "terms_of_address"]

_EN_TERMS = (r"honey|hon|sweetie|sweety|sweetheart|darling|dear|baby|babe|man|dude|buddy|pal|sir|ma['’]am|miss|mister|"
             r"young\s+lady|young\s+man|lady|my\s+friend|bro|big\s+guy|roomie|kiddo|love|bud|mate")
#: A word each English term holds, looked for in the lower-cased turn before the pattern of a call (most turns hold none)
_EN_TERM_WORDS = ("hon", "sweet", "darling", "dear", "bab", "man", "dude", "buddy", "pal", "sir", "ma'am", "ma’am", "miss",
                  "mister", "lady", "friend", "bro", "big", "roomie", "kiddo", "love", "bud", "mate")
_ZH_TERMS = (r"亲爱的|宝贝儿?|宝宝|老公|老婆|甜心|老伙计|伙计|老兄|哥们儿?|兄弟|先生|女士|年轻的女士|小姐|我的朋友|老弟|老哥|"
             r"[大小]?帅哥|[大小]?美女|靓仔|靓女|尤物")
_EN_BEFORE = (r"hey|hi|hello|oh|ohh|aw|aww|thanks|thank\s+you|okay|ok|yes|yeah|no|bye|goodbye|good\s+night|night|"
              r"morning|come\s+on|look|listen|well|sorry|please|yo|love\s+you|see\s+you|congratulations|congrats|cheers|ta|"
              r"tell\s+me|trust\s+me|believe\s+me")  # "So tell me darling, how was it?"
#: A term set off as a call: after the start of a clause (or a greeting) and before punctuation or the end.
_EN_CALL = lazy(rf"(?:^|[,.!?…;:—]\s*|\b(?:{_EN_BEFORE})\s+)(?P<t>{_EN_TERMS})(?=\s*(?:[,.!?…;:—]|$))", re.I)
_ZH_CALL = lazy(rf"(?:^|[，,。.！!？?…；;：:—~～\s]|嘿|喂|哦|噢|嗨|你好|谢谢|再见|好了|好吧|听着|拜托|来吧|晚安|早安|是的|好的|对不起|抱歉)"
                rf"\s*(?P<t>{_ZH_TERMS})(?=\s*(?:[，,。.！!？?…；;：:—~～]|$))")
_ZH_TERM = lazy(_ZH_TERMS)
#: An interjection, not a call: "Oh man!", "Aw, man", "Oh dear", "Oh baby".
_EXCLAIMED = lazy(r"\b(?:oh+|aw+|ah+|uh+|man\s+oh)\s*,?\s*$", re.I)
_INTERJECTION_TERMS = frozenset({"man", "dear", "baby"})
#: Terms that open a statement as a word of it more than as a call ("Man, this is bad!", "Love." as an answer, "Bud."
#: as a beer): a call there only with "you" after ("Love, you look tired").
_OPENING_WORDS = frozenset({"man", "love", "bud"})
#: Terms that are words of a list as well ("Family, friends, love."): a call only after a greeting or thanks alone
#: ("Thanks, love.", "Night, bud") or after a clause of its own ("I'll be there, love", "Sleep tight, bud"), said once
#: (not "Love, love, love it!")
_PLAIN_WORDS = frozenset({"love", "bud", "mate"})
_GREETING_ONLY = lazy(rf"^\W*(?:(?:{_EN_BEFORE})\W*)*$", re.I)
_OWN_CLAUSE = lazy(r"\b(?:i|you|we|it|that|this|there|here|i'm|you're|we're|it's|that's|i'll|you'll|we'll|i've|you've)\b",
                   re.I)
#: A cheer before "baby!" ("Yeah, baby!", "Oh yeah baby!"): no call ("Yeah, baby, I'm coming" is one)
_CHEERED = lazy(r"(?:^|[.!?]\s*|\boh\s+)(?:yeah+|yes+|woo+|whoo+)\s*,?\s*$", re.I)
#: Words to a group, in the sentence of the term ("Honey, you guys...", "亲爱的，你们好").
_GROUP = lazy(r"\b(?:you\s+guys|guys|everybody|everyone|y'all|you\s+all(?!\s+right)|all\s+of\s+you)\b|你们|大家|各位", re.I)
#: A statement's opening ("Man, this is bad!" is an interjection; "Man, you look great" a call).
_OPENS_STATEMENT = lazy(r"(?:^|[.!?…]\s*)$")
_YOU_AFTER = lazy(r"^\s*,?\s*(?:you|your|you're|you've|you'll|are\s+you|did\s+you|do\s+you)\b", re.I)
#: A name called beside the term ("Erica, baby!", "Chandler, honey", "Honey, Ross, ..."): the term goes with it.
_NAME_BEFORE = lazy(r"\b(?P<n>[A-Z][a-z]+)\s*,?\s*$")
_NAME_AFTER = lazy(r"^\s*,\s*(?P<n>[A-Z][a-z]+)\s*[,.!?]")
#: ... or called out just before it ("Hi, Ross! Sweetie.", "Ross! Honey, wait."; not "I saw Ross! Honey, ...").
_CALLED_BEFORE = lazy(r"(?:^|[.!?…,]\s*)(?P<n>[A-Z][a-z]+)\s*!+\s*$")
#: A turn that opens by asking a term back ("...Miss?", "Sir?! I'm 22.", ……小姐？): an echo when the turn before said it.
_ASKED_BACK = lazy(r"^[\s.…。，,]*(?:oh|uh|um|er|呃|嗯|哦)?[\s.…。，,]*(?P<t>[^?？.!！。，,]+?)[\s.…。]*[?？]", re.I)
#: Words quoted ('He wrote "I love you" on a napkin', 他说“我爱你”): someone else's, said to nobody here.
QUOTED = lazy(r"\"[^\"]*\"|“[^”]*”|「[^」]*」")
_SENTENCE = lazy(r"[^.!?。！？…]+[.!?。！？…]*")
#: Speakers a user talks to, not people: "assistant", "Bot", "助手".
_NOT_A_PERSON = lazy(r"^(?:assistant|bot|ai|system|chatbot|助手|机器人|小助手)$", re.I)


def terms_of_address(turns: Sequence[Turn]) -> list[Fact]:
    """``(person, addressedAs, term)`` for each term of address said to a speaker of ``turns`` (see the module
    docstring), once per person and term in a conversation, with the first turn that says it. A term said right after a
    name read from a list ("Debbie, 321." ... "Charla, 278. Sorry, dear." ... "Elizabeth, 871.": a number after it, and
    one speaker calling three names or more to the same listener) goes with that name, not the listener.

    >>> from kg_memory.types import Turn
    >>> turns = [Turn("c", "1", "安娜", "亲爱的，你今晚几点下班？"), Turn("c", "2", "李雷", "七点。")]
    >>> [(f.subject.label, f.object, f.confidence) for f in terms_of_address(turns)]
    [('李雷', '亲爱的', 0.65)]
    """
    conversations: dict[str, list[Turn]] = {}
    for turn in turns:
        conversations.setdefault(turn.conversation, []).append(turn)
    facts: list[Fact] = []
    for dialogue in conversations.values():
        seen: set[tuple[str, str]] = set()
        lower_words: frozenset[str] | None = None  # the words the dialogue writes in lower case: no names
        listed: dict[tuple[str, str | None], set[str]] | None = None  # names each speaker calls to each listener
        for i, turn in enumerate(dialogue):
            if not _may_call(turn.text):
                continue
            if lower_words is None:
                lower_words = lower_words_of(t.text for t in dialogue)
            for person, term, confidence in _calls(dialogue, i, lower_words):
                if (name := _name_before(turn.text, term, lower_words)) is not None:
                    listed = _names_called(dialogue, lower_words) if listed is None else listed
                    if len(listed.get((turn.speaker, person), set()) - {name}) >= _LISTED - 1:
                        continue  # "Charla, 278. Sorry, dear.": said to Charla, read from a list

                if (person, term) not in seen:
                    seen.add((person, term))
                    facts.append(make_fact(Entity(person, "Person"), "addressedAs", term, confidence, turn))
    return facts


#: Terms said only to a woman or only to a man ("man", "dude", "bro" are said to anyone).
_GENDERED = {"miss": "female", "ma'am": "female", "madam": "female", "lady": "female", "young lady": "female",
             "小姐": "female", "女士": "female", "年轻的女士": "female", "sir": "male", "mister": "male", "young man": "male",
             "先生": "male"}


def fitting_gender(terms: list[Fact], facts: Sequence[Fact]) -> list[Fact]:
    """``terms`` without a term of one gender given to a speaker whose names in the conversation (``facts``) are all of
    the other: "Miss? Are you boarding?" said to the woman boarding, read as said to Ross who spoke before it.

    >>> from kg_memory.types import Turn
    >>> turns = [Turn("c", "1", "Speaker 1", "Hi, I'm Ross."), Turn("c", "2", "Speaker 2", "Miss? Your ticket?")]
    >>> name = make_fact(Entity("Speaker 1", "Person"), "alternateName", "Ross", 0.8, turns[0])
    >>> fitting_gender(terms_of_address(turns), [name])
    []
    """
    genders: dict[tuple[str | None, str], set[str | None]] = {}
    for f in facts:
        if f.predicate in ("name", "alternateName"):
            key = (f.source.conversation if f.source else None, f.subject.label)
            genders.setdefault(key, set()).add(gender_of_name(str(f.object)))
    return [t for t in terms if (said := _GENDERED.get(str(t.object))) is None
            or not (known := genders.get((t.source.conversation if t.source else None, t.subject.label)))
            or None in known or said in known]


def _may_call(text: str) -> bool:
    """Whether ``text`` calls someone by a term, as :data:`_EN_CALL` or :data:`_ZH_CALL` say (the terms' words are looked
    for first: the patterns cost more, and most turns hold no term).

    >>> _may_call("Thanks, man."), _may_call("Many thanks."), _may_call("谢谢你，亲爱的。")
    (True, False, True)
    """
    low = text.lower()
    return bool(any(word in low for word in _EN_TERM_WORDS) and _EN_CALL.search(text)
                or _ZH_TERM.search(text) and _ZH_CALL.search(text))


def _calls(turns: Sequence[Turn], i: int, lower_words: frozenset[str]) -> list[tuple[str, str, float]]:
    """The terms turn ``i`` says to someone, with the person spoken to and how surely."""
    turn, text = turns[i], turns[i].text
    if "," in turn.speaker or "，" in turn.speaker or _NOT_A_PERSON.match(turn.speaker):
        return []  # "Speaker 1, Speaker 2": several speak at once; an assistant's manners tell nothing
    person, confidence = _spoken_to(*addressees(turns, i))
    if person is None or person == turn.speaker or _NOT_A_PERSON.match(person):
        return []
    quoted = [m.span() for m in QUOTED.finditer(text)]
    found = []
    for pattern in (_EN_CALL, _ZH_CALL):
        for m in pattern.finditer(text):
            start, end = m.span("t")
            term = re.sub(r"\s+", " ", m.group("t").lower().replace("’", "'"))
            if any(a <= start < b for a, b in quoted) or _group_sentence(text, start):
                continue
            if term in _INTERJECTION_TERMS and _EXCLAIMED.search(text[:start]) \
                    or term == "baby" and _CHEERED.search(text[:start]) and text[end:].lstrip().startswith("!"):
                continue  # "Oh man!", "Oh, dear.", "Yeah, baby!"
            if term in _OPENING_WORDS and _OPENS_STATEMENT.search(text[:start]) and not _YOU_AFTER.match(text[end:]):
                continue  # "Man, this is bad!", "Love." ("Man, you look great" is a call)
            if term in _PLAIN_WORDS and not _called_plainly(text, start, end, term):
                continue  # "Family, friends, love.", "Love, love, love this!"
            if _asked_back(turns, i, term):
                continue  # "Slow down, miss!" - "...Miss?": the term echoed, not said to the one before
            if _greets_another_by_name(text, start):
                continue  # "Bye sweetie, bye Sam.": two greeted, and the one who answers is likely Sam, not "sweetie"
            if not _beside_a_name(text, start, end, lower_words):  # "Erica, baby!": said to Erica, whoever she is
                found.append((person, term, confidence))
    return found


def _called_plainly(text: str, start: int, end: int, term: str) -> bool:
    """Whether a plain word (love, bud, mate) at ``text[start:end]`` is a call: said once, after nothing but a greeting
    or thanks in its sentence or after a clause of its own, one of two words or more or with a pronoun (a call opening a
    statement is checked before).

    >>> t = "Family, friends, love."
    >>> _called_plainly(t, t.index("love"), t.index("love") + 4, "love")
    False
    >>> t = "I'll see you there, mate."
    >>> _called_plainly(t, t.index("mate"), t.index("mate") + 4, "mate")
    True
    """
    head = re.split(r"[.!?…]", text[:start])[-1]
    if re.search(rf"\b{term}\W*$", head, re.I) or re.match(rf"\W*{term}\b", text[end:], re.I):
        return False
    clause = head.rstrip(" ,;:—")
    return bool(_GREETING_ONLY.match(head) or _OWN_CLAUSE.search(head)
                or "," not in clause and len(clause.split()) >= 2)  # "Sleep tight, bud" (not "Family, friends, love")


def _asked_back(turns: Sequence[Turn], i: int, term: str) -> bool:
    """Whether turn ``i`` opens by asking back ``term``, which someone else said in the turn before ("Slow down there,
    miss!" - "...Miss?"; 停下，小姐！ - ……小姐？): the echo of a term said to its speaker, not a call.

    >>> from kg_memory.types import Turn
    >>> turns = [Turn("c", "1", "Ann", "Whoa, slow down, miss!"), Turn("c", "2", "Bea", "...Miss?")]
    >>> _asked_back(turns, 1, "miss"), _asked_back(turns, 0, "miss")
    (True, False)
    """
    m = _ASKED_BACK.match(turns[i].text)
    if m is None or i == 0 or turns[i - 1].speaker == turns[i].speaker:
        return False
    return m.group("t").lower().replace("’", "'") == term and term in turns[i - 1].text.lower().replace("’", "'")


#: A greeting or a goodbye and the word it is said to ("bye sweetie", "Hi, Sam", "再见乔伊").
_GREETED = lazy(r"(?:\b(?i:bye|goodbye|bye-bye|hi|hey|hello|night|good\s+night|morning|good\s+morning)\b|再见|拜拜|晚安|早安|早上好|你好|嗨)"
                r"[\s,，]*(?P<w>[^\s,，.。!！?？…;；]+)")


def _greets_another_by_name(text: str, start: int) -> bool:
    """Whether the term at ``text[start]`` is greeted (or bidden goodbye) beside someone else greeted by name in the same
    turn ("Bye sweetie, bye Sam.", "晚安亲爱的，晚安阿杰。"): the two are different people, and which of them the turn order
    points at is not known (most often the named one answers).

    >>> t = "Bye sweetie, bye Sam."
    >>> _greets_another_by_name(t, t.index("sweetie")), _greets_another_by_name("Bye sweetie, see you.", 4)
    (True, False)
    >>> t = "晚安亲爱的，晚安阿杰。"
    >>> _greets_another_by_name(t, t.index("亲爱的")), _greets_another_by_name("嗨女士，嗨，等等，你是谁？", 1)
    (True, False)
    """
    pieces = list(_GREETED.finditer(text))
    return any(p.start("w") == start for p in pieces) and any(
        p.start("w") != start and not _TERM_WORD.fullmatch(p.group("w")) and not _ZH_TERM.fullmatch(p.group("w"))
        and (p.group("w")[:1].isupper() if p.group("w").isascii() else is_chinese_name(p.group("w"))) for p in pieces)


def _spoken_to(after: str | None, before: str | None) -> tuple[str | None, float]:
    """The person a call is said to, when only one other speaker is around the turn: the other speaker of a
    two-way exchange (surer), or the only one before or after. With one speaker before and another after, the
    call's place in the turn guesses no better than a coin on multi-party talk (DialogRE train, measured only):
    nobody."""
    if after is not None and after == before:
        return after, 0.7
    if after is None or before is None:
        return after or before, 0.65
    return None, 0.0


def _beside_a_name(text: str, start: int, end: int, lower_words: frozenset[str]) -> bool:
    """Whether a name is called beside the term ("Erica, baby!", "Honey, Ross, ...") or the term is written as a name
    inside a sentence ("My fish, Buddy."). A capitalised word opening a statement is a name when it is a known first
    name ("Erica"), not any word ("Almost, sweetie.")."""
    head = text[:start]
    written_as_name = text[start].isupper() and not _OPENS_STATEMENT.search(head)
    before, after = _NAME_BEFORE.search(head) or _CALLED_BEFORE.search(head), _NAME_AFTER.match(text[end:])
    return written_as_name or any(
        m is not None and plausible_name(m.group("n"), lower_words)
        and (gender_of_name(m.group("n")) is not None or not _OPENS_STATEMENT.search(m.string[:m.start("n")]))
        for m in (before, after))


_SENTENCE_END = lazy(r"[.!?…]+\s*")
#: A name alone between punctuation marks (or the turn's ends), a word such as "oh", "yes" or "and" before it.
_CALL_PIECE = lazy(r"(?:^|[,.!?…;:]\s*)(?:(?i:o+h+|yes|yeah|and|ah+|well|okay|hey|hi)\s+)?(?P<n>[A-Z][a-z]+)(?=\s*(?:[,.!?…;:]|$))")
_TERM_WORD = lazy(rf"(?:{_EN_TERMS})", re.I)
#: Names of this many people (or more) called by one speaker to one listener: read from a list (as :mod:`.speakers` has it).
_LISTED = 3


def _called_names(text: str, lower_words: frozenset[str], start: int = 0, end: int | None = None) -> list[str]:
    """The known first names ``text[start:end]`` calls someone by, each a piece set off by punctuation, after a word
    such as "oh" or "yes" ("Ohhhh, Debbie, 321 boxes", "Oh, yes Elizabeth."), in order; "Sorry, dear" and "Mate, ..."
    call none."""
    found = (m.group("n") for m in _CALL_PIECE.finditer(text[start:len(text) if end is None else end]))
    return [n for n in found if not _TERM_WORD.fullmatch(n) and plausible_name(n, lower_words) and gender_of_name(n)]


def _name_before(text: str, term: str, lower_words: frozenset[str]) -> str | None:
    """The name ``text`` calls last before ``term``, in the term's sentence or the one before, when a number follows it as
    an entry of a list read out ("Charla, 278. Sorry, dear." -> "Charla"; not "Jennifer! Come in, sweetheart.").

    >>> _name_before("Charla, 278. Sorry, dear.", "dear", frozenset()), _name_before("Ann! Come in, dear.", "dear",
    ...     frozenset())
    ('Charla', None)
    """
    at = text.lower().find(term)
    if at < 0:
        return None
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    since = starts[-2] if len(starts) >= 2 else 0
    called = _called_names(text, lower_words, since, at)
    if not called:
        return None
    entry = re.search(rf"\b{called[-1]}\s*[,:.]?\s*\d", text[since:at])  # "Charla, 278", "Debbie, 321 boxes"
    return called[-1] if entry else None


def _names_called(turns: Sequence[Turn], lower_words: frozenset[str]) -> dict[tuple[str, str | None], set[str]]:
    """The first names each speaker calls to each listener (the next speaker other than them) in ``turns``."""
    out: dict[tuple[str, str | None], set[str]] = {}
    for i, turn in enumerate(turns):
        names = set(_called_names(turn.text, lower_words))
        if names:
            out.setdefault((turn.speaker, addressees(turns, i)[0]), set()).update(names)
    return out


def _group_sentence(text: str, start: int) -> bool:
    """Whether the sentence holding ``text[start]`` speaks to a group."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= start < m.end():
            return _GROUP.search(m.group()) is not None
    return False

"""What a speaker says of the bond with the person they talk to, in words :mod:`.people` does not read:
"you're the best friend I ever had", "you are such a good friend", "he's the best roommate ever", "you're the
best boss I've ever had", "you're a great sister" (a friend, roommate, boss or relative praised as one is one),
"You're a terrible girlfriend, Noor. I love you." (a partner scolded and loved in one turn), "Morning, roomy!" (a
roommate called as one), "It's your sister!", "I'm Tess, your roommate." (the speaker
naming themself by the bond, at the door or on the phone; not after "your phone's ringing", which announces another), "I missed you so much!" (a positive impression), and
"we're roommates" said in a group to the person the turn calls by name ("Rachel, we're roommates!") or tells
something ("You had an impact on me ... we're still best friends": the one it answers).

"You" is the person the turn speaks to (:func:`.people.addressee_of`: the other of two speakers, the name the
turn calls out, or the speaker it answers), "he" and "she" the last person mentioned whose gender is known.
Nothing is read from a question, a condition ("if you were a good friend"), a negation or a comparison
("like a good friend"); the caller leaves out negated and conditional clauses, and so does each pattern here.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turns = [Turn("c", "1", "Ann", "Thanks for coming."), Turn("c", "2", "Bob", "You're the best friend I ever had.")]
>>> state = TurnState()
>>> scan_addressed("You're the best friend I ever had.", turns[1], Discourse(turns), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Bob', 'friend', 'Ann')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import KIN, KIN_PREDICATE, NAME
from .mentions import TurnState
from .people import addressee_of, called_name, third_of

__all__ = ["scan_addressed"]

_PRAISE = r"best|good|great|incredible|amazing|wonderful|terrific|true|real|greatest|perfect|fantastic|awesome|loyal"
#: "you're the best friend I ever had", "you are such a good friend", "he's the best roommate ever", "you're an
#: amazing friend of mine"; not "a good friend to him" (someone else's), nor "the best friend anyone could want"
#: (a wish), nor "like a good friend" (a comparison: the verb must come right before).
_GOOD_ONE = lazy(
    r"(?<![\w'’])(?P<who>you|he|she)\s*(?:'re|’re|'s|’s|\s+are|\s+is|\s+were|\s+was)\s+(?:(?:really|truly|just|also|still|"
    r"always|honestly|seriously|totally|definitely|actually)\s+)*(?:the|a|an|such\s+an?|one\s+(?:hell|heck)\s+of\s+an?)\s+"
    r"(?:(?:very|really|truly|so|most)\s+)?(?:" + _PRAISE + r")(?:\s*,?\s*(?:" + _PRAISE + r"))*\s+"
    r"(?P<noun>friend|roommate|roomie|buddy|pal|boss|sister|brother|sis|husband|wife|boyfriend|girlfriend|fianc[eé]e?|"
    r"neighbou?r)"
    r"(?=\s*(?:[.!,;…]|$|i(?:'ve|\s+have)?\s+(?:ever\s+)?had\b|ever\b|of\s+mine\b|in\s+the\s+(?:world|whole)\b|"
    r"anyone\s+(?:has\s+)?ever\s+had\b|you\s+know\b|and\b|but\b))",
    re.I,
)
#: A partner scolded as one, then told they are loved: "You're a terrible girlfriend, Noor. I love you." A friend teases
#: with the same words ("you're a terrible boyfriend to her"), so only the partner's "I love you" in the same turn tells
#: the speaker is the other partner.
_SCOLDED_PARTNER = lazy(
    r"(?<![\w'’])you\s*(?:'re|’re|\s+are)\s+(?:(?:such|really|just|honestly|officially)\s+)*(?:a|an|the)\s+(?:(?:very|really|so)\s+)?"
    r"(?:terrible|bad|awful|horrible|lousy|rotten|worst)\s+(?P<noun>boyfriend|girlfriend|husband|wife)(?=\s*(?:[.!,;…]|$))",
    re.I,
)
_LOVE_YOU = lazy(r"(?<![\w'’])i\s+(?:(?:still|really|do|just)\s+)?love\s+you(?!\s+(?:guys|all|both|two)\b)", re.I)
#: Relatives and ties other than friends praised as one: "You're the best boss I've ever had", "you're a great sister".
_PRAISED_KIN = ("boss", "sister", "brother", "sis", "husband", "wife", "boyfriend", "girlfriend", "fianc", "neighb")
#: A relative praised as the best of theirs ("the best sister in the world", "a great boss, the best I've ever had").
_BEST = lazy(r"\b(?:best|greatest)\b", re.I)
_EVER_HAD = lazy(r"\s*(?:i(?:'ve|’ve|\s+have)?\s+(?:ever\s+)?had\b|ever\b|in\s+the\s+(?:world|whole)\b)", re.I)
#: "Morning, roomy!", "No problem roomie.", "C'mon in here you roomie.": a roommate called as one (one person: "Hey
#: roomies!" may mean any of a room; "we're gonna be roomies" is no calling).
_ROOMIE = lazy(
    r"(?:^|[,!.…]\s*|\b(?:hey|hi|hello|morning|night|thanks|thank\s+you|bye|problem|bet|you|oh|yo)\s+)"
    r"(?:my\s+)?(?:roomie|roomy)\s*[!.…]*\s*$",
    re.I,
)
#: "It's your sister!", "It's me, your mother.", "I'm Tess, your new roommate.": the speaker names themself by the bond
#: with the one spoken to (after their own name too: an introduction to the one they now live or work beside).
_ITS_YOUR = lazy(
    rf"(?:^|[.!…]\s+|,\s*)(?:hey|hi|hello|oh)?[\s,]*(?:it(?:'s|’s|\s+is)\s+(?:(?:me|only\s+me|just\s+me)\s*,?\s+)?|"
    rf"i(?:'m|’m|\s+am)\s+(?P<named>(?-i:{NAME}))\s*,\s*)"
    rf"(?:your|ur)\s+(?:(?:favou?rite|little|big|baby|older|younger|own|only|twin|best|loving|dear|old|new)\s+)*"
    rf"(?P<noun>{KIN})\s*(?:[!.…]|$)",
    re.I,
)
#: Someone else announced before "It's your wife.": the phone ringing, a caller, someone at the door (the speaker is no
#: relative then: "Frankie, your phone's ringing. It's your wife.", "Someone's at the door. It's your brother.")
_ANNOUNCED = lazy(r"\b(?:phone|ringing|calling|on\s+the\s+line|for\s+you|at\s+the\s+door|some(?:one|body)(?:'s|\s+is|\s+was))\b", re.I)
#: "we're roommates", "we are still best friends", "we're best buds": said of the speaker and someone.
_WE_ARE = lazy(
    r"(?<![\w'’])we\s*(?:'re|’re|\s+are|\s+were|\s+have\s+been|'ve\s+been|’ve\s+been)\s+(?:(?:still|just|really|such|"
    r"now|also|both|all|officially|best|good|close|old|great|true)\s+)*(?P<rel>friends|roommates|roomies|buds|buddies|pals)\b"
    r"(?!\s+with\b)",
    re.I,
)
_REL = {"friend": "friend", "buddy": "friend", "pal": "friend", "buds": "friend", "buddies": "friend", "pals": "friend",
        "friends": "friend", "roommate": "roommate", "roomie": "roommate", "roommates": "roommate", "roomies": "roommate"}
#: "I missed you so much!", "I've missed you": a person the speaker missed is one they think well of (not "I missed you
#: at the party": a meeting that failed; "I miss you" is read by :mod:`.people`).
_MISSED_YOU = lazy(
    r"(?<![\w'’])(?:i|we)(?:'ve|’ve|\s+have)?\s+(?:(?:really|just|so|truly|totally|also)\s+)*missed\s+you(?![\w'’])"
    r"(?:\s*,?\s*(?:so\s+much|too|a\s+lot|like\s+crazy|terribly|very\s+much|guys))?(?<!guys)\s*(?:[.!,;…]|$)",
    re.I,
)
#: A name the turn opens by calling out: "Rachel!! Open up!! It's your sister!!"
_CALLED_FIRST = lazy(rf"^\s*(?P<n>{NAME})\s*!")
_SENTENCES = lazy(r"(?<=[.!?…])\s+")
#: A name inside the sentence before "we" (not the one it starts with, which may call someone: "Rachel, we're ...").
_NAME_BEFORE = lazy(r"(?<![.!?]\s)\b[A-Z][a-z][\w'-]*")
#: "you" said to one person ("You had an impact on me"), not a filler ("you know") nor a group ("you guys"): a turn
#: that says it and "we're friends" speaks of the two of them; a bare "we're friends" in a group may mean anyone.
_TO_YOU = lazy(r"(?<![\w'’])(?:you|your)(?![\w'’])(?!\s+(?:guys|all|two|both|people|know|see)\b)(?<!thank\syou)", re.I)
#: A question or a supposition around the statement: "are you a good friend?", "if we're friends", "I wish we were".
#: "sorry I missed you", "shame we missed you": a meeting that did not happen, no longing for the person
_MISSED_MEETING = lazy(r"\b(?:sorry|shame|pity|too\s+bad|bummer|apologi[sz]e)\b[^.!?]*$", re.I)
_UNSURE = lazy(r"\?|\b(?:if|unless|whether|wish|would|could|should|might|supposed|pretend|pretending|like\s+a)\b", re.I)


def _spoken_to(sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom "you" in ``sentence`` means: a name the turn calls out ("Hi Emma. Oh my God, I missed you": Emma, even
    with two speakers, for a baby or a dog hears it too; "Rachel!! Open up!! It's your sister!!"), else as
    :func:`.people.addressee_of` (the other of two speakers, or the speaker the turn answers)."""
    for piece in (sentence, *_SENTENCES.split(turn.text)):
        called = called_name(piece, turn)
        if called is not None:
            return called, 0.7
    if (first := _CALLED_FIRST.match(turn.text)) is not None and (called := called_name(first.group("n") + ",", turn)):
        return called, 0.7
    return addressee_of(sentence, turn, discourse)


def scan_addressed(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the bond between the speaker and the person ``sentence`` speaks to or of (see the module).

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> ts = [Turn("c", "1", "Ann", "Hi."), Turn("c", "2", "Bob", "Morning, roomy!")]
    >>> state = TurnState()
    >>> scan_addressed("Morning, roomy!", ts[1], Discourse(ts), state)
    >>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
    [('Bob', 'roommate', 'Ann')]
    """
    low = sentence.lower()
    bond = "friend" in low or "room" in low or "buddy" in low or "pal" in low or "buds" in low
    praised = bond or any(word in low for word in _PRAISED_KIN)  # "you're the best boss I've ever had"
    kin = ("it" in low or "i'm" in low or "i am" in low) and "your" in low or " ur " in low
    missed = "missed you" in low
    if not (praised or kin or missed) or _UNSURE.search(low):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []

    def add(subject: Entity, predicate: str, obj: Entity, confidence: float) -> None:
        if subject != obj:
            out.append((subject, predicate, obj, round(confidence, 2), None))

    if praised:
        for m in _GOOD_ONE.finditer(sentence):
            word, noun = m.group("who").lower(), m.group("noun").lower()
            if noun not in _REL and not _BEST.search(m.group(0)) and not _EVER_HAD.match(sentence, m.end()):
                continue  # "you're a good brother": praise of how one treats a sibling, maybe someone else's
            who = _spoken_to(sentence, turn, discourse) if word == "you" else third_of(word, turn, discourse)
            if who is not None:
                add(speaker, _REL.get(noun) or KIN_PREDICATE[noun.replace("neighbour", "neighbor")], who[0], 0.75 * who[1])
    scolded = _SCOLDED_PARTNER.search(sentence) if praised else None
    if scolded is not None and _LOVE_YOU.search(turn.text, max(turn.text.find(sentence), 0)):
        who = _spoken_to(sentence, turn, discourse)  # "You're a terrible girlfriend, Noor. I love you."
        if who is not None:
            add(speaker, KIN_PREDICATE[scolded.group("noun").lower()], who[0], 0.7 * who[1])
    if "room" in low and _ROOMIE.search(sentence) is not None:
        who = _spoken_to(sentence, turn, discourse)
        if who is not None:
            add(speaker, "roommate", who[0], 0.7 * who[1])
    if kin:
        for m in _ITS_YOUR.finditer(sentence):
            if _ANNOUNCED.search(turn.text[:max(turn.text.lower().find(m.group("noun").lower()), 0)]):
                continue  # "Frankie, your phone's ringing. It's your wife.": the wife is the one calling
            who = _spoken_to(sentence, turn, discourse)
            noun = m.group("noun").lower()
            if who is not None and m.group("named") and who[1] < 0.7 and discourse.addressee(turn) is None:
                continue  # "I'm Tess, your roommate." in a group, to no one called: maybe said to one just come in
            if who is not None and noun in KIN_PREDICATE:
                add(who[0], KIN_PREDICATE[noun], speaker, 0.75 * who[1])
    if missed and (said := _MISSED_YOU.search(sentence)) is not None and not _MISSED_MEETING.search(sentence, 0, said.start()):
        who = _spoken_to(sentence, turn, discourse)
        if who is not None and (who[1] >= 0.7 or discourse.addressee(turn) is not None):  # in a group, one named or
            # answering in kind ("Miss you too!"): the one answered may not be the one missed
            add(speaker, "positiveImpression", who[0], 0.75 * who[1])
    if bond and "we" in low and discourse.addressee(turn) is None:  # a two-person conversation's "we" is read by :mod:`.people`
        for m in _WE_ARE.finditer(sentence):
            if _NAME_BEFORE.search(sentence, 1, m.start()):
                continue  # "Ross and I... we are friends": :mod:`.people` reads the name said before
            other = _spoken_to(sentence, turn, discourse)
            if other is not None and (other[1] >= 0.7 or _TO_YOU.search(turn.text)):  # "we" with someone named or told
                add(speaker, _REL[m.group("rel").lower()], other[0], 0.6 * other[1])
    state.collect(out)

"""How a named person stands to the speaker or to the person spoken to, said in conversation: "Joey is your friend"
(the addressee's), "Ross is our friend" (the speaker's), "Tom's her husband" (the woman last named's), "this is my good friend Ross", "I'm a friend of Rachel's",
"Chandler is a friend of Ross's", "I became friends with Chandler", "my best friend is my college roommate Jess".

Only statements count: a sentence under "if", "whether", "unless", "I wish", "pretend" or "imagine" is a supposition,
one ending in "?" a question, and "Joey is not your friend" matches nothing ("is" must be followed by the owner).
"Your" is the person the turn speaks to (the other of two speakers, else the one it answers); a name that is the
addressee's own ("Ross, Ross is your brother") says nothing of a pair.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turns = [Turn("c", "1", "Ann", "Joey is your friend, not mine."), Turn("c", "2", "Bob", "Fine.")]
>>> state = TurnState()
>>> scan_named_kin("Joey is your friend, not mine.", turns[0], Discourse(turns), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Bob', 'friend', 'Joey')]
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .lexicon import DEMONYMS, KIN, KIN_MODS, KIN_PREDICATE, NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import CLOSE_MODS, TurnState

__all__ = ["scan_named_kin"]

#: "Joey is your friend", "Chandler's your best friend", "Ross is one of our oldest friends".
_NAME_IS_YOURS = lazy(
    rf"(?<![\w'’])(?P<name>{NAME})(?:\s+(?i:is|was)|['’]s)\s+(?i:(?:still|also|really|just|always|like)\s+)*"
    rf"(?i:one\s+of\s+)?(?P<poss>(?i:your|our|his|her))\s+(?i:{CLOSE_MODS})(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))(?![\w'’-])"
    r"(?!\s*(?:of|from|who|that)\b)")  # not "Joey is your friend from work's brother" nor "... your friend who ..."
#: "this is my good friend Ross", "my dear old friend, Lewis", "my college roommate Dan": a named relative with a word
#: of closeness or of where the tie was made (the plain "my friend Ross" is read by :mod:`.mentions`).
_CLOSE_NAMED = lazy(
    r"(?<![\w'’])(?i:my)\s+(?P<mods>(?i:(?:very|good|old|close|closest|dear|dearest|great|true|longtime|college|"
    r"childhood|high\s+school|university|uni|grad\s+school|work)\s+)+)"
    rf"(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*,?\s+(?P<name>{NAME})(?![\w'’-])")
#: "my best friend is my college roommate Jess": one named person, both ties (unnamed, "my mom is my best friend", is
#: read by :mod:`kg_memory.extract.kin_is_kin`).
_KIN_IS_KIN = lazy(
    rf"(?<![\w'’])(?i:my)\s+(?i:{KIN_MODS})(?P<first>(?i:{KIN}))\s+(?i:is|['’]s)\s+(?i:(?:also|actually|really|literally)\s+)*"
    r"(?i:my)\s+(?i:(?:very|good|old|close|closest|college|childhood|high\s+school|work)\s+)*"
    rf"(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*,?\s+(?P<name>{NAME})(?![\w'’-])")
#: "I'm a friend of Rachel's", "I am an old friend of Monica Geller".
_FRIEND_OF = lazy(
    rf"(?<![\w'’])(?i:i\s+am|i['’]m|i\s+was)\s+(?i:(?:also|still|just|really|actually)\s+)*(?i:an?)\s+(?i:{CLOSE_MODS})"
    r"(?P<noun>(?i:friend|colleague|co-?worker|neighbou?r|cousin|classmate|roommate))\s+(?i:of)\s+"
    rf"(?P<name>{NAME})(?:['’]s)?(?![\w'’-])")
#: "Chandler is a friend of Ross's", "Kim was an old colleague of Tom" (not "a friend of Ross's sister").
_NAMED_FRIEND_OF = lazy(
    rf"(?<![\w'’])(?P<subj>{NAME})\s+(?i:is|was|['’]s)\s+(?i:(?:also|still|just|really|actually)\s+)*(?i:an?)\s+"
    r"(?i:(?:very\s+)?(?:good|old|close|dear|great|longtime|childhood)\s+)?"
    r"(?P<noun>(?i:friend|colleague|co-?worker|neighbou?r|cousin|classmate|roommate))\s+(?i:of)\s+"
    rf"(?P<name>{NAME})(?:['’]s)?(?=\s*(?:[.!,;…]|$|(?i:and|but|from|since)\b))")
#: "I became friends with Chandler", "we became good friends with Ross".
_BECAME_FRIENDS = lazy(
    r"(?<![\w'’])(?i:i|we)\s+(?i:(?:quickly|soon|then|eventually|finally|later)\s+)?(?i:became|have\s+become|got\s+to\s+be)\s+"
    rf"(?i:(?:good|best|close|great|really\s+good)\s+)?(?i:friends)\s+(?i:with)\s+(?P<name>{NAME})(?![\w'’-])")
#: Words that make what follows a supposition, a wish or a game, not a fact.
_SUPPOSED = lazy(r"(?i)\b(?:if|whether|unless|wish|pretend|pretending|imagine|suppose|supposed|maybe|should|would)\b")
#: Words before a name that are no name ("Actually, ...", "Okay Ross").
_NO_NAME = frozenset("actually okay ok well oh hey hi so and but look listen yes yeah no please god man honey sweetie "
                     "this that it he she they we everybody everyone nobody somebody someone".split())


def _named(name: str, turn: Turn) -> Entity | None:
    name = name.removesuffix("'s").removesuffix("’s")
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or first in _NO_NAME \
            or name == turn.speaker:
        return None
    return Entity(name, "Person")


def _supposed(sentence: str, start: int) -> bool:
    """Whether the match at ``start`` stands in a supposition, a question or a quotation."""
    before = sentence[:start]
    return bool(_SUPPOSED.search(before)) or sentence.rstrip().endswith("?") \
        or before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def scan_named_kin(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record how a named person stands to the speaker or the addressee in ``sentence`` (see the module)."""
    low = sentence.lower()
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    if "your " in low or "our " in low or "his " in low or "her " in low:
        for m in _NAME_IS_YOURS.finditer(sentence):
            person = _named(m.group("name"), turn)
            if person is None or _supposed(sentence, m.start()):
                continue
            noun, poss = m.group("noun").lower(), m.group("poss").lower()
            if poss == "our":
                owner: tuple[Entity, float] | None = (speaker, 0.75)
            elif poss in ("his", "her"):  # "That's my sister Jasmine, and Tom's her husband": Jasmine's
                owner = discourse.third_person(turn, MALE if poss == "his" else FEMALE)
                owner = (owner[0], 0.8 * owner[1]) if owner is not None else None
            else:
                addressed = discourse.addressed(turn)
                owner = (addressed[0], 0.85 * addressed[1]) if addressed is not None else None
            if owner is not None and owner[0] != person:
                out.append((owner[0], KIN_PREDICATE[noun], person, round(owner[1], 2), None))
                discourse.mention(turn, person, gender_of_noun(noun))
    if "my " in low:
        for m in _CLOSE_NAMED.finditer(sentence):
            person, noun = _named(m.group("name"), turn), m.group("noun").lower()
            if person is None or _supposed(sentence, m.start()) or noun.endswith("s") and noun not in ("boss", "sis"):
                continue
            if "old" in m.group("mods").lower().split() and KIN_PREDICATE[noun] in ("partner", "spouse", "dated"):
                continue  # "my old boyfriend Ross": a love that is over
            out.append((speaker, KIN_PREDICATE[noun], person, 0.8, None))
            discourse.mention(turn, person, gender_of_noun(noun))
        for m in _KIN_IS_KIN.finditer(sentence):  # "my best friend is my roommate Jess": Jess is both
            first, noun = KIN_PREDICATE[m.group("first").lower()], KIN_PREDICATE[m.group("noun").lower()]
            if first != noun and not _supposed(sentence, m.start()) and (person := _named(m.group("name"), turn)):
                out.append((speaker, first, person, 0.75, None))
    if " of " in low:
        for m in _FRIEND_OF.finditer(sentence):
            person = _named(m.group("name"), turn)
            if person is not None and not _supposed(sentence, m.start()):
                noun = m.group("noun").lower().replace("coworker", "co-worker").replace("neighbour", "neighbor")
                out.append((speaker, KIN_PREDICATE.get(noun, "friend"), person, 0.8, None))
    if " of " in low:
        for m in _NAMED_FRIEND_OF.finditer(sentence):
            friend, person = _named(m.group("subj"), turn), _named(m.group("name"), turn)
            if friend is not None and person is not None and friend != person and not _supposed(sentence, m.start()):
                noun = m.group("noun").lower().replace("coworker", "co-worker").replace("neighbour", "neighbor")
                out.append((person, KIN_PREDICATE.get(noun, "friend"), friend, 0.75, None))
    if "friends with" in low:
        for m in _BECAME_FRIENDS.finditer(sentence):
            person = _named(m.group("name"), turn)
            if person is not None and not _supposed(sentence, m.start()):
                out.append((speaker, "friend", person, 0.75, None))
    state.collect(out)

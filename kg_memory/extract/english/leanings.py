"""English likes and dislikes said without a plain "like" or "hate": fears ("my biggest fear is spiders", "i get so
scared of snakes", "i am too afraid of heights to climb", "due to my fear of blood"), a polite refusal ("i do not
care for tofu"), fun had doing something ("i have fun playing chess"), a fascination ("i have a weird obsession
with pens"), a craving ("i am hooked on anime"), what one cannot live without or get enough of ("i cannot live
without coffee", "i can't get enough of sushi"), what one finds dull ("i find golf boring"), what is (or is not) one's
thing ("long walks are just my thing") and the kind of person one is for a thing ("i am a meat and potatoes kind of
guy").

Only the speaker's own leanings are read, in statements: a question ("are you scared of spiders?"), a
condition or a wish never reach here (:mod:`.rules` drops them), and another's ("my son is scared of dogs",
"she does not care for tofu") or a past one-off ("i had fun hiking yesterday") gives nothing. "care for"
without a "not" is looking after someone ("i care for my mother"), no liking; a fear or a refusal of a person
or a pronoun ("i do not care for him") is how one feels about someone, left to the rules on people.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "x")
>>> state = TurnState()
>>> scan_leanings("my biggest fear is spiders", turn, Discourse([turn]), state)
>>> scan_leanings("i do not care for tofu", turn, Discourse([turn]), state)
>>> scan_leanings("i have so much fun playing chess", turn, Discourse([turn]), state)
>>> [(p, o.label) for _, p, o, _, _ in state.facts]
[('dislikes', 'spiders'), ('dislikes', 'tofu'), ('likes', 'playing chess')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .lexicon import KIN, PET, TRAITS
from .mentions import TurnState
from .objects import object_list

__all__ = ["scan_cannot_do_without", "scan_leanings"]

_INTENSE = r"(?:(?:so|really|very|super|deathly|totally|absolutely|incredibly|pretty|kind\s+of|kinda|a\s+little|a\s+bit|always|also|still)\s+)*"
#: "my biggest fear is spiders", "my only real fear is heights", "one thing i am deathly afraid of is heights"
_FEAR_IS = lazy(
    r"(?:^|\b(?:but|and|so)\s+)(?:my\s+(?:(?:biggest|greatest|worst|only|one|main|real|number\s+one|irrational|secret)\s+)*"
    rf"(?:fear|phobia)|(?:the\s+)?(?:one\s+)?thing\s+(?:that\s+)?i\s+(?:am|get)\s+{_INTENSE}(?:afraid|scared|terrified)\s+of"
    r"(?:\s+the\s+most|\s+most)?)\s+(?:is|are|has\s+always\s+been)\s+(?:of\s+)?(?P<o>.+)",
    re.I,
)
#: "spiders are my biggest fear", "heights are my phobia": the thing named first
_THING_FEAR = lazy(
    r"(?:^|,\s*|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?)\s+(?:is|are)\s+(?:(?:definitely|also|probably)\s+)?"
    r"my\s+(?:(?:biggest|greatest|worst|only|one|main|number\s+one|real)\s+)*(?:fear|phobia)\s*[.!]*$",
    re.I,
)
#: "i get so scared of spiders", "i am deathly afraid of scorpions" (a plain "i am scared of" is the verb table's)
_AFRAID_OF = lazy(
    rf"^(?:i|we)\s+(?:(?:really|just|also|still|always)\s+)*(?:am|are|get|got|become)\s+{_INTENSE}"
    r"(?:afraid|scared|terrified|frightened|petrified)\s+of\s+(?P<o>.+)",
    re.I,
)
#: "i am too afraid of heights to climb", "i am way too scared of sharks to swim there": feared, whatever the "to" after
_TOO_AFRAID = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|also|still|always)\s+)*(?:am|'m|are|get|got)\s+(?:(?:way|much|far|just|a\s+little|a\s+bit|"
    r"really|kind\s+of|kinda)\s+)?too\s+(?:afraid|scared|terrified|frightened)\s+of\s+(?P<o>.+?)\s+to\s+[a-z]",
    re.I,
)
#: "due to my fear of blood", "my fear of spiders keeps me inside", "my huge fear of heights": the thing feared, up to
#: the verb or the clause after it
_MY_FEAR_OF = lazy(
    r"\bmy\s+(?:(?:biggest|greatest|worst|huge|big|only|real|irrational|crippling|intense|deep|terrible)\s+)*(?:fear|phobia)\s+"
    r"of\s+(?P<o>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?=\s*(?:[,.!?;]|$)|\s+(?:is|are|was|keeps?|kept|makes?|made|stops?|"
    r"stopped|has|had|got|gets|i|so|and|but|because)\b)",
    re.I,
)
#: "i do not care for tofu", "i do not really care much for country music", "i never cared for sushi"
_CARE_FOR = lazy(
    r"^(?:i|we)\s+(?:(?:do|did)\s+not|never)\s+(?:(?:really|much|too\s+much|particularly|ever)\s+)*"
    r"(?:care|cared)\s+(?:(?:much|too\s+much|a\s+lot|very\s+much)\s+)?for\s+(?P<o>.+)",
    re.I,
)
#: "i have fun playing chess", "i always have so much fun dancing", "i have a blast hiking"
_FUN_DOING = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|also|always|usually|still)\s+)*have\s+(?:(?:so\s+much|a\s+lot\s+of|lots\s+of|"
    r"great|such)\s+)?(?:fun|a\s+blast|a\s+great\s+time)\s+(?P<o>[a-z]+ing\b.*)",
    re.I,
)
#: "i have a weird obsession with pens", "i have an odd fascination with ghosts", "i am hooked on anime"
_FASCINATION = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|also|kind\s+of|kinda)\s+)*(?:have\s+(?:an?|this|such\s+an?)\s+(?:(?:weird|strange|odd|"
    r"slight|serious|huge|big|unhealthy|major|real|bit\s+of\s+an?|little)\s+)*(?:(?:obsession|fascination)\s+with|addiction\s+to)"
    r"|(?:am|are|got|get)\s+(?:(?:so|really|totally|completely)\s+)?hooked\s+on)\s+(?P<o>.+)",
    re.I,
)
#: What one may be addicted to that one does not like (a harm, not a liking): "my drug addiction", "addiction to pills"
_HARMFUL = (r"(?:(?:prescription|pain)\s+)?(?:drugs?|alcohol|heroin|opioids?|opiates?|pills?|painkillers?|meth|cocaine|crack|"
            r"nicotine|gambling|porn|sex|substances?|booze|cigarettes?)\b")
_HARMFUL_FIRST = lazy(_HARMFUL, re.I)
#: "i have a bit of an internet addiction", "to pay for my vinyl addiction": a thing the speaker loves, said before
#: "addiction" (not a harmful one: "my drug addiction" is no liking)
_NOUN_ADDICTION = lazy(
    r"(?:\bmy|^(?:i|we)\s+(?:(?:really|just|also|kind\s+of|kinda)\s+)*(?:have|got|have\s+got)\s+(?:an?|this|such\s+an?))\s+"
    r"(?:(?:weird|strange|odd|slight|serious|huge|big|major|real|bit\s+of\s+an?|little|mild|bad|small|new|latest)\s+)*"
    rf"(?!{_HARMFUL})(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){{0,2}}?)\s+addiction\b",
    re.I,
)
#: "i cannot live without coffee", "i could not survive without my phone", "i cannot get enough of sushi": what the
#: speaker loves ("i can live without it" says nothing; "i cannot live without my wife" is about a person, left to the
#: rules on people)
_CANNOT_DO_WITHOUT = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|honestly|seriously|literally|simply|truly)\s+)*(?:(?:cannot|could\s+not|can\s+not)\s+"
    r"(?:(?:live|survive|function|go\s+a\s+day|last\s+a\s+day)\s+without|imagine\s+(?:my\s+)?life\s+without)|"
    r"(?:cannot|can\s+not|can't|cant|ca\s+not)\s+get\s+enough\s+of)\s+"  # not "could not get enough of (it as a kid)"
    rf"(?!(?:my|our)\s+(?:[\w-]+\s+)?(?:{KIN})\b)(?P<o>.+)",
    re.I,
)
#: "i could eat sushi every day", "honestly i could drink iced coffee all day", "i could watch cooking shows forever":
#: what one would do without end is loved (not "if i could eat ...": a condition; not "i could eat": hunger now)
_COULD_ALL_DAY = lazy(
    r"^(?:(?:honestly|seriously|literally|tbh|ngl|lol|yeah|oh|man|and|but|so)[\s,]+)*(?:i|we)\s+"
    r"(?:(?:honestly|seriously|literally|really|probably|totally|just)\s+)*could\s+(?:(?:honestly|seriously|literally|"
    r"really|probably|totally|happily|easily|just)\s+)*(?:eat|drink|watch|listen\s+to|read|play)\s+(?P<o>.+?)\s+"
    r"(?:every\s+(?:single\s+)?(?:day|night|meal)|everyday|all\s+day|all\s+night|forever|for\s+days|all\s+the\s+time|"
    r"24/7|non-?stop|at\s+every\s+meal|for\s+every\s+meal)\b",
    re.I,
)
#: A word said after the thing, no thing itself: "(i cannot live without coffee) , honestly"
_AFTERWORD = lazy(r"\s*,\s*(?:honestly|really|seriously|tbh|lol|haha|though|literally|to\s+be\s+honest|for\s+real)\b.*$", re.I)
#: "i find golf boring", "we find horror movies kind of gross": what the speaker dislikes ("find X relaxing" is the verb
#: table's liking; "i find him boring" is about a person)
_FIND_DULL = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|also|always|usually|honestly|personally)\s+)*find\s+(?P<o>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:(?:so|really|very|super|quite|pretty|incredibly|kind\s+of|kinda|a\s+bit|too)\s+)?"
    r"(?:boring|dull|tedious|gross|disgusting|annoying|overrated|pointless)\s*[.!]*$",
    re.I,
)
#: "long walks are just my thing", "board games are more my thing", "yoga is kind of my thing", "poetry is not really my
#: thing": what the speaker likes (or not), named first with a word of degree before "my thing" (the plain "is my thing"
#: is read by :mod:`.mentions`); the thing begins the clause or follows a comma, a "but" or a "so", so "knitting with my
#: grandma is my thing" names the knitting, and a person ("my kids are just my thing") is no thing liked
_MY_THING = lazy(
    r"(?:^|,\s*|\b(?:but|so)\s+)(?P<o>(?!(?:but|so|and|or|because)\b)[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+(?P<neg>not\s+)?"
    r"(?:(?:just|more|really|kinda|kind\s+of|sort\s+of|definitely|totally|also|so|quite|exactly|pretty\s+much|much\s+more|"
    r"very\s+much|always|still)\s+)*my\s+thing\s*[.!]*$",
    re.I,
)
#: "i am a meat and potatoes kind of guy", "i am more of a books kind of girl", "i am a beach type of person": the speaker
#: likes the thing named before "kind of guy" (not "the kind of guy who cries", "that kind of person")
_KIND_OF_PERSON = lazy(
    r"^(?:i|we)\s+(?:am|'m|are)\s+(?:(?:just|more\s+of|really|definitely|totally|also|such|very\s+much|always|still)\s+)*"
    r"(?:a|an)\s+(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?)\s+(?:kind|type|sort)\s+of\s+(?:guy|girl|gal|person|man|woman|lady|dude|"
    r"fella|chick|people|folks?)\s*[.!]*$",
    re.I,
)
#: What "a ... kind of guy" is when it is how one is, not a thing liked: "a simple kind of guy", "a laid back kind of
#: girl", "an old fashioned kind of person", "a family kind of man" (and adjectives by their endings: "a nerdy kind of")
_KIND_NOT_THING = lazy(
    rf"\b(?:{'|'.join(TRAITS.split())}|simple|fun|laid|low|easy|down|old|hands|free|good|nice|cool|chill|normal|regular|"
    r"different|certain|special|rare|same|other|particular|bad|weird|real|true|hard|straight|no|practical|traditional|"
    r"family|people|dog|cat|morning|night|outdoor|indoor|stay|home|glass|big|detail|romantic|\w+(?:y|ful|ous|ive|al|ed|"
    r"ic|ish|less|able|ible|ent|ant|est)|one|two|three|\d+|bigger|smaller|better|older|younger|proper)\b",
    re.I,
)
#: "i do not have a fear of ...", "i got over my fear of heights", "i lost my fear of dogs": none held now
_NEGATED_BEFORE = lazy(r"\b(?:not|never|no|over|lost|conquered|overcame|overcome|beat|faced|facing|face|cured)\b", re.I)
#: "i am recovering from my coffee addiction", "trying to kick my soda addiction": one held no more, or fought
_RECOVERY = lazy(r"\b(?:recover\w*|kick\w*|quit\w*|stop\w*|fight\w*|fought|battl\w*|broke|break\w*|ended|rehab|cure\w*|treat\w*)\b", re.I)
_KIN_FIRST = lazy(rf"^(?:(?:my|our)\s+(?:[\w'-]+\s+)?)?(?:{KIN}|{PET})\b", re.I)
#: Objects that are someone or something said before: how one feels about them is the people rules' (or nothing)
_NOT_THINGS = frozenset("it that this them him her you me us those these everything anything nothing something "
                        "people anyone everyone someone".split())
_NAME_START = lazy(r"^[A-Z][a-z]")


def scan_leanings(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the likes and dislikes ``clause`` (a statement) says of the speaker in the ways of the module doc."""
    low = clause.lower()
    if not (" i " in f" {low} " or "my " in low or "we " in low):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    if "fear" in low or "phobia" in low or "afraid" in low or "scared" in low or "terrified" in low \
            or "frightened" in low or "petrified" in low:
        m = _FEAR_IS.search(clause) or _THING_FEAR.search(clause) or _AFRAID_OF.match(clause)
        if m is not None and not re.search(r"\b(?:not|never|no)\b", clause[:m.start("o")], re.I):
            out += _things(speaker, "dislikes", m.group("o"), "np", first=m.start("o") == 0)
    afraid = "afraid" in low or "scared" in low or "terrified" in low or "frightened" in low
    if afraid and (m := _TOO_AFRAID.match(clause)) is not None:  # "i am too afraid of heights to climb"
        out += _things(speaker, "dislikes", m.group("o"), "np")
    m = _MY_FEAR_OF.search(clause) if "fear" in low or "phobia" in low else None
    if m is not None and not _NEGATED_BEFORE.search(clause[:m.start()]):  # "due to my fear of blood"
        out += _things(speaker, "dislikes", m.group("o"), "np")
    if "care" in low and (m := _CARE_FOR.match(clause)) is not None:
        out += _things(speaker, "dislikes", m.group("o"), "np")
    if "have" in low and (m := _FUN_DOING.match(clause)) is not None:
        out += _things(speaker, "likes", m.group("o"), "activity")
    if ("obsess" in low or "fascinat" in low or "hooked" in low or "addict" in low) and (m := _FASCINATION.match(clause)) is not None \
            and not _HARMFUL_FIRST.match(m.group("o")):  # "an addiction to painkillers": no liking
        out += _things(speaker, "likes", m.group("o"), "activity" if m.group("o").split()[0].endswith("ing") else "np")
    if ("without" in low or "enough" in low) and (m := _CANNOT_DO_WITHOUT.match(clause)) is not None:
        out += _things(speaker, "likes", _AFTERWORD.sub("", m.group("o")), "np")
    m = _NOUN_ADDICTION.search(clause) if "addiction" in low else None
    if m is not None and not _NEGATED_BEFORE.search(clause[:m.start()]) and not _RECOVERY.search(clause[:m.start()]):
        out += _things(speaker, "likes", m.group("o"), "np")  # "i have a bit of an internet addiction"
    if "find" in low and (m := _FIND_DULL.match(clause)) is not None:
        out += _things(speaker, "dislikes", m.group("o"), "np")
    if "of" in low and (m := _KIND_OF_PERSON.match(clause)) is not None and not _KIND_NOT_THING.search(m.group("o")):
        out += _things(speaker, "likes", m.group("o"), "activity" if m.group("o").split()[0].endswith("ing") else "np")
    if "thing" in low and (m := _MY_THING.search(clause)) is not None and not _KIN_FIRST.match(m.group("o")):
        style = "activity" if m.group("o").split()[0].lower().endswith("ing") else "np"
        out += _things(speaker, "dislikes" if m.group("neg") else "likes", m.group("o"), style, first=m.start("o") == 0)
    state.collect(out)


def scan_cannot_do_without(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record what the speaker "could not live without" in a clause of "could" (which the rules otherwise skip as
    unreal): "i could not live without my phone" is a liking held now, and so is "i could eat sushi every day".

    >>> from kg_memory.extract.pronouns import Discourse
    >>> t = Turn("c", "1", "Ann", "i could not live without my phone")
    >>> state = TurnState()
    >>> scan_cannot_do_without(t.text, t, Discourse([t]), state)
    >>> [(p, o.label) for _, p, o, _, _ in state.facts]
    [('likes', 'phone')]
    """
    if ("without" in clause or "enough" in clause) and (m := _CANNOT_DO_WITHOUT.match(clause.strip())) is not None:
        state.collect(_things(discourse.speaker(turn), "likes", _AFTERWORD.sub("", m.group("o")), "np"))
    elif "could" in clause.lower() and (m := _COULD_ALL_DAY.match(clause.strip())) is not None:
        state.collect(_things(discourse.speaker(turn), "likes", m.group("o"), "np"))  # "i could eat sushi every day"


def _things(speaker: Entity, predicate: str, said: str, style: str, first: bool = False) -> list[Found]:
    """The facts ``speaker`` ``predicate`` each thing ``said`` names (people and pronouns left out; a capital
    that begins the clause, ``first``, is no name)."""
    if not first and _NAME_START.match(said.strip()):
        return []  # "i do not care for Ross": a person
    if first:
        said = said[:1].lower() + said[1:]  # "Heights are my biggest fear": the capital is the sentence's
    words = said.split()
    if words and words[0].lower() in _NOT_THINGS:
        return []
    return [(speaker, predicate, Entity(obj, "Thing"), 0.6, None)
            for obj in object_list(said, style) if obj.lower() not in _NOT_THINGS]

"""English clefts and exceptions: what the speaker likes said with the thing first or set apart
("summer is what i really like", "telling jokes is something that i love", "what i love most is
hiking", "i like everything except broccoli"), or named before "i love it" in chat with no comma ("kayak or canoe
i just love it": each).

Only clauses that are statements reach here (questions, conditionals and wishes are dropped by
:mod:`.rules`); a negated clause gives nothing ("pizza is not what i like").

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turn = Turn("c", "1", "Ann", "summer is what i really like")
>>> state = TurnState()
>>> scan_clefts("summer is what i really like", turn, Discourse([turn]), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Ann', 'likes', 'summer')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from .best_kinds import best_of_kind
from .fragments import said_alone
from .kin_favorites import kin_favorites
from .lexicon import COLORS
from .mentions import TurnState
from .objects import object_list

__all__ = ["scan_clefts", "scan_favorite_after", "scan_which_i_like"]

_LIKE = r"(?P<v>love|like|enjoy|adore|hate|dislike|cannot\s+stand|am\s+(?:(?:most|so|really|very|truly)\s+)*passionate\s+about)"
_ADV = r"(?:(?:really|truly|just|also|absolutely|most\s+of\s+all)\s+)*"
#: The kind of thing named in "blue is the colour i like best", "the food i love most is pizza"
_KIND = (r"(?P<kind>colou?r|food|dish|meal|drink|snack|dessert|fruit|animal|pet|sport|game|show|movie|film|book|song|band|"
         r"music|genre|season|holiday|place|city|flower|hobby|pastime)s?")
_MOST = r"(?P<most>(?:the\s+)?(?:most|best)\b)?"
#: "summer is what i really like", "telling jokes is something (that) i love", "pizza is the thing i love most", "blue is
#: the colour i like best" (the favourite)
_THING_FIRST = lazy(
    rf"(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){{0,3}}?)\s+(?:is|are)\s+(?:what|something(?:\s+that)?|one\s+thing(?:\s+that)?|"
    rf"the\s+(?:one\s+)?(?:thing|{_KIND})(?:\s+that)?|(?:the\s+)?things?(?:\s+that)?)\s+i\s+{_ADV}{_LIKE}\b\s*{_MOST}",
    re.I,
)
#: "what i love most is hiking", "the thing i like best is pizza", "the food i love most is pizza" (the favourite)
_THING_LAST = lazy(
    rf"\b(?:what|the\s+(?:one\s+)?(?:thing|{_KIND})(?:\s+that)?)\s+i\s+{_ADV}{_LIKE}\s+{_MOST}\s*(?:is|are)\s+(?P<o>.+)",
    re.I,
)
#: "kayak or canoe i just love it", "yes sushi i love it": one or two things said alone, then "i love it/them" with no
#: comma between (with a comma the clauses are read apart: :mod:`.fragments`)
_FRONTED = lazy(r"^(?:(?:yes|yeah|oh|well|and)\s*,?\s+)*(?P<o>[a-z]+(?:\s+[a-z]+)?(?:\s+(?:or|and)\s+[a-z]+(?:\s+[a-z]+)?)?)\s+"
                r"i\s+(?:(?:just|really|absolutely|totally|so)\s+)*(?P<v>love|like|enjoy|adore|hate)\s+(?:it|them)\s*[.!]*$", re.I)
#: "walking long distances is what i do", "surfing is what i do all day": a pastime named first (not "nursing is what i
#: do for a living", a job); "a chevy tahoe is what i drive" (owned), "playing pool is what i am good at" (a skill), "coke is
#: what i drink", "water is all i drink" (a habit)
_THING_I_DO = lazy(
    r"(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+(?:mostly\s+|mainly\s+)?"
    r"(?:what|all(?=\s+i\s+(?:\w+\s+)?drink\b))\s+i\s+(?:(?:usually|mostly|mainly|really|just|love\s+to|like\s+to|ever)\s+)?"
    r"(?:(?P<do>do)|(?P<own>have|own|drive)|(?P<drink>drink)|"
    r"am\s+(?P<good>(?:(?:really|pretty|quite|very|so)\s+)?(?:good|great|best)\s+at))\b"
    r"(?!\s+(?:not\b|for\s+(?:a\s+)?(?:living|work|job|money|pay)\b|at\s+work\b|at\s+my\s+job\b|to\b|now\b))",
    re.I,
)
#: "i like everything except broccoli", "i love all food but olives"
_EXCEPT = lazy(
    r"^(?:i|we)\s+(?:(?:really|just|also)\s+)*(?:love|like|eat|enjoy)\s+(?:everything|anything|all(?:\s+\w+)?|"
    r"every\s+\w+|any\s+\w+)(?:\s*,?\s+except(?:\s+for)?|\s+but)\s+(?P<o>.+)",
    re.I,
)
#: "fishing is my main hobby", "cooking is my specialty": a pastime or a skill named first
_THING_HOBBY = lazy(
    r"(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+"
    r"(?:(?:definitely|also|still|really|kind\s+of|sort\s+of|now)\s+)?(?:one\s+of\s+)?my\s+(?:(?:main|other|new|favorite|only|biggest|big|"
    r"true|real|number\s+one|current|newest|latest|secret|one|first|second|weekend|many|few|several|favou?rite)\s+){0,2}"
    r"(?P<k>hobby|hobbies|pastime|pastimes|specialty|speciality|specialties)\b",
    re.I,
)
#: "christmas , my favorite holiday", "all of my flowers are purple , my favorite color": the thing set before it
_FAVORITE_AFTER = lazy(
    r"^(?P<before>.*?[a-z])\s*(?:[,-]\s*|\s+(?:lol|haha)\s+)(?:(?:and|also)\s+)?my\s+(?:all\s+time\s+|absolute\s+|most\s+)?"
    r"favorite(?:\s+(?:(?!(?:is|are|was|were)\b)[a-z]+\s+)?(?!(?:is|are|was|were)\b)(?P<cat>[a-z]+))?\s*[.!]*$",  # "(friends ,) my favorite tv show"
    re.I,
)
#: "fashion and designing have always been my passion", "chocolate is my guilty pleasure", "sailing is my lifelong passion",
#: "chess has always been a strong passion of mine": what the speaker loves, named first ("my weakness" is left out:
#: "sweets" or "math")
_THING_PASSION = lazy(
    r"(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:is|are|has\s+(?:always\s+)?been|have\s+(?:always\s+)?been)\s+(?:(?:always|definitely|really|also)\s+)?my\s+"
    r"(?:(?:real|true|biggest|greatest|big|one|only|first|main|guilty|lifelong|number\s+one|all\s*time|new|current)\s+){0,2}"
    r"(?P<k>passion|passions|obsession|pleasure)\s*[.!]*$"
    r"|(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o2>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:is|are|has\s+(?:always\s+)?been|have\s+(?:always\s+)?been)\s+(?:a|one\s+of\s+the)\s+"
    r"(?:(?:real|true|big|great|little|strong|deep|huge|lifelong)\s+)?(?:guilty\s+)?(?:passion|passions|obsession|pleasures?)\s+of\s+mine\b(?=\s*(?:[.!,;]|$))",
    re.I,
)
#: "my real obsession is taking care of my skin"
_MY_PASSION = lazy(
    r"\bmy\s+(?:(?:real|true|biggest|greatest|big|one|only|new|current|main|guilty)\s+)?(?:obsession|"
    r"pleasure)\s+(?:is|are|has\s+always\s+been)\s+(?P<o>.+)",
    re.I,
)
#: "country is my least favorite", "my least favorite food is liver": what the speaker dislikes
_LEAST_FAVORITE = lazy(
    r"(?:(?:^|,\s*(?:(?:but|and|so)\s+)?|\b(?:but|and|so)\s+)(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+my\s+"
    r"(?:(?:very|absolute|all\s+time)\s+)?least\s+favou?rite\b"
    r"|\bmy\s+(?:(?:very|absolute|all\s+time)\s+)?least\s+favou?rite\s+(?:[\w'-]+\s+){0,2}?(?:is|are)\s+(?P<o2>.+))",
    re.I,
)
#: "waiting in line drives me nuts", "bugs bother me", "crowds make me nervous", "clowns terrify me", "golf bores me":
#: what the speaker cannot bear, named first
_BOTHERS_ME = lazy(
    r"^(?:(?:yes|yeah|sometimes|honestly|also|but|and|oh|well|the)[\s,]+)*(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:really\s+|always\s+|just\s+)?(?:drives?\s+me\s+(?:nuts|crazy|insane|mad|"
    r"up\s+the\s+wall|bananas)|bothers?\s+me|bores?\s+me|annoys?\s+me|gets?\s+on\s+my\s+nerves|irritates?\s+me|grosses?\s+me\s+out|"
    r"creeps?\s+me\s+out|(?P<feel>freaks?\s+me\s+out|stress(?:es)?\s+me\s+out|upsets?\s+me|"
    r"(?:really\s+|truly\s+)?(?:scares?|terrif(?:y|ies)|frightens?)\s+me(?!\s+(?:less|away|off)\b)|"
    r"makes?\s+me\s+(?:feel\s+)?(?:(?:so|really|very|super|kind\s+of|kinda|a\s+little|a\s+bit)\s+)?"
    r"(?:uncomfortable|nervous|anxious|sick|awkward|upset|angry|mad|gassy|nauseous|queasy|itch|itchy|sneeze|cringe)))\b",
    re.I,
)
#: "magic shows cheer me up", "music makes me happy", "baking relaxes me": what the speaker likes, named first
_CHEERS_ME = lazy(
    r"^(?:(?:yes|yeah|also|honestly|but|and|oh|well|the)[\s,]+)*(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:really\s+|always\s+|just\s+|definitely\s+)?(?:cheers?\s+me\s+up|relax(?:es)?\s+me|calms?\s+me\s+down|"
    r"puts?\s+me\s+in\s+a\s+good\s+mood|makes?\s+me\s+(?:so\s+|really\s+|very\s+|super\s+)?(?:happy|smile|"
    r"feel\s+(?:so\s+)?(?:good|better|happy|alive|relaxed|calm|free)))\b",
    re.I,
)
#: "what makes me happy is gardening", "the thing that makes me smile most is my garden": what the speaker likes, named
#: last (not "what makes me happy is when the kids laugh", a moment rather than a thing)
_CHEERS_ME_LAST = lazy(
    r"\b(?:what|the\s+(?:one\s+)?thing(?:\s+that)?)\s+(?:really\s+|always\s+)?(?:makes?\s+me\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:happy|happiest|smile|laugh|feel\s+(?:good|happy|alive))|cheers\s+me\s+up|relaxes\s+me)\s*,?\s+(?:(?:the\s+)?most\s+)?"
    r"(?:is|are)\s+(?!(?:when|if|that|how|because|just|not|it|this|that|being)\b)(?P<o>.+)",
    re.I,
)
_NOT_BOTHERING = frozenset("it that this he she they you everything something nothing anything people what my our his her "
                           "your their".split())
#: "blue and red are my favorite colors", "which is why blue is my favorite color", "purple has always been my favorite
#: color" (with "has been", only with the kind: "bruno has always been my favorite" may be a person): the things named
#: first, read on the
#: whole sentence (a list is not cut at its "and")
_FAV_WORD = (r"(?!(?:i|you|we|he|she|it|its|they|them|that|this|these|those|so|since|because|only|even|just|oh|wow|well|hmm|"
             r"neat|cool|yes|yeah|no|lol|haha|but|though|is|are|was|were|my|your|which|who|what|and|or|also|now|then)\b)[a-z][\w'-]*")
_THING_FAVORITE = lazy(
    rf"(?:^|,\s*|\b(?:why|but|and|so|because|cause|cuz|coz|since|plus)\s+)(?P<o>{_FAV_WORD}(?:\s+(?:and\s+|&\s+)?{_FAV_WORD}){{0,3}}?)\s+"
    r"(?:is|are|(?:has|have)\s+(?:always\s+|forever\s+|long\s+)?been(?=\s+(?:[\w'-]+\s+){1,3}?(?:favou?rites?|faves?|favs?)\s+[a-z]))\s+(?:(?:definitely|also|still|by\s+far|both|all|easily|"
    r"probably|always)\s+)?my\s+"
    r"(?:(?:all\s+time|absolute|most|very|two|three|top|personal|ultimate|number\s+one)\s+)?(?:favou?rites?|faves?|favs?)\b",
    re.I,
)
#: "my favorite animal , the panda .", "my favorite movie , which is titanic .": the thing set after it, ending the sentence
_FAVORITE_APPOSED = lazy(
    r"\bmy\s+(?:(?:all\s+time|absolute|very|personal)\s+)?favou?rite\s+(?P<cat>band|show|movie|film|book|song|singer|artist|"
    r"author|team|game|food|drink|colou?r|season|sport|animal|place|restaurant|series|album|actor|actress|musician|group|"
    r"holiday|city|fruit|dessert|snack|meal|candy|flower|car|genre|hobby|pastime)\s*,\s*(?P<which>which\s+(?:is|are)\s+|"
    r"that\s+is\s+|namely\s+)?(?:the\s+|a\s+|an\s+)?(?P<o>[a-z0-9][\w'-]*(?:\s+[\w'-]+){0,3}?)\s*[.!]*$",
    re.I,
)
#: Words that begin a judgment rather than a name after "my favorite movie , which is ..."
_NOT_NAMED = frozenset("so very really great awesome amazing good nice cool fun funny the best why what how where when not also "
                       "always still probably".split())
#: "he did not like my favorite color orange": the colour named after
_FAVORITE_COLOR_NAMED = lazy(r"\bmy\s+(?:favou?rite|faves?|favs?)\s+colou?r\s+(?P<c>[a-z]+)\b", re.I)
_PRONOUNS = frozenset("it its that this they those these he she which what them who one mine everything all both".split())
#: "i am about to go hiking , which i love to do": the thing the clause before ends on
_WHICH_I_LIKE = lazy(
    rf"^(?P<before>.*?[a-z])\s*,?\s+which\s+(?:i|we)\s+{_ADV}(?P<v>love|like|enjoy|adore)"
    r"(?:\s+(?:to\s+do|doing|so\s+much|very\s+much|a\s+lot|too|as\s+well))*\s*[.!]*$",
    re.I,
)
#: Words after which the noun phrase a clause ends on begins: a verb, a copula, an article or a preposition.
_BEFORE_NP = frozenset(
    "is are was a an the some and of with in on at for got get love like eat eating drink drinking watch watching "
    "read reading wear wearing had have has to "
    # what one ate, made or did: "i ate sushi , my favorite food", "we watched Up , my favorite movie"
    "ate eats drank drinks made makes cooked cooks baked bakes ordered orders watched wore played plays bought tried "
    "playing".split()  # "been playing video games , my favorite activity"
)


def _last_np(text: str) -> str | None:
    """The noun phrase (up to three words) ``text`` ends on: "i got for christmas" -> "christmas"."""
    words = text.split()
    for n in range(1, min(3, len(words)) + 1):
        if n == len(words) or words[-n - 1].lower() in _BEFORE_NP:
            return " ".join(words[-n:])
    return None


#: "(walking) with my dog", "(a picnic) for our kids": one's own after a preposition, with whom a doing is done
_WITH_OWN = lazy(r"\b(?:with|for|to|at|on|in)\s+(?:my|our)\s+(?:[\w'-]+\s+)?[\w'-]+$", re.I)
#: What "my favorite thing" and its like say of a doing, not of the kind of a thing named ("pet", "food")
_DOINGS = frozenset("thing things activity activities pastime hobby part time".split())
#: "it was hard (, my favorite part)", "that was the best": what "it" was like, said before "my favorite"
_SAID_OF_IT = lazy(r"(?:^|\s)(?:it|that|this|which)\s+(?:is|was|'s)\s+(?:(?:so|really|very|pretty|super|quite|just|also|by\s+far)\s+)*"
                   r"(?:the\s+(?:best|worst|greatest|most\s+\w+|\w+est)|(?-i:[a-z])[\w-]*)$", re.I)
_NEGATED = lazy(r"\b(?:not|never|no)\b", re.I)
_GO = lazy(r"^(?:go|going|went)\s+(?=\w+ing\b)", re.I)
_NOT_THINGS = frozenset("it that this there here which what life hard well together again alone everything".split())
#: Verbs a doing said before "i love it" begins with, which is no thing named ("sell cars i like them")
_DOING_VERBS = frozenset("sell buy live play make eat drink watch read go work do get have take see cook bake love like "
                         "run walk ride drive write sing dance swim travel visit stay".split())
#: What one praises at hand before "i love it", no kind of thing liked ("(great) song i love it", "(nice) place i love it")
_AT_HAND = frozenset("place area town city house home room job work day days week weekend weather time view idea name "
                     "one thing things stuff show song songs movie picture pic pics photo photos colour color plan "
                     "story outfit dress shirt hair look car".split())


def scan_clefts(clause: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record what ``clause`` says the speaker likes, dislikes, does for fun or does well in a cleft, an
    exception or "X is my hobby"."""
    low = clause.lower()
    says_i = " i " in f" {low} "
    if not (says_i or " my " in f" {low}" or " me" in f" {low}" or " mine" in low) or _NEGATED.search(clause):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    m = (_THING_FIRST.search(clause) or _THING_LAST.search(clause)) if says_i and ("what i " in low or "thing" in low or " the " in f" {low}") else None
    if m is not None:
        predicate = "dislikes" if m.group("v").lower() in ("hate", "dislike") or "stand" in m.group("v") else "likes"
        if predicate == "likes" and m.group("kind") and m.group("most"):
            predicate = "favorite"  # "blue is the colour i like best": the favourite colour
        for obj in object_list(m.group("o"), "np"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, predicate, Entity(obj, "Thing"), 0.6, None))
    m = _THING_I_DO.search(clause) if says_i and ("what i " in low or "all i " in low) else None
    if m is not None and m.group("o").split()[0].lower() not in _NOT_BOTHERING:
        predicate = "hobby" if m.group("do") else "owns" if m.group("own") else "habit" if m.group("drink") else "skill"
        for obj in object_list(m.group("o"), "np" if m.group("own") or m.group("drink") else "activity"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, predicate, Entity(f"drink {obj}" if m.group("drink") else obj, "Thing"), 0.6, None))
    m = _THING_HOBBY.search(clause) if " my " in f" {low}" else None
    if m is not None:
        predicate = "hobby" if m.group("k").lower().startswith(("hobb", "pastime")) else "skill"
        for obj in object_list(m.group("o"), "activity"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, predicate, Entity(obj, "Thing"), 0.65, None))
    m = (_THING_PASSION.search(clause) or _MY_PASSION.search(clause)) if " my " in f" {low}" or " mine" in low else None
    if m is not None:
        for obj in object_list(m.group("o") or m.group("o2"), "np"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, "likes", Entity(obj, "Thing"), 0.6, None))
    m = _LEAST_FAVORITE.search(clause) if "least" in low else None
    if m is not None:
        for obj in object_list(m.group("o") or m.group("o2"), "np"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, "dislikes", Entity(obj, "Thing"), 0.6, None))
    m = _BOTHERS_ME.match(clause) if " me" in low or "nerves" in low else None
    if m is not None and m.group("feel") and m.group("o")[0].isupper():
        m = None  # "Ross upsets me": how the speaker feels about a person, not a thing disliked
    if m is not None and m.group("o").split()[0].lower() not in _NOT_BOTHERING:
        gerund = m.group("o").split()[0].lower().endswith("ing")  # "waiting in line": the whole doing
        for obj in [m.group("o").lower()] if gerund else object_list(m.group("o"), "np"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, "dislikes", Entity(obj, "Thing"), 0.6, None))
    m = _CHEERS_ME.match(clause) if " me" in low else None
    if m is not None and not m.group("o")[0].isupper() and m.group("o").split()[0].lower() not in _NOT_BOTHERING:
        gerund = m.group("o").split()[0].lower().endswith("ing")  # "playing guitar": the whole doing
        for obj in [m.group("o").lower()] if gerund else object_list(m.group("o"), "np"):
            if obj.lower() not in _NOT_THINGS:
                out.append((speaker, "likes", Entity(obj, "Thing"), 0.6, None))
    m = _CHEERS_ME_LAST.search(clause) if " me " in f" {low} " else None
    style = "activity" if m is not None and m.group("o").split()[0].lower().endswith("ing") else "np"  # "sleeping in"
    for obj in object_list(m.group("o"), style) if m is not None else ():
        if obj.lower() not in _NOT_THINGS:
            out.append((speaker, "likes", Entity(obj, "Thing"), 0.6, None))
    m = _EXCEPT.search(clause) if says_i and ("except" in low or " but " in low) else None
    if m is not None:
        for obj in object_list(m.group("o")):
            out.append((speaker, "dislikes", Entity(obj, "Thing"), 0.6, None))
    m = _FRONTED.match(clause) if says_i and (" it" in low or " them" in low) else None
    if m is not None and not re.search(rf"(?:^|[.!?]\s*)(?:(?:yes|yeah|oh|well|and|so)\s*,?\s*)*{re.escape(low.strip())}",
                                       turn.text.lower()):
        m = None  # said so only at a sentence's start ("... and live alone i love it": a doing, not a thing named first)
    parts = re.split(r"\s+(?:or|and)\s+", m.group("o")) if m is not None else []
    things = [said_alone(part) if part.split()[0].lower() not in _DOING_VERBS else None for part in parts]
    if m is not None and all(thing is not None and thing.label.split()[-1] not in _AT_HAND for thing in things):
        # "kayak or canoe i just love it" (not "cool i love it", "the view i love it", "(nice) place i love it")
        predicate = "dislikes" if m.group("v").lower() == "hate" else "likes"
        out.extend((speaker, predicate, thing, 0.6, None) for thing in things if thing is not None)
    state.collect(out)


def scan_favorite_after(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"christmas , my favorite holiday": the thing before "my favorite" is the speaker's favorite; so are the things
    of "blue and red are my favorite colors" (read whole: the clauses would cut the list at "and").

    >>> from kg_memory.types import Turn
    >>> turn = Turn("c", "1", "Ann", "x")
    >>> state = TurnState()
    >>> scan_favorite_after("all of my flowers are purple , my favorite color .", turn, Discourse([turn]), state)
    >>> [(p, o.label) for _, p, o, _, _ in state.facts]
    [('favorite', 'purple')]
    """
    low = sentence.lower()
    if "best" in low:  # "blue is the best color", "the best band around is rancid": a favourite too
        state.collect([(discourse.speaker(turn), "favorite", Entity(o, "Thing"), 0.6, None) for o in best_of_kind(sentence)])
    if "fav" not in low:
        return
    speaker = discourse.speaker(turn)
    if _NEGATED.search(sentence):
        return
    state.collect(kin_favorites(sentence, turn, discourse))  # "my brother's favorite color is green": his, not mine
    named = _FAVORITE_COLOR_NAMED.search(sentence)
    if named is not None and named.group("c").lower() in COLORS:  # "wearing my favorite color orange"
        state.collect([(speaker, "favorite", Entity(named.group("c").lower(), "Thing"), 0.6, None)])
    apposed = _FAVORITE_APPOSED.search(sentence)
    if apposed is not None and apposed.group("o").split()[0].lower() not in _NOT_NAMED | _PRONOUNS \
            and not re.search(r"(?:ing|ed)$", apposed.group("o").split()[0].lower()):
        predicate = "hobby" if apposed.group("cat").lower() in ("hobby", "pastime") else "favorite"
        state.collect([(speaker, predicate, Entity(o, "Thing"), 0.6, None) for o in object_list(apposed.group("o"), "np")])
    first = _THING_FAVORITE.search(sentence)
    if first is not None and first.group("o").split()[0].lower() not in _PRONOUNS:
        things = [o for o in object_list(first.group("o"), "np") if o.lower() not in _NOT_THINGS]
        state.collect([(speaker, "favorite", Entity(o, "Thing"), 0.6, None) for o in things])
    m = _FAVORITE_AFTER.match(sentence) if "favorite" in low else None
    if m is None:
        return
    before = m.group("before").split()
    if (m.group("cat") or "").lower() in ("color", "colour", "colors", "colours") and before[-1].lower() in COLORS:
        state.collect([(speaker, "favorite", Entity(before[-1].lower(), "Thing"), 0.6, None)])  # "paint it purple , my favorite color"
        return
    if _SAID_OF_IT.search(m.group("before")):
        return  # "it was hard , my favorite part": how it was, no thing named
    if (m.group("cat") or "thing").lower() in _DOINGS and _WITH_OWN.search(m.group("before")):
        return  # "i like walking with my dog , my favorite thing": the walks are, not the dog
    last = _last_np(m.group("before"))
    thing = object_list(last)[:1] if last else []
    if thing and thing[0].lower() not in _NOT_THINGS and thing[0].lower() != (m.group("cat") or "").lower():
        state.collect([(speaker, "favorite", Entity(thing[0], "Thing"), 0.6, None)])



_ARTICLES = frozenset("a an the some my".split())
_PLACE_PREPOSITIONS = frozenset("in at on to from into near by".split())


def _np_done(text: str) -> str | None:
    """The thing (one or two words) ``text`` ends on after a verb or an article: "go hiking" -> "hiking", "drinking
    some iced tea" -> "iced tea"; None after a place ("a walk in the park") or inside a longer phrase ("a client sent
    flowers")."""
    words = text.split()
    for n in (1, 2):
        if n >= len(words):
            return None
        before = words[-n - 1].lower()
        if before in _BEFORE_NP or before in ("go", "going", "went") and words[-1].endswith("ing"):
            if before in _ARTICLES and n + 1 < len(words) and words[-n - 2].lower() in _PLACE_PREPOSITIONS:
                return None
            return " ".join(words[-n:])
    return None


def scan_which_i_like(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"i am about to go hiking , which i love to do": the thing before "which i love" is what the speaker likes.

    >>> turn = Turn("c", "1", "Ann", "x")
    >>> state = TurnState()
    >>> scan_which_i_like("i am about to go hiking , which i love to do", turn, Discourse([turn]), state)
    >>> [(p, o.label) for _, p, o, _, _ in state.facts]
    [('likes', 'hiking')]
    """
    m = _WHICH_I_LIKE.match(sentence) if "which" in sentence.lower() else None
    if m is None or _NEGATED.search(sentence):
        return
    last = _np_done(m.group("before"))
    thing = object_list(last, "np")[:1] if last else []
    if thing and thing[0].lower() not in _NOT_THINGS:
        state.collect([(discourse.speaker(turn), "likes", Entity(thing[0], "Thing"), 0.6, None)])

"""What English speakers say about the people around them, when the person is "you", "he" or "she":
"you are my best friend", "he is my son", "I am your boss", "your sister Monica", "I love you",
"I am so in love with him", "you are a horrible person", "Judy and I went to high school together",
"I like living with Joey", "I am friends with her", and a parent addressed as one ("Bye, Dad!").

"You" is the person the turn speaks to (:meth:`~kg_memory.extract.pronouns.Discourse.addressed`:
the other speaker of a two-person conversation, the name the turn calls out, or the speaker of the
turn before), "he" and "she" the last person mentioned whose gender fits. Nothing is read from a
sentence with a negation, a condition or a modal in it (the caller checks), nor from a question.
A relative found here is named, so the placeholder "Ann's son" that :mod:`.mentions` would make for
the same "my son" is not made (:attr:`.mentions.TurnState.resolved_kin`).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> turns = [Turn("c", "1", "Ann", "Hi Bob."), Turn("c", "2", "Bob", "You are my best friend.")]
>>> state = TurnState()
>>> scan_people("You are my best friend.", turns[1], Discourse(turns), state)
>>> [(s.label, p, o.label) for s, p, o, _, _ in state.facts]
[('Bob', 'friend', 'Ann')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from ...gazetteer import gazetteer_id
from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from ..timeexpr import find_time
from ..title_praise import judged_skill
from .come_for import came_for
from .kin_answerer import kin_answerer
from .kin_spoken_of import not_the_parent_called
from .lexicon import DEMONYMS, KIN, KIN_MODS, KIN_PREDICATE, NAME, NOT_NAMES, OBJECT_PRONOUNS, STOP
from .mentions import CLOSE_MODS, TurnState
from .objects import is_job, owned_entity
from .sentence_calls import sentence_opening
from .split_words import PARTED
from .taken_up import taken_up

__all__ = ["addressee_of", "called_name", "scan_breakups", "scan_people", "scan_schoolmates", "scan_vocative_kin", "third_of"]

#: "you are my friend", "he is one of my best friends", "she was my girlfriend", "he is your brother" (the addressee's),
#: "he is my old college roommate" (a roommate at school is a schoolmate too), "you must be my roommate!" (greeted).
_IS_MY = lazy(
    rf"(?<![\w'])(?P<who>you|he|she)\s+(?:are|were|is|was|(?<=you\s)must\s+be)\s+(?:(?:really|also|still|always|"
    rf"now|officially|just|seriously|totally|truly|definitely|actually)\s+)*(?:one\s+of\s+)?(?P<poss>my|our|your)\s+"
    rf"{CLOSE_MODS}{KIN_MODS}(?P<school>(?:college|high\s+school|school)\s+)?(?P<noun>{KIN})(?![\w'-])",
    re.I,
)
#: "he is a friend of mine", "Dennis is a dear old friend of ours".
_OF_MINE = lazy(
    rf"(?<![\w'])(?:(?P<who>(?i:you|he|she))|(?P<name>{NAME}))\s+(?i:is|are|was|were)\s+(?i:(?:also|still|just|really)\s+)?"
    r"(?i:an?\s+(?:(?:good|old|close|dear|great|very|really|best)\s+)*)(?P<noun>(?i:friend|colleague|coworker|neighbou?r|"
    r"cousin|client|roommate|classmate|acquaintance))\s+(?i:of\s+(?:mine|ours))\b")
#: "I am your boss", "I am his friend": the speaker is the relative.
_I_AM_YOUR = lazy(
    rf"(?<![\w'])i\s+(?:am|was)\s+(?:(?:really|also|still|always|now|officially|actually)\s+)*(?:one\s+of\s+)?"
    rf"(?P<poss>your|his|her)\s+{KIN_MODS}(?P<noun>{KIN})(?![\w'-])(?!\s+{KIN}\b)",  # not "your best friends daughter"
    re.I,
)
#: "your sister Monica", "his boss, Doug": a named relative of the addressee or of a third person.
_POSS_NAMED = lazy(
    rf"(?<![\w'])(?P<poss>(?i:your|his|her))\s+(?i:{KIN_MODS})(?P<noun>(?i:{KIN}))\s*,?\s+(?P<name>{NAME})")
_TITLED = lazy(r"(?:Mr|Mrs|Ms|Dr)\.\s")
_SENTENCE_ENDS = lazy(r"\s*(?:[.!?…]|$)")
_POSITIVE_VERBS = r"love|adore|like|miss|(?:have\s+)?always\s+(?:liked|loved|adored)|am\s+(?:(?:so|still|really|totally|madly|completely|falling)\s+)*in\s+love\s+with|" \
    r"(?:have|had)\s+(?:a\s+)?(?:huge\s+|big\s+|major\s+|little\s+|secret\s+)?crush\s+on|am\s+(?:so\s+|really\s+)?crazy\s+about"
_NEGATIVE_VERBS = r"hate|despise|cannot\s+stand|am\s+(?:(?:so|really|still)\s+)*(?:mad|angry|furious|pissed)\s+at"
#: "I love you", "I am in love with her", "I cannot stand him": how the speaker feels about a person.
_FEEL = lazy(
    r"(?<![\w'])(?:i|we)\s+(?:(?:really|just|still|truly|totally|do|also|so|absolutely|kind\s+of|kinda|sort\s+of|"
    rf"always|actually|think\s+i)\s+)*(?:(?P<pos>{_POSITIVE_VERBS})|(?P<neg>{_NEGATIVE_VERBS}))\s+"
    r"(?:(?P<him>him)\b|(?P<her>her)(?=\s*(?:[.!,;]|$|so\b|too\b|very\b|a\s+lot\b|more\b|and\b|but\b))|"
    r"(?P<you>you)(?![\w'])(?!\s+(?:guys|all|two|both|people|to)\b))",
    re.I,
)
#: "you are a nurse", "you are a great actor": the addressee's job (a two-person conversation's "you" is read by
#: the copula rule already).
_YOU_ARE_JOB = lazy(
    r"(?<![\w'])you\s+(?:are|were)\s+(?:(?:still|now|also|really|just|actually)\s+)*(?:a|an)\s+"
    r"(?:(?:great|good|wonderful|terrible|bad|real|professional|amazing|talented|brilliant|famous)\s+)?"
    r"(?P<j>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[.!,;]|$|at\b|in\b|for\b|and\b|but\b|now\b|too\b))",
    re.I,
)
#: "I was married to her", "you are engaged to Ross", "he is dating her": the subject's spouse or partner.
_MARRIED_TO = lazy(
    r"(?<![\w'])(?P<s>i|you|he|she)\s+(?:am|are|is|was|were|have\s+been|has\s+been|got|am\s+getting|are\s+getting|is\s+getting)\s+"
    r"(?:(?:still|now|just|already|secretly|really|happily)\s+)*(?P<v>married\s+to|engaged\s+to|dating|going\s+out\s+with|seeing|marrying)\s+"
    rf"(?:(?P<him>him)\b|(?P<her>her)(?=\s*(?:[.!,;]|$|and\b|but\b|now\b|for\b))|(?P<you>you)(?![\w'])|(?P<me>me)\b|(?P<name>(?-i:{NAME})))",
    re.I,
)
#: "I married you", "I dumped him", "I broke up with her" ("I left you" is too often "I left you a note").
_I_MARRIED = lazy(
    r"(?<![\w'])i\s+(?:(?:just|finally|actually|already)\s+)*(?:(?P<wed>married)|(?P<end>dumped|broke\s+up\s+with))\s+"
    r"(?:(?P<him>him)\b|(?P<her>her)(?=\s*(?:[.!,;]|$|and\b|but\b|for\b))|(?P<you>you)(?![\w']))",
    re.I,
)
#: "I am Rachel's boyfriend": the speaker is the named person's relative.
_I_AM_NAMES = lazy(rf"(?<![\w'])(?i:i)\s+(?i:am|was)\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:,|\.\.\.|…)\s*)?"
                   rf"(?P<owner>{NAME})'s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{KIN_MODS})"
                   rf"(?P<noun>(?i:{KIN}))(?![\w'-])")
#: "we are married", "we are getting married", "we are engaged": said of the speaker and one other person (not "we
#: got married", often told of a past spouse: "I was with Carol for years before we got married").
_WE_WED = lazy(
    r"(?<![\w'])we\s+(?:are|have\s+been|just\s+got)\s+(?:(?:still|now|just|happily|finally|officially|getting)\s+)*"
    r"(?P<v>married|engaged)\b(?!\s+to\b)",
    re.I,
)
_GOOD = r"wonderful|amazing|incredible|great|sweet|beautiful|gorgeous|brilliant|fantastic|awesome|lovely|kind|generous|" \
    r"funny|smart|cute|attractive|charming|adorable|talented|handsome|hilarious|sexy|fabulous|terrific"
_BAD = r"horrible|terrible|awful|mean|selfish|evil|disgusting|creepy|cruel|rude|nasty|despicable|pathetic|annoying|" \
    r"obnoxious|stupid|arrogant|controlling|manipulative|heartless|immature"
#: "you are a horrible person", "she is so sweet", "you are an amazing friend".
_JUDGE = lazy(
    r"(?<![\w'])(?P<who>you|he|she)\s+(?:are|is|were|was)\s+(?:(?:such|so|really|truly|just|a|an|the|most|very|also|always|"
    r"still|totally|incredibly|extremely)\s+)*"
    rf"(?:(?P<good>{_GOOD})|(?P<bad>{_BAD}))(?:[\s,]+(?:(?:and\s+)?(?:{_GOOD}|{_BAD})\s*,?\s*)*)?"
    r"(?:\s*(?:person|man|woman|guy|girl|friend|human\s+being|people))?\s*(?:[.!,;]|$)",
    re.I,
)
#: "she thinks (you are cute)", "my friend thinks", "he said he thought (you were charming)": another's view, not the speaker's.
_OTHERS_VIEW = lazy(r"(?<![\w'])(?!(?:i|we|really|just|also|still|always|do|honestly|truly|actually|seriously)\s)[\w'’]+\s+(?:(?:really|just|also|still|always)\s+)*(?:thinks|think|"
                    r"thought|says|said|feels|felt|believes|believed|told\s+\w+)\s+(?:that\s+)?$", re.I)
#: "I find you very attractive", "I found him so annoying": what the speaker makes of someone.
_FIND = lazy(
    r"(?<![\w'])i\s+(?:(?:really|just|still|actually|suddenly|always)\s+)*(?:find|found)\s+(?P<who>you|him|her)\s+"
    rf"(?:(?:so|very|really|incredibly|extremely|quite|totally)\s+)*(?:(?P<good>{_GOOD})|(?P<bad>{_BAD}))\s*(?:[.!,;]|$)",
    re.I,
)
#: "I miss Emily", "we really miss Ross": a person the speaker misses is one they think well of (not a place: "I miss Paris")
_MISS_NAMED = lazy(rf"(?<![\w'])(?i:i|we)\s+(?i:(?:really|just|still|so|already|truly|do|kind\s+of|kinda|sure)\s+)*(?i:miss)\s+"
                   rf"(?P<name>{NAME})(?![\w'’-])")
_ENDS = r"(?=\s*(?:[.!,;]|$|and\b|but\b|too\b))"
_KIND = r"(?:guy|person|man|woman|girl|boy|friend|kid|lady|dad|mom|father|mother|boss|husband|wife|boyfriend|girlfriend)"
#: "Ross is such a sweet guy", "I think Gavin is a jerk": what the speaker thinks of someone named, said as the
#: sentence's own statement (not "Monica thinks Ross is a jerk", "if Ross is a jerk", "is Ross a jerk?"); only words
#: said of people ("Paris is beautiful" is none).
_JUDGE_NAMED = lazy(
    r"^(?:(?:well|oh|and|but|so|look|honestly|yeah|okay|ok)\s*,?\s+)*(?:(?:i|we)\s+(?:(?:really|just|still|always)\s+)?"
    r"(?:think|thought|guess|know|knew|believe|mean|swear)\s+(?:that\s+)?)?"
    rf"(?P<name>(?-i:{NAME}))\s+(?:is|was)\s+(?:(?:such|so|really|truly|just|a|an|the|most|very|kind\s+of|totally|"
    r"being|always|still|actually)\s+)*"
    rf"(?:(?P<good>(?:sweet|kind|generous|adorable){_ENDS}|(?:sweetheart|angel|genius|(?:{_GOOD}|good|nice|terrific)\s+{_KIND})\b)"
    rf"|(?P<bad>(?:mean|selfish|cruel|rude|creepy|obnoxious|arrogant){_ENDS}|(?:jerk|idiot|moron|creep|liar|loser|"
    rf"(?:{_BAD}|bad|lousy)\s+{_KIND})\b))(?![\w'-])",
    re.I,
)
#: "Judy and I went to high school together", "I went to college with him", "we were in school together".
_SCHOOL = r"(?:high\s+school|grade\s+school|junior\s+high|middle\s+school|elementary\s+school|school|college|" \
    r"university|grad\s+school|med\s+school|medical\s+school|law\s+school|summer\s+camp|camp)"
_SCHOOLMATES = lazy(
    rf"(?<![\w'])(?:(?P<a>{NAME})\s+(?i:and)\s+(?i:i)|(?P<we>(?i:we))|(?i:i)|(?P<c>{NAME}|(?i:he|she|you)))\s+(?i:(?:both|all|also|even)\s+)?"
    rf"(?i:went|were|was|used\s+to\s+go|go)\s+(?i:to|in|at)\s+(?i:the\s+same\s+)?(?i:{_SCHOOL})\s+"
    rf"(?:(?i:together)|(?i:with)\s+(?:(?P<me>(?i:me))|(?P<b>{NAME}|(?i:him|her|you))))(?![\w'])")  # "Doug went to college with me"
#: "I like living with Joey", "we moved in with her", "I live with you", "I share a flat with Kev".
_LIVE_WITH = lazy(
    r"(?<![\w'])(?:i|we)\s+(?:(?:really|still|just|also|will|am|going\s+to|like|love|enjoy|miss|used\s+to|have|"
    r"have\s+been|was|started|kind\s+of|kinda)\s+)*(?:live|lived|living|moved\s+in|moving\s+in|move\s+in|"
    r"shar(?:e|ed|ing)\s+(?:an?|the|my|our|this)\s+(?:apartment|flat|house|place|room|dorm|condo|loft))\s+"
    rf"(?:together\s+)?with\s+(?:(?P<him>him)|(?P<her>her)(?=\s*(?:[.!,;]|$|and\b|but\b|now\b))|(?P<you>you)(?![\w'])(?!\s+(?:guys|all|two)\b)|"
    rf"(?P<name>(?-i:{NAME})))",
    re.I,
)
#: "I am friends with her", "we are still good friends with Ross".
_FRIENDS_WITH = lazy(
    r"(?<![\w'])(?:i\s+am|we\s+are|i\s+was|we\s+were|i\s+have\s+been|we\s+have\s+been)\s+(?:(?:still|really|just|good|best|"
    r"close|old|great|also|now)\s+)*friends\s+with\s+(?:(?P<him>him)|(?P<her>her)(?=\s*(?:[.!,;]|$|and\b|but\b|now\b))|"
    rf"(?P<you>you)(?![\w'])(?!\s+(?:guys|all|two)\b)|(?P<name>(?-i:{NAME})))",
    re.I,
)
#: "I am in love with Yasmine", "you have a crush on her", "Joey is falling for Kate", "he loves you": feelings for
#: someone said with a phrase ("I love Joey" is a liking of the verb table).
_FEEL_FOR = lazy(
    rf"(?<![\w'])(?P<s>i|we|you|he|she|(?-i:{NAME}))\s+(?:(?:am|are|is|was|were|have\s+been|has\s+been|have|has|had|"
    r"really|still|so|totally|madly|completely|deeply|secretly|always|also|just|kind\s+of|kinda|been|do|does|did)\s+)*"
    r"(?P<v>(?:(?:romantic|real|strong|loving|deep|serious|sexual)\s+)?feelings\s+for|never\s+stopped\s+loving|in\s+love\s+with|falling\s+for|fallen\s+for|(?:a|an|this|such\s+a)\s+(?:huge\s+|big\s+|major\s+|little\s+|small\s+|enormous\s+|massive\s+|serious\s+)?crush\s+on|"
    r"crazy\s+about|nuts\s+about|loves|adores)\s+"
    r"(?:(?P<him>him)\b|(?P<her>her)(?=\s*(?:[.!,;]|$|and\b|but\b|too\b|now\b|so\b))|(?P<you>you)(?![\w'])(?!\s+(?:guys|all|two|both)\b)|"
    rf"(?P<me>me)\b|(?P<name>(?-i:{NAME}))(?![\w'-]))",
    re.I,
)
#: "we are best friends", "we have been roommates for years": the speaker and the person just named or the other of
#: two speakers.
_WE_ARE = lazy(
    r"(?<![\w'])we\s+(?:are|have\s+been)\s+(?:(?:still|just|really|such|now|also|both|all|officially)\s+)*"
    r"(?:(?:best|good|close|old|great|really\s+good)\s+)?(?P<rel>friends|roommates|neighbou?rs|cousins|colleagues|co-?workers)\b",
    re.I,
)
#: "Pete dumped me", "Pete's breaking up with me", "he broke up with me": a partner who ended it.
_DUMPED_ME = lazy(
    r"(?<![\w'])(?P<name>(?i:he|she)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|\s+is|\s+has|\s+just|\s+finally)*\s+(?i:(?:just|finally)\s+)?"
    r"(?P<v>(?i:dumped|broke\s+up\s+with|breaking\s+up\s+with|divorced|divorcing|is\s+divorcing))\s+(?i:me)\b")
_CAPITALISED = lazy(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'-]*")
_AFTER_PREPOSITION = lazy(r"\b(?i:at|in|from|for|to|with|of|on|near|by)\s+$")
_PARENT_WORDS = {"mom": "parent", "mommy": "parent", "mother": "parent", "dad": "parent", "daddy": "parent",
                 "father": "parent", "mama": "parent", "papa": "parent", "mum": "parent", "ma": "parent", "pa": "parent",
                 "mami": "parent", "papi": "parent", "grandma": "relative", "grandpa": "relative", "granny": "relative"}
_LEAD = r"(?:(?:oh|ohh|bye|goodbye|thanks|thank\s+you|hi|hey|hello|night|good\s+night|morning|good\s+morning|okay|ok|" \
    r"well|yes|yeah|no|please|come\s+on|sorry|look|listen|love\s+you|i\s+love\s+you|but|so|actually|see|now|uh|um)[\s,!.]+)*"
#: A parent called as one: "Bye, Dad!", "Oh mom, ...", "Thanks for keeping me honest, Dad."
_CALLED = lazy(rf"(?:^|[.!?]\s+)({NAME})\s*,")
_PARENT_WORD = lazy(r"\b(?:mom|mommy|mother|dad|daddy|father|mama|papa|mami|papi|mum|grandma|grandpa|granny|(?-i:[Mm]a|[Pp]a))\b", re.I)
_VOCATIVE_KIN = lazy(
    rf"^{_LEAD}(?P<k>mom|mommy|mother|dad|daddy|father|mama|papa|mami|papi|mum|grandma|grandpa|granny|(?-i:[Mm]a|[Pp]a))\s*(?:[!.,?]|$)"
    r"|,\s*(?P<k2>mom|mommy|dad|daddy|mama|papa|mami|papi|mum|grandma|grandpa|granny|(?-i:[Mm]a|[Pp]a))\s*[!.?]*$"
    r"|(?:\b(?:thanks|thank\s+you|bye|goodbye|night|love\s+you|miss\s+you|hi|hey)|^happy\s+birthday)\s+"  # "thanks dad."
    r"(?P<k3>mom|mommy|dad|daddy|mama|papa|mum|grandma|grandpa|granny)\s*[!.?]*$"  # "... me honest dad.", "what, mommy?"
    r"|(?<!\bcall\s)(?<!\bcalled\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bnot\s)"  # "Are you Dad?": asked who they are
    r"\b(?:what|you|me|us|it|now|too|right|honest|please|again|anyway|though)\s+"
    r"(?P<k4>mom|mommy|dad|daddy|mama|papa|mum)\s*[!.?]*$",
    re.I,
)
#: A word each parent word of :data:`_VOCATIVE_KIN` holds, looked for in the lower-cased sentence first (few have one)
_PARENT_KEYS = ("mom", "mother", "dad", "father", "mama", "papa", "mum", "gran", "ma", "pa")  # "ma", "pa": "Thanks, Ma."
_INTERJECTIONS = ("oh ohh hey hi hello look okay ok well no yes yeah yep listen so and but please uh um er ah bye thanks "
                  "ugh whoa wow gosh geez jeez gee boy huh aw aww oops yay hmm man god sorry wait honey sweetie").split()
_GREETING = rf"(?i:{'|'.join(_INTERJECTIONS)}|come\s+on)"
#: A name the turn calls out: "Ross, ...", "Hi, Ben.", "..., Ross.", "I love you Drake."
_VOCATIVE_START = lazy(rf"^(?:{_GREETING}[\s,!.]+)+(?P<n>{NAME})\s*[,.!]|^(?P<n1>{NAME})\s*,")
_VOCATIVE_END = lazy(rf"(?:,|(?i:\byou))\s*(?P<n2>{NAME})\s*[.!]*$")
#: Words before a comma that call nobody ("Thanks, ...").
_CALLS_NOBODY = frozenset("thanks thank hey hi hello bye goodbye yes yeah no okay ok oh well sorry please look listen "
                          "come good night morning cheers congratulations welcome sure right god man dude honey sweetie "
                          "baby guys everybody everyone sweetheart darling dear babe buddy pal sir kiddo son kid dr mr "
                          "mrs ms miss na naa nah nope yep c'mon cmon y'know y’know "
                          # answers to a bidding, no names: "Coming, Mom.", "Relax, Dad.", "Fine, Mom."
                          "coming wait relax fine alright great exactly seriously really".split()) | frozenset(_INTERJECTIONS)


#: "this is Molly", "that's Molly": a person shown or introduced, whom a later "she" may mean.
_THIS_IS = lazy(rf"(?i:\b(?:this|that)(?:'s|’s|\s+is))\s+(?P<n>{NAME})(?![\w'’-])")


def _named(name: str) -> Entity | None:
    first = name.split()[0].lower()
    if first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or first in DEMONYMS or first in _CALLS_NOBODY \
            or first in ("my", "our", "your", "his", "her", "the", "a", "an", "this", "that") or first[:2] in ("i'", "i’"):
        return None
    return Entity(name, "Person")


def _you(sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The person "you" is in ``sentence``: the other of two speakers, a name called out, or the reply's addressee."""
    other = discourse.addressee(turn)
    if other is not None:
        return other, 0.8
    whole = sentence_opening(sentence, turn.text) or ""  # "Yes ma'am. Rosie, come on, you're my assistant.": Rosie
    for m in (_VOCATIVE_START.search(sentence), _VOCATIVE_END.search(sentence), _VOCATIVE_START.search(whole),
              _VOCATIVE_START.search(turn.text)):
        named = _named(next(n for n in m.groups() if n)) if m else None
        if named is not None and named.label != turn.speaker and not discourse.writes_lower(turn, named.label):
            return named, 0.7
    return discourse.addressed(turn)


def _third(word: str, turn: Turn, discourse: Discourse, sure: bool = False) -> tuple[Entity, float] | None:
    """"he", "him", "his", "she", "her": the last person mentioned whose gender fits (``sure``: whose gender is
    known, or the one person of a first name of that gender named nearby), never a relative known only by an owner
    ("Ann's friend")."""
    gender = MALE if word.lower() in ("he", "him", "his") else FEMALE
    found = discourse.third_person_named(turn, gender) if sure else discourse.third_person(turn, gender)
    return None if found is None or "'s " in found[0].label else found


def addressee_of(sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom "you" in ``sentence`` (of ``turn``) means, with a confidence: the other of two speakers, a name the
    sentence calls out ("Ross, you ...", "..., Joey."), else the person the turn answers.

    >>> ts = [Turn("c", "1", "Ann", "Hi."), Turn("c", "2", "Bob", "Hey."), Turn("c", "3", "Cy", "Joey, you're late.")]
    >>> addressee_of("Joey, you're late.", ts[2], Discourse(ts))[0].label
    'Joey'
    """
    return _you(sentence, turn, discourse)


def called_name(text: str, turn: Turn) -> Entity | None:
    """The person ``text`` (a sentence of ``turn``) calls by name ("Ross, ...", "Hi, Ben.", "Oh Emma, ...", "..., Ross."),
    if any, never the speaker.

    >>> called_name("Oh Emma, I missed you.", Turn("c", "1", "Ross", "")).label
    'Emma'
    """
    for m in (_VOCATIVE_START.search(text), _VOCATIVE_END.search(text)):
        named = _named(next(n for n in m.groups() if n)) if m else None
        if named is not None and named.label != turn.speaker:
            return named
    return None


def third_of(word: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """Whom "he" or "she" (``word``) in ``turn`` means: the last person mentioned whose gender fits, if any."""
    return _third(word, turn, discourse)


def _person(groups: dict[str, str | None], sentence: str, turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    if groups.get("you"):
        return _you(sentence, turn, discourse)
    if groups.get("him"):
        return _third("him", turn, discourse)
    if groups.get("her"):
        return _third("her", turn, discourse)
    name = groups.get("name")
    if name:
        named = _named(name)
        return (named, 0.9) if named is not None else None
    return None


def scan_people(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record how the speaker and "you", "he" or "she" in ``sentence`` are related (see the module)."""
    low = sentence.lower()
    speaker = discourse.speaker(turn)
    out: list[Found] = []

    def add(subject: Entity, predicate: str, obj: Entity, confidence: float) -> None:
        if subject != obj:
            out.append((subject, predicate, obj, round(confidence, 2), None))

    if "this" in low or "that" in low:
        for m in _THIS_IS.finditer(sentence):  # "That's Molly, she's sick": "she" may be Molly from here on
            if (named := _named(m.group("n"))) is not None:
                discourse.mention(turn, named)
    if " my " in f" {low}" or " our " in f" {low}" or " your " in f" {low}":
        for m in _IS_MY.finditer(sentence):
            noun, yours = m.group("noun").lower(), m.group("poss").lower() == "your"
            if yours and m.group("who").lower() == "you":
                continue  # "you are your own boss"
            if KIN_PREDICATE[noun] == "boss" and re.search(r"\bfavou?rite\b", m.group(0), re.I):
                continue  # "you're my favorite manager": praise among managers met, not the speaker's own boss
            who = _you(sentence, turn, discourse) if m.group("who").lower() == "you" else _third(m.group("who"), turn, discourse)
            owner = _you(sentence, turn, discourse) if yours else (speaker, 1.0)  # "he is your brother": the addressee's
            if who is not None and owner is not None and noun not in ("family", "folks", "relatives"):  # "my family": a feeling
                add(owner[0], KIN_PREDICATE[noun], who[0], 0.85 * who[1] * (owner[1] if yours else 1.0))
                if m.group("school") and KIN_PREDICATE[noun] in ("roommate", "friend"):
                    add(owner[0], "classmate", who[0], 0.7 * who[1])  # "my college roommate": at that school too
                if not yours:
                    state.resolved_kin.add(noun)
    if " of mine" in low or " of ours" in low:
        for m in _OF_MINE.finditer(sentence):
            who = (_you(sentence, turn, discourse) if m.group("who").lower() == "you" else
                   _third(m.group("who"), turn, discourse)) if m.group("who") else \
                ((e, 0.9) if (e := _named(m.group("name"))) is not None else None)
            if who is not None:
                add(speaker, KIN_PREDICATE[m.group("noun").lower()], who[0], 0.85 * who[1])
    if "your " in low or "his " in low or "her " in low:
        fetched = came_for(turn.text)  # "I'm here for Tobiah. I'm his stepdad.": his is Tobiah's
        for m in _I_AM_YOUR.finditer(sentence):  # "I'm your boss." - "I'm used to bosses.": the one who takes it up
            poss = m.group("poss").lower()
            owner = (taken_up(m.group("noun"), turn, discourse) or _you(sentence, turn, discourse)) if poss == "your" \
                else (fetched, 0.8) if fetched else _third(poss, turn, discourse, sure=True)
            if owner is not None:
                add(owner[0], KIN_PREDICATE[m.group("noun").lower()], speaker, 0.85 * owner[1])
        for m in _POSS_NAMED.finditer(sentence):
            if _TITLED.match(m.group("name")) and "," not in m.group(0):
                continue  # "You look just like your son Mrs. Tribbiani!": the title is said to the addressee
            poss = m.group("poss").lower()
            if poss == "your" and "," in m.group(0) and _SENTENCE_ENDS.match(sentence, m.end()):
                continue  # "Sorry to hear about your friend, Deb.": Deb is called, the one spoken to
            owner = _you(sentence, turn, discourse) if poss == "your" else (fetched, 0.8) if fetched \
                else _third(poss, turn, discourse, sure=True)
            person = _named(m.group("name"))
            if owner is not None and person is not None and person.label != turn.speaker \
                    and not owner[0].label.startswith(person.label):  # "Deb" is Deborah herself
                noun = m.group("noun").lower()
                add(owner[0], KIN_PREDICATE[noun], person, 0.85 * owner[1])
                discourse.mention(turn, person, gender_of_noun(noun))
    if "love" in low or "like" in low or "miss" in low or "hate" in low or "stand" in low or "crush" in low \
            or "crazy" in low or "despise" in low or " at " in low or "adore" in low:
        for m in _FEEL.finditer(sentence):
            who = _person(m.groupdict(), sentence, turn, discourse)
            if who is not None:
                add(speaker, "positiveImpression" if m.group("pos") else "negativeImpression", who[0], 0.8 * who[1])
    if "miss " in low:
        for m in _MISS_NAMED.finditer(sentence):
            missed = _named(m.group("name"))
            if missed is not None and missed.label != turn.speaker and not gazetteer_id(missed.label, "Place"):
                add(speaker, "positiveImpression", missed, 0.6)
    if "you " in low or "he " in low:  # "you are", "she was", "you were"
        for m in _JUDGE.finditer(sentence):
            if _OTHERS_VIEW.search(sentence, 0, m.start()):
                continue  # "she thinks you are cute": her view
            who = _you(sentence, turn, discourse) if m.group("who").lower() == "you" else _third(m.group("who"), turn, discourse)
            if who is not None:
                add(speaker, "positiveImpression" if m.group("good") else "negativeImpression", who[0], 0.75 * who[1])
    if "find " in low or "found " in low:
        for m in _FIND.finditer(sentence):
            who = _you(sentence, turn, discourse) if m.group("who").lower() == "you" else _third(m.group("who"), turn, discourse)
            if who is not None:
                add(speaker, "positiveImpression" if m.group("good") else "negativeImpression", who[0], 0.75 * who[1])
    named_judge = _JUDGE_NAMED.match(sentence) if " is " in low or " was " in low else None
    judged = _named(named_judge.group("name")) if named_judge and not low.rstrip().endswith("?") else None
    if named_judge and judged is not None and judged.label != speaker.label:
        add(speaker, "positiveImpression" if named_judge.group("good") else "negativeImpression", judged, 0.6)
    if "married" in low or "engaged" in low or "dating" in low or "going out" in low or "seeing" in low or "marrying" in low:
        for m in _MARRIED_TO.finditer(sentence):
            groups = m.groupdict()
            word = groups["s"].lower()
            subj = (speaker, 1.0) if word == "i" else _you(sentence, turn, discourse) if word == "you" \
                else _third(word, turn, discourse)
            obj = (speaker, 1.0) if groups["me"] else _person(groups, sentence, turn, discourse)
            verb = groups["v"].lower()
            if subj is not None and obj is not None and not (word == "i" and groups["name"] and verb != "marrying"):
                add(subj[0], "spouse" if verb.startswith("married") else "partner", obj[0], 0.8 * subj[1] * obj[1])
        for m in _WE_WED.finditer(sentence):
            before = [e for n in _CAPITALISED.finditer(sentence, 0, m.start())  # not "at Intel": a place
                      if not _AFTER_PREPOSITION.search(sentence, 0, n.start()) and (e := _named(n.group())) is not None]
            other = before[-1] if before else discourse.addressee(turn)
            if other is not None:
                married = m.group("v").lower() == "married" and "getting" not in m.group(0).lower()  # "getting married": engaged
                add(speaker, "spouse" if married else "partner", other, 0.6)
    if "married" in low or "dumped" in low or "broke up" in low:
        for m in _I_MARRIED.finditer(sentence):
            who = _person(m.groupdict(), sentence, turn, discourse)
            if who is None or who[0] == speaker:
                continue
            if m.group("wed"):
                add(speaker, "spouse", who[0], 0.8 * who[1])
            else:
                state.endings.append((speaker, "partner", who[0], round(0.75 * who[1], 2), None))
    if any(key in low for key in ("lov", "crush", "crazy", "nuts", "falling", "fallen", "adores", "feelings")):
        _feelings(sentence, turn, discourse, add)
    if low.startswith("we ") or " we " in low:
        for m in _WE_ARE.finditer(sentence):
            before = [e for n in _CAPITALISED.finditer(sentence, 0, m.start())  # not "at Intel": a place
                      if not _AFTER_PREPOSITION.search(sentence, 0, n.start()) and (e := _named(n.group())) is not None]
            other = before[-1] if before else discourse.addressee(turn)
            if other is not None and other.label != turn.speaker:
                add(speaker, KIN_PREDICATE[m.group("rel").lower()[:-1].replace("cowork", "co-work")], other, 0.7)
    if " me" in low:
        for m in _DUMPED_ME.finditer(sentence):
            word = m.group("name")
            if word.lower() in ("he", "she"):  # "he broke up with me": the man last spoken of
                third = _third(word, turn, discourse)
                named = third[0] if third is not None else None
            else:
                named = _named(word)
            if named is not None and named.label != turn.speaker and named != speaker:
                predicate = "spouse" if "divorc" in m.group("v").lower() else "partner"
                state.endings.append((speaker, predicate, named, 0.75, None))
                discourse.mention(turn, named)
    if "'s " in sentence:
        for m in _I_AM_NAMES.finditer(sentence):
            owner_ = _named(m.group("owner"))
            noun = m.group("noun").lower()
            if owner_ is not None and owner_.label != turn.speaker and noun != "partner":  # a cop's partner too
                add(owner_, KIN_PREDICATE[noun], speaker, 0.8)
    if "you are a" in low or "you were a" in low:
        for m in _YOU_ARE_JOB.finditer(sentence):
            job = m.group("j").lower()
            words = job.split()
            if len(words) == 2 and not is_job(job):
                job = words[0]
            if is_job(job) and job.split()[-1] not in KIN_PREDICATE and discourse.addressee(turn) is None \
                    and not judged_skill(m.group(0), job):  # "you're a terrible cook": no job
                who = _you(sentence, turn, discourse)
                if who is not None:
                    out.append((who[0], "jobTitle", job, round(0.8 * who[1], 2), None))
    if " with " in low:
        for m in _LIVE_WITH.finditer(sentence):
            who = _person(m.groupdict(), sentence, turn, discourse)
            if who is not None:
                add(speaker, "roommate", who[0], 0.75 * who[1])
        for m in _FRIENDS_WITH.finditer(sentence):
            who = _person(m.groupdict(), sentence, turn, discourse)
            if who is not None:
                add(speaker, "friend", who[0], 0.8 * who[1])
    for _, _, mentioned, _, _ in out:
        if isinstance(mentioned, Entity):
            discourse.mention(turn, mentioned)  # speakers are never recorded as mentions
    state.collect(out)


def _feelings(sentence: str, turn: Turn, discourse: Discourse, add: Callable[[Entity, str, Entity, float], None]) -> None:
    """"I am in love with Yasmine", "Joey has a crush on her", "he loves you": a positive impression of the person named
    or meant; "he" and "her" are not both resolved in one statement (too many guesses)."""
    for m in _FEEL_FOR.finditer(sentence):
        word = m.group("s").lower()
        if m.group("v").lower() in ("loves", "adores") and word in ("i", "we", "you"):
            continue  # "I loves" is no English; "you loves" neither
        if word in ("i", "we"):
            subj: tuple[Entity, float] | None = (discourse.speaker(turn), 1.0)
        elif word == "you":
            subj = _you(sentence, turn, discourse)
        elif word in ("he", "she"):
            subj = None if m.group("him") or m.group("her") else _third(word, turn, discourse, sure=True)
        else:
            named = None if _PARENT_WORD.fullmatch(m.group("s")) else _named(m.group("s"))  # "Mommy loves you.": to
            # a baby or a pet, by one who speaks of themself as it calls them; or a parent relayed: no one named
            subj = (named, 0.9) if named is not None else None
        obj = (discourse.speaker(turn), 1.0) if m.group("me") else _person(m.groupdict(), sentence, turn, discourse)
        if subj is not None and obj is not None and not (word in ("i", "we") and m.group("me")):
            add(subj[0], "positiveImpression", obj[0], 0.8 * subj[1] * obj[1])


def scan_vocative_kin(text: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"Bye, Dad!": the speaker's parent (or grandparent) is the person the turn speaks to."""
    word = _kin_word(text, turn.text)
    if word is None:
        return
    who = kin_answerer(text, turn, discourse)  # "Mom, where do you want it?": who answers
    if who is not None and who[0].label != turn.speaker and not _kin_called_elsewhere(turn, word, who[0].label, discourse):
        state.collect([(discourse.speaker(turn), _PARENT_WORDS[word], who[0], round(0.7 * who[1], 2), None)])


def _kin_word(sentence: str, text: str) -> str | None:
    """The parent word ``sentence`` (of the turn ``text``) calls someone ("Bye, Dad!" -> "dad"), if it surely does."""
    low = sentence.lower()
    m = _VOCATIVE_KIN.search(sentence) if any(key in low for key in _PARENT_KEYS) else None
    if m is None or len({w.lower() for w in _PARENT_WORD.findall(text)}) > 1:
        return None  # "Mom, Dad, thanks", "Hi. Mom. Dad.": which one answers is unknown
    if "this is" in text.lower() or any(_named(n) and not _PARENT_WORD.fullmatch(n) for n in _CALLED.findall(text)):
        return None  # "Dad, this is Ross", "Hey dad. Ross, it's Nana": someone else is there to answer
    return (m.group("k") or m.group("k2") or m.group("k3") or m.group("k4")).lower()


def _kin_called_elsewhere(turn: Turn, word: str, addressee: str, discourse: Discourse) -> bool:
    """Whether the dialogue casts doubt on ``addressee`` being the parent ``turn`` calls ``word`` ("Mom"): they call
    someone "Mom" or "Dad" themselves (children, both of them), or the speaker calls someone else "Mom" too."""
    mother = word in _MOTHER_WORDS
    for other in discourse.conversation(turn):
        if other is turn:
            continue
        called = [w for s in re.split(r"(?<=[.!?…])\s+", other.text) if (w := _kin_word(s, other.text))]
        if not called:
            continue
        if other.speaker == addressee:
            return True
        if other.speaker == turn.speaker and any((w in _MOTHER_WORDS) == mother for w in called):
            again = discourse.addressed(other)
            if again is not None and again[0].label not in (addressee, turn.speaker):
                return True
    return not_the_parent_called(turn, word, addressee, discourse)  # "Excuse me, ma'am." - "Sorry! Mom, go."


_MOTHER_WORDS = frozenset({"mom", "mommy", "mother", "mama", "mami", "mum", "grandma", "granny", "ma"})


def scan_schoolmates(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"Nora and I went to high school together", "we went to college together", "I went to school with him":
    read on the whole sentence, before it is cut at "and"."""
    low = sentence.lower()
    if not ("school" in low or "college" in low or "university" in low or "camp" in low):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []
    who: tuple[Entity, float] | None
    for m in _SCHOOLMATES.finditer(sentence):
        if bool(m.group("c")) != bool(m.group("me")):
            continue  # "Tom went to school together", "I went to school with me"
        if m.group("c"):
            c = m.group("c")
            who = _person({c.lower() if c.lower() in ("you",) else "him" if c.lower() == "he" else "her" if c.lower() == "she"
                           else "name": c}, sentence, turn, discourse)
        elif m.group("a"):
            named = _named(m.group("a"))
            who = (named, 0.9) if named else None
        elif m.group("b"):
            b = m.group("b")
            who = _person({b.lower() if b.lower() in ("him", "her", "you") else "name": b}, sentence, turn, discourse)
        elif m.group("we"):  # the person just named ("this is my friend Rachel, we ..."), or the other of two speakers
            before = [e for n in _CAPITALISED.finditer(sentence, 0, m.start())  # not "at Intel": a place
                      if not _AFTER_PREPOSITION.search(sentence, 0, n.start()) and (e := _named(n.group())) is not None]
            here = before[-1] if before else discourse.mentioned_here(turn)
            other = discourse.addressee(turn)
            who = (here, 0.8) if here is not None else (other, 0.8) if other is not None else None
        else:
            continue  # "I went to school together": with whom is not said
        if who is not None and who[0] != speaker:
            out.append((speaker, "classmate", who[0], round(0.8 * who[1], 2), None))
            discourse.mention(turn, who[0])
    state.collect(out)


#: A time said of a break-up: "last year", "in 2019", "two months ago", "in March".
_PAST_TIME = lazy(r"\b(?:last|ago|in\s+(?:19|20)\d\d|in\s+(?:january|february|march|april|may|june|july|august|september|"
                  r"october|november|december)|yesterday|this\s+(?:year|spring|summer|fall|winter))\b", re.I)
#: "Monica and I split up", "you and I broke up": an ending with a named partner.
_SPLIT = lazy(  # (not "So Dana": the name after a word that opens a sentence; "Dana and I, we split up" too)
    rf"(?<![\w'])(?:(?!(?:So|And|But|Well|Yeah|Oh|Now|Then|Anyway|Actually|Okay|Because)\s)(?P<name>{NAME})|(?P<you>(?i:you)))"
    r"\s+(?i:and)\s+(?i:i)(?:\s*,\s*(?i:we))?\s+" + PARTED)
#: "Ross and Emily broke up", "she and Joey had broken up": two others whose relationship ended
_SPLIT_OTHERS = lazy(
    rf"(?<![\w'])(?:(?P<a>{NAME})|(?P<she>(?i:he|she)))\s+(?i:and)\s+(?P<b>{NAME})\s+" + PARTED)


#: "my sister and her husband divorced", "my brother Sam and his girlfriend split up": a relative's couple that ended
_SPLIT_KIN = lazy(
    rf"\b(?i:my)\s+(?i:{KIN_MODS})(?P<kin>(?i:{KIN}))(?:\s+(?P<name>{NAME}))?\s+(?i:and)\s+(?i:his|her)\s+"
    r"(?P<noun>(?i:husband|wife|boyfriend|girlfriend|partner|fianc[eé]e?))(?:\s+(?P<other>[A-Z][a-z]+))?\s+"
    r"(?i:(?:just|finally|recently|officially|have|had|has|got|both|kind\s+of)\s+)*"
    r"(?P<v>(?i:split\s+up|broke\s+up|broken\s+up|got\s+divorced|divorced|separated))(?![\w'])")


def _split_kin(sentence: str, turn: Turn, discourse: Discourse, state: TurnState, when: date | datetime | None) -> None:
    """"My sister and her husband divorced in 2019": the relative's spouse (or partner) that ended, then; the one
    left unnamed, the ending ends whoever it was (its object is its subject)."""
    for m in _SPLIT_KIN.finditer(sentence):
        kin, noun = m.group("kin").lower(), m.group("noun").lower()
        if kin not in KIN_PREDICATE or kin.endswith("s") and kin not in ("boss",):
            continue
        name = m.group("name") if m.group("name") and _named(m.group("name")) is not None else None
        relative = owned_entity(discourse.speaker(turn), kin, "Person", name)
        other = _named(m.group("other")) if m.group("other") else None
        predicate = "spouse" if noun in ("husband", "wife") else "partner"
        state.endings.append((relative, predicate, other or relative, 0.7, when))


def scan_breakups(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """"Monica and I split up": the speaker's partner (or spouse, for a divorce) that ended, named ("Ross and Emily
    broke up": theirs; "my sister and her husband divorced": hers), when the sentence says ("last year"); read on the
    whole sentence, which the clauses would cut at "and". The turn's unnamed ending ("we split up") then goes
    (see :func:`named_endings`)."""
    low = sentence.lower()
    if " and " not in low:
        return
    mention = find_time(sentence, turn.time, "en") if _PAST_TIME.search(sentence) else None  # "broke up last year"
    when = mention.value if mention is not None else None
    if " her " in low or " his " in low:
        _split_kin(sentence, turn, discourse, state, when)
    for other in _SPLIT_OTHERS.finditer(sentence):
        a = _third(other.group("she"), turn, discourse, sure=True) if other.group("she") else \
            ((e, 0.9) if (e := _named(other.group("a"))) is not None else None)
        b = _named(other.group("b"))
        if a is not None and b is not None and a[0] != b and turn.speaker not in (a[0].label, b.label):
            verb = other.group("v").lower()
            predicate = "spouse" if "divorce" in verb or "separat" in verb else "partner"
            state.endings.append((a[0], predicate, b, round(0.75 * a[1], 2), when))
    if " and i " not in low and " and i," not in low:
        return
    for m in _SPLIT.finditer(sentence):
        who = _you(sentence, turn, discourse) if m.group("you") else \
            ((e, 0.9) if (e := _named(m.group("name"))) is not None else None)
        if who is not None and who[0].label != turn.speaker:
            verb = m.group("v").lower()
            predicate = "spouse" if "divorce" in verb or "separat" in verb else "partner"
            state.endings.append((discourse.speaker(turn), predicate, who[0], round(0.8 * who[1], 2), when))
            discourse.mention(turn, who[0])


def named_endings(endings: list[Found]) -> list[Found]:
    """``endings`` without an unnamed one ("we split up": its object is its subject) where the turn names whom
    the same relation ended with ("Monica and I split up")."""
    named = {(s, p) for s, p, o, _, _ in endings if o != s}
    return [e for e in endings if e[2] != e[0] or (e[0], e[1]) not in named]

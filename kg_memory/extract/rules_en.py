"""English rules: regular patterns over clauses, no model.

A turn is normalised (contractions expanded, tokenised punctuation re-attached), cut into
sentences and clauses (run-on chat such as "i live in ohio i love to paint" included); questions,
conditionals and wishes are dropped. Each clause's subject ("I", "my sister Anna", "he", "Tom", or
the "I" that chat leaves out: "love pretzels") is resolved through a :class:`~.pronouns.Discourse`,
then the verb phrase after it is matched against the predicate patterns below, first match wins
(one alternation finds the first candidate rule). Possessive mentions anywhere in a clause ("my dog
Rex", "my wife", "my favorite color is blue") are scanned separately; relatives and pets survive a
modal ("my dog would love that") but not a wish. Negated likes become dislikes; other negated
statements give nothing. "It"/"them" after a question ("do you like sushi? i love it") is the thing
asked about. Profile facts: ``maritalStatus`` ("I'm divorced"), ``hometown`` ("I'm from Ohio": not
``livesIn``), ``fieldOfStudy`` ("I major in biology") and ``degree`` ("a master's in Italian").
The word lists live in :mod:`._lexicon_en`; every pattern is compiled once, at import.

Unnamed relatives and pets become entities labelled from their owner ("Ann's sister"); named ones
keep their names ("Rex", typed ``Animal``).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c1", "1", "Ann", "I live in Paris and my dog Rex loves cheese.")
>>> facts = EnglishRules().extract_turn(turn, Discourse([turn]))
>>> [(f.subject.label, f.predicate, getattr(f.object, "label", f.object)) for f in facts]
[('Ann', 'livesIn', 'Paris'), ('Ann', 'hasPet', 'Rex'), ('Rex', 'likes', 'cheese')]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..types import Entity, Fact, Turn, Value
from .base import make_fact
from .pronouns import FEMALE, MALE, Discourse, gender_of_noun
from .timeexpr import find_time
from ._lexicon_en import (
    KIN_PREDICATE as _KIN_PREDICATE,
    PETS as _PETS,
    POSSESSIONS as _POSSESSIONS,
    INSTRUMENTS as _INSTRUMENTS,
    JOBS as _JOBS,
    NOT_JOBS as _NOT_JOBS,
    TRAITS as _TRAITS,
    TRAIT_NOUNS as _TRAIT_NOUNS,
    DIETS as _DIETS,
    RELIGIONS as _RELIGIONS,
    GENDERS as _GENDERS,
    DEMONYMS as _DEMONYMS,
    LANGUAGES as _LANGUAGES,
    EVENTS as _EVENTS,
    GENERIC_PLACES as _GENERIC_PLACES,
    OBJECT_PRONOUNS as _OBJECT_PRONOUNS,
    STOP as _STOP,
    LEAD_WORDS as _LEAD_WORDS,
    LIGHT_VERBS as _LIGHT_VERBS,
    NUMBER_WORDS as _NUMBER_WORDS,
    NOT_NAMES as _NOT_NAMES,
    REGIONS as _REGIONS,
    DEGREES as _DEGREES,
    MARITAL_STATUS as _MARITAL_STATUS,
    NOT_FIELDS as _NOT_FIELDS,
)

__all__ = ["EnglishRules"]

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Lexicons


def _alts(words: str) -> str:
    """A regex alternation of space-separated words (``_`` for a space), longest first."""
    items = sorted({w.replace("_", r"\s+") for w in words.split()}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


_JOB_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|eer|man|woman|smith|wright)$")
_SCHOOLS = r"(?:school|college|university|uni|academy|institute|high|state|tech|polytechnic|seminary|conservatory)"
_LEAD = re.compile(rf"^(?:(?:{_LEAD_WORDS})\s+)+", re.I)
_CUT = re.compile(
    r"\s+(?:a\s+lot(?!\s+of\b)|alot(?!\s+of\b)|a\s+little|a\s+bit|so\s+much|very\s+much|as\s+well|all\s+the\s+time|"
    r"these\s+days|right\s+now|back\s+in|back\s+then|at\s+all|every\s+\w+|each\s+\w+|of\s+course|you\s+know|i\s+think|"
    r"i\s+guess|though|the\s+most|the\s+best|more\s+than|better\s+than)\b.*$",
    re.I,
)
_BINOMIALS = re.compile(
    r"\b(?:rock\s+and\s+roll|mac\s+and\s+cheese|salt\s+and\s+pepper|black\s+and\s+white|"
    r"r\s+and\s+b|arts\s+and\s+crafts|fish\s+and\s+chips|peanut\s+butter\s+and\s+jelly|"
    r"dungeons\s+and\s+dragons|pb\s+and\s+j|law\s+and\s+order|hide\s+and\s+seek|rock\s+n\s+roll)\b",
    re.I,
)
_LIST_SPLIT = re.compile(
    r"\s*(?:,\s*(?:and|or|especially|particularly|mostly|mainly)?|\band\b|\bor\b|&|\bas\s+well\s+as\b|/"
    r"|\b(?:especially|particularly|mostly|mainly|such\s+as|including)\b)\s*",
    re.I,
)
#: Quantifiers inside a verb phrase: "read some crime novels" -> "read crime novels".
_INNER_QUANTIFIER = re.compile(r"(?<=\w)\s+(?:some|lots\s+of|a\s+lot\s+of|alot\s+of|tons\s+of|a\s+bunch\s+of|plenty\s+of|many|a\s+few)\s+(?=\w)", re.I)
_KIN = _alts(" ".join(_KIN_PREDICATE))
_PET = _alts(_PETS)[:-1] + r")(?:e?s)?"
_POSSESSION = _alts(_POSSESSIONS)[:-1] + r")(?:e?s)?"
_KIN_MODS = r"(?:(?:best|older|oldest|younger|youngest|little|big|baby|twin|step|late|new|only|dear|beloved|lovely|beautiful|wonderful|sweet|amazing|favorite|favourite|eldest|elder|first|second|third|\d+|one|two|three|four|five|six|seven|eight|nine|ten|grown|adult|teenage|\w+-year-old)\s+)*"
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|lots\s+of|a\s+few|a\s+couple\s+of|a\s+couple|twin|2|3)"
_ADJ = r"(?:[\w'-]+\s+){0,3}?"

# ---------------------------------------------------------------------------------------------
# Normalisation, sentences and clauses

#: (pattern, replacement, triggers): a pattern runs only when one of its triggers is in the lower-cased
#: text (no trigger: always). Whitespace is collapsed first, so the patterns see single spaces.
_CONTRACTIONS_TRIGGERED: tuple[tuple[re.Pattern, str, tuple[str, ...]], ...] = (
    (re.compile(r"[\u2018\u2019\u02bc`]"), "'", ("\u2018", "\u2019", "\u02bc", "`")),
    (re.compile(r"\s+([.,!?;:])"), r"\1", ()),
    (re.compile(r"\s+(n't|'s|'m|'re|'ve|'d|'ll)\b", re.I), r"\1", ("'",)),
    (re.compile(r"\b(i)\s*'m\b|\bim\b|\bi\s+m\b", re.I), "i am", ("'m", "im", "i m")),
    (re.compile(r"\b(can)'t\b|\bcant\b|\bcan\s+not\b", re.I), "cannot", ("can",)),
    (re.compile(r"\bwon't\b|\bwont\b", re.I), "will not", ("won",)),
    (re.compile(r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should)n't\b", re.I), r"\1 not", ("n't",)),
    (re.compile(r"\b(do|does|did|is|are|was|were|have|has)nt\b", re.I), r"\1 not", ("nt",)),
    (re.compile(r"\b(do|does|did)\s+n\s*t\b|\b(do|does|did)\s+t\b", re.I), r"\1\2 not", ("do n", "does n", "did n", "do t", "does t", "did t")),
    (re.compile(r"\bive\b", re.I), "i have", ("ive",)),
    (re.compile(r"\b(\w+)'ve\b", re.I), r"\1 have", ("'ve",)),
    (re.compile(r"\b(\w+)'re\b", re.I), r"\1 are", ("'re",)),
    (re.compile(r"\b(\w+)'ll\b", re.I), r"\1 will", ("'ll",)),
    (re.compile(r"\b(i|you|he|she|we|they)'d\b", re.I), r"\1 would", ("'d",)),
    (re.compile(r"\b(he|she|it|that|what|there|who|name)'s\b|\b(it|that|what)s\b", re.I), r"\1\2 is", ("'s", "its", "thats", "whats")),
    (re.compile(r"\bwanna\b", re.I), "want to", ("wanna",)),
    (re.compile(r"\bgonna\b", re.I), "going to", ("gonna",)),
    (re.compile(r"\b(?:favourite|fav|fave|favs|faves)\b", re.I), "favorite", ("fav",)),
)
_CONTRACTIONS: tuple[tuple[re.Pattern, str, re.Pattern | None], ...] = tuple(
    (pattern, repl, re.compile("|".join(map(re.escape, triggers))) if triggers else None)
    for pattern, repl, triggers in _CONTRACTIONS_TRIGGERED
)
_SENTENCE = re.compile(
    r"(?<=[.!?])\s+|\n+|(?<=[.!?])(?=[A-Z])"
    r"|\s+(?=(?i:(?:do|does|did|are|have|can|would|will)\s+you|(?:what|where|how|why|who|which)\s+(?:do|does|did|are|is|about)\s+(?:you|your))\b)"
)
_QUESTION_START = re.compile(
    r"^(?:(?:so|and|but|well|oh|hey|hi|ok|okay)[,\s]+)?(?:do|does|did|are|is|was|were|have|has|can|"
    r"could|would|will|should|shall|may|what|where|who|whom|which|why|how|whats|wheres|hows)\s+"
    r"(?:you|u|your|yours|he|she|they|it|we|i|is|are|do|does|did|about|kind|sort|type|else|much|many|old|long)\b",
    re.I,
)
_CONDITIONAL = re.compile(r"\b(?:if|unless|in\s+case|suppose|supposing|imagine|pretend|what\s+if)\b", re.I)
_IRREALIS = re.compile(
    r"\b(?:wish|wished|wishes|wishing|would|could|might|should|maybe|perhaps|probably|someday|"
    r"hopefully|dream\s+of|dreaming\s+of|fantasi[sz]e|if\s+only|ought)\b",
    re.I,
)
_SUBJECT_START = r"(?:(?i:i|we|he|she|they|you|my|our|his|her|their|me\s+and|mine|it|that|this)|[A-Z][a-z]+\s+(?:is|was|lives|works|likes|loves|has))\b"
_VERB_START = r"(?i:love|loves|like|likes|enjoy|enjoys|hate|hates|have|has|own|owns|work|works|live|lives|play|plays|speak|speaks|study|studies|drive|drives|am|went|got|adore|prefer|prefers|teach|teaches|go|goes|eat|eats|drink|drinks|watch|watches|listen|listens|read|reads|cook|cooks|bake|bakes)\b"
_CLAUSE_SPLIT = re.compile(
    rf"\s*[,;:]\s*(?:(?:and|but|so|or|because|cause|cuz|since|although|though|while|whereas|when|then|plus|as)\s+)?(?={_SUBJECT_START})"
    rf"|\s+(?:and|but|so|or|because|cause|cuz|since|although|though|while|whereas|then|plus|when|whenever|after|before|until|as)\s+(?={_SUBJECT_START})"
    rf"|\s*,?\s+(?:and|but)\s+(?=(?:also\s+|really\s+|still\s+|now\s+)?{_VERB_START})"
    r"|\s*(?:,\s*)?\b(?=(?:because|although|whereas|unless|if)\b)"
    r"|\s+-+\s+|\s*\(\s*|\s*\)\s*",
)
_FILLER = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|yea|no|nope|nah|well|oh|ohh|ah|aw|aww|wow|lol|haha|hah|hehe|lmao|ok|"
    r"okay|sure|so|and|but|also|actually|hi|hello|hey|cool|nice|great|awesome|right|honestly|um|"
    r"uh|hmm|anyway|anyways|then|now|plus|as|because|cause|cuz|since|when|while|though|although|"
    r"after|before|until|whenever|currently|personally|sadly|luckily|unfortunately|fortunately|"
    r"recently|lately|me\s+too|same\s+here|same|true|indeed|hahaha|ha|understood|thanks|"
    r"thank\s+you|good|fine|interesting|sounds\s+\w+|that\s+is\s+\w+|funny|really|exactly|"
    r"absolutely|definitely|totally|cool|neat|sweet|geez|gosh|man|dude|oops|alright|wait|"
    r"besides|otherwise|still|instead|likewise|haha+|lo+l|yay|hooray|ugh|meh|whoa)\b[\s,!.]*)+",
    re.I,
)
_SUBJECT = re.compile(
    rf"^(?:(?P<first>(?i:me\s+and\s+(?:my|the)\s+[\w-]+|my\s+[\w-]+\s+and\s+i|i|we|myself))"
    rf"|(?P<you>(?i:you))"
    rf"|(?P<third>(?i:he|she))"
    rf"|(?i:(?P<poss>my|our|his|her|your)\s+{_KIN_MODS}(?P<noun>{_KIN}|{_PET}))(?![\w-])"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<named>{_NAME})(?=\s*,?\s+[a-z]|\s*[.!,;]?$))?"
    rf"|(?P<proper>(?!(?:I|The|This|That|It|My|Our|His|Her|We|They|You|He|She|There|What|Yes|No|Hi|Hello|Hey|Oh|So|And|But|Well|Wow|Lol|Also|Just|Maybe|Then|Now|Today|Yesterday|Tomorrow|Everyone|Nobody|Someone|Mom|Dad)\b){_NAME})"
    rf"(?=\s+(?i:is|was|lives|works|likes|loves|enjoys|hates|has|owns|speaks|studies|plays|went|moved|was\s+born|teaches|drives|visited|attended|goes|got)\b)"
    rf")(?:\s*(?=\S)|\s*$)",
)
_PRE = re.compile(
    r"^(?:(?:also|really|just|actually|still|currently|usually|always|often|sometimes|mostly|"
    r"definitely|absolutely|totally|truly|only|even|now|already|kinda|kind\s+of|sort\s+of|"
    r"pretty\s+much|basically|personally|mainly|recently|finally|generally|normally|typically|"
    r"especially|seriously|literally|honestly|simply|certainly|obviously|very\s+much|so|too|"
    r"all|both|tend\s+to|happen\s+to|mainly|mostly|lately|occasionally|frequently|regularly|"
    r"rarely|ever|once|sort|both|then|also|absolutely|secretly|happily|proudly|ended\s+up|end\s+up|"
    r"started|start|began|myself|try\s+to|tries\s+to|trying\s+to|"
    r"do|does|did)\s+)*"
)
_NEG = re.compile(
    r"^(?:(?:do|does|did|am|is|are|was|were|have|has|had|will|can)\s+)?(?:not|never|no\s+longer|"
    r"hardly|barely|no\s+more)\s+(?:(?:really|even|ever|particularly|too|very|much|actually|"
    r"always|like\s+to)\s+)*|^cannot\s+(?!stand|bear|tolerate)",
    re.I,
)
_PAST_HABIT = re.compile(r"^(?:used\s+to|use\s+to|once|formerly)\b", re.I)
_HABIT = re.compile(
    r"\b(?:usually|always|often|every\s+(?:day|morning|night|evening|week|weekend|sunday|saturday|"
    r"monday|tuesday|wednesday|thursday|friday|year|summer|winter)|daily|weekly|nightly|each\s+"
    r"(?:day|week|morning|night)|regularly|frequently|most\s+days|(?:a\s+few|\w+)\s+times\s+"
    r"(?:a|each|per)\s+(?:day|week|month)|on\s+weekends|on\s+the\s+weekends)\b",
    re.I,
)
_FOR_FUN = re.compile(r"\b(?:for\s+fun|in\s+my\s+(?:free|spare|down)\s+time|as\s+a\s+hobby|for\s+a\s+hobby|on\s+the\s+side)\b", re.I)
_LATE_FIRST_PERSON = re.compile(r"(?<![\w'])(?:i|we)\s+(?=[a-z])", re.I)
_SUBJECT_PRONOUN_OBJECT = re.compile(r"^(?:i|you|he|she|we|they|it|there)\b", re.I)
_TRAIT_SET = frozenset(_TRAITS.split())
_TIME_START = re.compile(
    r"^(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)\s+"
    r"(?:years?|months?|weeks?|days?)\b|(?:last|this|next)\s+\w+|back\s+in|in\s+\d{4}|\d{4}\b|recently|yesterday|today)",
    re.I,
)
_IT_OBJECT = re.compile(r"^(?:it|them|that|those|these|this)\s*(?:$|[.!,;]|too\b|so\b|a\s+lot\b|as\s+well\b|also\b)", re.I)
_QUESTION_TOPIC = re.compile(
    r"\b(?:do|did|have|would)\s+you\s+(?:ever\s+|also\s+|even\s+|all\s+)?(?:like|love|enjoy|eat|drink|watch|play|read|"
    r"listen\s+to|cook\s+with|tried|try)\s+(?P<o>[^?.!,]+)\?"
    r"|\b(?:what|how)\s+about\s+(?P<o2>[^?.!,]+)\?",
    re.I,
)
_WISH = re.compile(r"\b(?:wish|wished|wishes|wishing|dream|dreams|dreaming|fantasi[sz]e|if\s+only|hopefully|someday|hope|hoping)\b", re.I)
_ALWAYS = re.compile(r"\balways\s+wanted\b", re.I)
_ANY_BECOME = re.compile(r"(?P<v>)(?P<o>.+)")
#: "stays in trouble", "live in fear": not places
_NOT_RESIDENCES = frozenset("trouble touch shape line love bed fear hope denial peace sin luxury poverty style".split())
_I_FIRST = re.compile(r"^\s*i\s", re.I)
_RUN_ON = re.compile(
    r"(?<=[a-z])\s+(?=i\s+(?:love|like|enjoy|hate|have|am|work|live|play|own|also|really|just|got|went|was|"
    r"grew|moved|speak|study|drive)\b)",
    re.I,
)
#: A clause part that governs what follows it: never split after it ("i wish i had a dog").
_NOT_SPLIT = re.compile(
    r"\b(?:wish|wished|hope|hoped|want|wanted|if|would|could|might|should|pretend|imagine|dream|dreamt|dreamed|"
    r"wonder|doubt|guess|suppose|unless|when|whenever|before|after|until|because|though|although|that|what|"
    r"how|why|where|who|which|say|said|says|tell|told|think|thought|believe|feel|felt|know|knew|bet|swear|mean|"
    r"like|love|hate|enjoy|miss|need|needs)\s*$|\b(?:wish|hope|if|would|could|might|pretend|imagine|dream)\b",
    re.I,
)
_CONTINUES = re.compile(_VERB_START + r"|also\b|still\b|really\b", re.I)
_ELLIPSIS = re.compile(
    r"^(?:(?:really|also|just|totally|absolutely|still)\s+)?(?:love|like|enjoy|adore|hate|dislike|"
    r"live\s+in|work\s+(?:at|for|as)|grew\s+up\s+in|play|am)\s+(?!you\b|u\b|your\b|it\b|that\b|this\b|those\b|them\b)",
    re.I,
)
_COPULA_LEAD = re.compile(
    r"^(?:(?:a|an|the|very|really|pretty|so|quite|a\s+bit|a\s+little|little|kind\s+of|kinda|extremely|partially|partly|"
    r"legally|completely|totally|mostly|slightly|"
    r"super|too|proud|happily|currently|still|now|fully|recent|recently|newly|just|soon\s+to\s+be)\s+)+"
)
_MAJOR = re.compile(
    r"^(?P<f>[a-z][\w\s-]*?)\s+(?:major|majors)\b(?!\s+(?:at|in|of)\b)"
    r"|^(?P<f2>[a-z]+(?:ology|ics|istry|omy)|(?:computer\s+|political\s+)?science|history|english|math|art|"
    r"music|film|law|medicine|business|education|design|fashion|journalism|literature|philosophy|nursing|"
    r"engineering|architecture|accounting|finance|marketing)\s+student\b"
)
_GOOD_AT_NOUN = re.compile(
    r"^(?:(?:really|very|pretty|quite|so)\s+)?(?:good|great|excellent|amazing|awesome|talented|skilled|decent|"
    r"fantastic|terrific|fast|strong|natural|gifted|expert|avid|accomplished)\s+(?P<n>[a-z]+)\s*(?:[.!,;]|$|and\b|but\b|too\b|so\b)"
)
_DEGREE_WORD = r"(?:degrees?|diploma|masters|master's|bachelors|bachelor's|phd|ph\.d\.?|mba|doctorate|associates|associate's|ged)"
_DEGREE_VERB = (r"^(?:have|has|got|earned|hold|holds|received|completed|finished|am\s+getting|getting|"
                r"am\s+working\s+on|working\s+on|am\s+pursuing|pursuing|graduated\s+with|just\s+got|just\s+finished)")
#: "a master's in Italian", "my degree in statistics", "a computer science degree" (after a verb or "my").
_DEGREE = (rf"(?:(?:a|an|my|the|two|both|double|another)\s+)?(?P<kind>(?:[\w'.]+\s+){{1,3}}?)??(?P<deg>{_DEGREE_WORD})\b"
           r"(?:\s+(?:in|on)\s+(?P<f>.+))?")
_LIKE_FILLER = re.compile(r"^like\s+(?=\w+(?:ing|ed)\b)", re.I)
_EAT_OBJECT = re.compile(
    r"^(?:to\s+)?(?:eat|eating|drink|drinking|snack\s+on|snacking\s+on|munch\s+on|munching\s+on)\s+"
    r"(?:(?:a\s+lot\s+of|lots\s+of|tons\s+of|plenty\s+of|some|any)\s+)?"
    r"(?P<o>(?!out\b|in\b|at\b|with\b|healthy\b|well\b|alone\b|there\b|here\b|it\b|them\b)[a-z].*)",
    re.I,
)
_HEIGHT = re.compile(r"^(?:(?:almost|about|nearly|over|under|around|just\s+over|just\s+under)\s+)?(?P<h>(?:\d|five|six|seven|four)\s*(?:feet|foot|ft|')(?:\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?:\s*(?:inches|inch|in|\"))?)?(?:\s+tall)?)(?=\s*(?:[.!,;]|$|and\b|but\b|so\b))", re.I)
_DO_ACTIVITY = re.compile(
    r"^(?:(?:also|really|just|still|usually|mostly|often|sometimes|actually)\s+)*(?:do|does)\s+(?:(?:a\s+lot\s+of|lots\s+of|some|a\s+little|a\s+bit\s+of)\s+)?"
    r"(?P<o>(?!(?:some|any|every|no)thing\b)(?:[a-z]+\s+)?[a-z]+ing\b|beadwork|yoga|pilates|karate|crossfit|"
    r"martial\s+arts|photography|pottery|gymnastics|archery|woodwork|crafts|cosplay|parkour|improv|standup)",
    re.I,
)


def normalize(text: str) -> str:
    """Expand contractions and re-attach tokenised punctuation.

    >>> normalize("i do n't like cats , i'm sure")
    'i do not like cats, i am sure'
    """
    text = " ".join(text.split())
    low = text.lower()
    for i, (pattern, repl, trigger) in enumerate(_CONTRACTIONS):
        if trigger is not None and trigger.search(low) is None:
            continue
        text = pattern.sub(repl, text)
        if i == 0:
            low = text.lower()  # curly quotes became straight ones
    return text.strip()


_YOU_FIRST = re.compile(r"^(?:so\s+)?you\b", re.I)


def _statement_before_tail_question(sentence: str) -> str | None:
    """"i live in ohio, you?" -> "i live in ohio": a statement followed by a short question."""
    head, sep, tail = sentence.rstrip(" ?").rpartition(",")
    if not sep or len(tail.split()) > 4 or _QUESTION_START.match(head) or _YOU_FIRST.match(head.strip()):
        return None
    return head.strip()


def _split_run_on(clause: str) -> list[str]:
    """"i live in manhattan i love to paint" -> two clauses; "i wish i had a dog" stays whole."""
    if not _I_FIRST.match(clause):
        return [clause]
    parts = _RUN_ON.split(clause)
    if len(parts) == 1 or any(_NOT_SPLIT.search(p) for p in parts[:-1]):
        return [clause]
    return parts


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION_START.match(sentence))


# ---------------------------------------------------------------------------------------------
# Objects


def _tokens_until_stop(text: str, limit: int, light: bool) -> list[str]:
    out: list[str] = []
    allowed_preps = 1 if light else 0
    for raw in text.split():
        word = raw.strip("\"'()[]")
        ends = raw[-1] in ",.;:!?" if raw else False
        word = word.rstrip(",.;:!?\"'")
        lower = word.lower()
        if not word:
            break
        if lower in _STOP and out:
            if allowed_preps and lower in ("to", "with", "out", "at", "on", "in", "for", "around", "up"):
                allowed_preps -= 1
                out.append(word)
                continue
            break
        if lower in _STOP and not out and lower not in ("to",):
            break
        out.append(word)
        if ends or len(out) >= limit:
            break
    while out and out[-1].lower() in _STOP | {"a", "an", "the", "my", "of", "and", "your", "our"}:
        out.pop()
    return out


_LEADING_TO = re.compile(r"^to\s+", re.I)
_NO_WORDS = re.compile(r"[\d\W_]+")


def clean_object(text: str, style: str = "np") -> str | None:
    """Trim a raw object to a short phrase; ``None`` when nothing usable remains.

    ``style`` is ``"np"`` (a noun phrase), ``"activity"`` (a verb phrase: a light verb such as
    *go* or *listen* keeps one preposition) or ``"place"``.

    >>> clean_object("to cook for my grandkids", "activity")
    'cook'
    >>> clean_object("listening to music a lot", "activity")
    'listening to music'
    >>> clean_object("the hotel down the street")
    'hotel'
    >>> clean_object("it when it rains") is None
    True
    """
    text = _CUT.sub("", text.strip())
    text = _LEADING_TO.sub("", text)
    text = _LEAD.sub("", text)
    if style == "activity":
        text = _INNER_QUANTIFIER.sub(" ", text)
    first = text.split(" ", 1)[0].lower() if text else ""
    light = style == "activity" and first in _LIGHT_VERBS
    limit = {"np": 5, "activity": 6, "place": 5}.get(style, 5)
    words = _tokens_until_stop(text, limit, light)
    phrase = " ".join(words).strip(" -'\"")
    if not phrase or phrase.lower() in _OBJECT_PRONOUNS or _SUBJECT_PRONOUN_OBJECT.match(phrase):
        return None
    if _NO_WORDS.fullmatch(phrase):
        return None
    return phrase


def _object_list(text: str, style: str = "np") -> list[str]:
    """Split a coordination ("cats, dogs and birds") into cleaned objects.

    Items after the first are kept only while the previous item ran up to the conjunction, so
    "spending time with my family and friends" stays one object.
    """
    guarded = _BINOMIALS.sub(lambda m: m.group(0).replace(" ", "\x00"), text)
    guarded = _CUT.sub("", guarded)
    parts = _LIST_SPLIT.split(guarded)
    out: list[str] = []
    for i, part in enumerate(parts):
        part = part.replace("\x00", " ").strip()
        if not part:
            continue
        obj = clean_object(part, style)
        if obj is None:
            break
        out.append(obj)
        stripped = _LEAD.sub("", _LEADING_TO.sub("", part)).rstrip(",.;:!? ")
        if len(obj.split()) < len(stripped.split()) or i >= 5 or any(w.lower() in _STOP for w in obj.split()[1:]):
            break
    return out


def _is_job(phrase: str) -> bool:
    words = phrase.lower().split()
    if not words:
        return False
    joined = " ".join(words)
    jobs = _JOBS_SET
    if joined in jobs or " ".join(words[-2:]) in jobs or words[-1] in jobs:
        return True
    head = words[-1]
    return (len(words) <= 3 and head not in _NOT_JOBS and len(head) > 4
            and bool(_JOB_SUFFIX.search(head)) and head not in _KIN_PREDICATE)


_JOBS_SET = {w.replace("_", " ") for w in _JOBS.split()}


_LANGUAGE_SUFFIX = re.compile(r"[a-z]+(?:ish|ese|ian|ic)")


def _is_language(word: str) -> bool:
    w = word.lower()
    return w in _LANGUAGES or bool(_LANGUAGE_SUFFIX.fullmatch(w)) and w not in ("music", "magic", "logic")


def _to_int(word: str) -> int | None:
    w = word.lower().replace("-", " ")
    if w.isdigit():
        return int(w)
    total = 0
    for part in w.split():
        if part not in _NUMBER_WORDS:
            return None
        total += _NUMBER_WORDS[part]
    return total or None


# ---------------------------------------------------------------------------------------------
# Rules


@dataclass
class _Clause:
    """What a rule sees: the subject, the verb phrase after it and the clause's flags."""

    turn: Turn
    subject: Entity
    weight: float
    rest: str
    sentence: str
    negated: bool
    habitual: bool
    discourse: Discourse
    topic: Entity | None = None
    out: list[tuple] = field(default_factory=list)

    def add(self, predicate: str, obj: Entity | Value, confidence: float, event: bool = False) -> None:
        when = None
        if event:
            mention = find_time(self.sentence, self.turn.time, "en")
            when = mention.value if mention else None
        self.out.append((self.subject, predicate, obj, confidence * self.weight, when))


_Rule = Callable[[re.Match, _Clause], bool]


def _owned_entity(owner: Entity, noun: str, type_: str, name: str | None) -> Entity:
    """A relative or pet of ``owner``: by name ("Rex") when one is given, else "Ann's dog"."""
    if name:
        return Entity(name.strip(), type_)
    return Entity(f"{owner.label}'s {noun.lower()}", type_)


def _r_age(m: re.Match, c: _Clause) -> bool:
    value = _to_int(m.group("n"))
    if c.negated or value is None or not 0 < value < 120:
        return False
    c.add("age", value, 0.9)
    return True


_R_COPULA_FAN = re.compile(r"^(?:a\s+)?(?:big\s+|huge\s+)?(?:fan|lover)\s+of\s+(?P<o>.+)|^(?:into|fond\s+of|keen\s+on)\s+(?P<o2>.+)", re.I)
_R_COPULA_PROG = re.compile(r"^(?:working|living|studying|staying|employed|based|located|majoring|learning|"
                    r"planning|hoping|trying|going|saving|moving|playing|training|married|dating|"
                    r"teaching|volunteering|originally\s+from|from|in|at|into|obsessed|addicted|"
                    r"passionate|crazy|fond|keen|a\s+member|member|part|fluent|good|great|"
                    r"skilled|talented|afraid|scared|terrified|allergic|born|also|excellent|amazing|"
                    r"awesome|decent|pretty|really|very|quite|so|proficient|experienced|gifted|"
                    r"getting|raised|grew|studying|thinking|considering|becoming)\b")
_AGE_YEARS_OLD = re.compile(r"^(?:an?\s+)?(?:(?:about|almost|nearly|over|turning|only|just)\s+)?(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:years?|yrs?)[\s-]*old\b(?:\s+(?P<more>.+))?", re.I)
_AGE_BARE = re.compile(r"^(?:(?:about|almost|nearly|over|turning|only|just)\s+)?(?P<n>\d{1,3})(?=\s*(?:[.!,;]|$|and\b|but\b|now\b|too\b))(?P<more>)", re.I)
_ANY = re.compile(r"(?P<o>.+)")
_R_COPULA_MAR = re.compile(rf"\b(?:married|engaged)\s+to\s+(?P<n>{_NAME})")
_R_COPULA_ONDIET = re.compile(r"^on\s+(?:a|the)\s+(?P<d>[\w-]+(?:\s+[\w-]+)?)\s+diet")
_GENDER_NOUN_PHRASE = re.compile(r"^(?:man|girl|boy|guy|lady|woman)\s+(?:who|of|that)")
_R_COPULA_PARENT = re.compile(r"^(?:stay\s+at\s+home|stay-at-home|single|working|proud|new|first\s+time|full\s+time)?\s*(?P<k>mom|mother|dad|father|mommy|grandma|grandmother|grandpa|grandfather|parent)\b")
_R_COPULA_HAIR = re.compile(r"^(?:a\s+)?(?:natural\s+)?(?P<t>" + _alts(_TRAIT_NOUNS) + r")\b")
_R_COPULA_TRAIT = re.compile(r"^(?P<t>" + _alts(_TRAITS) + r")\b(?!\s+(?:of|to|that|about|with|for|in)\b)")
_R_COPULA_JOB = re.compile(r"^(?:an?\s+|the\s+)(?P<j>.+)", re.I)
_R_COPULA_WHERE = re.compile(r"\b(?:at|for|with)\s+(?P<o>.+)", re.I)
_R_COPULA_FAN2 = re.compile(r"^(?:big\s+|huge\s+|avid\s+|massive\s+|die\s+hard\s+)?(?:fan|lover)\s+of\s+(?P<o>.+)|^(?P<o2>[\w\s-]+?)\s+(?:fan|lover|enthusiast|nerd|junkie|addict|fanatic|buff)\b", re.I)
_STUDENT_WORD = re.compile(r"^(?:student|freshman|sophomore|junior|senior)\b")
_R_COPULA_NAME = re.compile(rf"^(?P<n>{_NAME})\s*(?:[.!,]|$)")


def _r_copula(m: re.Match, c: _Clause) -> bool:
    """Everything after "am/is/are": job, trait, diet, religion, gender, origin, likes..."""
    rest = _LIKE_FILLER.sub("", m.group("o").strip())
    low = rest.lower()
    if c.negated:
        fan = _R_COPULA_FAN.match(rest)
        if fan:
            for obj in _object_list(fan.group("o") or fan.group("o2")):
                c.add("dislikes", Entity(obj, "Thing"), 0.7)
            return True
        return False
    # progressive and passive forms: "am working at", "am based in"
    prog = _R_COPULA_PROG.match(low)
    if prog and _dispatch(rest, c, _COPULA_RULES):
        return True
    age = _AGE_YEARS_OLD.match(rest) or \
        _AGE_BARE.match(rest)
    if age and _r_age(age, c):
        if age.group("more"):
            _r_copula(_ANY.match("a " + age.group("more")), c)
        return True
    height = _HEIGHT.match(rest)
    if height:
        c.add("trait", height.group("h").lower() if height.group("h").lower().endswith("tall") else height.group("h").lower() + " tall", 0.7)
        return True
    words = _COPULA_LEAD.sub("", low)
    words = words.rstrip(".!,;: ")
    first = words.split(" ", 1)[0] if words else ""
    two = " ".join(words.split()[:2])
    mar = _R_COPULA_MAR.search(rest)
    if mar:
        married = "married" in mar.group(0).lower()
        c.add("spouse" if married else "partner", Entity(mar.group("n"), "Person"), 0.85)
        c.add("maritalStatus", "married" if married else "engaged", 0.8)
        c.discourse.mention(c.turn, Entity(mar.group("n"), "Person"))
        return True
    if first in _MARITAL_STATUS:
        c.add("maritalStatus", _MARITAL_STATUS[first], 0.8)
        return True
    major = _MAJOR.match(words)
    if major:
        if major.group("f2"):
            c.add("jobTitle", "student", 0.8)  # "a biology student" is a student of biology
        return _add_field(major.group("f") or major.group("f2"), c, 0.8)
    if rest[:2].lower() in ("a ", "an") and _skill_noun(words, c):
        return True
    diet = next((v for k, v in _DIETS.items() if words.startswith(k) and not words.startswith(k + " friendly")), None)
    if diet:
        c.add("diet", diet, 0.85)
        return True
    ondiet = _R_COPULA_ONDIET.match(words)
    if ondiet:
        c.add("diet", ondiet.group("d"), 0.8)
        return True
    if first in _RELIGIONS and (len(words.split()) == 1 or words.split()[1] in ("and", "but", "so", "too", "now", "though", "by", "who")):
        c.add("religion", _RELIGIONS[first], 0.85)
        return True
    if first in _GENDERS and len(words.split()) <= 2 and not _GENDER_NOUN_PHRASE.match(words):
        c.add("gender", _GENDERS[first], 0.8)
        return True
    demonym = two if two in _DEMONYMS else first
    if demonym in _DEMONYMS and (len(words.split()) <= len(demonym.split()) or words.split()[len(demonym.split())] in ("and", "but", "so", "too", "now", "though", "citizen")):
        c.add("nationality", Entity(_DEMONYMS[demonym], "Place"), 0.75)
        return True
    if first in ("retired", "unemployed", "jobless", "self-employed", "homeless"):
        c.add("jobTitle" if first != "homeless" else "trait", first, 0.8)
        return True
    parent = _R_COPULA_PARENT.match(words)
    if parent:
        k = parent.group("k")
        if words.startswith(("stay at home", "stay-at-home")):
            c.add("jobTitle", f"stay at home {k}", 0.8)
        gender = gender_of_noun(k)
        if gender and c.subject.type == "Person":
            c.add("gender", gender, 0.6)
        label = "grandchildren" if k.startswith("grand") else "children"
        c.add("child" if not k.startswith("grand") else "relative",
              _owned_entity(c.subject, label, "Person", None), 0.6)
        return True
    hair = _R_COPULA_HAIR.match(words)
    if hair:
        c.add("trait", hair.group("t"), 0.75)
        return True
    trait = _R_COPULA_TRAIT.match(words)
    if trait and trait.group("t") != "allergic":
        c.add("trait", trait.group("t"), 0.7)
        return True
    # "a nurse", "a high school teacher at Mercy", "a student at UCLA"
    job = _R_COPULA_JOB.match(rest)
    if job:
        raw = job.group("j")
        phrase = clean_object(raw)
        if phrase and _is_job(phrase):
            title = phrase.lower()
            c.add("jobTitle", title, 0.85)
            where = _R_COPULA_WHERE.search(raw[len(phrase):])
            if where:
                org = clean_object(where.group("o"), "place")
                if org:
                    c.add("studiesAt" if title in ("student", "freshman", "sophomore", "junior", "senior") else "worksFor",
                          Entity(org, "Organization"), 0.8)
            return True
        fan = _R_COPULA_FAN2.match(raw)
        if fan:
            for obj in _object_list(fan.group("o") or fan.group("o2")):
                c.add("likes", Entity(obj, "Thing"), 0.75)
            return True
        return False
    if _STUDENT_WORD.match(words):
        c.add("jobTitle", "student", 0.8)
        return True
    name = _R_COPULA_NAME.match(rest)
    if name and name.group("n").split()[0].lower() not in _STOP and name.group("n").lower() not in _DEMONYMS:
        c.add("name", name.group("n"), 0.7)
        return True
    return False


def _r_from(m: re.Match, c: _Clause) -> bool:
    """"I am from Ohio", "I grew up in Ohio": where the subject comes from, not where they live."""
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in _GENERIC_PLACES:
        return False
    c.add("hometown", Entity(place, "Place"), 0.7)
    return True


def _add_field(raw: str, c: _Clause, confidence: float) -> bool:
    """A field of study ("economics", "computer science"), unless it reads as something else."""
    field_ = clean_object(_FIELD_TAIL.sub("", raw))
    if not field_ or field_.split()[0].lower() in _NOT_FIELDS or _is_job(field_) and not field_.lower().endswith("science"):
        return False
    c.add("fieldOfStudy", Entity(field_, "Thing"), confidence)
    return True


_R_STUDY_BECOME = re.compile(r"^to\s+(?:be(?:come)?\s+)?(?:an?\s+)?(?P<o>.+)", re.I)


def _r_study(m: re.Match, c: _Clause) -> bool:
    """"I study economics", "I am majoring in biology"; "studying to be a nurse" is a goal."""
    if c.negated:
        return False
    raw = m.group("o")
    become = _R_STUDY_BECOME.match(raw)
    if become:
        obj = clean_object(become.group("o"))
        if obj and _is_job(obj):
            c.add("goal", Entity(f"become {obj}", "Thing"), 0.65)
            return True
        return False
    return _add_field(raw, c, 0.75)


def _degree_facts(m: re.Match) -> list[tuple[str, Entity | str, float]]:
    """``degree`` (and ``fieldOfStudy``) from a match of :data:`_DEGREE`."""
    kind = (m.group("kind") or "").strip().lower()
    deg = m.group("deg").lower()
    field_ = clean_object(m.group("f")) if m.group("f") else None
    degree = _DEGREES.get(kind)
    if degree is None and kind:
        field_ = field_ or clean_object(kind)
    if degree is None:
        degree = "degree" if deg.startswith("degree") else _DEGREES.get(deg.rstrip("."), deg)
    out: list[tuple[str, Entity | str, float]] = [("degree", f"{degree} in {field_}" if field_ else degree, 0.85)]
    if field_:
        out.append(("fieldOfStudy", Entity(field_, "Thing"), 0.8))
    return out


def _r_degree(m: re.Match, c: _Clause) -> bool:
    """"I have a master's in Italian", "I have a degree in statistics", "a statistics degree"."""
    if c.negated:
        return False
    for predicate, obj, confidence in _degree_facts(m):
        c.add(predicate, obj, confidence)
    return True


_R_MARITAL_EVENT_NAMED = re.compile(rf"(?P<n>{_NAME})\b")
_R_MARITAL_EVENT_MINE = re.compile(r"(?:my|our)\s+", re.I)


def _r_marital_event(m: re.Match, c: _Clause) -> bool:
    """"got married (to ...)", "have been married for years", "was recently divorced"."""
    if c.negated:
        return False
    status = _MARITAL_STATUS[m.group("s").lower()]
    c.add("maritalStatus", status, 0.75)
    to = m.group("to")
    if status in ("married", "engaged") and to:
        named = _R_MARITAL_EVENT_NAMED.match(to)
        mine = _R_MARITAL_EVENT_MINE.match(to)
        if named and named.group("n").split()[0] not in ("My", "A", "The", "In", "On", "At"):
            person = Entity(named.group("n"), "Person")
        elif mine:
            person = Entity(f"{c.subject.label}'s {'spouse' if status == 'married' else 'partner'}", "Person")
        else:
            return True
        c.add("spouse" if status == "married" else "partner", person, 0.75)
        c.discourse.mention(c.turn, person)
    return True


def _skill_noun(words: str, c: _Clause) -> bool:
    """"a good cook", "an excellent swimmer": an ability, not a job."""
    m = _GOOD_AT_NOUN.match(words)
    if not m:
        return False
    noun = m.group("n")
    if not (noun in _JOBS_SET or _JOB_SUFFIX.search(noun)) or noun in _KIN_PREDICATE or noun in ("person", "friend", "listener"):
        return False
    c.add("skill", Entity(noun, "Thing"), 0.7)
    return True


def _r_am_in(m: re.Match, c: _Clause) -> bool:
    """"I am in upstate New York": where the subject is, read as where they live (weakly)."""
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in _GENERIC_PLACES or place.lower().split()[0] in _GENERIC_PLACES or place.lower().endswith("ing"):
        return False
    place = _with_region(m.group("o"), place)
    c.add("livesIn", Entity(place, "Place"), 0.5)
    return True


def _r_school_in(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("studiesAt", Entity(m.group("o"), "Organization"), 0.75)
    return True


def _r_member_in(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"))
    if not org:
        return False
    c.add("memberOf", Entity(org, "Organization"), 0.75)
    return True


_R_LIKES_OWNED = re.compile(rf"^(?:my|our)\s+{_KIN_MODS}(?P<k>{_KIN}|{_PET})(?![\w-])", re.I)
_R_LIKES_PERSON = re.compile(r"^(?:a\s+)?(?P<a>cat|dog|morning|night|people|beach|mountain|outdoors|book|coffee|tea)\s+person\b", re.I)
_ACTIVITY_START = re.compile(r"^(?:to\s+|\w+ing\b)", re.I)
_SUPERLATIVE = re.compile(r"\b(?:the\s+most|the\s+best|most\s+of\s+all|best\s+of\s+all)\b", re.I)


def _r_likes(m: re.Match, c: _Clause) -> bool:
    verb = m.group("v").lower()
    raw = m.group("o")
    owned = _R_LIKES_OWNED.match(raw)
    if owned:
        noun = owned.group("k").lower()
        if c.negated or c.subject.type != "Person":
            return False
        pet = noun not in _KIN_PREDICATE
        c.add("likes", _owned_entity(c.subject, noun, "Animal" if pet else "Person", None), 0.6)
        return True
    person = _R_LIKES_PERSON.match(raw)
    if person and not c.negated:
        noun = person.group("a").lower()
        c.add("likes", Entity(noun + "s" if noun in ("cat", "dog", "book", "mountain") else noun, "Thing"), 0.6)
        return True
    food = _EAT_OBJECT.match(raw)
    if food:  # "I like to eat a lot of meat": the food is what is liked
        raw = food.group("o")
    style = "activity" if _ACTIVITY_START.match(raw) else "np"
    objects = _object_list(raw, style)
    if not objects:
        return _topic(raw, c, "dislikes" if c.negated else "likes")
    if c.negated:
        if verb.startswith(("prefer", "appreciate", "dig", "fancy")):
            return False
        for obj in objects:
            c.add("dislikes", Entity(obj, "Thing"), 0.75)
        return True
    best = bool(_SUPERLATIVE.search(raw))
    for obj in objects:
        c.add("favorite" if best else "likes", Entity(obj, "Thing"), 0.8)
    return True


def _r_dislikes(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    style = "activity" if _ACTIVITY_START.match(raw) else "np"
    objects = _object_list(raw, style)
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.8)
    return bool(objects) or _topic(raw, c, "dislikes")


def _topic(raw: str, c: _Clause, predicate: str) -> bool:
    """"do you like sushi? i love it": "it" is the thing just asked about or talked of."""
    if c.topic is None or not _IT_OBJECT.match(raw):
        return False
    c.add(predicate, c.topic, 0.6)
    return True


def _question_topic(text: str) -> Entity | None:
    """The thing a question asks about ("do you like sushi?" -> sushi), if any."""
    m = _QUESTION_TOPIC.search(text) if "you" in text else None
    obj = clean_object(m.group("o") or m.group("o2")) if m else None
    return Entity(obj, "Thing") if obj else None


def _r_afraid(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    objects = _object_list(m.group("o"))
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.6)
    return bool(objects)


def _r_allergic(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    obj = clean_object(m.group("o"))
    if obj:
        c.add("trait", f"allergic to {obj}", 0.75)
    return bool(obj)


def _with_region(raw: str, place: str) -> str:
    """"grand rapids, michigan" keeps its state: the place, then ", region" when one follows."""
    at = raw.find(place)
    if at < 0:
        return place
    region = _REGION_AFTER.match(raw, at + len(place))
    return f"{place}, {region.group('p')}" if region else place


def _r_live(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place:
        return False
    if place.lower().split()[0] in _NOT_RESIDENCES:
        return False
    place = _with_region(m.group("o"), place)
    c.add("livesIn", Entity(place, "Place"), 0.9)
    return True


def _r_moved(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in _GENERIC_PLACES:
        return False
    c.add("livesIn", Entity(place, "Place"), 0.75, event=True)
    return True


_DIGIT_START = re.compile(r"^\d")


def _r_born(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    when = find_time(raw, None, "en")
    found = False
    if when is not None and when.granularity == "day":
        c.add("birthDate", when.value, 0.9)
        found = True
    if (when is not None and when.start == 0) or _DIGIT_START.match(raw):
        return found
    place = clean_object(raw, "place")
    if place:
        c.add("birthPlace", Entity(place, "Place"), 0.9)
        found = True
    return found


def _r_work_as(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    title = clean_object(raw)
    if not title:
        return False
    c.add("jobTitle", title.lower(), 0.9)
    where = _R_COPULA_WHERE.search(raw[raw.lower().find(title.lower()) + len(title):])
    if where:
        org = clean_object(where.group("o"), "place")
        if org:
            c.add("worksFor", Entity(org, "Organization"), 0.85)
    return True


_NOT_EMPLOYERS = re.compile(
    r"^(?:the\s+)?(?:morning|mornings|afternoon|evening|evenings|night|nights|day|days|home|"
    r"shifts?|weekends?|myself|the\s+(?:house|yard|garden)|it|this|that|them|my\s+own|"
    r"(?:my|the|a)\s+(?:project|book|car|house|yard|garden|novel|paper|thesis)|kids|children|"
    r"animals|people|computers|hard|late|out|from|on|a\s+lot|all|every)\b",
    re.I,
)


_MYSELF = re.compile(r"^(?:for\s+)?myself\b", re.I)


def _r_work_at(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if m.group("p").lower() in ("on", "with") or _NOT_EMPLOYERS.match(raw):
        if _MYSELF.match(raw):
            c.add("jobTitle", "self-employed", 0.75)
            return True
        return False
    org = clean_object(raw, "place")
    if not org:
        return False
    c.add("worksFor", Entity(org, "Organization"), 0.85)
    return True


def _r_job_at(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    if m.group("p").lower() == "as":
        c.add("jobTitle", org.lower(), 0.8)
    else:
        c.add("worksFor", Entity(org, "Organization"), 0.8)
    return True


_R_TEACH_WHERE = re.compile(r"\bat\s+(?P<o>.+)", re.I)


def _r_teach(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("jobTitle", "teacher", 0.7)
    where = _R_TEACH_WHERE.search(m.group("o") or "")
    if where:
        org = clean_object(where.group("o"), "place")
        if org:
            c.add("worksFor", Entity(org, "Organization"), 0.8)
    return True


def _r_study_at(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    c.add(m.groupdict().get("pred") or "studiesAt", Entity(org, "Organization"), 0.8)
    return True


def _r_school_go(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    verb = m.group("v").lower()
    if _TIME_START.match(m.group("o")):
        return False  # "graduated two years ago": when, not where
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    past = verb in ("went", "graduated", "attended", "finished", "completed", "was", "were")
    c.add("educatedAt" if past else "studiesAt", Entity(org, "Organization"), 0.75)
    return True


_EVENT_OR_PLACE_EVENT = re.compile(rf"^(?:(?:a|an|the|my|our|his|her|their|this|that)\s+)?(?P<e>{_ADJ}{_alts(_EVENTS)})\b", re.I)
_EVENT_OR_PLACE_SCHOOL = re.compile(rf"^(?:(?:a|an|the|my)\s+)?(?P<s>{_ADJ}{_SCHOOLS})\b(?:\s+(?:at|in|of)\s+(?P<at>.+))?", re.I)
_NOT_A_PLACE = re.compile(r"^(?:bed|sleep|work|home|school|church|the\s+\w+)$")


def _event_or_place(m: re.Match, c: _Clause) -> bool:
    """"went to X", "visited X", "attended X": an event, a school, or a place."""
    if c.negated:
        return False
    verb = m.group("v").lower()
    raw = m.group("o")
    low = raw.lower()
    event = _EVENT_OR_PLACE_EVENT.match(raw)
    if event:
        c.add("attended", Entity(event.group("e"), "Event"), 0.8, event=True)
        return True
    school = _EVENT_OR_PLACE_SCHOOL.match(raw)
    if school and verb in ("went", "attended", "attend", "attends", "go", "goes", "graduated"):
        name = clean_object(school.group("at"), "place") if school.group("at") else school.group("s")
        past = verb in ("went", "attended", "graduated")
        c.add("educatedAt" if past else "studiesAt", Entity(name, "Organization"), 0.7)
        return True
    if verb in ("go", "goes", "attend", "attends"):
        return False
    prep = m.group("prep")
    if verb in ("was", "were", "been", "have been", "has been", "had been", "ran", "competed", "participated", "performed") and not prep:
        return False
    if verb in ("was", "were") and not (raw[:1].isupper() or find_time(c.sentence, c.turn.time, "en")):
        return False
    place = clean_object(raw, "place")
    if not place or place.lower() in _GENERIC_PLACES or _NOT_A_PLACE.match(low):
        return False
    if place.lower().split()[0] in _GENERIC_PLACES:
        return False
    if place.lower().endswith("ing"):
        return False  # "went shopping": an outing, not a place
    capital = place[0].isupper()
    c.add("visited", Entity(place, "Place"), 0.8 if capital else 0.6, event=True)
    return True


_NONE_WORD = re.compile(r"^(?:no|zero|none|nothing)\b", re.I)
_R_HAVE_PARTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+|\bplus\s+)(?=(?:a|an|one|two|three|four|five|\d+|some)\s)")


def _r_have(m: re.Match, c: _Clause) -> bool:
    verb = m.group("v").lower()
    raw = m.group("o")
    if c.negated or _NONE_WORD.match(raw):
        return False
    parts = _R_HAVE_PARTS.split(raw)
    if len(parts) > 1:
        found = [_have_one(verb, part, c) for part in parts]
        return any(found)
    return _have_one(verb, raw, c)


_HAVE_ONE_KIN = re.compile(rf"^(?:(?P<num>{_NUM})\s+)?{_KIN_MODS}(?:(?:adult|grown|lovely|beautiful|wonderful|amazing|great|awesome|little|young|older|younger)\s+)*(?P<k>{_KIN})(?![\w-])(?:\s+(?:named|called)\s+(?P<n>[\w'-]+))?", re.I)
_HAVE_ONE_PET = re.compile(rf"^(?:(?P<num>{_NUM})\s+)?(?:[\w'-]+\s+){{0,4}}?(?P<p>{_PET})(?![\w-])(?:\s*,?\s*(?:named|called)\s+(?P<n>[\w'-]+)|\s+(?P<cap>(?-i:[A-Z][\w'-]+)))?", re.I)
_PET_THING_AFTER = re.compile(r"^(?:a\s+)?(?:pet\s+)?(?:food|bed|toy|hair)\b", re.I)
_HAVE_ONE_TRAIT = re.compile(r"^(?P<t>(?:[\w'-]+,?\s+){0,3}(?:hair|eyes|beard|mustache|moustache|tattoos?|piercings?|freckles|glasses|braces|dimples|scars?|dreadlocks|dreads))\b", re.I)
_HAVE_ONE_HEALTH = re.compile(r"^(?:(?:a|an|bad|severe|mild|chronic|terrible)\s+)*(?P<t>adhd|add|ocd|ptsd|anxiety|depression|diabetes|cancer|asthma|autism|epilepsy|arthritis|allergies|bipolar|migraines|insomnia|dyslexia|celiac|disability|disabilities|scoliosis|lupus|ms|multiple\s+sclerosis|fibromyalgia|hearing\s+loss|food\s+allergies|heart\s+condition|heart\s+disease|back\s+problems|back\s+pain|bad\s+back|condition)\b", re.I)
_HAVE_ONE_JOB = re.compile(r"^(?:a\s+)?(?:new\s+|part\s+time\s+|full\s+time\s+)?job\s+(?P<p>at|with|for|as|in)\s+(?P<o>.+)", re.I)
_HAVE_ONE_THING = re.compile(rf"^(?:(?P<num>{_NUM})\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<h>{_POSSESSION})(?![\w-])", re.I)


def _have_one(verb: str, raw: str, c: _Clause) -> bool:
    kin = _HAVE_ONE_KIN.match(raw)
    if kin and verb not in ("bought", "own", "owns"):
        noun = kin.group("k").lower()
        num = (kin.group("num") or "").lower()
        plural = num not in ("", "a", "an", "one")
        label = f"{num} {noun}" if plural and num not in ("some", "several", "many", "twin") else noun
        ent = _owned_entity(c.subject, label, "Person", kin.group("n"))
        c.add(_KIN_PREDICATE.get(noun, "relative"), ent, 0.85)
        c.discourse.mention(c.turn, ent, gender_of_noun(noun) if not plural else None)
        return True
    pet = _HAVE_ONE_PET.match(raw)
    if pet and not _PET_THING_AFTER.match(raw[pet.end():].strip()):
        noun = pet.group("p").lower()
        num = (pet.group("num") or "").lower()
        label = f"{num} {noun}" if num and num not in ("a", "an", "one", "some", "several", "many") else noun
        name = pet.group("n") or pet.group("cap")
        if name and (name.lower() in _STOP or name.lower() in _OBJECT_PRONOUNS):
            name = None
        c.add("hasPet", _owned_entity(c.subject, label, "Animal", name), 0.85)
        return True
    trait = _HAVE_ONE_TRAIT.match(raw)
    if trait:
        phrase = _LEAD.sub("", trait.group("t")).replace(",", "")
        c.add("trait", phrase.lower(), 0.7)
        return True
    health = _HAVE_ONE_HEALTH.match(raw)
    if health:
        c.add("trait", health.group("t").lower(), 0.75)
        return True
    job = _HAVE_ONE_JOB.match(raw)
    if job:
        return _r_job_at(job, c)
    thing = _HAVE_ONE_THING.match(raw)
    if thing:
        obj = clean_object(raw) or thing.group("h")
        c.add("owns", Entity(obj, "Thing"), 0.8 if verb in ("own", "owns", "bought") else 0.7)
        return True
    if verb in ("own", "owns", "bought"):
        obj = clean_object(raw)
        if obj:
            c.add("owns", Entity(obj, "Thing"), 0.75)
            return True
    return False


_DETERMINER_START = re.compile(r"^(?:an?|my|the|\w+)\b", re.I)
_NOT_A_VEHICLE = re.compile(r"^(?:to|around|home|a\s+lot|for|in|on|at|by|through|down|up|back|out|fast|slow|carefully)\b", re.I)


def _r_drive(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if not _DETERMINER_START.match(raw) or _NOT_A_VEHICLE.match(raw):
        return False
    obj = clean_object(raw)
    if not obj:
        return False
    c.add("owns", Entity(obj, "Thing"), 0.6)
    return True


def _r_speak(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    langs = [o for o in _object_list(m.group("o")) if all(_is_language(w) for w in o.split()[:1])]
    for lang in langs:
        c.add("speaks", Entity(lang.title() if lang.islower() else lang, "Thing"), 0.85)
    return bool(langs)


_R_CAN_SPEAK = re.compile(r"^(?:speak|read|write|understand)\s+(?P<o>.+)", re.I)
_NOT_A_SKILL = re.compile(r"^(?:not|never|barely|hardly|only|finally|see|tell|imagine|relate|understand|help|get|go|come|be|do|give|try|say|hear|feel|believe|think|find|wait|afford|work|make|spend|buy|pay|live|stay|keep|take|use|visit|meet|talk|eat|sleep|have|start|leave|retire|ask|hang)\b", re.I)


def _r_can(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    speak = _R_CAN_SPEAK.match(raw)
    if speak and _r_speak(speak, c):
        return True
    if _NOT_A_SKILL.match(raw):
        return False
    skill = clean_object(raw, "activity")
    if not skill:
        return False
    c.add("skill", Entity(skill, "Thing"), 0.7)
    return True


def _r_skill(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    skill = clean_object(m.group("o"), "activity")
    if not skill:
        return False
    c.add("skill", Entity(skill, "Thing"), 0.75)
    return True


_R_PLAY_BAND = re.compile(r"^(?:in|for|with)\s+(?:a|an|the|my|our)\s+(?P<o>(?:[\w'-]+\s+){0,3}(?:band|team|orchestra|league|club|group|choir))\b", re.I)
_R_PLAY_INSTRUMENT = re.compile(rf"^(?:the\s+)?(?P<i>{_alts(_INSTRUMENTS)})\b", re.I)


def _r_play(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    band = _R_PLAY_BAND.match(raw)
    if band:
        c.add("memberOf", Entity(band.group("o"), "Organization"), 0.75)
        return True
    instrument = _R_PLAY_INSTRUMENT.match(raw)
    if instrument:
        c.add("skill", Entity(instrument.group("i").lower(), "Thing"), 0.8)
        return True
    objects = _object_list(raw)
    for obj in objects:
        c.add("habit" if c.habitual else "hobby", Entity(obj, "Thing"), 0.7)
    return bool(objects)


_RUN_A_BUSINESS = re.compile(r"^(?:run|runs)\s+(?:a|an|my|the|our|this|that)\b", re.I)
_TRAVEL_TO = re.compile(r"^(?:travel|travels)\s+to\s+", re.I)


def _r_hobby_verb(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if _RUN_A_BUSINESS.match(raw):
        return False
    if _TRAVEL_TO.match(raw):
        return False
    activity = clean_object(raw, "activity")
    if not activity:
        return False
    c.add("habit" if c.habitual else "hobby", Entity(activity, "Thing"), 0.65 if c.habitual else 0.55)
    return True


def _r_go_ing(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("habit" if c.habitual else "hobby", Entity(m.group("o").lower(), "Thing"), 0.7)
    return True


_MEAT = re.compile(r"^(?:any\s+)?(?:meat|animal\s+products)\b", re.I)
_R_CONSUME_DIET = re.compile(r"^(?:only\s+)?(?P<d>vegan|vegetarian|plant\s+based|kosher|halal|paleo|keto|gluten\s+free|organic|healthy|clean)\b", re.I)


def _r_consume(m: re.Match, c: _Clause) -> bool:
    raw = m.group("o")
    verb = m.group("v").lower()
    if c.negated:
        if verb.startswith("eat") and _MEAT.match(raw):
            c.add("diet", "vegetarian", 0.6)
            return True
        objects = _object_list(raw)
        for obj in objects:
            c.add("dislikes", Entity(obj, "Thing"), 0.5)
        return bool(objects)
    diet = _R_CONSUME_DIET.match(raw)
    if diet:
        c.add("diet", diet.group("d").lower(), 0.7)
        return True
    objects = _object_list(raw)
    if c.habitual:
        activity = clean_object(f"{verb} {raw}", "activity")
        if activity:
            c.add("habit", Entity(activity, "Thing"), 0.6)
            return True
    for obj in objects:
        c.add("likes", Entity(obj, "Thing"), 0.5)
    return bool(objects)


def _r_listen(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    objects = _object_list(m.group("o"))
    for obj in objects:
        c.add("likes", Entity(obj, "Thing"), 0.6)
    return bool(objects)


_NOT_A_GOAL = re.compile(r"^(?:the|a|an|my|your|his|her|be\s+(?:at|there|here|home|back|honest|sure)|see|say|ask|tell|know|go\s+to\s+(?:bed|sleep)|sleep|bed)\b", re.I)
_R_GOAL_BECOME = re.compile(r"^(?:be|become)\s+(?:an?\s+|the\s+)?(?P<o>.+)", re.I)


def _r_goal(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if _NOT_A_GOAL.match(raw):
        return False
    become = _R_GOAL_BECOME.match(raw)
    if become:
        obj = clean_object(become.group("o"))
        if not obj:
            return False
        c.add("goal", Entity(f"become {obj}", "Thing"), 0.65)
        return True
    obj = clean_object(raw, "activity")
    if not obj:
        return False
    c.add("goal", Entity(obj, "Thing"), 0.6)
    return True


def _r_member(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"))
    if not org:
        return False
    c.add("memberOf", Entity(org, "Organization"), 0.75, event=m.group("v").lower() == "joined")
    return True


def _r_spouse(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    person = Entity(m.group("n"), "Person")
    c.add("partner" if m.group("v").lower().startswith("dat") else "spouse", person, 0.8)
    c.discourse.mention(c.turn, person)
    return True


def _r_know(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    person = Entity(m.group("n"), "Person")
    c.add("knows", person, 0.65, event=m.group("v").lower() == "met")
    c.discourse.mention(c.turn, person)
    return True


def _r_named(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("name", m.group("n"), 0.85)
    return True


def _r_religion(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("religion", "theist", 0.5)
    return True


@dataclass(frozen=True)
class _RuleTable:
    """Rules tried in order, first match whose rule accepts wins.

    ``first`` is every pattern in one alternation (as look-aheads, groups unnamed), so that one
    regex call finds the first rule whose pattern matches instead of one call per rule.
    """

    rules: tuple[tuple[re.Pattern, _Rule], ...]
    first: re.Pattern


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def _compile(rules: list[tuple[str, _Rule]]) -> _RuleTable:
    compiled = tuple((re.compile(p, re.I), f) for p, f in rules)
    alternation = "|".join(f"(?=(?:{_GROUP_NAME.sub('(?:', p)}))(?P<r{i}>)" for i, (p, _) in enumerate(rules))
    return _RuleTable(compiled, re.compile(alternation, re.I))


_AS_LIKE = re.compile(r"(?P<v>like)\s+(?P<o>.+)")
_VERB_RULES = _compile([
    (r"^(?:am|is|are|was|be)\s+(?:originally\s+)?from\s+(?P<o>.+)", _r_from),
    (r"^(?:come|comes|hail|hails)\s+from\s+(?P<o>.+)", _r_from),
    (r"^(?:grew|grow|growing)\s+up\s+(?:in|on|around|near|outside(?:\s+of)?)\s+(?P<o>.+)", _r_from),
    (r"^(?:am|is|are)\s+(?:(?:now|recently|newly|happily|just|finally)\s+)*(?P<s>married|engaged)\s+to\s+(?P<to>.+)", _r_marital_event),
    (r"^(?:(?:just|recently|finally|soon)\s+)?(?:got|get|getting|gotten)\s+(?P<s>married|engaged|divorced|separated)\b(?:\s+to\s+(?P<to>.+))?", _r_marital_event),
    (r"^(?:have|has)\s+been\s+(?:(?:happily|recently|just)\s+)?(?P<s>married|divorced|engaged|single|separated|widowed)\b(?:\s+to\s+(?P<to>.+))?", _r_marital_event),
    (r"^(?:was|were)\s+(?:(?:just|recently)\s+)*(?P<s>divorced|widowed|separated)\b(?P<to>)", _r_marital_event),
    (r"^(?:am|is|are)\s+(?:(?:now|recently|newly|happily|just|finally)\s+)*(?P<s>divorced|widowed|separated)\s+from\b(?P<to>)", _r_marital_event),
    (r"^(?:am|is|are)\s+(?P<o>.+)", _r_copula),
    (r"^(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+(?:in|on|at|near|by|outside(?:\s+of)?|around|just\s+outside(?:\s+of)?)\s+(?P<o>.+)", _r_live),
    (r"^(?:(?:chose|choose|decided|became|become|went|go|turned|switched)\s+(?:to\s+(?:be|go|become)\s+)?)(?:a\s+)?"
     r"(?P<d>vegan|vegetarian|pescatarian|keto|paleo|gluten\s+free)\b", lambda m, c: not c.negated and (c.add("diet", _DIETS[m.group("d").lower()], 0.75) or True)),
    (r"^(?:just\s+)?(?:moved|relocated|moving|retired)\s+(?:back\s+)?to\s+(?P<o>.+)", _r_moved),
    (r"^(?:was|were)\s+(?:born|raised)\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at|on)\s+(?P<o>.+)", _r_born),
    (r"^(?:work|works|working)\s+as\s+(?:an?\s+|the\s+)?(?P<o>.+)", _r_work_as),
    (r"^(?:work|works|working)\s+(?:full\s+time\s+|part\s+time\s+|nights\s+|days\s+)?(?P<p>at|for|in|on|with)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:employed|hired)\s+(?P<p>at|by|for)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:just\s+)?(?:got\s+off|get\s+off|left|leaving|heading\s+to|going\s+to|headed\s+to|at|back\s+from|home\s+from)\s+work\s+(?P<p>at|from)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:got|have|has|had|started|landed)\s+(?:a\s+)?(?:new\s+)?job\s+(?P<p>at|with|for|as|in)\s+(?P<o>.+)", _r_job_at),
    (r"^(?:teach|teaches|teaching)(?:\s+(?P<o>.+))?$", _r_teach),
    (r"^(?:study|studies|studying|major|majoring|majored|studied)\s+(?:[\w\s-]+?\s+)?(?:at|in)\s+(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b.*|(?-i:[A-Z]).+)", _r_study_at),
    (r"^(?:go|goes|going)\s+to\s+(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b(?:\s+(?:of|in)\s+[\w\s]+)?)", _r_study_at),
    (r"^(?:study|studies|studying|studied|major|majors|majoring|majored)\s+(?:in\s+)?(?P<o>(?!at\b|with\b|for\b|abroad\b).+)", _r_study),
    (r"^(?:was|were)\s+an?\s+(?P<o>[a-z][\w\s-]*?)\s+major\b", lambda m, c: not c.negated and _add_field(m.group("o"), c, 0.75)),
    (r"^(?:went|go|goes|going|am\s+going|went\s+back|going\s+back)\s+to\s+(?:school|college|university|uni|grad\s+school)\s+for\s+(?P<o>.+)", _r_study),
    (_DEGREE_VERB + r"\s+" + _DEGREE, _r_degree),
    (r"^(?P<v>graduated|graduate|graduates)\s+(?:from\s+)?(?P<o>.+)", _r_school_go),
    (r"^(?P<v>was|were)\s+(?:a\s+student|educated)\s+at\s+(?P<o>.+)", _r_school_go),
    (r"^(?P<v>like|likes|love|loves|enjoy|enjoys|adore|adores|prefer|prefers|dig|fancy|appreciate|appreciates|liking|loving|enjoying|really\s+like|really\s+love)\s+(?P<o>.+)", _r_likes),
    (r"^(?:hate|hates|dislike|dislikes|detest|detests|despise|despises|loathe|loathes|cannot\s+stand|can't\s+stand|abhor|abhors|hating)\s+(?P<o>.+)", _r_dislikes),
    (r"^(?:am|is|are)?\s*(?:afraid|scared|terrified|frightened)\s+of\s+(?P<o>.+)|^(?:fear|fears)\s+(?P<o2>.+)", lambda m, c: _r_afraid(_ANY.match(m.group("o") or m.group("o2")), c)),
    (r"^(?:am|is|are)?\s*allergic\s+to\s+(?P<o>.+)", _r_allergic),
    (r"^(?:am|is|are)?\s*(?:into|obsessed\s+with|addicted\s+to|passionate\s+about|crazy\s+about|fond\s+of|keen\s+on|a\s+(?:big\s+|huge\s+)?fan\s+of|(?:big\s+|huge\s+)?fan\s+of)\s+(?P<o>.+)", lambda m, c: _r_likes(_AS_LIKE.match("like " + m.group("o")), c)),
    (r"^(?:am|is|are)?\s*(?:good|great|skilled|talented|excellent|amazing|an\s+expert)\s+(?:at|in|with)\s+(?P<o>.+)", _r_skill),
    (r"^(?:am|is|are)?\s*fluent\s+in\s+(?P<o>.+)", _r_speak),
    (r"^(?:am|is|are)?\s*(?:a\s+)?(?:member|part)\s+of\s+(?P<o>.+)", _r_member_in),
    (r"^(?:am|is|are)?\s*(?:in|at)\s+(?P<o>(?:(?:the\s+)?\d+(?:st|nd|rd|th)\s+grade)|(?:(?:high|grad|graduate|med|medical|law|middle|elementary|nursing|art|culinary|beauty|film|business|community|junior|boarding)\s+)?(?:school|college|university|uni))\b", _r_school_in),
    (r"^(?:am|is|are)?\s*in\s+(?:the\s+|a\s+|an\s+|my\s+)?(?P<o>(?:[\w'-]+\s+){0,2}?(?:navy|army|military|air\s+force|marines|marine\s+corps|coast\s+guard|national\s+guard|band|choir|club|orchestra|league|team|union|fraternity|sorority|church\s+choir|cult|gang|peace\s+corps|reserves))\b", _r_member_in),
    (r"^(?P<v>joined|join|belong\s+to|belongs\s+to|volunteer\s+(?:at|with|for)|volunteers\s+(?:at|with|for)|sing\s+in|sings\s+in)\s+(?:a|an|the|my|our)?\s*(?P<o>.+)", _r_member),
    (r"^(?P<v>have|has|got|have\s+got|has\s+got|own|owns|bought|adopted|rescued|raise|raises|keep|keeps|just\s+got|recently\s+got|also\s+have)\s+(?P<o>.+)", _r_have),
    (r"^(?:drive|drives|driving)\s+(?P<o>.+)", _r_drive),
    (r"^(?:speak|speaks|speaking)\s+(?P<o>.+)", _r_speak),
    (r"^(?:can)\s+(?P<o>.+)", _r_can),
    (r"^(?:know|knows)\s+how\s+to\s+(?P<o>.+)", _r_skill),
    (r"^(?:spend|spends)\s+(?:(?:most|all|a\s+lot|much)\s+of\s+)?(?:my|our|his|her)\s+(?:free\s+|spare\s+|down\s+|extra\s+)?"
     r"(?:time|weekends?|evenings?|days?|summers?|nights?|afternoons?)\s+(?P<o>[a-z]+ing\b.*)", _r_hobby_verb),
    (r"^(?:have|has)\s+been\s+(?P<o>(?!to\b|in\b|at\b|there\b|here\b|on\b|through\b|around\b|all\s+over\b|married\b|divorced\b)\w.*)", _r_copula),
    (r"^(?:learned|learnt|taught\s+myself)\s+(?:how\s+)?to\s+(?P<o>.+)", _r_skill),
    (r"^(?:play|plays|playing)\s+(?P<o>.+)", _r_play),
    (r"^(?:do|does|practice|practices|practise|practises|practicing|doing)\s+(?P<o>yoga|pilates|karate|judo|taekwondo|tae\s+kwon\s+do|jiu\s+jitsu|kung\s+fu|crossfit|ballet|tai\s+chi|martial\s+arts|gymnastics|archery|photography|pottery|calligraphy|origami|parkour|triathlons?|marathons?|zumba|meditation|puzzles|crosswords)\b", lambda m, c: _r_go_ing(m, c)),
    (r"^(?:go|goes)\s+(?P<o>hiking|fishing|camping|swimming|running|jogging|shopping|bowling|dancing|skiing|snowboarding|hunting|surfing|biking|cycling|kayaking|canoeing|sailing|rock\s+climbing|climbing|skating|ice\s+skating|skateboarding|horseback\s+riding|riding|walking|diving|scuba\s+diving|boating|birdwatching|bird\s+watching|clubbing|partying|antiquing|thrifting|golfing|backpacking|rafting|paddle\s+boarding|sledding|fly\s+fishing)\b", _r_go_ing),
    (r"^(?:listen|listens|listening)\s+to\s+(?P<o>.+)", _r_listen),
    (r"^(?:watch|watches|watching)\s+(?P<o>(?!my\b|the\s+kids\b|them\b|him\b|her\b|it\b|out\b|over\b).+)", _r_listen),
    (r"^(?P<v>eat|eats|drink|drinks|eating|drinking)\s+(?P<o>.+)", _r_consume),
    (r"^(?P<v>went|go|goes|have\s+been|has\s+been|had\s+been|been|traveled|travelled|travel|travels|flew|drove|visited|visit|visits|toured|vacationed|backpacked|attended|attend|attends|took\s+a\s+trip|went\s+on\s+a\s+trip|was|were|ran|competed|participated|performed)\s+(?P<prep>(?:to|in|through|around|across|at|on|back\s+to|over\s+to|down\s+to|up\s+to|out\s+to|all\s+over)\s+)?(?P<o>.+)", _event_or_place),
    (r"^(?P<v>(?:always\s+)?wanted)\s+to\s+(?P<o>(?:be|become)\s+.+)", lambda m, c: bool(_ALWAYS.search(c.sentence)) and _r_goal(m, c)),
    (r"^(?P<v>want|wants|plan|plans|planning|hope|hopes|hoping|intend|intends|aim|aims|aspire|aspires|dream|dreams|am\s+going|am\s+planning|am\s+hoping|am\s+trying|is\s+going|is\s+planning|going|trying|am\s+saving\s+up|saving\s+up|working\s+towards?|would\s+like)\s+(?:to|of)\s+(?P<o>.+)", _r_goal),
    (r"^(?P<v>(?:got\s+)?married|(?:am\s+)?dating|(?:got\s+)?engaged)\s+(?:to\s+)?(?P<n>(?-i:" + _NAME + r"))", _r_spouse),
    (r"^(?P<v>know|knows|met)\s+(?P<n>(?-i:" + _NAME + r"))", _r_know),
    (r"^(?:am\s+)?(?:called|named)\s+(?P<n>" + _NAME + r"|[a-z]+)\s*(?:[.!,]|$)", _r_named),
    (r"^(?:go\s+by)\s+(?P<n>[\w'-]+)", _r_named),
    (r"^(?:believe|believes)\s+in\s+god\b", _r_religion),
    (r"^(?:do|does)\s+(?P<o>(?!not\b|too\b|that\b|it\b|this\b|so\b|well\b|fine\b|ok\b|okay\b|good\b|great\b|alright\b|what\b|a\s+lot\b|lots\b|nothing\b|something\b|anything\b|everything\b|my\s+best\b|the\s+same\b)[a-z][\w\s'-]*)", _r_hobby_verb),
    (r"^(?P<o>(?:hike|hikes|fish|fishes|knit|knits|paint|paints|garden|gardens|surf|surfs|ski|skis|run|runs|jog|jogs|bake|bakes|cook|cooks|dance|dances|sing|sings|swim|swims|read|reads|write|writes|draw|draws|hunt|hunts|bowl|bowls|camp|camps|crochet|crochets|sew|sews|golf|golfs|skate|skates|climb|climbs|box|boxes|bike|bikes|cycle|cycles|meditate|meditates|volunteer|volunteers|work\s+out|works\s+out|exercise|exercises|blog|blogs|collect|collects|travel|travels|shop|shops|sketch|sketches|sculpt|sculpts|quilt|quilts|garden|gardens|brew|brews|lift|lifts|lift\s+weights|train|trains|rap|raps|gamble|gambles|fly|flies|sail|sails|kayak|kayaks|ride|rides|tinker|tinkers|build|builds|restore|restores|grow|grows|make|makes|compose|composes|write|writes|photograph|photographs)\b.*)", _r_hobby_verb),
])

#: Rules tried on the rest after "am/is": progressive, passive and adjectival forms.
_VERB_OBJECT = re.compile(r"(?P<v>\w+) (?P<o>.+)")
_COPULA_RULES = _compile([
    (r"^(?:originally\s+)?from\s+(?P<o>.+)", _r_from),
    (r"^born\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at|on)\s+(?P<o>.+)", _r_born),
    (r"^(?:living|staying|based|located)\s+(?:in|on|at|near|by|outside(?:\s+of)?|around)\s+(?P<o>.+)", _r_live),
    (r"^working\s+as\s+(?:an?\s+|the\s+)?(?P<o>.+)", _r_work_as),
    (r"^(?:working|employed)\s+(?:full\s+time\s+|part\s+time\s+)?(?P<p>at|for|in|on|with|by)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:studying|majoring)\s+(?:[\w\s-]+?\s+)?(?:at|in)\s+(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b.*|(?-i:[A-Z]).+)", _r_study_at),
    (r"^teaching(?:\s+(?P<o>.+))?$", _r_teach),
    (r"^(?:studying|majoring)\s+(?:in\s+)?(?P<o>(?!at\b|with\b|for\b|abroad\b).+)", _r_study),
    (r"^(?:going|gone|getting)\s+(?P<t>bald|gr[ae]y|blind|deaf)\b", lambda m, c: not c.negated and (c.add("trait", m.group("t").lower(), 0.65) or True)),
    (r"^(?:raised|grew\s+up)\s+(?:in|on|around|near)\s+(?P<o>.+)", _r_from),
    (r"^(?:volunteering)\s+(?:at|with|for)\s+(?:a|an|the|my|our)?\s*(?P<o>.+)",
     lambda m, c: _r_member(_VERB_OBJECT.match("volunteer " + m.group("o")), c)),
    (r"^(?:going|attending)\s+(?:to\s+)?(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b(?:\s+(?:of|in)\s+[\w\s]+)?)", _r_study_at),
    (r"^(?P<v>planning|hoping|trying|going|saving\s+up)\s+(?:to|of)\s+(?P<o>.+)", _r_goal),
    (r"^(?:(?P<v>thinking\s+(?:about|of)|considering|planning\s+on|working\s+on|working\s+towards|in\s+the\s+process\s+of)\s+)?"
     r"becoming\s+(?P<o>.+)", lambda m, c: _r_goal(_ANY_BECOME.match("become " + m.group("o")), c)),
    (r"^(?P<v>married|dating|engaged)\s+(?:to\s+)?(?P<n>(?-i:" + _NAME + r"))", _r_spouse),
    (r"^(?:afraid|scared|terrified|frightened)\s+of\s+(?P<o>.+)", _r_afraid),
    (r"^allergic\s+to\s+(?P<o>.+)", _r_allergic),
    (r"^(?:into|obsessed\s+with|addicted\s+to|passionate\s+about|crazy\s+about|fond\s+of|keen\s+on)\s+(?P<o>.+)",
     lambda m, c: _r_likes(_AS_LIKE.match("like " + m.group("o")), c)),
    (r"^(?:(?:pretty|really|very|quite|so)\s+)?(?:good|great|skilled|talented|excellent|amazing|awesome|decent|proficient|experienced|gifted)\s+(?:at|in|with)\s+(?P<o>.+)", _r_skill),
    (r"^fluent\s+in\s+(?P<o>.+)", _r_speak),
    (r"^(?:a\s+)?(?:member|part)\s+of\s+(?P<o>.+)", _r_member_in),
    (r"^(?:in|at)\s+(?P<o>(?:(?:the\s+)?\d+(?:st|nd|rd|th)\s+grade)|(?:(?:high|grad|graduate|med|medical|law|middle|elementary|nursing|art|culinary|beauty|film|business|community|junior|boarding)\s+)?(?:school|college|university|uni))\b", _r_school_in),
    (r"^(?:(?:currently|now|still)\s+)?(?:in|living\s+in)\s+(?P<o>(?!(?:the|a|an|my|our|love|bed|trouble|pain|shape|charge|debt|luck|line|town|school|college|class|church|jail|prison|touch|need|favor|favour|fact|general|time|good|great|bad|for|between|front|public|private|person|it|there|here|heaven|hospital|labor|agreement|danger|tears|shock|awe)\b)[\w'-]+(?:\s+[\w'-]+){0,3}(?:\s*,\s*[\w'-]+(?:\s+[\w'-]+)?)?)", _r_am_in),
    (r"^in\s+(?:the\s+|a\s+|an\s+|my\s+)?(?P<o>(?:[\w'-]+\s+){0,2}?(?:navy|army|military|air\s+force|marines|marine\s+corps|coast\s+guard|national\s+guard|band|choir|club|orchestra|league|team|union|fraternity|sorority|cult|gang|peace\s+corps|reserves))\b", _r_member_in),
])


def _dispatch(rest: str, clause: _Clause, table: _RuleTable) -> bool:
    """Run the first rule of ``table`` whose pattern matches ``rest`` and accepts; False if none."""
    first = table.first.match(rest)
    if first is None:
        return False
    start = int(first.lastgroup[1:])
    for pattern, rule in table.rules[start:]:
        m = pattern.match(rest)
        if m and rule(m, clause):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Mentions anywhere in a clause


_SCAN_KIN = re.compile(
    rf"(?i:\b(?P<poss>my|our)\s+(?P<mods>{_KIN_MODS})(?P<noun>{_KIN}))(?![\w-])"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<name>{_NAME})|(?i:\s+(?:is\s+)?(?:named|called)\s+(?P<called>[\w'-]+)))?"
)
_PET_FILL = (r"(?:(?!(?:has|have|had|is|are|was|were|does|do|did|got|gets|likes?|loves?|hates?|wants?|needs?|"
             r"eats?|the|a|an|i|you|he|she|they|we|it|to|for|with|of|in|on|at|my|our|your|his|her|" + _KIN[3:-1] +
             r")\b)[\w'-]+,?\s+){0,4}?")
_SCAN_PET = re.compile(
    rf"(?i:\b(?P<poss>my|our)\s+{_PET_FILL}(?P<noun>{_PET}))(?![\w-])"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<name>[A-Z][\w'-]+)"
    rf"|(?i:(?:\s+(?:is\s+)?(?:named|called)|'?s\s+name\s+is)\s+(?P<called>[\w'-]+)))?"
)
_REGION = _alts(" ".join(r.replace(" ", "_") for r in _REGIONS))
_NEGATION_WORD = re.compile(r"\b(?:not|never|no)\b", re.I)
_EX_BEFORE = re.compile(r"\bex[\s-]*$", re.I)
_SCAN_BODY = re.compile(
    r"\bmy\s+(?P<o>(?:(?:\d+|two|three|four|five|many|several|new|little|tiny|big|huge|cute|bright|red|pink|blue|"
    r"green|black)\s+)*(?:tattoos?|piercings?|freckles|dimples|dreadlocks|dreads|braces|glasses|nails|beard|mustache|moustache))\b"
    r"(?!\s+(?:on|for|from|at)\b)",
    re.I,
)
_SCAN_HEALTH = re.compile(
    r"\bmy\s+(?P<o>adhd|ocd|ptsd|anxiety|depression|diabetes|asthma|autism|epilepsy|arthritis|allergies|bipolar|"
    r"migraines|insomnia|dyslexia|scoliosis|lupus|back\s+pain|bad\s+back|disability|cancer|illness|wheelchair)\b",
    re.I,
)
_SCAN_KIN_IN = re.compile(
    rf"(?i:\b(?:my|our)\s+{_KIN_MODS}(?P<noun>{_KIN}))(?![\w-])(?:\s*,?\s*(?P<name>{_NAME}))?"
    rf"(?i:\s+(?:who\s+)?(?:lives|is|are|live|living)?\s*(?:back\s+)?in\s+(?P<p>{_REGION}))\b"
)
_SCAN_HERE_IN = re.compile(rf"\b(?:here|out\s+here|over\s+here|down\s+here|up\s+here)\s+in\s+(?P<p>{_REGION})\b", re.I)
_SCAN_BEING_MARRIED = re.compile(r"(?:^|\b(?:enjoy|love|like|hate|with|of|about)\s+)being\s+(?P<s>married|single|divorced|engaged|a\s+widow(?:er)?|widowed)\b", re.I)
_SCAN_HOMETOWN = re.compile(
    r"\bmy\s+(?:home\s*town|homeland|home\s+state|home\s+country|birth\s*place)\s+(?:is|was)\s+(?P<o>.+)"
    r"|(?P<o2>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|was)\s+my\s+(?:home\s*town|homeland|home\s+state|home\s+country)\b",
    re.I,
)
_SCAN_MAJOR = re.compile(r"\bmy\s+(?:college\s+|university\s+)?(?:major|field\s+of\s+study)\s+(?:is|was)\s+(?:in\s+)?(?P<o>.+)", re.I)
_SCAN_DEGREE = re.compile(r"\bmy\s+(?P<kind>(?:[\w'.]+\s+){1,3}?)??(?P<deg>" + _DEGREE_WORD + r")\b(?:\s+(?:in|on)\s+(?P<f>.+))?", re.I)
_REGION_AFTER = re.compile(rf"\s*,\s*(?P<p>{_REGION})\b", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|be)\s+(?:(?:definitely|probably|also|still|really)\s+)?$", re.I)
_FIELD_TAIL = re.compile(r"\s+(?:degree|degrees|major|classes|class|courses|program)\b.*$", re.I)
_SCAN_OWN = re.compile(rf"\b(?:my|our)\s+(?:(?:new|old|own|first|little|big|beloved|favorite|\w+)\s+)?(?P<o>{_POSSESSION})(?![\w-])", re.I)
_SCAN_NAMED_KIN = re.compile(rf"(?P<name>{_NAME})\s+(?:is|was)\s+(?i:my)\s+(?i:{_KIN_MODS})(?P<noun>(?i:{_KIN}))\b")
_SCAN_MY_NAME = re.compile(
    r"(?:\bmy\s+name\s+is|^(?:(?:hi|hello|hey)[\s,!.]*)?names?\s+(?:is\s+)?(?=[a-z])|\bcall\s+me|\bi\s+am\s+called|\bi\s+go\s+by)"
    r"\s+(?P<n>[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)",
    re.I,
)
_SCAN_GREETING_NAME = re.compile(r"^(?:hi|hello|hey|greetings)(?:\s+there)?[\s,!.]*i\s+am\s+(?P<n>[a-z][a-z'-]+)\s*(?:[.!,]|$)", re.I)
_SCAN_OTHER_NAME = re.compile(r"\b(?:his|her|its|their)\s+name\s+is\s+(?P<n>[A-Za-z][\w'-]*)", re.I)
_SCAN_FAVORITE = re.compile(
    r"\b(?:my|our)\s+(?:all\s+time\s+|absolute\s+|very\s+|most\s+)?favorite\s+(?P<cat>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?:is|are|was|has\s+to\s+be|would\s+be|happens\s+to\s+be|must\s+be|will\s+always\s+be|:|-|=)\s+(?P<o>.+)",
    re.I,
)
_SCAN_FAVORITE_APPOS = re.compile(
    r"\b(?:my|our)\s+favorite\s+(?P<cat>band|show|movie|film|book|song|singer|artist|author|team|game|food|drink|color|colour|season|sport|animal|place|restaurant|series|album|character|hobby|actor|actress|musician|rapper|group|holiday|city|fruit|dessert|snack)\s*,?\s+(?P<o>(?!is\b|are\b|was\b|has\b|would\b|must\b|happens\b)[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.I,
)
_SCAN_IS_FAVORITE = re.compile(
    r"(?P<o>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:is|are|was)\s+(?:definitely\s+|probably\s+|also\s+|still\s+|really\s+)?(?:(?:my|our)\s+(?:all\s+time\s+|absolute\s+)?favorite|(?:a|one\s+of)\s+(?:my\s+)?(?:favorite|favorites)(?:\s+of\s+mine)?)\b",
    re.I,
)
_SCAN_MINE = re.compile(r"^(?:(?:and|well|oh|as\s+for\s+me)[\s,]+)?(?:mine|my\s+favorite)\s+(?:is|are|would\s+be|has\s+to\s+be)\s+(?P<o>.+)", re.I)
_SCAN_HOBBY = re.compile(r"\bmy\s+(?:favorite\s+)?(?:hobby|hobbies|passion|pastime|passions|pastimes)\s+(?:is|are|include|includes|would\s+be)\s+(?P<o>.+)", re.I)
_SCAN_JOB = re.compile(r"\bmy\s+(?:job|profession|occupation|career|work)\s+(?:is|as)\s+(?:an?\s+)?(?P<o>.+)", re.I)
_SCAN_MY_JOB_AT = re.compile(r"\bmy\s+(?:new\s+|part\s+time\s+|full\s+time\s+|day\s+)?job\s+(?P<p>at|with)\s+(?P<o>.+)", re.I)
_SCAN_WHERE_I_WORK = re.compile(
    r"\b(?:the|a|an|this)\s+(?P<o>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:(?:where|that)\s+i\s+(?:work|am\s+working)\b"
    r"|i\s+(?:work|am\s+working)\s+(?:at|for|in)\b)",
    re.I,
)
_FAVORITE_OR_YOURS = re.compile(r"\bfavorite\b|\byours\b", re.I)
_SCAN_THING = re.compile(
    r"(?P<o>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|are)\s+(?:not\s+my\s+(?P<neg>thing|cup\s+of\s+tea|forte|jam)"
    r"|my\s+(?:(?:true|first|one|great|big|only)\s+)?(?P<pos>things?|colou?r|jam|passion|life|obsession|weakness|love|downfall|"
    r"guilty\s+pleasure|vice|addiction|comfort\s+food|therapy|happy\s+place|escape))\b"
    r"|\bmy\s+(?:(?:biggest|only|one|true|great)\s+)?(?:weakness|downfall|guilty\s+pleasure|vice|addiction|obsession|"
    r"passion|comfort\s+food)\s+(?:is|are)\s+(?P<o2>[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.I,
)
#: "baking cakes is so relaxing": an activity the speaker calls fun is one they like
_SCAN_GERUND_FUN = re.compile(
    r"(?P<o>[a-z]+ing(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+(?:(?:so|really|very|super|such|always|a\s+lot\s+of)\s+)?"
    r"(?:fun|relaxing|therapeutic|enjoyable|my\s+favorite(?:\s+thing)?|the\s+best|awesome|amazing|a\s+blast)\b",
    re.I,
)
_SCAN_TASTY = re.compile(
    r"(?P<o>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|are|tastes?|taste)\s+(?:(?:so|really|very|super|just|always)\s+)?"
    r"(?:delicious|yummy|tasty|scrumptious|good\s+to\s+eat)\b",
    re.I,
)
_SCAN_HAIR = re.compile(
    r"\bmy\s+(?P<o>(?:(?:long|short|curly|straight|wavy|red|blonde|blond|brown|black|grey|gray|white|blue|green|hazel|dark|light|pink|purple|dyed|auburn|brunette|natural)\s+){1,3}(?:hair|eyes|beard))\b"
    r"|\bmy\s+(?P<part>hair|eyes|beard)\s+(?:is|are)\s+(?:(?:naturally|really|very|so|only|ever|always|kept|dyed|currently|now)\s+)*(?P<c>long|short|curly|straight|wavy|red|blonde|blond|brown|black|grey|gray|white|blue|green|hazel|dark|pink|purple|auburn)\b"
    r"|\bdyed\s+my\s+hair\s+(?:(?:bright|dark|light|back\s+to)\s+)?(?P<dyed>red|blonde|blond|brown|black|pink|purple|blue|green|white|silver|orange|platinum)\b",
    re.I,
)




def _plausible_name(name: str) -> bool:
    low = name.lower()
    first = low.split()[0]
    return not (first in _STOP or first in _OBJECT_PRONOUNS or first in _NOT_NAMES or _is_job(low)
                or first in _DEMONYMS or first in _RELIGIONS or first in _TRAIT_SET
                or first in _MARITAL_STATUS or first in _GENDERS or first.isdigit()
                or first.endswith("ing") or first in _DIETS)


@dataclass
class _TurnState:
    """What a turn has said so far: its facts and its last thing, for "it is my favorite"."""

    facts: list[tuple] = field(default_factory=list)
    last_thing: Entity | None = None
    last_owned: Entity | None = None


_IF_START = re.compile(r"^(?:even\s+)?if\b", re.I)
_AUX_START = re.compile(r"^(?:am|is|are|was|have|has|had|get|got|do|does|did)\b", re.I)
_WORD_START = re.compile(r"^[a-z]+")
_AUX_OR_LIGHT_START = re.compile(r"^(?:am|is|are|was|have|has|had|get|got|do|does|did|make|feel)\b", re.I)
_WISHED_FOR = re.compile(r"\b(?:own|future|new)\s", re.I)
_UP_TO_LAST_VERB = re.compile(r"^.*\b(?:and|but|i\s+think|though|so|because|like|love|loves|likes)\s+", re.I)
class EnglishRules:
    """Rule-based extraction of facts from English turns.

    >>> from kg_memory.types import Turn
    >>> t = Turn("c", "1", "Ann", "I don't like cats. Do you like dogs?")
    >>> [(f.predicate, f.object.label) for f in EnglishRules().extract_turn(t, Discourse([t]))]
    [('dislikes', 'cats')]
    """

    lang = "en"

    def extract_turn(self, turn: Turn, discourse: Discourse, previous_text: str = "") -> list[Fact]:
        """Return the facts stated in ``turn``; ``previous_text`` is the turn before (for "mine is X")."""
        state = _TurnState(last_thing=_question_topic(previous_text))
        text = normalize(turn.text)
        for sentence in _SENTENCE.split(text):
            sentence = sentence.strip()
            if not sentence:
                continue
            if _is_question(sentence):
                state.last_thing = _question_topic(sentence) or state.last_thing
                sentence = _statement_before_tail_question(sentence)
                if not sentence:
                    continue
            self._sentence(sentence, turn, discourse, state, previous_text + " " + text)
        facts: dict[tuple, Fact] = {}
        for subject, predicate, obj, confidence, when in state.facts:
            key = (subject, predicate, obj)
            if key not in facts or facts[key].confidence < confidence:
                facts[key] = make_fact(subject, predicate, obj, confidence, turn, when)
        return list(facts.values())

    def _sentence(self, sentence: str, turn: Turn, discourse: Discourse, state: _TurnState, previous: str) -> None:
        greeting = _SCAN_GREETING_NAME.match(sentence)
        if greeting and _plausible_name(greeting.group("n")):
            self._collect([(discourse.speaker(turn), "name", greeting.group("n"), 0.6, None)], state)
        clauses = [part for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip() for part in _split_run_on(c)]
        subject: tuple[Entity, float] | None = None
        for raw in clauses:
            clause = raw.strip(" ,;:")
            if _CONDITIONAL.match(clause) or _IF_START.match(clause):
                return
            if _IRREALIS.search(clause) or _is_question(clause):
                if not _is_question(clause) and not _WISH.search(clause):
                    # "my two dogs would love that": the dogs exist whatever the modal says (but
                    # a wish gives nothing at all: "I wish my sister lived here")
                    self._scan_possessives(clause, turn, discourse, state, modal=True)
                subject = None
                continue
            self._scan_possessives(clause, turn, discourse, state)
            self._scan(clause, turn, discourse, state, previous)
            body = _FILLER.sub("", clause).strip()
            if not body:
                continue
            parsed = self._subject(body, turn, discourse, state)
            if parsed is not None:
                subject, rest = parsed[:2], parsed[2]
            elif subject is not None and _CONTINUES.match(body):
                rest = body
            elif subject is None and _ELLIPSIS.match(body):
                # chat drops the "I": "love pretzels and a good episode", "work at a bank"
                subject, rest = (discourse.speaker(turn), 0.8), body
            else:
                subject = None
                later = _LATE_FIRST_PERSON.search(body)
                if later is not None:  # "she says i have his blue eyes"
                    self._predicate(body[later.end():], (discourse.speaker(turn), 0.9), clause, sentence, turn, discourse, state)
                continue
            if subject is None:
                continue
            if not self._predicate(rest, subject, clause, sentence, turn, discourse, state):
                # run-on chat: "i live in manhattan i love to paint", "now i have back pain"
                later = _LATE_FIRST_PERSON.search(rest)
                if later is not None:
                    self._predicate(rest[later.end():], (discourse.speaker(turn), 0.9), clause, sentence, turn, discourse, state)

    def _subject(self, body: str, turn: Turn, discourse: Discourse, state: _TurnState) -> tuple[Entity, float, str] | None:
        m = _SUBJECT.match(body)
        if not m:
            later = _LATE_FIRST_PERSON.search(body)
            if later is None:
                return None
            body = body[later.start():]
            m = _SUBJECT.match(body)
            if not m or not m.group("first"):
                return None
        rest = body[m.end():]
        if m.group("first"):
            word = m.group("first").lower()
            return discourse.speaker(turn), (0.85 if word == "we" else 1.0), rest
        if m.group("you"):
            who = discourse.addressee(turn)
            return (who, 0.8, rest) if who else None
        if m.group("third"):
            gender = MALE if m.group("third").lower() == "he" else FEMALE
            resolved = discourse.third_person(turn, gender)
            return (resolved[0], resolved[1], rest) if resolved else None
        if m.group("noun"):
            poss = m.group("poss").lower()
            if poss in ("his", "her"):
                resolved = discourse.third_person(turn, MALE if poss == "his" else FEMALE)
                if not resolved:
                    return None
                owner, weight = resolved
            elif poss == "your":
                owner, weight = discourse.addressee(turn), 0.8
                if owner is None:
                    return None
            else:
                owner, weight = discourse.speaker(turn), 0.9
            noun = m.group("noun").lower()
            is_pet = noun not in _KIN_PREDICATE
            name = m.group("named") or m.group("lname")
            ent = _owned_entity(owner, noun, "Animal" if is_pet else "Person", name)
            if not is_pet:
                discourse.mention(turn, ent, gender_of_noun(noun))
            return ent, weight, rest
        name = m.group("proper")
        ent = Entity(name, "Person")
        discourse.mention(turn, ent)
        return ent, 0.9, rest

    def _predicate(self, rest: str, subject: tuple[Entity, float], clause: str, sentence: str,
                   turn: Turn, discourse: Discourse, state: _TurnState) -> bool:
        """Match the verb phrase ``rest`` of ``subject``; True when it gave a fact."""
        doing = _DO_ACTIVITY.match(rest)
        rest = _PRE.sub("", rest)
        if _PAST_HABIT.match(rest):
            return True  # a past habit: nothing to say, and nothing to look for further on
        neg = _NEG.match(rest)
        if neg:
            rest = rest[neg.end():]
            rest = _PRE.sub("", rest)
        c = _Clause(turn, subject[0], subject[1], rest, sentence, bool(neg), bool(_HABIT.search(clause)), discourse,
                    state.last_thing)
        matched = _dispatch(rest, c, _VERB_RULES)
        if not matched and doing and not c.negated:
            activity = clean_object(doing.group("o"), "activity")
            if activity:
                c.add("habit" if c.habitual else "hobby", Entity(activity, "Thing"), 0.6)
                matched = True
        fun = _FOR_FUN.search(clause)
        if not matched and fun and not c.negated:
            activity = clean_object(_FOR_FUN.sub("", rest), "activity")
            if activity and not _AUX_START.match(activity):
                c.add("hobby", Entity(activity, "Thing"), 0.7)
                matched = True
        if not matched and c.habitual and not c.negated:
            activity = clean_object(_HABIT.sub("", rest), "activity")
            if activity and _WORD_START.match(activity) and not _AUX_OR_LIGHT_START.match(activity):
                c.add("habit", Entity(activity, "Thing"), 0.5)
        self._collect(c.out, state)
        return bool(c.out)

    def _collect(self, found: list[tuple], state: _TurnState) -> None:
        for item in found:
            state.facts.append(item)
            obj = item[2]
            if isinstance(obj, Entity) and obj.type == "Thing" and item[1] in ("likes", "dislikes", "hobby", "owns"):
                state.last_thing = obj
            if item[1] in ("hasPet", "child", "sibling", "parent", "spouse", "partner") and isinstance(obj, Entity):
                state.last_owned = obj

    def _scan_possessives(self, clause: str, turn: Turn, discourse: Discourse, state: _TurnState,
                          modal: bool = False) -> None:
        """"my sister Anna", "my two dogs", "my car", "my blue eyes" anywhere in the clause.

        ``modal`` clauses ("my dog would love that") keep relatives and pets, which exist whatever
        the modal says, but not "my own dog" (a wish) nor possessions and looks.
        """
        low = clause.lower()
        if "my " not in low and "our " not in low:
            return
        speaker = discourse.speaker(turn)
        out: list[tuple] = []

        def add(subject: Entity, predicate: str, obj: Entity | Value, confidence: float) -> None:
            out.append((subject, predicate, obj, confidence, None))

        negated = bool(_NEGATION_WORD.search(clause))
        for m in _SCAN_KIN.finditer(clause):
            mods = m.group("mods").lower().split()
            if "ex" in mods or _EX_BEFORE.search(clause, 0, m.start()) or (modal and ("own" in mods or "future" in mods)):
                continue
            noun = m.group("noun").lower()
            name = m.group("name") or m.group("lname") or m.group("called")
            if name and name.split()[0].lower() in _STOP:
                name = None
            owner = speaker
            person = _owned_entity(owner, noun, "Person", name)
            predicate = _KIN_PREDICATE.get(noun, "relative")
            add(owner, predicate, person, 0.85 if name else 0.7)
            discourse.mention(turn, person, gender_of_noun(noun))
        for m in _SCAN_NAMED_KIN.finditer(clause):
            if m.group("name").split()[0] in ("I", "It", "This", "That", "He", "She", "There", "What"):
                continue
            noun = m.group("noun").lower()
            person = Entity(m.group("name"), "Person")
            add(speaker, _KIN_PREDICATE.get(noun, "relative"), person, 0.85)
            discourse.mention(turn, person, gender_of_noun(noun))
        for m in _SCAN_PET.finditer(clause):
            if modal and _WISHED_FOR.search(m.group(0)):
                continue
            noun = m.group("noun").lower()
            name = m.group("name") or m.group("lname") or m.group("called")
            if name and (name.lower() in _STOP or name.lower() in _OBJECT_PRONOUNS):
                name = None
            pet = _owned_entity(speaker, noun, "Animal", name)
            add(speaker, "hasPet", pet, 0.85 if name else 0.75)
            state.last_owned = pet
        if not negated and not modal:
            for m in _SCAN_OWN.finditer(clause):
                add(speaker, "owns", Entity(m.group("o").lower(), "Thing"), 0.55)
            for m in _SCAN_HAIR.finditer(clause):
                phrase = m.group("o") or (f"{m.group('dyed')} hair" if m.group("dyed") else f"{m.group('c')} {m.group('part')}")
                add(speaker, "trait", phrase.lower(), 0.6)
            for m in _SCAN_BODY.finditer(clause):
                add(speaker, "trait", _LEAD.sub("", m.group("o").lower()), 0.6)
            for m in _SCAN_HEALTH.finditer(clause):
                add(speaker, "trait", m.group("o").lower(), 0.6)
        if not negated:
            for m in _SCAN_KIN_IN.finditer(clause):
                name = m.group("name")
                noun = m.group("noun").lower()
                person = _owned_entity(speaker, noun, "Person", name if name and name.split()[0].lower() not in _STOP else None)
                add(person, "livesIn", Entity(m.group("p"), "Place"), 0.6)
        self._collect(out, state)

    def _scan(self, clause: str, turn: Turn, discourse: Discourse, state: _TurnState, previous: str) -> None:
        """Names, favourites, hobbies, jobs and other statements anywhere in the clause."""
        speaker = discourse.speaker(turn)
        out: list[tuple] = []
        low = clause.lower()

        def add(subject: Entity, predicate: str, obj: Entity | Value, confidence: float) -> None:
            out.append((subject, predicate, obj, confidence, None))

        negated = bool(_NEGATION_WORD.search(clause))
        # cheap substring tests first: most clauses need none of the patterns below
        if not negated:
            m = _SCAN_HERE_IN.search(clause) if "here " in low else None
            if m:
                add(speaker, "livesIn", Entity(m.group("p"), "Place"), 0.5)
            m = _SCAN_BEING_MARRIED.search(clause) if "being " in low else None
            if m:
                add(speaker, "maritalStatus", _MARITAL_STATUS[m.group("s").lower().split()[-1]], 0.6)
            if "my " in low:
                m = _SCAN_HOMETOWN.search(clause)
                if m:
                    place = clean_object(m.group("o") or m.group("o2"), "place")
                    if place:
                        add(speaker, "hometown", Entity(place, "Place"), 0.75)
                m = _SCAN_MAJOR.search(clause)
                if m:
                    field_ = clean_object(m.group("o"))
                    if field_:
                        add(speaker, "fieldOfStudy", Entity(field_, "Thing"), 0.8)
                m = _SCAN_DEGREE.search(clause)
                if m:
                    for predicate, obj, conf in _degree_facts(m):
                        add(speaker, predicate, obj, conf)
        named = "name" in low
        m = _SCAN_MY_NAME.search(clause) if named or "call" in low or "go by" in low else None
        if m and _plausible_name(m.group("n")):
            add(speaker, "name", m.group("n"), 0.85)
        m = _SCAN_OTHER_NAME.search(clause) if named else None
        if m and state.last_owned is not None and state.last_owned.label.startswith(f"{speaker.label}'s "):
            add(state.last_owned, "name", m.group("n"), 0.7)
        favorite = "favorite" in low
        mine = "my " in low
        if not negated and favorite:
            for pattern, conf in ((_SCAN_FAVORITE, 0.9), (_SCAN_FAVORITE_APPOS, 0.75)):
                m = pattern.search(clause)
                if m and pattern is _SCAN_FAVORITE_APPOS and _COPULA_BEFORE.search(clause, 0, m.start()):
                    m = None
                if m:
                    objects = _object_list(m.group("o"))
                    if m.group("cat").lower() in ("hobby", "hobbies", "pastime", "pastimes", "activity", "activities", "thing to do"):
                        for obj in objects:
                            add(speaker, "hobby", Entity(obj, "Thing"), conf)
                    else:
                        for obj in objects:
                            add(speaker, "favorite", Entity(obj, "Thing"), conf)
                    break
            else:
                m = _SCAN_IS_FAVORITE.search(clause)
                if m:
                    raw = _FILLER.sub("", m.group("o"))
                    raw = _UP_TO_LAST_VERB.sub("", raw)
                    if raw.lower() in ("it", "that", "this", "they", "those", "these") and state.last_thing is not None:
                        add(speaker, "favorite", state.last_thing, 0.6)
                    else:
                        obj = clean_object(raw)
                        if obj:
                            add(speaker, "favorite", Entity(obj, "Thing"), 0.75)
        if not negated:
            m = _SCAN_MINE.match(_FILLER.sub("", clause)) if favorite or "mine " in low else None
            if m and _FAVORITE_OR_YOURS.search(previous + " " + clause):
                for obj in _object_list(m.group("o")):
                    add(speaker, "favorite", Entity(obj, "Thing"), 0.7)
            m = _SCAN_HOBBY.search(clause) if mine else None
            if m:
                for obj in _object_list(m.group("o"), "activity"):
                    add(speaker, "hobby", Entity(obj, "Thing"), 0.85)
            m = _SCAN_JOB.search(clause) if mine else None
            if m:
                title = clean_object(m.group("o"))
                if title and _is_job(title):
                    add(speaker, "jobTitle", title.lower(), 0.8)
            m = _SCAN_MY_JOB_AT.search(clause) if mine else None
            if m:
                org = clean_object(m.group("o"), "place")
                if org:
                    add(speaker, "worksFor", Entity(org, "Organization"), 0.75)
        m = _SCAN_WHERE_I_WORK.search(clause) if "work" in low and not negated else None
        if m:
            org = clean_object(m.group("o"))
            if org:
                add(speaker, "worksFor", Entity(org, "Organization"), 0.7)
        m = _SCAN_TASTY.search(clause) if not negated and ("delicious" in low or "yummy" in low or "tast" in low) else None
        if m:
            obj = clean_object(_FILLER.sub("", m.group("o")))
            if obj and obj.lower() not in ("food", "dinner", "lunch", "breakfast", "meal"):
                add(speaker, "likes", Entity(obj, "Thing"), 0.5)
        m = _SCAN_GERUND_FUN.match(_FILLER.sub("", clause)) if not negated and "ing " in low else None
        if m:
            activity = clean_object(m.group("o"), "activity")
            if activity:
                add(speaker, "likes", Entity(activity, "Thing"), 0.5)
        m = _SCAN_THING.search(clause) if mine else None
        if m:
            obj = clean_object(_FILLER.sub("", m.group("o") or m.group("o2")))
            if obj:
                add(speaker, "dislikes" if m.group("neg") else "likes", Entity(obj, "Thing"), 0.65)
        self._collect(out, state)

"""Objects of English rules: what a rule captured, cut to a short phrase, and the tests on it.

>>> object_list("cats, dogs and birds")
['cats', 'dogs', 'birds']
>>> is_job("high school teacher"), is_language("Spanish"), to_int("twenty-one")
(True, True, 21)
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import lazy
from .called_places import named_place
from .job_names import surname_as_job
from .lexicon import (
    DEMONYMS,
    DIETS,
    GENDERS,
    JOB_SUFFIX,
    JOBS_SET,
    KIN_PREDICATE,
    LANGUAGES,
    LEAD_WORDS,
    LIGHT_VERBS,
    MARITAL_STATUS,
    NOT_JOBS,
    NOT_NAMES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PETS,
    PRAISED_WORKERS,
    REGION,
    RELIGIONS,
    STOP,
    TRAIT_SET,
)
from .place_words import without_part
from .titles import guard_titles

# "New York", "Great Britain": a capitalised "new", "great"... before a capitalised word begins a name, and so does
# "new" before a place that begins with it, in lower case too ("new york city", "new zealand"), and "old school" (hip hop)
LEAD = lazy(rf"^(?:(?!(?-i:(?:New|Old|Great|Good|North|South|The)\s+[A-Z])|new\s+(?:york|jersey|mexico|orleans|hampshire|"
            rf"zealand|england|delhi|haven|brunswick|south\s+wales)\b|old[\s-]+school\b)(?:{LEAD_WORDS})\s+)+", re.I)
_CUT = lazy(
    # "hiking by myself", "swimming myself." are hiking, swimming; "teaching myself guitar" keeps its object
    r"(?<!ing)\s+(?:myself|yourself|himself|herself)\b.*$|\s+(?:myself|yourself|himself|herself)\s*(?:[.,!?;].*)?$|"
    r"\s+(?:a\s+lot(?!\s+of\b)|alot(?!\s+of\b)|a\s+whole\s+(?:bunch|lot|ton)(?!\s+of\b)|a\s+little|a\s+bit|so\s+much|very\s+much|as\s+well|"
    r"all\s+(?:of\s+)?the\s+time|nowadays|anywhere|"
    r"these\s+days|right\s+now|back\s+in|back\s+then|at\s+all|every\s+\w+|each\s+\w+|of\s+course|you\s+know|i\s+think|"
    r"i\s+guess|though|the\s+most|the\s+best|(?:(?:way|much|far|a\s+lot|even|so\s+much)\s+)?(?:more|better)\s+th[ae]n|together|"
    r"once\s+in\s+a\s+while|all\s+(?:day|night|week|weekend|morning|afternoon|evening)(?:\s+long)?|lately|yesterday|(?:most|part|half)\s+of\s+the\s+(?:year|time)|"
    r"a\s+(?:long|short)\s+time|(?:a\s+few|a\s+couple(?:\s+of)?|many|several|two|three|four|five|\d+)\s+times|twice|"
    r"this\s+(?:morning|afternoon|evening|week|weekend)|(?:way|far)\s+too\s+(?:much|many|often)|"
    # "(i started surfing) five years ago": when it began, not what is done
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?|several|many|\d+)\s+"
    r"(?:years?|months?|weeks?|days?)\s+ago)\b.*$"
    # "(i like hiking) tho", "(i eat granola) almost everyday": said of the saying or of how often, not of the thing
    r"|\s+(?:(?:almost|nearly|pretty\s+much)\s+)?(?:daily|everyday|tho|forever)\s*(?:[.,!?;].*)?$"
    # "(i run) almost three miles a day", "(i drink) 4 bottles a day": how much at a time, not what is done or had
    r"|(?:^|\s+)(?:(?:almost|about|around|over|nearly|like|only|minimum|maximum|at\s+least|up\s+to)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|a\s+few|a\s+couple(?:\s+of)?|several)\s+[a-z]+\s+(?:a|per|each)\s+"
    r"(?:day|night|week|month|year)\b.*$"
    # "(i love mickey mouse) such a cute little rat", "(play the guitar) a less expensive hobby": a comment set after it
    r"|(?<!\bbeing)(?<!\bbe)(?<!\bis)(?<!\bam)\s+such\s+an?\s+.*$"
    r"|(?<!\bhave)(?<!\bhaving)(?<!\bhas)(?<!\bhad)(?<!\bis)(?<!\bbe)(?<!\bbeing)(?<!\bas)(?<!\bfor)(?<!\bget)(?<!\bgot)"
    r"(?<!\bgetting)(?<!\bfind)(?<!\bfound)(?<!\bmake)(?<!\bmaking)(?<!\bkeep)(?<!\bwant)(?<!\bneed)(?<!\blike)(?<!\bjust)"
    r"\s+an?\s+(?:(?:less|more|much|very|really|pretty|fun|great|good|nice|cheap|cheaper|relaxing|healthy|new|expensive)\s+)*"
    r"(?:[a-z]+\s+)?(?:hobby|pastime|habit)\b.*$"
    # "(I've lived in Toledo) sixty years", "(I worked at Target) two years before that": for how long, said last
    r"|\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|a\s+few|a\s+couple(?:\s+of)?|several|many|\d+)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?\s+(?:more\s+)?(?:years?|months?|weeks?)(?:\s+(?:now|already|straight|before|and|but|so|when)\b.*|\s*[.,!?;].*)?$",
    re.I,
)
#: "(been at Pinewood Realty) eleven years", "(been in Chicago) for five years now": a stay of months or years.
YEARS_LONG = lazy(r"\s(?:for\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                   r"fifty|sixty|seventy|eighty|a\s+few|a\s+couple(?:\s+of)?|several|many|\d+)(?:[\s-]+(?:one|two|three|four|five|six|"
                   r"seven|eight|nine))?\s+(?:more\s+)?(?:years?|months)|years|months|ages)\b", re.I)



def stay_told(raw: str, sentence: str) -> bool:
    """Whether ``raw``, the place after "was at" or "been at" in ``sentence``, is told as a stay, no visit: for months
    or years ("(been at Pinewood Realty) eleven years"), or as where one was before the place of now ("I was at Ogilvy
    before this": a former employer, read by .past_states; the time is cut from ``raw``, so the sentence is read).

    >>> stay_told("Pinewood Realty eleven years", ""), stay_told("Ogilvy", "I was at Ogilvy before this, so I know.")
    (True, True)
    >>> stay_told("Disneyland", "I was at Disneyland yesterday.")
    False
    """
    return bool(YEARS_LONG.search(raw)) or re.search(rf"\bat\s+{re.escape(raw)}\s+before\s+(?:this|that|here)\b",
                                                     sentence, re.I) is not None

#: "(i like) owls more", "(i knit) scarves mostly", "(i love) horror movies most (of all)": how much, said after the thing
_TRAILING_DEGREE = lazy(r"(?<=\w)\s+(?:(?:way|much|far|a\s+lot|even)\s+)?(?:more|mostly|mainly|most(?:\s+of\s+all)?|best\s+of\s+all|"
                        r"above\s+all)\s*[.!]*$", re.I)
#: "(mine is) currently ed sheeran", "(and) sometimes ufc": how often, before the thing (not "sometimes to my parents",
#: "often enough": no thing after it)
_FREQUENCY_LEAD = lazy(r"^(?:sometimes|usually|often|always|currently)\s+(?!(?:to|at|in|on|from|with|around|by|into|for|enough|"
                       r"and|or|but)\b)", re.I)
#: How often or how far apart a place was gone to, said after it ("(I went to) Sedona once for a tournament", "(we
#: went to) Imperial twenty years apart"), or for how long ("(at) Tufts the rest of the year", "most of my life"); whose it
#: is, what for or what is done there ("a ranch owned by my uncle", "Boston just to study", "home working on the farm").
_PLACE_TAIL = lazy(r"(?<=\w)\s+(?:(?-i:once)|the\s+rest\s+of\b|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                   r"a\s+few|\d+)\s+)?(?:years?|months?|weeks?|days?)\s+apart|(?:most|all|half)\s+of\s+(?:my|our|his|her|their)\s+"
                   r"(?:life|lives|years|childhood)|(?:owned|run|built|rented|bought|left|(?:handed|passed)\s+down)\s+(?:by|to|from)|"
                   r"(?:just|mainly|mostly|only|partly)\s+(?:to|for|because|so)|close\s+to|(?:working|studying)\s+(?:on|at|for|in|as))\b.*$",
                   re.I)
_REFLEXIVE = lazy(r"\b(?:myself|yourself|himself|herself)\b", re.I)
_BINOMIALS = lazy(
    r"\b(?:rock\s+and\s+roll|mac\s+and\s+cheese|salt\s+and\s+pepper|black\s+and\s+white|"
    r"r\s+and\s+b|arts\s+and\s+crafts|fish\s+and\s+chips|peanut\s+butter\s+and\s+jelly|"
    r"dungeons\s+and\s+dragons|pb\s+and\s+j|law\s+and\s+order|hide\s+and\s+seek|rock\s+n\s+roll)\b"
    # two words said of one thing: "(creating) a safe and inviting place", "(making) new and powerful models"
    r"|(?:(?<=\ba\s)[a-z]+|(?<=\ban\s)[a-z]+|\b(?:new|old|safe|big|small|healthy|simple|fun|fresh|unique|good|great|cool|bold|bright|warm|calm|"
    r"quiet|clean|strong|cozy|cosy|modern|classic))"
    r"(?:\s+and|\s*,)\s+[a-z]+(?:ing|ive|ful|ous|al|ic|able|ible|ent|ant)(?=\s+[a-z])",  # "a safe, inviting place" too
    re.I,
)
#: a pastime named by its gerund ("reading", "knitting"), not "thing" or "morning"
_GERUND = lazy(r"(?!(?:thing|something|nothing|anything|everything|morning|evening|during|king|ring|spring|string|wedding|"
               r"building|clothing|ceiling|sibling|darling|feeling)$)[a-z]{2,}ing", re.I)
#: A pastime's verb and the particles after it: "organizing (workshops)", "going to (concerts)", "hanging out with".
_GERUND_HEAD = lazy(r"^([a-z]{2,}ing(?:\s+(?:out|up|to|with|at|for|on|in|about)){0,2})\s", re.I)
_LIST_SPLIT = lazy(
    r"\s*(?:,\s*(?:and|or|especially|particularly|mostly|mainly)?|\band\b|\bor\b|&|\bas\s+well\s+as\b|/"
    r"|\b(?:especially|particularly|mostly|mainly|such\s+as|including)\b)\s*",
    re.I,
)
#: Quantifiers inside a verb phrase: "read some crime novels" -> "read crime novels".
_INNER_QUANTIFIER = lazy(r"(?<=\w)\s+(?:some|lots\s+of|a\s+lot\s+of|alot\s+of|tons\s+of|a\s+bunch\s+of|plenty\s+of|many|a\s+few)\s+(?=\w)", re.I)
#: "(to) play a little piano", "read a bit of poetry": how much of a thing a pastime's verb takes, not how much it is done
#: (which "read a little before bed", "relax a little" are, and _CUT takes them off); not "(all i want is to) watch a
#: little tv", a wish of the moment that "watch" alone does not store
_A_LITTLE_OF = lazy(r"^((?:to\s+)?(?:(?:play|read|do|paint|draw|knit|sew|cook|sing)(?:s|ing)?|bakes?|baking|writes?|writing|"
                    r"practi[cs](?:e|es|ing)))\s+(?:a\s+little(?:\s+bit)?(?:\s+of)?|a\s+bit\s+of)\s+(?!(?:bit|of|more|less|too|longer|"
                    r"later|better|earlier|each|every|while|when|whenever|before|after|now|then|and|but|or|so|on|in|at|with|to|"
                    r"during|since|because|here|there|myself|outside|inside|online|today|tonight)\b)(?=[a-z])", re.I)
#: When or how often an activity is done, inside its phrase: "hike in the summer and ski in the winter" -> "hike
#: and ski", "go running in the morning" -> "go running" (a pastime is the same whenever it is done).
_TIME_ADJUNCT = lazy(
    r"\s+(?:in|on|at|during|over|through)\s+(?:the\s+|my\s+|our\s+)?(?:(?:early|late|cold|hot|warm)\s+)?"
    r"(?:morning\s+times|night\s+time|summers?|summertime|winters?|springs?|fall|autumn|mornings?|evenings?|nights?|"
    r"weekends?|afternoons?|free\s+time|spare\s+time|down\s*time|off\s+time|time\s+off|days?\s+off|holidays|vacations?)\b",
    re.I,
)
#: "work out (at the gym)": a pastime whole, no place after it
_WORK_OUT = lazy(r"^work(?:s|ing)?\s+out\b", re.I)
#: A verb with its particle or a state got into, which the preposition after it completes: "coming up (with ideas)",
#: "getting lost (in books)", "get immersed (in the plot)"
_PHRASAL = lazy(r"^[a-z]+\s+(?:up|lost|immersed|involved|absorbed|hooked|caught\s+up)\s+(?:with|in|on)\b|"
                r"^(?:keep|keeps|kept)\s+[a-z]+ing\s+(?:for|with|on|in|at|to)\b", re.I)  # "keep reaching (for new goals)"
#: A gerund its preposition completes, which says nothing cut before it: "sinking (into a good book)", "learning (about
#: other cultures)", "experimenting (with spices)", "escaping (to another world)" ("hiking in the woods" is hiking)
_COMPLETED_BY = lazy(r"^(?:sinking|escaping|learning|talking|chatting|experimenting|connecting|caring|dealing|getting\s+away)\s+"
                     r"(?:into|to|about|with|for|in|from)\s+(?!(?:the\s+)?(?:mornings?|evenings?|weekends?|summers?|winters?)\b)", re.I)
#: A gerund whose object is someone or something pointed at ("watching them play", "holding it"): no pastime named
#: ("fishing, it is so relaxing" says what fishing is)
POINTED_GERUND = lazy(r"^[a-z]+ing\s+(?:them|it|him|her|this|that|these|those)\b(?!\s+(?:is|was|are|were|has|had|makes|made|feels|"
                      r"felt|looks|gets|keeps|helps|relaxes|calms)\b|['’]s)", re.I)
#: a title or short word that keeps its full stop: "Mr. Geller", "St. Mary's Hospital", "Mt. Fuji", "Tom Smith Jr."
_ABBREVIATION = lazy(r"(?:mr|mrs|ms|dr|prof|st|mt|jr|sr)\.", re.I)
#: "the US", "the U.S.", "the U.K." ("the USA", "the UK" read as they are): the country, whose initials would otherwise read as the pronoun "us"
_THE_COUNTRY_INITIALS = lazy(r"\b[Tt]he\s+(?:[Uu][Ss]|U\.S\.?(?:A\.?)?|U\.K\.?)(?!\w|\.\w)")
_COUNTRY_NAMES = {"S": "United States", "K": "United Kingdom"}
_SUBJECT_PRONOUN_OBJECT = lazy(r"^(?:i|you|he|she|we|they|it|there)\b", re.I)
_SAME = lazy(r"^(?:very\s+)?same\s+[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s+as\b|\s*$)", re.I)  # not "the same van that I drove"


def country_spelled(text: str) -> str:
    """``text`` with "the US", "the U.S.", "the U.K." spelled as the country they name.

    >>> country_spelled("my sister lives in the U.K")
    'my sister lives in the United Kingdom'
    """
    return _THE_COUNTRY_INITIALS.sub(lambda m: "the " + _COUNTRY_NAMES[m.group(0).rstrip(".A")[-1].upper()], text)


def _tokens_until_stop(text: str, limit: int, light: bool) -> list[str]:
    out: list[str] = []
    allowed_preps = 1 if light else 0
    for raw in text.split():
        word = raw.strip("\"'()[]")
        title = _ABBREVIATION.fullmatch(word)  # "Mr. Geller" goes on, and keeps its full stop
        ends = raw[-1] in ",.;:!?" and not title if raw else False
        word = word if title else word.rstrip(",.;:!?\"'")
        lower = word.lower()
        if not word:
            break
        if lower in STOP and out:
            if allowed_preps and lower in ("to", "with", "out", "at", "on", "in", "for", "around", "up", "into", "about"):
                allowed_preps -= 1
                out.append(word)
                continue
            break
        if lower in STOP and not out and lower not in ("to",):
            break
        out.append(word)
        if ends or len(out) >= limit:
            break
    while out and out[-1].lower() in STOP | {"a", "an", "the", "my", "of", "and", "your", "our", "pretty", "quite", "very"}:
        out.pop()
    if out and out[-1].lower() in ("st.", "mt."):  # "Main St." said last: the street, no title before a name
        out[-1] = out[-1][:-1]
    return out


#: People named by kind, whom a phrase after them picks out ("guys with boring jobs", "women from work"), not a
#: manner ("love kids with my whole heart" says how).
_KINDS_OF_PEOPLE = lazy(r"^(?:guys|men|women|girls|boys|people|ladies|dudes|kids)\s+(?:with|in|from)\s+"
                        r"(?!(?:my|your|his|her|our|their|all|the)\b)", re.I)
_LEADING_TO = lazy(r"^to\s+", re.I)
_OTHERS_KIN = lazy(r"^(?:your|his|her|their)\s+(?:[a-z]+\s+)?(?:mom|mother|dad|father|sister|brother|wife|husband|son|"
                   r"daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|boyfriend|girlfriend|parents)'s\s", re.I)
_NO_WORDS = lazy(r"[\d\W_]+")
_VAGUE = lazy(r"\b(?:something|anything|nothing|everything|someone|anyone|somebody|anybody)\b", re.I)
_VAGUE_LEAD = lazy(r"^(?:anything|everything|something)\s+(?=\w)", re.I)
#: A clause of its own after a list's first item: "(movies,) the effects are so cool", "(cats,) dogs are great too"
_NEW_CLAUSE = lazy(r"^(?:(?:the|this|that|these|those|it|they|my|our)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|was|were|look|looks|"
                   r"seem|seems|make|makes)\b", re.I)
#: Joins the words of a pair that is one thing ("rock and roll"): a letter, so that no split or cut sees a word in it
_JOIN = "\u01c2"


def _guard_pairs(text: str, titles: bool = True) -> str:
    """Join the words of each pair that is one thing ("rock and roll", "a safe, inviting place") with :data:`_JOIN`, and
    those of a title ("Lessons in Chemistry", unless ``titles`` is false: a place)."""
    text = _BINOMIALS.sub(lambda m: m.group(0).replace(",", "").replace(" ", _JOIN), text)
    return guard_titles(text, _JOIN) if titles else text


_COMPARATIVE = lazy(r"[a-z]+er|more\s+[a-z]+", re.I)
_VAGUE_REST = frozenset("else together at all like that special new different more".split())
#: An amount said alone ("i am scared of lots", "i like many", "(i hate) a bunch"): how much, not what.
_AMOUNTS = frozenset("lots lot many plenty tons loads heaps bunch much several few most".split())
#: A season said where a place would be ("(i work in) the summer", "(we stay there) winters"): when, not where or for
#: whom ("Fall River", "Spring Lake" are more than the season's word).
_SEASONS = frozenset("summer summers summertime winter winters wintertime spring springs fall autumn autumns".split())
#: A word said after the thing, of the saying or of how often, no thing itself: "(i love cats ,) actually", "(i like soup
#: ,) however", "(camping and) such", "(i watch the news ,) daily", "(mac and cheese ,) oh (and tacos)"
AFTERWORDS = frozenset("actually obviously however somehow luckily unfortunately sadly only such oh tho though anyway anyways "
                       "honestly seriously literally basically definitely totally personally apparently daily everyday forever "
                       "dearly alot both either".split())
#: A clause about the thing before, its subject left out: "(i love red ,) reminds me of summer", "(tea ,) makes me calm"
_SAID_OF_IT = lazy(r"^(?:reminds|makes|keeps|helps|gives|brings|gets)\s+(?:me|us)\b", re.I)


#: A thought or an idea of something ("the thought of moving again", "the idea of a road trip"): what is liked or hated
#: there is a situation imagined, not a thing.
_IMAGINED = lazy(r"(?:the\s+|this\s+|that\s+)?(?:thought|idea|prospect|notion)s?(?:\s+of\b|\s*$)", re.I)


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
    >>> clean_object("hiking by myself", "activity"), clean_object("teaching myself new skills", "activity")
    ('hiking', 'teaching oneself new skills')
    """
    text = country_spelled(text)
    if style == "activity":
        text = _A_LITTLE_OF.sub(r"\1 ", text.strip(), count=1)  # "play a little piano": piano is played, "a little" is no degree here
    text = _CUT.sub("", _guard_pairs(text.strip().lstrip("….-–— "), style != "place"))
    text = _LEADING_TO.sub("", text)
    if _OTHERS_KIN.match(text):
        return None  # "your mom's books": without its owner, "mom's books" would read as the speaker's mother's
    text = LEAD.sub("", _FREQUENCY_LEAD.sub("", _TRAILING_DEGREE.sub("", text)))
    if _SAME.match(text):
        return None  # "(I live in) the same building as Kevin": no place or thing of its own (see .same_place)
    if _IMAGINED.match(text):
        return None  # "(I can't stand) the thought of having this baby with you mad at me": a situation, no thing
    if style == "place":
        text = without_part(named_place(_PLACE_TAIL.sub("", text)))  # "downtown Denver", "a suburb of Chicago", "a bar called Moe's"
    if style == "activity":
        text = _TIME_ADJUNCT.sub("", _INNER_QUANTIFIER.sub(" ", text))
    if style == "activity" and POINTED_GERUND.match(text):
        return None  # "(I love) watching them play": what is watched is said before
    first = text.split(" ", 1)[0].lower() if text else ""
    completed = style == "activity" and _COMPLETED_BY.match(text) is not None
    light = style == "activity" and (first in LIGHT_VERBS and not _WORK_OUT.match(text) or _PHRASAL.match(text) is not None
                                     or completed) \
        or style == "np" and _KINDS_OF_PEOPLE.match(text) is not None  # "guys with boring jobs" are not all guys
    limit = {"np": 5, "activity": 6, "place": 5}.get(style, 5)
    words = _tokens_until_stop(text, limit, light)
    phrase = " ".join(words).strip(" -'\"")
    if completed and len(words) < 2:
        return None  # "escaping (to that world)": where to is said before
    if not phrase or phrase.lower() in OBJECT_PRONOUNS or _SUBJECT_PRONOUN_OBJECT.match(phrase) or _ABBREVIATION.fullmatch(phrase):
        return None
    lead = _VAGUE_LEAD.match(phrase)
    if lead:  # "anything outdoors", "everything red": what is liked is outdoors, red
        phrase = phrase[lead.end():]
        if _COMPARATIVE.fullmatch(phrase):
            return None  # "(part of) something bigger": nothing named
    if not phrase or _NO_WORDS.fullmatch(phrase) or _VAGUE.search(phrase) or phrase.lower() in _VAGUE_REST \
            or phrase.lower() in _AMOUNTS or phrase.lower() in AFTERWORDS:
        return None  # "read something else", "nothing good", "lots": nothing said
    if style == "place" and phrase.lower().removeprefix("the ") in _SEASONS:
        return None  # "(i work in) the summer": a time of year, no place
    return _REFLEXIVE.sub("oneself", phrase).replace(_JOIN, " ")  # "teaching myself guitar": "teaching oneself guitar"


def object_list(text: str, style: str = "np") -> list[str]:
    """Split a coordination ("cats, dogs and birds") into cleaned objects.

    Items after the first are kept only while the previous item ran up to the conjunction, so
    "spending time with my family and friends" stays one object, and so do two words said of one thing:

    >>> object_list("building a calm, welcoming space", "activity"), object_list("rock and roll or jazz")
    (['building a calm welcoming space'], ['rock and roll', 'jazz'])
    """
    if style == "activity":
        text = _A_LITTLE_OF.sub(r"\1 ", text.strip(), count=1)  # "play a little piano": "a little" is how much piano
    guarded = _CUT.sub("", _guard_pairs(text, style != "place"))
    if style == "activity":
        guarded = _TIME_ADJUNCT.sub("", guarded)
    parts = _LIST_SPLIT.split(guarded)
    out: list[str] = []
    head = ""  # the verb a first pastime opens with, which a noun after it shares
    for i, part in enumerate(parts):
        part = part.strip()
        if not part or not i and part.lower().rstrip(" .!?") in ("best", "the best", "most", "the most"):
            continue  # "(i like) best", "(doing what i love) best , baking pies": how much, no thing
        if i and _NEW_CLAUSE.match(part) or i and _SAID_OF_IT.match(part):
            break  # "action and sci-fi movies, the effects are so cool": what follows is said of them, not liked
        if i and part.split()[0].lower().strip(",.;:!?") in AFTERWORDS:
            if len(part.split()) > 1:
                break  # "(my favorite is tacos ,) however i detest spaghetti": another clause
            continue  # "(i love cats ,) actually", "(mac and cheese ,) oh (and tacos)": no thing
        obj = clean_object(part, style)  # a guarded pair ("rock and roll") is one word to it
        if obj is None:
            break
        if i and head and _GERUND.fullmatch(obj.split()[0]) is None:
            obj = f"{head} {obj}"  # "organizing workshops and events": organizing events, not events
        elif not i:
            lead = _GERUND_HEAD.match(obj)
            head = lead.group(1) if lead and len(lead.group(1).split()) < len(obj.split()) <= 3 else ""  # not "helping
            # people find peace (and joy)": a clause, whose last noun the next one joins
        out.append(obj)
        obj = _guard_pairs(obj)  # its pairs are one word each, as in ``part``
        stripped = _TRAILING_DEGREE.sub("", LEAD.sub("", _LEADING_TO.sub("", part))).rstrip(",.;:!? ")
        following = parts[i + 1].split()[:1] if i + 1 < len(parts) else []
        new_pastime = bool(following) and _GERUND.fullmatch(following[0]) is not None and obj.split()[0].lower().endswith("ing")
        if i >= 5 or not new_pastime and (len(obj.split()) < len(stripped.split())
                                          or any(w.lower() in STOP for w in obj.split()[1:])):
            break  # "cooking meals for my family and reading": a second pastime after a long first one is read on
    return out


#: "show called Severance", "a band named The Killers": a thing, then its name (at most four words)
_CALLED = lazy(r"^(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:called|named|titled)\s+(?P<n>[\w'-]+(?:\s+[\w'-]+){0,3})$", re.I)


def called_name(obj: str) -> str:
    """The name of a thing said with it ("show called Severance" -> "Severance"); else ``obj`` itself.

    >>> called_name("show called Severance"), called_name("band named The Killers"), called_name("board games")
    ('Severance', 'The Killers', 'board games')
    """
    m = _CALLED.match(obj)
    return m.group("n") if m else obj


#: A pastime said with where or with whom it is done ("walking in the park", "hiking on weekends", "traveling with the
#: fam"): the pastime alone is its other name; not a gerund that says nothing alone ("playing with my kids", "looking at
#: the stars", "working on cars", "spending time with ...")
_PASTIME_WHERE = lazy(r"^(?P<h>(?!(?:being|going|getting|having|spending|taking|doing|making|living|working|staying|sitting|"
                      r"hanging|playing|looking|staring|talking|listening|thinking|waiting|helping|dealing|focusing|relying|"
                      r"depending|laying|lying|putting|keeping|coming|bringing|something|anything|everything|nothing|"
                      r"morning|evening|spring|thing|king|ring|wedding|building|ceiling|clothing|feeling)\b)[a-z]{3,}ing)\s+"
                      r"(?:in|on|at|with|around|through|along|near|by|across|outside|outdoors)\b", re.I)


def pastime_alone(obj: str) -> tuple[str, ...]:
    """The pastime of ``obj`` without where or with whom it is done, as another name of it (else none).

    >>> pastime_alone("walking in the park"), pastime_alone("traveling with the fam"), pastime_alone("playing with my kids")
    (('walking',), ('traveling',), ())
    """
    m = _PASTIME_WHERE.match(obj)
    return (m.group("h"),) if m else ()


def liked_thing(obj: str) -> Entity:
    """The thing liked that ``obj`` says: its name when it is said with one, a pastime also known alone.

    >>> liked_thing("show called Severance").label, liked_thing("hiking in the outdoors").aliases
    ('Severance', ('hiking',))
    """
    return Entity(called_name(obj), "Thing", aliases=pastime_alone(obj))


#: A kind of employer ("startup called Ramp", "law firm", "small tech company"), named after "called" or not.
_EMPLOYER_KIND = lazy(r"^(?:[\w-]+\s+){0,2}?(?:startup|start-up|company|firm|agency|consultancy|bank|hospital|non-?profit)"
                      r"(?:\s+(?:called|named)\s+(?P<n>.+))?$", re.I)


def joined_employer(obj: str) -> str | None:
    """The employer ``obj`` (what one joined) is, when it is a kind of employer: its name, else ``obj``; else None.

    >>> joined_employer("startup called Ramp"), joined_employer("law firm"), joined_employer("book club")
    ('Ramp', 'law firm', None)
    """
    m = _EMPLOYER_KIND.match(obj)
    return (m.group("n") or obj) if m else None


def is_job(phrase: str, said: str = "") -> bool:
    """Whether ``phrase`` names a job: a known one or a word made like one ("welder", "florist"), though not a capitalised
    family name of the text it was ``said`` in that ends like one ("I'm Dr. Baxter", "I'm a Lindqvist": :mod:`.job_names`)."""
    words = phrase.lower().split()
    if not words or said and surname_as_job(phrase, said):
        return False
    joined = " ".join(words)
    if " ".join(words[-2:]) in PRAISED_WORKERS:
        return False  # "you're a miracle worker": praise of how one works
    jobs = JOBS_SET
    if joined in jobs or " ".join(words[-2:]) in jobs or words[-1] in jobs:
        return True
    head = words[-1]
    return (len(words) <= 3 and head not in NOT_JOBS and len(head) > 4 and head not in _PET_WORDS
            and bool(JOB_SUFFIX.search(head)) and head not in KIN_PREDICATE)


#: Animals whose names end like a trade ("terrier", "retriever", "hamster"): "Rex's the terrier" names a dog's breed,
#: not a job (a boxer who fights is a known job)
_PET_WORDS = frozenset(PETS.split())


_LANGUAGE_SUFFIX = lazy(r"[a-z]+(?:ish|ese|ian|ic)")


def is_language(word: str) -> bool:
    w = word.lower()
    return w in LANGUAGES or bool(_LANGUAGE_SUFFIX.fullmatch(w)) and w not in ("music", "magic", "logic")


def to_int(word: str) -> int | None:
    w = word.lower().replace("-", " ")
    if w.isdigit():
        return int(w)
    total = 0
    for part in w.split():
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total or None


#: A title typed in lower case before a pet's name ("a dog named sir waffles", "my cat called lady grey"): part of the
#: name (not a word of the sentence after it: "named dr and ...", "a dog named sir loves treats": the dog is Sir)
PET_TITLE = (r"(?:(?:sir|mr|mrs|ms|miss|dr|mister|lord|lady|professor|madame|count|baron|captain|princess|prince|duke)"
             r"\.?\s+(?!(?:and|or|but|who|that|which|is|was|he|she|it|too|also|as|because|so|lol|has|had|does|did|"
             r"can|will|would|loves?|likes?|hates?|eats?|sleeps?|barks?|meows?|runs?|plays?|lives?|wants?|needs?|gets?|"
             r"goes|chases?|sits?|follows?|keeps?|makes?|thinks?|knows?|just|always|never|still|really)\b))")


def owned_entity(owner: Entity, noun: str, type_: str, name: str | None) -> Entity:
    """A relative or pet of ``owner``: by name ("Rex") when one is given, else "Ann's dog".

    A named pet keeps its kind as another name, which the predicate ``hasPet`` does not say (a named
    relative's kind is the predicate: ``sibling``):

    >>> owned_entity(Entity("Ann", "Person"), "dog", "Animal", "Rex")
    Entity(label='Rex', type='Animal', iri=None, aliases=("Ann's dog",), labels=())
    >>> owned_entity(Entity("Ann", "Person"), "sister", "Person", None).label
    "Ann's sister"
    """
    placeholder = f"{owner.label}'s {noun.lower()}"
    if name:
        return Entity(name.strip(), type_, aliases=(placeholder,) if type_ == "Animal" else ())
    return Entity(placeholder, type_)


def with_region(raw: str, place: str) -> str:
    """"grand rapids, michigan" keeps its state: the place, then ", region" when one follows."""
    at = raw.find(place)
    if at < 0:
        return place
    region = _REGION_AFTER.match(raw, at + len(place))
    return f"{place}, {region.group('p')}" if region else place


_REGION_AFTER = lazy(rf"\s*,\s*(?P<p>{REGION})\b", re.I)


#: A time said after a name, which is no part of it: "(my cousin called) Rosa yesterday" is a call made to Rosa
_TIME_AFTER_NAME = frozenset("yesterday today tonight tomorrow earlier again twice".split())


def plausible_name(name: str) -> bool:
    low = name.lower()
    first = low.split()[0]
    if len(low.split()) > 1 and low.split()[-1] in _TIME_AFTER_NAME:
        return False
    # only the listed jobs: the job test by ending (-er, -ist) would take Peter, Jennifer or Parker for one
    job = first in JOBS_SET or low in JOBS_SET
    return not (first in STOP or first in OBJECT_PRONOUNS or first in NOT_NAMES or job
                or first in DEMONYMS or first in RELIGIONS or first in TRAIT_SET
                or first in MARITAL_STATUS or first in GENDERS or first.isdigit()
                or first.endswith("ing") or first in DIETS)

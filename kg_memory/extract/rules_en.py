"""English rules: regular patterns over clauses, no model.

A turn is normalised (contractions expanded, tokenised punctuation re-attached), cut into
sentences and clauses; questions, conditionals and wishes are dropped. Each clause's subject
("I", "my sister Anna", "he", "Tom") is resolved through a :class:`~.pronouns.Discourse`, then the
verb phrase after it is matched against the predicate patterns below, first match wins. Possessive
mentions anywhere in a clause ("my dog Rex", "my wife", "my favorite color is blue") are scanned
separately. Negated likes become dislikes; other negated statements give nothing.

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

__all__ = ["EnglishRules"]

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Lexicons


def _alts(words: str) -> str:
    """A regex alternation of space-separated words (``_`` for a space), longest first."""
    items = sorted({w.replace("_", r"\s+") for w in words.split()}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


_KIN_PREDICATE = {
    **dict.fromkeys("wife husband spouse hubby".split(), "spouse"),
    **dict.fromkeys("boyfriend girlfriend fiance fiancee fiancé fiancée partner bf gf".split(), "partner"),
    **dict.fromkeys(
        "son sons daughter daughters kid kids child children baby babies toddler stepson "
        "stepdaughter boys girls".split(), "child"),
    **dict.fromkeys(
        "mom mother mum mommy mama dad father daddy papa parents stepmom stepmother stepdad "
        "stepfather folks".split(), "parent"),
    **dict.fromkeys("brother brothers sister sisters sibling siblings sis twin bro".split(), "sibling"),
    **dict.fromkeys(
        "grandma grandmother granny grandpa grandfather granddad grandparents grandparent aunt "
        "aunts uncle uncles cousin cousins niece nieces nephew nephews grandson grandsons "
        "granddaughter granddaughters grandchildren grandchild grandkids in-laws "
        "mother-in-law father-in-law family relatives".split(), "relative"),
    **dict.fromkeys("friend friends bff buddy buddies pal pals bestie".split(), "friend"),
    **dict.fromkeys("coworker coworkers co-worker co-workers colleague colleagues boss".split(), "colleague"),
    **dict.fromkeys("roommate roommates neighbor neighbors neighbour neighbours classmate classmates "
                    "teammate teammates".split(), "knows"),
}
_PETS = (
    "dog dogs puppy puppies pup pups cat cats kitten kittens kitty horse horses pony ponies "
    "goldfish fish hamster hamsters rabbit rabbits bunny bunnies bird birds parrot parrots "
    "parakeet turtle turtles tortoise snake snakes lizard lizards iguana guinea_pig guinea_pigs "
    "ferret ferrets gerbil gerbils chinchilla hedgehog pig pigs goat goats chickens cockatiel "
    "golden_retriever golden_retrievers labrador lab labs poodle poodles pitbull pitbulls "
    "pit_bull husky huskies beagle beagles german_shepherd chihuahua chihuahuas terrier "
    "terriers bulldog bulldogs dachshund corgi pug pugs collie retriever shih_tzu yorkie "
    "boxer rottweiler doberman greyhound mutt persian_cat siamese tabby"
)
_POSSESSIONS = (
    "car cars truck trucks van suv jeep motorcycle motorcycles motorbike bike bikes bicycle "
    "scooter boat yacht house houses apartment condo cabin farm ranch studio restaurant shop "
    "store business company bakery cafe salon phone cell_phone iphone smartphone laptop computer "
    "pc tablet ipad tv television piano guitar guitars violin drum_set drums camera convertible "
    "mustang corvette mercedes bmw tesla porsche ferrari jaguar prius honda toyota ford chevy "
    "nissan volkswagen vw audi lexus subaru harley camaro pickup minivan sedan rv camper "
    "playstation xbox nintendo kindle collection telescope pool garden garage"
)
_INSTRUMENTS = (
    "piano guitar violin drums drum cello bass flute saxophone sax trumpet clarinet harp "
    "ukulele banjo harmonica keyboard accordion trombone viola organ mandolin"
)
_JOBS = (
    "accountant actor actress architect artist astronaut athlete attorney author baker "
    "bank_teller banker barber barista bartender beautician biologist blogger bookkeeper "
    "builder bus_driver butcher carpenter cashier caterer ceo chef chemist chiropractor "
    "cleaner clerk coach comedian consultant contractor cook counselor cowboy dancer "
    "dentist designer detective developer dietitian director doctor driver economist editor "
    "electrician engineer entrepreneur farmer firefighter fireman fisherman flight_attendant "
    "florist gardener geologist graphic_designer hairdresser hairstylist historian housewife "
    "homemaker illustrator instructor intern investor janitor jeweler journalist judge "
    "landscaper lawyer librarian lifeguard linguist lumberjack machinist manager marine "
    "mechanic medic midwife miner model musician nanny navy_seal nurse nutritionist "
    "optometrist painter paralegal paramedic pastor pharmacist photographer physician "
    "physicist physiotherapist pilot plumber poet police_officer policeman politician "
    "postman priest producer professor programmer psychiatrist psychologist publicist "
    "rancher realtor receptionist reporter researcher sailor salesman saleswoman scientist "
    "secretary security_guard server sheriff singer soldier software_engineer surgeon "
    "tailor tattoo_artist teacher technician therapist trainer translator trucker "
    "truck_driver tutor veterinarian vet waiter waitress web_developer welder writer "
    "youtuber zookeeper student freelancer rapper drummer guitarist pianist violinist "
    "composer dj cop lecturer administrator analyst assistant babysitter caregiver "
    "carer cna coder dispatcher housekeeper mailman pediatrician principal recruiter "
    "retiree sculptor stylist teller undertaker"
)
_NOT_JOBS = set(
    "mother father brother sister daughter lover member beginner number corner dinner "
    "winter summer water other super computer paper letter soccer monster parent person "
    "fan user owner player gamer reader runner watcher eater drinker believer sucker "
    "foodie customer viewer listener swimmer learner dreamer partner leader winner "
    "sweater burger later never together neither either ever over under after cooker "
    "dancer singer writer driver baker painter".split()
) - set(_JOBS.split())
_JOB_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|eer|man|woman|smith|wright)$")
_TRAITS = (
    "tall short overweight fat thin skinny slim petite fit athletic muscular strong bald "
    "blonde blond brunette redhead ginger shy introverted extroverted outgoing lazy smart "
    "funny quiet friendly lonely depressed anxious blind deaf disabled handicapped diabetic "
    "autistic pregnant left-handed right-handed colorblind adopted rich poor wealthy broke "
    "artistic creative competitive organized clumsy healthy sick introvert extrovert "
    "vegetarian_friendly nerdy geeky religious spiritual old young tattooed "
    "hard_of_hearing paralyzed sober allergic"
)
_TRAIT_NOUNS = (
    "redhead brunette blonde introvert extrovert only_child twin morning_person night_owl "
    "nerd geek bookworm homebody neat_freak workaholic perfectionist loner vegan_at_heart "
    "dog_person cat_person people_person amputee veteran"
)
_MARITAL = "married single divorced widowed widow widower engaged separated"
_DIETS = {
    "vegan": "vegan", "vegetarian": "vegetarian", "pescatarian": "pescatarian",
    "pescetarian": "pescatarian", "carnivore": "carnivore", "keto": "keto", "paleo": "paleo",
    "gluten free": "gluten free", "gluten-free": "gluten free", "lactose intolerant": "lactose free",
    "kosher": "kosher", "halal": "halal", "raw vegan": "raw vegan", "plant based": "plant based",
    "plant-based": "plant based", "meat eater": "omnivore", "omnivore": "omnivore",
}
_RELIGIONS = {
    "christian": "Christian", "catholic": "Catholic", "protestant": "Protestant",
    "baptist": "Baptist", "methodist": "Methodist", "mormon": "Mormon", "muslim": "Muslim",
    "jewish": "Jewish", "jew": "Jewish", "buddhist": "Buddhist", "hindu": "Hindu", "sikh": "Sikh",
    "atheist": "atheist", "agnostic": "agnostic", "pagan": "pagan", "wiccan": "Wiccan",
    "orthodox": "Orthodox", "evangelical": "Evangelical", "lutheran": "Lutheran",
    "taoist": "Taoist", "shinto": "Shinto", "amish": "Amish", "quaker": "Quaker",
}
_GENDERS = {
    "male": MALE, "man": MALE, "guy": MALE, "boy": MALE, "dude": MALE, "gentleman": MALE,
    "female": FEMALE, "woman": FEMALE, "girl": FEMALE, "lady": FEMALE, "gal": FEMALE,
}
_DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "english": "England",
    "scottish": "Scotland", "irish": "Ireland", "welsh": "Wales", "canadian": "Canada",
    "mexican": "Mexico", "french": "France", "german": "Germany", "italian": "Italy",
    "spanish": "Spain", "portuguese": "Portugal", "dutch": "Netherlands", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "polish": "Poland",
    "russian": "Russia", "ukrainian": "Ukraine", "greek": "Greece", "turkish": "Turkey",
    "chinese": "China", "japanese": "Japan", "korean": "Korea", "indian": "India",
    "pakistani": "Pakistan", "vietnamese": "Vietnam", "thai": "Thailand", "filipino": "Philippines",
    "australian": "Australia", "brazilian": "Brazil", "argentinian": "Argentina",
    "colombian": "Colombia", "cuban": "Cuba", "puerto rican": "Puerto Rico", "nigerian": "Nigeria",
    "egyptian": "Egypt", "kenyan": "Kenya", "swiss": "Switzerland", "austrian": "Austria",
    "belgian": "Belgium", "czech": "Czech Republic", "hungarian": "Hungary", "israeli": "Israel",
    "iranian": "Iran", "peruvian": "Peru", "chilean": "Chile", "jamaican": "Jamaica",
}
_LANGUAGES = set(
    "english french german spanish italian portuguese dutch swedish norwegian danish finnish "
    "polish russian ukrainian greek turkish chinese mandarin cantonese japanese korean hindi "
    "urdu bengali punjabi arabic hebrew persian farsi swahili vietnamese thai tagalog "
    "indonesian malay latin czech hungarian romanian bulgarian serbian croatian gaelic welsh "
    "sign asl esperanto klingon catalan basque icelandic".split()
)
_EVENTS = (
    "concert concerts wedding weddings party parties festival festivals conference "
    "conferences game games match show shows funeral graduation reunion fair parade meeting "
    "convention marathon half_marathon race tournament ceremony recital opera ballet "
    "exhibition premiere rally protest gig prom seminar workshop hackathon competition "
    "championship camp retreat comic-con comic_con super_bowl olympics"
)
_SCHOOLS = r"(?:school|college|university|uni|academy|institute|high|state|tech|polytechnic|seminary|conservatory)"
_GENERIC_PLACES = set(
    "store stores shop mall bed sleep work school church gym doctor doctors dentist hospital "
    "bathroom toilet kitchen office bank park beach movies cinema bar bars pub club library "
    "market supermarket grocery restaurant home house place there here college class it "
    "town city country vet dinner lunch breakfast party concert jail prison court war".split()
)
_OBJECT_PRONOUNS = set(
    "it them that this those these you him her me us one ones everything anything something "
    "nothing stuff things thing mine yours all too so more most much lot well there here what "
    "which who doing being to myself yourself himself herself ourselves themselves people "
    "everyone everybody anyone someone somebody nobody it's its whatever any some".split()
)
_STOP = set(
    "with for in on at from to about because cause cuz since when whenever while but and or so "
    "that which who whom whose where as than like until till after before during every each "
    "though although if by near around into onto instead now again anymore today yesterday "
    "tomorrow tonight last this next then too either lol haha hehe lmao lmfao right here "
    "there is are was were am be been being do does did have has had will would can could "
    "should i you he she we they it me him us them also really yet down across behind nearby "
    "downtown through over against besides not never except without whats what how why "
    "im its ha hahaha ok okay yeah yes no".split()
)
_LEAD_WORDS = (
    r"lots\s+of|a\s+lot\s+of|alot\s+of|plenty\s+of|tons\s+of|a\s+bunch\s+of|bunch\s+of|"
    r"all\s+(?:kinds|types|sorts)\s+of|(?:many\s+)?(?:kinds|types|sorts|kind|type|sort)\s+of|"
    r"a\s+couple\s+of|a\s+few|a|an|the|my|our|his|her|their|your|its|some|any|this|that|these|those|"
    r"all|every|own|very|really|so|just|also|both|such|quite|pretty|mostly|especially|even|"
    r"different|various|many|most|more|good|great|nice|new|old|fresh|certain"
)
_LEAD = re.compile(rf"^(?:(?:{_LEAD_WORDS})\s+)+", re.I)
_CUT = re.compile(
    r"\s+(?:a\s+lot|alot|a\s+little|a\s+bit|so\s+much|very\s+much|as\s+well|all\s+the\s+time|"
    r"these\s+days|right\s+now|at\s+all|every\s+\w+|each\s+\w+|of\s+course|you\s+know|i\s+think|"
    r"i\s+guess|though|the\s+most|the\s+best|more\s+than|better\s+than)\b.*$",
    re.I,
)
_LIGHT_VERBS = set(
    "go goes going spend spends spending listen listens listening play plays playing hang "
    "hangs hanging look looks looking take takes taking hike hiking walk walking walks "
    "travel traveling travelling".split()
)
_BINOMIALS = re.compile(
    r"\b(?:rock\s+and\s+roll|mac\s+and\s+cheese|salt\s+and\s+pepper|black\s+and\s+white|"
    r"r\s+and\s+b|arts\s+and\s+crafts|fish\s+and\s+chips|peanut\s+butter\s+and\s+jelly|"
    r"dungeons\s+and\s+dragons|pb\s+and\s+j|law\s+and\s+order|hide\s+and\s+seek|rock\s+n\s+roll)\b",
    re.I,
)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|&|\bas\s+well\s+as\b|/)\s*", re.I)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

_KIN = _alts(" ".join(_KIN_PREDICATE))
_PET = _alts(_PETS)
_POSSESSION = _alts(_POSSESSIONS)
_KIN_MODS = r"(?:(?:best|older|oldest|younger|youngest|little|big|baby|twin|step|late|new|only|dear|beloved|lovely|beautiful|wonderful|sweet|amazing|favorite|favourite|eldest|elder|first|second|third|\d+|one|two|three|four|five|six|seven|eight|nine|ten|grown|adult|teenage|\w+-year-old)\s+)*"
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|lots\s+of|a\s+few|a\s+couple\s+of|a\s+couple|twin|2|3)"
_ADJ = r"(?:[\w'-]+\s+){0,3}?"

# ---------------------------------------------------------------------------------------------
# Normalisation, sentences and clauses

_CONTRACTIONS = [
    (re.compile(r"[\u2018\u2019\u02bc`]"), "'"),
    (re.compile(r"\s+([.,!?;:])"), r"\1"),
    (re.compile(r"\s+(n't|'s|'m|'re|'ve|'d|'ll)\b", re.I), r"\1"),
    (re.compile(r"\b(i)\s*'m\b|\bim\b|\bi\s+m\b", re.I), "i am"),
    (re.compile(r"\b(can)'t\b|\bcant\b|\bcan\s+not\b", re.I), "cannot"),
    (re.compile(r"\bwon't\b|\bwont\b", re.I), "will not"),
    (re.compile(r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should)n't\b", re.I), r"\1 not"),
    (re.compile(r"\b(do|does|did|is|are|was|were|have|has)nt\b", re.I), r"\1 not"),
    (re.compile(r"\b(do|does|did)\s+n\s*t\b|\b(do|does|did)\s+t\b", re.I), r"\1\2 not"),
    (re.compile(r"\bive\b", re.I), "i have"),
    (re.compile(r"\b(\w+)'ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(\w+)'re\b", re.I), r"\1 are"),
    (re.compile(r"\b(\w+)'ll\b", re.I), r"\1 will"),
    (re.compile(r"\b(i|you|he|she|we|they)'d\b", re.I), r"\1 would"),
    (re.compile(r"\b(he|she|it|that|what|there|who|name)'s\b|\b(it|that|what)s\b", re.I), r"\1\2 is"),
    (re.compile(r"\bwanna\b", re.I), "want to"),
    (re.compile(r"\bgonna\b", re.I), "going to"),
    (re.compile(r"\b(?:favourite|fav|fave|favs|faves)\b", re.I), "favorite"),
    (re.compile(r"\s+"), " "),
]
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
    r"started|start|began|myself|"
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


def normalize(text: str) -> str:
    """Expand contractions and re-attach tokenised punctuation.

    >>> normalize("i do n't like cats , i'm sure")
    'i do not like cats, i am sure'
    """
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text.strip()


def _statement_before_tail_question(sentence: str) -> str | None:
    """"i live in ohio, you?" -> "i live in ohio": a statement followed by a short question."""
    head, sep, tail = sentence.rstrip(" ?").rpartition(",")
    if not sep or len(tail.split()) > 4 or _QUESTION_START.match(head) or re.match(r"^(?:so\s+)?you\b", head.strip(), re.I):
        return None
    return head.strip()


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
    text = re.sub(r"^to\s+", "", text, flags=re.I)
    text = _LEAD.sub("", text)
    first = text.split(" ", 1)[0].lower() if text else ""
    light = style == "activity" and first in _LIGHT_VERBS
    limit = {"np": 5, "activity": 6, "place": 5}.get(style, 5)
    words = _tokens_until_stop(text, limit, light)
    phrase = " ".join(words).strip(" -'\"")
    if not phrase or phrase.lower() in _OBJECT_PRONOUNS or _SUBJECT_PRONOUN_OBJECT.match(phrase):
        return None
    if re.fullmatch(r"[\d\W_]+", phrase):
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
        stripped = _LEAD.sub("", re.sub(r"^to\s+", "", part, flags=re.I)).rstrip(",.;:!? ")
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


def _is_language(word: str) -> bool:
    w = word.lower()
    return w in _LANGUAGES or bool(re.fullmatch(r"[a-z]+(?:ish|ese|ian|ic)", w)) and w not in ("music", "magic", "logic")


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
    out: list[tuple] = field(default_factory=list)

    def add(self, predicate: str, obj: Entity | Value, confidence: float, event: bool = False) -> None:
        when = None
        if event:
            mention = find_time(self.sentence, self.turn.time, "en")
            when = mention.value if mention else None
        self.out.append((self.subject, predicate, obj, confidence * self.weight, when))


_Rule = Callable[[re.Match, _Clause], bool]


def _owned_entity(owner: Entity, noun: str, type_: str, name: str | None) -> Entity:
    if name:
        return Entity(name.strip(), type_)
    return Entity(f"{owner.label}'s {noun.lower()}", type_)


def _r_age(m: re.Match, c: _Clause) -> bool:
    value = _to_int(m.group("n"))
    if c.negated or value is None or not 0 < value < 120:
        return False
    c.add("age", value, 0.9)
    return True


def _r_copula(m: re.Match, c: _Clause) -> bool:
    """Everything after "am/is/are": job, trait, diet, religion, gender, origin, likes..."""
    rest = m.group("o").strip()
    low = rest.lower()
    if c.negated:
        fan = re.match(r"^(?:a\s+)?(?:big\s+|huge\s+)?(?:fan|lover)\s+of\s+(?P<o>.+)|^(?:into|fond\s+of|keen\s+on)\s+(?P<o2>.+)", rest, re.I)
        if fan:
            for obj in _object_list(fan.group("o") or fan.group("o2")):
                c.add("dislikes", Entity(obj, "Thing"), 0.7)
            return True
        return False
    # progressive and passive forms: "am working at", "am based in"
    prog = re.match(r"^(?:working|living|studying|staying|employed|based|located|majoring|learning|"
                    r"planning|hoping|trying|going|saving|moving|playing|training|married|dating|"
                    r"teaching|volunteering|originally\s+from|from|in|at|into|obsessed|addicted|"
                    r"passionate|crazy|fond|keen|a\s+member|member|part|fluent|good|great|"
                    r"skilled|talented|afraid|scared|terrified|allergic|born|also)\b", low)
    if prog and _dispatch(rest, c, _COPULA_RULES):
        return True
    age = re.match(r"^(?:an?\s+)?(?:(?:about|almost|nearly|over|turning|only|just)\s+)?(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:years?|yrs?)[\s-]*old\b(?:\s+(?P<more>.+))?", rest, re.I) or \
        re.match(r"^(?:(?:about|almost|nearly|over|turning|only|just)\s+)?(?P<n>\d{1,3})(?=\s*(?:[.!,;]|$|and\b|but\b|now\b|too\b))(?P<more>)", rest, re.I)
    if age and _r_age(age, c):
        if age.group("more"):
            _r_copula(re.match(r"(?P<o>.+)", "a " + age.group("more")), c)
        return True
    words = re.sub(r"^(?:(?:a|an|the|very|really|pretty|so|quite|a\s+bit|kind\s+of|kinda|extremely|super|too|proud|happily|currently|still|now|fully)\s+)+", "", low)
    words = words.rstrip(".!,;: ")
    first = words.split(" ", 1)[0] if words else ""
    two = " ".join(words.split()[:2])
    mar = re.search(rf"\b(?:married|engaged)\s+to\s+(?P<n>{_NAME})", rest)
    if mar:
        c.add("spouse" if "married" in mar.group(0).lower() else "partner", Entity(mar.group("n"), "Person"), 0.85)
        c.discourse.mention(c.turn, Entity(mar.group("n"), "Person"))
        return True
    if first in _MARITAL.split():
        c.add("trait", {"widow": "widowed", "widower": "widowed"}.get(first, first), 0.8)
        return True
    diet = next((v for k, v in _DIETS.items() if words.startswith(k) and not words.startswith(k + " friendly")), None)
    if diet:
        c.add("diet", diet, 0.85)
        return True
    ondiet = re.match(r"^on\s+(?:a|the)\s+(?P<d>[\w-]+(?:\s+[\w-]+)?)\s+diet", words)
    if ondiet:
        c.add("diet", ondiet.group("d"), 0.8)
        return True
    if first in _RELIGIONS and (len(words.split()) == 1 or words.split()[1] in ("and", "but", "so", "too", "now", "though", "by", "who")):
        c.add("religion", _RELIGIONS[first], 0.85)
        return True
    if first in _GENDERS and len(words.split()) <= 2 and not re.match(r"^(?:man|girl|boy|guy|lady|woman)\s+(?:who|of|that)", words):
        c.add("gender", _GENDERS[first], 0.8)
        return True
    demonym = two if two in _DEMONYMS else first
    if demonym in _DEMONYMS and (len(words.split()) <= len(demonym.split()) or words.split()[len(demonym.split())] in ("and", "but", "so", "too", "now", "though", "citizen")):
        c.add("nationality", Entity(_DEMONYMS[demonym], "Place"), 0.75)
        return True
    if first in ("retired", "unemployed", "jobless", "self-employed", "homeless"):
        c.add("jobTitle" if first != "homeless" else "trait", first, 0.8)
        return True
    parent = re.match(r"^(?:stay\s+at\s+home|stay-at-home|single|working|proud|new|first\s+time|full\s+time)?\s*(?P<k>mom|mother|dad|father|mommy|grandma|grandmother|grandpa|grandfather|parent)\b", words)
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
    hair = re.match(r"^(?:a\s+)?(?:natural\s+)?(?P<t>" + _alts(_TRAIT_NOUNS) + r")\b", words)
    if hair:
        c.add("trait", hair.group("t"), 0.75)
        return True
    trait = re.match(r"^(?P<t>" + _alts(_TRAITS) + r")\b(?!\s+(?:of|to|that|about|with|for|in)\b)", words)
    if trait and trait.group("t") != "allergic":
        c.add("trait", trait.group("t"), 0.7)
        return True
    # "a nurse", "a high school teacher at Mercy", "a student at UCLA"
    job = re.match(r"^(?:an?\s+|the\s+)(?P<j>.+)", rest, re.I)
    if job:
        raw = job.group("j")
        phrase = clean_object(raw)
        if phrase and _is_job(phrase):
            title = phrase.lower()
            c.add("jobTitle", title, 0.85)
            where = re.search(r"\b(?:at|for|with)\s+(?P<o>.+)", raw[len(phrase):], re.I)
            if where:
                org = clean_object(where.group("o"), "place")
                if org:
                    c.add("studiesAt" if title in ("student", "freshman", "sophomore", "junior", "senior") else "worksFor",
                          Entity(org, "Organization"), 0.8)
            return True
        fan = re.match(r"^(?:big\s+|huge\s+|avid\s+|massive\s+|die\s+hard\s+)?(?:fan|lover)\s+of\s+(?P<o>.+)|^(?P<o2>[\w\s-]+?)\s+(?:fan|lover|enthusiast|nerd|junkie|addict|fanatic|buff)\b", raw, re.I)
        if fan:
            for obj in _object_list(fan.group("o") or fan.group("o2")):
                c.add("likes", Entity(obj, "Thing"), 0.75)
            return True
        return False
    if re.match(r"^(?:student|freshman|sophomore|junior|senior)\b", words):
        c.add("jobTitle", "student", 0.8)
        return True
    name = re.match(rf"^(?P<n>{_NAME})\s*(?:[.!,]|$)", rest)
    if name and name.group("n").split()[0].lower() not in _STOP and name.group("n").lower() not in _DEMONYMS:
        c.add("name", name.group("n"), 0.7)
        return True
    return False


def _r_from(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place:
        return False
    c.add("livesIn", Entity(place, "Place"), 0.6)
    return True


def _r_am_in(m: re.Match, c: _Clause) -> bool:
    """"I am in upstate New York": where the subject is, read as where they live (weakly)."""
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in _GENERIC_PLACES or place.lower().split()[0] in _GENERIC_PLACES or place.lower().endswith("ing"):
        return False
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


def _r_likes(m: re.Match, c: _Clause) -> bool:
    verb = m.group("v").lower()
    raw = m.group("o")
    owned = re.match(rf"^(?:my|our)\s+{_KIN_MODS}(?P<k>{_KIN}|{_PET})(?![\w-])", raw, re.I)
    if owned:
        noun = owned.group("k").lower()
        if c.negated or c.subject.type != "Person":
            return False
        pet = noun not in _KIN_PREDICATE
        c.add("likes", _owned_entity(c.subject, noun, "Animal" if pet else "Person", None), 0.6)
        return True
    person = re.match(r"^(?:a\s+)?(?P<a>cat|dog|morning|night|people|beach|mountain|outdoors|book|coffee|tea)\s+person\b", raw, re.I)
    if person and not c.negated:
        noun = person.group("a").lower()
        c.add("likes", Entity(noun + "s" if noun in ("cat", "dog", "book", "mountain") else noun, "Thing"), 0.6)
        return True
    style = "activity" if re.match(r"^(?:to\s+|\w+ing\b)", raw, re.I) else "np"
    objects = _object_list(raw, style)
    if not objects:
        return False
    if c.negated:
        if verb.startswith(("prefer", "appreciate", "dig", "fancy")):
            return False
        for obj in objects:
            c.add("dislikes", Entity(obj, "Thing"), 0.75)
        return True
    best = bool(re.search(r"\b(?:the\s+most|the\s+best|most\s+of\s+all|best\s+of\s+all)\b", raw, re.I))
    for obj in objects:
        c.add("favorite" if best else "likes", Entity(obj, "Thing"), 0.8)
    return True


def _r_dislikes(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    style = "activity" if re.match(r"^(?:to\s+|\w+ing\b)", raw, re.I) else "np"
    objects = _object_list(raw, style)
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.8)
    return bool(objects)


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


def _r_live(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place:
        return False
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


def _r_born(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    when = find_time(raw, None, "en")
    found = False
    if when is not None and when.granularity == "day":
        c.add("birthDate", when.value, 0.9)
        found = True
    if (when is not None and when.start == 0) or re.match(r"^\d", raw):
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
    where = re.search(r"\b(?:at|for|with)\s+(?P<o>.+)", raw[raw.lower().find(title.lower()) + len(title):], re.I)
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


def _r_work_at(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if m.group("p").lower() in ("on", "with") or _NOT_EMPLOYERS.match(raw):
        if re.match(r"^(?:for\s+)?myself\b", raw, re.I):
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


def _r_teach(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    c.add("jobTitle", "teacher", 0.7)
    where = re.search(r"\bat\s+(?P<o>.+)", m.group("o") or "", re.I)
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
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    past = verb in ("went", "graduated", "attended", "finished", "completed", "was", "were")
    c.add("educatedAt" if past else "studiesAt", Entity(org, "Organization"), 0.75)
    return True


def _event_or_place(m: re.Match, c: _Clause) -> bool:
    """"went to X", "visited X", "attended X": an event, a school, or a place."""
    if c.negated:
        return False
    verb = m.group("v").lower()
    raw = m.group("o")
    low = raw.lower()
    event = re.match(rf"^(?:(?:a|an|the|my|our|his|her|their|this|that)\s+)?(?P<e>{_ADJ}{_alts(_EVENTS)})\b", raw, re.I)
    if event:
        c.add("attended", Entity(event.group("e"), "Event"), 0.8, event=True)
        return True
    school = re.match(rf"^(?:(?:a|an|the|my)\s+)?(?P<s>{_ADJ}{_SCHOOLS})\b(?:\s+(?:at|in|of)\s+(?P<at>.+))?", raw, re.I)
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
    if not place or place.lower() in _GENERIC_PLACES or re.match(r"^(?:bed|sleep|work|home|school|church|the\s+\w+)$", low):
        return False
    if place.lower().split()[0] in _GENERIC_PLACES:
        return False
    capital = place[0].isupper()
    c.add("visited", Entity(place, "Place"), 0.8 if capital else 0.6, event=True)
    return True


def _r_have(m: re.Match, c: _Clause) -> bool:
    verb = m.group("v").lower()
    raw = m.group("o")
    if c.negated or re.match(r"^(?:no|zero|none|nothing)\b", raw, re.I):
        return False
    parts = re.split(r"\s*(?:,\s*(?:and\s+)?|\band\s+|\bplus\s+)(?=(?:a|an|one|two|three|four|five|\d+|some)\s)", raw)
    if len(parts) > 1:
        found = [_have_one(verb, part, c) for part in parts]
        return any(found)
    return _have_one(verb, raw, c)


def _have_one(verb: str, raw: str, c: _Clause) -> bool:
    kin = re.match(rf"^(?:(?P<num>{_NUM})\s+)?{_KIN_MODS}(?:(?:adult|grown|lovely|beautiful|wonderful|amazing|great|awesome|little|young|older|younger)\s+)*(?P<k>{_KIN})(?![\w-])(?:\s+(?:named|called)\s+(?P<n>[\w'-]+))?", raw, re.I)
    if kin and verb not in ("bought", "own", "owns"):
        noun = kin.group("k").lower()
        num = (kin.group("num") or "").lower()
        plural = num not in ("", "a", "an", "one")
        label = f"{num} {noun}" if plural and num not in ("some", "several", "many", "twin") else noun
        ent = _owned_entity(c.subject, label, "Person", kin.group("n"))
        c.add(_KIN_PREDICATE.get(noun, "relative"), ent, 0.85)
        c.discourse.mention(c.turn, ent, gender_of_noun(noun) if not plural else None)
        return True
    pet = re.match(rf"^(?:(?P<num>{_NUM})\s+)?(?:[\w'-]+\s+){{0,4}}?(?P<p>{_PET})(?![\w-])(?:\s*,?\s*(?:named|called)\s+(?P<n>[\w'-]+)|\s+(?P<cap>(?-i:[A-Z][\w'-]+)))?", raw, re.I)
    if pet and not re.match(r"^(?:a\s+)?(?:pet\s+)?(?:food|bed|toy|hair)\b", raw[pet.end():].strip(), re.I):
        noun = pet.group("p").lower()
        num = (pet.group("num") or "").lower()
        label = f"{num} {noun}" if num and num not in ("a", "an", "one", "some", "several", "many") else noun
        name = pet.group("n") or pet.group("cap")
        if name and (name.lower() in _STOP or name.lower() in _OBJECT_PRONOUNS):
            name = None
        c.add("hasPet", _owned_entity(c.subject, label, "Animal", name), 0.85)
        return True
    trait = re.match(r"^(?P<t>(?:[\w'-]+\s+){0,3}(?:hair|eyes|beard|mustache|moustache|tattoos?|piercings?|freckles|glasses|braces|dimples|scars?|dreadlocks|dreads))\b", raw, re.I)
    if trait:
        phrase = _LEAD.sub("", trait.group("t"))
        c.add("trait", phrase.lower(), 0.7)
        return True
    health = re.match(r"^(?:(?:a|an|bad|severe|mild|chronic|terrible)\s+)*(?P<t>adhd|add|ocd|ptsd|anxiety|depression|diabetes|cancer|asthma|autism|epilepsy|arthritis|allergies|bipolar|migraines|insomnia|dyslexia|celiac|disability|disabilities|scoliosis|lupus|ms|multiple\s+sclerosis|fibromyalgia|hearing\s+loss|food\s+allergies|heart\s+condition|heart\s+disease|back\s+problems|back\s+pain|bad\s+back|condition)\b", raw, re.I)
    if health:
        c.add("trait", health.group("t").lower(), 0.75)
        return True
    job = re.match(r"^(?:a\s+)?(?:new\s+|part\s+time\s+|full\s+time\s+)?job\s+(?P<p>at|with|for|as|in)\s+(?P<o>.+)", raw, re.I)
    if job:
        return _r_job_at(job, c)
    thing = re.match(rf"^(?:(?P<num>{_NUM})\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<h>{_POSSESSION})(?![\w-])", raw, re.I)
    if thing:
        obj = clean_object(raw) or thing.group("h")
        c.add("owns", Entity(obj, "Thing"), 0.8 if verb in ("own", "owns", "bought") else 0.7)
        return True
    if verb in ("own", "owns"):
        obj = clean_object(raw)
        if obj:
            c.add("owns", Entity(obj, "Thing"), 0.75)
            return True
    return False


def _r_drive(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if not re.match(r"^(?:an?|my|the|\w+)\b", raw, re.I) or re.match(r"^(?:to|around|home|a\s+lot|for|in|on|at|by|through|down|up|back|out|fast|slow|carefully)\b", raw, re.I):
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


def _r_can(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    speak = re.match(r"^(?:speak|read|write|understand)\s+(?P<o>.+)", raw, re.I)
    if speak and _r_speak(speak, c):
        return True
    if re.match(r"^(?:not|never|barely|hardly|only|finally|see|tell|imagine|relate|understand|help|get|go|come|be|do|give|try|say|hear|feel|believe|think|find|wait|afford)\b", raw, re.I):
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


def _r_play(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    band = re.match(r"^(?:in|for|with)\s+(?:a|an|the|my|our)\s+(?P<o>(?:[\w'-]+\s+){0,3}(?:band|team|orchestra|league|club|group|choir))\b", raw, re.I)
    if band:
        c.add("memberOf", Entity(band.group("o"), "Organization"), 0.75)
        return True
    instrument = re.match(rf"^(?:the\s+)?(?P<i>{_alts(_INSTRUMENTS)})\b", raw, re.I)
    if instrument:
        c.add("skill", Entity(instrument.group("i").lower(), "Thing"), 0.8)
        return True
    objects = _object_list(raw)
    for obj in objects:
        c.add("habit" if c.habitual else "hobby", Entity(obj, "Thing"), 0.7)
    return bool(objects)


def _r_hobby_verb(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if re.match(r"^(?:run|runs)\s+(?:a|an|my|the|our|this|that)\b", raw, re.I):
        return False
    if re.match(r"^(?:travel|travels)\s+to\s+", raw, re.I):
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


def _r_consume(m: re.Match, c: _Clause) -> bool:
    raw = m.group("o")
    verb = m.group("v").lower()
    if c.negated:
        if verb.startswith("eat") and re.match(r"^(?:any\s+)?(?:meat|animal\s+products)\b", raw, re.I):
            c.add("diet", "vegetarian", 0.6)
            return True
        objects = _object_list(raw)
        for obj in objects:
            c.add("dislikes", Entity(obj, "Thing"), 0.5)
        return bool(objects)
    diet = re.match(r"^(?:only\s+)?(?P<d>vegan|vegetarian|plant\s+based|kosher|halal|paleo|keto|gluten\s+free|organic|healthy|clean)\b", raw, re.I)
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


def _r_goal(m: re.Match, c: _Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if re.match(r"^(?:the|a|an|my|your|his|her|be\s+(?:at|there|here|home|back|honest|sure)|see|say|ask|tell|know|go\s+to\s+(?:bed|sleep)|sleep|bed)\b", raw, re.I):
        return False
    become = re.match(r"^(?:be|become)\s+(?:an?\s+|the\s+)?(?P<o>.+)", raw, re.I)
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


def _compile(rules: list[tuple[str, _Rule]]) -> tuple[tuple[re.Pattern, _Rule], ...]:
    return tuple((re.compile(p, re.I), f) for p, f in rules)


_VERB_RULES = _compile([
    (r"^(?:am|is|are|was|be)\s+(?:originally\s+)?from\s+(?P<o>.+)", _r_from),
    (r"^(?:come|comes|hail|hails)\s+from\s+(?P<o>.+)", _r_from),
    (r"^(?:am|is|are)\s+(?P<o>.+)", _r_copula),
    (r"^(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+(?:in|on|at|near|by|outside(?:\s+of)?|around|just\s+outside(?:\s+of)?)\s+(?P<o>.+)", _r_live),
    (r"^(?:just\s+)?(?:moved|relocated|moving)\s+(?:back\s+)?to\s+(?P<o>.+)", _r_moved),
    (r"^(?:was|were)\s+(?:born|raised)\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at|on)\s+(?P<o>.+)", _r_born),
    (r"^(?:work|works|working)\s+as\s+(?:an?\s+|the\s+)?(?P<o>.+)", _r_work_as),
    (r"^(?:work|works|working)\s+(?:full\s+time\s+|part\s+time\s+|nights\s+|days\s+)?(?P<p>at|for|in|on|with)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:employed|hired)\s+(?P<p>at|by|for)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:just\s+)?(?:got\s+off|get\s+off|left|leaving|heading\s+to|going\s+to|headed\s+to|at|back\s+from|home\s+from)\s+work\s+(?P<p>at|from)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:got|have|has|had|started|landed)\s+(?:a\s+)?(?:new\s+)?job\s+(?P<p>at|with|for|as|in)\s+(?P<o>.+)", _r_job_at),
    (r"^(?:teach|teaches|teaching)(?:\s+(?P<o>.+))?$", _r_teach),
    (r"^(?:study|studies|studying|major|majoring|majored|studied)\s+(?:[\w\s-]+?\s+)?(?:at|in)\s+(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b.*|[A-Z].+)", _r_study_at),
    (r"^(?:go|goes|going)\s+to\s+(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b(?:\s+(?:of|in)\s+[\w\s]+)?)", _r_study_at),
    (r"^(?P<v>graduated|graduate|graduates)\s+(?:from\s+)?(?P<o>.+)", _r_school_go),
    (r"^(?P<v>was|were)\s+(?:a\s+student|educated)\s+at\s+(?P<o>.+)", _r_school_go),
    (r"^(?P<v>like|likes|love|loves|enjoy|enjoys|adore|adores|prefer|prefers|dig|fancy|appreciate|appreciates|liking|loving|enjoying|really\s+like|really\s+love)\s+(?P<o>.+)", _r_likes),
    (r"^(?:hate|hates|dislike|dislikes|detest|detests|despise|despises|loathe|loathes|cannot\s+stand|can't\s+stand|abhor|abhors|hating)\s+(?P<o>.+)", _r_dislikes),
    (r"^(?:am|is|are)?\s*(?:afraid|scared|terrified|frightened)\s+of\s+(?P<o>.+)|^(?:fear|fears)\s+(?P<o2>.+)", lambda m, c: _r_afraid(re.match(r"(?P<o>.+)", m.group("o") or m.group("o2")), c)),
    (r"^(?:am|is|are)?\s*allergic\s+to\s+(?P<o>.+)", _r_allergic),
    (r"^(?:am|is|are)?\s*(?:into|obsessed\s+with|addicted\s+to|passionate\s+about|crazy\s+about|fond\s+of|keen\s+on|a\s+(?:big\s+|huge\s+)?fan\s+of|(?:big\s+|huge\s+)?fan\s+of)\s+(?P<o>.+)", lambda m, c: _r_likes(re.match(r"(?P<v>like)\s+(?P<o>.+)", "like " + m.group("o")), c)),
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
    (r"^(?:play|plays|playing)\s+(?P<o>.+)", _r_play),
    (r"^(?:do|does|practice|practices|practise|practises|practicing|doing)\s+(?P<o>yoga|pilates|karate|judo|taekwondo|tae\s+kwon\s+do|jiu\s+jitsu|kung\s+fu|crossfit|ballet|tai\s+chi|martial\s+arts|gymnastics|archery|photography|pottery|calligraphy|origami|parkour|triathlons?|marathons?|zumba|meditation|puzzles|crosswords)\b", lambda m, c: _r_go_ing(m, c)),
    (r"^(?:go|goes)\s+(?P<o>hiking|fishing|camping|swimming|running|jogging|shopping|bowling|dancing|skiing|snowboarding|hunting|surfing|biking|cycling|kayaking|canoeing|sailing|rock\s+climbing|climbing|skating|ice\s+skating|skateboarding|horseback\s+riding|riding|walking|diving|scuba\s+diving|boating|birdwatching|bird\s+watching|clubbing|partying|antiquing|thrifting|golfing|backpacking|rafting|paddle\s+boarding|sledding|fly\s+fishing)\b", _r_go_ing),
    (r"^(?:listen|listens|listening)\s+to\s+(?P<o>.+)", _r_listen),
    (r"^(?:watch|watches|watching)\s+(?P<o>(?!my\b|the\s+kids\b|them\b|him\b|her\b|it\b|out\b|over\b).+)", _r_listen),
    (r"^(?P<v>eat|eats|drink|drinks|eating|drinking)\s+(?P<o>.+)", _r_consume),
    (r"^(?P<v>went|go|goes|have\s+been|has\s+been|had\s+been|been|traveled|travelled|travel|travels|flew|drove|visited|visit|visits|toured|vacationed|backpacked|attended|attend|attends|took\s+a\s+trip|went\s+on\s+a\s+trip|was|were|ran|competed|participated|performed)\s+(?P<prep>(?:to|in|through|around|across|at|on|back\s+to|over\s+to|down\s+to|up\s+to|out\s+to|all\s+over)\s+)?(?P<o>.+)", _event_or_place),
    (r"^(?P<v>want|wants|plan|plans|planning|hope|hopes|hoping|intend|intends|aim|aims|aspire|aspires|dream|dreams|am\s+going|am\s+planning|am\s+hoping|am\s+trying|is\s+going|is\s+planning|going|trying|am\s+saving\s+up|saving\s+up|working\s+towards?|would\s+like)\s+(?:to|of)\s+(?P<o>.+)", _r_goal),
    (r"^(?P<v>(?:got\s+)?married|(?:am\s+)?dating|(?:got\s+)?engaged)\s+(?:to\s+)?(?P<n>" + _NAME + r")", _r_spouse),
    (r"^(?P<v>know|knows|met)\s+(?P<n>" + _NAME + r")", _r_know),
    (r"^(?:am\s+)?(?:called|named)\s+(?P<n>" + _NAME + r"|[a-z]+)\s*(?:[.!,]|$)", _r_named),
    (r"^(?:go\s+by)\s+(?P<n>[\w'-]+)", _r_named),
    (r"^(?:believe|believes)\s+in\s+god\b", _r_religion),
    (r"^(?:do|does)\s+(?P<o>(?!not\b|too\b|that\b|it\b|this\b|so\b|well\b|fine\b|ok\b|okay\b|good\b|great\b|alright\b|what\b|a\s+lot\b|lots\b|nothing\b|something\b|anything\b|everything\b|my\s+best\b|the\s+same\b)[a-z][\w\s'-]*)", _r_hobby_verb),
    (r"^(?P<o>(?:hike|hikes|fish|fishes|knit|knits|paint|paints|garden|gardens|surf|surfs|ski|skis|run|runs|jog|jogs|bake|bakes|cook|cooks|dance|dances|sing|sings|swim|swims|read|reads|write|writes|draw|draws|hunt|hunts|bowl|bowls|camp|camps|crochet|crochets|sew|sews|golf|golfs|skate|skates|climb|climbs|box|boxes|bike|bikes|cycle|cycles|meditate|meditates|volunteer|volunteers|work\s+out|works\s+out|exercise|exercises|blog|blogs|collect|collects|travel|travels|shop|shops|sketch|sketches|sculpt|sculpts|quilt|quilts|garden|gardens|brew|brews|lift|lifts|lift\s+weights|train|trains|rap|raps|gamble|gambles|fly|flies|sail|sails|kayak|kayaks|ride|rides|tinker|tinkers|build|builds|restore|restores|grow|grows|make|makes|compose|composes|write|writes|photograph|photographs)\b.*)", _r_hobby_verb),
])

#: Rules tried on the rest after "am/is": progressive, passive and adjectival forms.
_COPULA_RULES = _compile([
    (r"^(?:originally\s+)?from\s+(?P<o>.+)", _r_from),
    (r"^born\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at|on)\s+(?P<o>.+)", _r_born),
    (r"^(?:living|staying|based|located)\s+(?:in|on|at|near|by|outside(?:\s+of)?|around)\s+(?P<o>.+)", _r_live),
    (r"^working\s+as\s+(?:an?\s+|the\s+)?(?P<o>.+)", _r_work_as),
    (r"^(?:working|employed)\s+(?:full\s+time\s+|part\s+time\s+)?(?P<p>at|for|in|on|with|by)\s+(?P<o>.+)", _r_work_at),
    (r"^(?:studying|majoring)\s+(?:[\w\s-]+?\s+)?(?:at|in)\s+(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b.*|[A-Z].+)", _r_study_at),
    (r"^teaching(?:\s+(?P<o>.+))?$", _r_teach),
    (r"^(?:volunteering)\s+(?:at|with|for)\s+(?:a|an|the|my|our)?\s*(?P<o>.+)",
     lambda m, c: _r_member(re.match(r"(?P<v>\w+) (?P<o>.+)", "volunteer " + m.group("o")), c)),
    (r"^(?:going|attending)\s+(?:to\s+)?(?P<o>(?:[\w'-]+\s+){0,4}?" + _SCHOOLS + r"\b(?:\s+(?:of|in)\s+[\w\s]+)?)", _r_study_at),
    (r"^(?P<v>planning|hoping|trying|going|saving\s+up)\s+(?:to|of)\s+(?P<o>.+)", _r_goal),
    (r"^(?P<v>married|dating|engaged)\s+(?:to\s+)?(?P<n>" + _NAME + r")", _r_spouse),
    (r"^(?:afraid|scared|terrified|frightened)\s+of\s+(?P<o>.+)", _r_afraid),
    (r"^allergic\s+to\s+(?P<o>.+)", _r_allergic),
    (r"^(?:into|obsessed\s+with|addicted\s+to|passionate\s+about|crazy\s+about|fond\s+of|keen\s+on)\s+(?P<o>.+)",
     lambda m, c: _r_likes(re.match(r"(?P<v>like)\s+(?P<o>.+)", "like " + m.group("o")), c)),
    (r"^(?:(?:pretty|really|very|quite|so)\s+)?(?:good|great|skilled|talented|excellent|amazing|awesome|decent|proficient|experienced|gifted)\s+(?:at|in|with)\s+(?P<o>.+)", _r_skill),
    (r"^fluent\s+in\s+(?P<o>.+)", _r_speak),
    (r"^(?:a\s+)?(?:member|part)\s+of\s+(?P<o>.+)", _r_member_in),
    (r"^(?:in|at)\s+(?P<o>(?:(?:the\s+)?\d+(?:st|nd|rd|th)\s+grade)|(?:(?:high|grad|graduate|med|medical|law|middle|elementary|nursing|art|culinary|beauty|film|business|community|junior|boarding)\s+)?(?:school|college|university|uni))\b", _r_school_in),
    (r"^(?:(?:currently|now|still)\s+)?(?:in|living\s+in)\s+(?P<o>(?!(?:the|a|an|my|our|love|bed|trouble|pain|shape|charge|debt|luck|line|town|school|college|class|church|jail|prison|touch|need|favor|favour|fact|general|time|good|great|bad|for|between|front|public|private|person|it|there|here|heaven|hospital|labor|agreement|danger|tears|shock|awe)\b)[\w'-]+(?:\s+[\w'-]+){0,3})", _r_am_in),
    (r"^in\s+(?:the\s+|a\s+|an\s+|my\s+)?(?P<o>(?:[\w'-]+\s+){0,2}?(?:navy|army|military|air\s+force|marines|marine\s+corps|coast\s+guard|national\s+guard|band|choir|club|orchestra|league|team|union|fraternity|sorority|cult|gang|peace\s+corps|reserves))\b", _r_member_in),
])


def _dispatch(rest: str, clause: _Clause, rules: tuple[tuple[re.Pattern, _Rule], ...]) -> bool:
    for pattern, rule in rules:
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
_SCAN_PET = re.compile(
    rf"(?i:\b(?P<poss>my|our)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_PET}))(?![\w-])"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<name>[A-Z][\w'-]+)|(?i:\s+(?:is\s+)?(?:named|called)\s+(?P<called>[\w'-]+)))?"
)
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
_SCAN_WHERE_I_WORK = re.compile(r"\b(?:the|a|an|this)\s+(?P<o>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:where|that)\s+i\s+(?:work|am\s+working)\b", re.I)
_SCAN_THING = re.compile(r"(?P<o>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|are)\s+(?:not\s+my\s+(?P<neg>thing|cup\s+of\s+tea|forte|jam)|my\s+(?P<pos>thing|jam|passion|life|obsession|weakness))\b", re.I)
_SCAN_HAIR = re.compile(
    r"\bmy\s+(?P<o>(?:(?:long|short|curly|straight|wavy|red|blonde|blond|brown|black|grey|gray|white|blue|green|hazel|dark|light|pink|purple|dyed|auburn|brunette|natural)\s+){1,3}(?:hair|eyes|beard))\b"
    r"|\bmy\s+(?P<part>hair|eyes|beard)\s+(?:is|are)\s+(?:(?:naturally|really|very|so)\s+)?(?P<c>long|short|curly|straight|wavy|red|blonde|blond|brown|black|grey|gray|white|blue|green|hazel|dark|pink|purple|auburn)\b",
    re.I,
)


_NOT_NAMES = set(
    "good fine great well doing here back new not sorry glad happy tired okay ok excited busy "
    "bored alright sure just very so a an the from in at also still pretty really too home "
    "currently working going trying looking getting feeling listening watching reading thinking "
    "retired old young single married interested hungry sad lonely awesome cool good great "
    "done ready afraid scared alive alone able about living fond sick used into over".split()
)


def _plausible_name(name: str) -> bool:
    low = name.lower()
    first = low.split()[0]
    return not (first in _STOP or first in _OBJECT_PRONOUNS or first in _NOT_NAMES or _is_job(low)
                or first in _DEMONYMS or first in _RELIGIONS or first in _TRAITS.split()
                or first in _MARITAL.split() or first in _GENDERS or first.isdigit()
                or first.endswith("ing") or first in _DIETS)


@dataclass
class _TurnState:
    """What a turn has said so far: its facts and its last thing, for "it is my favorite"."""

    facts: list[tuple] = field(default_factory=list)
    last_thing: Entity | None = None
    last_owned: Entity | None = None


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
        state = _TurnState()
        text = normalize(turn.text)
        for sentence in _SENTENCE.split(text):
            sentence = sentence.strip()
            if not sentence:
                continue
            if _is_question(sentence):
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
        clauses = [c for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]
        subject: tuple[Entity, float] | None = None
        for raw in clauses:
            clause = raw.strip(" ,;:")
            if _CONDITIONAL.match(clause) or re.match(r"^(?:even\s+)?if\b", clause, re.I):
                return
            if _IRREALIS.search(clause) or _is_question(clause):
                subject = None
                continue
            self._scan(clause, turn, discourse, state, previous)
            body = _FILLER.sub("", clause).strip()
            if not body:
                continue
            parsed = self._subject(body, turn, discourse, state)
            if parsed is not None:
                subject, rest = parsed[:2], parsed[2]
            elif subject is not None and re.match(_VERB_START + r"|also\b|still\b|really\b", body, re.I):
                rest = body
            else:
                subject = None
                continue
            if subject is None:
                continue
            self._predicate(rest, subject, clause, sentence, turn, discourse, state)

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
                   turn: Turn, discourse: Discourse, state: _TurnState) -> None:
        rest = _PRE.sub("", rest)
        if _PAST_HABIT.match(rest):
            return
        neg = _NEG.match(rest)
        if neg:
            rest = rest[neg.end():]
            rest = _PRE.sub("", rest)
        c = _Clause(turn, subject[0], subject[1], rest, sentence, bool(neg), bool(_HABIT.search(clause)), discourse)
        matched = _dispatch(rest, c, _VERB_RULES)
        fun = _FOR_FUN.search(clause)
        if not matched and fun and not c.negated:
            activity = clean_object(_FOR_FUN.sub("", rest), "activity")
            if activity and not re.match(r"^(?:am|is|are|was|have|has|had|get|got|do|does|did)\b", activity, re.I):
                c.add("hobby", Entity(activity, "Thing"), 0.7)
                matched = True
        if not matched and c.habitual and not c.negated:
            activity = clean_object(_HABIT.sub("", rest), "activity")
            if activity and re.match(r"^[a-z]+", activity) and not re.match(r"^(?:am|is|are|was|have|has|had|get|got|do|does|did|make|feel)\b", activity, re.I):
                c.add("habit", Entity(activity, "Thing"), 0.5)
        self._collect(c.out, state)

    def _collect(self, found: list[tuple], state: _TurnState) -> None:
        for item in found:
            state.facts.append(item)
            obj = item[2]
            if isinstance(obj, Entity) and obj.type == "Thing" and item[1] in ("likes", "dislikes", "hobby", "owns"):
                state.last_thing = obj
            if item[1] in ("hasPet", "child", "sibling", "parent", "spouse", "partner") and isinstance(obj, Entity):
                state.last_owned = obj

    def _scan(self, clause: str, turn: Turn, discourse: Discourse, state: _TurnState, previous: str) -> None:
        """Possessive mentions and "favorite" statements anywhere in the clause."""
        speaker = discourse.speaker(turn)
        out: list[tuple] = []

        def add(subject: Entity, predicate: str, obj: Entity | Value, confidence: float) -> None:
            out.append((subject, predicate, obj, confidence, None))

        negated = bool(re.search(r"\b(?:not|never|no)\b", clause, re.I))
        for m in _SCAN_KIN.finditer(clause):
            mods = m.group("mods").lower().split()
            if "ex" in mods or re.search(r"\bex[\s-]*$", clause[:m.start()], re.I):
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
            noun = m.group("noun").lower()
            name = m.group("name") or m.group("lname") or m.group("called")
            if name and name.lower() in _STOP | _OBJECT_PRONOUNS:
                name = None
            pet = _owned_entity(speaker, noun, "Animal", name)
            add(speaker, "hasPet", pet, 0.85 if name else 0.75)
            state.last_owned = pet
        if not negated:
            for m in _SCAN_OWN.finditer(clause):
                add(speaker, "owns", Entity(m.group("o").lower(), "Thing"), 0.55)
            for m in _SCAN_HAIR.finditer(clause):
                phrase = m.group("o") or f"{m.group('c')} {m.group('part')}"
                add(speaker, "trait", phrase.lower(), 0.6)
        m = _SCAN_MY_NAME.search(clause)
        if m and _plausible_name(m.group("n")):
            add(speaker, "name", m.group("n"), 0.85)
        m = _SCAN_OTHER_NAME.search(clause)
        if m and state.last_owned is not None and state.last_owned.label.startswith(f"{speaker.label}'s "):
            add(state.last_owned, "name", m.group("n"), 0.7)
        if not negated:
            for pattern, conf in ((_SCAN_FAVORITE, 0.9), (_SCAN_FAVORITE_APPOS, 0.75)):
                m = pattern.search(clause)
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
                    raw = re.sub(r"^.*\b(?:and|but|i\s+think|though|so|because|like|love|loves|likes)\s+", "", raw, flags=re.I)
                    if raw.lower() in ("it", "that", "this", "they", "those", "these") and state.last_thing is not None:
                        add(speaker, "favorite", state.last_thing, 0.6)
                    else:
                        obj = clean_object(raw)
                        if obj:
                            add(speaker, "favorite", Entity(obj, "Thing"), 0.75)
            m = _SCAN_MINE.match(_FILLER.sub("", clause))
            if m and re.search(r"\bfavorite\b|\byours\b", previous + " " + clause, re.I):
                for obj in _object_list(m.group("o")):
                    add(speaker, "favorite", Entity(obj, "Thing"), 0.7)
            m = _SCAN_HOBBY.search(clause)
            if m:
                for obj in _object_list(m.group("o"), "activity"):
                    add(speaker, "hobby", Entity(obj, "Thing"), 0.85)
            m = _SCAN_JOB.search(clause)
            if m:
                title = clean_object(m.group("o"))
                if title and _is_job(title):
                    add(speaker, "jobTitle", title.lower(), 0.8)
            m = _SCAN_MY_JOB_AT.search(clause)
            if m:
                org = clean_object(m.group("o"), "place")
                if org:
                    add(speaker, "worksFor", Entity(org, "Organization"), 0.75)
        m = _SCAN_WHERE_I_WORK.search(clause)
        if m and not negated:
            org = clean_object(m.group("o"))
            if org:
                add(speaker, "worksFor", Entity(org, "Organization"), 0.7)
        m = _SCAN_THING.search(clause)
        if m:
            obj = clean_object(_FILLER.sub("", m.group("o")))
            if obj:
                add(speaker, "dislikes" if m.group("neg") else "likes", Entity(obj, "Thing"), 0.65)
        self._collect(out, state)

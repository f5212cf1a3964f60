"""What the speaker tells they did, in casual catch-up talk: outings ("we went camping last weekend", "I went on a
hiking trip"), trips ("took a short trip last week to Rome", "a vacation in Florida", "I've been to 15 countries and
Peru was the best"), classes and pastimes taken up
("I signed up for a pottery class", "just started doing aerial yoga", "I'm getting back into running"; one tried for,
"trying to get back into yoga", a goal), contests entered ("I won my first video game
tournament", "I was in the final of a big chess tournament"), an instrument played ("playing my violin") and a pet
shown as a new member of the family ("a new addition to the family, this is Max! [shares a photo of a dog]").

Only the speaker's own doings are read: the subject is "I", "we", "Max and I", or none at the start of a sentence
("Took a trip to Rome", "Just started doing yoga"); "my sister went camping" is another's. A plan, a wish, a question
or a denial ("I'm planning a trip to Rome", "I'd love to go camping", "did you go camping?", "I never went camping")
tells nothing, and nor does an errand ("I went shopping today"); of a sentence that plans, only the clauses before the
plan are read ("signed up for piano lessons, first one is tomorrow"). Outings, trips, contests and things made are dated
by the sentence's time ("last week"); outings and classes give ``hobby``, trips ``visited``, contests ``attended``, a new
pet ``hasPet``.

>>> from datetime import datetime
>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> from kg_memory.extract.english.mentions import TurnState
>>> t = Turn("c", "1", "Ann", "We went camping last week.", datetime(2023, 5, 8))
>>> state = TurnState()
>>> scan_pastimes_done("We went camping last week.", t, Discourse([t]), state)
>>> [(s.label, p, o.label, str(when)) for s, p, o, _, when in state.facts]
[('Ann', 'hobby', 'camping', '2023-05-01')]
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..pronouns import Discourse
from ..starts import clause_time
from ..timeexpr import MONTHS, SEASONS, WEEKDAYS
from .lexicon import ADJ, EVENTS, GO_ACTIVITIES, INSTRUMENTS, NAME, alts
from .mentions import TurnState
from .objects import is_language

__all__ = ["scan_pastimes_done"]

#: The speaker as subject: "I", "we", "Max and I", or nothing at the start of the sentence ("Took a trip to Rome").
_SUBJ = (r"(?:(?<![\w'’])(?:i|we|(?:[A-Z][a-z]+|my\s+[a-z]+)\s+and\s+i|the\s+kids\s+and\s+i|my\s+family\s+and\s+i)\s+|^\s*(?:(?:nah|nope|yeah|yep|yup|well|so|oh|lol|haha|lowkey|honestly|ngl|tbh)\b[\s,!.]*)*)"
         r"(?:(?:just|recently|finally|also|even|actually|all|then|last\s+\w+|yesterday|today)\s+,?\s*)*")
#: Pastimes one goes out to do ("went camping", "a hiking trip").
_OUTING = alts(GO_ACTIVITIES + " mountaineering snorkeling snorkelling stargazing sightseeing caving ziplining "
                               "paddleboarding apple_picking berry_picking")
#: Outings that are a day's errand, no pastime: "I went shopping today" ("I love shopping" tells a pastime elsewhere).
_ERRANDS = frozenset({"shopping"})
#: "we went camping", "I went hiking last week", "I'm off to go swimming", "we had a blast camping".
_WENT_OUT = lazy(
    _SUBJ + r"(?:went|go|took\s+(?:my|our|the)(?:\s+[\w-]+){1,2}?|(?:am|are)\s+off\s+to\s+go|(?:have|had)\s+(?:also\s+)?been|"
    r"had\s+(?:such\s+)?(?:a\s+blast|so\s+much\s+fun|fun|a\s+(?:great|good|wonderful|nice|fun)\s+time))\s+"
    rf"(?P<a>{_OUTING})\b(?!\s+(?:trip|gear|stuff|spot|shoes|boots|clothes|list))",
    re.I | re.M)
#: Where an outdoor outing was: "went camping at Yosemite", "went skiing in Aspen last winter" (not "in March", not
#: "at Dave's": a month, or someone's home)
_OUTDOORS = lazy(alts("hiking camping skiing snowboarding surfing kayaking canoeing sailing rock_climbing climbing backpacking "
                 "rafting diving scuba_diving snorkeling snorkelling fishing fly_fishing birdwatching bird_watching "
                 "sightseeing horseback_riding boating paddleboarding paddle_boarding mountaineering biking cycling"))
_NOT_PLACES = frozenset([*MONTHS, *WEEKDAYS, *SEASONS])
_OUTING_PLACE = lazy(rf"(?:\s+(?:last|this)\s+\w+|\s+yesterday|\s+today)?\s+(?:at|in|on|near|around|up)\s+(?:the\s+)?"
                     rf"(?P<p>(?-i:{NAME}))(?![\w'’-])", re.I)
#: "I went on a hiking trip", "we took a camping trip last summer", "our camping trip".
_OUTING_TRIP = lazy(
    r"(?:" + _SUBJ + r"(?:went\s+on|took|did|had|(?:just\s+)?got\s+back\s+from|came\s+back\s+from)\s+(?:a|an|our|my|the|this|that)"
    r"|(?<![\w'’])(?:our|my))\s+(?:(?:short|long|little|great|fun|big|weekend|family|day|solo|first)\s+)*"
    rf"(?P<a>{_OUTING})\s+(?:trip|outing|weekend|adventure)s?\b",
    re.I | re.M)
#: "took a short trip last week to Rome", "my trip to England", "a vacation in Florida", "our road trip to Oregon".
#: "I've been to about 15 countries and Vietnam was the best", "we visited 30 states, Montana was my favorite": the
#: place picked out of those counted was visited
_COUNTED_TRIPS = lazy(
    r"\b(?i:i|we)\s+(?:(?i:have|had)\s+)?(?:(?i:also|already|now|personally)\s+)?(?i:been\s+to|visited|traveled\s+to|"
    r"travelled\s+to|seen)\s+(?:(?i:about|over|almost|nearly|around|roughly|more\s+than|like)\s+)?(?:\d+|(?i:two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of|many|several|a\s+lot\s+of|"
    r"lots\s+of))\s+(?:(?i:different|other)\s+)?(?i:countries|states|cities|continents|islands|national\s+parks)\b"
    r"(?:\s+(?i:so\s+far|now|already|in\s+total|in\s+all|total))?\s*(?:[,;]|(?i:and|but|so))\s*(?:(?i:and|but|so)\s+)?(?P<p>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+(?i:was|is)\s+"
    r"(?i:my\s+(?:absolute\s+|all[-\s]time\s+)?favou?rite|the\s+best|by\s+far\s+the\s+best|my\s+top\s+pick|the\s+highlight)\b")
_TRIP_TO = lazy(
    r"(?:" + _SUBJ + r"(?P<v>took|had|went\s+on|did|got\s+back\s+from|came\s+back\s+from|returned\s+from|was\s+on|"
    r"were\s+on)\s+(?:a|an|our|my|the|this|that)|(?<![\w'’])(?:our|my))\s+(?:(?:short|long|little|quick|great|fun|big|amazing|"
    r"awesome|solo|family|road|weekend|business|work|school|day|first|last|special|recent)\s+)*(?:trip|road\s*trip|vacation|"
    r"holiday|getaway|cruise|tour|honeymoon|visit)s?\b(?P<when>(?:\s+(?:last|this|a\s+few|a\s+couple\s+of|two|three|\d+)"
    r"\s+\w+(?:\s+ago)?)?)\s*-?\s*(?:to|in|through|around|across)\s+(?:the\s+)?"
    rf"(?P<p>(?-i:{NAME})(?:\s+(?:de|da|do|del|la|le)\s+(?-i:[A-Z][a-z]+)|\s+(?-i:[A-Z][a-z]+))?)(?![\w'-])"
    r"(?!\s+(?!(?:last|this|a|an|in|on|at|with|and|or|but|for|to|ago|was|were|is|had|two|three|few|years?|months?|weeks?|"
    r"yesterday|recently|back|together|alone)\b)[a-z])",
    re.I | re.M)
#: "I took this pic in Spain", "here's a photo from our vacation in Florida": where the picture was taken.
_PIC_IN = lazy(
    _SUBJ + r"(?:took|snapped|got)\s+(?:this|that|the|these|a)\s+(?:pic|picture|photo|shot|snap)s?\s+(?:in|at)\s+"
    rf"(?P<p>(?-i:{NAME}))(?![\w'-])(?!\s+(?!(?:last|this|a|an|in|on|at|with|and|or|but|for|to|ago|was|were|is|when|"
    r"while|during|yesterday|recently|back)\b)[a-z])"
    r"|(?<![\w'’])(?:pic|picture|photo|shot|snap)s?\s+(?:from|of|on|during)\s+(?:a|an|that|the|my|our|one\s+of\s+(?:my|our))\s+"
    r"(?:(?:short|solo|family|road|recent|last)\s+)*(?:trip|vacation|holiday|getaway|cruise)s?\s+(?:to|in)\s+(?:the\s+)?"
    rf"(?P<q>(?-i:{NAME})(?:\s+(?-i:[A-Z][a-z]+))?)(?![\w'-])",
    re.I | re.M)
#: "we had a blast at a live music festival", "I had so much fun at the concert": an event attended.
_FUN_AT = lazy(
    _SUBJ + r"had\s+(?:such\s+)?(?:a\s+blast|so\s+much\s+fun|fun|a\s+(?:great|good|wonderful|fun|nice)\s+time)\s+at\s+"
    rf"(?:a|an|the|this|that|my|our)\s+(?P<e>{ADJ}{alts(EVENTS)})\b",
    re.I | re.M)
#: Words before "class" that say which class, not what is learnt ("a weekend yoga class": yoga).
_CLASS_WORDS = frozenset("weekend weekly daily local new online evening morning night free small little great fun first "
                         "second beginner beginners beginner's intro introductory advanced community group private "
                         "cool awesome amazing few couple some two three this that the a an my our".split())
#: Words that tell no subject of a class ("started with workshops").
_NOT_A_SUBJECT = frozenset("with in at on for to from by of and or about into".split())
#: "I signed up for a pottery class", "I started a weekend yoga class", "I've been taking a poetry class".
_CLASS = lazy(
    _SUBJ + r"(?:(?:have|has|had|am|are)\s+)?(?:been\s+)?(?:(?:started|start|starting)(?:\s+taking|\s+going\s+to)?|took|taking|"
    r"signed\s+up\s+for|signing\s+up\s+for|joined|joining|enrolled\s+in|enrolling\s+in|attended|attending|went\s+to|"
    r"registered\s+for)\s+(?:(?:a|an|my|our|some|this|these|the|two|three|a\s+few|a\s+couple\s+of)\s+)?"
    r"(?P<w>(?:[\w'-]+\s+){1,3}?)(?:class|classes|lessons|lesson|course|workshop|workshops)\b",
    re.I | re.M)
#: Pastimes taken up: "just started doing aerial yoga", "I took up pottery", "I got into painting".
_PASTIME = (r"(?:(?:aerial|hot|power|chair|goat|prenatal)\s+)?(?:yoga|pilates|pottery|photography|painting|drawing|knitting|"
            r"crocheting|sewing|baking|gardening|poetry|journaling|running|boxing|kickboxing|karate|judo|"
            r"taekwondo|ballet|salsa|dancing|swimming|climbing|rock\s+climbing|surfing|skating|meditation|calligraphy|"
            rf"woodworking|archery|fencing|cycling|zumba|crossfit|tai\s+chi|martial\s+arts|volunteering|{_OUTING}|"
            r"piano|guitar|violin|cello|drums|ukulele|saxophone|flute|harp)")  # "switched to piano", "took up cello"
_TOOK_UP = lazy(
    _SUBJ + r"(?:(?:have|has)\s+)?(?:started|began|begun|took\s+up|taken\s+up|picked\s+up|switched\s+(?:over\s+)?to|"
    r"(?:(?:am|are|have\s+been|been)\s+)?(?:(?:really|slowly|finally|also)\s+)*(?:got|gotten|getting)\s+(?:(?:really|back|more)\s+)*into|"
    r"tried\s+(?:my\s+hand\s+at|out))\s+"
    rf"(?:doing\s+|practicing\s+|practising\s+|some\s+)?(?P<a>{_PASTIME})\b(?!\s+(?:class|classes|lessons?|course|studio|teacher))"
    r"|" + _SUBJ + r"(?:(?:am|are)\s+)?(?:(?:doing|off\s+to\s+do|practicing|practising)\s+(?:some\s+)?)"
    rf"(?P<b>{_PASTIME})\b(?!\s+(?:class|classes|lessons?|course|studio|teacher))",
    re.I | re.M)
#: Any interest one is taking up, told as such: "been getting into bouldering lately", "I've gotten really into true
#: crime podcasts recently" (not "getting into the car", "getting into trouble", "got into Yale": a place, a state).
_INTO_LATELY = lazy(
    _SUBJ + r"(?:(?:am|are|have\s+been|has\s+been|been|have|has)\s+)?(?:(?:really|slowly|also)\s+)*(?:getting|gotten)\s+"
    r"(?:(?:really|more|so|super)\s+)*into\s+(?P<a>(?!(?:the|a|an|my|your|his|her|their|our|it|that|this|them|him|me|"
    r"trouble|debt|shape|fights?|arguments?|character|bed|work|college|school|grad|med|law|position|gear|details|"
    r"politics|drama|more|less|some|any|lots?|each\s+other)\b)[a-z][\w'-]*(?:\s+(?!(?:lately|recently|these|again|and|but|so|now|too|at|with|"
    r"since|because)\b)[a-z][\w'-]*){0,2}?)\s+(?:lately|recently|these\s+days|this\s+(?:year|summer|winter|spring|fall))\b",
    re.I | re.M)
#: A pastime one tries to take up again: "I'm trying to get back into running", "been trying to get into yoga".
_TRYING_INTO = lazy(
    _SUBJ + r"(?:(?:am|are|have\s+been|been)\s+)?(?:(?:really|slowly|also)\s+)*trying\s+to\s+get\s+(?P<back>back\s+)?into\s+"
    rf"(?:doing\s+|some\s+)?(?P<a>{_PASTIME})\b(?!\s+(?:class|classes|lessons?|course|studio|teacher))",
    re.I | re.M)
#: Contests: "I won my first video game tournament", "I was in the final of a big Valorant tournament".
_CONTEST_HEAD = r"(?:tournament|competition|championship|contest|race|marathon|half\s+marathon|triathlon|hackathon|match)"
_CONTEST = lazy(
    _SUBJ + r"(?:(?:have|has)\s+)?(?:won|win|entered|played\s+in|took\s+part\s+in|(?:am\s+|was\s+)?(?:(?:currently|also)\s+)?(?:participating|competing)\s+in|made\s+it\s+to\s+the\s+finals?\s+of|"
    r"(?:was|were)\s+in\s+the\s+(?:semi-?)?finals?\s+of|placed\s+\w+\s+in|came\s+\w+\s+in|finished\s+\w+\s+in)\s+"
    r"(?:(?:a|an|my|our|the|this|that)\s+)?(?P<e>(?:[\w'-]+\s+){0,3}?" + _CONTEST_HEAD + r")s?\b",
    re.I | re.M)
_CONTEST_WORDS = frozenset("first second third fourth fifth sixth last big huge really very major small local "
                           "recent latest new next few couple two three several".split())
#: Things one makes as a pastime, and the pastime: "I painted it", "I made this painting", "I finished another pottery
#: project" (not "I painted the fence", "I made dinner").
_CRAFT_VERB = {"painted": "painting", "drew": "drawing", "sketched": "sketching", "knitted": "knitting", "knit": "knitting",
               "crocheted": "crocheting", "sewed": "sewing", "sculpted": "sculpting", "carved": "woodcarving",
               "quilted": "quilting"}
_CRAFT_NOUN = {"painting": "painting", "paintings": "painting", "drawing": "drawing", "drawings": "drawing",
               "sketch": "sketching", "sketches": "sketching", "sculpture": "sculpting", "sculptures": "sculpting",
               "pottery": "pottery", "quilt": "quilting", "scarf": "knitting", "sweater": "knitting",
               "watercolor": "painting", "watercolors": "painting", "portrait": "painting", "mural": "painting",
               "bowl": "pottery", "vase": "pottery", "stained glass": "stained glass", "poem": "poetry", "poems": "poetry"}
_MADE = lazy(
    _SUBJ + r"(?:(?:have|has|had)\s+)?(?:(?P<v>painted|drew|sketched|knitted|knit|crocheted|sewed|sculpted|carved|quilted)\s+"
    r"(?:it|this|that|these|those|one|a|an|another|some|my\s+first|this\s+one)\b(?!\s+(?:(?:[\w-]+\s+)?(?:room|wall|walls|house|"
    r"fence|door|nails|kitchen|bedroom|car|deck|ceiling|line|conclusion|picture\s+of\s+(?:you|him|her|them))\b))|"
    r"(?:made|finished|completed|created|did|done)\s+(?:this|that|these|a|an|another|my|one|two|some)\s+(?:(?:new|first|"
    r"little|small|big|abstract|cool|recent|latest|few|more)\s+)*(?P<n>stained\s+glass|paintings?|drawings?|sketch(?:es)?|"
    r"sculptures?|pottery|quilt|scarf|sweater|watercolors?|portrait|mural|bowl|vase|poems?)\b(?!\s+of\b))",
    re.I | re.M)
#: Cheap checks before the patterns: a pastime named anywhere; a verb of making anywhere.
#: _ANY_PASTIME, _ANY_MAKING and _UNSURE look at the lower-cased sentence, without re.I: Python's re tries each
#: alternative of a case-insensitive pattern at every place, and these are looked for in every sentence
_ANY_PASTIME = lazy(rf"(?<![\w'’]){_PASTIME}")
_ANY_MAKING = lazy(r"\b(?:painted|drew|sketched|knit(?:ted)?|crocheted|sewed|sculpted|carved|quilted|made|finished|completed|"
                   r"created|did|done)\b")
#: "playing my violin", "I was playing the piano all evening".
_PLAYED = lazy(_SUBJ + r"(?:(?:was|were|am|been)\s+)?(?:playing|played)\s+(?:my|the|our|some)\s+"
               rf"(?P<i>{alts(INSTRUMENTS)})\b", re.I | re.M)
#: "a new addition to the family", "the newest member of our family": a pet shown, named after.
_ADDITION = lazy(r"\b(?:new|newest|latest)\s+(?:addition|member)\s+(?:to|of)\s+(?:the|our|my)\s+family\b", re.I)
_PET_NAMED = lazy(rf"\b(?:this\s+is|meet|(?:named|called)|say\s+hi\s+to)\s+(?P<n>(?-i:{NAME}))", re.I)
_PET_SHOWN = lazy(r"\[[^\]]*\b(?:dog|puppy|cat|kitten|bunny|rabbit|hamster|parrot|bird|turtle|guinea\s+pig)s?\b[^\]]*\]", re.I)
#: A plan, a wish, a question, a denial or a supposition: nothing done yet.
_UNSURE = lazy(r"\?|\b(?:not|never|no|if|unless|whether|wish|would|could|should|might|maybe|perhaps|will|shall|going\s+to|gonna|"
               r"wanna|want|wants|plan|plans|planning|planned|hope|hoping|hopefully|someday|one\s+day|thinking|"
               r"considering|dream|dreaming|saving|booked|book|can\s+not\s+wait|cannot\s+wait|looking\s+forward|next|"
               r"tomorrow|upcoming|soon|love\s+to|like\s+to|need\s+to|have\s+to|about\s+to|bucket\s+list|supposed|"
               r"imagine|pretend|let\s+us|let's|how\s+about|why\s+not|you\s+should)\b")


def _class_of(words: str) -> str | None:
    """What a class teaches, from the words before "class" ("weekend yoga ": yoga), if it says."""
    kept = [w for w in words.split() if w.lower() not in _CLASS_WORDS]
    if _NOT_A_SUBJECT.intersection(w.lower() for w in kept):
        return None  # "I started with workshops and books": how, not which class
    if not kept or not 1 <= len(kept) <= 3 or is_language(kept[0]) or kept[0].lower() in ("english", "math", "history",
                                                                                           "science", "lit", "biology"):
        return None
    return " ".join(kept).lower()


def _contest(words: str) -> str:
    """The contest without its ordinal or size ("my first video game tournament": video game tournament)."""
    kept = [w for w in words.split() if w.lower() not in _CONTEST_WORDS]
    return " ".join(kept)


def scan_pastimes_done(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
    """Record the outings, trips, classes, contests and new pets the speaker tells of in ``sentence`` (see the
    module)."""
    low = sentence.lower()
    if (unsure := _UNSURE.search(low)) is not None:  # "signed up for piano lessons, first one is tomorrow": the clauses
        cut = max(low.rfind(",", 0, unsure.start()), low.rfind(";", 0, unsure.start()))  # before the plan are done
        if unsure.group(0) == "?" or cut <= 0 or "?" in low:
            return
        sentence, low = sentence[:cut], low[:cut]
    speaker = discourse.speaker(turn)
    out: list[Found] = []

    def add(predicate: str, obj: Entity, confidence: float, dated: bool) -> None:
        when = clause_time(sentence, turn.time, "en", obj.label) if dated else None
        out.append((speaker, predicate, obj, confidence, when))

    outing = _ANY_PASTIME.search(low) is not None  # most sentences name none: their patterns are not tried

    def has(*words: str) -> bool:
        return any(w in low for w in words)

    for m in _WENT_OUT.finditer(sentence) if outing else ():
        if m.group("a").lower() in _ERRANDS:
            continue  # "I went shopping today": an errand of the day, no pastime ("I love shopping" is one)
        add("hobby", Entity(" ".join(m.group("a").lower().split()), "Thing"), 0.65, True)
        place = _OUTING_PLACE.match(sentence, m.end()) if _OUTDOORS.fullmatch(m.group("a").lower()) else None
        if place is not None and place.group("p").split()[0].lower() not in _NOT_PLACES \
                and not place.group("p").endswith(("'s", "’s")):
            add("visited", Entity(place.group("p"), "Place"), 0.7, True)
    for m in _OUTING_TRIP.finditer(sentence) if outing else ():
        if m.group("a").lower() in _ERRANDS:
            continue  # "a shopping trip with Mom": an errand
        add("hobby", Entity(" ".join(m.group("a").lower().split()), "Thing"), 0.6, True)
    for m in _TRIP_TO.finditer(sentence) if has("trip", "vacation", "holiday", "getaway", "cruise", "tour", "honeymoon",
                                                "visit") else ():
        add("visited", Entity(m.group("p"), "Place"), 0.7, True)
    for m in _COUNTED_TRIPS.finditer(sentence) if has("countries", "states", "cities", "continents", "islands", "parks") else ():
        add("visited", Entity(m.group("p"), "Place"), 0.7, False)
    for m in _CLASS.finditer(sentence) if has("class", "lesson", "course", "workshop") else ():
        if (what := _class_of(m.group("w"))) is not None:
            add("hobby", Entity(what, "Thing"), 0.65, False)
    for m in _TOOK_UP.finditer(sentence) if outing else ():
        add("hobby", Entity(" ".join((m.group("a") or m.group("b")).lower().split()), "Thing"), 0.65, False)
    for m in _INTO_LATELY.finditer(sentence) if "into" in low else ():
        if not _ANY_PASTIME.fullmatch(" ".join(m.group("a").lower().split())):  # those: _TOOK_UP
            add("hobby", Entity(" ".join(m.group("a").split()), "Thing"), 0.6, False)
    for m in _TRYING_INTO.finditer(sentence) if outing and "trying" in low else ():
        what = " ".join(m.group("a").lower().split())
        add("goal", Entity(f"get back into {what}" if m.group("back") else f"get into {what}", "Thing"), 0.6, False)
    for m in _PIC_IN.finditer(sentence) if has("pic", "photo", "shot", "snap") else ():
        add("visited", Entity(m.group("p") or m.group("q"), "Place"), 0.65, True)
    for m in _FUN_AT.finditer(sentence) if "had" in low else ():
        add("attended", Entity(" ".join(m.group("e").split()), "Event"), 0.7, True)
    for m in _CONTEST.finditer(sentence) if has("tournament", "competition", "championship", "contest", "race",
                                                "marathon", "triathlon", "hackathon", "match") else ():
        if (contest := _contest(m.group("e"))) and contest.lower() != "match":
            add("attended", Entity(contest, "Event"), 0.7, True)
    for m in _MADE.finditer(sentence) if _ANY_MAKING.search(low) else ():
        craft = _CRAFT_VERB[m.group("v").lower()] if m.group("v") else _CRAFT_NOUN[" ".join(m.group("n").lower().split())]
        add("hobby", Entity(craft, "Thing"), 0.6, True)
    for m in _PLAYED.finditer(sentence) if "play" in low else ():
        add("hobby", Entity("playing " + m.group("i").lower(), "Thing"), 0.6, False)
    if _ADDITION.search(sentence) and (named := _PET_NAMED.search(sentence)) and _PET_SHOWN.search(turn.text):
        out.append((speaker, "hasPet", Entity(named.group("n"), "Animal"), 0.7, None))
    state.collect(out)

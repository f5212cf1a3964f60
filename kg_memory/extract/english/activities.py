"""English rules about what the subject likes, fears, can do, plays, eats and wants
("I love hiking", "I can speak French", "I want to become a nurse")."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from .asked_doings import doing_that_liked
from .but_not import left_out
from .goal_phrases import passing_state, phrased_goal
from .job_towns import lowercase_destination
from .lexicon import INSTRUMENTS, JOB_TALK, KIN, KIN_MODS, KIN_PREDICATE, LEISURE_GROUP, LIKED_KINDS, PET, alts
from .love_denied import denies_love
from .no_liking import heeded, ill_occasion
from .objects import POINTED_GERUND, clean_object, is_language, joined_employer, liked_thing, object_list, owned_entity
from .other_senses import is_chore, love_as_noun, makes_so, needs_what, runs_department
from .places import r_live
from .praise import praises_what_is_shown

_IT_OBJECT = lazy(r"^(?:it|them|that|those|these|this)\s*(?:$|[.!,;]|too\b|so\b|there\b|a\s+lot\b|as\s+well\b|also\b|haha\b|lol\b)", re.I)
_EAT_OBJECT = lazy(
    r"^(?:to\s+)?(?:eat|eating|drink|drinking|snack\s+on|snacking\s+on|munch\s+on|munching\s+on)\s+"
    r"(?:(?:a\s+lot\s+of|lots\s+of|tons\s+of|plenty\s+of|some|any)\s+)?"
    r"(?P<o>(?!out\b|in\b|at\b|with\b|healthy\b|well\b|alone\b|there\b|here\b|it\b|them\b|too\b|also\b|as\s+well\b)[a-z].*)",
    re.I,
)
_R_LIKES_OWNED = lazy(rf"^(?:my|our)\s+{KIN_MODS}(?P<k>{KIN}|{PET})(?![\w-])", re.I)
_NAME_AFTER = lazy(r"\s*,?\s+(?P<n>[A-Z][a-z]+)\b")
_R_LIKES_PERSON = lazy(r"^(?:a\s+)?(?P<a>cat|dog|morning|night|people|beach|mountain|outdoors|book|coffee|tea)\s+person\b", re.I)
_ACTIVITY_START = lazy(r"^(?:to\s+|\w+ing\b)", re.I)
_SUPERLATIVE = lazy(r"\b(?:the\s+most|the\s+best|most\s+of\s+all|best\s+of\s+all)\b", re.I)


#: "(i love) to do yoga", "doing my beadwork": not "to do it", "doing things with my family", "to do my homework"
_DO_THING = lazy(
    r"^(?:to\s+)?(?:do|doing)\s+(?:(?:my|some|a\s+lot\s+of|lots\s+of|a\s+little\s+bit\s+of|a\s+little|a\s+bit\s+of)\s+)?"
    r"(?P<o>(?!(?:it|that|this|these|those|them|things?|stuff|some|any|every|no|something|anything|nothing|everything|so|what|"
    r"the|a|an|my|your|his|her|their|our|work|homework|chores|dishes|laundry|taxes|more|less|well|good|great|fine|better|"
    r"worse|a\s+lot|lots|much|all|both|whatever|business|damage|harm|justice|time|favou?rs?|research|math|nails|hair|face|makeup|"
    r"own|part|job|share|thing|duty|bit)\b)[a-z].*)",
    re.I,
)
_ANYTHING = lazy(r"^(?:anything|everything|all\s+things)\s+(?:that\s+is|that\s+has|with|to\s+do\s+with|involving|related\s+to)\s+"
                 r"(?P<o>(?!(?:it|that|this|them|you|me)\b)[a-z].*)", re.I)
_GO_ING = lazy(r"^(?:to\s+)?(?:go|going)\s+(?P<o>[a-z]+ing)\b", re.I)
#: "(I love) living in the city", "(I hate) living on a farm": where the subject lives, whatever they think of it
_LIVING_IN = lazy(r"^(?:(?:to\s+)?live|living)\s+(?:(?:out|here|there|now|alone)\s+)?(?:in|on|near|by)\s+(?P<o>.+)", re.I)
_DO_IT = lazy(r"^(?:to\s+)?(?:eat|eating|drink|drinking|cook|cooking|make|making|read|reading|watch|watching)\s+(?:it|them)\s*(?:[.!;,]|$)", re.I)
_THIS_HERE = lazy(r"^(?:this|that|these|those)\s+(?!kind\b|sort\b|type\b)[\w'-]+(?:\s+[\w'-]+)?(?:\s+(?:too|as\s+well|also)\s*(?:[.!;,]|$)|\s*(?:[.!;]|$))"
                  r"|^(?:both|either|neither|them\s+both|both\s+of\s+them)\s*(?:[.!;,]|$)", re.I)  # "i enjoy both": said of before


def r_likes(m: re.Match[str], c: Clause) -> bool:
    """"I love hiking", "I like my sister": what the subject likes (negated: dislikes)."""
    return likes(m.group("v"), m.group("o"), c)


#: "(I appreciate) the support", "your help", "it": thanks for something done, not a liking
_THANKS_FOR = lazy(r"^(?:(?:the|your|that|this|it|all|everything|you|what)\b|(?:\w+\s+){0,2}?(?:help|support|offer|advice|"
                   r"gesture|thought|concern|effort|kindness|invitation|invite|favou?r|time|patience|honesty)\b)", re.I)


def likes(verb: str, raw: str, c: Clause) -> bool:
    """What the subject ``verb``s ("love", "prefer"...): the objects of ``raw``, liked or (negated) disliked."""
    verb = verb.lower()
    if c.negated and denies_love(verb, raw, c.turn, c.discourse):
        return True  # "I do not love Dana": no dislike of her (:mod:`.love_denied`)
    if verb.startswith("lov") and love_as_noun(raw):
        return True  # "hope and love exist", "the self-acceptance and love theme": love the noun, no liking
    living = _LIVING_IN.match(raw)
    if living and c.subject.type == "Person":
        return r_live(living, c)
    owned = _R_LIKES_OWNED.match(raw)
    if owned:
        noun = owned.group("k").lower()
        if c.negated or c.subject.type != "Person":
            return False
        pet = noun not in KIN_PREDICATE
        name = _NAME_AFTER.match(raw, owned.end())  # "my dog Rex": Rex is liked, not "Bob's dog"
        c.add("likes", owned_entity(c.subject, noun, "Animal" if pet else "Person", name and name.group("n")), 0.6)
        return True
    person = _R_LIKES_PERSON.match(raw)
    if person and not c.negated:
        noun = person.group("a").lower()
        c.add("likes", Entity(noun + "s" if noun in ("cat", "dog", "book", "mountain") else noun, "Thing"), 0.6)
        return True
    if _THIS_HERE.match(raw) or _THAT_PERSON.match(raw) or _SOMEONE_ELSES.match(raw):
        return True  # "I like this place", "I love that dress": the thing at hand, said in passing; "that guy": a person;
        # "I love your mom's books", "I love your shirt": someone else's, not a kind of thing liked
    if praises_what_is_shown(raw, c.sentence):
        return True  # "I love the color and texture", "the blue vase in the pic", "Love the tattoo!": praise of what is shown
    if verb.startswith("appreciat") and _THANKS_FOR.match(raw):
        return True  # "I appreciate the support": thanks, not a liking
    if (told := doing_that_liked(raw, c)) is not None:  # "do you call your mom ? i love doing that": calling my mom
        return told
    if _DO_IT.match(raw):  # "(have you tried sushi?) i love to eat them": the thing, not the eating
        return _topic("it", c, "dislikes" if c.negated else "likes") or True
    food = _EAT_OBJECT.match(raw)
    if food:  # "I like to eat a lot of meat": the food is what is liked
        raw = _AMOUNT.sub("", food.group("o"), count=1)
    go = _GO_ING.match(raw)
    if go:  # "I enjoy going running", "I love to go shopping": the pastime is what is liked
        raw = raw[go.start("o"):]
    anything = _ANYTHING.match(raw)
    if anything:  # "I love anything that is yellow", "anything to do with mystery": what it has is liked
        raw = anything.group("o")
    done = _DO_THING.match(raw)
    if done:  # "I love to do yoga", "i like to do my beadwork": the thing done is what is liked
        raw = done.group("o")
    style = "activity" if _ACTIVITY_START.match(raw) else "np"
    objects = _being_there(raw) or object_list(raw, style)
    if not objects:  # "(I love) watching them play": what is watched is said before; nothing else to read in it
        return _topic(raw, c, "dislikes" if c.negated else "likes") or POINTED_GERUND.match(raw) is not None
    if c.negated:
        if verb.startswith(("prefer", "appreciate", "dig", "fancy")):
            return False
        for obj in objects:
            c.add("dislikes", Entity(obj, "Thing"), 0.75)
        return True
    for obj in left_out(raw):  # "i like dogs but not cats": cats are disliked
        c.add("dislikes", Entity(obj, "Thing"), 0.7)
    examples = _EXAMPLES.search(raw)
    if examples and verb.startswith(("lik", "lov", "enjoy", "ador", "prefer")):  # "outdoors like hiking": hiking too
        objects += [obj for obj in object_list(examples.group("o"), "np") if obj not in objects]
    best = bool(_SUPERLATIVE.search(raw))
    for obj in objects:  # "this new show called Severance": Severance
        c.add("favorite" if best else "likes", liked_thing(obj), 0.8)
    return True


#: "(I love the outdoors) like hiking and camping", "(modern artists) such as travis scott": the kinds named are liked too
_EXAMPLES = lazy(r"\s(?:like|such\s+as|especially|particularly|including)\s+(?P<o>(?!(?:a|an|the|you|me|him|her|them|us|it|this|that|"
                 r"i|we|he|she|they|my|your|his|their|crazy|mad|hell|when|if|because|since|at|in|on|for|with|to|during|so|too|"
                 r"always|never|every|much|more|most|all|everything|anything|that)\b)[a-z][^,.;!?]*)", re.I)
#: "(I love) being outdoors", "being around dogs", "being alone": being somewhere, or so, is what is liked
_BEING_THERE = lazy(r"^being\s+(?:(?P<w>outdoors|outside|indoors|home|alone|active|in\s+nature)\b"
                    r"|(?P<p>(?:at|around|near|by|on|in|with|among)\s+[^,.;!?]+))", re.I)


def _being_there(raw: str) -> list[str]:
    """The places or ways of being liked in ``raw`` ("being outside , swimming": "being outside", "swimming")."""
    m = _BEING_THERE.match(raw)
    if m is None:
        return []
    if m.group("p"):
        return ["being " + " ".join(re.split(r"\s+(?:and|or|but|so|because)\s+", m.group("p"))[0].split()[:6])]
    return ["being " + obj if i == 0 else obj for i, obj in enumerate(object_list(raw[m.start("w"):], "activity"))]


#: "I hate to lecture you guys", "I hate to say it": reluctance, not a dislike
_HATE_TO_DO = lazy(r"^to\s+(?:say|tell|break|interrupt|ask|admit|bother|lecture|rush|leave|do\s+this|be\s+the\s+one)\b|"
                   r"^to\s+\w+\s+(?:you|him|her|them|us|it)\b", re.I)


_THAT_PERSON = lazy(r"^(?:that|this)\s+(?:guy|man|woman|girl|boy|person|lady|dude|kid|chick)\b", re.I)
_SOMEONE_ELSES = lazy(r"^(?:your|his|her)\s+(?!own\b)", re.I)  # ("their Kung Pao Chicken": a place's dish)


def r_dislikes(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if (told := doing_that_liked(raw, c, liked=False)) is not None:  # "do you iron shirts ? i hate doing that"
        return told
    if _HATE_TO_DO.match(raw) or _THAT_PERSON.match(raw) or _SOMEONE_ELSES.match(raw):
        return True  # "I hate that guy": a person, not a thing disliked; "I hate your haircut": someone else's
    living = _LIVING_IN.match(raw)
    if living and c.subject.type == "Person":
        return r_live(living, c)
    owned = _R_LIKES_OWNED.match(raw)
    if owned and owned.group("k").lower() in KIN_PREDICATE and c.subject.type == "Person":
        name = _NAME_AFTER.match(raw, owned.end())  # "I hate my parents": how one feels about them
        person = owned_entity(c.subject, owned.group("k").lower(), "Person", name and name.group("n"))
        c.add("negativeImpression", person, 0.6)
        return True
    style = "activity" if _ACTIVITY_START.match(raw) else "np"
    objects = _being_there(raw) or object_list(raw, style)
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.8)
    return bool(objects) or _topic(raw, c, "dislikes")


def _topic(raw: str, c: Clause, predicate: str) -> bool:
    """"do you like sushi? i love it": "it" is the thing just asked about or talked of."""
    if c.topic is None or not _IT_OBJECT.match(raw):
        return False
    c.add(predicate, c.topic, 0.6)
    return True


def r_afraid(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    objects = object_list(m.group("o"))
    for obj in objects:
        c.add("dislikes", Entity(obj, "Thing"), 0.6)
    return bool(objects)


def r_allergic(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    objects = object_list(m.group("o"))  # "allergic to eggs and dairy": to each
    for obj in objects:
        c.add("trait", f"allergic to {obj}", 0.75)
    return bool(objects)


#: "i speak four languages": an ability, whichever languages they are
_R_SPEAK_SEVERAL = lazy(r"^(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|multiple|a\s+few|a\s+lot\s+of|"
                        r"lots\s+of|a\s+bunch\s+of|a\s+couple\s+of)\s+(?:different\s+|foreign\s+)?languages\b", re.I)


#: How well a language is spoken, before its name: "fluent Mandarin", "a bit of German".
_LANGUAGE_MOD = lazy(r"\b(?:a\s+)?(?:fluent|native|basic|conversational|decent|good|some|little|bit\s+of|only|mostly|mainly)\s+", re.I)
#: ... and after it: "French (very) well", "German fluently", "Spanish a little".
_LANGUAGE_HOW = lazy(r"\s+(?:(?:very|pretty|really|quite|fairly|so)\s+)?(?:well|fluently|badly|poorly|a\s+little|a\s+bit)\b", re.I)


def r_speak(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    several = _R_SPEAK_SEVERAL.match(raw)
    if several:  # "i speak two languages , french and english": the skill, then the languages named
        c.add("skill", Entity(f"speak {' '.join(several.group(0).lower().split())}", "Thing"), 0.75)
        raw = raw[several.end():].lstrip(" ,:-")
    raw = _LANGUAGE_HOW.sub("", _LANGUAGE_MOD.sub("", raw))
    langs = [o for o in object_list(raw) if all(is_language(w) for w in o.split()[:1])] if raw else []
    for lang in langs:
        c.add("speaks", Entity(lang.title() if lang.islower() else lang, "Thing"), 0.85)
    return bool(langs) or several is not None


_CODE = frozenset("python javascript typescript java rust golang kotlin swift ruby php scala haskell sql html css".split())


def r_learning(m: re.Match[str], c: Clause) -> bool:
    """"I'm learning Spanish", "I've been learning Japanese for two years", "I'm learning Python": learning the language
    is a pastime (as 我在学西班牙语); "I'm not learning Spanish" gives nothing, and "I'd like to learn Spanish" is a goal if
    anything."""
    lang = m.group("o")
    if c.negated or not (is_language(lang) or lang.lower() in _CODE):  # "I'm learning Python" too
        return False
    c.add("hobby", Entity(f"learning {lang.title() if lang.islower() else lang}", "Thing"), 0.7)
    return True


#: Skills one takes up, said after "learning to" ("I'm learning to cook"); not one done for a need ("learning to drive").
_SKILLS = ("cook bake code program knit crochet sew draw paint sing dance swim surf ski snowboard skate garden meditate juggle "
           "sculpt")
#: "(I'm) learning to play the guitar", "learning the piano", "learning how to code", "taking piano lessons": an instrument or
#: a skill taken up
LEARNING_TO = (r"^(?:(?:am|is|are|have\s+been|has\s+been)\s+)?(?:(?:still|currently|slowly|also|now|just|finally|really)\s+)*"
               r"(?:(?:(?:have|has)\s+)?(?:started|begun|began)\s+)?(?:learning\s+(?:(?:how\s+)?to\s+play\s+)?(?:the\s+)?"
               rf"(?:(?P<i>{alts(INSTRUMENTS)})|(?:how\s+)?to\s+(?P<s>{alts(_SKILLS)}))"
               rf"|tak(?:e|es|ing)\s+(?P<li>{alts(INSTRUMENTS)})\s+(?:lessons|classes))\b")


def r_learning_to(m: re.Match[str], c: Clause) -> bool:
    """"I'm learning to play the guitar", "I'm learning to cook": a pastime under way, as "I'm learning Spanish" (not
    "I want to learn to play guitar", a wish, nor "I'm not learning to cook")."""
    if c.negated:
        return False
    instrument = m.group("i") or m.group("li")
    c.add("hobby", Entity(f"learning {instrument.lower()}" if instrument else f"learning to {m.group('s').lower()}", "Thing"), 0.7)
    return True


#: "(good at) my job", "(awesome with) your store": someone's thing; "(good in) this scene": the thing at hand; "(good at)
#: the latter": one of two just named, not read back. No skill
_SOMEONES_THING = lazy(r"^(?:your|his|her|their|my|our|this|that|these|those)\s+(?![a-z]+ing\b)|^the\s+(?:latter|former)\b", re.I)


def r_skill(m: re.Match[str], c: Clause) -> bool:
    if c.negated or _SOMEONES_THING.match(m.group("o")):
        return False
    if re.match(r"it\b", m.group("o"), re.I) and _topic(m.group("o"), c, "skill"):
        return True  # "i love cooking and i am pretty good at it" (not "this": the thing at hand)
    skill = clean_object(m.group("o"), "activity")
    if not skill or needs_what(skill):  # "good at saying no to mothers": no bare "saying"
        return False
    c.add("skill", Entity(skill, "Thing"), 0.75)
    return True


_R_PLAY_BAND = lazy(r"^(?:in|for|with)\s+(?:a|an|the|my|our)\s+(?P<o>(?:[\w'-]+\s+){0,3}(?:band|team|orchestra|league|club|group|choir))\b", re.I)
_R_PLAY_INSTRUMENTS = lazy(r"^(?:(?:many|several|multiple|a\s+few|a\s+couple|a\s+lot\s+of|lots\s+of|some|\d+|two|three|four|"
                           r"five|six|seven|eight|nine|ten|a\s+variety\s+of|different|a\s+(?:ton|bunch|number)\s+of|tons\s+of|"
                           r"a\s+(?:couple|few)\s+of|various)\s+)?(?:musical\s+|different\s+)?instruments\b", re.I)
_R_PLAY_INSTRUMENT = lazy(rf"^(?:the\s+)?(?P<i>{alts(INSTRUMENTS)})\b", re.I)


_R_PLAY_ROLE = lazy(r"(?:Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Captain|Detective|Officer|King|Queen|Prince|"
                    r"Princess|Lord|Lady|Sir|Uncle|Aunt)\s+[A-Z]")
#: A part played: someone's ("Al Pacino's butt"), a person ("your husband", "a scientist", "all those Shakespeare guys"),
#: or a name ("Victor"); a game or a sport is none of these.
_R_PLAYED_PART = lazy(r"^(?:[\w\s]*?\b[A-Z][\w-]*'s\s|(?:(?!(?:with|for|against|on|in|at|to|and|or)\s)[\w'-]+\s+){0,4}?"
                      r"(?<!game\s)(?<!games\s)(?:guys?|man|men|woman|women|girls?|boys?|"
                      r"character|characters|part|parts|role|roles|lead|villain|hero|heroine|husband|wife|father|mother|"
                      r"dad|mom|son|daughter|brother|sister|cousins?|doctor|scientist|cop|lawyer|nurse|teacher|"
                      r"professor|detective|butt|double)\b(?!\s+(?:playing|games?)\b)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:[,.!?]|$))")


def r_play(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    band = _R_PLAY_BAND.match(raw)
    if band:
        c.add("memberOf", Entity(band.group("o"), "Organization"), 0.75)
        return True
    several = _R_PLAY_INSTRUMENTS.match(raw)
    if several:  # "i play six instruments"
        c.add("skill", Entity("instruments", "Thing"), 0.75)
        return True
    if _R_PLAY_ROLE.match(raw) or _R_PLAYED_PART.match(raw):
        return False  # "I play Doctor Drake Ramoray", "I play your husband": a part an actor plays, no pastime
    instrument = _R_PLAY_INSTRUMENT.match(raw)
    if instrument:
        c.add("skill", Entity(instrument.group("i").lower(), "Thing"), 0.8)
        return True
    if _HOW_PLAYED.match(raw):
        return False  # "I've been playing professionally", "playing mostly online": how, not what, is played
    objects = object_list(raw)
    for obj in objects:
        c.add("habit" if c.habitual else "hobby", Entity(obj, "Thing"), 0.7)
    return bool(objects)


#: How or where one plays, said in place of the game: "(playing) professionally", "mostly online", "together"
_HOW_PLAYED = lazy(r"^(?:(?:mostly|mainly|only|just|still|more|less|a\s+lot)\s+)*(?:(?-i:[a-z]+ly)|online|offline|outside|inside|ever|since|"
                   r"indoors|outdoors|together|alone|again|around|well|badly|competitively|casually|solo|live|here|there|"
                   r"at\s+home|for\s+fun|for\s+(?:a|the)\s+\w+)\b(?!\s+(?:games?|music|chess|cards)\b)", re.I)


_RUN_A_BUSINESS = lazy(r"^(?:run|runs)\s+(?:a|an|my|the|our|this|that)\b", re.I)
_TRAVEL_TO = lazy(r"^(?:travel|travels|traveling|travelling)\s+to\s+", re.I)
#: "running for office", "ran for mayor": a campaign, not the sport
_RUN_FOR_OFFICE = lazy(r"^(?:run|runs|running|ran)\s+(?:again\s+)?for\s+(?:re-?election|election|office|mayor|president|governor|"
                       r"senate|senator|congress|parliament|(?:the\s+|city\s+|school\s+|student\s+)?(?:council|board)|"
                       r"class\s+president|(?:a|his|her|their|my)\s+seat)\b", re.I)


_DONE_TO_SOMEONE = lazy(r"^[\w-]+\s+(?:me|you|him|her|us|them)\b(?!\s+(?:and|or)\b)", re.I)
#: A pastime's verb in another sense: searching ("I hunt down bottle caps", "hunt for bargains"), meeting or lacking ("run
#: into old friends", "run out of time"), a chore, an errand or a commute ("run errands", "I just shop there", "ride the
#: bus to work"), an idiom ("make sure", "draw the line", "make money").
_OTHER_SENSE = lazy(r"^(?:(?:hunt|hunts)\s+(?:down|for|around)|(?:run|runs)\s+(?:into|out|over|late|errands|away|across|low)|"
                    r"(?:make|makes)\s+(?:sure|up\s+(?:for|with|my|your|his|her|our|their)|out|do|time|sense|mistakes?|money|"
                    # "we make a great team", "make progress", "make a difference": how things go, nothing made for fun
                    r"(?:a\s+)?(?:(?:great|good|real|big|huge|perfect)\s+)?(?:team|pair|couple|progress|difference|impact|plans?|"
                    r"changes?|friends|it|the\s+most|ends\s+meet|a\s+living|an?\s+effort|room|decisions?))|"
                    r"(?:write|writes|writing|wrote)\b[^,.;!?]*?\bdown\b|"
                    # "as we grow up", "how we grow": growing older or wiser, no gardening
                    r"(?:grow|grows)(?:\s+(?:up|old|older|closer|apart|tired|stronger|as|and|together|from|into|through)|(?=\s*[,.;!?]*$))|"
                    r"(?:draw|draws)\s+(?:the\s+line|a\s+blank|attention|conclusions?)|"
                    r"(?:shop|shops)\s+(?:there|here)|"
                    r"(?:ride|rides)\s+(?:the\s+|a\s+)?(?:bus|train|subway|metro|tube|tram|elevator|ferry)\b)\b", re.I)


#: A verb whose object is someone else's or pointed at: a particular thing done ("I read your evaluation", "I read that
#: somewhere"), unlike a pastime ("I write poems", "I read the bible", "I ride my moped").
_SPECIFIC_OBJECT = lazy(r"^[\w-]+\s+(?:this|that|these|those|your|his|her|their)\b", re.I)
#: "read", "write", "make" said of one occasion: what was read about or from, a particular thing ("I read about it in
#: Maxim", "I just read what you put", "I read the wrong one", "I write the specials on the board"), unlike a pastime
#: ("I read a lot", "I read the bible", "I write poems").
_ONE_OCCASION = lazy(r"^(?:read|reads|write|writes|wrote|make|makes)\s+(?:(?:about\s+)?(?:it|this|that|these|those|them)|from|what|whatever|"
                     r"(?:a\s+few|some|one|two|three|both|all|most|many|several)\s+of\s+(?:them|these|those|it)|"
                     r"one|our|the\s+(?!bible|news\b|newspapers?\b|classics\b|paper\b))\b"
                     r"(?!.*\b(?:a\s+lot|all\s+the\s+time|over\s+and\s+over|every|always|often)\b)", re.I)  # "i read it over and over"


def r_hobby_verb(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if _RUN_A_BUSINESS.match(raw) or runs_department(raw) or _DONE_TO_SOMEONE.match(raw) or makes_so(raw) or is_chore(raw):
        return False  # "she makes me laugh", "painting the fence", "I run payroll": nothing done for its own sake
    if _TRAVEL_TO.match(raw) or _OTHER_SENSE.search(raw) or _RUN_FOR_OFFICE.match(raw):
        return False
    if not c.habitual and (_SPECIFIC_OBJECT.match(raw) or _ONE_OCCASION.match(raw)):
        return False  # "I read your evaluation", "I read that somewhere": one thing done, no pastime
    activity = clean_object(raw, "activity")
    if not activity:
        return False
    c.add("habit" if c.habitual else "hobby", Entity(activity, "Thing"), 0.65 if c.habitual else 0.55)
    return True


def r_go_ing(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("habit" if c.habitual else "hobby", Entity(m.group("o").lower(), "Thing"), 0.7)
    return True


_MEAT = lazy(r"^(?:any\s+)?(?:meat|animal\s+products)\b", re.I)
_R_CONSUME_DIET = lazy(r"^(?:only\s+)?(?P<d>vegan|vegetarian|plant\s+based|kosher|halal|paleo|keto|gluten\s+free|organic|healthy|clean)\b", re.I)


#: Foods a body may not take ("can't eat gluten", "don't eat dairy"): a condition kept, not a taste.
_KEPT_OFF = lazy(r"^(?:any\s+)?(?P<f>gluten|dairy|lactose|wheat|nuts|peanuts|tree\s+nuts|shellfish|seafood|eggs|soy|sugar|"
                 r"pork|beef|red\s+meat|carbs|sodium|salt)\b", re.I)
_CANNOT = lazy(r"\b(?:can't|cant|cannot|can\s+not|couldn't|could\s+not|unable\s+to|not\s+able\s+to|not\s+allowed\s+to)\s", re.I)
#: "(can't eat) another bite", "any more", "anything": an amount, no food
_NO_FOOD = lazy(r"^(?:another|any\s*more|more|anything|much|a\s+thing|a\s+bite|one\s+more)\b", re.I)
#: "i didn't eat sushi (today)", "he did eat a whole cake earlier": one meal, gone without or eaten; no taste told
_PAST_DID = lazy(r"\bdid(?:\s*n[o']?t|\s+not)?\s+(?:\w+\s+)?(?:eat|drink)\b", re.I)
_MEALS = frozenset("dinner lunch breakfast supper brunch snack snacks meal meals food something".split())
#: How or when one eats, not what ("i eat terribly", "i eat late"): no food liked.
_MANNER = lazy(r"(?!(?:jelly|belly|lily|bubbly)$)[a-z]+ly|late|early|out|well|fast|alone|right|clean|often", re.I)
#: "(i eat) too much junk food", "(i love to eat) a lot , especially meat": the food after the amount
_AMOUNT = lazy(r"^(?:(?:way\s+|far\s+)?too\s+much|so\s+much|a\s+lot|lots|a\s+ton|tons|plenty)\b(?:\s+of\b)?"
               r"(?:\s*,?\s*(?:especially|mostly|particularly|mainly|usually)\b)?\s*", re.I)


#: "(done eating) three of them", "(a movie or) two": a count of what was named before, no thing of its own
_COUNT_ONLY = lazy(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple|several|\d+)"
                   r"(?:\s+(?:more|of\s+(?:them|those|these|it)))?", re.I)


def r_consume(m: re.Match[str], c: Clause) -> bool:
    raw = m.group("o") if c.negated else _AMOUNT.sub("", m.group("o"), count=1)  # "not too much meat": no vegetarian
    verb = m.group("v").lower()
    if c.negated:
        if verb.startswith("eat") and _MEAT.match(raw):
            c.add("diet", "vegetarian", 0.6)
            return True
        if _NO_FOOD.match(raw):
            return True  # "i can't eat another bite": no food named
        if (kept_off := _KEPT_OFF.match(raw)) is not None:  # "i can't eat gluten": a condition, not a taste
            food = kept_off.group("f").lower()
            c.add("trait", f"can't eat {food}" if _CANNOT.search(c.sentence) else f"avoids {food}", 0.7)
            return True
        if _PAST_DID.search(c.sentence):
            return True  # a past not-eating: no dislike
        objects = object_list(raw)
        for obj in objects:
            c.add("dislikes", Entity(obj, "Thing"), 0.5)
        return bool(objects)
    diet = _R_CONSUME_DIET.match(raw)
    if diet:
        c.add("diet", diet.group("d").lower(), 0.7)
        return True
    if ill_occasion(c.sentence) or _PAST_DID.search(c.sentence):
        return True  # "i get sick when i eat pudding": the food brings on what is not liked; "he did eat": one meal
    objects = [o for o in object_list(raw) if o.lower() not in _MEALS and not _MANNER.fullmatch(o)  # "eating dinner"
               and not _COUNT_ONLY.fullmatch(o)]
    if c.habitual:
        activity = clean_object(f"{verb} {raw}", "activity")
        if activity:
            c.add("habit", Entity(activity, "Thing"), 0.6)
            return True
    for obj in objects:
        c.add("likes", Entity(obj, "Thing"), 0.5)
    return bool(objects)


def r_listen(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    objects = [obj for obj in object_list(m.group("o")) if not heeded(obj, c.turn, c.discourse)  # "listens to his mom"
               and not _COUNT_ONLY.fullmatch(obj)]  # "(a movie or) two"
    for obj in objects:
        c.add("likes", Entity(obj, "Thing"), 0.6)
    return bool(objects)


_NOT_A_GOAL = lazy(r"^(?:the|a|an|my|your|his|her|be\s+(?:at|there|here|home|back|honest|sure|a\s+(?:bit|little|tad|while|minute|"
                  r"second|few|couple))|see|say|ask|tell|know|go\s+to\s+(?:bed|sleep)|sleep|bed"
                  # "I wanna be a good friend": how one means to behave to someone, not what one wants to become
                  r"|be\s+(?:a\s+)?(?:good|better|great|nice|decent|real)\s+(?:friend|person|boyfriend|girlfriend|husband|wife|"
                  r"father|mother|dad|mom|son|daughter|brother|sister|sport|listener|roommate|neighbou?r))\b", re.I)
_R_GOAL_BECOME = lazy(r"^(?:be|become|(?:get|land)\s+(?:a|my\s+first)\s+(?:(?:full|part)[\s-]time\s+)?job\s+as)\s+"
                      r"(?P<det>an?\s+|the\s+)?(?P<o>.+)", re.I)  # "get a job as a nurse": to become one
#: "go back to school so i can become a nurse", "go to law school and become a judge", "grow up to be an actor": the job
_R_SCHOOL_TO_BECOME = lazy(r"^(?:(?:go|get|return|start|finish)\s+(?:back\s+)?(?:to\s+)?(?:\w+\s+)?(?:school|college|university|uni)\s+"
                           r"(?:to|and|so\s+(?:that\s+)?i\s+can|in\s+order\s+to)|grow\s+up\s+to)\s+(?=(?:be|become)\s)", re.I)


#: Verbs of intending that, said in a conversation, mostly announce what one is about to do ("I'm
#: gonna grab a coffee"): their goal must be to become someone.
_ABOUT_TO = frozenset({"going", "am going", "is going", "are going", "trying", "am trying", "is trying"})
_BECOME_SOMEONE = lazy(r"^(?:be|become)\s+(?:an?|the)\s+\w", re.I)
#: What one is trying or going to do over months, not this minute ("I'm trying to learn Japanese", "to lose weight").
_LONG_TERM = lazy(r"^(?:learn|lose\s+weight|quit|save\s+(?:up|money|for)|improve|get\s+(?:in\s+shape|fit|healthier|better\s+at)|"
                  r"eat\s+(?:healthier|better|less|more|clean)|exercise\s+more|cut\s+(?:down|back)|read\s+more)\b", re.I)
#: A goal whose words hold the addressee, someone just mentioned or the moment ("marry you", "buy them now").
_OF_THE_MOMENT = lazy(r"\b(?:you|him|her|them|it|this|that|now|tonight|today|right\s+away)\b", re.I)


#: "(i wanna be) buried at sea": a passive, not what one would become
_PARTICIPLE = lazy(r"[a-z]+ed\b")


#: A place named in capitals ("Berlin", "New York City").
_PLACE_NAME = r"(?P<p>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3})"
#: A trip planned: "I'm going to Japan next month", "we're going to Paris in July" (a named place, a time to come).
_TRIP_TO = lazy(rf"^{_PLACE_NAME}(?=\s+(?:next|this|tomorrow|soon|in|on|for)\b)")
#: A move planned: "I'm moving to Berlin".
_NAMED_PLACE = lazy(rf"^{_PLACE_NAME}(?![\w'-])")
_TO_COME = lazy(r"\b(?:next\s+(?:week|month|year|weekend|summer|winter|spring|fall|autumn|monday|tuesday|wednesday|thursday|"
                r"friday|saturday|sunday)|tomorrow|this\s+(?:weekend|summer|winter|spring|fall|autumn)|soon|"
                r"in\s+(?:a\s+(?:few\s+|couple\s+of\s+)?|\d+\s+|two\s+|three\s+)(?:days?|weeks?|months?)|"
                r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.I)


#: Verbs of setting out for a place: "going", "flying", "heading" (to Japan next month)
_TRAVELLING = lazy(r"\b(?:going|flying|heading|headed|driving|traveling|travelling|off)$")


def r_goal(m: re.Match[str], c: Clause) -> bool:
    """"I want to travel", "I hope to become a nurse": a goal; "I'm going to head out" is none; "I'm going to Japan
    next month", "I'm flying to Tokyo next week" are the plan to go there, "I'm moving to Berlin" the plan to move."""
    verb = " ".join((m.groupdict().get("v") or "").lower().split())
    if verb.endswith(("moving", "relocating")):  # "I'm moving to Berlin (next week)": a move planned, no home yet
        named = _NAMED_PLACE.match(m.group("o"))
        if c.negated or not (place := (named and clean_object(named.group("p"), "place")) or lowercase_destination(m.group("o"))):
            return False  # "moving to vermont next spring" typed lowercase too
        c.add("goal", Entity(f"move to {place}", "Thing"), 0.6)
        return True
    travelling = _TRAVELLING.search(verb) is not None
    trip = _TRIP_TO.match(m.group("o")) if travelling and not c.negated else None
    if trip is not None and _TO_COME.search(c.sentence) and (place := clean_object(trip.group("p"), "place")):
        c.add("goal", Entity(f"go to {place}", "Thing"), 0.6)
        return True
    if travelling and not verb.endswith("going"):
        return False  # "I'm heading to work", "flying to Tokyo" with no time to come: no plan said
    if verb in _ABOUT_TO and not _LONG_TERM.match(m.group("o")) \
            and (not _BECOME_SOMEONE.match(m.group("o")) or c.subject.label != c.turn.speaker):
        return False  # "Joey is gonna be a celebrity guest": what others are going to be is no wish of theirs
    return goal(m.group("o"), c)


def r_training(m: re.Match[str], c: Clause) -> bool:
    """"I'm training for the Chicago marathon", "preparing for a triathlon": the event is a goal."""
    event = None if c.negated else clean_object(m.group("o"))
    if not event:
        return False
    c.add("goal", Entity(f"take part in {event}", "Thing"), 0.6)
    return True


_SOME_DAY = lazy(r"\s+(?:one\s+day|some\s*day|soon|eventually|in\s+the\s+future|when\s+i\s+grow\s+up|after\s+(?:school|college))\b.*$", re.I)


#: A verb that, alone, names no goal: what is to be done is left unsaid ("I hope to work", "I want to try")
_BARE_VERBS = frozenset("work visit see try do get make have go help know find share keep continue start say come "
                        "learn play read watch buy meet explore change improve succeed".split())


def goal(raw: str, c: Clause) -> bool:
    """The goal ``raw`` ("travel", "become a nurse"), unless it reads as something else."""
    if c.negated:
        return False
    raw = _SOME_DAY.sub("", raw)  # "be a doctor one day": the goal is to be a doctor
    if _NOT_A_GOAL.match(raw) or _OF_THE_MOMENT.search(raw) or passing_state(raw):  # not "be happy"
        return False
    raw = _R_SCHOOL_TO_BECOME.sub("", raw)
    become = _R_GOAL_BECOME.match(raw)
    if become:
        obj = clean_object(become.group("o"))
        if not obj or obj[:1].isupper() and not become.group("det") or _PARTICIPLE.match(obj) and not become.group("det"):
            return False  # "we always wanted to be Donny and Marie": someone else, not a career (but "the Ultimate Champion")
        c.add("goal", Entity(f"become {obj}", "Thing"), 0.65)
        return True
    if phrased := phrased_goal(raw):  # "i plan to move to Berlin", "to get back into swimming": not "move", "get back"
        c.add("goal", Entity(phrased, "Thing"), 0.6)
        return True
    obj = clean_object(raw, "activity")
    if not obj or obj.lower() in _BARE_VERBS:
        return False  # "I hope to work (in the future)", "(countries) I want to visit": no goal named
    c.add("goal", Entity(obj, "Thing"), 0.6)
    return True


_LEISURE_GROUP, _JOB_TALK = lazy(LEISURE_GROUP, re.I), lazy(JOB_TALK, re.I)


#: The staff of a named firm one joins: "(joined) the team at Caldwell Insurance", "our practice at Hale & Co".
_TEAM_AT = lazy(r"^(?:team|staff|crew|practice|firm|faculty)\s+at\s+(?P<o>[A-Z].*)")
_JOINED_IN = lazy(r"^(?:[a-z]+\s+)?(?:meeting|call|zoom|conversation|chat|discussion|queue|line|fun|fight|game|match|"
                  r"party|session)\b", re.I)


def r_member(m: re.Match[str], c: Clause) -> bool:
    """"I joined a book club": a member; "I quit X. I joined Amazon last month": in job talk, the employer since then."""
    if c.negated:
        return False
    team = _TEAM_AT.match(m.group("o"))  # "joined the team at Caldwell Insurance": the firm's staff, a job there
    org = clean_object(team.group("o") if team else m.group("o"))
    if not org or _JOINED_IN.match(org):
        return False  # "I joined the meeting late", "the call", "a Zoom": taken part in once, no group
    if team:
        c.add("worksFor", Entity(org, "Organization"), 0.75, event=True)
        return True
    kind = joined_employer(org) if m.group("v").lower() == "joined" else None  # "a startup called Ramp": a job
    if kind or m.group("v").lower() == "joined" and org[:1].isupper() and not _LEISURE_GROUP.search(org) \
            and _JOB_TALK.search(c.turn.text):
        c.add("worksFor", Entity(kind or org, "Organization"), 0.75, event=True)
        return True
    c.add("memberOf", Entity(org, "Organization"), 0.75, event=m.group("v").lower() == "joined")
    return True


def r_love_for(m: re.Match[str], c: Clause) -> bool:
    """"I have a love for singing", "I have a soft spot for pugs": what the subject likes."""
    if c.negated:
        return False
    objects = object_list(m.group("o"), "activity" if _ACTIVITY_START.match(m.group("o")) else "np")
    for obj in objects:
        c.add("likes", Entity(obj, "Thing"), 0.7)
    return bool(objects)


def r_back_from(m: re.Match[str], c: Clause) -> bool:
    """"I just got back from deer hunting": a pastime done ("go hiking" said after the fact)."""
    if c.negated:
        return False
    c.add("habit" if c.habitual else "hobby", Entity(" ".join(m.group("o").lower().split()), "Thing"), 0.55)
    return True


_KIND_PERSON_NOUN = lazy(rf"^{alts(LIKED_KINDS)}$", re.I)
_KIND_PERSON_FAN = frozenset("lover lovers enthusiast enthusiasts fanatic fanatics nut junkie addict buff fiend".split())


def r_kind_person(m: re.Match[str], c: Clause) -> bool:
    """"I am more of a cat person", "I am a huge dog lover": the kind of thing the subject likes.

    A "lover" or "enthusiast" of anything is one who likes it; a "person", "lady" or "guy" only of the kinds
    of :data:`~.lexicon.LIKED_KINDS` ("a nice person", "a short guy" like nothing).
    """
    if c.negated:
        return False
    kind = " ".join(m.group("a").lower().split())
    if m.group("k").lower() not in _KIND_PERSON_FAN and not _KIND_PERSON_NOUN.match(kind):
        return False
    c.add("likes", Entity(kind, "Thing"), 0.7)
    return True

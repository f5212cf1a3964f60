"""Statements found anywhere in an English clause, whatever its subject: possessives ("my sister
Anna", "my dog Rex", "my blue eyes"), names ("my name is Ann"), favourites, hobbies and jobs
("my favorite color is blue", "my job is nursing").

:class:`TurnState` carries what a turn has said so far, for "it is my favorite".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...gazetteer import gazetteer_id
from ...types import Entity, Turn, Value
from ..framework import Found, lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from ..timeexpr import find_time
from .apposed_names import named_she, said_before, spoken_to
from .childhood import childhood_pet, had_young
from .favorite_colours import colour_kind, colours_before
from .having_liked import scan_having_liked
from .identity import degree_facts
from .kin_things import OWNER_UNMARKED, kin_things
from .lexicon import (
    COLORS,
    DEGREE_WORD,
    KIN,
    KIN_MODS,
    KIN_PREDICATE,
    LANGUAGES,
    MARITAL_STATUS,
    NAME,
    NOT_CALLED,
    OBJECT_PRONOUNS,
    PET,
    PET_COMPOUND,
    PLANNED,
    POSSESSION,
    REGION,
    STOP,
    TO_GET,
)
from .my_vehicles import VEHICLE_WORDS, my_vehicles
from .objects import LEAD, PET_TITLE, clean_object, is_job, object_list, owned_entity, plausible_name
from .passions import hobby_or_liking
from .segment import FILLER

#: Words of closeness before a relative, besides :data:`.lexicon.KIN_MODS` ("my good friend", "one of my closest friends").
CLOSE_MODS = r"(?:(?:very|good|old|close|closest|dear|dearest|great|true|longtime)\s+)*"
#: "(my boss is) a guy (named Raj)", "this woman (called Carol)"
_A_PERSON = r"(?:a|this|some)\s+(?:guy|girl|woman|man|lady|dude|boy|person|chick|gal|fella|fellow)\s+"
_SCAN_KIN = lazy(
    rf"(?i:\b(?P<poss>my|our)\s+(?P<mods>{KIN_MODS})(?P<noun>{KIN}))(?![\w-])"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<name>{NAME})"
    rf"|(?i:(?:\s+(?:there|here|now))?(?:\s+(?:is\s+)?(?:{_A_PERSON})?(?:named|called)|'?s\s+name\s+is)\s+"
    rf"(?P<called>[\w'-]+)))?"  # "my mom's name is Linda", "my boss there is a guy named Raj"
)
_PET_FILL = (r"(?:(?!(?:has|have|had|is|are|was|were|does|do|did|got|gets|likes?|loves?|hates?|wants?|needs?|"
             r"eats?|the|a|an|i|you|he|she|they|we|it|to|for|with|of|in|on|at|my|our|your|his|her|" + KIN[3:-1] +
             r")\b)[\w'-]+,?\s+){0,4}?")
_SCAN_PET = lazy(
    rf"(?i:\b(?P<poss>my|our)\s+{_PET_FILL}(?P<noun>{PET}))(?![\w-])(?!\s+(?i:{PET_COMPOUND})\b)"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<name>[A-Z][\w'-]+)"
    rf"|(?i:(?:\s+(?:is\s+)?(?:named|called)|'?s\s+name\s+is)\s+(?P<called>{PET_TITLE}?[\w'-]+)))?"
)
#: "(my dogs) and cats", "(my dog) and two cats": a second pet of the same owner
_AND_PET = lazy(rf"\s+(?:and|&)\s+(?:(?:two|three|four|five|\d+|a|an|one|some|little|old|new|big|baby)\s+)?"
                rf"(?P<noun>(?i:{PET}))(?![\w'-])(?!\s+(?i:{PET_COMPOUND})\b)", re.I)
#: "(my wife) and three kids", "(my dad) and brother": a second relative of the same owner, not one named ("and sister
#: Kate") nor one of someone ("and mother of my children": the wife again)
_AND_KIN = lazy(rf"\s+(?:and|&)\s+(?P<mods>{KIN_MODS})(?P<noun>(?i:{KIN}))(?![\w'-])(?!\s*,?\s+[A-Z]|\s+of\b|'s\b)")
_FAMILY = frozenset("parent child sibling spouse relative".split())
#: Under a wish, relatives and pets had no more or not yet: "i wish my cat was still here", "someday my kids will ..."
_NOT_HAD_WISHED = lazy(r"\b(?:still|back|again|alive|anymore|any\s+more|someday|some\s+day|one\s+day|eventually|future)\b", re.I)
_ACRONYM_VERB = lazy(r"[A-Z]{2,}s")  # "(my brother) DJs", "MCs", "EMTs": a verb or a plural, never a name
_HESITATION = frozenset("uh um umm uhm er erm ah ahh eh hmm well like oh so yeah".split())
_NEGATION_WORD = lazy(r"\b(?:not|never|no)\b", re.I)
#: "my niece's christening" (the niece owns something), not "my kid's in a play" ("kid is").
_OWNER_OF = lazy(r"'s\s+(?!(?:a|an|the|not|so|very|really|been|going|getting|coming|here|there|in|at|on|always|still|just|"
                 r"also|all|back|gone|home|out|over|up|married|pregnant|sick|dead|only|doing|having|being|leaving|moving|staying|"
                 r"living|working|playing|trying|taking|making|looking|dating|sleeping|visiting|turning|got|had)\b)[a-z]", re.I)
#: Words before "my X" that make it no fact about the speaker: a likeness ("they are like my family"; "I like my
#: sister" is a relative)
#: or an idiom ("none of our business", "mind your own business").
_IDIOM_BEFORE = lazy(r"\b(?:(?:is|are|was|were|am|just|kind\s+of|sort\s+of|more|almost)\s+like|as|none\s+of|mind)\s+$",
                     re.I)
#: "my native language is Portuguese", "my first language is Tagalog", "my mother tongue is Polish"
_SCAN_NATIVE_TONGUE = lazy(r"\bmy\s+(?:native|first|mother|home|primary)\s+(?:language|tongue)\s+(?:is|was)\s+(?P<l>[a-z]+)", re.I)
#: "(our kids) are our future", "(our children) are the hope of tomorrow": children in general, no one's own
_GENERIC_KIN_AFTER = lazy(r"\s+(?:are|will\s+be)\s+(?:our|the)\s+(?:future|hope|tomorrow)\b", re.I)
#: "Joey is not my boyfriend", "that is not my dog": no such relative or pet said
_DENIED_BEFORE = lazy(r"(?:\b(?:is|are|was|were|am|'s)(?:\s+(?:not|never|no\s+longer)|n't)|(?:,|\bbut)\s+not)\s+"
                      r"(?:(?:really|even|just|exactly|actually)\s+)?$", re.I)  # "she's my sister, not my girlfriend"
#: "I don't think she's my sister", "It's not like Ross is my boyfriend": a bond said under a negation before it
#: (the relative's verb only: "I don't think my sister likes me" has a sister)
_UNDER_NEGATION = lazy(r"\b(?:not|never)\b", re.I)
#: Words before "my master's" that leave the degree not held yet: "I'm starting my master's", "applying for my PhD",
#: "about to begin my MBA", "I dropped out of my PhD".
_DEGREE_NOT_YET = lazy(r"\b(?:start(?:s|ing|ed)?|begin(?:s|ning)?|began|apply(?:ing)?|applied|about\s+to|going\s+to|gonna|"
                       r"will|want(?:s|ed)?\s+to|plan(?:s|ning)?\s+to|hop(?:e|es|ing)\s+to|dropp(?:ed|ing)\s+out\s+of|"
                       r"quit(?:ting)?)\b(?:(?!\bmy\b).)*$", re.I)
_COPULA_BEFORE = lazy(r"\b(?:is|are|was|were|am)\s+(?:(?:really|even|just|actually|still)\s+)?$", re.I)
#: "asked him to be my boyfriend", "will you be my date?": a bond asked for or supposed, not had.
_TO_BE_BEFORE = lazy(r"\bbe\s+$", re.I)
_EX_SAID = lazy(r"\bex\b", re.I)
_EX_BEFORE = lazy(r"\bex[\s-]*$", re.I)
_SCAN_BODY = lazy(
    r"\bmy\s+(?P<o>(?:(?:\d+|two|three|four|five|many|several|new|little|tiny|big|huge|cute|bright|red|pink|blue|"
    r"green|black)\s+)*(?:tattoos?|piercings?|freckles|dimples|dreadlocks|dreads|braces|glasses|nails|beard|mustache|moustache))\b"
    r"(?!\s+(?:on|for|from|at)\b)",
    re.I,
)
#: A verb of handling a thing just before "my" ("broke my glasses", "sat on my glasses", "lost my braces", "painted my
#: nails"): the thing handled, which tells nothing of how one looks.
_HANDLED = lazy(r"\b(?:br[eo]ke|broken|break(?:s|ing)?|lost|lose|losing|find|found|forgot|forget|dropp?(?:ed|ing)?|"
                r"misplaced|scratch(?:ed|es)?|clean(?:ed|ing|s)?|fix(?:ed|ing)?|stepped\s+on|sat\s+on|chew(?:ed|ing)?|"
                r"grab(?:bed)?|wip(?:ed|ing)|paint(?:ed|ing)?|left|took\s+off|bent|cracked|stole|borrowed)\s+$", re.I)
_SCAN_HEALTH = lazy(
    r"\bmy\s+(?P<o>adhd|ocd|ptsd|anxiety|depression|diabetes|asthma|autism|epilepsy|arthritis|allergies|bipolar|fibromyalgia|"
    r"migraines|insomnia|dyslexia|scoliosis|lupus|back\s+pain|bad\s+back|disability|cancer|illness|wheelchair)\b",
    re.I,
)
#: "i broke my arm", "i sprained my left ankle": the injury, a state of health; "i am in a wheelchair", "i use a wheelchair";
#: told without the "i" as news ("sprained my ankle at soccer", "ugh, twisted my knee"): one's own all the same
_SCAN_INJURY = lazy(
    r"(?:\bi\s+|^(?:(?:ugh|oh|so|well|welp|lol|omg|yeah|honestly|sadly|nope|not\s+great)[\s,.!]+)*)"
    r"(?:(?:just|recently|actually|also)\s+)*(?P<v>broke|sprained|fractured|injured|tore|twisted|dislocated)\s+my\s+"
    r"(?P<p>(?:left\s+|right\s+)?(?:arm|leg|ankle|wrist|foot|hand|knee|hip|back|neck|shoulder|toe|finger|collarbone|rib|nose|acl))\b"
    r"|\bi\s+(?:am\s+(?:(?:actually|now|still|stuck|confined|bound)\s+)*(?:in|to)|use|need)\s+(?:a|this|my)\s+(?P<w>wheelchair)\b",
    re.I,
)
_INJURED = {"broke": "broken", "sprained": "sprained", "fractured": "fractured", "injured": "injured", "tore": "torn",
            "twisted": "twisted", "dislocated": "dislocated"}
_LONG_AGO = lazy(r"\bwhen\s+i\s+was\b|\bas\s+a\s+(?:kid|child|teen|teenager|boy|girl)\b|\byears\s+ago\b", re.I)
_SCAN_KIN_IN = lazy(
    rf"(?i:\b(?:my|our)\s+{KIN_MODS}(?P<noun>{KIN}))(?![\w-])(?:\s*,?\s*(?P<name>{NAME}))?"
    rf"(?i:\s+(?:who\s+)?(?:lives|is|are|live|living)?\s*(?:back\s+)?in\s+(?P<p>{REGION}))\b"
)
_SCAN_HERE_IN = lazy(rf"\b(?:here|out\s+here|over\s+here|down\s+here|up\s+here)\s+in\s+(?P<p>{REGION})\b", re.I)
_SCAN_BEING_MARRIED = lazy(r"(?:^|\b(?:enjoy|love|like|hate|with|of|about)\s+)being\s+(?:(?P<s>married|single|divorced|engaged|a\s+widow(?:er)?|widowed)|(?P<j>retired|unemployed|self[\s-]employed)\b(?!\s+(?:is|was|sucks|must|can)\b))\b", re.I)  # "being retired, i travel": the job title
_SCAN_HOMETOWN = lazy(
    r"\bmy\s+(?:home\s*town|homeland|home\s+state|home\s+country|birth\s*place)\s+(?:is|was)\s+(?P<o>.+)"
    r"|(?P<o2>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|was)\s+my\s+(?:home\s*town|homeland|home\s+state|home\s+country)\b",
    re.I,
)
_SCAN_MAJOR = lazy(r"\bmy\s+(?:college\s+|university\s+)?(?:major|field\s+of\s+study)\s+(?:is|was)\s+(?:in\s+)?(?P<o>.+)", re.I)
_SCAN_DEGREE = lazy(r"\bmy\s+(?P<kind>(?:[\w'.]+\s+){1,3}?)??(?P<deg>" + DEGREE_WORD + r")\b(?:\s+(?:in|on)\s+(?P<f>.+))?", re.I)
_COPULA_BEFORE = lazy(r"\b(?:is|are|was|be)\s+(?:(?:definitely|probably|also|still|really)\s+)?$", re.I)
_SCAN_OWN = lazy(rf"\b(?:my|our)\s+(?:(?!(?:dream|next|future|ideal|rental|rented|borrowed|fantasy)\s)(?:new|old|own|first|little|big|beloved|favorite|\w+)\s+)?(?P<o>{POSSESSION})(?![\w-])"
                 r"(?!\s+(?:case|cover|strap|keys?|payments?|insurance|seat|door|lessons?|teacher|store|shop|numbers?|bill|"
                 r"charger|screen|battery|ride|trip|accident|repairs?|loan|salesman|dealer|wash|window|tires?|alarm|bag|stand|"
                 r"stuff|things|gear|parts|mods?|shows?|culture|scene|world|problems?|issues?|troubles?)\b)",
                 re.I)  # "my guitar case", "our phone number": another thing
#: When a call was made, right after whom it was made to ("(my aunt called) Mo last night"): a call, no name
_CALL_WHEN = lazy(r"\s+(?:yesterday|today|tonight|earlier|again|back|twice|last\s+(?:night|week)|this\s+(?:morning|afternoon))\b", re.I)
#: "(she) taught my Jo piano", "teaches my son guitar": what one learns, said after whom it is taught to; no thing owned
_TAUGHT_TO = lazy(r"\b(?:teach|teaches|teaching|taught)\s+$", re.I)
_SCAN_NAMED_KIN = lazy(rf"(?P<name>{NAME})\s+(?:is|was)\s+(?:(?i:one\s+of)\s+)?(?i:my)\s+(?i:{CLOSE_MODS})"
                       rf"(?i:{KIN_MODS})(?P<noun>(?i:{KIN}|{PET}))\b(?!\s+(?i:{PET_COMPOUND})\b|'s\b)")  # "Rachel is my good friend"
#: "Tomorrow is my dad's birthday", "Today is my sister's wedding": a day, not a relative's name
_DAYS = ("Today", "Tomorrow", "Yesterday", "Tonight")
_SCAN_MY_NAME = lazy(
    r"(?:\bmy\s+name\s+is|^(?:(?:hi|hello|hey)[\s,!.]*)?names?(?:\s+is)?(?=\s+[a-z])|^the\s+name\s+is(?=\s+(?-i:[A-Z]))|\b(?P<call>(?:call|calls)\s+me)"
    r"|\bi\s+am\s+called|\b(?P<by>i\s+go\s+by))"
    r"\s+(?P<n>[A-Za-z][\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)",  # "name is dave by the way": a surname is capitalised
    re.I,
)
#: "everyone calls me", "my friends all call me", "people usually call me": others call the speaker so (a nickname)
_OTHERS_CALL = lazy(r"\b(?:everyone|everybody|people|friends|family|folks|they|guys|kids|colleagues|coworkers)"
                    r"(?:\s+(?:all|usually|always|just|still|often|mostly|here|at\s+work|at\s+home|back\s+home))*\s+$", re.I)
_NOBODY_CALLS = lazy(r"\b(?:nobody|no\s+one|no-one|never)\s+(?:\w+\s+)?$", re.I)
#: "my name is john smith": a lower-case surname, where the clause ends on it
_LOWER_SURNAME = lazy(r"\s+(?P<s>[a-z][a-z'-]+)\s*(?:[.!,;]|$)")
#: "my full name is", "my name's": a name told, beside which "call me X" is a nickname
_FULL_NAME_SAID = lazy(r"\bmy\s+(?:(?:full|real|legal|whole|given|birth|proper)\s+)?name\s*(?:is|'s)\b", re.I)
_SCAN_OTHER_NAME = lazy(r"\b(?:his|her|its|their)\s+name\s+is\s+(?P<n>[A-Za-z][\w'-]*)", re.I)
#: "(we got a puppy!!) a corgi named Biscuit": a sentence of its own that names the pet just told of
_PET_FRAGMENT_NAMED = lazy(rf"^(?:(?:oh|and|yes|yep|yeah)[\s,!]+)*(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                           rf"(?i:{PET})\s+(?:named|called)\s+(?P<n>(?-i:[A-Z][\w'-]+))\s*[.!]*$", re.I)
_SCAN_FAVORITE = lazy(
    r"(?:\b(?:my|our)\s+|^(?:(?:lol|haha|oh|ok|okay|well|and|also|hmm)[\s,!]+)*)(?:all\s+time\s+|absolute\s+|very\s+|most\s+|personal\s+)?favorite\s+(?P<cat>(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?:\s+(?:in\s+the\s+(?:whole\s+)?world|of\s+all\s+time|ever|on\s+earth|right\s+now|these\s+days|by\s+far|"
    r"to\s+(?:eat|drink|watch|read|play|listen\s+to|cook|make|do|visit|wear)))?"
    r"(?:\s+(?:though|however|probably|definitely|honestly|still|now|currently))?\s+"  # "my favorite book though is 1984"
    r"(?:is|are|was|has\s+to\s+be|would\s+be|happens\s+to\s+be|must\s+be|will\s+always\s+be|has\s+(?:always\s+)?been|"
    r"have\s+(?:always\s+)?been|would\s+have\s+to\s+be|has\s+got\s+to\s+be|:|-|=)\s+(?:(?:definitely|honestly|easily|def)\s+)?(?P<o>.+)",
    re.I,
)
_SCAN_FAVORITE_APPOS = lazy(
    r"\b(?:my|our)\s+favorite\s+(?P<cat>band|show|movie|film|book|song|singer|artist|author|team|game|food|drink|color|colour|season|sport|animal|place|restaurant|series|album|character|hobby|actor|actress|musician|rapper|group|holiday|city|fruit|dessert|snack)\s*,?\s+(?P<o>(?!is\b|are\b|was\b|has\b|would\b|must\b|happens\b)[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.I,
)
_SCAN_IS_FAVORITE = lazy(
    r"(?P<o>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:is|are|was)\s+(?:definitely\s+|probably\s+|also\s+|still\s+|really\s+)?(?:(?:my|our)\s+(?:all\s+time\s+|absolute\s+|personal\s+|number\s+one\s+|ultimate\s+)?favorite|(?:a|one\s+of)\s+(?:my\s+)?(?:favorite|favorites)(?:\s+of\s+mine)?)\b",
    re.I,
)
#: A word just before the four words read as what is a favorite that is no boundary of its subject ("last (month at that
#: event) was one of my favorites", "so (hard on come alive) was my favorite part")
_SUBJECT_GOES_ON = lazy(r"(?<![,;:.!?-])\s*\b(?!(?:and|but|think|guess|say|said|because|honestly|yeah|well)\b)[\w'-]+\s*$", re.I)
#: "(what is your favorite food ?) cheese pizza is mine": the speaker's favorite, named first (not "that one is mine")
_SCAN_IS_MINE = lazy(r"^(?P<o>[a-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+(?:definitely\s+|probably\s+)?mine\s*[.!]*$", re.I)
_NOT_MINE = frozenset("it that this these those they he she which what one the mine yours his hers".split())
#: "its my favorite" (chat's "it's"), "its one of my favorites"
_ITS = lazy(r"\bits\s+(?=(?:(?:definitely|probably|also|still|really)\s+)?(?:my|our|one\s+of)\s)", re.I)
#: "(pasta !) my favorite .", "(i had pizza .) my all time favorite !": a favorite said alone, of the thing before
_FAVORITE_ALONE = lazy(r"^(?:(?:and|also|oh|ah|mmm+|yum+)[\s,]+)?(?:my|our)\s+(?:all\s+time\s+|absolute\s+|very\s+|personal\s+)?"
                       r"(?:favou?rites?|fave?)\s*[.!]*$", re.I)
_FAVORITE_SAID = lazy(r"\b(?:my|our)\s+(?:all\s+time\s+|absolute\s+|very\s+|personal\s+)?(?:favou?rite|fave?)\b", re.I)
_WORDS = lazy(r"[\w']+")


def _other_gender(said: str, owned: str) -> bool:
    """Whether "his/her name is" (``said``) names someone of another gender than the one last owned ("my brother is
    dating someone, her name is Kim": Kim is not the brother)."""
    noun = gender_of_noun(owned.rsplit(" ", 1)[-1])
    told = MALE if said[:3].lower() == "his" else FEMALE if said[:3].lower() == "her" else None
    return noun is not None and told is not None and noun != told


def _just_before(text: str, thing: str) -> bool:
    """Whether ``thing`` ends what ``text`` says before its "my favorite", give or take two words ("i had tacos for
    dinner , my favorite"; not "charlie , my dog , stole my dinner ! it was eggplant , my favorite": charlie is far)."""
    said = _FAVORITE_SAID.search(text)
    before = [w.lower() for w in _WORDS.findall(text[:said.start()])] if said else []
    named = [w.lower() for w in _WORDS.findall(thing)]
    return bool(named) and any(before[len(before) - len(named) - k:len(before) - k] == named for k in range(3))


_SCAN_MINE = lazy(r"^(?:(?:and|well|oh|as\s+for\s+me)[\s,]+)?(?:mine|my\s+(?:all\s+time\s+|absolute\s+|very\s+|personal\s+)?favorite)\s+(?:is|are|would\s+be|has\s+to\s+be)\s+(?P<o>.+)", re.I)
_SCAN_HOBBY = lazy(r"\bmy\s+(?:(?:favorite|real|true|biggest|big|greatest|main|number\s+one|current|new|newest|latest)\s+)?(?:hobby|hobbies|passion|pastime|passions|pastimes)\s+(?:is|are|include|includes|would\s+be)\s+(?:with\s+)?(?P<o>.+)"
                   r"|\bi\s+(?:also\s+)?have\s+(?:other|many|a\s+few|few|some|lots\s+of|a\s+lot\s+of|several|different)\s+hobbies\s*,?\s+(?:like|such\s+as|including)\s+(?P<o2>.+)", re.I)
_SCAN_JOB = lazy(r"\bmy\s+(?:job|profession|occupation|career|work)\s+(?:is|as)\s+(?:an?\s+)?(?P<o>.+)", re.I)
_SCAN_MY_JOB_AT = lazy(r"\bmy\s+(?:new\s+|part\s+time\s+|full\s+time\s+|day\s+)?job\s+(?:is\s+)?(?P<p>at|with|in)\s+(?P<o>.+)", re.I)
#: "my company is in Shenzhen", "our office is based in Midtown": where the speaker works (a place named: capitalised or
#: known; "my company is in trouble", "my office is in the basement" name none)
_SCAN_WORKPLACE_IN = lazy(
    r"\b(?:my|our)\s+(?:(?:new|current|main)\s+)?(?:company|office|workplace|firm|startup|employer|company's\s+office)\s+"
    r"(?:is|are)\s+(?:(?:now|also|actually)\s+)?(?:(?:based|located|headquartered)\s+)?in\s+(?P<o>.+)",
    re.I,
)
#: "my apartment is in downtown Denver", "our house is located in Akron": where the speaker lives (a place named, as above;
#: not "my old house", "my parents' house", "my house is in the hills")
_SCAN_HOME_IN = lazy(r"\b(?:my|our)\s+(?:(?:new|current)\s+)?(?:apartment|house|home|condo|flat|townhouse|place)\s+(?:is|are)\s+"
                     r"(?:(?:now|also|actually)\s+)?(?:located\s+)?in\s+(?P<o>.+)", re.I)
#: "my company is doing well", "our company has grown": the company one works for, said as the subject
_COMPANY_DOING = lazy(r"\b(?:my|our)\s+(?:(?:new|current)\s+)?(?:company|firm|employer)\s+(?:is|are|was|has|had|will|keeps|just)\b",
                      re.I)
#: "my idol is Taylor Swift", "my hero has always been my dad", "my idol growing up was Michael Jordan": someone the
#: speaker admires (or did, and looks up to still)
_SCAN_IDOL = lazy(
    rf"\b(?i:my)\s+(?i:(?:(?:biggest|greatest|big|only|real|true|personal|all\s+time)\s+)?(?:idol|hero|role\s+model))\s+"
    r"(?:(?i:growing\s+up|as\s+a\s+(?:kid|child|boy|girl|teen|teenager)|when\s+i\s+was\s+(?:a\s+kid|young|little|a\s+child))\s*,?\s+)?"
    rf"(?i:is|was|has\s+always\s+been)\s+(?:(?P<n>{NAME})(?!'s|\s*(?i:and|or)\b)|(?i:my)\s+(?P<kin>(?i:{KIN})))\s*(?:[.!,;]|$)"
)
_FAVORITE_OR_YOURS = lazy(r"\bfavorite\b|\byours\b", re.I)
#: "what is your least favorite food ? mine is liver": "mine" answers a dislike
_LEAST = lazy(r"\bleast\s+favou?rite\b", re.I)
_SCAN_THING = lazy(
    r"(?P<o>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|are)\s+(?:not\s+my\s+(?P<neg>thing|cup\s+of\s+tea|forte|jam)"
    r"|my\s+(?:(?:true|first|one|great|big|only)\s+)?(?P<pos>things?|colou?r|jam|passions?|life|obsessions?|weakness(?:es)?|love|downfall|"
    r"guilty\s+pleasures?|vices?|addictions?|comfort\s+food|therapy|happy\s+place|escape))\b"
    r"|\bmy\s+(?:(?:biggest|only|one|true|great)\s+)?(?:weakness(?:es)?|downfall|guilty\s+pleasures?|vices?|addictions?|obsessions?|"
    r"passions?|comfort\s+food)\s+(?:is|are)\s+(?P<o2>[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.I,
)
#: "my love for mystery novels", "my great love of cooking": what the speaker loves
_SCAN_MY_LOVE = lazy(r"(?<!lost\s)(?<!lose\s)(?<!losing\s)\bmy\s+(?:(?:great|deep|true|big|huge|real|lifelong|undying|growing)\s+)?"
                     r"love\s+(?:for|of)\s+(?P<o>.+?)(?=\s+(?:is|are|was|were|started|starts|began|begins|has|have|had|got|gets|"
                     r"made|makes|comes|came|goes|went|will|would|keeps|kept|grew|grows|keep|make|give|gives|help|helps|drive|"
                     # "(share) my love of gaming and connect with others": the next verb of the sentence, not a thing loved
                     r"drives|push|pushes|and\s+(?:connect|share|meet|help|make|get|keep|bring|spread|inspire|show|give|learn))\b|$)", re.I)
#: Relatives who are many, after whom a word between commas starts a list, not a name ("my family, exercise, and friends")
_MANY_KIN = frozenset("family families relatives parents kids children folks friends siblings cousins grandparents "
                      "grandkids grandchildren".split())
#: "baking cakes is so relaxing": an activity the speaker calls fun is one they like ("running is fun" too, weakly)
_SCAN_GERUND_FUN = lazy(
    r"(?P<o>[a-z]+ing(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+(?:(?:so|really|very|super|such|always|a\s+lot\s+of)\s+)?"
    r"(?P<adj>fun|relaxing|therapeutic|enjoyable|my\s+favorite(?:\s+thing)?|the\s+best|awesome|amazing|a\s+blast)\b",
    re.I,
)
_GERUND_PAIR = lazy(r"^[a-z]+ing\s+(?:and|or|&)\s+[a-z]+ing\s+(?!is\b|are\b)[a-z]", re.I)  # with the object the two share
#: Praise that greets news as well as a pastime ("winning first place is amazing!"), and the gerunds of news, not of
#: pastimes, that it then greets: a comment (often on someone else's news), no liking of the speaker's.
_PRAISE_ADJ = frozenset(("awesome", "amazing", "the best"))
_NEWS_GERUNDS = frozenset("winning getting having being becoming seeing hearing finding meeting graduating passing "
                          "receiving earning landing knowing finishing turning starting moving retiring marrying "
                          "making".split())
#: "sushi is delicious", "pork tastes so good": food the speaker praises ("good" only after "taste": "pizza is good" may be
#: a verdict on one)
_TASTY_ADV = r"(?:(?:so|really|very|super|just|always)\s+)?"
#: ... said by someone else: "my mom says pork tastes so good" is her verdict
_SAYS = lazy(r"\b(?:says|said|thinks|thought|tells|told|claims|swears)\b", re.I)
_SCAN_TASTY = lazy(
    rf"(?P<o>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)\s+(?:(?:is|are)\s+{_TASTY_ADV}(?:delicious|yummy|tasty|scrumptious|good\s+to\s+eat)"
    rf"|tastes?\s+{_TASTY_ADV}(?:delicious|yummy|tasty|scrumptious|good|great|amazing|awesome|wonderful)(?!\s+(?:on|with|in)\b))\b",
    re.I,
)
_SCAN_HAIR = lazy(
    r"\bmy\s+(?P<o>(?:(?:long|short|curly|straight|wavy|red|blonde|blond|brown|black|grey|gray|white|blue|green|hazel|dark|light|pink|purple|dyed|auburn|brunette|natural|bright|rainbow|spiky|silver|orange|platinum|thick|bushy|frizzy|crazy\s+long)\s+){1,3}(?:hair|eyes|beard))\b"
    r"|\bmy\s+(?P<part>hair|eyes|beard|skin)\s+(?:is|are)\s+(?:(?:naturally|really|very|so|only|ever|always|kept|dyed|currently|now|still)\s+)*"
    r"(?:(?:a\s+)?(?:(?:lovely|pretty|nice|beautiful|bright|light|dark|deep|pale|cool)\s+)?(?:shade|color|colour)\s+of\s+|light\s+(?=purple|pink|blue|green|brown)|that\s+)?"
    r"(?P<c>long|short|curly|straight|wavy|frizzy|spiky|red|blonde|blond|brown|black|grey|gray|white|blue|green|hazel|dark|pink|purple|auburn|"
    r"orange|silver|rainbow|olive|pale|fair|tan|tanned|light)\b(?!\s+(?:of|from|to|because|when)\b)"
    r"|\b(?:dyed|died|(?<!\bto\s)(?:dye|dyes|dyeing|dying)|colou?red|keep|kept|cut|turned|went)\s+(?:my\s+hair|mine)\s+(?:(?:bright|dark|light|back\s+to|super|really|very)\s+)?"
    r"(?P<dyed>red|blonde|blond|brown|black|pink|purple|blue|green|white|silver|orange|platinum|short|long)\b"
    r"|\bmy\s+hair\s+(?:turned|went)\s+(?P<turned>red|blonde|blond|brown|black|pink|purple|blue|green|white|silver|orange|gr[ae]y)\b",
    re.I,
)


@dataclass
class TurnState:
    """What a turn has said so far: its facts and its last thing, for "it is my favorite"."""

    facts: list[Found] = field(default_factory=list)
    #: What the turn says has stopped holding (see :mod:`.endings`).
    endings: list[Found] = field(default_factory=list)
    last_thing: Entity | None = None
    last_owned: Entity | None = None
    #: Kinship nouns of the sentence being read that a person was found for ("Ross is my brother",
    #: "you are my friend"): no placeholder ("Ann's brother") is made for them.
    resolved_kin: set[str] = field(default_factory=set)
    #: Pet nouns of the sentence being read that a name was found for ("Rex is my dog").
    resolved_pets: set[str] = field(default_factory=set)
    #: Whether the sentence being read was a question ("... or you're just a bad man?"): what is left of it
    #: gives no relation between people.
    asked: bool = False
    #: The way to a relative of "his" / "her" read as a clause's subject without a name ("Her son is a pilot": Rosa
    #: child Rosa's son), kept once the clause says something of them (not "Tom and his wife are here").
    kin_link: Found | None = None

    def collect(self, found: list[Found]) -> None:
        """Add ``found`` to the turn's facts, remembering its last thing and its last relative or pet."""
        for item in found:
            self.facts.append(item)
            obj = item[2]
            if isinstance(obj, Entity) and obj.type == "Thing" and item[1] in ("likes", "dislikes", "hobby", "owns"):
                self.last_thing = obj
            if item[1] in ("hasPet", "child", "sibling", "parent", "spouse", "partner") and isinstance(obj, Entity):
                self.last_owned = obj


#: What tells that the pet just named died ("my dog died", "our cat passed away", "my dog was put down").
_PET_DIED = lazy(r"\s+(?:(?:just|recently|sadly|finally|has|had|also)\s+)*(?:died|passed\s+away|passed\s+on"
                 r"|(?:was|got|had\s+to\s+be)\s+put\s+(?:down|to\s+sleep))\b", re.I)
#: "i lost my dog last year", "we sadly lost our cat": the pet died or went missing (not "almost lost", not "my dog's leash")
_LOST_BEFORE = lazy(r"\b(?:i|we)\s+(?:(?:just|recently|sadly|also|have|has|had|finally|unfortunately|tragically)\s+)*lost\s+$", re.I)
_FOUND_AGAIN = lazy(r"\b(?:found|find|got)\s+(?:him|her|it|them)\b|\b(?:came|come)\s+back\b|\breturned\b", re.I)
_OWNER_S = lazy(r"['’]s$")  # "(my brother) Danny's (wedding)": Danny
_OWNER_APOSTROPHE = lazy(r"(?:'s?|s')(?!\w)")
_WISHED_FOR = lazy(r"\b(?:own|future|new)\s", re.I)
#: "i do not have my long hair anymore", "i used to love my red hair": a look no longer had
_NO_MORE = lazy(r"\b(?:any\s*more|no\s+longer|used\s+to|miss|missed)\b", re.I)
_UP_TO_LAST_VERB = lazy(r"^.*\b(?:and|but|i\s+think|though|so|because|like|love|loves|likes)\s+", re.I)


def scan_possessives(clause: str, turn: Turn, discourse: Discourse, state: TurnState,
                      modal: bool = False, wished: bool = False) -> None:
    """"my sister Anna", "my two dogs", "my car", "my blue eyes" anywhere in the clause.

    ``modal`` clauses ("my dog would love that") keep relatives and pets, which exist whatever
    the modal says, but not "my own dog" (a wish) nor possessions and looks, but a look told by its colour or length
    ("my red hair would stand out"; so under a negation: "he does not like my purple hair"). A ``wished`` clause ("i
    wish my kids called more") keeps only its relatives and pets, and none lost or of some day ("my cat was still here").
    """
    if not modal:
        scan_having_liked(clause, turn, discourse, state)  # "i love having a dog": the dog is had
    low = clause.lower()
    if "my " not in low and "our " not in low and "name" not in low and "mine" not in low and "wheelchair" not in low:
        return  # "name is albert", "dyed mine", "i am in a wheelchair"
    if wished and _NOT_HAD_WISHED.search(clause):
        return
    speaker = discourse.speaker(turn)
    out: list[Found] = []

    def add(subject: Entity, predicate: str, obj: Entity | Value, confidence: float) -> None:
        out.append((subject, predicate, obj, confidence, None))

    negated = bool(_NEGATION_WORD.search(clause))
    for m in _SCAN_NAMED_KIN.finditer(clause):
        if m.group("name").split()[0] in ("I", "It", "This", "That", "He", "She", "There", "What", *_DAYS) \
                or _UNDER_NEGATION.search(clause, 0, m.start()):
            continue
        noun = m.group("noun").lower()
        if noun not in KIN_PREDICATE:  # "Rex is my dog": a named pet
            add(speaker, "hasPet", owned_entity(speaker, noun, "Animal", m.group("name")), 0.8)
            state.resolved_pets.add(noun)
            continue
        person = Entity(m.group("name"), "Person")
        add(speaker, KIN_PREDICATE.get(noun, "relative"), person, 0.85)
        discourse.mention(turn, person, gender_of_noun(noun))
        state.resolved_kin.add(noun)
    for m in _SCAN_KIN.finditer(clause):
        if m.group("poss") == "My" and m.start() > 0 and m.group("noun")[:1].isupper():
            continue  # "Bryce on All My Children": a title
        mods = m.group("mods").lower().split()
        if "ex" in mods or _EX_BEFORE.search(clause, 0, m.start()) or (modal and ("own" in mods or "future" in mods)):
            continue
        noun = m.group("noun").lower()
        name = _OWNER_S.sub("", m.group("name") or m.group("lname") or m.group("called") or "") or None  # "my brother Danny's"
        if m.group("called") and clause[m.end("noun"):m.start("called")].split() == ["called"] \
                and (m.group("called")[:1].islower() or _CALL_WHEN.match(clause, m.end("called"))):
            name = None  # "my dad called back", "my wife called crying", "my aunt called Mo last night": a call made
        if name and (name.split()[0].lower() in STOP or name.lower() in _HESITATION or name == m.group("lname") and noun in _MANY_KIN):
            name = None  # "my colleague, uh, Professor Wheeler"; "my family, exercise, and friends": a list, no name
        if name and _ACRONYM_VERB.fullmatch(name.split()[0]):
            name = None  # "my brother DJs on Fridays", "my aunt MCs weddings": a trade's verb, no name
        if name and spoken_to(noun, name, clause[:m.start()], clause[m.end():], asked := said_before(turn, discourse)):
            name = named_she(name, clause[:m.start()], clause[m.end():], asked)  # a call ("my kids, Nadia."), or she named before
        if _IDIOM_BEFORE.search(clause, 0, m.start()) or _DENIED_BEFORE.search(clause, 0, m.start()) \
                or _COPULA_BEFORE.search(clause, 0, m.start()) and _UNDER_NEGATION.search(clause, 0, m.start()) \
                or _GENERIC_KIN_AFTER.match(clause, m.end("noun")) or _TO_BE_BEFORE.search(clause, 0, m.start()):
            continue  # "they're like my family": a likeness, not a relative; "Joey is not my boyfriend"; "our kids are our
            # future"; "I asked him to be my boyfriend": a request, no relative
        if not name and (noun in state.resolved_kin or _OWNER_OF.match(clause, m.end("noun"))
                         or _EX_SAID.search(turn.text) and re.search(rf"\bex[\s-]*{noun}\b", turn.text, re.I)):
            # "Ross is my brother": Ross, not "Ann's brother"; "my niece's christening" is about the christening;
            # "my wife, well my ex-wife": no wife
            continue
        owner = speaker
        person = owned_entity(owner, noun, "Person", name)
        predicate = KIN_PREDICATE.get(noun, "relative")
        add(owner, predicate, person, 0.85 if name else 0.7)
        discourse.mention(turn, person, gender_of_noun(noun))
        if not negated and not modal and _LOST_BEFORE.search(clause, 0, m.start()) and not _FOUND_AGAIN.search(turn.text):
            add(person, "trait", "deceased", 0.65)  # "i lost my dad last year": he died (as "my dad passed away")
        also = None if name or predicate not in _FAMILY else _AND_KIN.match(clause, m.end())
        if also and KIN_PREDICATE[also.group("noun").lower()] in _FAMILY and also.group("noun").lower() != noun \
                and not (modal and also.group("mods")):  # "my uncle and brother": the brother is had too
            add(owner, KIN_PREDICATE[also.group("noun").lower()], owned_entity(owner, also.group("noun").lower(), "Person", None), 0.7)
        pets = None if name or negated or modal else _AND_PET.match(clause, (also or m).end())
        if pets is not None:  # "with my kids and dogs", "my girlfriend and cat": the pets are the speaker's too
            add(owner, "hasPet", owned_entity(owner, pets.group("noun").lower(), "Animal", None), 0.7)
    for m in _SCAN_PET.finditer(clause):
        if modal and _WISHED_FOR.search(m.group(0)) or _DENIED_BEFORE.search(clause, 0, m.start()):
            continue
        noun = m.group("noun").lower()
        name = _OWNER_S.sub("", m.group("name") or m.group("lname") or m.group("called") or "") or None
        if name and (name.lower() in STOP or name.lower() in OBJECT_PRONOUNS):
            name = None
        if not name and noun in state.resolved_pets:
            continue  # "Rex is my dog": Rex, not "Ann's dog"
        pet = owned_entity(speaker, noun, "Animal", name)
        lost = _LOST_BEFORE.search(clause, 0, m.start()) and not _OWNER_APOSTROPHE.match(clause, m.end("noun")) \
            and not _FOUND_AGAIN.search(turn.text)  # "i lost my dog in the park but found him": had still
        if not negated and not modal and (_PET_DIED.match(clause, m.end()) or lost or had_young(clause)):  # as a kid
            when = find_time(clause, turn.time, "en")  # "my dog Max passed away last week": had no more since then
            state.endings.append((speaker, "hasPet", childhood_pet(pet, speaker, clause), 0.8, when.value if when else None))
            continue
        add(speaker, "hasPet", pet, 0.85 if name else 0.75)
        state.last_owned = pet
        second = None if name else _AND_PET.match(clause, m.end())
        if second is not None and second.group("noun").lower() != noun:
            add(speaker, "hasPet", owned_entity(speaker, second.group("noun").lower(), "Animal", None), 0.7)
    if wished:
        state.collect(out)
        return
    out.extend(kin_things(clause, speaker))  # "i walk my neighbor's dog": the neighbour, and the neighbour's dog
    for vehicle in my_vehicles(clause):  # "i would rather drive my van", "my ford truck": had, whatever the clause says
        add(speaker, "owns", Entity(vehicle, "Thing"), 0.55)
    if not negated and not modal:
        for m in _SCAN_OWN.finditer(clause):
            if m.group("o").lower() in VEHICLE_WORDS or (" own " in m.group(0).lower() or TO_GET.search(clause, 0, m.start())) and PLANNED.search(clause):
                continue  # "i want to buy my first house", "my own car someday": wished for, not had
            if _SCAN_WORKPLACE_IN.match(clause, m.start()) or _COMPANY_DOING.match(clause, m.start()):
                continue  # "my company is in Shenzhen", "my company is doing well": where one works, not a thing owned
            if OWNER_UNMARKED.match(clause, m.start()):
                continue  # "dinner at my bosses house": the boss's house
            if _TAUGHT_TO.search(clause, 0, m.start()):
                continue  # "she taught my Jo piano": a lesson, no piano owned
            if not _IDIOM_BEFORE.search(clause, 0, m.start()):  # "none of our business"
                add(speaker, "owns", Entity(m.group("o").lower(), "Thing"), 0.55)
        for m in _SCAN_HAIR.finditer(clause):
            dyed = m.group("dyed") or m.group("turned")
            phrase = m.group("o") or (f"{dyed} hair" if dyed else f"{m.group('c')} {m.group('part')}")
            add(speaker, "trait", phrase.lower(), 0.6)
        for m in _SCAN_BODY.finditer(clause):
            if _HANDLED.search(clause[:m.start()]):
                continue  # "the dog broke my glasses", "I can't find my glasses": a thing handled, not how one looks
            add(speaker, "trait", LEAD.sub("", m.group("o").lower()), 0.6)
        for m in _SCAN_HEALTH.finditer(clause):
            add(speaker, "trait", m.group("o").lower(), 0.6)
        for m in _SCAN_INJURY.finditer(clause) if not _LONG_AGO.search(turn.text) else ():  # "... when i was 10"
            injury = m.group("w") or f"{_INJURED[m.group('v').lower()]} {m.group('p')}"
            add(speaker, "trait", injury.lower(), 0.6)
    elif not _NO_MORE.search(clause):  # "he does not like my purple hair", "my red hair would stand out": had all the same
        out.extend((speaker, "trait", m.group("o").lower(), 0.6, None) for m in _SCAN_HAIR.finditer(clause)
                   if m.group("o") and not _DENIED_BEFORE.search(clause, 0, m.start()))
    if not negated:
        for m in _SCAN_KIN_IN.finditer(clause):
            name = m.group("name")
            noun = m.group("noun").lower()
            person = owned_entity(speaker, noun, "Person", name if name and name.split()[0].lower() not in STOP else None)
            add(person, "livesIn", Entity(m.group("p"), "Place"), 0.6)
    state.collect(out)


def scan_statements(clause: str, turn: Turn, discourse: Discourse, state: TurnState, previous: str) -> None:
    """Names, favourites, hobbies, jobs and other statements anywhere in the clause."""
    speaker = discourse.speaker(turn)
    out: list[Found] = []
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
            add(speaker, *(("jobTitle", re.sub(r"\s", "-", m.group("j").lower())) if m.group("j") else ("maritalStatus", MARITAL_STATUS[m.group("s").lower().split()[-1]])), 0.6)
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
            if m and not _DEGREE_NOT_YET.search(clause, 0, m.start()):  # "I'm starting my master's": none held yet
                for predicate, value, conf in degree_facts(m):
                    add(speaker, predicate, value, conf)
    named = "name" in low
    # every name told in the clause: "My name is Ann, call me Annie" tells two
    for m in _SCAN_MY_NAME.finditer(clause) if named or "call" in low or "go by" in low else ():
        if m.group("call") and _NOBODY_CALLS.search(clause, 0, m.start("call")):
            continue  # "nobody calls me Annie"
        if negated or not plausible_name(m.group("n")) or m.group("n").split()[0].lower() in NOT_CALLED:
            continue
        name = m.group("n")
        surname = None if " " in name or m.group("call") or m.group("by") else _LOWER_SURNAME.match(clause, m.end())
        if surname and plausible_name(surname.group("s")) and surname.group("s") not in NOT_CALLED:
            name = f"{name} {surname.group('s')}"
        others = m.group("call") and _OTHERS_CALL.search(clause, 0, m.start("call"))  # "everyone calls me JJ": a nickname
        # "My full name is Ann Marie Lee, but call me Annie": the full name is the name, Annie what to call her by
        others = others or m.group("call") and _FULL_NAME_SAID.search(turn.text) is not None
        add(speaker, "alternateName" if others else "name", name, 0.85)
    pet = _PET_FRAGMENT_NAMED.match(clause) if "named" in low or "called" in low else None
    if pet and state.last_owned is not None and state.last_owned.type == "Animal" \
            and state.last_owned.label.startswith(f"{speaker.label}'s "):
        add(state.last_owned, "name", pet.group("n"), 0.7)
    m = _SCAN_OTHER_NAME.search(clause) if named else None
    if m and state.last_owned is not None and state.last_owned.label.startswith(f"{speaker.label}'s ") \
            and not _other_gender(m.group(0), state.last_owned.label):
        add(state.last_owned, "name", m.group("n"), 0.7)
    elif m and m.group("n")[:1].isupper() and m.group(0)[:3].lower() in ("his", "her") and plausible_name(m.group("n")):
        # "Her name's Ronni. She's a pet mortician.": "she" is Ronni
        discourse.mention(turn, Entity(m.group("n"), "Person"), MALE if m.group(0)[:3].lower() == "his" else FEMALE)
    favorite = "favorite" in low
    mine = "my " in low
    if not negated and favorite:
        for pattern, conf in ((_SCAN_FAVORITE, 0.9), (_SCAN_FAVORITE_APPOS, 0.75)):
            m = pattern.search(clause)
            if m and pattern is _SCAN_FAVORITE_APPOS and _COPULA_BEFORE.search(clause, 0, m.start()):
                m = None
            if m:
                objects = object_list(m.group("o"))
                if m.group("cat").lower() in ("hobby", "hobbies", "pastime", "pastimes", "activity", "activities", "thing to do"):
                    for obj in objects:
                        add(speaker, "hobby", Entity(obj, "Thing"), conf)
                else:
                    for obj in objects:
                        add(speaker, "favorite", Entity(obj, "Thing"), conf)
                break
        else:
            m = _SCAN_IS_FAVORITE.search(_ITS.sub("it is ", clause))  # "its my favorite": "it is my favorite"
            alone = None if m else _FAVORITE_ALONE.match(clause)
            if alone and state.last_thing is not None and _just_before(turn.text, state.last_thing.label):
                add(speaker, "favorite", state.last_thing, 0.6)  # "pasta ! my favorite .": the thing said just before
            if m and len(m.group("o").split()) == 4 and _SUBJECT_GOES_ON.search(clause, 0, m.start("o")) \
                    and m.group("o").split()[-1].lower() not in _NOT_MINE | {"which", "who", "he", "she"}:
                m = None  # "last month at that event was one of my favorites": the window cut a longer subject
            if m:
                raw = FILLER.sub("", m.group("o"))
                raw = _UP_TO_LAST_VERB.sub("", raw)
                if colour_kind(clause, m.end()) and (clean_object(raw) or "x").lower().split()[-1] not in COLORS:
                    for colour in colours_before(turn.text):  # "my bike is green which is my favorite color": green
                        add(speaker, "favorite", Entity(colour, "Thing"), 0.6)
                elif raw.lower() in ("it", "that", "this", "they", "those", "these") and state.last_thing is not None:
                    add(speaker, "favorite", state.last_thing, 0.6)
                else:
                    thing = clean_object(raw)
                    if thing:
                        add(speaker, "favorite", Entity(thing, "Thing"), 0.75)
    if not negated:
        m = _SCAN_MINE.match(FILLER.sub("", clause)) if favorite or "mine " in low else None
        liked = "dislikes" if _LEAST.search(previous + " " + clause) else "favorite"
        if m and _FAVORITE_OR_YOURS.search(previous + " " + clause):
            for obj in object_list(m.group("o")):
                add(speaker, liked, Entity(obj, "Thing"), 0.7)
        m = _SCAN_IS_MINE.match(FILLER.sub("", clause)) if low.rstrip(" .!").endswith(" mine") else None
        if m and "favorite" in (previous + " " + clause).lower() and m.group("o").split()[0].lower() not in _NOT_MINE:
            for obj in object_list(m.group("o")):  # "what is your favorite food ? cheese pizza is mine"
                add(speaker, liked, Entity(obj, "Thing"), 0.65)
        m = _SCAN_HOBBY.search(clause) if mine or "hobbies" in low else None
        if m:  # "my hobby is knitting", "i have many hobbies like photography"
            for obj in object_list(m.group("o") or m.group("o2"), "activity"):
                add(speaker, hobby_or_liking(m, obj), Entity(obj, "Thing"), 0.85)
        m = _SCAN_JOB.search(clause) if mine else None
        if m:
            title = clean_object(m.group("o"))
            if title and is_job(title):
                add(speaker, "jobTitle", title.lower(), 0.8)
        m = _SCAN_MY_JOB_AT.search(clause) if mine else None
        if m:
            org = clean_object(m.group("o"), "place")
            if org:
                add(speaker, "worksFor", Entity(org, "Organization"), 0.75)
        for pattern, predicate in ((_SCAN_WORKPLACE_IN, "workLocation"), (_SCAN_HOME_IN, "livesIn")):
            m = pattern.search(clause) if mine or "our " in low else None
            place = clean_object(m.group("o"), "place") if m else None
            if place and (place[0].isupper() or gazetteer_id(place, "Place")):
                add(speaker, predicate, Entity(place, "Place"), 0.75)
        m = _SCAN_NATIVE_TONGUE.search(clause) if mine else None
        if m and m.group("l").lower() in LANGUAGES:  # "my native language is Portuguese": spoken
            add(speaker, "speaks", Entity(m.group("l").title(), "Thing"), 0.85)
        m = _SCAN_IDOL.search(clause) if mine else None
        if m and (m.group("kin") or plausible_name(m.group("n"))):
            admired = owned_entity(speaker, m.group("kin").lower(), "Person", None) if m.group("kin") else Entity(m.group("n"), "Person")
            add(speaker, "positiveImpression", admired, 0.75)
    m = _SCAN_TASTY.search(clause) if not negated and ("delicious" in low or "yummy" in low or "tast" in low) else None
    if m and not _SAYS.search(clause, 0, m.end("o")):
        food = clean_object(FILLER.sub("", m.group("o")))
        if food and food.lower() not in ("food", "dinner", "lunch", "breakfast", "meal"):
            add(speaker, "likes", Entity(food, "Thing"), 0.5)
    m = _SCAN_GERUND_FUN.match(FILLER.sub("", clause)) if not negated and "ing " in low else None
    if m and " ".join(m.group("adj").lower().split()) in _PRAISE_ADJ and m.group("o").split()[0].lower() in _NEWS_GERUNDS:
        m = None  # "winning first place is amazing!": a comment on news ("winning is my favorite thing" stays)
    if m:
        pair = _GERUND_PAIR.match(m.group("o"))  # "mixing and matching flavors is fun": one pastime, not "mixing"
        activity = " ".join(m.group("o").split()) if pair else clean_object(m.group("o"), "activity")
        if activity:
            add(speaker, "likes", Entity(activity, "Thing"), 0.5)
    m = _SCAN_MY_LOVE.search(clause) if mine and not negated and "love " in low else None
    if m:
        for obj in object_list(m.group("o"), "activity" if m.group("o").split()[0].lower().endswith("ing") else "np"):
            add(speaker, "likes", Entity(obj, "Thing"), 0.65)
    m = _SCAN_THING.search(clause) if mine else None
    liking = "dislikes" if m and m.group("neg") else "likes"
    for thing in object_list(FILLER.sub("", m.group("o") or m.group("o2"))) if m else ():  # "tea and cake are my vices": both
        add(speaker, liking, Entity(thing, "Thing"), 0.65)
    state.collect(out)

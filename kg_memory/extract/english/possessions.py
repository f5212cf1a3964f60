"""English rules about what the subject has: relatives ("I have two sisters", "two kids, Mia who is 7 and Leo who is 4": each named, with
its age), pets ("a dog named Rex"), looks
("green eyes"), health ("a bad back"), a job ("a job at IBM") and possessions ("a car"), and the vehicle driven (one driven for work is a job: :mod:`.work_vehicles`).

Each rule is ``rule(match, clause) -> bool`` (see :mod:`kg_memory.extract.framework`); the tables
in :mod:`.tables` decide which pattern leads to which rule.
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, lazy
from ..names import lower_words
from ..names import plausible_name as name_like
from ..pronouns import gender_of_noun
from .ailments import CONDITION
from .answers import counted_before, counted_pets
from .apposed_names import called_not_named
from .home_bought import add_bought_home_town
from .lexicon import KIN, KIN_MODS, KIN_PREDICATE, NOT_NAMES, NUM, OBJECT_PRONOUNS, PET, PET_COMPOUND, POSSESSION, STOP
from .objects import LEAD, PET_TITLE, clean_object, object_list, owned_entity, plausible_name, to_int
from .owned_business import add_owned_business
from .places import r_job_at
from .work_vehicles import driven_for_work

_NONE_WORD = lazy(r"^(?:no|zero|none|nothing)\b", re.I)
#: "a dog and two cats", "dogs and cats", "green eyes and blonde hair": the things had, one part each.
_R_HAVE_PARTS = lazy(r"\s*(?:,\s*(?:and\s+)?|\band\s+|\bplus\s+)(?=(?:a|an|one|two|three|four|five|\d+|some)\s)"
                     r"|\s+and\s+(?=(?:sisters?|brothers?|siblings|kids|children|sons|daughters)\b)"  # "a brother and sisters"
                     rf"|\s+(?:and|&)\s+(?=(?:{PET})(?![\w-])(?!\s+(?:{PET_COMPOUND})\b))"  # "a dog and cat", "dogs and cats"
                     r"|(?:(?<=hair)|(?<=eyes)|(?<=skin)|(?<=beard))\s*(?:,\s*(?:and\s+)?|\band\s+|\bwith\s+)"
                     r"(?=(?:(?:[\w'-]+\s+){1,2}(?:hair|eyes|skin|beard)|freckles|tattoos)\b(?!\s+(?!and\b|with\b)[a-z]))")


def r_have(m: re.Match[str], c: Clause) -> bool:
    verb = m.group("v").lower()
    raw = m.group("o")
    if c.negated or _NONE_WORD.match(raw) or _NOT_HAD.match(raw):
        return False  # "i have to say cats and dogs": no part of it had
    parts = _R_HAVE_PARTS.split(raw)
    if len(parts) > 1:
        found = [_have_one(verb, part, c) for part in parts]
        return any(found)
    return _have_one(verb, raw, c)


def r_owner_of(m: re.Match[str], c: Clause) -> bool:
    """"(i am) the proud owner of a 1967 mustang", "(she is) the owner of a bakery": what one owns, as "i own ..."."""
    if c.negated:
        return False
    return any([_have_one("own", part, c) for part in _R_HAVE_PARTS.split(m.group("o"))])


#: "(I got) picked for a car mod workshop", "got chosen", "got hired": a passive, something done to one, nothing had
_GOT_DONE = lazy(r"^(?:(?:just|finally|also|really)\s+)*(?:(?!(?:red|used|bed|sled|shed|ted)\b)[a-z]+ed|chosen|taken|given|"
                 r"stuck|caught|bitten|stung|beaten|thrown|hit|shot|sent|paid|done)\b(?!\s+(?:car|truck|bike|phone|one|dog|cat)s?\b)",
                 re.I)
#: "(i have) a lot of siblings", "multiple sisters", "just the one brother", "three other siblings": a count said otherwise
_HAVE_ONE_KIN = lazy(rf"^(?:(?:a\s+lot\s+of|a\s+bunch\s+of|multiple)\s+|(?:just\s+|only\s+)?(?:the\s+)?(?=one\s))?"
                     rf"(?:(?P<num>{NUM})\s+)?{KIN_MODS}(?:(?:adult|grown|lovely|beautiful|wonderful|amazing|great|awesome|little|young|older|younger|other)\s+)*(?P<k>{KIN})(?![\w-])(?:\s+(?:now|too|also|again))?(?:\s+(?:named|called)\s+(?P<n>[\w'-]+)|\s*,?\s+(?P<cap>(?-i:[A-Z][a-z][\w'-]*)))?", re.I)
_HAVE_ONE_PET = lazy(rf"^(?:(?P<num>{NUM})\s+)?(?:[\w'-]+\s+){{0,4}}?(?P<p>{PET})(?![\w-])(?!\s+(?:{PET_COMPOUND})\b)"
                     rf"(?:\s*,?\s*(?:named|called)\s+(?P<n>{PET_TITLE}?[\w'-]+)|\s+(?P<cap>(?-i:[A-Z][\w'-]+)))?", re.I)
_PLACED_TRAIT = lazy(r"\b(?:in|on|under|around)\s", re.I)
#: "(you have) cut your hair", "(I've) dyed my hair": a perfect tense of a thing done to one's looks, no look had (not
#: "your mother's eyes").
_DONE_TO_TRAIT = lazy(r"^(?:[a-z]+ed|cut|shut|done|grown|lost|got|gotten|shaven|shorn|hurt)\s+(?:my|your|his|her|their|our)\s", re.I)
_PET_THING_AFTER = lazy(r"^(?:a\s+)?(?:pet\s+)?(?:food|bed|toys?|hair|tattoos?|pictures?|posters?|figurines?|shirts?|mugs?|"
                       r"stickers?|calendars?|memes?|videos?)\b", re.I)  # "six cat tattoos": no cats
_HAVE_ONE_TRAIT = lazy(r"^(?P<t>(?:[\w'-]+,?\s+){0,3}(?:hair|eyes|(?<=\s)skin|beard|mustache|moustache|tattoos?|piercings?|freckles|glasses|braces|dimples|scars?|dreadlocks|dreads))\b", re.I)
#: A body part told by what sets it apart ("long legs", "webbed toes", "six toes", "really long nails"): a look; a part
#: said bare or counted as everyone has it ("two legs", "ten fingers") is none
_HAVE_BODY = lazy(r"^(?:(?:really|very|super|naturally|extra|freakishly|unusually)\s+)?(?P<t>(?:(?:long|short|big|small|tiny|huge|"
                  r"skinny|muscular|hairy|crooked|webbed|double[\s-]jointed)\s+(?:legs|arms|toes|fingers|finger\s*nails|nails|"
                  r"feet|hands|teeth)|(?:(?!(?:5|10|20)\b)\d{1,2}|three|four|six|seven|eight|nine|eleven|twelve|extra)\s+(?:toes|fingers)))\b"
                  r"(?!\s+(?:of|on\s+(?:your|his|her|their))\b)", re.I)  # not "3 fingers of whiskey"
_HAVE_ONE_JOB = lazy(r"^(?:a\s+)?(?:new\s+|part\s+time\s+|full\s+time\s+)?job\s+(?P<p>at|with|for|as|in)\s+(?P<o>.+)", re.I)
#: "(I bought) my first car", "our first home": the thing, whichever it is in a life
_FIRST = lazy(r"^(?:very\s+)?first\s+(?=\w)", re.I)
#: A thing had that the subject rents, leases or borrows ("(i have) an apartment that i rent", "a leased car", "a car
#: we borrowed"): not owned; one let out to others ("a house i rent out", "a rental property") is owned
_RENTED = lazy(r"\b(?:rented|leased|borrowed)\s+(?!out\b|to\b)\w|\b(?:(?:that|which)\s+)?(?:i|we)\s+(?:(?:am|are)\s+)?"
               r"(?:rent|renting|lease|leasing|borrow|borrowed|rented|leased)\b(?!\s+(?:it\s+)?out\b)(?!\s+it\s+to\b)", re.I)
#: "(i have) a huge library at home", "a gym in my basement": a room or a collection kept at home, owned (not "a
#: library near home", nor "the library" one goes to)
_ROOM_AT_HOME = lazy(r"^(?:a|an)\s+(?:[\w'-]+\s+){0,2}?(?P<h>library|gym|home\s+gym|sauna|workshop|recording\s+studio|home\s+theater|"
                     r"wine\s+cellar)\s+(?:at\s+(?:my\s+)?home|in\s+(?:my|our)\s+(?:house|home|basement|garage|apartment|flat))\b", re.I)
_HAVE_ONE_THING = lazy(rf"^(?:(?P<num>{NUM})\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<h>{POSSESSION})(?![\w-])", re.I)


#: What "got" / "rescued" takes that is no possession: a particle or a preposition ("got off the phone", "rescued him
#: from some lab", "got rid of my car").
_NOT_HAD = lazy(r"^(?:off|out|up|back|on|in|into|to|through|away|rid|along|down|from|at|with|by|him|her|them|it|you)\b"
                # "(i have) always wanted to learn dog grooming": "have" of a perfect tense, nothing had
                r"|^(?:(?:always|never|ever|already|just|recently|finally|long|also|really)\s+)*(?:wanted|been|tried|thought|"
                r"dreamed|dreamt|hoped|planned|wished|wondered|known|seen|heard|done|gone|started|begun|learned|learnt|"
                r"decided|considered|loved|liked|enjoyed|adored)\b", re.I)


_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                        "july august september october november december christmas thanksgiving easter".split())


#: A day of fishing said in the turn, and a fish kept: "we got a few fish" after "we went fishing" is a catch.
_FISHING = lazy(r"\b(?:fishing|fished|caught|catch|bait|angling)\b", re.I)
_KEPT_FISH = lazy(r"\b(?:tank|aquarium|bowl|pond|pets?)\b", re.I)


def _singular(noun: str) -> str:
    """The kind of one pet of several: "cats" -> "cat", "puppies" -> "puppy", "fish" -> "fish"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_AGE_WORD = (r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             r"sixteen|seventeen|eighteen|nineteen|twenty")
#: The age set after a relative's name: "Mia who is 7", "Mia, 7,", "Mia (7)", "Mia aged 7", "Mia who is 7 years old".
_AGE_AFTER = (rf"(?:\s*,?\s+who\s+is\s+|\s+aged?\s+|\s*,\s*(?=\d)|\s*\(\s*)(?P<age>{_AGE_WORD})(?![\w-])"
              r"(?:[\s-]*years?[\s-]*old)?(?:\s*\))?")
_LIST_NAME = r"(?-i:[A-Z][a-z][\w'-]*)"
_LIST_ITEM = _LIST_NAME + "(?:" + _AGE_AFTER.replace("?P<age>", "?:") + ")?"
#: The names of several relatives after the noun: "named Emma and Jack", ", Emma, Lily and Ben", ": Mia who is 7 and
#: Leo who is 4".
_NAMED_LIST = lazy(rf"(?:\s+(?:named|called)\s+|\s*[,:]\s*)(?P<names>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+(?:and|&)\s+"
                   rf"{_LIST_ITEM})(?![\w-])", re.I)
#: One relative of such a list, with the age said after the name.
_AGED_NAME = lazy(rf"(?P<name>{_LIST_NAME})(?:{_AGE_AFTER})?", re.I)


#: "a 5-year-old", "a five year old": the age said among the words before a relative
_AGE_BEFORE = lazy(r"\b(?P<n>\d{1,3}|[a-z]+)[\s-]+years?[\s-]+old\b", re.I)


def _named_age(before: str, person: Entity, c: Clause) -> None:
    """The age of a relative had and named ("a 5-year-old daughter named Mia": Mia is 5), recorded about the
    relative, not the subject. An unnamed one ("a 5 year old daughter") keeps no age: "Ann's daughter" may be
    another daughter next time.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "I have a 5-year-old daughter named Mia")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
    >>> _named_age("a 5-year-old ", Entity("Mia", "Person"), c)
    >>> [(s.label, p, o) for s, p, o, _, _ in c.out]
    [('Mia', 'age', 5)]
    """
    said = _AGE_BEFORE.search(before)
    years = to_int(said.group("n")) if said else None
    if years is not None and 0 < years < 120:
        c.out.append((person, "age", years, round(0.8 * c.weight, 2), None))  # Clause.add speaks of the subject only


def _named_kin_list(noun: str, names: str, c: Clause) -> None:
    """Each relative of a list of names had ("two kids, Mia who is 7 and Leo who is 4"), with the age said after a
    name, recorded about that relative.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "I have two kids, Mia who is 7 and Leo who is 4.")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
    >>> _named_kin_list("kids", "Mia who is 7 and Leo who is 4", c)
    >>> [(s.label, p, getattr(o, "label", o)) for s, p, o, _, _ in c.out]
    [('Ann', 'child', 'Mia'), ('Mia', 'age', 7), ('Ann', 'child', 'Leo'), ('Leo', 'age', 4)]
    """
    predicate = KIN_PREDICATE.get(noun, "relative")
    for m in _AGED_NAME.finditer(names):
        each = m.group("name")
        if each.lower() in STOP or each.lower() in NOT_NAMES or each.lower() in _TIME_WORDS:
            continue
        ent = owned_entity(c.subject, noun, "Person", each)
        c.add(predicate, ent, 0.85)
        c.discourse.mention(c.turn, ent)
        years = to_int(m.group("age")) if m.group("age") else None
        if years is not None and 0 < years < 120:
            c.out.append((ent, "age", years, round(0.8 * c.weight, 2), None))


#: "I have a dog, Rex.", "a dog, Rex, and a cat, Mochi", "a cat, Rex, and she's twelve": the pet's name set after it,
#: ending the sentence, before the next thing had or before a clause about the pet ("and he's", "who"); not "a dog,
#: Tom, did you know?", which calls Tom
_NOT_CALLED_PETS = frozenset("thanks thank please sorry lol haha yes yeah no nope ok okay sir madam buddy dude".split())
_PET_APPOSED = (r"\b{noun}\s*,\s*(?P<n>(?-i:[A-Z][a-z][\w'-]*))\s*(?:[.!]*$|,?\s+and\s+(?:a|an|one|two|three|\d+)\s"
                r"|,\s*(?:(?:and|but)\s+)?(?:he|she|it)(?:'s|\s+is|\s+was)\s|,\s*who\s)")


def _apposed_pet_name(noun: str, sentence: str) -> str | None:
    """The name set after the one pet ``noun`` at the end of ``sentence`` (told to an assistant, a name there is the
    pet's, rarely one called).

    >>> _apposed_pet_name("dog", "I have a dog, Rex."), _apposed_pet_name("dog", "I have a dog, Tom, did you know?")
    ('Rex', None)
    >>> _apposed_pet_name("dog", "I have a dog, Rex, and a cat, Mochi."), _apposed_pet_name("cat", "A cat, Rex, and he's old.")
    ('Rex', 'Rex')
    """
    m = re.search(_PET_APPOSED.format(noun=re.escape(noun)), sentence, re.I)
    name = m.group("n") if m else None
    return name if name and plausible_name(name) and name.lower() not in _TIME_WORDS | _NOT_CALLED_PETS else None


#: "We have a dog, by the way. Mochi. He barks.": the pet's name said alone as the next sentence of the turn.
_PET_THEN_NAME = r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){{0,2}}?{noun}(?:\s*,?\s*(?:by\s+the\s+way|too|as\s+well|actually))?" \
    r"\s*[.!]+\s+(?P<n>(?-i:[A-Z][a-z][\w'-]*))\s*\.(?:\s|$)"


def _pet_name_after(noun: str, text: str) -> str | None:
    """The name said alone as the sentence after the one pet ``noun`` in ``text`` (the turn), if any.

    >>> _pet_name_after("dog", "We have a dog, by the way. Pickle. He snores."), _pet_name_after("dog", "I have a dog. Seriously.")
    ('Pickle', None)
    """
    found = re.findall(_PET_THEN_NAME.format(noun=re.escape(noun)), text, re.I)
    name = found[0] if len(found) == 1 else None
    lower = lower_words([text])  # "Seriously.": a word, no name
    return name if name and plausible_name(name) and name_like(name, lower) and name.lower() not in _TIME_WORDS | _NOT_CALLED_PETS \
        else None


def _have_one(verb: str, raw: str, c: Clause) -> bool:
    if _NOT_HAD.match(raw) or verb.endswith("got") and _GOT_DONE.match(raw):
        return False
    said_before = counted_before(c.turn.text, raw)  # "cats ! i (have 3 of them)"
    if (pets := counted_pets(raw, c.topic, said_before)) is not None:  # "do you like dogs? i have three"
        c.add("hasPet", owned_entity(c.subject, pets, "Animal", None), 0.7)
        return True
    kin = _HAVE_ONE_KIN.match(raw)
    if kin and verb not in ("bought", "own", "owns"):
        noun = kin.group("k").lower()
        num = (kin.group("num") or "").lower()
        plural = num not in ("", "a", "an", "one")
        label = f"{num} {noun}" if plural and num not in ("some", "several", "many", "twin") else noun
        names = _NAMED_LIST.match(raw, kin.end("k")) if plural else None
        if names:  # "two kids named Emma and Jack", "two daughters, Emma and Lily": each child by name
            _named_kin_list(noun, names.group("names"), c)
            return True
        name = kin.group("n") or (kin.group("cap") if not plural else None)
        if name and (name.lower() in STOP or name.lower() in OBJECT_PRONOUNS or name.lower() in NOT_NAMES
                     or name.lower() in _TIME_WORDS):
            name = None  # "I have a sister Monday"
        if name and called_not_named(noun, name):
            name = None  # "Every month I have a grandson, Deb.": Deb is spoken to
        ent = owned_entity(c.subject, label, "Person", name)
        c.add(KIN_PREDICATE.get(noun, "relative"), ent, 0.85)
        c.discourse.mention(c.turn, ent, gender_of_noun(noun) if not plural else None)
        if name:
            _named_age(raw[kin.start():kin.start("k")], ent, c)
        return True
    pet = _HAVE_ONE_PET.match(raw)
    if pet and not _PET_THING_AFTER.match(raw[pet.end():].strip()):
        noun = pet.group("p").lower()
        num = (pet.group("num") or "").lower()
        if noun == "fish" and _FISHING.search(c.turn.text) and not _KEPT_FISH.search(c.turn.text):
            return False  # "we went fishing ... we got a few fish": a catch, no pet
        names = _NAMED_LIST.match(raw, pet.end("p")) if num not in ("", "a", "an", "one") else None
        if names:  # "two cats, Luna and Milo", "two dogs named Max and Bella": each pet by name
            for each in object_list(names.group("names")):
                if each.lower() not in STOP and each.lower() not in NOT_NAMES and each.lower() not in _TIME_WORDS:
                    c.add("hasPet", owned_entity(c.subject, _singular(noun), "Animal", each), 0.85)
            return True
        label = f"{num} {noun}" if num and num not in ("a", "an", "one", "some", "several", "many") else noun
        name = pet.group("n") or pet.group("cap") or (_apposed_pet_name(noun, c.sentence) or _pet_name_after(noun, c.turn.text)
                                                      if num in ("", "a", "an", "one") else None)  # "... a dog. Mochi."
        if name and (name.lower() in STOP or name.lower() in OBJECT_PRONOUNS):
            name = None
        c.add("hasPet", owned_entity(c.subject, label, "Animal", name), 0.85)
        return True
    trait = _HAVE_ONE_TRAIT.match(raw)
    if trait and (_PLACED_TRAIT.search(trait.group("t")) or _DONE_TO_TRAIT.match(trait.group("t"))):
        return False  # "you have tears in your eyes": of the moment, not a trait; "you've cut your hair": a thing done
    if trait:
        phrase = LEAD.sub("", trait.group("t")).replace(",", "")
        c.add("trait", phrase.lower(), 0.7)
        return True
    body = _HAVE_BODY.match(raw)
    if body:  # "i have webbed toes", "i have 6 toes on my left foot"
        c.add("trait", body.group("t").lower(), 0.7)
        return True
    health = CONDITION.match(raw)
    if health:
        c.add("trait", health.group("t").lower(), 0.75)
        return True
    job = _HAVE_ONE_JOB.match(raw)
    if job:
        return r_job_at(job, c)
    if (room := _ROOM_AT_HOME.match(raw)) is not None:  # "i have a huge library at home": the library is the speaker's
        c.add("owns", Entity(room.group("h").lower(), "Thing"), 0.7)
        return True
    thing = _HAVE_ONE_THING.match(raw)
    bare = thing.group("h").lower() if thing and thing.start("h") == 0 else ""
    if bare and (bare.endswith("ss") or not bare.endswith(("s", "jewelry", "vinyl"))):
        return False  # "I have company", "I have business in town": a noun said bare reads as guests, errands
    if thing and verb not in ("own", "owns", "bought") and _RENTED.search(raw):
        return True  # "i have an apartment that i rent", "a leased car": had for a while, not owned
    if thing:
        obj = _FIRST.sub("", clean_object(raw) or "") or thing.group("h")
        c.add("owns", Entity(obj, "Thing"), 0.8 if verb in ("own", "owns", "bought") else 0.7)
        if verb in ("own", "owns"):  # "I own a bakery in Portland": where one works
            add_owned_business(raw, c)
        if verb == "bought":  # "We just bought a house in Denver": where one lives
            add_bought_home_town(raw, c)
        return True
    if verb in ("own", "owns", "bought"):
        obj = _FIRST.sub("", clean_object(raw) or "")
        if obj:
            c.add("owns", Entity(obj, "Thing"), 0.75)
            if verb in ("own", "owns"):
                add_owned_business(raw, c)
            if verb == "bought":
                add_bought_home_town(raw, c)
            return True
    return False


_DETERMINER_START = lazy(r"^(?:an?|my|the|\w+)\b", re.I)
#: People driven somewhere ("I drive the kids to school", "my mom to her appointments"), or a vehicle of someone else's
#: ("my husband's car"): nothing owned
_DRIVEN_PEOPLE = lazy(rf"^(?:the|my|our|his|her|their|a\s+few|some)\s+(?:(?:two|three|little|older|younger|youngest|oldest)\s+)?"
                      rf"(?:(?:{KIN})s?|kids?|children|boys|girls|family|friends?|neighbou?rs?|guests|team|grandkids|"
                      rf"[\w-]+'s?\s+(?!own\b)\w+)\b|^(?:him|her|them|me|us|everyone|everybody|people)\b", re.I)
_NOT_A_VEHICLE = lazy(r"^(?:(?:really|very|so|too|pretty|super|way)\s+)?(?:to|around|home|a\s+lot|alot|for|in|on|at|by|through|down|up|back|"
                      r"out|fast|slow|slowly|quickly|carefully|safely|everywhere|often)\b", re.I)  # "i drive really fast"


def r_drive(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if not _DETERMINER_START.match(raw) or _NOT_A_VEHICLE.match(raw):
        return False
    if _DRIVEN_PEOPLE.match(raw):
        return True  # "I drive the kids to school", "I drive my wife's car": nothing owned
    job = driven_for_work(raw, progressive=m.group(0).lower().startswith("driving"))
    if job is not None:  # "my dad drives a bus", "a truck for a living": the work, nothing owned
        if job:
            c.add("jobTitle", job, 0.6)
        return True
    obj = clean_object(raw)
    if not obj:
        return False
    c.add("owns", Entity(obj, "Thing"), 0.6)
    return True

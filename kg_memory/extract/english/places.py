"""English rules about where the subject lives, works, studies and goes ("I work at a bank",
"we went to Paris last May"); events are dated by the sentence's time expression."""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity, MonthDay
from ..birthyears import birth_year, year_in
from ..framework import Clause, lazy
from ..monthdays import read_day
from ..starts import start_ahead
from ..timeexpr import find_time
from .alumni import went_to_school_together
from .business_names import business_name
from .childhood import moved_young
from .job_towns import known_employer_after_job, lowercase_town, town_after_job
from .journeys import JOURNEY
from .lexicon import ADJ, EVENTS, GENERIC_PLACES, REGIONS, SCHOOLS, alts
from .living_first import living_first
from .objects import clean_object, is_job, stay_told, with_region
from .partners_with import add_partner_with
from .place_words import NEAR, NOT_NEAR_HOME, named_beyond_landmark
from .schools import named_school, school_gone_to, studied_at
from .sites_worked_on import worked_on_site
from .visited_people import place_of_people_visited
from .work_for import worked_for_person

_TIME_START = lazy(
    r"^(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)\s+"
    r"(?:years?|months?|weeks?|days?)\b|(?:last|this|next)\s+\w+|back\s+in|in\s+\d{4}|\d{4}\b|recently|yesterday|today)",
    re.I,
)
#: "stays in trouble", "live in fear": not places
_NOT_RESIDENCES = frozenset("trouble touch shape line love bed fear hope denial peace sin luxury poverty style phone computer "
                            "couch track top budget schedule diet".split())
#: "i live on the edge", "in the moment", "in the fast lane", "in a bubble": a way of living, no home ("up": "i live in up
#: in the hills", a slip)
_LIVING_IDIOMS = frozenset(("edge", "moment", "past", "present", "future", "wild side", "fast lane", "dream", "bubble",
                            "now", "up", "down", "dark", "shadows"))
_A_FLOOR = lazy(r"\b(?:floor|storey|story|level)$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", re.I)
#: "(we're in) cabin nine", "room 214", "row 5", "seat 12B": a numbered spot at a camp, a hotel, a hall, no home
NUMBERED_SPOT = lazy(r"^(?:cabin|room|row|seat|section|aisle|gate|bed|ward|bunk|tent|lane|car|coach|carriage|booth|"
                      r"stall|pod|hall|block|zone|group|table|terminal|platform|court|field)\s+#?(?:\d+[a-z]?|[a-z]\d*|"
                      r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", re.I)
#: "a chef for a living" and "an attorney for 23 years" name no employer.
AT_PLACE = lazy(r"\b(?:at|for|with)\s+(?!a\s+living\b|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"twenty|thirty|many|several|a\s+few|a\s+couple\s+of)\s+(?:years?|months?|weeks?|days?|hours?)\b"
                # an occasion is no employer: "the official caterer for that accident", "a waiter at the wedding"
                r"|(?:the|that|this|a|an|my|our|your|his|her|their)\s+(?-i:accident|wedding|funeral|party|birthday|reception|"
                r"ceremony|shower|dinner|event|occasion)s?\b"
                # nor the people or pets one is with: "a lab tech with two brothers", "a nurse with three kids"
                r"|(?<=with\s)(?:(?:\d+|a|an|one|two|three|four|five|six|my|our|no|twin|little|young|older|younger)\s+)*"
                r"(?:brothers?|sisters?|kids?|children|sons?|daughters?|siblings?|husband|wife|boyfriend|girlfriend|family|"
                r"parents|dogs?|cats?|pets?)\b)(?P<o>.+?)(?=\s+(?:studying|majoring)\s|$)", re.I)  # "at Michigan studying law"


#: Between a comma after a job and its employer: "(a nurse), currently at Mercy", "(an engineer), been at Google".
_STILL_AT_WORK = lazy(r"\s*(?:(?:currently|now|still|also)\s+)?(?:(?:been|working|employed|based)\s+)?", re.I)


def employer_after_job(after: str) -> re.Match[str] | None:
    """The employer said in ``after``, the words after a job: "(a nurse) at Mercy", "(a chef) for the Hilton" - not one
    said after a comma, in a clause of its own whose subject is left out: "(a nurse), live in Ohio with my husband",
    "(a cashier), saving up for school", "(a teacher), married with two kids"; but "(an engineer), been at Google for
    years", "(a nurse), currently at Mercy".

    >>> employer_after_job(" at Mercy in Denver").group("o"), employer_after_job(", live in Ohio with my husband")
    ('Mercy in Denver', None)
    """
    where = AT_PLACE.search(after)
    said = after[:where.start()] if where else ""
    return where if where and _STILL_AT_WORK.fullmatch(said[said.rfind(",") + 1:] if "," in said else "") else None

#: "a small flat in Camden", "a little town in Ohio", "a town called Celebration": the place named, not the kind of place
DWELLING_IN = lazy(r"^(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){0,2}?(?:flat|apartment|house|condo|studio|loft|cottage|"
                   r"bungalow|trailer|dorm|home|town|city|village|suburb|farm|ranch|neighbou?rhood|community|reservation)"
                   r"\s+(?:in|near|close\s+to(?=\s+(?-i:[A-Z]))|outside(?:\s+of)?|called|named)\s+(?!(?:(?:the|a|an|my|our|his|her|their|this|that)\s+)?(?:middle|heart|centre|center|edge)\b)(?:(?:an?|the)\s+)?(?P<o>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})", re.I)


def r_live(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place:
        return False
    if place.lower().split()[0] in _NOT_RESIDENCES or _A_FLOOR.search(place) or NUMBERED_SPOT.match(place) \
            or place.lower() in _LIVING_IDIOMS:
        return False  # "I live on the third floor", "I live on six", "in cabin nine": which floor or spot, not where
    if place.islower() and NEAR.search(m.string, 0, m.start("o")):
        if place.lower() in NOT_NEAR_HOME:
            return False  # "I live near my parents", "close to work": whom or what the home is near, not where it is
        place = clean_object(named_beyond_landmark(m.group("o")) or "", "place") or place  # "the lake in Madison"
    dwelling = DWELLING_IN.search(m.group("o"))
    if dwelling:  # "a small flat in Camden": the place the flat is in
        place = clean_object(dwelling.group("o"), "place") or place
    place = with_region(m.group("o"), place)
    c.add("livesIn", Entity(place, "Place"), 0.9)
    add_partner_with(m.group("o"), c)  # "(lives in Chicago) with her husband Mark": the spouse too
    return True


#: "(moved to Denver) for a new job at Zillow", "(...) for my job with Amazon": the job the move was for, taken
_FOR_JOB = lazy(r"\bfor\s+(?:(?:a|the|my|his|her|their|our)\s+)?(?:new\s+)?(?:job|position|role)\s+(?:at|with)\s+"
                r"(?P<o>(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,2})", re.I)


def r_moved(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in GENERIC_PLACES or _TRADE.fullmatch(place):
        return False  # "I moved from sales to marketing": a department, no home
    if c.subject.label == c.turn.speaker and moved_young(c.sentence):  # "we moved to Ohio when I was ten": grew up there
        c.add("hometown", Entity(place, "Place"), 0.7)
        return True
    c.add("livesIn", Entity(place, "Place"), 0.75, event=True)
    job = _FOR_JOB.search(m.group("o"))
    if job is not None and (employer := clean_object(job.group("o"), "place")):
        c.add("worksFor", Entity(employer, "Organization"), 0.75)  # "moved to Denver for a new job at Zillow"
    add_partner_with(m.group("o"), c)  # "(moved to Austin) with her husband Carl": the spouse too
    return True


_DIGIT_START = lazy(r"^\d")
_PLACE_AFTER_YEAR = lazy(r"^\d{4},?\s+(?:in|at)\s+(?P<o>(?-i:[A-Z]).+)", re.I)
_MONTH_START = lazy(r"^(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December|(?:the\s+)?(?:spring|summer|autumn|fall|winter)|'?\d{2,4}'?s)\b", re.I)  # "the 80s"
_RAISED = lazy(r"\band\s+(?:raised|bred)\b", re.I)
_RAISED_THERE = lazy(r"\b(?:but|and)\s+(?:was\s+)?(?:raised|grew\s+up)\s+in\s+(?P<o>.+)", re.I)


def r_born(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if isinstance(day := read_day(raw), MonthDay):  # "born on May 5th": the birthday, the year untold
        c.add("birthday", day, 0.9)
        return True
    when = find_time(raw, None, "en")
    found = False
    if when is not None and when.granularity == "day":
        c.add("birthDate", when.value, 0.9)
        found = True
    elif (year := year_in(raw)) is not None and (year := birth_year(year, c.turn.time)) is not None:
        c.add("birthYear", year, 0.9)  # "born in 1990", "born in Paris in 1990": the year, the day untold
        found = True
    if (when is not None and when.start == 0) or _DIGIT_START.match(raw) or _MONTH_START.match(raw):
        if (later := _PLACE_AFTER_YEAR.match(raw)) is None:
            return found  # "born in May": a month, no place
        raw = later.group("o")  # "born in 1990 in Paris": the place after the year
    place = clean_object(raw, "place")
    if place:
        c.add("birthPlace", Entity(place, "Place"), 0.9)
        if _RAISED.search(m.group(0)):  # "born and raised in Ohio": where one comes from too
            c.add("hometown", Entity(place, "Place"), 0.85)
        found = True
    raised = _RAISED_THERE.search(raw)
    if raised and (home := clean_object(raised.group("o"), "place")):  # "born in Boston but raised in Texas"
        c.add("hometown", Entity(home, "Place"), 0.85)
    return found


#: "(Google) in Dublin", "(a hospital) in New York": where the employer named just before is
_EMPLOYER_IN = lazy(r"[\s,]+in\s+(?:the\s+)?(?P<o>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,2})", re.I)
#: a part of a firm ("at Google in Sales") or a time ("started at Google in March") said after it: no place
_DEPARTMENT = lazy(r"(?:accounts|accounting|operations|support|legal|product|qa|r&d|it|hr|admin|research|sales|marketing|"
                   r"engineering|finance|design|management|january|february|march|april|may|june|july|august|september|"
                   r"october|november|december|spring|summer|fall|autumn|winter)\b", re.I)


def add_employer_place(raw: str, org: str, c: Clause) -> None:
    """The place said after the employer ``org`` in ``raw`` ("Google in Dublin") as where the subject works.

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "I work at Google in Dublin")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
    >>> add_employer_place("Google in Dublin", "Google", c); add_employer_place("Google in March", "Google", c)
    >>> [(p, o.label) for _, p, o, _, _ in c.out]
    [('workLocation', 'Dublin')]
    """
    at = raw.find(org)
    m = _EMPLOYER_IN.match(raw, at + len(org)) if at >= 0 else None
    if m is None and at >= 0 and (town := lowercase_town(raw[at + len(org):])):  # "a hospital in boston"
        c.add("workLocation", Entity(town, "Place"), 0.7)
    place = clean_object(m.group("o"), "place") if m else None
    if not place or _DEPARTMENT.fullmatch(place) or find_time(place, None, "en") is not None:
        return  # "at Google in Sales", "started at Google in March": no place
    c.add("workLocation", Entity(with_region(raw[m.start("o"):], place) if m else place, "Place"), 0.8)


#: "(a teacher) in Boston": where the job is done, a place by its name
_JOB_IN = lazy(r"^[\s,]+in\s+(?P<o>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,2})", re.I)


def add_job_place(after: str, c: Clause, title: str = "") -> None:
    """The place said right after a job ("a teacher in Boston", "a nurse in Tucson") as where the subject works: a
    place the gazetteer knows, or a name ending the clause that is no field, ward, firm or time, after a job that
    plays in no show ("a nurse in Pediatrics", "a clerk in Lincoln High", "a teacher in May", "an actor in Friends":
    none).

    >>> from kg_memory.types import Turn
    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "I am a teacher in Boston")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text)
    >>> add_job_place(" in Boston", c, "teacher"); add_job_place(" in Friends", c, "actor")
    >>> add_job_place(" in Tucson, Arizona", c, "teacher"); add_job_place(" in Pediatrics", c, "nurse")
    >>> [(p, o.label) for _, p, o, _, _ in c.out]
    [('workLocation', 'Boston'), ('workLocation', 'Tucson, Arizona')]
    """
    m = _JOB_IN.match(after)
    place = clean_object(m.group("o"), "place") if m else None
    if not place or m is None:
        if town := lowercase_town(after, title):  # "a dental assistant in tampa"
            c.add("workLocation", Entity(town, "Place"), 0.7)
        return
    if gazetteer_id(place, "Place") or place.lower() in REGIONS:
        c.add("workLocation", Entity(place, "Place"), 0.75)
    elif known_employer_after_job(after, m.start("o") + len(place), place):
        c.add("worksFor", Entity(place, "Organization"), 0.75)  # "a cashier in Walmart", "an engineer in Google"
    elif place == (said := m.group("o").rstrip(".")) and not _DEPARTMENT.fullmatch(place) \
            and town_after_job(after, m.start("o") + len(said), place, title):
        c.add("workLocation", Entity(with_region(after[m.start("o"):], place), "Place"), 0.7)


def r_work_as(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    title = clean_object(raw)
    if not title:
        return False
    c.add("jobTitle", title.lower(), 0.9)
    where = employer_after_job(raw[raw.lower().find(title.lower()) + len(title):])
    if where:
        org = clean_object(where.group("o"), "place")
        if org:
            c.add("worksFor", Entity(org, "Organization"), 0.85)
            add_employer_place(where.group("o"), org, c)
    elif raw.lower().find(title.lower()) >= 0:  # "(works as) a nurse in Seattle"
        add_job_place(raw[raw.lower().find(title.lower()) + len(title):], c, title)
    return True


#: "(I work for this) company called Brightline", "(this) little firm named Oakline": an employer by its name.
_KIND_CALLED = (r"(?:\s+[\w-]+){0,2}?\s+(?:company|startup|firm|agency|bank|hospital|clinic|restaurant|shop|store|cafe|bakery|"
                r"non-?profit|business|outfit|studio|lab|school|place)\s+(?:called|named)\s+(?-i:[A-Z])")
_NOT_EMPLOYERS = lazy(
    r"^(?:the\s+)?(?:morning|mornings|afternoon|evening|evenings|night|nights|day|days|(?-i:moment|minute|present)|home(?!\s+(?:depot|goods)\b)|"
    rf"shifts?|weekends?|myself|it|(?:this|that)(?!{_KIND_CALLED})|them|my\s+own|kids|children|"
    r"(?:my|the|a)\s+(?:project|book|car|house|yard|garden|novel|paper|thesis)(?!\s+(?:dealer|wash|center|store|shop))|"
    r"animals|people|computers|hard|late|out|from|on|a\s+lot|all|every|a\s+living|is|was|has|had|closes|closed|opens|"
    r"shakes|sells|pays|serves|hired|gets|got|does|did|will|would|"  # "(the post office i work at) closes"
    r"(?-i:free|tips|peanuts|pennies|nothing|cash|money|exposure|minimum\s+wage|a\s+pittance)(?![\w-]|\s+[A-Z]))\b",  # pay
    re.I,
)
_MYSELF = lazy(r"^(?:for\s+)?myself\b", re.I)
#: "(a pizza place) part time", "(a vet) 2 nights a week": how much, not where
_PART_TIME = lazy(r"\s+(?:(?:part|full|half)[\s-]time|on\s+weekends|at\s+night|nights|(?:\d+|one|two|three|four|five|a\s+few)\s+"
                  r"(?:nights?|days?|times|hours?|shifts?)\s+(?:a|per|each)\b)\b.*$", re.I)


#: what one works in that is a trade, not an employer: "sales", "marketing", "real estate"
_TRADE = lazy(r"(?:sales|marketing|finance|retail|advertising|publishing|insurance|hr|human\s+resources|it|tech|healthcare|"
              r"health\s+care|education|construction|hospitality|fashion|media|banking|accounting|real\s+estate|"
              r"customer\s+service|management|research|law|medicine|politics|government|administration|logistics|"
              r"software|engineering|design|film|television|tv|music|theatre|theater|journalism|pharma)\b", re.I)

#: a ward or department, with the employer after "at": "(I work in) pediatrics at St. Luke's", "the shipping department at a mill"
_WARD = lazy(r"(?:labou?r(?:\s+and\s+delivery)?|p(?:a)?ediatrics|oncology|radiology|cardiology|maternity|obstetrics|neonatal|"
             r"the\s+(?:icu|nicu|er|emergency\s+room)|(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:ward|department|unit|wing))"
             r"(?=\s+at\s+(?!(?:night|nights|home|times|first|least|the\s+moment)\b))", re.I)
#: a room or a part of a place one works in, which is no employer: "I only work in the studio", "in the back"
_WORK_ROOM = lazy(r"(?:the|my|our)\s+(?:studio|office|kitchen|garage|basement|attic|shed|barn|back|front|lab|field|fields|"
                  r"yard|garden|house|room|workshop)\b", re.I)
#: the relative clause without "that" after an employer: "(the restaurant) my mother owns", "(the shop) we run"
_REDUCED_RELATIVE = lazy(r"\s+(?:(?:my|our|his|her|their|your)\s+[a-z]+|i|we|you|he|she|they)\s+(?:owns?|owned|runs?|ran|"
                         r"manages?|managed|started|opened|founded|built|works?\s+at|used\s+to)\b.*$", re.I)


def r_work_at(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    raw = m.group("o")
    if _PERFECT.search(m.group(0)) and not _HELD_SINCE.search(raw):
        return False  # "I've worked at Google before", "at many places": where one has been, not where one is
    if m.group("p").lower() in ("on", "with") or _NOT_EMPLOYERS.match(raw):
        if _MYSELF.match(raw):
            c.add("jobTitle", "self-employed", 0.75)
            return True
        return m.group("p").lower() == "on" and worked_on_site(raw, c)  # "i work on a farm", "on a fishing boat"
    trade = (_TRADE.match(raw) or _WORK_ROOM.match(raw) or _WARD.match(raw)) if m.group("p").lower() == "in" else None
    if trade:  # "I work in sales", "I work in marketing at a bank", "in labor at the hospital": the employer after "at"
        clause_end = _NEXT_CLAUSE.search(raw, trade.end())  # not "... and need ideas for a campaign"
        raw = raw[:clause_end.start()] if clause_end else raw
        where = AT_PLACE.search(raw, trade.end())
        org = clean_object(where.group("o"), "place") if where and not _NOT_EMPLOYERS.match(where.group("o")) else None
        if org or not _WORK_ROOM.match(raw):  # "I work in sales", no employer named: the trade (PersonaExt's reading)
            c.add("worksFor", Entity(org or trade.group(0), "Organization"), 0.8 if org else 0.6)
        town = _IN_TOWN.search(raw, trade.end())  # "I work in finance in London": where
        place = clean_object(town.group("o"), "place") if town else None
        if place and gazetteer_id(place, "Place"):
            c.add("workLocation", Entity(place, "Place"), 0.8)
        return True
    org = clean_object(_REDUCED_RELATIVE.sub("", _PART_TIME.sub("", raw)), "place")
    person = m.group("p").lower() == "for" and worked_for_person(raw, org, c)
    if person:
        pass  # "I work for Mr. Geller", "Dana works for me", "for a family in Boston as a nanny": a person, the boss
    elif not org:
        return False
    elif m.group("p").lower() == "in" and gazetteer_id(org, "Place"):
        c.add("workLocation", Entity(org, "Place"), 0.85)  # "I work in Berlin": where, not for whom
    else:
        c.add("worksFor", Entity(org, "Organization"), 0.85)
        add_employer_place(raw, org, c)
    title = _AS_JOB.search(raw)  # "I work for Amazon as a data scientist": the job there too
    job = clean_object(title.group("j")) if title else None
    if job and is_job(job):
        c.add("jobTitle", job.lower(), 0.8)
    return True


#: "have worked" (a perfect), which tells a job held still only with how long: "I've worked at Spotify since 2021",
#: "for five years"; not "I've worked at Google before".
_PERFECT = lazy(r"\b(?:have|'ve|has|'s)\s+(?:always\s+)?worked\b", re.I)
_HELD_SINCE = lazy(r"\b(?:since|for\s+(?:(?:almost|nearly|about|over|more\s+than|the\s+(?:past|last))\s+)?(?:\d+|a|an|one|"
                   r"two|three|four|five|six|seven|eight|nine|ten|many|several|a\s+few|a\s+couple\s+of)\s+(?:years?|months?"
                   r"|weeks?|decades?))\b(?![^,.;]*\b(?:before|ago)\b)", re.I)
_IN_TOWN = lazy(r"\bin\s+(?P<o>.+)", re.I)
#: Where the clause of a trade ends: "I work in marketing and need ideas for a campaign".
_NEXT_CLAUSE = lazy(r",?\s+(?:and|but|so|because|while|though|although|since)\s+|\s*[;:]", re.I)
#: "(for Amazon) as a data scientist": the job held at the employer
_AS_JOB = lazy(r"\bas\s+(?:an?\s+|the\s+)?(?P<j>[a-z][\w\s-]*)", re.I)


#: Talk of a job in the sentence, which makes "I'm at Google now" say where one works.
_JOB_TALK = lazy(r"\b(?:jobs?|career|hired|employer|company|position|promoted|promotion|new\s+role|work(?:s|ed|ing)?\s+(?:at|for))\b",
                 re.I)


def r_at_employer(m: re.Match[str], c: Clause) -> bool:
    """"I switched jobs in March, I'm at Google now": a company one is at, in a sentence about a job, employs one
    (not "I'm at Starbucks now": where one is this minute)."""
    if c.negated or not _JOB_TALK.search(c.sentence):
        return False
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    c.add("worksFor", Entity(org, "Organization"), 0.7)
    return True


#: "(my brother Tom just) started at Siemens": the word that the verb phrase lost before "at <Employer>"
_STARTED_AT = lazy(r"\b(?:start(?:ed|ing|s)?|began)\s+at\s", re.I)
#: "the same school (as Priya)": no place of its own
_SAME_PLACE = lazy(r"(?:the\s+)?(?:very\s+)?same\s+[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s+as\b|\s*[.!?]*$)", re.I)
#: where one starts a walk or a race, no employer: "we started at Central Park"
_OUTDOOR_PLACE = lazy(r".*\b(?:park|beach|lake|river|bridge|square|station|trail|mountain|museum|zoo|street|avenue|airport)$", re.I)


def r_started_at(m: re.Match[str], c: Clause) -> bool:
    """"I just started at Google (in Dublin, last month, as an engineer)", "I'm starting at Amazon next week": the company
    one started (or starts) at employs one, from the time said (not "we started at the museum", a place not named as a
    company, nor "started at Disneyland and then ...")."""
    if c.negated or not _STARTED_AT.search(c.sentence):
        return False
    org = clean_object(m.group("o"), "place")
    if not org or _OUTDOOR_PLACE.match(org):
        return False
    if (ahead := start_ahead(c.sentence, c.turn.time)) is not None:  # "I'm starting at Amazon next week": from then
        c.out.append((c.subject, "worksFor", Entity(org, "Organization"), 0.8 * c.weight, ahead))
    else:
        c.add("worksFor", Entity(org, "Organization"), 0.8)
    add_employer_place(m.group("o"), org, c)
    title = clean_object(m.group("job") or "")
    if title:
        c.add("jobTitle", title.lower(), 0.8)
    return True


def r_employee(m: re.Match[str], c: Clause) -> bool:
    """"i am an amazon employee": the employer named before "employee"."""
    if c.negated:
        return False
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    c.add("worksFor", Entity(org, "Organization"), 0.75)
    return True


def r_work_home(m: re.Match[str], c: Clause) -> bool:
    """"i work from home", "i work online": where the subject works, not an employer."""
    if c.negated:
        return False
    c.add("workLocation", Entity("home" if "home" in m.group("o").lower() else "online", "Place"), 0.7)
    title = clean_object(m.group("job") or "")
    if title:  # "i work from home as a freelance designer"
        c.add("jobTitle", title.lower(), 0.85)
    return True


def r_work_trade(m: re.Match[str], c: Clause) -> bool:
    """"i work retail", "i work in construction": the worker of the trade (a trade with a worker's name in common use)."""
    if c.negated:
        return False
    c.add("jobTitle", f"{m.group('o').lower()} worker", 0.75)
    return True


_BUSINESS = (r"(?:store|shop|restaurant|bakery|cafe|salon|bar|pub|daycare|business|company|farm|ranch|clinic|hotel|gym|"
             r"diner|deli|boutique|firm|agency|studio|nursery|kennel|garage|franchise|warehouse|branch|motel|bookstore|"
             r"food\s+truck|coffee\s+shop|gas\s+station|supermarket|factory|plant|mill|theater|theatre|club|school)")
#: "i run my business": no kind of place named
_UNNAMED_BUSINESS = frozenset("business company firm agency branch club school franchise".split())
#: "i manage a convenience store", "i run a daycare": the business one runs is where one works
R_RUN_BUSINESS = (rf"^(?:manage|manages|run|runs|operate|operates|co-own|co-owns)\s+(?:a|an|the|my|our|this|that|their)\s+"
                  rf"(?P<o>(?:[\w'-]+\s+){{0,3}}?{_BUSINESS}s?)\b")


#: "I opened a coffee shop last year", "we started our own company", "I founded a small bakery".
R_OPENED_BUSINESS = (rf"^(?:(?:just|recently|finally)\s+)?(?:opened|started|founded|co-founded|launched|set\s+up)\s+"
                     rf"(?:a|an|my|our)\s+(?:own\s+)?(?P<o>(?:[\w'-]+\s+){{0,3}}?{_BUSINESS})\b")


def r_opened_business(m: re.Match[str], c: Clause) -> bool:
    """A business the subject opened is one they founded (and run: "I opened a bakery" also works there)."""
    org = None if c.negated else clean_object(m.group("o"), "place")
    if not org:
        return False
    c.add("founded", Entity(org, "Organization"), 0.75, event=True)
    return True


def r_run_business(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"), "place")
    if not org or org.lower() in _UNNAMED_BUSINESS:
        return False
    org = business_name(m.string, m.end("o"), org)  # "a small bookstore called Page Turners": Page Turners
    c.add("worksFor", Entity(org, "Organization"), 0.75)
    add_employer_place(m.string[m.start("o"):], org, c)  # "I run a small coffee shop in Portland": where the work is
    return True


_MY_WORKPLACE_JOB = lazy(
    r"\bmy\s+(?:(?:boring|crummy|stressful|busy|full\s+time|part\s+time|day|night|regular|current)\s+)?"
    r"(?P<p>factory|office|hospital|retail|restaurant|warehouse|construction|fast\s+food|grocery\s+store|bank|hotel|"
    r"call\s+center|desk|retail\s+store|store|diner|bakery|coffee\s+shop|farm|mill|plant|airport|casino|"
    r"daycare|library|museum|school|post\s+office|gas\s+station)\s+(?:job|gig|shift)\b",
    re.I,
)
#: "i quit my factory job", "my old office job": a job no longer held; "if", "not": none stated
_NOT_HELD_JOB = lazy(r"\b(?:not|never|no|quit|quitting|lost|losing|left|leaving|leave|fired|former|old|last|previous|"
                     r"first|next|new|dream|future|ex|used\s+to|if|would|want|wanted|hope|miss)\b", re.I)


def workplace_job(clause: str) -> str | None:
    """The kind of place of "my factory job" said in ``clause`` (the speaker works at one), if said as held now.

    >>> workplace_job("i am home from my factory job"), workplace_job("i quit my office job")
    ('factory', None)
    """
    m = _MY_WORKPLACE_JOB.search(clause) if "job" in clause or "gig" in clause or "shift" in clause else None
    if m is None or _NOT_HELD_JOB.search(clause):
        return None
    place = " ".join(m.group("p").lower().split())
    return None if place == "desk" else place


#: "pictures of the mountains where i live", "in california , where i live", "vermont is where i live", "out of Raleigh,
#: which is where I live", "the big city i live in", "the ranch i live on", "ohio is the state i live in": the place named
_NOT_PLACE_WORD = r"(?!(?:in|on|at|by|near|from|to|around|of|the|a|an|and|is|i|we)\b)"
_WHERE_I_LIVE = lazy(
    rf"(?:^|[,.]\s*)(?P<r>(?:{_NOT_PLACE_WORD}[\w'-]+\s+){{0,2}}?{_NOT_PLACE_WORD}[\w'-]+)\s+is\s+the\s+(?:state|city|town|"
    r"country|county|village|island|province)\s+(?:that\s+)?(?:i|we)\s+(?:currently\s+|now\s+)?live\s+in\b"
    rf"|(?:^|\b(?:in|on|at|by|near|from|to|around|visit|of|the|a|an)\s+)(?P<p>(?:{_NOT_PLACE_WORD}[\w'-]+\s+){{0,2}}?"
    rf"{_NOT_PLACE_WORD}[\w'-]+)\s*,?\s+(?:is\s+|(?:that|which)\s+is\s+)?where\s+(?:i|we)\s+(?:currently\s+|now\s+|still\s+)?live\b"
    r"(?!\s+(?:is|was)\b)"
    rf"|\b(?:the|a|an|this)\s+(?P<q>(?:{_NOT_PLACE_WORD}[\w'-]+\s+){{0,2}}?{_NOT_PLACE_WORD}[\w'-]+)\s+(?:that\s+|which\s+)?"
    r"(?:i|we)\s+(?:currently\s+|now\s+)?live\s+(?P<on>in|on|at)\s*(?:[.!,?]|$|with\b|now\b|has\b|is\b)",
    re.I,
)
_NOT_HOMES = frozenset("that this it there here which what one state place area kind sort type".split())
_LIVED_ON = frozenset("farm ranch island boat houseboat street road lane avenue block base reservation estate hill mountain "
                      "coast lake river marina campus property homestead land acres".split())  # not "the pension i live on"


def home_before(sentence: str) -> str | None:
    """The place ``sentence`` names just before "where i live" or "i live in", if it names one.

    >>> home_before("i like walking her around new york city where i live ."), home_before("that is where i live")
    ('new york city', None)
    """
    m = _WHERE_I_LIVE.search(sentence) if " live" in sentence.lower() else None
    if m is None:
        return living_first(sentence)  # "living in tucson , i never need a coat"
    place = clean_object(m.group("r") or m.group("p") or m.group("q"), "place")
    if not place or place.lower() in _NOT_HOMES or place.lower().split()[0] in _NOT_HOMES:
        return None
    return None if (m.group("on") or "in").lower() != "in" and place.lower().split()[-1] not in _LIVED_ON else place


def r_job_at(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    if m.group("p").lower() == "as":
        c.add("jobTitle", org.lower(), 0.8)
        at = (where := AT_PLACE.search(m.group("o"))) and where.group("o")  # "a job as a teacher at Lincoln High"
        employer = clean_object(at, "place") if at else None
        if at and employer and (employer[:1].isupper() or at[:2].lower() in ("a ", "an")):  # or "at a diner in Tacoma"
            c.add("worksFor", Entity(employer, "Organization"), 0.8)
            add_job_place(at[at.lower().find(employer.lower()) + len(employer):], c)
    else:
        c.add("worksFor", Entity(org, "Organization"), 0.8)
    return True


def r_study_at(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"), "place")
    if not org:
        return False
    c.add(m.groupdict().get("pred") or "studiesAt", Entity(org, "Organization"), 0.8)
    return True


#: "(graduated from college) 3 years ago", "(...) last spring", "(...) in 2010": when, cut from the school
_AGO = lazy(r"\s+(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|many)\s+(?:years?|months?|weeks?)"
            r"\s+ago|(?:last|this)\s+(?:year|month|week|spring|summer|fall|winter|semester)|(?:back\s+)?in\s+(?:19|20)\d\d)\b.*$", re.I)


def r_school_go(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    verb = m.group("v").lower()
    if _TIME_START.match(m.group("o")):
        return False  # "graduated two years ago": when, not where
    org = clean_object(_AGO.sub("", m.group("o")), "place")
    if not org:
        return False
    past = verb in ("went", "graduated", "attended", "finished", "completed", "was", "were")
    c.add("educatedAt" if past else "studiesAt", Entity(org, "Organization"), 0.75)
    return True


_EVENT_OR_PLACE_EVENT = lazy(rf"^(?:(?:a|an|the|my|our|his|her|their|this|that)\s+)?(?P<e>{ADJ}{alts(EVENTS)}(?:\s+{alts(EVENTS)})*)\b", re.I)  # "a game convention"
_EVENT_OR_PLACE_SCHOOL = lazy(rf"^(?:(?:a|an|the|my)\s+)?(?P<s>{ADJ}{SCHOOLS}(?:\s+{SCHOOLS})*)\b(?:\s+(?P<p>at|in|of)\s+(?P<at>.+))?", re.I)
_WITH_SOMEONE = lazy(rf"(?:\s+{SCHOOLS}\b)*\s+(?:together|with)\b", re.I)
_MORE_SCHOOL = lazy(rf"(?:\s+{SCHOOLS}\b)+", re.I)
#: "been on my mind", "was in my head": where a thought is, not a place (nor "bed", "see a friend").
_NOT_A_PLACE = lazy(r"^(?:bed|sleep|work|home|school|church|the\s+\w+)$|^(?:see|meet|get|buy|watch|visit|pick|check|find|hear|listen|catch|grab|eat|play|help|cheer|celebrate|say|support)\b"
                    r"|^(?:my|your|his|her|our|their)\s+(?:mind|head|heart|thoughts|dreams?|radar|list|way)\b")


_DOING_OR_DONE_TO = lazy(r"^(?:[a-z]{2,}ing|given|told|asked|invited|supposed|shown|sent|taken|handed|offered|brought|bought|promised)\b",
                        re.I)


def event_or_place(m: re.Match[str], c: Clause) -> bool:
    """"went to X", "visited X", "attended X": an event, a school, or a place; "went on a road trip to Oregon": Oregon
    (a journey to nowhere said is no place)."""
    if c.negated:
        return False
    verb = m.group("v").lower()
    raw = m.group("o")
    if _SAME_PLACE.match(raw):
        return False  # "went to the same school as Priya": a tie (see .same_place), no school named
    prep = (m.group("prep") or "").strip().lower()
    journey = JOURNEY.match(raw) if prep in ("on", "from") else None
    if journey is not None:
        if not journey.group("o"):
            return False
        raw = journey.group("o")
    elif prep == "from" and not raw[:1].isupper():
        return False  # "I just got back from Iceland" (or "from a trip to Iceland"), not "from the doctor"
    low = raw.lower()
    if verb in ("was", "were") and _DOING_OR_DONE_TO.match(raw):
        return False  # "I was playing video games", "we were given a new game": what one did or got, no event attended
    event = _EVENT_OR_PLACE_EVENT.match(raw)
    if event:
        c.add("attended", Entity(event.group("e"), "Event"), 0.8, event=True)
        return True
    if verb == "went" and prep == "to" and (studied := studied_at(raw)):
        c.add("educatedAt", Entity(studied, "Organization"), 0.75)  # "I went to Tulane for law school": Tulane
        return True
    school = _EVENT_OR_PLACE_SCHOOL.match(raw)
    if school and verb in ("went", "attended", "attend", "attends", "go", "goes", "graduated"):
        if _WITH_SOMEONE.match(raw, school.end()):
            return True  # "went to high school with her": a schoolmate (see .people), no school named
        more = _MORE_SCHOOL.match(raw, school.end("s"))  # "high" + " school", not "high"
        name = named_school(school.group("s") + (more.group(0) if more else ""), school.group("p"), school.group("at"))
        past = verb in ("went", "attended", "graduated")
        c.add("educatedAt" if past else "studiesAt", Entity(name, "Organization"), 0.7)
        return True
    if (verb in ("go", "goes", "went") and (m.group("prep") or "").strip().lower() == "to"
            and (school_said := school_gone_to(verb, raw, c.sentence))):  # "my daughter goes to Stanford"
        c.add(school_said[0], Entity(school_said[1], "Organization"), school_said[2])
        return True
    if verb in ("go", "goes", "attend", "attends"):
        return False
    prep = m.group("prep")
    if verb in ("was", "were", "been", "have been", "has been", "had been", "ran", "competed", "participated", "performed") and not prep:
        return False
    if verb in ("was", "were") and not (raw[:1].isupper() or find_time(c.sentence, c.turn.time, "en")) \
            or verb == "went" and not prep and not raw[:1].isupper():
        return False  # "I went freelance", "went vegan", "went viral": a change, no place
    if verb in ("was", "were", "been", "have been", "has been", "had been") and stay_told(raw, c.sentence):
        return False  # "I've been at Pinewood Realty eleven years", "was at Ogilvy before this": where one stays, no visit
    if verb.startswith("visit"):
        raw = place_of_people_visited(raw) or raw  # "visited Tom in Boston": Boston
    place = clean_object(raw, "place")
    if not place or place.lower() in GENERIC_PLACES or _NOT_A_PLACE.match(low):
        return False
    if place.lower().split()[0] in GENERIC_PLACES:
        return False
    if place.lower().endswith("ing") or (prep or "").strip().lower() == "on" and not place[:1].isupper():
        return False  # "went shopping": an outing; "drove on the highway", "was on the bus": a way, no place visited
    if went_to_school_together(c.sentence, place):
        return True  # "Tom and I went to NYU": their school (see .alumni), no visit
    capital = place[0].isupper()
    c.add("visited", Entity(place, "Place"), 0.8 if capital else 0.6, event=True)
    return True


_WORKPLACE_TITLE = lazy(
    r"^(?P<p>factory|grocery\s+store|hospital|bank|hotel|coffee\s+shop|bookstore|book\s+store|daycare|warehouse|restaurant|"
    r"diner|deli|bakery|gas\s+station|supermarket|mall|casino|zoo|school|pharmacy|post\s+office|library|museum|"
    r"call\s+center|construction|nursing\s+home|retail|department\s+store|fast\s+food)\s+"
    r"(?P<j>worker|employee|clerk|cashier|teller|manager|janitor|guard|attendant|receptionist|nurse|teacher|cook|"
    r"waiter|waitress|librarian|stocker)$",
    re.I,
)


def workplace_of(title: str) -> str | None:
    """The kind of place a job title names ("factory worker" works at a factory), if it names one.

    >>> workplace_of("factory worker"), workplace_of("school teacher"), workplace_of("dog walker")
    ('factory', 'school', None)
    """
    m = _WORKPLACE_TITLE.match(" ".join(title.split()))
    return " ".join(m.group("p").lower().split()) if m else None

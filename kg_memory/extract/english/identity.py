"""English rules about who the subject is: the copula ("I am a nurse"), age, origin, studies and
degrees, marital status, partners and acquaintances, names. What the subject has ("I have two sisters") is
read in :mod:`.possessions`.

Each rule is ``rule(match, clause) -> bool`` (see :mod:`kg_memory.extract.framework`); the tables
in :mod:`.tables` decide which pattern leads to which rule.
"""

from __future__ import annotations

import re

from ...gazetteer import gazetteer_id
from ...types import Entity
from ..framework import Clause, Rule, RuleTable, lazy
from ..pronouns import gender_of_noun
from ..title_praise import praise_length
from .acted import acted_out, role_in_play
from .ages_told import age_after_copula
from .copula_names import copula_name
from .judged_doers import bad_doer, doer_activity
from .lexicon import (
    DEGREE_WORD,
    DEGREES,
    DEMONYMS,
    DIETS,
    GENDERS,
    GENERIC_PLACES,
    GENERIC_SCHOOLS,
    JOB_SUFFIX,
    JOBS_SET,
    KIN_PREDICATE,
    MARITAL_STATUS,
    NAME,
    NOT_CALLED,
    NOT_FIELDS,
    ONE_SIDE,
    RELIGIONS,
    SCHOOLS,
    STOP,
    TRAIT_NOUNS,
    TRAITS,
    alts,
)
from .objects import (
    LEAD,
    called_name,
    clean_object,
    is_job,
    object_list,
    owned_entity,
    plausible_name,
    with_region,
)
from .places import DWELLING_IN, NUMBERED_SPOT, add_employer_place, add_job_place, employer_after_job, r_study_at
from .schools import student_from_school
from .stays import stay_or_home
from .trips_planned import TIME_TO_COME

_COPULA_LEAD = lazy(
    r"^(?:(?:a|an|the|very|really|pretty|so|quite|a\s+bit|a\s+little|little|kind\s+of|kinda|extremely|incredibly|morbidly|partially|partly|"
    r"legally|completely|totally|mostly|slightly|severely|mildly|"
    r"super|too|proud|happily|currently|still|now|fully|recent|recently|newly|just|soon\s+to\s+be|strictly|strict|"
    r"practicing|practising)\s+)+"
)
_MAJOR = lazy(
    r"^(?P<f>[a-z][\w\s-]*?)\s+(?:major|majors)\b(?!\s+(?:in|of)\b)(?:\s+at\s+(?P<at>.+))?"
    r"|^(?P<f2>[a-z]+(?:ology|ics|istry|omy|graphy)|(?:computer\s+|political\s+|data\s+)?science|history|english|math|art|"
    r"music|film|law|medicine|business|education|(?:graphic\s+|interior\s+|fashion\s+)?design|fashion|journalism|literature|"
    r"philosophy|nursing|(?:physical|occupational|speech|respiratory|massage)\s+therapy|social\s+work|criminal\s+justice|"
    r"public\s+health|dental\s+hygiene|pharmacy|(?:civil\s+|mechanical\s+|electrical\s+|chemical\s+)?"
    r"engineering|architecture|accounting|finance|marketing)\s+student\b(?:\s+(?P<prep>at|from)\s+(?P<at2>.+))?"
)
_GOOD_AT_NOUN = lazy(
    r"^(?:(?:really|very|pretty|quite|so|such\s+an?)\s+)?(?:good|great|excellent|amazing|awesome|talented|skilled|decent|"
    r"fantastic|terrific|fast|strong|natural|gifted|expert|accomplished)\s+(?P<n>[a-z]+)\s*(?:[.!,;]|$|and\b|but\b|too\b|so\b)"
)
#: The verbs before a degree: held ("have", "earned") or under way (``now``: "am doing", "is pursuing").
DEGREE_VERB = (r"^(?:(?P<now>(?:(?:am|is|are)\s+)?(?:getting|working\s+on|pursuing|doing|studying\s+for))|have|has|got|earned|did|"
               r"hold|holds|received|completed|finished|graduated\s+with|just\s+got|just\s+finished)")
#: "a master's in Italian", "my degree in statistics", "a computer science degree", "a master's degree in economics"
#: (after a verb or "my"), and where: "a PhD at Stanford", "a degree in law from Yale" (``at``).
DEGREE = (rf"(?:(?:a|an|my|the|two|both|double|another)\s+)?(?P<kind>(?:[\w'.]+\s+){{1,3}}?)??(?P<deg>{DEGREE_WORD})\b\.?"
          r"(?:\s+degrees?\b)?(?:\s+(?:in|on)\s+(?P<f>(?:(?!\s+(?:at|from)\s).)+))?(?:\s+(?:at|from)\s+(?P<at>.+))?")
_LIKE_FILLER = lazy(r"^like\s+(?=\w+(?:ing|ed)\b)", re.I)
_HEIGHT = lazy(r"^(?:(?:almost|about|nearly|over|under|around|just\s+over|just\s+under)\s+)?(?P<h>(?:\d|five|six|seven|four)\s*(?:feet|foot|ft|')(?:\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?:\s*(?:inches|inch|in|\"))?)?(?:\s+tall)?)(?=\s*(?:[.!,;]|$|and\b|but\b|so\b))", re.I)


_R_COPULA_FAN = lazy(r"^(?:a\s+)?(?:big\s+|huge\s+)?(?:fan|lover)\s+of\s+(?P<o>.+)|^(?:into|fond\s+of|keen\s+on)\s+(?P<o2>.+)", re.I)
#: "(a student) studying nursing", "(a nurse) working at a clinic", "(a teacher) living in Ohio": the job, then what or where
_JOB_DOING = lazy(r"^(?P<j>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?P<v>working|studying|majoring|interning|teaching|living|attending|"
                  r"based|residing)\b", re.I)
_R_COPULA_PROG = lazy(r"^(?:working|interning|taking|preparing|prepping|cramming|living|studying|staying|employed|based|located|stationed|renting|leasing|majoring|learning|"
                    r"planning|hoping|trying|going|saving|moving|playing|training|married|dating|"
                    r"teaching|volunteering|originally\s+from|from|in|at|into|obsessed|addicted|"
                    r"passionate|crazy|fond|keen|a\s+member|member|part|fluent|good|great|"
                    r"skilled|talented|afraid|scared|terrified|allergic|born|also|excellent|amazing|"
                    r"awesome|decent|pretty|really|very|quite|so|proficient|experienced|gifted|"
                    r"getting|raised|grew|studying|visiting|thinking|considering|becoming|flying|heading|headed|driving|"
                    r"traveling|travelling|off)\b|^(?=(?:[\w.-]+[\s-]+){0,6}(?:pregnant|preggo|preggers)\b)")  # "6 months pregnant"
#: "(am) married to Tom", "dating a teacher called Mia": the partner, and the job said before the name (not "seeing a doctor")
_A_JOB_NAMED = rf"(?i:an?)\s+(?P<j>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s+(?i:named|called)\s+(?P<n>{NAME})(?![\w'-])"
_R_COPULA_MAR = lazy(rf"\b(?:(?P<v>married|engaged)\s+to\s+(?P<n0>{NAME})|(?P<d>dating)\s+{_A_JOB_NAMED})")
_ONE_NAMED = frozenset("man woman guy girl lady gentleman boy person".split())  # "(married to) a man named Tom": no job
_R_MARITAL_EVENT_JOB = lazy(_A_JOB_NAMED)  # "(married to) a teacher named Tom": the spouse named, and their job
#: "on a keto diet", "on a low carb diet": the diet; "on a diet", "on a strict diet": dieting (not "a diet of pizza")
_R_COPULA_ONDIET = lazy(r"^on\s+(?:a|the|my)\s+(?:(?:strict|new|special|serious|real|big|little|crash|very)\s+)*"
                        r"(?P<d>[\w-]+(?:\s+[\w-]+)?\s+)?diet\b(?!\s+(?:of|plan|book|pills?|soda|coke|drinks?|sodas)\b)")
_GENDER_NOUN_PHRASE = lazy(r"^(?:man|girl|boy|guy|lady|woman)\s+(?:who|of|that)")
#: "(my parents are) both retired teachers", "(my sisters are) nurses": the job of each of several
_PLURAL_JOB = lazy(r"^(?:both\s+|all\s+)?(?P<j>(?:retired\s+)?(?P<t>[a-z]+(?:\s+[a-z]+)?))s$")
_R_COPULA_PARENT = lazy(r"^(?:stay\s+at\s+home|stay-at-home|single|working|proud|new|first\s+time|full\s+time)?\s*(?P<k>mom|mother|dad|father|mommy|grandma|grandmother|grandpa|grandfather|parent)\b(?P<of>\s+of\s+(?:my|your|his|her|our|their|the)\b)?")
_R_COPULA_HAIR = lazy(r"^(?:a\s+)?(?:natural\s+)?(?P<t>" + alts(TRAIT_NOUNS) + r")\b")
#: "short on cash"; "old enough to drive": over a line, not old ("short for my age" is short); "a creative director", "the artistic lead": a job
_R_COPULA_TRAIT = lazy(r"^(?!(?:creative|artistic)\s+(?:director|lead|producer|writer|manager|designer|officer|strategist)s?\b)"
                       r"(?P<t>" + alts(TRAITS) + r")\b(?!\s+(?:of|to|that|about|with|for(?!\s+(?:my|his|her|a|an)\s+(?:age|size|height|girl|guy|woman|man|kid)\b)|in(?!" + ONE_SIDE + r")|on|enough|friendly)\b)")
#: "too tall to dance", "too short for that": after "too" the "to"/"for" that follows says what for, not of what
_R_COPULA_TRAIT_TOO = lazy(r"^(?P<t>" + alts(TRAITS) + r")\b(?!\s+(?:of|that|about|with|in|enough)\b)")
_TOO = lazy(r"^(?:(?:a\s+little|a\s+bit|way|much|far|just|really|so)\s+)?too\s", re.I)
#: "(i am) fat and short", "tall , blonde and skinny": the traits listed after the first
_R_MORE_TRAITS = lazy(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:very|really|pretty|quite|super|so|kind\s+of|a\s+bit|a\s+little)\s+)?"
                      r"(?P<t>" + alts(TRAITS) + r")\b(?!\s+(?:of|to|that|about|with|for|in|enough)\b)")
_R_COPULA_JOB = lazy(r"^(?:an?\s+|the\s+)(?P<j>.+)", re.I)
_R_COPULA_FAN2 = lazy(r"^(?:big\s+|huge\s+|avid\s+|massive\s+|die\s+hard\s+)?(?:fan|lover)\s+of\s+(?P<o>.+)|^(?:(?:big|huge|avid|massive|die\s*hard|true|loyal|great|total)\s+)?(?!(?:big|huge|true|great|total)\s)(?P<o2>[\w\s-]+?)\s+(?:fan|lover|enthusiast|nerd|junkie|addict|fanatic|buff)\b", re.I)
_STUDENT_WORD = lazy(r"^(?:student|freshman|sophomore|junior|senior)\b")
#: "(married) with two kids"
_WITH_KIDS = lazy(r"\s+with\s+(?P<num>two|three|four|five|six|2|3|4|5|6)\s+(?P<k>kids|children|sons|daughters|boys|girls)\b")
#: ", a nurse from Leeds" after "I am Jennifer Walker": what the speaker is, said after the name
_APPOSITIVE_JOB = lazy(r"(?<=,)\s*(?P<j>(?:an?)\s+[a-z].*)", re.I)
#: Words praising or blaming one at a job, no part of it: "the best doctor", "a terrific actor", "one sorry cop".
_PRAISE = lazy(r"^(?:(?:best|worst|greatest|toughest|smartest|finest|nicest|coolest|hottest|sexiest|funniest|"
               r"terrific|wonderful|amazing|excellent|brilliant|fantastic|awesome|terrible|awful|lousy|sorry|one)\s+)+"
               r"(?=[a-z])")
#: "(a) nurse called Ann", "(an) actor, name's Joey": the job, then the subject's own name (not "a nurse at a
#: hospital called Mercy": the name follows the job's own words)
_JOB_NAMED = lazy(rf"^(?P<j>(?:[\w'-]+\s+){{0,2}}?[\w'-]+)(?:\s+(?:named|called)|\s*,\s*(?:(?:the|my)\s+)?name\s+is)\s+"
                  rf"(?P<n>{NAME})\s*(?:[.!,;]|$)")
_JOB_OF = lazy(r"(?P<j>[\w'-]+(?:\s+[\w'-]+)?)\s+of\s+", re.I)
#: "(a nurse) from Leeds": where the subject comes from
_FROM_PLACE = lazy(r"\s+from\s+(?P<o>.+)", re.I)
_WITH_LOOKS = lazy(r"\s*,?\s+with\s+(?P<t>(?:[\w'-]+\s+){0,2}(?:hair|eyes|skin|beard|mustache|moustache|tattoos?|piercings?|"
                   r"freckles|glasses|braces|dimples|scars?|dreadlocks|dreads))\b", re.I)


#: "(a fan of) this genre", "that kind of music", "these shows": a thing pointed at, named elsewhere if at all
_THIS_KIND = lazy(r"^(?:this|that|these|those|such)\s+(?:[a-z'-]+\s+){0,2}?(?:genre|kind|type|sort|style|stuff|things?|one|ones|"
                  r"shows?|bands?|games?|songs?|music|books?|series|movies?|films?|teams?|guys?|places?|artists?|authors?)s?\b"
                  r"(?:\s+of\s+[a-z]+)?\s*[.!?,]*$")
_STUDENT_TITLES = ("student", "freshman", "sophomore", "junior", "senior")
def copula_rule(after_copula: RuleTable) -> Rule:
    """The rule for everything after "am/is/are": job, trait, diet, religion, gender, origin, likes...

    ``after_copula`` holds the progressive and passive forms ("am working at", "am based in"), tried first.
    """

    def r_copula(m: re.Match[str], c: Clause) -> bool:
        return read(m.group("o"), c)

    def read(text: str, c: Clause) -> bool:
        rest = _LIKE_FILLER.sub("", text.strip())
        low = rest.lower()
        if c.negated:
            fan = _R_COPULA_FAN.match(rest)
            if fan:
                for obj in object_list(fan.group("o") or fan.group("o2")):
                    c.add("dislikes", Entity(obj, "Thing"), 0.7)
                return True
            return False
        # progressive and passive forms: "am working at", "am based in"
        prog = _R_COPULA_PROG.match(low)
        if prog and after_copula.apply(rest, c):
            return True
        if age_after_copula(rest, c, read):  # "(i am) 29", "(she is) forty, divorced"
            return True
        height = _HEIGHT.match(rest)
        if height:
            c.add("trait", height.group("h").lower() if height.group("h").lower().endswith("tall") else height.group("h").lower() + " tall", 0.7)
            return True
        words = _COPULA_LEAD.sub("", low).rstrip(".!,;: ")
        first = words.split(" ", 1)[0] if words else ""
        two = " ".join(words.split()[:2])
        mar = _R_COPULA_MAR.search(rest)
        if mar and (mar.group("v") or is_job(mar.group("j").lower()) or mar.group("j").lower() in _ONE_NAMED):
            married = mar.group("v") == "married" and not re.search(r"\bgetting\s+$", rest[:mar.start()], re.I)
            person = Entity(mar.group("n0") or mar.group("n"), "Person")
            c.add("spouse" if married else "partner", person, 0.85)  # "getting married to": engaged
            if mar.group("v"):
                c.add("maritalStatus", "married" if married else "engaged", 0.8)
            if mar.group("j") and mar.group("j").lower() not in _ONE_NAMED:  # "dating a nurse named Mia": a nurse
                c.out.append((person, "jobTitle", mar.group("j").lower(), round(0.75 * c.weight, 2), None))
            c.discourse.mention(c.turn, person)
            return True
        if first in MARITAL_STATUS and not _MARRIED_TO_THING.match(words.split(" ", 1)[-1]) and not low.startswith("the "):
            c.add("maritalStatus", MARITAL_STATUS[first], 0.8)
            kids = _WITH_KIDS.match(words, len(first))
            if kids and c.subject.type == "Person":  # "i am married with two kids"
                c.add("child", owned_entity(c.subject, f"{kids.group('num')} {kids.group('k')}", "Person", None), 0.7)
            return True
        judged = praise_length(words)  # "a good law student": the student of law, read past the praise
        major = _MAJOR.match(words[judged:])
        if major:
            if major.group("f2"):
                c.add("jobTitle", "student", 0.8)  # "a biology student" is a student of biology
            school_at = "at" if major.group("at") else "at2" if major.group("at2") else None
            if school_at:  # "a chemistry major at UCLA", "a nursing student from Trinity": the school too, written as said
                lead = len(low) - len(_COPULA_LEAD.sub("", low)) + judged
                at = re.match(r"(?P<o>[A-Z].*)", rest[lead + major.start(school_at):lead + major.end(school_at)])
                if at is not None and (major.group("prep") != "from"
                                       or student_from_school(f"{major.group('f2')} student", at.group("o"))):
                    r_study_at(at, c)  # (one "from" a town or a region is from there: no school)
            return add_field(major.group("f") or major.group("f2"), c, 0.8)
        if (rest[:2].lower() in ("a ", "an") or rest[:5].lower() == "such ") and _skill_noun(words, c):  # "such a lousy driver"
            return True
        diet = next((v for k, v in DIETS.items() if words.startswith(k) and not words[len(k):len(k) + 1].isalpha()
                     and not words.startswith(k + " friendly")), None)  # "paleo", not "paleontologist"
        if diet:
            c.add("diet", diet, 0.85)
            return True
        ondiet = _R_COPULA_ONDIET.match(words)
        if ondiet:
            c.add("diet", ondiet.group("d").strip() if ondiet.group("d") else "dieting", 0.8)
            return True
        if first in RELIGIONS and (len(words.split()) == 1 or words.split()[1] in ("and", "but", "so", "too", "now", "though", "by", "who")):
            c.add("religion", RELIGIONS[first], 0.85)
            return True
        if first in GENDERS and len(words.split()) <= 2 and not _GENDER_NOUN_PHRASE.match(words) \
                and not low.startswith("the "):  # "LeBron is the man": praise, no gender
            c.add("gender", GENDERS[first], 0.8)
            return True
        demonym = two if two in DEMONYMS else first
        if demonym in DEMONYMS and (len(words.split()) <= len(demonym.split()) or words.split()[len(demonym.split())] in ("and", "but", "so", "too", "now", "though", "citizen")):
            c.add("nationality", Entity(DEMONYMS[demonym], "Place"), 0.75)
            return True
        if (jobs := _PLURAL_JOB.match(words)) and c.subject.label.endswith("s") and jobs.group("t") in JOBS_SET:
            c.add("jobTitle", jobs.group("j"), 0.75)
            return True
        retired_job = first == "retired" and is_job(clean_object(words[len(first):]) or "")  # "a retired nurse": the job
        if (first in ("retired", "unemployed", "jobless", "self-employed", "homeless") or two == "self employed") and not retired_job:
            c.add("jobTitle" if first != "homeless" else "trait", "self-employed" if two == "self employed" else first, 0.8)
            return True
        parent = _R_COPULA_PARENT.match(words)
        if parent:
            k = parent.group("k")
            if words.startswith(("stay at home", "stay-at-home")):
                c.add("jobTitle", f"stay at home {k}", 0.8)
            gender = gender_of_noun(k)
            if gender and c.subject.type == "Person":
                c.add("gender", gender, 0.6)
            label, kin = ("grandchildren", "relative") if k.startswith("grand") else ("children", "child")
            if not parent.group("of"):  # "the father of my baby": the child is the speaker's, not one of his own
                c.add(kin, owned_entity(c.subject, label, "Person", None), 0.6)
            return True
        hair = _R_COPULA_HAIR.match(words)
        if hair:
            c.add("trait", hair.group("t"), 0.75)
            return True
        trait = _R_COPULA_TRAIT.match(words) or (_R_COPULA_TRAIT_TOO.match(words) if _TOO.match(low) else None)
        if trait and trait.group("t") != "allergic":
            if acted_out(c.turn.text, trait.group("t")):
                return True  # "I'm old! I'm tired! I'm hot, I'm cold!": a range shown, no trait
            c.add("trait", trait.group("t"), 0.7)
            more, end = _R_MORE_TRAITS.match(words, trait.end()), trait.end()
            while more is not None and more.group("t") != "allergic":
                c.add("trait", more.group("t"), 0.65)
                end = more.end()
                more = _R_MORE_TRAITS.match(words, end)
            return True
        # "a nurse", "a high school teacher at Mercy", "a student at UCLA"
        job = _R_COPULA_JOB.match(rest)
        if job:
            raw = job.group("j")
            named = _JOB_NAMED.match(raw)
            if named and is_job(clean_object(named.group("j")) or ""):  # "a nurse called Ann", "an actor, name's Joey"
                if named.group("n").split()[0].lower() not in STOP and plausible_name(named.group("n")):
                    c.add("name", named.group("n"), 0.7)
                raw = named.group("j")
            phrase = clean_object(raw)
            head = _JOB_OF.match(phrase) if phrase and not is_job(phrase) else None
            if head and head.group("j").lower().split()[-1] in JOBS_SET:  # "the producer of the show", "the manager of the store"
                phrase = head.group("j")
            doing = _JOB_DOING.match(raw) if phrase and not is_job(phrase) else None
            if doing and is_job(clean_object(doing.group("j")) or ""):  # "a college student studying nursing"
                c.add("jobTitle", (clean_object(doing.group("j")) or "").lower(), 0.85)
                after_copula.apply(raw[doing.start("v"):], c)
                return True
            if phrase and is_job(phrase, c.turn.text) and not role_in_play(rest, c.turn.text):  # "I'm the driver" of a trip
                title = _PRAISE.sub("", phrase.lower())  # "the toughest paleontologist I know": a paleontologist
                c.add("jobTitle", title, 0.85)
                where = employer_after_job(raw[len(phrase):])
                looks = _WITH_LOOKS.match(raw, len(phrase)) if raw.lower().startswith(phrase.lower()) else None
                if looks:  # "a surfer with blue hair": a look, not an employer
                    c.add("trait", LEAD.sub("", looks.group("t")).lower(), 0.7)
                    where = None
                if where and not title.startswith(("retired ", "former ", "ex-", "ex ")):  # "a retired nurse at Mercy": no more
                    org = clean_object(where.group("o"), "place")
                    if org and org.lower() not in ("place", "there", "here", "it"):  # "a chef at that place": no name
                        studies = title.split()[-1] in ("student", "freshman", "sophomore", "junior", "senior")
                        c.add("studiesAt" if studies else "worksFor", Entity(org, "Organization"), 0.8)
                        if studies:  # "a grad student at Michigan studying epidemiology": the field too
                            after_copula.apply(raw[len(phrase) + where.end():].strip(), c)
                        else:  # "a nurse at a hospital in Denver": where the job is
                            add_employer_place(where.group("o"), org, c)
                elif not title.startswith(("retired ", "former ", "ex-", "ex ")) and title.split()[-1] not in _STUDENT_TITLES:
                    add_job_place(raw[len(phrase):] if raw.lower().startswith(phrase.lower()) else "", c, title)
                origin = _FROM_PLACE.match(raw, len(phrase)) if raw.lower().startswith(phrase.lower()) else None
                place = clean_object(origin.group("o"), "place") if origin else None
                if place and place.lower() not in GENERIC_PLACES and student_from_school(title, place):
                    c.add("studiesAt", Entity(place, "Organization"), 0.7)  # "a med student from Trinity": the school
                elif place and place.lower() not in GENERIC_PLACES:  # "a nurse from Leeds"
                    c.add("hometown", Entity(place, "Place"), 0.7)
                return True
            fan = _R_COPULA_FAN2.match(raw)
            if fan and _THIS_KIND.match(fan.group("o") or fan.group("o2")):
                return True  # "a fan of this genre", "a fan of that stuff": what is liked is said before, not here
            if fan:
                for obj in object_list(fan.group("o") or fan.group("o2")):  # "a fan of a show called Severance"
                    c.add("likes", Entity(called_name(obj), "Thing"), 0.75)
                return True
            return False
        if _STUDENT_WORD.match(words):
            c.add("jobTitle", "student", 0.8)
            return True
        name = copula_name(rest, c)  # "I'm Sam", "I am Sam from Chicago"; not "We are Bings!"
        if name and name.group("n").split()[0].lower() not in STOP and name.group("n").lower() not in DEMONYMS:
            c.add("name", name.group("n"), 0.7)
            if "o" in name.re.groupindex and (place := clean_object(name.group("o"), "place")):
                c.add("hometown", Entity(place, "Place"), 0.7)  # "I'm Sam from Chicago"
            job_after = _APPOSITIVE_JOB.match(rest, name.end())
            if job_after:  # "I am Jennifer Walker, a nurse from Leeds": the job and home town too
                read(job_after.group("j"), c)
            return True
        return False

    return r_copula


#: A time, not a place: "the 90s", "the eighties", "hard times", "the bad years", "the war".
_A_TIME = lazy(r"(?:^|\s)(?:'?\d0s|\d{4}s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|"
               r"(?:years|times|days|era|decade|war|depression|pandemic))$", re.I)


#: A kind of place, no place named: "small town", "a village", "the countryside", "a farm".
_KIND_OF_PLACE = lazy(r"^(?:[\w'-]+\s+){0,2}?(?:town|city|village|hamlet|countryside|country|suburbs?|farm|ranch|"
                      r"neighbou?rhood|area|place|community|island|coast|house|home|family|household)$")

#: "the suburbs of Chicago", "a rough part of Chicago": the place named
_PART_OF = lazy(r"^(?:[\w'-]+\s+){0,2}?(?:suburbs?|outskirts|part|side)\s+of\s+(?P<o>.+)$")


def r_from(m: re.Match[str], c: Clause) -> bool:
    """"I am from Ohio", "I grew up in Ohio": where the subject comes from, not where they live."""
    if c.negated:
        return False
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in GENERIC_PLACES or re.match(r"(?:your|his|her|their)\s", m.group("o"), re.I):
        return False  # "I grew up on your block": someone else's place, no town
    if _A_TIME.search(place):
        return False  # "I grew up in the 90s", "in the bad years": when, not where
    dwelling = DWELLING_IN.search(m.group("o")) or _PART_OF.match(place)
    if dwelling:  # "a small town in Ohio": the place the town is in
        place = clean_object(dwelling.group("o"), "place") or place
    elif _KIND_OF_PLACE.match(place):
        return False  # "I grew up in a small town", "on a farm": no place named
    c.add("hometown", Entity(place, "Place"), 0.7)
    return True


def r_trait_change(m: re.Match[str], c: Clause) -> bool:
    """"am going bald", "am getting grey": a trait."""
    if c.negated:
        return False
    c.add("trait", m.group("t").lower(), 0.65)
    return True


def add_field(raw: str, c: Clause, confidence: float) -> bool:
    """A field of study ("economics", "computer science"), unless it reads as something else."""
    field_ = clean_object(_FIELD_TAIL.sub("", raw))
    if not field_ or field_.split()[0].lower() in NOT_FIELDS or is_job(field_) and not field_.lower().endswith("science"):
        return False
    c.add("fieldOfStudy", Entity(field_, "Thing"), confidence)
    return True


_IN_FIELD = lazy(r"^in\s+", re.I)


def r_study_field_at(m: re.Match[str], c: Clause) -> bool:
    """"I study law at Yale": the school and the field (``f``); "I studied economics at Stanford": studies over, the
    school one was educated at (as "I went to Stanford"); "I studied computer science in college": the field alone, as
    a school named by its kind alone ("college") says nothing of which, once the studies are over."""
    if c.negated:
        return False
    field_ = bool(m.group("f")) and add_field(_IN_FIELD.sub("", m.group("f")), c, 0.75)  # "majored in history at UCLA"
    school = clean_object(m.group("o"), "place")
    town = school and m.string[:m.start("o")].rstrip().lower().endswith(" in") and not _SCHOOL_WORD.search(school)
    if school and (gazetteer_id(school, "Place") or town) and not gazetteer_id(school, "Organization"):
        # "my sister studies in Canada", "studying medicine in Dublin" (a school is studied "at"): she lives there
        if not m.group("v").lower().endswith("ed"):
            c.add("livesIn", Entity(school, "Place"), 0.6)
        return True  # "I studied in Paris for a year": where, no school (nor a field "Paris")
    if school and m.group("v").lower().endswith("ed"):
        if school.lower() not in GENERIC_SCHOOLS:  # "i studied in college": nothing more to read
            c.add("educatedAt", Entity(school, "Organization"), 0.8)
        return True
    return r_study_at(m, c) or field_


_SCHOOL_WORD = lazy(rf"\b{SCHOOLS}\b", re.I)
_R_STUDY_BECOME = lazy(r"^to\s+(?:be(?:come)?\s+)?(?:an?\s+)?(?P<o>.+)", re.I)


def r_study(m: re.Match[str], c: Clause) -> bool:
    """"I study economics", "I am majoring in biology"; "studying to be a nurse" is a goal."""
    if c.negated:
        return False
    raw = m.group("o")
    become = _R_STUDY_BECOME.match(raw)
    if become:
        obj = clean_object(become.group("o"))
        if obj and is_job(obj):
            c.add("goal", Entity(f"become {obj}", "Thing"), 0.65)
            return True
        return False
    return add_field(raw, c, 0.75)


def degree_facts(m: re.Match[str]) -> list[tuple[str, Entity | str, float]]:
    """``degree`` (and ``fieldOfStudy``) from a match of :data:`DEGREE`."""
    kind = (m.group("kind") or "").strip().lower()
    deg = m.group("deg").lower()
    field_ = clean_object(m.group("f")) if m.group("f") else None
    degree = DEGREES.get(kind)
    if degree is None and kind:
        field_ = field_ or clean_object(kind)
    if degree is None:
        degree = "degree" if deg.startswith("degree") else DEGREES.get(deg.rstrip("."), DEGREES.get(deg.replace(".", ""), deg))
    out: list[tuple[str, Entity | str, float]] = [("degree", f"{degree} in {field_}" if field_ else degree, 0.85)]
    if field_:
        out.append(("fieldOfStudy", Entity(field_, "Thing"), 0.8))
    return out


def r_degree(m: re.Match[str], c: Clause) -> bool:
    """"I have a master's in Italian", "I have a degree in statistics", "a statistics degree"; "I'm doing a PhD at
    Stanford" studies there, "I have a PhD from MIT" studied there."""
    if c.negated:
        return False
    for predicate, obj, confidence in degree_facts(m):
        c.add(predicate, obj, confidence)
    school = clean_object(m.group("at"), "place") if m.group("at") else None
    if school and school.lower() not in GENERIC_PLACES and school.lower() not in GENERIC_SCHOOLS:
        c.add("studiesAt" if m.group("now") else "educatedAt", Entity(school, "Organization"), 0.8)
    return True


_R_MARITAL_EVENT_NAMED = lazy(rf"(?P<n>{NAME})\b")
#: "married to it", "married to my job": devoted to a thing, not a marital status.
_MARRIED_TO_THING = lazy(r"^to\s+(?:it|this|that|them|work|music|(?:my|the|his|her)\s+(?:job|work|career|phone|"
                         r"craft|art|music|business|computer|books?|couch|bed|game|team|church|sea|military|army))\b", re.I)
_R_MARITAL_EVENT_MINE = lazy(r"(?:my|our)\s+", re.I)
#: "(engaged to) his girlfriend Mia", "(marrying) her college sweetheart, Ben": the partner named after the word for one
_LOVER_NAMED = lazy(r"^(?i:my|our|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?i:girlfriend|boyfriend|fianc[eé]e?|partner|"
                    r"sweetheart|love|sweetie|longtime\s+love)\s*,?\s+(?=[A-Z])")


_TO_COME = lazy(r"^(?:(?:just|recently|finally|soon)\s+)?(?:get|getting)\s+married\b", re.I)
_EVER_MARRIED = lazy(r"^(?:have|has)\s+been\s+(?:married|engaged)\s*(?:$|[.,!?;]|(?:twice|once|before|and|but|"
                     r"(?:two|three|four|five|several|many|\d+)\s+times)\b)", re.I)  # "been married twice": not now


def r_marital_event(m: re.Match[str], c: Clause) -> bool:
    """"got married (to ...)", "have been married for years", "was recently divorced"."""
    to = m.group("to")
    if c.negated or to and _MARRIED_TO_THING.match(f"to {to}") or _EVER_MARRIED.match(m.string, m.start()):
        return False
    status = MARITAL_STATUS.get(m.group("s").lower(), "engaged")  # "she is marrying Ben": engaged until the wedding
    to = to and _LOVER_NAMED.sub("", to, count=1)
    if status == "married" and _TO_COME.match(m.group(0)):
        status = "engaged"  # "I'm getting married to Emily": engaged until the wedding
    c.add("maritalStatus", status, 0.75)
    if status in ("married", "engaged") and to:
        named = _R_MARITAL_EVENT_NAMED.match(to)
        mine = _R_MARITAL_EVENT_MINE.match(to)
        job = _R_MARITAL_EVENT_JOB.match(to)
        if job and (is_job(job.group("j").lower()) or job.group("j").lower() in _ONE_NAMED):
            person = Entity(job.group("n"), "Person")  # "married to a teacher named Tom": Tom, a teacher
            if job.group("j").lower() not in _ONE_NAMED:
                c.out.append((person, "jobTitle", job.group("j").lower(), round(0.7 * c.weight, 2), None))
        elif named and named.group("n").split()[0] not in ("My", "A", "The", "In", "On", "At"):
            person = Entity(named.group("n"), "Person")
        elif mine:
            person = Entity(f"{c.subject.label}'s {'spouse' if status == 'married' else 'partner'}", "Person")
        else:
            return True
        c.add("spouse" if status == "married" else "partner", person, 0.75)
        c.discourse.mention(c.turn, person)
    return True


#: jobs that "a good ..." still names as the job (not "a good cook", "a great dancer")
_PROFESSIONS = frozenset("actor actress doctor lawyer nurse scientist paleontologist chef waitress waiter professor "
                         "surgeon dentist therapist masseuse detective architect journalist".split())
_NO_SKILL = frozenset("person friend listener customer client neighbor neighbour member woman man gentleman".split())


_BAD_AT_NOUN = lazy(r"^(?:(?:really|very|pretty|so|such\s+a)\s+)?(?:bad|terrible|awful|horrible|lousy|crappy|shitty|"
                   r"hopeless|rubbish)\s+(?P<n>[a-z]+)\s*(?:[.!,;]|$|and\b|but\b|too\b|so\b)")
#: "an avid reader", "a big hiker": one who does it for pleasure, eagerly (the pastime: "reading", "hiking"); "an avid
#: woodworker" names no job either
_AVID = lazy(r"^(?:(?:really|very|pretty|quite|so)\s+)?(?P<a>avid|big|huge|keen|passionate|enthusiastic)\s+(?P<n>[a-z]+)"
             r"\s*(?:[.!,;]|$|and\b|but\b|too\b|so\b)")
_EAGER_DOERS = frozenset("reader hiker runner swimmer gardener baker golfer traveler traveller gamer knitter camper skier "
                         "surfer biker jogger climber bowler shopper fisher hunter".split())


def _skill_noun(words: str, c: Clause) -> bool:
    """"a good cook", "an excellent swimmer": an ability, not a job; "an avid reader": a pastime."""
    avid = _AVID.match(words)
    if avid and avid.group("n") in _EAGER_DOERS:  # reader -> reading, runner -> running, hiker -> hiking
        c.add("hobby", Entity(avid.group("n")[:-2] + "ing", "Thing"), 0.7)
        return True
    if avid and avid.group("a") == "avid":
        return True
    if bad_doer(words, c):  # "a terrible cook", "a lousy driver": a weakness (cooking, driving)
        return True
    bad = _BAD_AT_NOUN.match(words)  # "a terrible driver", "a lousy singer": no ability, and no job (a nurse still)
    if bad and (bad.group("n") in JOBS_SET or JOB_SUFFIX.search(bad.group("n"))) and bad.group("n") not in _PROFESSIONS:
        return True
    m = _GOOD_AT_NOUN.match(words)
    if not m:
        return False
    noun = m.group("n")
    if not (noun in JOBS_SET or JOB_SUFFIX.search(noun)) or noun in KIN_PREDICATE or noun in _NO_SKILL:
        return False  # "a very good customer": no ability
    c.add("skill", Entity(doer_activity(noun, c.sentence) or noun, "Thing"), 0.7)  # "a good singer": singing
    if noun in _PROFESSIONS:  # "you're a terrific actor": an actor, and a good one
        c.add("jobTitle", noun, 0.6)
    return True


#: "in violation of", "in charge of", "in love", "in fashion": a state or a trade, not where someone is
_NOT_WHERE = lazy(r"^\s*(?:(?:the\s+)?[a-z]+\s+(?:of|with)\b|(?:two|three|four|five|six|several|a\s+few|both|all)\s+[a-z])")
_OWNER_AFTER = lazy(r"\s+(?:my|your|his|her|our|their)\b", re.I)
_ABSTRACT = lazy(r"^[a-z]+(?:ion|ment|ness|ity|ance|ence|ship|ism)$")  # "in agreement", "in isolation": a state
#: "(he's in) trouble", "in therapy", "in goal", "in midfield" (a position in a game): a state, a trade or a part, no place
_NOT_WHERE_WORDS = frozenset(
    "trouble fashion love charge shape pain hell heaven luck debt danger denial labor labour business sales marketing "
    "finance advertising publishing retail insurance hurry mood therapy rehab tears shock comparison particular total "
    "return advance vain doubt tune order progress question control theory practice reality secret silence peace "
    "surgery recovery traffic quarantine detention costume character goal net midfield defence defense".split())
#: the last word of a place that is no home: "he's in Ben's class", "in the shower", "in book clubs", "in theater"
_NOT_WHERE_LAST = frozenset("class classes meeting line shower bath band show movie movies play picture photo game "
                            "team bed way club clubs choir league theater theatre management faith debt".split())


def r_am_in(m: re.Match[str], c: Clause) -> bool:
    """"I am in upstate New York": where the subject is, read as where they live (weakly)."""
    if c.negated or TIME_TO_COME.search(m.group("o")):
        return not c.negated  # "I'm in Paris next week": a trip to come, no home
    place = clean_object(m.group("o"), "place")
    if not place or place.lower() in GENERIC_PLACES or place.lower().split()[0] in GENERIC_PLACES or place.lower().endswith("ing"):
        return False
    if _NOT_WHERE.match(m.group("o")) or place.lower() in _NOT_WHERE_WORDS or place.lower().split()[-1] in _NOT_WHERE_LAST \
            or _ABSTRACT.match(place) or NUMBERED_SPOT.match(place):  # nor "we're in cabin nine", a spot
        return False  # "your friends are in violation of it", "i am in fashion", "we are in comparison": no place
    place = _OWNER_AFTER.split(place, 1)[0]  # "in some condo my sister's gonna decorate": the condo
    place = with_region(m.group("o"), place)
    c.add(*stay_or_home(m.group("o"), place), 0.5)  # "in Phoenix at her sister's": a stay, no home
    return True


def r_member_in(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    org = clean_object(m.group("o"))
    if not org:
        return False
    c.add("memberOf", Entity(org, "Organization"), 0.75)
    return True


def r_spouse(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    person = Entity(m.group("n"), "Person")
    c.add("partner" if m.group("v").lower().startswith("dat") else "spouse", person, 0.8)
    c.discourse.mention(c.turn, person)
    return True


def r_dated(m: re.Match[str], c: Clause) -> bool:
    """"I had a date with Janice", "going on a second date with Kate": someone the subject dated."""
    if c.negated:
        return False
    person = Entity(m.group("n"), "Person")
    c.add("dated", person, 0.7)
    c.discourse.mention(c.turn, person)
    return True


#: "I know Mike, why don't you keep digging?", "I know Rachel, I know": "I know" said to Mike (a name called out)
_KNOW_CALLED = lazy(rf"\b(?i:know)\s+(?P<n>{NAME})\s*,\s*(?i:why|what|how|where|when|who|can|could|would|will|do|does|did|are|"
                    r"is|you|just|come|look|listen|i\s+know)\b")


def r_know(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    if m.group("v").lower() != "met" and any(k.group("n") == m.group("n") for k in _KNOW_CALLED.finditer(c.turn.text)):
        return True  # the name is called out, nothing is said about knowing them
    person = Entity(m.group("n"), "Person")
    c.add("knows", person, 0.65, event=m.group("v").lower() == "met")
    c.discourse.mention(c.turn, person)
    return True


def r_named(m: re.Match[str], c: Clause) -> bool:
    if c.negated or m.group("n").lower() in NOT_CALLED or not plausible_name(m.group("n")):
        return False  # "i go by bus", "i go by many names"
    c.add("name", m.group("n"), 0.85)
    return True


_ALMOST = lazy(r"\b(?:almost|nearly|practically|virtually|basically|could\s+have|would\s+have)\s+(?:died|passed)\b", re.I)


def r_died(m: re.Match[str], c: Clause) -> bool:
    """"My dad passed away two years ago": someone else than the speaker has died (a trait of theirs, which also
    keeps the relative: the mention tells of them). Not "I almost died", nor a pet or a phone."""
    if c.negated or c.subject.type != "Person" or c.subject == c.discourse.speaker(c.turn) or _ALMOST.search(c.sentence):
        return False  # "my dad nearly died in a crash": alive
    c.add("trait", "deceased", 0.7)
    return True


def r_religion(m: re.Match[str], c: Clause) -> bool:
    if c.negated:
        return False
    c.add("religion", "theist", 0.5)
    return True


_FIELD_TAIL = lazy(r"\s+(?:degree|degrees|major|classes|class|courses|program)\b.*$", re.I)

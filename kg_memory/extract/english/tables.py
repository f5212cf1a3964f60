"""The English rule tables: which pattern of a verb phrase goes to which rule, in the order tried.

Two tables read the verb phrase after a subject. :data:`VERB_RULES` reads it as it comes ("live in
Ohio", "am from Ohio", "got married"); its entry for "am/is/are" hands the rest to the copula rule,
which first tries :data:`COPULA_RULES` on progressive, passive and adjectival forms ("working at a
bank", "based in Ohio", "afraid of dogs") before reading jobs, traits and the like.

A rule family that both tables know is written once, as a :class:`Family`: the pattern of what
follows the verb (``tail``), the forms that introduce it after a subject (``after_subject``) and
after "am/is/are" (``after_copula``). Both tables take their entry from the family, so the two
can no longer drift apart.

>>> LIVE.after_copula_pattern()[0][:40]
'^(?:living|residing|staying|based|locate'
>>> VERB_RULES.rules[0][0].match("am originally from Ohio").group("o")
'Ohio'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..framework import Clause, Rule, compile_rules, lazy
from .abilities import r_can
from .abstaining import NO_DRINKING
from .activities import (
    LEARNING_TO,
    goal,
    likes,
    r_afraid,
    r_allergic,
    r_back_from,
    r_consume,
    r_dislikes,
    r_go_ing,
    r_goal,
    r_hobby_verb,
    r_kind_person,
    r_learning,
    r_learning_to,
    r_likes,
    r_listen,
    r_love_for,
    r_member,
    r_play,
    r_skill,
    r_speak,
    r_training,
)
from .age_bands import AGE_BAND
from .aged_children import AGED_CHILD
from .ages_told import TURNED, r_turned
from .ailments import HEALTH_RULES
from .back_from_outings import BACK_FROM_OUTING_RULES
from .born_with import BORN_WITH
from .considering import CONSIDERING
from .degree_with import GRADUATED
from .diagnoses import DIAGNOSED
from .diets import r_diet_choice, r_dieting
from .encounters import ENCOUNTER_PATTERN, r_encounter
from .exams import EXAM_PREPARED, SCHOOL_GOT_INTO
from .gig_work import GIG_WORK
from .habits import HABIT_RULES, SMOKER_RULES
from .had_always import HAD_ALWAYS
from .home_bought import RENTING
from .homes_told import HOME_RULES
from .identity import (
    DEGREE,
    DEGREE_VERB,
    copula_rule,
    r_am_in,
    r_dated,
    r_degree,
    r_died,
    r_from,
    r_know,
    r_marital_event,
    r_member_in,
    r_named,
    r_religion,
    r_spouse,
    r_study,
    r_study_field_at,
    r_trait_change,
)
from .in_love import IN_LOVE_AFTER_COPULA, IN_LOVE_AFTER_SUBJECT
from .in_school import r_homeschooled, r_school_gone_to, r_school_in
from .lexicon import GO_ACTIVITIES, KIN, NAME, PET, SCHOOLS, alts
from .marital_told import MARITAL_AFTER_COPULA, MARITAL_TOLD
from .objects import is_job
from .partners_with import r_live_with
from .past_majors import WAS_MAJOR, r_was_major
from .place_words import STAYED_NOT_HOME, stayed_not_home
from .places import (
    R_OPENED_BUSINESS,
    R_RUN_BUSINESS,
    event_or_place,
    r_at_employer,
    r_born,
    r_employee,
    r_job_at,
    r_live,
    r_moved,
    r_opened_business,
    r_run_business,
    r_school_go,
    r_study_at,
    r_work_as,
    r_work_at,
    r_work_home,
)
from .possessions import r_drive, r_have, r_owner_of
from .pregnancy import WEEKS_PREGNANT
from .relations import HAD_CHILD, r_had_child
from .reports_to import REPORTS_TO
from .residents import MEDICAL_RESIDENT
from .rooting import ROOTING
from .school_status import DONE, DROPPED, STANDING, with_status
from .skills import GOOD_DEGREE, SKILL_RULES
from .starting_at import STARTING_AT
from .survivors import SURVIVOR
from .teaching import r_teach
from .trade_verbs import TRADE_VERBS, TRADE_WORKED
from .trips_planned import TRIP_PLANNED
from .visits_listed import listed_places
from .was_named import WAS_NAMED, r_was_named
from .weaknesses import WEAKNESS_RULES
from .worn import WEARING

__all__ = ["COPULA_RULES", "VERB_RULES", "Family"]


@dataclass(frozen=True)
class Family:
    """A rule family written once: the verb forms that introduce it and the pattern that follows.

    ``after_subject`` and ``after_copula`` are regex alternations of the introducing forms (``None``:
    the family is not in that table); ``tail`` is what follows them, with the groups the rule reads.
    ``verb_group`` names the form ``v`` for rules that look at it ("joined" is an event).
    """

    rule: Rule
    tail: str
    after_subject: str | None = None
    after_copula: str | None = None
    verb_group: bool = False

    def _pattern(self, forms: str | None) -> tuple[str, Rule]:
        if forms is None:
            raise ValueError("this family has no forms for that table")
        group = "(?P<v>" if self.verb_group else "(?:"
        return f"^{group}{forms}){self.tail}", self.rule

    def after_subject_pattern(self) -> tuple[str, Rule]:
        """The entry of :data:`VERB_RULES`."""
        return self._pattern(self.after_subject)

    def after_copula_pattern(self) -> tuple[str, Rule]:
        """The entry of :data:`COPULA_RULES`."""
        return self._pattern(self.after_copula)


def adjective(rule: Rule, words: str, tail: str) -> Family:
    """A family led by an adjective ("afraid of", "fluent in"): after a subject, "am/is/are" may be left out."""
    return Family(rule, tail, after_subject=rf"(?:am|is|are)?\s*(?:{words})", after_copula=words)


_ALWAYS = lazy(r"\balways\s+wanted\b", re.I)
#: "(i got) this pup for you", "(i bought a necklace) for my mom", "as a gift": a gift, had by the one it is for
#: (a pet got "for my kids" is the household's)
_FOR_YOU = lazy(r"\bfor\s+(?:you|u|ya|him|her|them)\b(?!\s+to\b)", re.I)
_FOR_KIN = lazy(rf"^(?!(?:[\w'-]+\s+){{0,3}}?(?:{PET})\b).*?(?:\bfor\s+(?:my|his|her|our|their|your)\s+(?:[\w'-]+\s+)?"
                rf"(?:{KIN}|friends?|boss|neighbou?rs?|teachers?|co-?workers?|colleagues?)\b|\bas\s+a\s+(?:gift|present)\b)", re.I)
#: "(i have got lots of) kids' books": the relatives own the thing, the speaker has no kids said
_KIN_OWNING = lazy(rf"^(?:[\w'-]+\s+){{0,3}}?(?:{KIN})'", re.I)
#: "(he keeps) microwaving fish", "(i keep) forgetting my cat's meds": doing it again and again, nothing kept
_KEEP_DOING = lazy(r"^(?:on\s+)?(?!(?:king|ring|wing|sling|string|darling|duckling|gosling|sibling|seedling)s?\b)[a-z]{2,}ing\b", re.I)
#: "(Hector has) fixed this car", "(she has) already finished her degree": a thing done (the perfect), nothing owned
#: (not "red hair", "mixed feelings": a word in -ed before a noun owned)
_DONE = lazy(r"^(?:(?:just|already|never|also|finally|always|really|even|recently|since)\s+)*(?:[a-z]{2,}ed|been|done|made|seen|"
             r"taken|given|gone|written|eaten|driven|known|shown|grown|broken|chosen|spoken|stolen|forgotten|gotten|told|"
             r"sold|brought|thought|caught|taught|found|kept|lost|met|paid|sent|spent|built|won|heard|held)"
             r"(?=\s+(?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|it|them|him|me|you|us|some|every|all|"
             r"for|since|up|out|down|over|on|in|to|with|everything|nothing|something|anything)\b|\s*(?:[.!?,;]|$))", re.I)


def _have(m: re.Match[str], c: Clause) -> bool:
    """What the subject has (:func:`~.possessions.r_have`), but not a gift for another ("I got this pup for you") nor a
    thing of relatives ("lots of kids' books"), nor a thing done again ("he keeps microwaving fish") or done at all ("he
    has fixed this car")."""
    if m.group("v").lower().endswith(("got", "bought")) and (_FOR_YOU.search(m.group("o")) or _FOR_KIN.match(m.group("o"))) \
            or _KIN_OWNING.match(m.group("o")):
        return True
    if m.group("v").lower().endswith(("keep", "keeps")) and _KEEP_DOING.match(m.group("o")):
        return False
    if m.group("v").lower() in ("have", "has") and _DONE.match(m.group("o")):
        return False  # "he has fixed this car for ten years": a thing done, not owned
    return r_have(m, c)


#: "(the parade i went to) a few weeks ago": when, with the place said before
_WHEN_ONLY = lazy(r"^(?:(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple(?:\s+of)?|several|\d+)\s+(?:days?|weeks?|months?|years?)"
                  r"\s+ago|last\s+(?:week|month|year|night|weekend|time)|yesterday|"
                  r"(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|afternoon|evening))?"
                  r"(?=\s*(?:[,.!;]|$|(?:and|so|because|but)\b)))\b", re.I)  # "he drove Friday, so": a day, no place
#: "(you've) been at Hartwell longer than this building": how long one has stayed or worked there, no visit
_STAYED_LONG = lazy(r"\b(?:longer|the\s+longest|so\s+long|as\s+long\s+as)\b", re.I)
#: "(i have) been doing my fair share", "been working on it": what one has been doing, no place or event gone to
_BEEN_DOING = lazy(r"^[a-z]+ing\b", re.I)
_STUDY = r"study|studies|studying|studied|major|majors|majoring|majored"
_SCHOOL = r"(?:[\w'-]+\s+){0,4}?" + SCHOOLS + r"\b(?:\s+" + SCHOOLS + r"\b)*"  # "elementary school" whole

FROM = Family(r_from, r"(?:originally\s+)?from\s+(?P<o>.+)", after_subject=r"(?:am|is|are|was|be)\s+", after_copula="")
GREW_UP = Family(r_from, r"\s+(?:in|on|around|near|outside(?:\s+of)?)\s+(?P<o>.+)",
                 after_subject=r"(?:grew|grow|growing)\s+up|(?:was|were)\s+raised", after_copula=r"raised|grew\s+up")
BORN = Family(r_born, r"born\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at|on)\s+(?P<o>.+)",
              after_subject=r"(?:was|were)\s+|(?=born\s+and\s+(?:raised|bred)\b)", after_copula="")  # "born and raised in X" typed alone
#: "(my cousin is) visiting from Leeds", "(she's) in town from Denver": where a visitor lives
VISITING_FROM = Family(r_live, r"\s+(?:(?:this|for\s+the)\s+(?:week|weekend)\s+)?(?:all\s+the\s+way\s+)?from\s+(?P<o>(?-i:[A-Z]).+)",
                       after_copula=r"(?:just\s+|only\s+)?(?:visiting|in\s+town)")
#: "(i live) in Ohio", "(we live) out in the country", "(i live) with my two brothers in Chicago" (the home is the speaker's too),
#: "(i live) upstate in New York", "(i live) way up in the mountains", "(i live) a little outside of Boston"
LIVE = Family(r_live, r"(?:(?:(?<=live)|(?<=lives)|(?<=lived)|(?<=living))\s+(?:(?:here|upstate|downstate|deep|way|up|down|over|"
              r"out|a\s+(?:little|bit))\s+){1,2}|\s+(?:(?:out|together|alone|now)\s+)?)"  # "stay up at night": no home
              r"(?:with\s+(?:my|our)\s+(?:[\w'-]+\s+){1,3}?)?(?:(?:right|just|really|very)\s+)?"
              r"(?:in|on|at|near|by|beside|close\s+to|next\s+to|outside(?:\s+of)?|around)\s+(?P<o>.+)",
              after_subject=r"live|lives|living|reside|resides|residing|stay|stays|staying|(?:have|has)\s+(?:always\s+)?lived",
              after_copula="living|residing|staying|based|located|stationed")  # "(my brother is) stationed in Germany"
#: "(my brother) lives with his boyfriend Sam": the partner, named
LIVE_WITH = Family(r_live_with, r"\s+(?:together\s+)?(?P<o>with\s+.+)",
                   after_subject=r"live|lives|living|(?:have|has)\s+(?:always\s+)?lived", after_copula="living")
#: "(i work) nights as a guard", "(i work) long hours at a hospital", "overnight in a hotel", "close at a diner" (the closing
#: shift): when or how much, then the job
_WORK_WHEN = r"(?:(?:part|full|half)[\s-]time|long\s+hours|a\s+lot|overtime|overnights?|nights|days|weekends|evenings|mornings|close)\s+"
WORK_AS = Family(r_work_as, r"\s+(?:" + _WORK_WHEN + r"){0,2}as\s+"
                 r"(?!(?:an?\s+|the\s+)?(?:team|group|unit|family|one|well|hard|much|long|usual|always|before|expected|planned|"
                 r"intended)\b)(?:an?\s+|the\s+)?(?P<o>.+)", after_subject="work|works|working",
                 after_copula="working")
#: "i work from home", "working online"
WORK_HOME = Family(r_work_home, r"\s+(?:(?:mostly|mainly|full\s+time|part\s+time)\s+)?(?P<o>from\s+home|at\s+home(?!\s+(?:depot|goods)\b)|online)\b"
                   r"(?:\s+as\s+(?:a|an)\s+(?P<job>[\w\s-]+))?",
                   after_subject="work|works|working", after_copula="working")
#: "(i work) with my dad (at a sawmill)", "with my sister (in a bakery)": the workplace comes after the one worked with
_WITH_KIN = (r"with\s+(?:my|our)\s+(?:(?:older|younger|big|little|twin|best)\s+)?(?:mom|mother|dad|father|parents|brother|sister|"
             r"husband|wife|uncle|aunt|cousin|family|son|daughter|friend|boyfriend|girlfriend)s?\s+")
WORK_AT = Family(r_work_at, r"\s+(?:" + _WORK_WHEN + r"|"
                 r"(?:the\s+)?(?:night|day|morning|evening|late|early|double|graveyard|overnight)\s+shifts?\s+|(?:remotely|remote|currently|"
                 r"now|still|mostly|mainly|freelance|together)\s+)?(?:" + _WITH_KIN + r")?(?P<p>at|for|in|on|with)\s+(?P<o>.+)",
                 after_subject=r"work|works|working|intern|interns|interning|(?:have|'ve|has|'s)\s+(?:always\s+)?worked",
                 after_copula="working|interning")  # "I've worked at Spotify since 2021": there still
EMPLOYED = Family(r_work_at, r"\s+(?:(?:full|part|half)[\s-]time\s+)?(?P<p>at|by|for|in|on|with)\s+(?P<o>.+)",
                  after_subject="employed|hired", after_copula="employed|hired")
TEACH = Family(r_teach, r"(?:\s+(?P<o>.+))?$", after_subject="teach|teaches|teaching", after_copula="teaching")
STUDY_AT = Family(r_study_field_at, r"\s+(?:(?P<f>[\w\s-]+?)\s+)?(?:at|in)\s+(?P<o>" + _SCHOOL + r".*|(?:the\s+)?(?-i:[A-Z]).+)",
                  after_subject=_STUDY, after_copula="studying|majoring", verb_group=True)
#: "(i am) homeschooled", "(i am) being home schooled", "(i go to) homeschool", "(i was) homeschooled"
HOMESCHOOLED = Family(r_homeschooled, r"\s*(?:(?:still|currently|now|being|also|all)\s+)*home[\s-]?school(?:ed)?\b",
                      after_subject=r"am|is|are|was|were|used\s+to\s+be|(?:go|goes)\s+to", verb_group=True)
SCHOOL_GO = Family(r_school_gone_to, r"\s+(?P<o>" + _SCHOOL + r"(?:\s+(?:of|in)\s+[\w\s]+)?)",
                   after_subject=r"(?:go|goes|going)\s+(?:back\s+)?to", after_copula=r"(?:going|attending)(?:\s+back)?(?:\s+to)?")
#: "(i study) in the library", "in my room": where, no field (but "majoring in the arts")
_STUDY_WHERE = r"in\s+(?:a|an|my|our|his|her|their|the\s+(?!arts\b|humanities\b|sciences\b))"
STUDY = Family(r_study, r"\s+(?!" + _STUDY_WHERE + r")(?:in\s+)?(?P<o>(?!at\b|with\b|for\b|abroad\b).+)",
               after_subject=_STUDY, after_copula="studying|majoring")
#: "(i help out at) a hospital", "the local shelter": a place one gives time to (not "at home", "at my dad's store")
_HELPED_PLACE = (r"(?=\s+(?:(?:a|an|the|our)\s+)?(?:local\s+)?(?:hospital|shelter|animal\s+shelter|homeless\s+shelter|"
                 r"church|food\s+bank|soup\s+kitchen|clinic|nursing\s+home|library|museum|zoo|hospice|charity)\b)")
MEMBER = Family(r_member, r"\s+(?:(?:a|an|the|my|our)\s+)?(?P<o>.+)",
                after_subject=r"joined|join|(?:have|'ve|has|'s)\s+(?:just\s+|recently\s+)?joined|belong\s+to|belongs\s+to|"
                              r"volunteer\s+(?:at|with|for)|volunteers\s+(?:at|with|for)|"
                              r"sing\s+in|sings\s+in|helps?\s+(?:out\s+)?at" + _HELPED_PLACE,
                after_copula=r"volunteering\s+(?:at|with|for)|helping\s+(?:out\s+)?at" + _HELPED_PLACE, verb_group=True)
GOAL = Family(r_goal, r"\s+(?:to|of)\s+(?P<o>.+)",
              after_subject=r"want|wants|plan|plans|planning|hope|hopes|hoping|intend|intends|aim|aims|aspire|aspires|dream|"
                            r"dreams|am\s+going|am\s+planning|am\s+hoping|am\s+trying|is\s+going|is\s+planning|going|trying|"
                            r"am\s+saving\s+up|saving\s+up|working\s+towards?|would\s+like",
              after_copula=r"planning|hoping|trying|going|saving\s+up|flying|heading|headed|driving|traveling|travelling|off|"
                           r"moving|relocating",
              verb_group=True)
#: "(i am) thinking about moving to Denver", "(we're) considering relocating to Austin": a move planned, as "moving to"
_THINK_MOVE = (r"(?:(?:really|seriously|kinda|kind\s+of|sort\s+of|also|now)\s+)?(?:thinking\s+(?:about|of)|considering)\s+"
               r"(?:maybe\s+|possibly\s+)?(?:moving|relocating)")
THINK_MOVE = Family(r_goal, r"\s+(?:back\s+|out\s+)?to\s+(?P<o>.+)", after_subject=rf"(?:(?:am|is|are)\s+)?{_THINK_MOVE}",
                    after_copula=_THINK_MOVE, verb_group=True)
SPOUSE = Family(r_spouse, r"\s+(?:to\s+)?(?P<n>(?-i:" + NAME + r"))",
                after_subject=r"(?:got\s+)?married|(?:am\s+)?dating|(?:got\s+)?engaged", after_copula="married|dating|engaged",
                verb_group=True)
_GO = alts(GO_ACTIVITIES)
#: "I just got back from deer hunting", "I am back from fishing": a pastime done, said after the fact.
BACK_FROM = Family(
    r_back_from,
    r"\s+(?:(?:a\s+(?:day|morning|night|weekend|afternoon|week|long\s+day)\s+of|an\s+(?:afternoon|evening)\s+of|some|"
    r"a\s+bit\s+of|a\s+lot\s+of|my|a|an|the)\s+)?"
    rf"(?P<o>(?:(?:deer|duck|bass|trout|turkey|bear|ice|fly|deep\s+sea|scuba|mountain|trail|cross\s+country|"
    rf"grocery|christmas|window)\s+)?{_GO}|working\s+out)\b(?!(?<=walking)\s+(?:my|our|the|his|her|a)\b)",
    after_subject=r"(?:got|get|came|come|returned)\s+(?:back\s+|home\s+)?from|got\s+done(?:\s+with)?|finished|"
                  r"(?:am|is|are)\s+(?:(?:back|home)\s+from|done(?:\s+with)?|(?:getting|coming)\s+(?:back|home)\s+from)",
)
#: "I am more of a cat person", "I am a huge dog lover": the rule keeps the kinds people like (not "a nice person").
_KIND_MODS = (r"big|huge|major|total|real|true|crazy|avid|die\s*hard|serious|massive|simple|ordinary|proud|fellow|"
              r"hopeless|complete|absolute|pretty|super|giant|self\s+proclaimed")
KIND_PERSON = (
    rf"^(?:am|is|are)\s+(?:(?:more\s+of|kind\s+of|sort\s+of|such|quite|just|really|definitely|totally|also|still|a\s+bit\s+of)\s+)*"
    rf"(?:a|an)\s+(?:(?:{_KIND_MODS})\s+)*(?P<a>(?!(?:{_KIND_MODS})\b)[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?P<k>lovers?|person|lady|guy|gal|girl|man|woman|enthusiasts?|fanatics?|nut|junkie|addict|buff|fiend)\b(?!\s+(?:of|for)\b)",
    r_kind_person,
)
#: "I have a love for singing", "I have a soft spot for pugs", "a major weakness for fish tacos" (no pet fish).
LOVE_FOR = (
    r"^(?:have|has|got|have\s+got|(?:have|has)\s+(?:always\s+)?had)\s+(?:(?:such\s+a|so\s+much|a\s+lot\s+of|a|much)\s+)?"
    r"(?:(?:real|big|huge|great|deep|special|strong|true|soft|burning|genuine|serious|major|total|bit\s+of\s+a)\s+)*"
    r"(?:(?:love|passion)\s+and\s+)?(?:love|passion|soft\s+spot|weakness|fondness|affection|appreciation|thing)\s+for\s+(?P<o>.+)",
    r_love_for,
)
AFRAID = adjective(r_afraid, "afraid|scared|terrified|frightened", r"\s+of\s+(?P<o>.+)")
ALLERGIC = adjective(r_allergic, "allergic", r"\s+to\s+(?P<o>.+)")
INTO = adjective(lambda m, c: likes("like", m.group("o"), c),
                 r"(?:more\s+|much\s+more\s+|mostly\s+|totally\s+|super\s+|so\s+|very\s+|pretty\s+|big\s+|heavily\s+|deeply\s+)?into|"
                 # "(i am) kinda addicted to soda", "a bit obsessed with crosswords": how much, before the leaning
                 r"(?:(?:so|kinda|kind\s+of|sort\s+of|a\s+bit|a\s+little|slightly|seriously|super|pretty)\s+)?(?:obsessed\s+with|addicted\s+to)|"
                 r"(?:(?:very|really|so|super|quite|truly|deeply|extremely|pretty|much|more|most|also)\s+)*(?:passionate\s+about|crazy\s+about|fond\s+of|keen\s+on)|(?:really\s+|very\s+|that\s+|too\s+|so\s+)?(?:big|huge)\s+on|a\s+(?:total\s+|big\s+|huge\s+|real\s+)?sucker\s+for|"
                 r"a\s+(?:big\s+|huge\s+)?fan\s+of|(?:big\s+|huge\s+)?fan\s+of|all\s+about|(?:more\s+|really\s+|always\s+)?drawn\s+to",
                 r"\s+(?P<o>.+)")
#: "i am interested in ghosts", "fascinated by space": liked; "not interested in" is no dislike ("not interested in his offer")
INTERESTED = adjective(lambda m, c: not c.negated and likes("like", m.group("o"), c),
                       r"(?:very\s+|really\s+|so\s+|super\s+|quite\s+)?(?:interested\s+in|fascinated\s+(?:by|with))", r"\s+(?P<o>.+)")
GOOD_AT = adjective(r_skill, GOOD_DEGREE + r"(?:good|great|skilled|talented|excellent|amazing|awesome|"
                             r"decent|proficient|experienced|gifted|an\s+expert)", r"\s+(?:at|in|with)\s+(?P<o>.+)")
FLUENT = adjective(r_speak, "fluent", r"\s+in\s+(?P<o>.+)")
MEMBER_OF = adjective(r_member_in, r"(?:a\s+)?(?:member|part)", r"\s+of\s+(?P<o>.+)")
#: "(i am) still in high school", "(i am) only in middle school", "(i am) in junior high" (not a town)
_ONLY_STILL = r"(?:(?:still|currently|now|only|just)\s+){0,2}"
IN_SCHOOL = adjective(r_school_in, _ONLY_STILL + r"(?:in|at)",
                      r"\s+(?P<o>(?:(?:the\s+)?\d+(?:st|nd|rd|th)\s+grade)|junior\s+high(?:\s+school)?"
                      r"|(?:(?:high|grad|graduate|med|medical|law|middle|elementary|nursing|art|culinary|beauty|film|business|"
                      r"community|junior|boarding|pharmacy|dental|vet|veterinary|divinity|drama|music|dance|flight|cooking|design|"
                      r"architecture|journalism|massage|fashion)\s+){0,2}"
                      r"(?:school|college|university|uni|highschool))\b")
#: "(my son Theo is) in second grade (at Maple Elementary)", "(she's) in kindergarten": with "is" said ("as bad as I did in
#: fifth grade" is a time)
IN_GRADE = Family(r_school_in, r"\s+(?:the\s+)?(?P<o>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                  r"eleventh|twelfth)\s+grade|kindergarten|preschool|pre-k)\b",
                  after_subject=r"(?:am|is|are)\s+" + _ONLY_STILL + "in", after_copula=_ONLY_STILL + "in")
IN_GROUP = adjective(r_member_in, "in",
                     r"\s+(?:the\s+|a\s+|an\s+|my\s+)?(?P<o>(?:[\w'-]+\s+){0,2}?(?:navy|army|military|air\s+force|marines|"
                     r"marine\s+corps|coast\s+guard|national\s+guard|band|choir|club|orchestra|league|team|union|fraternity|"
                     r"sorority|church\s+choir|cult|gang|peace\s+corps|reserves))\b")

#: Tried on the rest after "am/is/are" when it starts like a progressive, passive or adjectival form.
COPULA_RULES = compile_rules([
    TRIP_PLANNED,  # "(we're) planning a trip to Portugal", "(i'm) taking a vacation to Maui next week"
    EXAM_PREPARED,  # "(i'm) studying for the bar exam"
    CONSIDERING,  # "(i'm) thinking about adopting a dog"
    WEEKS_PREGNANT,  # "(i'm) 6 months pregnant"
    GIG_WORK,  # "(i'm) driving for uber"
    REPORTS_TO,  # "(i'm) working under Dr. Lee"
    RENTING,  # "(we're) renting a 2 bedroom in queens"
    FROM.after_copula_pattern(),
    VISITING_FROM.after_copula_pattern(),
    BORN.after_copula_pattern(),
    (STAYED_NOT_HOME, stayed_not_home),  # "(i am) staying at a hotel downtown": no home
    LIVE.after_copula_pattern(),
    LIVE_WITH.after_copula_pattern(),
    WORK_AS.after_copula_pattern(),
    WORK_HOME.after_copula_pattern(),
    WORK_AT.after_copula_pattern(),
    EMPLOYED.after_copula_pattern(),
    STUDY_AT.after_copula_pattern(),
    TEACH.after_copula_pattern(),
    STUDY.after_copula_pattern(),
    (r"^(?:going|gone|getting)\s+(?P<t>bald|gr[ae]y|blind|deaf)\b",
     r_trait_change),
    GREW_UP.after_copula_pattern(),
    MEMBER.after_copula_pattern(),
    SCHOOL_GO.after_copula_pattern(),
    GOAL.after_copula_pattern(),
    THINK_MOVE.after_copula_pattern(),
    (r"^(?:(?P<v>thinking\s+(?:about|of)|considering|planning\s+on|working\s+on|working\s+towards|in\s+the\s+process\s+of)\s+)?"
     r"becoming\s+(?P<o>.+)", lambda m, c: goal("become " + m.group("o"), c)),
    SPOUSE.after_copula_pattern(),
    # "(i am) training for the Chicago marathon": an event to come
    (r"^(?:training|preparing|practicing|practising)\s+for\s+(?P<o>(?:(?:a|an|the|my|our|this|next|another|its)\s+)?"
     r"(?:[\w'-]+\s+){0,3}?(?:marathon|ultramarathon|race|triathlon|ironman|5k|10k|competition|tournament|championships?|"
     r"olympics|meet|bout|trials|recital|audition|expedition)s?)\b", r_training),
    AFRAID.after_copula_pattern(),
    ALLERGIC.after_copula_pattern(),
    INTO.after_copula_pattern(),
    IN_LOVE_AFTER_COPULA,  # "(i am) so in love with spicy ramen"
    *MARITAL_AFTER_COPULA,  # "(i am) very much single" (marital_told.py)
    INTERESTED.after_copula_pattern(),
    GOOD_AT.after_copula_pattern(),
    FLUENT.after_copula_pattern(),
    MEMBER_OF.after_copula_pattern(),
    IN_SCHOOL.after_copula_pattern(),
    IN_GRADE.after_copula_pattern(),
    (r"^(?:(?:currently|now|still)\s+)?(?:in|living\s+in)\s+(?P<o>(?!(?:mr|mrs|ms|miss|dr|prof|to|on|for|with|the|a|an|my|our|love|bed|trouble|pain|shape|charge|debt|luck|line|town|school|college|class|church|kindergarten|preschool|daycare|elementary|middle|high|grade|jail|prison|touch|need|favor|favour|fact|general|time|good|great|bad|for|between|front|public|private|person|it|there|here|heaven|hospital|labor|agreement|danger|tears|shock|awe)\b)[\w'-]+(?:\s+[\w'-]+){0,3}(?:\s*,\s*[\w'-]+(?:\s+[\w'-]+)?)?)", r_am_in),
    IN_GROUP.after_copula_pattern(),
    # "(i am) at Google now" in a sentence about a job
    (r"^(?:(?:now|currently)\s+)?at\s+(?P<o>(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,2})"
     r"(?=\s*(?:now|these\s+days|nowadays)?\s*[.!,;]*$)", r_at_employer),
], re.I)
r_copula = copula_rule(COPULA_RULES)

#: Tried on the verb phrase after a subject.
VERB_RULES = compile_rules([
    FROM.after_subject_pattern(),
    TRADE_VERBS,  # "(i've) been waitressing at Kelly's", "(i'm) bartending downtown": the job (before "am/is/are")
    AGE_BAND,  # "(i'm) a millennial", "(my dad is) a boomer": a generation, no job
    TRIP_PLANNED,  # "(i) booked a vacation to Cancun", "(i) have a business trip to Denver next week"
    SCHOOL_GOT_INTO,  # "(my brother) got into MIT"
    AGED_CHILD,  # "(we) have a 3yo named Leo"
    EXAM_PREPARED,  # "(i've been) studying for the MCAT"
    CONSIDERING,  # "(i've been) thinking of buying a house"
    (r"^(?:come|comes|hail|hails)\s+from\s+(?P<o>.+)", r_from),
    GREW_UP.after_subject_pattern(),
    (r"^(?:am|is|are)\s+(?:(?:now|recently|newly|happily|just|finally)\s+)*(?P<s>married|engaged)\s+to\s+"
     r"(?P<to>(?!(?:it|that|this|them|work|my\s+(?:job|work|career|phone|couch)|the\s+(?:job|couch|gym))\b).+)", r_marital_event),
    (r"^(?:(?:just|recently|finally|soon)\s+)?(?:got|get|getting|gotten)\s+(?P<s>married|engaged|divorced|separated)\b(?:\s+to\s+(?P<to>.+))?", r_marital_event),
    # "she is marrying her college sweetheart, Ben": engaged to him (not "marrying into money", "marrying them": an officiant)
    (r"^(?:am|is|are)\s+(?:(?:finally|actually|officially|really|now)\s+)?(?P<s>marrying)\s+"
     r"(?P<to>(?!(?:into|off|up|them|us|people|couples|for)\b).+)", r_marital_event),
    (r"^(?:have|has)\s+been\s+(?:(?:happily|recently|just)\s+)?(?P<s>married|divorced|engaged|single|separated|widowed)\b(?:\s+to\s+(?P<to>.+))?", r_marital_event),
    (r"^(?:was|were)\s+(?:(?:just|recently)\s+)*(?P<s>divorced|widowed|separated)\b(?P<to>)", r_marital_event),
    *MARITAL_TOLD,  # "(i) just became engaged", "married two years" (marital_told.py)
    (r"^(?:am|is|are)\s+(?:(?:now|recently|newly|happily|just|finally)\s+)*(?P<s>divorced|widowed|separated)\s+from\b(?P<to>)", r_marital_event),
    BACK_FROM.after_subject_pattern(),
    *BACK_FROM_OUTING_RULES,  # "(i just) got back from a run": running
    # "we are vegetarians", "i am a pretty diehard vegetarian", "i am 100 vegan"
    (r"^(?:am|is|are)\s+(?:(?:a|an|all|both|strict|pretty|diehard|die\s+hard|proud|committed|lifelong|total|full|complete|"
     r"strictly|fully|mostly|totally|100|100\s*%|friendly|practicing|ethical|new|devout|devoted)\s+)+"
     r"(?P<d>(?:(?:lacto|ovo)[\s-]+){0,2}(?:vegans?|vegetarians?|pescatarians?))\b"
     r"(?!\s+(?:restaurants?|food|dish|dishes|meals?|recipes?|options?|chef|cook|cookbook|place|friend|friends))", r_diet_choice),
    (r"^(?:am|is|are)\s+(?P<d>vegans|vegetarians|pescatarians)\b", r_diet_choice),
    # "i am the proud owner of a 1967 mustang", "she is the owner of a bakery": owned
    (r"^(?:am|is|are)\s+(?:(?:also|now|still|just|currently)\s+)*(?:the|a|an)\s+(?:(?:proud|happy|lucky|new|sole|current)\s+)*"
     r"(?:co-?)?owners?\s+of\s+(?P<o>(?!(?:[\w'-]+\s+){0,2}(?:destiny|fate|life|future|happiness|mistakes?|actions?|choices?|"
     r"feelings?|words?|heart|time)\b).+)", r_owner_of),  # not "the owner of my own destiny"
    *SMOKER_RULES,  # "i am a heavy smoker": a habit, no job
    SURVIVOR,  # "(i) am a cancer survivor": a trait, no job (survivors.py)
    MEDICAL_RESIDENT,  # "(Raj) is a resident at the hospital": a doctor in training, not one who lives there
    KIND_PERSON,
    # "i am an amazon employee", "a walmart worker": the employer before the word for one who works there
    (r"^(?:am|is|are)\s+(?:(?:just|also|now|still|currently)\s+)*(?:an?|the)\s+(?P<o>(?!(?:new|former|ex|good|bad|great|model|proud|lowly|humble|mere|simple|retired|"
     r"government|federal|state|city|public|private|full|part|hard|loyal|valued|happy|unhappy|lazy|average|typical|regular|"
     r"entry|level|senior|junior|temp|temporary|contract|office|factory|farm|retail|restaurant|hospital|bank|store|"
     r"company|corporate|county|tech|it|only|first|last|top|star|perfect|ideal|awesome|excellent|fellow|current|previous|"
     r"permanent|seasonal|hourly|paid|valuable|[a-z]+(?:est|ly|ful|ed|ive|ous|able|ible))\b)[\w&'-]+(?:\s+(?!employee)[\w&'-]+)?)"
     r"\s+employee\b", r_employee),
    (r"^(?:am|is|are)\s+(?P<o>.+)", r_copula),
    (WAS_NAMED, r_was_named),  # "(Walt's wife) was Edith Crane."
    (STAYED_NOT_HOME, stayed_not_home),  # "(i) stay at the hospital after work": no home
    LIVE.after_subject_pattern(),
    LIVE_WITH.after_subject_pattern(),
    (r"^(?:(?:chose|choose|decided|became|become|went|go|turned|switched)\s+(?:to\s+(?:be|go|become)\s+)?)(?:a\s+)?"
     r"(?P<d>(?:(?:lacto|ovo)[\s-]+){0,2}vegetarian|vegan|pescatarian|keto|paleo|gluten\s+free)\b", r_diet_choice),
    # "i am dieting", "i have been dieting since may": on a diet (not "i hate dieting")
    (r"^(?:(?:am|is|are|have\s+been|has\s+been|been)\s+)?(?:(?:always|still|now|currently|constantly|also|really|just)\s+)*"
     r"dieting\b(?!\s+(?:tips?|advice|books?|apps?|plans?|pills?)\b)", r_dieting),
    # "i practice vegetarianism", "we follow veganism": the diet
    (r"^(?:practice|practices|practise|practises|practicing|follow|follows)\s+(?P<d>veganism|vegetarianism|pescatarianism)\b",
     r_diet_choice),
    # "i became a nurse last year", "she has become a partner at the firm": a job held since (not "became a mom")
    (r"^(?:became|become|becomes|(?:have|has)\s+become)\s+(?P<o>(?:an?|the)\s+[a-z][\w\s-]*?)(?=\s+(?:at|in|for|with|last|this|"
     r"when|after|two|three|a|an|\d)\b|[.,!;]|$)", lambda m, c: is_job(m.group("o").split(None, 1)[1]) and r_copula(m, c)),
    # "i just started a keto diet" ("started" is cut before this), "i follow a vegan diet"
    (r"^(?:(?:began|begun|am\s+on|went\s+on|go\s+on|follow|follows|stick\s+to|eat|keep|tried|am\s+trying)\s+)?"
     r"(?:(?:a|an|the|my)\s+)?(?:new\s+|strict\s+|mostly\s+)?(?P<d>vegan|vegetarian|pescatarian|keto|paleo|gluten\s+free)\s+diet\b",
     r_diet_choice),
    # "i am happy to be single", "glad to be married"; "i married young"
    (r"^(?:am|is|are)\s+(?:(?:so|very|really|quite|pretty)\s+)?(?:happy|glad|proud|content|thrilled|lucky|blessed)\s+"
     r"(?:to\s+be|being)\s+(?P<s>single|married|engaged|divorced)\b(?P<to>)", r_marital_event),
    (r"^(?P<s>married)\s+(?:very\s+|pretty\s+|so\s+)?(?:early|young)\b(?P<to>)", r_marital_event),
    # "i married my high school sweetheart", "i married one"
    (r"^(?P<s>married)\s+(?P<to>(?:my|a|an|one|him|her|the)\b.*)", r_marital_event),
    (HAD_CHILD, r_had_child),
    # "my son just started college at UCLA" ("started" is cut before the rules read): studies there now
    (r"^(?:college|university|uni|grad\s+school|law\s+school|med\s+school|classes|school)\s+at\s+(?P<o>(?-i:[A-Z]).+)",
     r_study_at),
    (TURNED, r_turned),  # "i just turned 40", "she turns five next week" (ages_told.py)
    # "i moved to Denver", "we moved from New York to Denver in 2019"
    (r"^(?:just\s+)?(?:moved|relocated|moving|retired)\s+(?:(?:all\s+the\s+way\s+)?from\s+[\w\s.'-]{2,40}?\s+)?(?:back\s+)?to\s+(?P<o>.+)", r_moved),
    BORN_WITH,  # "(i) was born blind": a trait since birth (born_with.py)
    BORN.after_subject_pattern(),
    WORK_AS.after_subject_pattern(),
    WORK_HOME.after_subject_pattern(),
    TRADE_WORKED,  # "i work retail", "i work fast food", "i work in construction"
    WORK_AT.after_subject_pattern(),
    STARTING_AT,  # "(i just started) at Google", "i start at Pixar on monday", "at Stripe this October": an employer from then
    (R_RUN_BUSINESS, r_run_business),
    (R_OPENED_BUSINESS, r_opened_business),
    EMPLOYED.after_subject_pattern(),
    # "i go to work at the bank", "(i am) getting ready to go to work at the bank", "(i) head to work at the mill", "am off to work at"
    (r"^(?:just\s+)?(?:got\s+off|get\s+off|left|leaving|(?:(?:am|is)\s+)?(?:heading|headed|head|heads)(?:\s+off)?\s+to|going\s+to|at|back\s+from|home\s+from|"
     r"(?:am|is)\s+off\s+to|(?:drive|drives|walk|walks|commute|commutes|bike|bikes)\s+to|"
     r"(?:(?:have|has|had|need|needs|got)\s+to\s+|(?:(?:am|is)\s+)?(?:getting|get)\s+ready\s+to\s+)?(?:go|goes|get)\s+to)\s+work\s+(?:(?:too|also|early|late)\s*,?\s+)?(?P<p>at|from)\s+"  # "got off work too , at a bakery"
     r"(?P<o>(?!(?:noon|midnight|night|dawn|sunrise|the\s+same|(?:my|his|her|a|an)\s+(?:own\s+)?pace|\d))\S.*?)(?=\s+(?:soon|now|today|tonight|tomorrow|later|early|at\s+\d)\b|\s*[.!,;?]|$)", r_work_at),
    # "i am at work in the coffee shop", "just got in from work at a diner", "chatting from work at the warehouse"
    (r"^(?:(?:am|was)\s+(?:just\s+)?(?:at|chatting\s+from)|(?:got|get|just\s+got)\s+in\s+from|chatting\s+from)\s+work\s+"
     r"(?P<p>at|in)\s+(?P<o>(?:the|a|an|my)\s+(?!(?:morning|evening|afternoon|day|night|meantime|moment|middle|mean\s*time)\b).+)", r_work_at),
    # "just came back from working at the factory", "got home from my shift at the diner"
    (r"^(?:(?:got|came|get|come|am|was)\s+(?:back|home|off)\s+(?:from\s+)?|(?:got|am|was)\s+(?:done|finished)\s+)(?:work|working|my\s+shift|a\s+shift|the\s+night\s+shift)\s+"
     r"(?P<p>at|for|in)\s+(?P<o>.+)", r_work_at),
    # "i have to work at the gas station", "just finished my shift at the diner", "i do part time work at a gas station",
    # "spend all my time working at the supermarket", "i wait tables at a diner": the workplace, with or without a job word
    (r"^(?:(?:have|has|had|got)\s+to\s+work|(?:finished|finishing|started|starting|worked|working|pulled|pulling|doing|did|"
     r"have|had|got\s+done\s+with|done\s+with)\s+(?:my|a|an|the|another)\s+(?:(?:long|double|early|late|night|morning|evening|"
     r"day|weekend|first|last|\d+\s+hour)\s+)*shift|(?:do|did|does|doing)?\s*(?:part|full)[\s-]time(?:\s+work)?|"
     r"(?:spend|spent|spends)\s+(?:all\s+|most\s+(?:of\s+)?)?(?:my|the)\s+(?:(?:free|spare|whole)\s+)?(?:time|days|nights|weekends|"
     r"evenings|summers?)\s+working|(?:just\s+)?(?:wait|waits|waiting)\s+tables|(?:tend|tends|tending)\s+bar|"
     r"(?:bartend|bartends|bartending|waitress|waitressing))\s+(?P<p>at|for)\s+(?P<o>.+)", r_work_at),
    # "i got a new job at Zillow", "Emma got the job at Google" (the one applied for: hired)
    (r"^(?:got|have|has|had|started|landed|found|finally\s+got|managed\s+to\s+(?:get|find))\s+(?:(?:a|the)\s+)?(?:(?:new|part\s+time|full\s+time|good|great|boring|dull|decent|steady|"
     r"nice|stable|cool|fun|stressful|demanding|summer|temp|day|night)\s+)*(?:job|career|position|gig)\s+(?:working\s+)?"
     r"(?P<p>at|with|for|as|in)\s+(?P<o>.+)", r_job_at),
    # "i just got hired at Costco", "I was hired by Google", "got hired as a nurse at Mercy": the employer (and the job)
    (r"^(?:just\s+)?(?:finally\s+)?(?:got|get|was|were|been|have\s+been|has\s+been)\s+(?:just\s+|finally\s+|officially\s+)?"
     r"hired\s+(?:on\s+)?(?P<p>at|by|with|as)\s+(?P<o>.+)", r_job_at),
    # "i just got promoted to senior engineer", "i was promoted to team lead at Acme": the job now held (not "to a new role")
    (r"^(?:(?:got|get|gets|was|were|am|is|been|(?:have|has)\s+been|finally\s+got)\s+)?promoted\s+to\s+"
     r"(?!(?:an?\s+|the\s+)?(?:(?:new|higher|next|better|bigger|senior|same)\s+)?(?:position|role|level|job|rank|grade|title)s?\b)(?:an?\s+|the\s+)?(?P<o>.+)",
     r_work_as),
    # "i just started a new job at amazon", "... as a nurse" ("started" is cut before this, as in "started a keto diet")
    (r"^(?:a\s+)?new\s+(?:job|position|gig)\s+(?P<p>at|with|for|in|as)\s+(?P<o>.+)", r_job_at),
    TEACH.after_subject_pattern(),
    STUDY_AT.after_subject_pattern(),
    SCHOOL_GO.after_subject_pattern(),
    HOMESCHOOLED.after_subject_pattern(),
    STUDY.after_subject_pattern(),
    (WAS_MAJOR.pattern, r_was_major),  # "was an English major at Smith": the field and the school
    (r"^(?:went|go|goes|going|am\s+going|went\s+back|going\s+back)\s+to\s+(?:school|college|university|uni|grad\s+school)\s+for\s+(?P<o>.+)", r_study),
    (DEGREE_VERB + r"\s+" + DEGREE, r_degree),
    (GRADUATED[0], with_status(GRADUATED[1])),  # "(i) graduated from UCLA with a degree in film": the school, the degree, its field
    DONE,  # "(i) graduated last year", no school named: the status
    DROPPED,  # "(i) dropped out of college", "(i) quit high school"
    STANDING,  # "(i'm) a college graduate", "(i'm) a high school dropout"
    (r"^(?P<v>was|were)\s+(?:a\s+student|educated)\s+at\s+(?P<o>.+)", r_school_go),
    (r"^(?P<v>like|likes|love|loves|enjoy|enjoys|adore|adores|prefer|prefers|dig|fancy|appreciate|appreciates|liking|loving|enjoying|really\s+like|really\s+love)\s+(?P<o>.+)", r_likes),
    # "i have always loved dogs": a liking held till now (not "have" of a dog had)
    (r"^(?:have|has)\s+(?:(?:always|really|just|ever|long|also)\s+)*(?P<v>loved|liked|enjoyed|adored)\s+(?P<o>.+)", r_likes),
    # "i find painting relaxing", "i find medicine fascinating": what the subject finds relaxing, fun or fascinating is liked (not "i find him fun": a person)
    (r"^(?:find|finds)\s+(?!(?:him|her|you|them|people|myself|that|what|how)\b)(?![^.!]*\b(?:is|are|was|were)\s)(?P<o>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
     r"(?:(?:so|really|very|super|quite|pretty|incredibly|absolutely|endlessly)\s+)?(?:relaxing|fun|enjoyable|therapeutic|calming|soothing|"
     r"fascinating|interesting|inspiring)\s*[.!]*$",
     lambda m, c: not c.negated and likes("enjoy", m.group("o"), c)),
    (r"^(?P<v>crave|craves|craving|am\s+craving|always\s+crave)\s+(?P<o>.+)",
     lambda m, c: not c.negated and likes("like", m.group("o"), c)),  # "i do not crave sweets" is no dislike
    (r"^(?:hate|hates|dislike|dislikes|detest|detests|despise|despises|loathe|loathes|cannot\s+stand|can't\s+stand|abhor|abhors|hating)\s+(?:having\s+to\s+(?=[a-z]+(?:\s+(?!(?:you|him|her|them|us|me)\b)(?-i:[a-z])[\w']*){0,2}(?:\s+(?:lol|haha|lmao))?\s*(?:$|[.,!;?])))?(?P<o>.+)",
     r_dislikes),  # "hate having to cook": cook (not "having to lie to Rachel": to someone)
    AFRAID.after_subject_pattern(),
    (r"^(?:fear|fears)\s+(?P<o>.+)", r_afraid),
    # "i have an extreme fear of heights", "i have a phobia of spiders"
    (r"^(?:have|has|had)\s+(?:an?\s+|this\s+)?(?:(?:extreme|huge|big|real|irrational|terrible|serious|deep|intense|crippling|"
     r"major|massive|bad|slight|little)\s+)*(?:fear|phobia|terror)\s+(?:of|over)\s+(?P<o>.+)", r_afraid),
    ALLERGIC.after_subject_pattern(),
    DIAGNOSED,  # "i was diagnosed with adhd", "my mom was just diagnosed with diabetes"
    *HEALTH_RULES,  # "i suffer from migraines", "i struggle with anxiety", "recovering from knee surgery" (ailments.py)
    WEARING,  # "i wear glasses", "i have to wear braces": a look
    # "i have a peanut allergy", "she has really bad nut allergies": allergic to them (not "a pet allergy kit", "bad allergies")
    (r"^(?:have|has|got|have\s+got|has\s+got)\s+(?:an?\s+)?(?:(?:really|very|pretty|so|super|quite|extremely|severe|bad|serious|mild|slight|terrible|life-threatening)\s+)*"
     r"(?P<o>(?!(?:food|seasonal|an?|really|very|pretty|so|super|quite|extremely|severe|bad|serious|mild|slight|terrible)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+allerg(?:y|ies)(?!\s+(?:kit|test|medicine|meds|pills?|shots?)\b)",
     r_allergic),
    INTO.after_subject_pattern(),
    IN_LOVE_AFTER_SUBJECT,  # "(i) fell in love with Lisbon"
    INTERESTED.after_subject_pattern(),
    GOOD_AT.after_subject_pattern(),
    FLUENT.after_subject_pattern(),
    MEMBER_OF.after_subject_pattern(),
    IN_SCHOOL.after_subject_pattern(),
    IN_GRADE.after_subject_pattern(),
    IN_GROUP.after_subject_pattern(),
    MEMBER.after_subject_pattern(),
    LOVE_FOR,
    HAD_ALWAYS,  # "(i) have always had long black hair": the look, not "had long black hair" (had_always.py)
    *SKILL_RULES,  # "draw really well", "have a black belt in karate": before "have" and the pastimes
    *WEAKNESS_RULES,  # "suck at cooking", "am not good at chess", "never learned to swim"
    *HABIT_RULES,  # "have a bad habit of smoking": no thing had
    *HOME_RULES,  # "(have never) been outside of ohio", "moved into a new condo": homes said without "live in"
    (r"^(?P<v>have\s+got|has\s+got|have|has|got|own|owns|bought|adopted|rescued|raise|raises|keep|keeps|just\s+got|recently\s+got|also\s+have|"
     r"received|recieved|inherited)\s+(?P<o>.+)", _have),
    GIG_WORK,  # "(i) drive for Uber", "(i) drive a truck for FedEx": the employer (before cars and hobbies)
    REPORTS_TO,  # "(i) report to Dana", "(he) works under me": the boss
    ROOTING,  # "(i) support Arsenal", "(we) root for the Yankees"
    (r"^(?:drive|drives|driving)\s+(?P<o>.+)", r_drive),
    (r"^(?:speak|speaks|speaking)\s+(?P<o>.+)", r_speak),
    # "grew up speaking French", "was raised speaking Spanish at home": a language spoken from childhood
    (r"^(?:grew\s+up|(?:was|were)\s+raised|(?:was|were)\s+brought\s+up)\s+speaking\s+(?P<o>.+)", r_speak),
    (r"^(?:(?:am|is|are|have\s+been|has\s+been)\s+)?(?:(?:still|currently|slowly|also|now|just)\s+)*"
     r"(?:(?:(?:have|has)\s+)?(?:started|begun|began)\s+)?learning\s+(?P<o>[A-Za-z]+)\b"
     r"(?!\s+(?:food|cuisine|history|culture|music|literature|dance|dancing|cooking)\b)", r_learning),
    (LEARNING_TO, r_learning_to),
    (r"^(?:can)\s+(?P<o>.+)", r_can),
    (r"^(?:know|knows)\s+how\s+to\s+(?P<o>.+)", r_skill),
    # "i spend most of my weekends fishing", "i spend a lot of time watching nascar races", "hours in the gym working out"
    (r"^(?:spend|spends)\s+(?:(?:(?:most|all|a\s+lot|much)\s+(?:of\s+)?)?(?:my|our|his|her)\s+(?:free\s+|spare\s+|down\s+|extra\s+)?"
     r"(?:time|weekends?|evenings?|days?|summers?|nights?|afternoons?)\s+|(?:a\s+lot\s+of|lots\s+of|so\s+much|more|much|a\s+(?:good|great)\s+"
     r"deal\s+of|(?:many|countless|long)\s+hours|hours)\s+(?:(?:free|spare|my)\s+)?(?:time\s+)?)"
     r"(?:(?:in\s+the\s+\w+|at\s+the\s+\w+|outside|online|at\s+home)\s+)?(?P<o>(?!(?:thing|something|nothing|anything|morning|evening|"
     r"everything|ceiling|king|ring|spring|wing|string|during|building|wedding|clothing|feeling|bring|sibling)\b)[a-z]+ing\b.*)",
     r_hobby_verb),
    # "i have been a nurse for years", "i have always been short": what holds till now
    (r"^(?:have|has)\s+(?:always\s+)?been\s+(?P<o>(?!to\b|in\b|at\b|there\b|here\b|on\b|through\b|around\b|all\s+over\b|married\b|"
     r"divorced\b|with\b|more\b|the\s+type\b|one\s+to\b)\w.*)", r_copula),
    (r"^(?:learned|learnt|taught\s+myself)\s+(?:how\s+)?to\s+(?P<o>.+)", r_skill),
    (r"^(?:play|plays|playing)\s+(?P<o>.+)", r_play),
    (r"^(?:do|does|practice|practices|practise|practises|practicing|doing)\s+(?P<o>yoga|pilates|karate|judo|taekwondo|tae\s+kwon\s+do|jiu\s+jitsu|kung\s+fu|crossfit|ballet|tai\s+chi|martial\s+arts|gymnastics|archery|photography|pottery|calligraphy|origami|parkour|triathlons?|marathons?|zumba|meditation|puzzles|crosswords)\b", lambda m, c: r_go_ing(m, c)),
    (rf"^(?:go|goes)\s+(?P<o>{_GO})\b", r_go_ing),
    # "we go for long walks in the park", "i go on hikes with my dog": an outing made a habit (not "went for a run")
    (r"^(?:go|goes)\s+(?:on|for)\s+(?:a\s+|an\s+)?(?P<o>(?:(?:long|short|daily|nightly|morning|evening|nature|early|nice|"
     r"brisk|quick)\s+){0,2}(?:walks?|hikes?|runs?|jogs?|bike\s+rides?|swims?|drives?|rides?|strolls?))\b", r_go_ing),
    # "i dabble in art": a pastime taken up lightly
    (r"^(?:dabble|dabbles|dabbled|dabbling)\s+in\s+(?P<o>.+)", r_hobby_verb),
    (r"^(?:listen|listens|listening)\s+to\s+(?P<o>.+)", r_listen),
    (r"^(?:watch|watches|watching)\s+(?P<o>(?!my\b|the\s+kids\b|them\b|him\b|her\b|it\b|out\b|over\b).+)", r_listen),
    RENTING,  # "(i) rent an apartment in Queens": where one lives
    NO_DRINKING,  # "(i don't) drink", "(i don't) drink or smoke": no alcohol (before a drink named)
    (r"^(?P<v>eat|eats|drink|drinks|eating|drinking)\s+(?P<o>.+)", r_consume),
    (r"^(?P<v>went|go|goes|have\s+been|has\s+been|had\s+been|been|traveled|travelled|travel|travels|flew|drove|visited|visit|visits|toured|vacationed|honeymooned|stayed(?=\s+in\s+(?-i:[A-Z]))|spent\s+(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|several|\d+)\s+(?:days?|nights?|weeks?|months?|summers?|weekends?)|backpacked|attended|attend|attends|took\s+a\s+trip|went\s+on\s+a\s+trip|was|were|ran|competed|participated|performed)\s+(?P<prep>(?:to|in|through|around|across|at|on|back\s+to|over\s+to|down\s+to|up\s+to|out\s+to|all\s+over)\s+)?(?P<o>.+)",
     lambda m, c: not (m.group("v").lower().endswith("been") and not m.group("prep") and _BEEN_DOING.match(m.group("o"))
                       or _WHEN_ONLY.match(m.group("o")) or m.group("v").lower().endswith("been")
                       and (m.group("prep") or "").strip().lower() == "at" and _STAYED_LONG.search(m.group("o")))
     and listed_places(event_or_place, m, c)),  # "i have been to ireland and australia": each place (visits_listed.py)
    # "i just got back from a trip to Iceland", "we flew home from Lisbon": where one was
    (r"^(?:just\s+)?(?P<v>got|came|flew|drove|am|are)\s+(?:(?:just|finally)\s+)?(?:home\s+|back\s+){1,2}(?P<prep>from\s+)(?P<o>.+)",
     event_or_place),  # "i'm just back from Kyoto"
    (r"^(?P<v>(?:(?:have|has)\s+)?(?:always\s+)?wanted)\s+to\s+(?P<o>(?:be|become)\s+.+)", lambda m, c: bool(_ALWAYS.search(c.sentence)) and r_goal(m, c)),
    GOAL.after_subject_pattern(),
    THINK_MOVE.after_subject_pattern(),
    SPOUSE.after_subject_pattern(),
    # "i had a date with Janice", "we are going on a second date with ...": someone dated, named
    (r"^(?:had|have|has|got|went\s+on|go\s+on|am\s+going\s+on|going\s+on|am\s+going\s+to\s+have)\s+(?:a|another|our|my)\s+"
     r"(?:(?:first|second|third|real|big|hot|great|blind|dinner|lunch|coffee)\s+)?date\s+with\s+(?P<n>(?-i:" + NAME + r"))"
     r"(?![\w'-])(?!\s*(?:,|and\b|&))", r_dated),
    (r"^(?P<v>know|knows|met)\s+(?P<n>(?-i:" + NAME + r"))", r_know),
    (ENCOUNTER_PATTERN, r_encounter),  # "saw Tom", "had lunch with Sarah": whom a later "his"/"her" is about
    (r"^(?:am\s+)?(?:called|named)\s+(?P<n>" + NAME + r"|[a-z]+)\s*(?:[.!,]|$)", r_named),
    (r"^(?:go\s+by)\s+(?P<n>[\w'-]+)", r_named),
    (r"^(?:believe|believes)\s+in\s+god\b", r_religion),
    # "(my dad) passed away two years ago", "died of cancer" (not "passed the exam")
    (r"^(?:died|passed\s+away|passed\s+on|passed)(?=\s*(?:$|[.!,;]|(?:last|two|three|four|five|a|an|\d+|in|on|when|after|"
     r"from|of|this|years?|yesterday|before|during|peacefully|suddenly|recently)\b))", r_died),
    (r"^(?:do|does)\s+(?P<o>(?!not\b|too\b|that\b|it\b|this\b|so\b|well\b|fine\b|ok\b|okay\b|good\b|great\b|alright\b|what\b|a\s+lot\b|lots\b|nothing\b|something\b|anything\b|everything\b|my\s+best\b|the\s+same\b)[a-z][\w\s'-]*)", r_hobby_verb),
    (r"^(?P<o>(?:hike|hikes|fish|fishes|knit|knits|paint|paints|garden|gardens|surf|surfs|ski|skis|run|runs|jog|jogs|bake|bakes|cook|cooks|dance|dances|sing|sings|swim|swims|read|reads|write|writes|draw|draws|hunt|hunts|bowl|bowls|camp|camps|crochet|crochets|sew|sews|golf|golfs|skate|skates|climb|climbs|box|boxes|bike|bikes|cycle|cycles|meditate|meditates|volunteer|volunteers|work\s+out|works\s+out|exercise|exercises|blog|blogs|collect|collects|travel|travels|shop|shops|sketch|sketches|sculpt|sculpts|quilt|quilts|garden|gardens|brew|brews|lift|lifts|lift\s+weights|train|trains|rap|raps|gamble|gambles|fly|flies|sail|sails|kayak|kayaks|ride|rides|tinker|tinkers|build|builds|restore|restores|grow|grows|make|makes|compose|composes|write|writes|photograph|photographs)\b.*)", r_hobby_verb),
    (rf"^(?P<o>(?:reading|painting|drawing|knitting|crocheting|sewing|baking|gardening|writing|singing|dancing|"
     rf"practicing|working\s+out|cooking|grilling|crafting|sketching|quilting|rollerblading|traveling|"
     rf"travelling|{_GO})\b.*)", r_hobby_verb),
], re.I)

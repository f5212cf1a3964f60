"""English rules: regular patterns over clauses, no model.

The stages live in their own modules: :mod:`.segment` (normalisation, sentences, clauses),
:mod:`.tables` (which verb phrase goes to which rule, with :mod:`.identity`, :mod:`.places` and
:mod:`.activities` holding the rules), :mod:`.mentions` (possessives and statements found anywhere in
a clause), :mod:`.people` (how the speaker and "you", "he", "she" are related: "you are my best friend",
"I love you", "Bye, Dad!"), :mod:`.objects` (cleaning what a rule captured) and :mod:`.lexicon` (word lists).

A turn is normalised (contractions expanded, tokenised punctuation re-attached), cut into
sentences and clauses (run-on chat such as "i live in ohio i love to paint" included); questions,
conditionals and wishes are dropped, and so is a clause of time that says where one will be or what will hold
("I'll let you know when I'm in Boston": no home). Each clause's subject ("I", "my sister Anna", "he", "Tom", or
the "I" that chat leaves out: "love pretzels", not after another's clause: "they have energy and love walks") is
resolved through a :class:`~.pronouns.Discourse`, then the verb phrase after it is matched against the predicate patterns below, first match wins
(one alternation finds the first candidate rule). Possessive mentions anywhere in a clause ("my dog
Rex", "my wife", "my favorite color is blue") are scanned separately; relatives and pets survive a
modal ("my dog would love that") but not a wish. Negated likes become dislikes; other negated
statements give nothing. "It"/"them" after a question ("do you like sushi? i love it") is the thing
asked about, and after a clause that ends on a thing ("i just listened to pearl jam, i love them") that
thing; a bare "i do" answers the question before it, a bare "i do not" to "do you like X?" is a dislike
(:mod:`.answers`); clefts ("summer is what i like"), "christmas, my favorite holiday", "blue and red are my favorite
colors", "hiking , which i love" and "traffic drives me nuts" are read by :mod:`.clefts`; "i would love to be a
chef", "my dream is to become a nurse", "i am in school to be a dentist" and "an aspiring actor" are goals
(:mod:`.desires`); "hi , i am joanna" names the speaker (:mod:`.introductions`). What the speaker is doing ("i am
good , just playing video games", "i am watching football") is read as the pastime itself, and a job title that
names the kind of place ("a factory worker"), "my factory job" or "i work from home" gives the ``workLocation``;
"pittsburgh where i live" the ``livesIn``. Profile facts: ``maritalStatus`` ("I'm divorced"), ``hometown`` ("I'm from Ohio": not
``livesIn``), ``fieldOfStudy`` ("I major in biology") and ``degree`` ("a master's in Italian").
Every pattern is compiled once, at import.

Unnamed relatives and pets become entities labelled from their owner ("Ann's sister"); named ones
keep their names ("Rex", typed ``Animal``), and a named pet keeps its kind as an alias ("Ann's dog"), so the
graph says what Rex is and a later "my dog" is Rex.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c1", "1", "Ann", "I live in Paris and my dog Rex loves cheese.")
>>> facts = EnglishRules().extract_turn(turn, Discourse([turn]))
>>> [(f.subject.label, f.predicate, getattr(f.object, "label", f.object)) for f in facts]
[('Ann', 'livesIn', 'Paris'), ('Ann', 'hasPet', 'Rex'), ('Rex', 'likes', 'cheese')]
"""

from __future__ import annotations

import re

from ...types import Entity, Fact, Turn
from ..framework import Clause, end_facts, lazy, merge_found, split_former
from ..fronted import time_after_subject
from ..names import unshouted
from ..pronouns import FEMALE, MALE, Discourse, gender_of_name, gender_of_noun
from ..starts import state_end
from .addressed import scan_addressed
from .alumni import scan_alumni
from .answers import answers_no, answers_yes, asked_about, comma_asked, restated
from .asked_after import scan_asked_after
from .asked_trips import scan_asked_trip
from .birthdays import scan_birthdays
from .called_siblings import scan_called_siblings
from .carried_subject import carried_subject
from .children_told import children_told
from .choirs import scan_choirs
from .class_years import school_years
from .clefts import scan_clefts, scan_favorite_after, scan_which_i_like
from .dating_named import dating_named
from .desires import scan_desires
from .endings import former_partners, scan_endings, scan_moved_from
from .exes_named import exes_named
from .fragments import companion, doing_said_of, meant_by, thing_before
from .homes_closed import homes_closed
from .honorifics import scan_honorifics
from .introductions import scan_introductions
from .kin_of_kin import kin_of_kin
from .known import known_so
from .leanings import scan_cannot_do_without, scan_leanings
from .lexicon import GENERIC_SUBJECTS, KIN, KIN_MODS, KIN_PREDICATE, NAME, OBJECT_PRONOUNS, STOP
from .listener_kin import listener_kin
from .looks import scan_looks
from .me_and_splits import scan_me_and_splits
from .mentions import TurnState, scan_possessives, scan_statements
from .moved_in_together import scan_moved_in_together
from .no_liking import gives_example, likes_a_name_chosen, without_whether
from .not_like_to import SWALLOWED
from .objects import clean_object, owned_entity
from .owned_after import scan_owned_after
from .past_bonds import past_bonds
from .past_states import scan_past_states
from .pastimes_done import scan_pastimes_done
from .people import named_endings, scan_breakups, scan_people, scan_schoolmates, scan_vocative_kin
from .pets_told import scan_asked_pets, scan_pet_is
from .place_there import place_for_there, since_moving_said
from .places import home_before, workplace_job, workplace_of
from .profile_lists import is_profile, profile_statements
from .quit_for import scan_quit_for
from .relations import scan_asked_kin, scan_named_then_kin, scan_relations, scan_who_answer
from .scope import stated_parts
from .segment import (
    CONDITIONAL,
    CONTINUES,
    ELLIPSIS,
    FILLER,
    HOW_I_AM,
    IF_START,
    INNER_SUBJECT,
    LATE_FIRST_PERSON,
    SENTENCE,
    SUBJECT,
    UNDER_WAY,
    WISH,
    conditional,
    emphatic_tag,
    irrealis,
    is_question,
    normalize,
    of_another_time,
    question_topic,
    split_clauses,
    statement_after_question,
    statement_before_tail_question,
    trailing_thing,
)
from .speaking_as import identity_spoken_as, scan_speaking_as
from .study_ahead import scan_study_ahead
from .tables import VERB_RULES
from .the_one_meant import scan_the_one_meant
from .ties_left import left_tie, scan_not_together
from .titled_kin import scan_titled_kin
from .titled_mentions import mention_titled
from .we_named import named_by_us
from .where_clauses import employer_before
from .you_subject import you_in_group

__all__ = ["EnglishRules"]

_PRE = lazy(
    r"^(?:(?:also|really|just|actually|still|currently|usually|always|often|sometimes|mostly|"
    r"definitely|absolutely|totally|truly|only|even|now|already|kinda|kind\s+of|sort\s+of|"
    r"pretty\s+much|basically|personally|mainly|recently|finally|generally|normally|typically|"
    r"especially|seriously|literally|honestly|simply|certainly|obviously|very\s+much|so|too|"
    r"all|both|tend\s+to|happen\s+to|mainly|mostly|lately|occasionally|frequently|regularly|"
    r"rarely|ever|once|sort|both|then|also|absolutely|secretly|happily|proudly|ended\s+up|end\s+up|"
    r"started|start|began|myself|try\s+to|tries\s+to|trying\s+to|"
    r"(?:do|does|did)(?!\s+(?:my|a|an|his|her)\s+(?:[\w']+\s+)?(?i:undergrad|masters|master's|phd|doctorate|mba|bachelor's|degree)\b)|"
    r"(?!(?:apply|reply|rely|fly|supply|comply|multiply|bully|rally|tally|only|family|belly|jelly|holy|ugly|silly|"
    r"lonely|early|daily|weekly|monthly|yearly|friendly|lovely|likely|curly|italy|july|lily|emily|kelly|molly|sally|"
    r"ally|billy|barely|hardly|scarcely|seldom)\b)[a-z]{3,}ly)\s+)*"
)
_NEG = lazy(
    r"^(?:(?:do|does|did|am|is|are|was|were|have|has|had|will|can)\s+)?(?:not|never|no\s+longer|"
    r"hardly|barely|no\s+more)\s+(?:(?:really|even|ever|particularly|too|very|much|actually|"
    rf"always|{SWALLOWED})\s+)*|^cannot\s+(?!stand|bear|tolerate)",  # "do not like to drive": a dislike (.not_like_to)
    re.I,
)
_TO_BE = lazy(r"\bto\s+(?:be|become|work\s+as)\s", re.I)
#: A subject that is no one the rules read: "they (have tons of energy)", "the kids", "you (should ...)"
_SOMEONE_ELSE = lazy(r"^(?:they|he|she|it|you|the|a|an|his|her|their|your|this|that|these|those)\b", re.I)
#: "a retired nurse": the job held before
_RETIRED_FROM = lazy(r"^retired\s+(?=\w)", re.I)
#: "an aspiring actor", "a future nurse", "a wannabe chef": a job title wished for
_ASPIRING = lazy(r"^(?:aspiring|future|wannabe|would-be|budding|hopeful)\s+(?=\w)", re.I)
#: "i dream of being a vet": a wish read for the job wished for (:mod:`.desires`), though "dream" makes it a wish
_DREAM_OF_BEING = lazy(r"\bdream(?:s|ed|t|ing)?\s+(?:(?:of|about)\s+(?:being|becoming)"
                       r"|to\s+(?:(?:some\s*day|one\s+day)\s+)?be(?:come)?)\b", re.I)
_NO_LONGER = lazy(r"\bno\s+(?:longer|more)\b", re.I)
_ANYMORE = lazy(r"\s*\b(?:any\s*more|any\s+longer)\b", re.I)
_PAST_HABIT = lazy(r"^(?:once|formerly)\b", re.I)
#: "i used to live in Paris", "he used to be a teacher": what held before and holds no more, read as an ending
#: (``be`` read as "am", so that the copula's rules apply).
_FORCES = r"(?:the\s+)?(?:us\s+|u\.s\.\s+|royal\s+)?(?:navy|army|marines|air\s+force|military|coast\s+guard|national\s+guard|marine\s+corps)\b"
_USED_TO = lazy(r"^(?:(?:used|use)\s+to\s+(?:(?P<be>be)\s+)?|(?P<was>was|were|served)\s+(?=in\s+" + _FORCES + "))", re.I)
#: "(i serve in) the navy": a service one is in ("i served in the navy", "i was in the army": a former one)
_SERVE_IN = lazy(r"^(?:serve|serves|am\s+serving|is\s+serving)\s+(?=in\s+" + _FORCES + ")", re.I)
#: A negation after a copula ("am not a teacher anymore"): the copula's rules still read what follows.
_COPULA_NEG = lazy(r"^(?:am|is|are|was|were|'m|'s|'re)\s", re.I)
#: A name and the relative clause after it: "Kate who lives in Dublin", "Tom, who just moved to Leeds" (not a verb
#: asking who: "Guess who's a finalist!", "Ask who is coming").
_WHO_CLAUSE = lazy(rf"(?<![\w'-])(?!(?:Guess|Know|Ask|Tell|See|Wonder|Remember|Imagine|Find|Check|Look|Say|Figure)\b)"
                   rf"(?P<n>{NAME}),?\s+who\s+(?:(?:just|recently)\s+)?(?P<rest>(?:lives|works|studies|is|moved)\b[^,.;!?]*)")
#: The speaker's relative and the relative clause after it: "I have a son who is 3 (and a daughter who is 5)", "my
#: sister, who lives in Rome".
_KIN_WHO_CLAUSE = lazy(rf"(?:(?P<have>\b(?i:i\s+have|i've\s+got|i\s+have\s+got))\s+(?i:a|an|one)|\b(?i:my)"
                       rf"|(?P<more>\b(?i:and)\s+(?i:a|an|one)))\s+{KIN_MODS}"
                       rf"(?P<kin>(?i:{KIN})),?\s+who\s+(?:(?:just|recently)\s+)?(?P<rest>(?:lives|works|studies|goes|is|moved)\b(?:(?!\s(?i:and)\s+(?i:a|an|one)\s)[^,.;!?])*)")
#: A relative clause set off by commas before its main verb ("my sister, who lives in Rome, is a nurse"): read by
#: :meth:`EnglishRules._who_clauses`, and left out of the main clause ("my sister is a nurse").
_WHO_ASIDE = lazy(r"(?<=\w),\s*who\s+[^,.;!?]+,\s*(?=[a-z])(?!(?:and|but|so|or|then|i|we|you|he|she|they|it)\b)", re.I)
#: A person spoken of in general: "them" / "it" in the sentence may mean them, not the thing said before.
_SOMEONE = lazy(r"\b(?:some|any|every|no)(?:one|body)\b", re.I)
_GERUND = lazy(r"[A-Z][a-z]{2,}ing")
_HABIT = lazy(
    r"\b(?:usually|always|often|every\s+(?:day|morning|night|evening|week|weekend|sunday|saturday|"
    r"monday|tuesday|wednesday|thursday|friday|year|summer|winter)|daily|weekly|nightly|each\s+"
    r"(?:day|week|morning|night)|regularly|frequently|most\s+days|(?:once|twice)\s+(?:a|each|per)\s+(?:day|week)|"
    r"(?:a\s+few|\w+)\s+times\s+"
    r"(?:a|each|per)\s+(?:day|week|month)|on\s+weekends|on\s+the\s+weekends)\b",
    re.I,
)
_FOR_ILLNESS = lazy(r"^(take\s.+?)\s+for\s+(?:my|his|her|the)\s+\w+(?:\s+\w+)?$", re.I)
_FOR_FUN = lazy(r"\b(?:for\s+fun|in\s+my\s+(?:free|spare|down)\s+time|as\s+a\s+hobby|for\s+a\s+hobby|on\s+the\s+side(?!\s+of))\b", re.I)
#: Something done once for fun ("I just put our names down for fun", "I signed up for the race for fun"): no pastime.
_ONCE_VERB = r"(?:[a-z]+[^e\W]ed|said|did|went|made|took|got|gave|wrote|bought|sent|told)\b"
_ONCE_FOR_FUN = lazy(rf"^{_ONCE_VERB}|\b(?:just|only)\s+(?:put\b|{_ONCE_VERB})", re.I)
_DO_ACTIVITY = lazy(
    r"^(?:(?:also|really|just|still|usually|mostly|often|sometimes|actually)\s+)*(?:do|does)\s+(?:(?:a\s+lot\s+of|lots\s+of|some|a\s+little|a\s+bit\s+of)\s+)?"
    r"(?P<o>(?!(?:some|any|every|no)thing\b)(?:[a-z]+\s+)?[a-z]+ing\b|beadwork|yoga|pilates|karate|crossfit|"
    r"martial\s+arts|photography|pottery|gymnastics|archery|woodwork|crafts|cosplay|parkour|improv|standup)",
    re.I,
)
#: "Like buddies.", "like a... like a spokesmodel": "like" that compares, not the speaker's liking.
_LIKE_AS = lazy(r"^(?:Like\b|like\s+(?:a|an)\b)")
#: a lone past-tense verb: "(i always) remembered (him)", "knew", "heard"
_PAST_VERB_ONLY = lazy(r"[a-z]+ed|heard|knew|thought|said|told|felt|saw|got|went|did|made|found|meant|forgot")
#: A verb whose object is a pronoun ("my dad makes it every week"): what is done is unsaid, no habit of "makes".
_VERB_ON_PRONOUN = lazy(r"^\W*[\w'-]+\s+(?:it|them|that|this|those|these|one|him|her)\b", re.I)
_AUX_START = lazy(r"^(?:am|is|are|was|have|has|had|get|got|do|does|did)\b", re.I)
_WORD_START = lazy(r"^[a-z]+")
_AUX_OR_LIGHT_START = lazy(r"^(?:am|is|are|was|have|has|had|get|got|do|does|did|make|feel|may|might|must|can|could|would|"
                          r"should|will)\b", re.I)
#: "we often overlook the small things", "i always forget names": a way of thinking or a lapse, no practice kept; "i
#: usually work during office hours": the job's hours, no practice ("i usually work out" is one; "i take metformin every
#: morning" is one)
_NOT_A_PRACTICE = lazy(r"^(?:overlook|forget|ignore|underestimate|overestimate|neglect|take(?!\s+(?:my\s+|some\s+)?(?:vitamins?|"
                       r"meds|medications?|medicines?|pills?|insulin|supplements?|[a-z]+(?:in|ol|ine|fen|pril|statin|zole|pam|"
                       r"lam|xin|cycline|mab))\b)|assume|judge|think|wonder|worry|"
                       r"wish|tend|need|want|complain|regret|miss|fail|struggle|realize|realise|notice|doubt|believe|hope|"
                       r"say|blame|compare|lose|mistake|confuse|work(?!\s+out\b))\b", re.I)


#: Adverbs after "am": "i am actually married", "i am just not into it" (then "am not into it": negated).
_COPULA_ADVERB = lazy(
    r"^(am|is|are|was)\s+(?:(?:actually|really|also|still|now|currently|happily|finally|just|definitely|totally|"
    r"honestly|officially|proudly|luckily|sadly|even|personally|strictly|technically)\s+(?:and\s+)?)+",
    re.I,
)
#: "(i) am watching", "am just eating": the speaker's pastime under way, read as the activity itself ("watching
#: football"); not of others ("my dog is eating my shoes").
_PROGRESSIVE = lazy(
    r"^(?:am|have\s+been|(?:just\s+)?(?:finished|got\s+done|done))\s+(?:(?:just|currently|now|still|always|constantly|busy|sitting\s+here|hanging\s+out|chilling|out|here|"
    r"at\s+home|up|all\s+day)\s+)*"
    rf"(?=(?:{UNDER_WAY})\b(?!\s+(?:this|that|these|those|him|her|them|it|you|me|us)\b))",  # not "watching this guy"
    re.I,
)
_REFERS = lazy(r"\b(?:it|them|that|this|those|these|favorite)\b", re.I)
#: "so let's say i am the interviewer", "I'm playing your husband, Victor": a part played, no fact of the speaker
_ROLE_PLAY = lazy(rf"\b(?:let(?:'s|\s+us)\s+say|pretend(?:ing)?\s+(?:that\s+)?(?:i|you|we|he|she)\b|"
                  rf"(?:play|plays|playing|played)\s+(?:your|his|her|my|the|a|an)\s+(?:[\w-]+\s+)?{KIN}\b)", re.I)
#: "i want to be an author someday", "when i grow up i want to be a vet": the time a job is wanted for, which
#: the goal already says (left out before the clause is read, so that "someday" makes no wish of it)
_GOAL_TO_BE = lazy(r"^i\s+(?:(?:really|still|just|also)\s+)?(?:want|plan|hope|aspire|am\s+going|would\s+(?:like|love))\s+to\s+(?:be|become|work\s+as)\s", re.I)
_GOAL_WHEN = lazy(r"^(?:(?:when|once|after)\s+i\s+(?:grow\s+up|graduate|finish\s+(?:school|college))(?:\s+(?:from\s+)?(?:high\s+school|"
                  r"college|school|university))?|(?:some\s*day|one\s+day)(?:\s+soon)?)\s*,?\s+(?=i\s)", re.I)
_GOAL_SOMEDAY = lazy(r"\s+(?:some\s*day|one\s+day)(?=\s*[.!]*$)", re.I)
#: "(my mother) is named Linda", "(my brother)'s name is Max": the relative's name, said after the noun
_CALLED = lazy(rf"^(?:(?:is|was)\s+(?:named|called)|'s\s+name\s+(?:is|was))\s+(?P<n>{NAME})\b")
#: "(her boss) is Linda", "(his wife) is Maria": the relative of "his"/"her" named (not "is Linda's friend")
_IS_NAMED = lazy(rf"^(?:is|'s)\s+(?:(?:named|called)\s+)?(?P<n>{NAME})\s*(?:[.!,;]|$)")

#: "I'm a nurse in Austin": what one is, which a later "it" means ("... and I love it"), whatever the clause ends on.
_BEING_A = lazy(r"^\s*(?:i\s*'?m|i\s+am)\s+(?:(?:now|currently|still|also)\s+)?an?\s", re.I)


def _remember_thing(read: tuple[str, Entity | None] | None, state: TurnState) -> None:
    """After a clause that named no liked or owned thing, the thing it ends on is what "it" means next
    ("i just listened to pearl jam, i love them")."""
    if read is not None and state.last_thing is read[1] and not _BEING_A.match(read[0]):  # "I'm a teacher in
        thing = doing_said_of(read[0]) or trailing_thing(read[0])  # Tucson Arizona and love it": the work, not the town
        if thing is None or companion(thing.label):  # "i went camping with my dad (or my dog) , i hated it": the
            thing = thing_before(read[0]) or thing  # outing, not the dad or the dog; "sushi ! i love it", "i went hiking"
        if thing is not None:
            state.last_thing = thing


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
        state = TurnState(last_thing=question_topic(previous_text))
        text = normalize(unshouted(turn.text))  # "HEY, SHE'S FAST!!": stress, no name "FAST"
        text = place_for_there(since_moving_said(text))  # "... my parents still live there": in Boston; "since moving to X"
        profile = is_profile(text)  # "Hi! I'm Dana, 34, a UX designer ...": what follows lists the speaker's own
        before = normalize(previous_text) if previous_text else ""
        asked = asked_about(before) if before else None
        question = SENTENCE.split(before)[-1].strip() if before else ""
        refers = bool(_REFERS.search(text))
        mention_titled(turn.text, turn, discourse)  # "My landlord, Mr. Petrakis, ...": whom a later "him" may mean
        scan_named_then_kin(text, turn, discourse, state)  # "I'm bringing Pete. My boyfriend."
        scan_who_answer(question, text, turn, discourse, state)  # "Who's Rick?" - "My husband."
        scan_asked_after(before, text, turn, discourse, state)  # "Where's Dev?" - "My husband is parking."
        scan_the_one_meant(text, turn, discourse, state)  # "My flatmate hasn't forgiven you." - "I'm the flatmate."
        said = ""  # the sentence before in this turn
        for sentence in SENTENCE.split(comma_asked(text)):  # "do you like hiking , i do": a question, then a yes
            sentence = known_so(time_after_subject(sentence.strip(), turn.time, "en"))  # "I didn't know you had a sister"
            if not sentence or gives_example(sentence, said) or likes_a_name_chosen(sentence, f"{before} {text}"):
                continue  # "i am scared of lots . like spiders !", "We're naming him Otis." - "I love Otis.": no liking
            said, sentence = sentence, carried_subject(sentence, said)  # "He's good! Just started at ...": he started
            if question and (full := restated(question, sentence)) is not None:
                sentence = full  # "do you have any kids? i have two": "i have two kids"
            question = sentence if is_question(sentence) else ""
            if asked is not None and answers_yes(sentence):  # "do you like sushi? i do"
                state.collect([(discourse.speaker(turn), asked[0], Entity(asked[1], "Thing"), 0.6, None)])
                asked = None
                continue
            if asked is not None and asked[0] == "likes" and answers_no(sentence):  # "do you like science? i do not"
                state.collect([(discourse.speaker(turn), "dislikes", Entity(asked[1], "Thing"), 0.6, None)])
                asked = None
                continue
            scan_vocative_kin(sentence, turn, discourse, state)  # "Bye, Dad!" (a question too: "Mom, are you ok?")
            scan_called_siblings(sentence, turn, discourse, state)  # "Yes, big sister."
            scan_titled_kin(sentence, turn, discourse, state)  # "How's Aunt Deb?", "Sure thing, Uncle Sal."
            if not conditional(sentence):  # "As your friend, I think you should go" (whatever the advice's mood)
                scan_speaking_as(sentence, turn, discourse, state)
                if told_job := identity_spoken_as(sentence):  # "As a nurse at Mercy, how should I ...?": a nurse
                    self._sentence(told_job, turn, discourse, state, previous_text + " " + text, refers)
            for listed in profile_statements(sentence, profile):  # "About me: 29, software engineer, ...": 29, an engineer
                self._sentence(listed, turn, discourse, state, previous_text + " " + text, refers)
            state.asked = is_question(sentence)
            asked = asked_about(sentence) if state.asked else None
            if state.asked:
                scan_asked_kin(sentence, turn, discourse, state)  # "With my ex-boyfriend Ross?"
                scan_asked_pets(sentence, turn, discourse, state)  # "Can my parakeet come?"
                scan_asked_trip(sentence, turn, discourse, state)  # "What should I pack for a trip to Iceland?"
                scan_honorifics(sentence, turn, discourse, state, asked=True)  # "Dr. Green, is it bad?": a doctor
                self._who_clauses(sentence, turn, discourse, state)  # "Can you text Tom, who works at IBM, for me?"
                state.last_thing = question_topic(sentence) or trailing_thing(sentence.rstrip(" ?")) or state.last_thing
                told_head = statement_before_tail_question(sentence)
                if told_head and emphatic_tag(sentence):
                    state.asked = False  # "I'm his sister, okay?": a statement, stressed
                sentence = told_head or statement_after_question(sentence)
                if not sentence:
                    continue
            told = len(state.facts)
            self._sentence(sentence, turn, discourse, state, previous_text + " " + text, refers)
            past_bonds(sentence, state, told)  # "Tom was my roommate in college": a roommate before
            for _, predicate, pet, _, _ in state.facts[told:]:  # "I have a cat named Luna. She's 3.": no person's age
                if predicate == "hasPet" and isinstance(pet, Entity):
                    discourse.mention(turn, pet)
        former_partners(text, state)  # "my ex-wife Emily": a spouse that ended, not a date
        children_told(turn, discourse, state)  # "I have 2 kids. Emma is 8 and Jack is 5."
        homes_closed(turn, discourse, state)  # "We closed on our house in Decatur!", "closed on Friday" (of "the house?")
        dating_named(turn, discourse, state)  # "I met someone! Her name is Priya and we're dating now."
        exes_named(turn, discourse, state)  # "I broke up with my boyfriend. His name is Mark.": Mark
        named_by_us(turn, discourse, state.facts)  # "We just had a baby girl. We named her Lily.": Lily
        state.facts.extend(listener_kin(turn, discourse))  # "You've hiked with your dogs": the listener's dogs
        return merge_found(state.facts, turn) + end_facts(named_endings(state.endings), turn)

    def _sentence(self, sentence: str, turn: Turn, discourse: Discourse, state: TurnState, previous: str,
                  refers: bool = True) -> None:
        """Read one sentence; ``refers`` says whether the turn says "it", "them"... (then the thing each clause
        ends on is remembered for them)."""
        sentence = without_whether(sentence)  # "whether i like country or not , it plays all day": an open question
        scan_introductions(sentence, turn, discourse, state)  # "hi , i am joanna and i like horror movies"
        scan_not_together(sentence, turn, discourse, state)  # "Dana and I aren't together anymore": a negation
        state.resolved_kin.clear()
        state.resolved_pets.clear()
        for part in stated_parts(sentence):  # "Joey is your friend, and you don't even call him": the first part
            scan_relations(part, turn, discourse, state)  # "Chandler and I are friends": before the cut at "and"
            scan_schoolmates(part, turn, discourse, state)  # "Nora and I went to school together"
            scan_alumni(part, turn, discourse, state)  # "My wife and I went to Ohio State together"
            scan_choirs(part, turn, discourse, state)  # "I sing alto in the community choir": the choir, singing
            scan_breakups(part, turn, discourse, state)  # "Monica and I split up"
            scan_me_and_splits(part, turn, discourse, state)  # "Me and my boyfriend broke up"
            scan_moved_in_together(part, turn, discourse, state)  # "Marco and I moved in together": a roommate
            scan_study_ahead(part, turn, discourse, state)  # "starting my master's at Michigan in the fall"
            scan_favorite_after(part, turn, discourse, state)  # "christmas, my favorite holiday"
            scan_which_i_like(part, turn, discourse, state)  # "i went hiking , which i love to do"
            scan_pastimes_done(part, turn, discourse, state)  # "we went camping", "took a trip to Rome"
            self._who_clauses(part, turn, discourse, state)  # "a sister named Kate who lives in Dublin"
            if (home := home_before(part)) is not None:  # "hello from pittsburgh where i live"
                state.collect([(discourse.speaker(turn), "livesIn", Entity(home, "Place"), 0.7, None)])
            state.collect([(discourse.speaker(turn), p, o, w, None) for p, o, w in employer_before(part)])  # "at X, where I work"
        subject: tuple[Entity, float] | None = None
        read: tuple[str, Entity | None] | None = None  # the clause just read, and the turn's last thing before it
        others = False  # the clause before had a subject not read ("they", "the kids"): a verb after it is theirs
        inner = False  # the subject's clause went on with another's ("i love how you use it to inspire kids")
        for raw, before in split_clauses(_WHO_ASIDE.sub(" ", sentence)):
            if refers:
                _remember_thing(read, state)
            read = None
            clause = raw.strip(" ,;:")
            if _GOAL_TO_BE.match(dated := _GOAL_WHEN.sub("", clause, count=1)):
                clause = _GOAL_SOMEDAY.sub("", dated)
            if CONDITIONAL.match(clause) or IF_START.match(clause):
                return
            if of_another_time(clause, before, sentence):  # "(I'll let you know) when I'm in Boston": not where one is now
                scan_possessives(clause, turn, discourse, state)  # "when i drive my truck into town": the truck is had
                subject = None
                continue
            play = _ROLE_PLAY.search(clause)
            if play and play.group(0)[:7].lower() == "pretend" and len(clause[:play.start()].split()) >= 3:
                clause = clause[:play.start()].rstrip(" ,")  # "That's my husband Walt on the couch pretending he read it"
            elif play:  # "so let's say i am the interviewer": a part played
                subject = None
                continue
            if irrealis(clause) or is_question(clause):
                if not is_question(clause) and (not WISH.search(clause) or _DREAM_OF_BEING.search(clause)):
                    scan_possessives(clause, turn, discourse, state, modal=True)  # "my two dogs would love that"
                    scan_cannot_do_without(clause, turn, discourse, state)  # "i could not live without my phone"
                    if not conditional(sentence):
                        scan_desires(clause, turn, discourse, state)  # "i would love to be a chef"
                elif not is_question(clause):  # "I wish my sister lived here": the sister only, not where she lives
                    scan_possessives(clause, turn, discourse, state, modal=True, wished=True)
                subject, others = None, bool(_SOMEONE_ELSE.match(FILLER.sub("", clause).strip()))  # "you should ... and"
                continue
            read = (clause, state.last_thing)
            body = FILLER.sub("", clause).strip()
            scan_quit_for(body, turn, discourse, state)  # "I quit my job to go back to school": the goal
            if scan_endings(body, turn, discourse, state) or (
                    subject is not None and subject[0] == discourse.speaker(turn) and CONTINUES.match(body) is not None
                    and scan_endings(f"I {body}", turn, discourse, state)):  # "I moved to Ohio and divorced my husband"
                # "I divorced Greg in 2019 and married Paul": a clause after the speaker's ending goes on with the speaker
                own = SUBJECT.match(body)  # "My dad retired in March and plays golf": the golf is his
                theirs = self._subject(body, turn, discourse, state, sentence) if own is not None and not own.group("first") else None
                subject = (discourse.speaker(turn), 1.0) if own is not None and own.group("first") else theirs[:2] if theirs else None
                continue
            scan_moved_from(body, turn, discourse, state)  # "we moved from Seattle to Austin"
            for part in () if state.asked else stated_parts(clause):  # "you're so beautiful... I don't think I can"
                scan_people(part, turn, discourse, state)  # "you are my best friend", "I love him"
                scan_addressed(part, turn, discourse, state)  # "you're the best friend I ever had", "Morning, roomy!"
            scan_possessives(clause, turn, discourse, state)
            if (workplace := workplace_job(clause)) is not None:  # "home from my factory job": works at a factory
                state.collect([(discourse.speaker(turn), "workLocation", Entity(workplace, "Place"), 0.6, None)])
            scan_statements(clause, turn, discourse, state, previous)
            scan_birthdays(clause, turn, discourse, state)  # "my birthday is May 5th", "it is my birthday today"
            scan_clefts(body, turn, discourse, state)  # "summer is what i like"
            scan_leanings(body, turn, discourse, state)  # "my biggest fear is spiders"
            scan_looks(body, turn, discourse, state)  # "i am a girl with blond hair", "i dyed my hair purple"
            scan_pet_is(body, turn, discourse, state)  # "my pet is a cow"
            scan_owned_after(body, turn, discourse, state)  # "the car i drive is black"
            if "dream" in clause or "goal" in clause or "ambition" in clause or _TO_BE.search(clause):
                scan_desires(clause, turn, discourse, state)  # "my dream is to become a nurse", "in school to be a nurse"
            doing = HOW_I_AM.match(body)  # "i am good , playing video games": the speaker is playing video games
            if doing:
                body = body[doing.end():]
            if not body:
                continue
            if doing:
                subject, rest, others = (discourse.speaker(turn), 0.8), body, False
            elif (parsed := self._subject(body, turn, discourse, state, sentence)) is not None:
                subject, rest, others = parsed[:2], parsed[2], False
                inner = bool(INNER_SUBJECT.search(rest))
            elif subject is not None and CONTINUES.match(body) and inner:
                subject = None  # "(i love how you use it to inspire kids) and teach people": what you do, not i
                continue
            elif subject is not None and CONTINUES.match(body):
                rest = body
            elif subject is None and not others and ELLIPSIS.match(body) and not _LIKE_AS.match(body):
                # chat drops the "I": "love pretzels and a good episode", "work at a bank" (but "they have tons of
                # energy and love meeting new pals": they love it, whoever they are)
                rest = re.sub(r"(?i)^(?=(?:training|prepping|volunteering|learning|obsessed|vegan|vegetarian|pescatarian|sober|"
                              r"single|not|(?:a\s+)?(?:(?:big|huge|massive|major)\s+)?fan|(?:really\s+|so\s+|also\s+)?into)\b)", "am ", body)  # "training for X", "pescatarian now", "not into X"
                rest = re.sub(r"(?i)^(just\s+)?back\b", lambda b: f"am {b.group(0).lower()}", rest)  # "Back from Oslo!"
                subject, rest = (discourse.speaker(turn), 0.8), re.sub(r"(?i)^been\b", "have been", rest)  # "been vegan"
            else:
                subject, others = None, bool(_SOMEONE_ELSE.match(body))
                later = LATE_FIRST_PERSON.search(body)
                if later is not None:  # "she says i have his blue eyes"
                    self._predicate(body[later.end():], (discourse.speaker(turn), 0.9), clause, sentence, turn, discourse, state)
                continue
            if subject is None:
                continue
            link, state.kin_link, told = state.kin_link, None, len(state.facts)
            if not self._predicate(rest, subject, clause, sentence, turn, discourse, state):
                # run-on chat: "i live in manhattan i love to paint", "now i have back pain"
                later = LATE_FIRST_PERSON.search(rest)
                if later is not None:
                    self._predicate(rest[later.end():], (discourse.speaker(turn), 0.9), clause, sentence, turn, discourse, state)
            if link is not None and any(found[0] == link[2] for found in state.facts[told:]):
                state.collect([link])  # "Her son is a pilot": the son's job, and the way to him from her
        if refers:
            _remember_thing(read, state)

    def _subject(self, body: str, turn: Turn, discourse: Discourse, state: TurnState,
                 sentence: str = "") -> tuple[Entity, float, str] | None:
        if (chained := kin_of_kin(body, turn, discourse, state)) is not None:  # "my husband's brother works at Boeing"
            return chained
        m = SUBJECT.match(body)
        if not m:
            later = LATE_FIRST_PERSON.search(body)
            if later is None:
                return None
            body = body[later.start():]
            m = SUBJECT.match(body)
            if not m or not m.group("first"):
                return None
        rest = body[m.end():]
        if m.group("first"):
            word = m.group("first").lower()
            return discourse.speaker(turn), (0.85 if word == "we" else 1.0), rest
        if m.group("you"):
            who = discourse.addressee(turn)
            if who is None and (group := you_in_group(sentence, turn, discourse)) is not None:
                return group[0], group[1], rest  # "Omar, you work for me." with others in the room
            return (who, 0.8, rest) if who else None
        if m.group("third"):
            gender = MALE if m.group("third").lower() == "he" else FEMALE
            resolved = discourse.third_person(turn, gender)
            if resolved and re.search(rf"(?<![\w'-]){re.escape(resolved[0].label)}(?![\w-])", rest):
                return None  # "She likes Chandler and Monica": she is not a person the same sentence names after her
            return (resolved[0], resolved[1], rest) if resolved else None
        if m.group("noun"):
            owner: Entity | None
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
            is_pet = noun not in KIN_PREDICATE
            name = m.group("named") or m.group("lname")
            if poss in ("his", "her") and not name and owner.label.endswith(f"'s {noun}"):
                return owner, weight, rest.lstrip(" ,")  # "Her sister says no. Her sister's a nurse.": the same sister
            called = None if name or poss not in ("my", "our") else _CALLED.match(rest)
            if called is not None and called.group("n").split()[0].lower() not in STOP:
                name = called.group("n")  # "my mother is named Linda and she ...": "she" is Linda
            rest = rest.lstrip(" ,")  # "my father, Tom, lives in Madrid"
            ent = owned_entity(owner, noun, "Animal" if is_pet else "Person", name)
            if not is_pet:
                discourse.mention(turn, ent, gender_of_noun(noun))
            if not is_pet and poss in ("his", "her") and owner != ent:
                # "I met Sarah. Her boss is Linda.": Sarah's boss, bound to Linda by the name read after it;
                # "I met Tom. His sister Ana lives in Paris.": Tom's sister is Ana; "My aunt Rosa lives in Miami.
                # Her son is a pilot.": Rosa's son, the way to him from her kept once something is said of him
                link = (owner, KIN_PREDICATE[noun], ent, round(0.85 * weight, 2), None)
                if name or _IS_NAMED.match(rest):
                    state.collect([link])
                else:
                    state.kin_link = link
            return ent, weight, rest
        name = m.group("proper")
        if name.split()[0].replace("-", "").lower() in STOP or name.lower() in OBJECT_PRONOUNS or name.lower() in GENERIC_SUBJECTS:
            return None  # "Be-cause Ross is ...": a stammered word, not a name; "Everybody loves pizza", "Life is all
            # about ...": no one named
        if _GERUND.fullmatch(name) and gender_of_name(name) is None:
            return None  # "Falling is part of skating": a doing, not a person (Irving, Sterling are first names)
        ent = Entity(name, "Person")
        discourse.mention(turn, ent)
        return ent, 0.9, rest

    @staticmethod
    def _who_clauses(sentence: str, turn: Turn, discourse: Discourse, state: TurnState) -> None:
        """What a relative clause says of the person it follows: "a sister named Kate who lives in Dublin", "my
        friend Tom, who works at IBM"; in a question only an aside between commas ("Can you write to my sister Ines, who
        just moved to Galway, for me?"; not "Kate, who is it?")."""
        if "who" not in sentence:
            return
        asked = is_question(sentence)
        for m in _WHO_CLAUSE.finditer(sentence):
            name = m.group("n")
            if name.lower() in STOP or name == turn.speaker or asked and not sentence.startswith(",", m.end()):
                continue
            c = Clause(turn=turn, subject=Entity(name, "Person"), weight=0.85, sentence=sentence, discourse=discourse)
            if VERB_RULES.apply(m.group("rest"), c):
                state.collect(c.out)
        had = False  # "I have a son who is 3 and a daughter who is 5": the second is the speaker's too
        for m in _KIN_WHO_CLAUSE.finditer(sentence):  # "I have a son who is 3": the son's age
            had = had or bool(m.group("have"))
            if m.group("more") and not had or asked and not sentence.startswith(",", m.end()):
                continue
            relative = owned_entity(discourse.speaker(turn), m.group("kin").lower(), "Person", None)
            c = Clause(turn=turn, subject=relative, weight=0.85, sentence=sentence, discourse=discourse)
            if VERB_RULES.apply(m.group("rest"), c):
                state.collect(c.out)

    def _predicate(self, rest: str, subject: tuple[Entity, float], clause: str, sentence: str,
                   turn: Turn, discourse: Discourse, state: TurnState) -> bool:
        """Match the verb phrase ``rest`` of ``subject``; True when it gave a fact."""
        doing = _DO_ACTIVITY.match(rest)
        rest = _PRE.sub("", rest)
        rest = _COPULA_ADVERB.sub(r"\1 ", rest)  # "am actually married": "am married" (before "not" is looked for)
        if _PAST_HABIT.match(rest):
            return True  # "i once ...": something done before, nothing to say, and nothing to look for further on
        rest = _SERVE_IN.sub("am ", rest, count=1)
        if scan_past_states(rest, subject, clause, sentence, turn, discourse, state):
            return True  # "i lived in Paris for two years": a former home; "in 2019 i worked at Google": held then
        former = _USED_TO.match(rest)
        neg = None if former else _NEG.match(rest)
        ending = bool(former)
        if former:  # "i used to live in Paris": lived there until now
            rest = ("am " if former.group("be") or former.group("was") else "") + _PRE.sub("", rest[former.end():])
        elif neg:
            rest = rest[neg.end():]
            rest = _PRE.sub("", rest)
            # "no longer work for X", "do not live in X anymore", "am not a nurse anymore": X held until now
            ending = bool(_NO_LONGER.search(neg.group(0)) or _ANYMORE.search(rest))
            rest = _ANYMORE.sub("", rest).strip()
            if ending and _COPULA_NEG.match(neg.group(0)):
                rest = "am " + rest
        c = Clause(turn=turn, subject=subject[0], weight=subject[1], sentence=sentence, negated=bool(neg) and not ending,
                   habitual=bool(_HABIT.search(clause)), discourse=discourse,  # no topic in "tell someone I love them"
                   topic=None if _SOMEONE.search(sentence) else meant_by(rest, subject[0], state, turn.text))
        matched = VERB_RULES.apply(rest, c)
        progressive = None if matched or c.negated else _PROGRESSIVE.match(rest)
        if progressive:  # "i am watching football", "i am reading a book": read as "watching football"
            matched = VERB_RULES.apply(rest[progressive.end():], c)
        if ending and not c.out:  # "i'm not at Google anymore": no job there; "not with Dana anymore": no partner
            left_tie(rest, c)
        if ending:
            ended, kept = split_former(c.out, state_end(sentence, turn.time, "en")) if former else (c.out, [])
            state.endings.extend(ended)
            state.collect(kept)
            return bool(c.out)
        retired_from: set[int] = set()
        for i, (_, predicate, title, confidence, _) in enumerate(list(c.out)):  # "i am a factory worker": works at a factory
            place = workplace_of(title) if predicate == "jobTitle" and isinstance(title, str) else None
            if place is not None:
                c.out.append((c.subject, "workLocation", Entity(place, "Place"), confidence * 0.9, None))
            wished = _ASPIRING.match(title) if predicate == "jobTitle" and isinstance(title, str) else None
            if wished is not None:  # "i am an aspiring actor": the job wished for, not held
                job = wished.string[wished.end():]
                c.out[i] = (c.subject, "goal", Entity(f"become {job}", "Thing"), confidence * 0.9, None)
            retired = _RETIRED_FROM.match(title) if predicate == "jobTitle" and isinstance(title, str) else None
            if retired is not None:  # "my mom is a retired nurse": a nurse no more (as "she used to be a nurse")
                retired_from.add(i)
                state.endings.append((c.subject, "jobTitle", retired.string[retired.end():], confidence, None))
        c.out = school_years([found for i, found in enumerate(c.out) if i not in retired_from], rest)
        if not matched and doing and not c.negated:
            activity = clean_object(doing.group("o"), "activity")
            if activity:
                c.add("habit" if c.habitual else "hobby", Entity(activity, "Thing"), 0.6)
                matched = True
        fun = None if matched or c.negated else _FOR_FUN.search(clause)
        if fun and (c.habitual or not (_ONCE_FOR_FUN.match(rest) or _ONCE_FOR_FUN.search(clause[:fun.start()]))):
            activity = clean_object(_FOR_FUN.sub("", rest), "activity")
            if activity and not _AUX_START.match(activity):
                c.add("hobby", Entity(activity, "Thing"), 0.7)
                matched = True
        if not matched and c.habitual and not c.negated:
            activity = clean_object(done := _HABIT.sub("", rest), "activity")
            if activity and _WORD_START.match(activity) and not _AUX_OR_LIGHT_START.match(activity) \
                    and not _NOT_A_PRACTICE.match(activity) and not (" " not in activity and _VERB_ON_PRONOUN.match(done)) \
                    and not _PAST_VERB_ONLY.fullmatch(activity):  # "I always remembered him": no habit
                c.add("habit", Entity(_FOR_ILLNESS.sub(r"\1", activity), "Thing"), 0.5)  # "take metformin (for my diabetes)"
        state.collect(c.out)
        return bool(c.out)

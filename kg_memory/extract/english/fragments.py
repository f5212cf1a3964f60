"""What a later "it" or "them" means when the clause before names it without an object after a verb: a thing said
alone ("sushi ! i love it", "seattle . i love it there") or an outing ("i went hiking today , i love it").

:func:`.segment.trailing_thing` reads the thing a clause ends on after its verb ("i just listened to pearl jam"); these
are the shapes it leaves: a clause of one to three words that is only a noun (not a reaction, a greeting or a name
called: "cool !", "thanks .", "hey , Ross !"), and "go", "went", "going" with the pastime's gerund, whatever time
words end the clause; or the thing a clause ends on before its time words ("i had sushi last night").

>>> said_alone("sushi").label
'sushi'
>>> said_alone("cool") is None, said_alone("me too") is None, said_alone("Ross") is None
(True, True, True)
>>> outing("i went hiking today").label
'hiking'
>>> outing("i am going home") is None
True
>>> outing("i am going to be knitting this weekend").label, outing("i am thinking") is None
('knitting', True)
>>> thing_before("i had sushi last night").label
'sushi'
>>> thing_before("i often throw parties").label
'throw parties'
>>> doing_said_of("singing is best in the shower").label
'singing'
>>> companion("my dad"), companion("puppy"), companion("sushi")
(True, True, False)

What was just told may say it better than the thing the clause before ends on (:func:`meant_by`): "them" after the
speaker's dogs named is the dogs ("i watch the sunset with my dogs , i love them": not the sunset), and "it" after
the speaker's job or school told is the job ("i am a nurse and i love it", "i work at a bank , i hate it") or the
school ("i am in school and i hate it").
"""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import lazy
from .lexicon import KIN_PREDICATE, OBJECT_PRONOUNS, PET, STOP
from .mentions import TurnState
from .objects import clean_object
from .segment import trailing_thing

__all__ = ["companion", "doing_said_of", "meant_by", "outing", "said_alone", "thing_before"]

#: Words that make a short clause a reaction, a greeting or a filler, not a thing named ("cool !", "thank you .",
#: "good for you", "so sad", "amazing !")
_REACTIONS = frozenset(
    "yes yeah yep yup ya no nope nah ok okay k sure cool nice great awesome amazing wow oh ah aw aww awe haha hahaha lol "
    "lmao hi hello hey hiya thanks thank thx congrats congratulations sorry same true right exactly definitely "
    "absolutely totally agreed agree indeed really seriously interesting fun funny cute neat sweet lovely beautiful "
    "perfect fantastic wonderful good bad well hmm hm um umm uh welcome bye goodbye please gorgeous impressive "
    "excellent brilliant ugh yikes whoa woah glad happy sad yay hooray omg gosh dang damn man dude girl bro alright "
    "fine sounds very so how what why who when where not just pretty quite super exciting relaxing boring charming "
    "annoying inspiring stunning outstanding incredible terrible horrible awful weird strange crazy wild lucky "
    "jealous hard tough busy tired hungry correct wrong nothing everything something anything sir madam mom dad "
    "honey baby babe love dear yummy delicious tasty gross yum wonder maybe probably perhaps hope anyway anyways "
    "also even only still though too either morning afternoon evening night today tonight tomorrow yesterday meh eek "
    "phew whew argh ahh ooh ouch oops yikes welp whoops huh eh ha hehe heh xd smh idk tbh btw jk yea yeh yah ye "
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million first second third "
    "year years month months week weeks day days hour hours minute minutes time times ages".split()
)
_VOWEL = lazy(r"[aeiouy]")
_DRAWN_OUT = lazy(r"([a-z])\1\1")
#: an adjective or an adverb by its ending: "dreadful", "gorgeous", "mostly", "incredible"
_HOW = lazy(r"(?:ful|ous|ly|ible|able)$")
_WORD = lazy(r"[a-z][a-z'-]*", re.I)
#: "(i) went hiking", "am going fishing", "go camping": the pastime of an outing
_OUTING = lazy(r"\b(?:go|goes|went|going|gone)\s+(?P<g>[a-z]{3,}ing)$", re.I)
#: "i am knitting", "i will be gardening", "i have been baking": a doing the speaker is at (not a state of mind or a
#: coming and going: "i am thinking", "i am leaving")
_DOING_NOW = lazy(r"^i\s+(?:am|was|will\s+be|am\s+going\s+to\s+be|have\s+been)\s+(?:(?:just|still|currently|also|really|"
                  r"finally|busy)\s+)?(?P<g>(?!(?:going|coming|leaving|getting|doing|feeling|thinking|trying|kidding|joking|"
                  r"waiting|dying|starving|wondering|hoping|guessing|looking|saying|asking|telling|lying|sitting|staying|"
                  r"moving|being|having|living|working|struggling|freaking|losing|missing|expecting|planning)\b)[a-z]{3,}ing)$", re.I)
#: time words that end a clause after what was done: "(i went hiking) today", "this weekend", "with my dad"
_AFTER_DONE = lazy(r"(?:\s+(?:today|tonight|yesterday|earlier|again|recently|lately|last\s+night|all\s+day|for\s+the\s+first\s+time|"
                   r"the\s+other\s+(?:day|night)|(?:a\s+few|a\s+couple\s+of|two|three|\d+)\s+(?:days|weeks)\s+ago|"
                   r"(?:this|last)\s+(?:morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|fall)|"
                   r"with\s+(?:my|our)\s+[a-z]+))+$", re.I)


def said_alone(clause: str) -> Entity | None:
    """The thing ``clause`` is, when it is only a thing named in lower-case chat or first in a sentence ("sushi",
    "Sushi", "green tea"); a name called ("Ross") is left out (a capital after the first word is a name)."""
    words = clause.strip(" .!,;").split()
    if not 1 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words):
        return None
    if any(w[0].isupper() for w in words) and not (len(words) > 1 and words[0][0].isupper()
                                                   and all(w.islower() for w in words[1:])):
        return None  # "Ross", "New York" (a name: what "it" means is not said); "Green tea" is a thing
    low = [w.lower() for w in words]
    if any(not _VOWEL.search(w) or _DRAWN_OUT.search(w) or _HOW.search(w) for w in low):
        return None  # "grr", "hmmm", "sooo": a sound made; "dreadful", "mostly": how, no thing
    if any(w in _REACTIONS or w in STOP or w in OBJECT_PRONOUNS for w in low) or low[0] in ("a", "an", "the", "my"):
        return None
    return Entity(" ".join(low), "Thing")


def outing(clause: str) -> Entity | None:
    """The pastime of an outing ``clause`` ends on ("i went hiking today": hiking), or of the doing the speaker is at
    ("i am knitting this weekend": knitting, which a later "i love it" means)."""
    bare = _AFTER_DONE.sub("", clause.strip(" .!,;"))
    m = _OUTING.search(bare) or _DOING_NOW.match(bare)
    return Entity(m.group("g").lower(), "Thing") if m else None


#: "i often throw parties", "i usually bake bread": a doing the speaker is used to, which a later "it" means ("i am
#: great at it"); not one of "it" or a person ("i always eat it", "i often call my mom"), nor a state ("i always feel sad")
_HABIT_DOING = lazy(r"^i\s+(?:often|usually|always|regularly|frequently|sometimes)\s+(?P<d>(?!(?:am|was|do|did|have|had|get|got|"
                    r"feel|felt|think|thought|go|went|say|said|tell|want|need|try|forget|wonder|wish|hope)\b)[a-z]{3,}"
                    r"(?:\s+(?!(?:it|them|him|her|me|you|us|my|your|his|our|their)\b)[a-z]+){1,2})$", re.I)


def thing_before(clause: str) -> Entity | None:
    """What a later "it" means after ``clause``, if it names a thing alone, an outing, a doing one is used to ("i
    often throw parties"), or a thing before the time words that end it ("i had sushi last night": sushi)."""
    bare = _AFTER_DONE.sub("", clause.strip(" .!,;"))
    habit = _HABIT_DOING.match(bare)
    return said_alone(clause) or outing(clause) or (Entity(habit.group("d").lower(), "Thing") if habit else None) or (
        trailing_thing(bare) if bare != clause.strip(" .!,;") else None)


#: "cooking is great", "paying my bills is so hard": a doing, the subject of what is said of it (not "nothing", "morning",
#: "the wedding")
_DOING_SAID_OF = lazy(r"^(?:(?:oh|well|yes|yeah|and|but|so|also|honestly)[\s,]+|[a-z]+\s*,\s*)*(?P<g>(?!(?:nothing|something|anything|everything|"
                      r"morning|evening|thing|king|ring|spring|string|wedding|building|ceiling|sibling|darling|clothing|"
                      r"thanksgiving|boxing\s+day)\b)[a-z]{2,}ing(?:\s+[a-z']+){0,3}?)\s+(?:is|was)\s+(?!(?:coming|going|"
                      r"starting|getting|on|over|tomorrow|today|tonight|next|soon|at|in)\b)", re.I)


#: "cats are the best", "pizza is life", "tacos are so good": a thing praised (or run down: "mondays are the worst",
#: "okra is gross"), the subject of the clause (not "you", "my kids", "people", "this"): what a later "it/them" means
#: ("cats are the best , i love them", "mondays are the worst , i hate them")
_THING_PRAISED = lazy(
    r"^(?:(?:oh|well|yes|yeah|and|but|so|also|honestly)[\s,]+)*(?P<n>(?!(?:i|you|u|he|she|we|they|it|this|that|these|those|there|"
    r"here|people|everyone|everybody|life|what|who|which|my|your|his|her|our|their|the|a|an|today|tonight|weather)\b)[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+"
    r"(?:is|are)\s+(?:(?:so|just|really|honestly|simply|literally|the)\s+)*(?:best|life|great|awesome|amazing|delicious|"
    r"yummy|tasty|so\s+good|wonderful|adorable|cute|the\s+bomb|my\s+jam|everything|worst|gross|awful|terrible|disgusting|"
    r"nasty|horrible|the\s+pits)\s*(?:honestly|though|lol|haha)?\s*[.!]*$",
    re.I,
)


def doing_said_of(clause: str) -> Entity | None:
    """The doing that ``clause`` says something of, when it is its subject ("cooking is great": cooking), which a
    later "it" means ("cooking is great ! i love it"), not a place said after it ("... in the shower"); or the thing
    it praises ("cats are the best": cats).

    >>> doing_said_of("cats are the best").label, doing_said_of("my kids are the best")
    ('cats', None)
    """
    m = _DOING_SAID_OF.match(clause.strip())
    doing = clean_object(m.group("g"), "activity") if m else None
    if doing is None and (m := _THING_PRAISED.match(clause.strip())) is not None and \
            m.group("n").split()[-1].lower() not in KIN_PREDICATE:
        doing = clean_object(m.group("n"))
    return Entity(doing, "Thing") if doing else None


_PET = lazy(rf"^(?:{PET})$", re.I)


def companion(thing: str) -> bool:
    """Whether ``thing`` ends on a relative or a pet, who may be the one an outing was with ("i went jogging with my
    puppy , i love it": the jogging is loved), rather than what a later "it" means."""
    last = thing.split()[-1].lower() if thing.split() else ""
    return last in KIN_PREDICATE or bool(_PET.match(last))


#: "love them", "hate it so much": the pronoun that a liking's object is (the rules read the verb)
_PRONOUN = lazy(r"\b(?P<p>it|them)\s*(?:$|[.!,;]|too\b|so\b|a\s+lot\b|as\s+well\b|also\b|haha\b|lol\b)", re.I)
#: a plural pet, the last word of a pet's label ("Ann's two dogs")
_PETS = lazy(rf"^(?:{PET})$", re.I)
#: being that is no job one loves or hates as work ("i am a student and i love it": the school, not a job)
_NO_WORK = lazy(r"\b(?:student|retired|retiree|unemployed|mom|mother|dad|father|parent|wife|husband|housewife|"
                r"homemaker|grandma|grandmother|grandpa|grandfather|veteran|volunteer)s?$", re.I)


def _where_one_is(place: str) -> re.Pattern[str]:
    """Someone other than the speaker told to be at ``place`` ("my cat is at the vet", "my kids are at the park")."""
    return re.compile(rf"\b(?!i\b)\w+\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:at|in)\s+the\s+{re.escape(place)}\b", re.I)


def _plural_pets(label: str) -> bool:
    """Whether ``label`` ends on pets in the plural ("cats", "my two dogs"), which a singular "it" cannot mean."""
    last = label.split()[-1].lower() if label.split() else ""
    return last.endswith("s") and not last.endswith("ss") and bool(_PETS.match(last))


def meant_by(rest: str, subject: Entity, state: TurnState, text: str) -> Entity | None:
    """What "it" or "them" in the verb phrase ``rest`` of ``subject`` means, given the facts of ``state`` that the turn
    ``text`` told before it and the thing the clauses before end on (its ``last_thing``): the plural pets told last for "them" ("i got home from
    walking our dogs . i love them": the dogs, not what the clause ends on), the job that ``subject`` was just told to
    have for "it" ("i am a nurse and i love it": the job; "i am a student and i love it" tells no job), the school
    just told for "it" ("i am in school and i hate it"); else that last thing, but never plural pets for "it" ("my
    cats are at the groomer . i hate it": the situation, not the cats).

    >>> ann = Entity("Ann", "Person")
    >>> state = TurnState([(ann, "hasPet", Entity("Ann's dogs", "Animal"), 0.8, None)], last_thing=Entity("sunset"))
    >>> meant_by("love them", ann, state, "i watch the sunset with my dogs , i love them").label
    'dogs'
    >>> meant_by("love it", ann, TurnState([(ann, "jobTitle", "nurse", 0.9, None)]), "i am a nurse and i love it").label
    'job'
    >>> meant_by("love it", ann, TurnState([(ann, "jobTitle", "student", 0.9, None)]), "i am a student and i love it")
    >>> meant_by("hate it", ann, TurnState([], last_thing=Entity("cats")), "my cats are at the groomer . i hate it")
    """
    said, facts, topic = _PRONOUN.search(rest), state.facts, state.last_thing
    if said is not None and said.group("p").lower() == "it" and topic is not None and _plural_pets(topic.label):
        return None  # "my cats are at the groomer . i hate it": "it" is what happens, not the cats
    if said is not None and said.group("p").lower() == "it" and topic is not None and _where_one_is(topic.label).search(text):
        return None  # "my cat is at the vet . i hate it": that the cat is there, not the vet
    if said is None or not facts:
        return topic
    at = text.lower().rfind(topic.label.lower()) if topic is not None else -1
    if said.group("p").lower() == "them":
        for _, predicate, obj, _, _ in reversed(facts):
            pets = obj.label.split()[-1].lower() if predicate == "hasPet" and isinstance(obj, Entity) else ""
            if pets.endswith("s") and _PETS.match(pets) and text.lower().rfind(pets) > at:
                same = topic is not None and topic.label.lower().split()[-1] == pets  # "i like my dogs , i love them"
                return topic if same else Entity(pets, "Thing")  # the pets said after it: "(the sunset with) my dogs"
        return topic
    who, predicate, obj, _, _ = facts[-1]
    name = obj.label if isinstance(obj, Entity) else str(obj)
    if who != subject or topic is not None and topic.label.lower() != name.lower():
        return topic  # "i am a nurse . i listened to pearl jam , i love it": the band said after the job
    if predicate == "worksFor" or predicate == "jobTitle" and not _NO_WORK.search(name):
        return Entity("job", "Thing")
    return Entity(name, "Thing") if predicate == "studiesAt" and isinstance(obj, Entity) else topic

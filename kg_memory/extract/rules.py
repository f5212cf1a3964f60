"""The default extractor: English and Chinese rules, the language chosen per turn.

>>> from kg_memory.types import Turn
>>> turns = [Turn("c", "1", "Ann", "I live in Paris."), Turn("c", "2", "李雷", "我住在上海。")]
>>> [(f.subject.label, f.predicate, f.object.label) for f in RuleExtractor().extract(turns)]
[('Ann', 'livesIn', 'Paris'), ('李雷', 'livesIn', '上海')]
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .address_terms import fitting_gender, terms_of_address
from .aliases import alias_speakers
from .asked_kin import mention_asked_kin, mention_own_kin_asked
from .bare_placeholders import drop_bare_placeholders
from .bonds_corrected import bonds_corrected
from .called_titles import surname_titled_of, titles_called
from .corrections import taken_back
from .counted_named import counted_named
from .filler_like import filler_likes
from .framework import LanguageRules
from .full_names import full_names_after
from .here_answers import here_answers
from .impersonations import without_played_names
from .impression_targets import misdirected_impressions
from .kin_is_kin import one_relative
from .lang import detect_language
from .later_names import names_told_later
from .lead_adverbs import without_lead_adverbs
from .owned_kin import tie_owned_kin
from .pets_as_people import pets_as_people
from .placeholders import bind_across_turns, bind_called_parents
from .plausible import comparisons, implausible, names_itself, passing_relatives, unnamed_people, unquoted
from .pronouns import Discourse
from .replies import restate_reply
from .speaker_vote import name_key
from .speakers import speaker_names
from .terms_to_named import terms_to_named
from .title_praise import bare_titles
from .typed import as_typed
from .we_married import we_married

__all__ = ["RuleExtractor"]

logger = logging.getLogger(__name__)


class RuleExtractor:
    """Offline, deterministic extraction with regular patterns (English) and jieba (Chinese).

    Pass a whole conversation at once when you can: "you" needs both speakers, and "he"/"she"
    reach back a few turns. Facts come out in the order of the turns.

    Parameters
    ----------
    min_confidence:
        Facts below this confidence are dropped.
    name_speakers:
        Also name "Speaker N" speakers from how the others address them ("Ross, come here!" before
        Speaker 2 answers: ``(Speaker 2, alternateName, "Ross")``); the name becomes an alias of the
        speaker (:mod:`.aliases`).
    languages:
        The languages to read (``"en"``, ``"zh"``); turns in other languages give no facts.
    """

    def __init__(self, min_confidence: float = 0.0, languages: Sequence[str] = ("en", "zh"),
                 name_speakers: bool = True) -> None:
        self.min_confidence = min_confidence
        self.languages = tuple(languages)
        self.name_speakers = name_speakers
        self._rules: dict[str, LanguageRules] = {}

    def __repr__(self) -> str:
        return f"RuleExtractor(min_confidence={self.min_confidence}, languages={self.languages})"

    def _language(self, lang: str) -> LanguageRules:
        """The rules of ``lang``, imported (and their patterns compiled) when a turn first needs them:
        an English conversation never pays for the Chinese patterns, nor a Chinese one for the English."""
        rules = self._rules.get(lang)
        if rules is None:
            if lang == "zh":
                from .chinese import ChineseRules

                rules = self._rules[lang] = ChineseRules()
            else:
                from .english import EnglishRules

                rules = self._rules[lang] = EnglishRules()
        return rules

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return the facts stated in ``turns``."""
        turns = [as_typed(turn) for turn in turns]  # "I don’t" as "I don't", "my sister in law" as "sister-in-law"
        discourse = Discourse(turns, voted := speaker_names(turns))  # "Sal" for Speaker 1: Sal's "his" is another's
        previous: dict[str, Turn] = {}
        facts: list[Fact] = []
        chinese = False
        for turn in turns:
            lang = detect_language(turn.text)
            if lang in self.languages:
                before, read = previous.get(turn.conversation), unquoted(turn)
                if before is not None and before.speaker != turn.speaker \
                        and (full := restate_reply(before.text, read.text, lang)) is not None:
                    read = dataclasses.replace(read, text=full)  # "Where do you live?" - "In Lisbon.": "I live in Lisbon."
                mention_own_kin_asked(turn, discourse, lang)  # "a gift for my girlfriend? she likes hiking": her
                found = self._language(lang).extract_turn(read, discourse, before.text if before else "")
                if lang == "zh":  # 我老公是医生，有个女儿: the couple's (English never loads the Chinese rules)
                    chinese = True
                    from .chinese.couple_children import couple_children
                    from .chinese.pets_gone import pets_gone

                    found = couple_children(found, read.text) + pets_gone(read, discourse.speaker(read), facts)
                mention_asked_kin(turn, discourse, lang)  # "How's your wife?" - "She ...": the replier's wife
                facts.extend(f for f in found if f.confidence >= self.min_confidence and not names_itself(f)
                             and not implausible(f))
            previous[turn.conversation] = turn
        facts = tie_owned_kin(facts)  # "How's your wife?" - "She just started at a law firm.": the replier's wife
        facts = without_played_names(facts, turns)  # "I'm Marco." - "Is that supposed to be me?": mimicking Marco
        facts = one_relative(facts, turns)  # "my best friend is my mom": one person, "Ann's mom"
        facts = comparisons(unnamed_people(passing_relatives(facts, turns), turns), turns)
        facts = bind_called_parents(bind_across_turns(names_told_later(facts, turns)), turns)  # "His name is Leo.", "Dad!"
        facts = counted_named(facts)  # "I have two daughters." ... "Lily is 10 and Rose is 7.": no "Ann's two daughters"
        facts = drop_bare_placeholders(facts, turns)  # "my parents" said by "Speaker 4", nothing of them: nobody to find
        facts = misdirected_impressions(facts, turns)  # "That's my dog." - "Oh, you are so cute!": not for the owner
        facts = filler_likes(facts, turns)  # "I was like, no way", "like fifty bucks": no liking
        facts = pets_as_people(facts)  # "my gf, Toby, and I" where Toby is the speaker's dog: no partner
        facts = without_lead_adverbs(facts)  # "Maybe Ross is my brother": Ross
        facts = bare_titles(facts)  # "He's a real manager now": a manager
        facts = we_married(facts, turns)  # "I'm engaged to Sam." ... "We got married!": Sam is the spouse
        facts = facts + here_answers(turns)  # "Where's your husband?" - "Right here.": the one answering
        if chinese:  # 爸，我来送伞 to one, later 爸，我先走了 guessed to another: one 爸
            from .chinese.one_parent import one_parent_each

            facts = one_parent_each(facts, turns)
        if self.name_speakers:
            facts = titles_called(_with_speaker_names(facts, turns, voted), turns)  # "Sorry, Chief.": the one called is the chief
            if chinese:  # 乐乐奶奶 called so: 乐乐's grandmother
                from .chinese.child_called import elders_of_children

                facts = elders_of_children(facts)
        if terms := terms_to_named(fitting_gender(terms_of_address(turns), facts), facts, turns):  # "Thanks, honey."
            facts = _in_turn_order(facts + terms, turns)
        logger.debug("extracted %d facts from %d turns", len(facts), len(turns))
        # "You love me!" - "No, no.", "我30岁！" - "乔伊，你不是的！你31了。": taken back (once "乔伊" is Speaker 1)
        facts = bonds_corrected(taken_back(alias_speakers(facts, turns), turns), turns)  # "Kim's friend." - "Partner."
        return [f for f in facts if not _to_itself(f)]


def _with_speaker_names(facts: list[Fact], turns: Sequence[Turn], voted: list[Fact]) -> list[Fact]:
    """``facts`` and the names of "Speaker N" speakers read from how the others address them
    (``voted`` by :func:`~kg_memory.extract.speakers.speaker_names`), for speakers the rules did not name (a nickname the rules
    read is no name), in turn order."""
    called: dict[tuple[str | None, str], set[str]] = {}  # the first names others call each speaker by
    for f in voted:
        called.setdefault((f.source.conversation if f.source else None, name_key(str(f.object)).lower()), set()).add(
            f.subject.label)
    facts = [f for f in facts if not _called_another(f, called)]  # "Rach!" ... "Hi! I'm Rachel Green.": role-play
    named: dict[tuple[str | None, str], list[str]] = {}  # by a name ("my name is Ross")
    given: dict[tuple[str | None, str], list[str]] = {}  # by a name or a nickname ("everyone calls me Ross")
    for f in facts:
        if f.predicate in ("name", "alternateName"):
            key = (f.source.conversation if f.source else None, f.subject.label)
            given.setdefault(key, []).append(str(f.object).lower())
            if f.predicate == "name":  # a nickname (大家都叫我娜娜, "they call me chicken boy") leaves the others' names
                named.setdefault(key, []).append(str(f.object).lower())
    voted = [f for f in voted if not _holds_sayers_name(f, facts + voted, turns)]  # "Pretzel Vusi." said by Vusi
    # a speaker the rules named keeps the shorter forms of that name others call them ("Mon", "Monica"; 晓峰 of 宋晓峰),
    # a first name beside a title and surname ("I am Mrs. Brandt." ... "Harriet, this is everyone."), and a Chinese
    # surname and title beside the full name (冼老师 beside 冼红梅)
    apposed = {(turns[i].conversation, turns[i].speaker, name)  # "我是小魏，魏家豪。": named 小魏, and 魏家豪 too
               for i, name in full_names_after([t.text for t in turns]).items()}
    extra = [f for f in voted
             if str(f.object).lower() not in given.get(key := (f.source.conversation if f.source else None, f.subject.label), [])
             and (key not in named or (*key, str(f.object)) in apposed or any(name.startswith(str(f.object).lower()) or _given_name_of(str(f.object), name)
                                          or surname_titled_of(str(f.object), name)  # 冼老师 of 冼红梅
                                          or _TITLED.match(name) and " " not in str(f.object)
                                          and not _TITLED.match(str(f.object)) for name in named[key]))]
    return _in_turn_order(facts + extra, turns) if extra else facts


def _holds_sayers_name(fact: Fact, facts: list[Fact], turns: Sequence[Turn]) -> bool:
    """Whether the name ``fact`` gives a speaker holds, beside other words, a name of another speaker who alone says it:
    a joke name made of one's own ("Pretzel Vusi. I like it." said by Vusi), no call to the one answering."""
    name = str(fact.object)
    words = {w.lower() for w in name.split()}
    if len(words) < 2:
        return False
    conversation = fact.source.conversation if fact.source else None
    owners = {f.subject.label for f in facts if f.predicate in ("name", "alternateName")
              and (f.source.conversation if f.source else None) == conversation
              and f.subject.label != fact.subject.label and str(f.object).lower() in words}
    sayers = {t.speaker for t in turns if t.conversation == conversation and name in t.text}
    return bool(owners) and sayers <= owners


#: A name that is a title and a surname ("mrs. brandt", "dr mehta"): the first name others call one by may go with it.
_TITLED = re.compile(r"(?:mr|mrs|ms|miss|dr|prof|professor|doctor)\.?\s+\S", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _given_name_of(form: str, name: str) -> bool:
    """Whether the Chinese ``form`` is the given name of the full name ``name`` (晓峰 of 宋晓峰, 子墨 of 欧阳子墨).

    >>> _given_name_of("晓峰", "宋晓峰"), _given_name_of("宋", "宋晓峰"), _given_name_of("Ross", "Ross")
    (True, False, False)
    """
    return _HAN.fullmatch(form) is not None and len(form) >= 2 and name.endswith(form) and len(name) - len(form) in (1, 2)


def _called_another(fact: Fact, called: dict[tuple[str | None, str], set[str]]) -> bool:
    """Whether ``fact`` names a speaker by a name whose first name the others call another speaker by: "Hi! I'm Rachel
    Green." said by one who calls Rachel "Rach" acts her part (``called`` from :func:`_with_speaker_names`)."""
    key = (fact.source.conversation if fact.source else None, name_key(str(fact.object)).lower())
    others = called.get(key, set())
    return fact.predicate == "name" and bool(others) and fact.subject.label not in others


def _in_turn_order(facts: list[Fact], turns: Sequence[Turn]) -> list[Fact]:
    """``facts`` sorted by the turn they come from (stable: the order within a turn is kept)."""
    order: dict[tuple[str | None, str | None], int] = {(t.conversation, t.turn): i for i, t in enumerate(turns)}
    return sorted(facts, key=lambda f: order.get((f.source.conversation, f.source.turn), len(order))
                  if f.source else len(order))


def _to_itself(fact: Fact) -> bool:
    """A relation of a speaker to themself, made when a name turned out to be the speaker's own. An
    ending keeps it: an ending whose object is its subject ends every value ("we broke up")."""
    return not fact.ended and isinstance(fact.object, Entity) and fact.object.type == "Person" \
        and fact.object.label == fact.subject.label

"""A short answer to the question said just before it: 纽约。 after 你住在哪里？ (where the speaker lives, or comes from
after 你是哪里人？), 我丈夫。 after 谁是瑞克？ (瑞克 is the speaker's husband)."""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse, gender_of_noun
from .lexicon import HAN, KIN, KIN_PREDICATE, is_country
from .places import is_place

__all__ = ["kin_answered", "place_answered"]


#: 你住在哪里？ / 你是哪里人？ / 你从哪儿来？: where the one who answers lives, or comes from.
_ASKS_HOME = lazy(r"你(?:现在)?(?:住在?|住哪)(?:哪里|哪儿|什么地方)|你住哪|(?P<from>你是哪里人|你是哪儿人|你们?(?:是)?从哪(?:里|儿)来|你们?来自哪(?:里|儿))")
_BARE_ANSWER = lazy(rf"^\s*(?:嗯|哦|呃)?[，,]?\s*(?:在|住在|我住在|从|来自|我来自|我是)?(?P<o>[{HAN}]{{2,6}}?)(?:人|来的)?[。！!.…\s]*$")


def place_answered(turn: Turn, discourse: Discourse, previous_text: str) -> list[Found]:
    """纽约。 said right after 你住在哪里？: where the speaker lives (or comes from, after 你是哪里人？)."""
    asked = _ASKS_HOME.search(previous_text) if previous_text.rstrip().endswith(("？", "?")) else None
    answer = _BARE_ANSWER.match(turn.text) if asked else None
    if asked is None or answer is None or not is_place(answer.group("o")):
        return []
    place = Entity(answer.group("o"), "Place")
    if not asked.group("from"):
        return [(discourse.speaker(turn), "livesIn", place, 0.75, None)]
    return [(discourse.speaker(turn), "nationality" if is_country(place.label) else "hometown", place, 0.75, None)]


#: 谁是瑞克？ / 瑞克是谁？ said before 我丈夫。 / 他是我哥哥。: the relative the question names.
_ASKS_WHO = lazy(rf"(?:谁是(?P<a>[{HAN}·]{{2,8}}?)|(?:^|[，,。！!？?\s])(?P<b>[{HAN}·]{{2,8}}?)是谁)[？?]+\s*$")
_KIN_ANSWER = lazy(rf"^\s*(?:嗯|哦|呃)?[，,]?\s*(?:(?:他|她)?是)?我的?(?:最好的|好)?(?P<kin>{KIN})[。！!.…\s]*$")


def kin_answered(turn: Turn, discourse: Discourse, previous_text: str) -> list[Found]:
    """我丈夫。 said right after 谁是瑞克？: 瑞克 is the speaker's husband."""
    asked = _ASKS_WHO.search(previous_text)
    answer = _KIN_ANSWER.match(turn.text) if asked else None
    name = (asked.group("a") or asked.group("b")) if asked and answer else None
    if answer is None or not name or not is_chinese_name(name) and "·" not in name or name == turn.speaker:
        return []
    person = Entity(name, "Person")
    discourse.mention(turn, person, gender_of_noun(answer.group("kin")))
    return [(discourse.speaker(turn), KIN_PREDICATE[answer.group("kin")], person, 0.7, None)]

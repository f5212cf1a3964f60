"""A short answer to the question said just before it: 纽约。 after 你住在哪里？ (where the speaker lives, or comes from
after 你是哪里人？), 我丈夫。 after 谁是瑞克？ (瑞克 is the speaker's husband), 保安。 after 你是医生啊？ or 你是做什么的？ (the
speaker's job), 星火互娱。 after 你在哪儿上班？ (the speaker's employer), 在，我是他爱人。 after 王大海家属在吗？ (the
speaker is 王大海's wife: the one asked for by name is the 他 of the answer)."""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Found, lazy
from ..names import is_chinese_name
from ..pronouns import Discourse, gender_of_noun
from .careers import employer_named, pointed_org
from .lexicon import HAN, KIN, KIN_PREDICATE, SURNAMES, is_country, is_job
from .objects import BUILDING
from .places import is_place
from .segment import is_called_name

__all__ = ["kin_answered", "place_answered", "work_answered"]


#: 你住在哪里？ / 你是哪里人？ / 你从哪儿来？: where the one who answers lives, or comes from.
_ASKS_HOME = lazy(r"你(?:现在)?(?:住在?|住哪)(?:哪里|哪儿|什么地方)|你住哪|(?P<from>你是哪里人|你是哪儿人|你们?(?:是)?从哪(?:里|儿)来|你们?来自哪(?:里|儿))")
_BARE_ANSWER = lazy(rf"^\s*(?:嗯|哦|呃)?[，,]?\s*(?:在|住在|我住在|住|我住|从|来自|我来自|我是)?(?P<o>[{HAN}]{{2,6}}?)(?:人|来的)?[。！!.…\s]*$")


def place_answered(turn: Turn, discourse: Discourse, previous_text: str) -> list[Found]:
    """纽约。 said right after 你住在哪里？: where the speaker lives (or comes from, after 你是哪里人？)."""
    asked = _ASKS_HOME.search(previous_text) if previous_text.rstrip().endswith(("？", "?")) else None
    answer = _BARE_ANSWER.match(turn.text) if asked else None
    if asked is None or answer is None or not is_place(answer.group("o")) or BUILDING.match(answer.group("o")):
        return []  # 七栋。 after 你住哪栋？: which building, no place
    place = Entity(answer.group("o"), "Place")
    if not asked.group("from"):
        return [(discourse.speaker(turn), "livesIn", place, 0.75, None)]
    return [(discourse.speaker(turn), "nationality" if is_country(place.label) else "hometown", place, 0.75, None)]


#: 谁是瑞克？ / 瑞克是谁？ said before 我丈夫。 / 他是我哥哥。: the relative the question names.
_ASKS_WHO = lazy(rf"(?:谁是(?P<a>[{HAN}·]{{2,8}}?)|(?:^|[，,。！!？?\s])(?P<b>[{HAN}·]{{2,8}}?)是谁)[？?]+\s*$")
_KIN_ANSWER = lazy(rf"^\s*(?:嗯|哦|呃)?[，,]?\s*(?:(?:他|她)?是)?我的?(?:最好的|好)?(?P<kin>{KIN})[。！!.…\s]*$")


#: 王大海家属在吗？ / 王大海的家属来了没有？: someone's family asked for by that one's name (at a hospital, an office).
_ASKS_FAMILY = lazy(rf"(?:^|[，,。！!？?\s])(?P<n>[{HAN}·]{{2,4}}?)的?(?:家属|家里人|亲属)(?:在吗|在不在|在哪|来了吗|来了没有?|是哪位|呢)[？?]")
#: 在，我是他爱人。 / 我就是她女儿: the speaker the relative of the one asked for.
_FAMILY_ANSWER = lazy(rf"(?:^|[，,。！!\s])(?:我是|我就是)(?:他|她)的?(?P<kin>{KIN})(?=[，,。！!…]|$)")


def kin_answered(turn: Turn, discourse: Discourse, previous_text: str) -> list[Found]:
    """我丈夫。 said right after 谁是瑞克？: 瑞克 is the speaker's husband; 在，我是他爱人。 after 王大海家属在吗？: 王大海 is.

    >>> ts = [Turn("c", "1", "Ann", "王大海家属在吗？"), Turn("c", "2", "Bob", "在，我是他爱人。")]
    >>> [(s.label, p, o.label) for s, p, o, _, _ in kin_answered(ts[1], Discourse(ts), ts[0].text)]
    [('王大海', 'spouse', 'Bob')]
    """
    asked = _ASKS_WHO.search(previous_text)
    answer = _KIN_ANSWER.match(turn.text) if asked else None
    if asked is None or answer is None:
        return _family_answered(turn, discourse, previous_text)
    name = asked.group("a") or asked.group("b")
    if answer is None or not name or not is_chinese_name(name) and "·" not in name or name == turn.speaker:
        return []
    person = Entity(name, "Person")
    discourse.mention(turn, person, gender_of_noun(answer.group("kin")))
    return [(discourse.speaker(turn), KIN_PREDICATE[answer.group("kin")], person, 0.7, None)]


def _family_answered(turn: Turn, discourse: Discourse, previous_text: str) -> list[Found]:
    """在，我是他爱人。 said right after 王大海家属在吗？: the one asked for by name has the speaker for a wife. The name
    is a known one, or a surname and one or two characters (a full name jieba splits: 王大海), or a familiar one (老杜)."""
    asked = _ASKS_FAMILY.search(previous_text)
    answer = _FAMILY_ANSWER.search(turn.text) if asked else None
    if asked is None or answer is None:
        return []
    name = asked.group("n")
    if not (is_called_name(name) or name[0] in SURNAMES and len(name) in (2, 3)) or name == turn.speaker:
        return []
    person = Entity(name, "Person")
    discourse.mention(turn, person)
    return [(person, KIN_PREDICATE[answer.group("kin")], discourse.speaker(turn), 0.7, None)]


#: 你是做什么的？ / 你做什么工作？ / 你是医生吗？ (a job guessed) / 你在哪儿上班？ (where): what the one who answers does.
_ASKS_WORK = lazy(rf"你(?:现在)?(?:是)?(?:做|干)(?:什么|啥)(?:的|工作)|你(?:现在)?(?:做|干)(?:什么|啥)工作|你的工作是(?:什么|啥)|"
                  rf"你(?:现在)?是(?P<guess>[{HAN}]{{1,6}}?)(?:吗|啊|吧|呀)|(?P<where>你(?:现在)?在(?:哪儿?|哪里|什么地方|哪个?(?:家)?(?:公司|单位))"
                  rf"(?:上班|工作|高就)?)[？?]+\s*$")
_BARE_WORK = lazy(rf"^\s*(?:(?:嗯|哦|呃|不是|不)[，,。!！\s]*)?(?:我是|是|我在|在)?(?:一[个名位家])?(?P<o>(?![在我你他她这那])[{HAN}A-Za-z]{{2,10}}?)"
                  rf"(?:上班|工作)?(?:而已|啦|呢)?[。！!.…\s]*$")


def work_answered(turn: Turn, discourse: Discourse, previous_text: str) -> list[Found]:
    """保安。 said right after 你是医生啊？ or 你是做什么的？: the speaker's job; 星火互娱。 after 你在哪儿上班？: the employer (a
    place, 北京。, where they work)."""
    asked = _ASKS_WORK.search(previous_text)
    answer = _BARE_WORK.match(turn.text) if asked else None
    if asked is None or answer is None or asked.group("guess") and not is_job(asked.group("guess")):
        return []  # 你是小王吗？: a name guessed, no job
    said, speaker = re.sub(r"(?:上班|工作)$", "", answer.group("o")), discourse.speaker(turn)
    said = pointed_org(said) or said  # 学校对面那家书店: the shop (:func:`.careers.pointed_org`)
    if len(said) < 2 or said in ("家里", "在家", "老家") or re.search("[了过着]", said):
        return []  # 在家。 (read 我在家工作。): no employer; 木棉家装干了三年了。: a clause, which the clause rules read
    if not asked.group("where"):
        return [(speaker, "jobTitle", said, 0.7, None)] if is_job(said) else []
    if is_place(said):
        return [(speaker, "workLocation", Entity(said, "Place"), 0.7, None)]
    employer = named if (named := employer_named(said)) and named in said else said if _unknown_word(said) else None
    return [(speaker, "worksFor", Entity(employer, "Organization"), 0.7, None)] if employer else []


def _unknown_word(text: str) -> bool:
    """Whether ``text`` is no word jieba's dictionary knows (星火互娱, a name of a firm; not 保密, 家里, 外面)."""
    from ..model.features import dictionary_entry  # jieba's dictionary, loaded where Chinese is read

    return dictionary_entry(text)[1] == 0 and not is_chinese_name(text) and not is_job(text)

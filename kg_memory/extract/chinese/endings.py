"""Chinese endings: what a clause says has stopped (我和他离婚了, 我们分手了, 彼特甩了我, 我辞职了, 我搬出了北京, the home
left in 我们从上海搬到了深圳).

The clause's subject is read by :mod:`.rules` first; :func:`ending` reads the rest of the clause. An
ending becomes a :class:`~kg_memory.types.Fact` with ``ended=True`` whose storing closes the matching
current fact; when the object is not said (我辞职了) the object is the subject, which ends every
current value of the predicate. 不再/已经不/再也不……(了) before an ordinary statement (我不再在阿里巴巴工作了)
is recognised by :data:`NO_LONGER`, and 以前/曾经 before one (我以前住在北京) by :data:`FORMERLY`: the rules read the
statement, and its facts become endings.

>>> from kg_memory.types import Entity, Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> turn = Turn("c", "1", "Ann", "我和王强离婚了")
>>> ann = Entity("Ann", "Person")
>>> ended, stated = ending("和王强离婚了", ann, 1.0, turn, Discourse([turn]))
>>> [(p, o.label) for _, p, o, _, _ in ended], [(p, o) for _, p, o, _, _ in stated]
([('spouse', '王强')], [('maritalStatus', 'divorced')])
"""

from __future__ import annotations

import re

from ...types import Entity, Turn
from ..framework import Clause, Found, LazyPattern, lazy
from ..pronouns import FEMALE, MALE, Discourse, gender_of_noun
from ..timeexpr import find_time
from .lexicon import HAN, JOB_SUFFIX, KIN, KIN_PREDICATE, NAME
from .people import apposed_kin, is_place
from .segment import clean_object, nominal_head, tagged

__all__ = ["FORMERLY", "FORMER_TIE", "NO_LONGER", "ending", "ending_pattern", "experienced", "former_named", "former_partners",
           "moved_from"]

#: A negation that means "no longer": 不再, 再也不, 已经不, 早就不, 不……了 (the negation is the rules' ``neg``).
NO_LONGER = lazy(r"不再|再也不|已经不|早就不|已不|^[^，]*不[^，]*了$")

#: An adverb that puts a state in the past: 我以前住在北京, 我曾经在百度工作过, 我小时候住在上海, 我原来住在杭州 (it held
#: then, not now).
FORMERLY = lazy(r"曾经|以前|之前|从前|原来|原先|小时候")

#: 是我以前的室友, 是她之前的男朋友, 和小李以前是同事: a tie that held before, as 以前是我的室友 (said after the subject).
FORMER_TIE = lazy(r"^是(?:我们|我|你|他|她)(?:以前|之前|从前|过去)的|^(?:和|跟|与|同)[^，,是]{1,8}?(?:俩|两个)?(?:以前|之前|从前|"
                  r"曾经|小时候)(?:都|也)?是")

#: A state verb with 过 (it held once: 我在腾讯工作过, 我在上海住过); where one lived, said 在……住过, is read as 住在…….
#: A stay (待过, 呆过) is no home. A pet had once is read when named (养过一只狗叫豆豆: not 养过一只狗, which would close the dog of now).
_EXPERIENCED = lazy(r"(?:工作|上班|读书|念书|上学|实习|任职|就职|住|生活|当|担任)过(?!来|去|年|节)|养过(?=[^，,。]*叫)")
_LIVED_AT = lazy(r"^(?P<pre>[^在]*)在(?P<place>[^，,。在]+?)(?:住|生活)过(?P<post>.*)$")


def experienced(rest: str) -> str | None:
    """The verb phrase ``rest`` without its 过, when its state held once and no longer (我在腾讯工作过 -> 在腾讯工作,
    在上海住过 -> 住在上海); ``None`` when it says no such state.

    >>> experienced("在腾讯工作过"), experienced("也在上海住过"), experienced("在上海工作"), experienced("过来了")
    ('在腾讯工作', '也住在上海', None, None)
    """
    m = _EXPERIENCED.search(rest)
    if m is None:
        return None
    lived = _LIVED_AT.match(rest)
    if lived is not None:
        return f"{lived.group('pre')}住在{lived.group('place')}{lived.group('post')}"
    return rest[:m.end() - 1] + rest[m.end():]


_WITH = rf"(?:(?:和|跟|与|同)(?P<o>我|他|她|{NAME})(?<!闹))?(?:已经|早就|终于|刚刚?|最近)?"  # 和明蒂闹离婚: still married
_OBJ = r"(?P<o>.+?)"
#: When a job ended (上个月被裁了, 去年下岗了).
_LATELY = r"(?:已经|早就|终于|刚刚?|最近|去年|今年|上个?月|上周|前不久|前几天)?"
#: Who laid one off when it names no employer (被公司裁了, 被老板炒了): every employer ends.
_NO_EMPLOYER = lazy(r"^(?:我们|我的|咱们)?(?:公司|单位|老板|领导|上司|厂里|厂子|厂)$")
#: What may follow 离婚/分手 to the end of the clause (离婚三次了, 分手以后): not "离婚-力".
_TAIL = r"(?:了|过)?(?:[0-9零一二两三四五六七八九十]+次|很多年|多年|好几年)?(?:了|啦|啊|呢|吧)*(?:以后|之后|后)?$"
_ENDINGS: tuple[tuple[LazyPattern, str, str], ...] = (
    (lazy(rf"^{_WITH}(?:离婚|离异|分居){_TAIL}"), "spouse", "name"),
    (lazy(rf"^{_WITH}(?:分手|分开){_TAIL}"), "partner", "name"),
    (lazy(rf"^(?:已经|早就|终于|刚刚?|最近)?(?:为了[^，,]{{1,12}}?)?(?:甩了|抛弃了)(?P<o>我|他|她|{NAME})(?:了|啦)*$"), "partner", "name"),
    (lazy(rf"^(?:已经|早就|终于|刚刚?|最近)?被(?P<o>他|她|{NAME})(?:给)?(?:甩了|抛弃了)(?:了|啦)*$"), "partner", "name"),  # 我被瑞秋甩了
    (lazy(rf"^(?:已经|早就|终于|刚刚?|最近)?(?:从{_OBJ})?(?:辞职|离职|退休|辞工)了?$"), "worksFor", "org"),
    (lazy(rf"^(?:已经|早就|终于|刚刚?|最近)?(?:辞去了?|离开了?){_OBJ}的?(?:工作|职位|职务)了?$"), "worksFor", "org"),
    (lazy(rf"^{_LATELY}(?:被(?P<o>.*?))?(?:解雇|开除|辞退|裁员|炒鱿鱼)了?$"), "worksFor", "org"),
    (lazy(rf"^{_LATELY}被(?P<o>.*?)(?:裁掉|裁|炒掉|炒|优化掉?)了$"), "worksFor", "org"),  # 我上个月被裁了
    (lazy(rf"^{_LATELY}(?P<o>)(?:失业|下岗)了$"), "worksFor", "org"),  # 我失业了: the employer, whichever, is no more
    (lazy(rf"^(?:已经|早就|终于|刚刚?|最近)?(?:搬出了?|搬离了?)(?![去来]){_OBJ}了?$"), "livesIn", "place"),  # not 搬出去15年了
    (lazy(rf"^(?:已经|早就|终于|刚刚?|最近)?从{_OBJ}搬(?:走|出来|出去)了?$"), "livesIn", "place"),
    # 我把大众卖了, 我卖了那辆宝马: a thing had no more (one's car, one's house)
    (lazy(rf"^{_LATELY}把(?:我的|那辆|那台|那套)?{_OBJ}(?:给)?卖(?:掉)?了$"), "owns", "thing"),
    (lazy(rf"^{_LATELY}卖(?:掉)?了(?:我的|那辆|那台|那套)?{_OBJ}$"), "owns", "thing"),
)
#: When a pet died (去年, 上个月, 两年前, 已经): what may come before 死了/去世了 (not 快死了, 要死了: alive).
_WHEN = r"(?:(?:去年|前年|今年|上个?月|上周|上星期|昨天|前天|前几天|最近|刚刚?|已经|早就|不幸|[一二两三四五六七八九十几0-9]+(?:年|个月|周|天)前)，?)*"
#: A pet that died or was lost (我们家的狗去年去世了, 我的猫死了, 我的狗走丢了): ``hasPet`` ends; the owner is the one the clause's subject was had by.
_DIED = lazy(rf"^{_WHEN}(?:病死|老死|死掉|死|去世|过世|走丢|跑丢|丢)了?(?:了|啦|啊)*$")  # 走丢了: lost, had no more
#: The words between a pet and its death (我家的狗豆豆去年死了: 豆豆, its name; 突然死了: how it died), not a word that says it
#: almost died or will (差点死了, 快死了, 可能会死) nor a denial.
_BEFORE_DIED = lazy(rf"^(?!差|几乎|险些|快|要|就要|会|不|没|别|可能|也许|好像|怕|担心|是不是)(?P<n>[{HAN}]{{1,4}}?|[A-Za-z]{{2,12}})"
                    rf"(?={_WHEN}(?:病死|老死|死掉|死|去世|过世|走丢|跑丢|丢)了?(?:了|啦|啊)*$)")
#: Tags of a word said before a death that is no name: an adverb, a time, a verb... (突然, 终于, 刚才, 后来)
_NOT_NAME_TAGS = ("d", "ad", "t", "c", "p", "r", "v", "m", "u", "f")
#: 是一名退休教师: a job held before (as "my mom is a retired nurse"); not 退休人员/退休的 alone (no job said).
_RETIRED_JOB = lazy(r"^是(?:一名|一位|一个|个|名|位)?(?:已经)?退休(?:的|了的)?(?P<o>[^的，,]{2,6})$")
#: A habit given up (戒烟了, 把酒戒了, 戒烟三年了): smoking or drinking ends (as "I used to smoke"); not 在戒烟 (a goal).
_QUIT = lazy(rf"^{_LATELY}(?:戒(?:掉|了)*(?P<o>烟|酒)|把(?P<o2>烟|酒)戒(?:掉|了)*)(?:了|[0-9一二两三四五六七八九十几多]+(?:年|个月)多?了)*$")
#: Years or months gone without (已经三年没喝酒了, 两年多没抽过烟了): the habit ended as well (not 三天没喝酒了: a while).
_WITHOUT_SINCE = lazy(r"^(?:已经|都)?有?[0-9一二两三四五六七八九十几多半]+多?(?:年|个月)多?(?:了，?)?(?:都|已经)?(?:没|没有)再?"
                      r"(?:喝|沾|碰)(?:过)?(?P<o>酒)(?:了|啦)+$|^(?:已经|都)?有?[0-9一二两三四五六七八九十几多半]+多?(?:年|个月)多?"
                      r"(?:都|已经)?(?:没|没有)再?(?:抽|吸)(?:过)?(?P<o2>烟)(?:了|啦)+$")
_QUIT_HABIT = {"烟": "抽烟", "酒": "喝酒"}
_PRONOUN = {"他": MALE, "她": FEMALE}
_KIN_ENDS = ("男友", "女友", "男朋友", "女朋友", "丈夫", "妻子", "老公", "老婆")


def ending_pattern(rest: str) -> bool:
    """Whether ``rest`` (a clause after its subject) reads as an ending."""
    return any(pattern.match(rest) for pattern, _, _ in _ENDINGS)


def ending(rest: str, subject: Entity, weight: float, turn: Turn, discourse: Discourse,
           said: list[Found] | None = None, clause: str = "") -> tuple[list[Found], list[Found]]:
    """The endings stated by ``rest``, the clause after its subject (empty when it states none), and
    the facts they imply (a divorce: the marital status; retiring: the job title 退休). A time said in
    the whole ``clause`` (我上个月辞职了) is when it ended.

    A pet that died (我的狗去年死了) ends the ``hasPet`` of ``said``, the facts read so far, that made the subject
    a pet: they are taken out of ``said`` and returned as endings.

    >>> ann = Entity("Ann", "Person")
    >>> turn = Turn("c", "1", "Ann", "我已经退休了")
    >>> [(p, o) for _, p, o, _, _ in ending("已经退休了", ann, 1.0, turn, Discourse([turn]))[1]]
    [('jobTitle', '退休')]
    >>> [(p, o) for _, p, o, _, _ in ending("是一名退休教师", ann, 1.0, turn, Discourse([turn]))[0]]
    [('jobTitle', '教师')]
    >>> dog = Entity("Ann的狗", "Animal")
    >>> said = [(ann, "hasPet", dog, 0.75, None)]
    >>> [(s.label, p, o.label) for s, p, o, _, _ in ending("去年去世了", dog, 1.0, turn, Discourse([turn]), said)[0]], said
    ([('Ann', 'hasPet', 'Ann的狗')], [])
    """
    before = _BEFORE_DIED.match(rest) if said is not None and subject.type == "Animal" and not _DIED.match(rest) else None
    if said is not None and subject.type == "Animal" and (_DIED.match(rest) or before):
        died = [f for f in said if f[1] == "hasPet" and f[2] == subject]
        said[:] = [f for f in said if f not in died]
        name = before.group("n") if before else ""
        if len(name) > 1 and tagged(name)[0][1] not in _NOT_NAME_TAGS:  # 我家的狗豆豆去年死了: 豆豆 died, the dog had before
            died = [(s, p, Entity(name, "Animal", aliases=(subject.label,)), w, t) for s, p, _, w, t in died]
        return died, []
    quit_ = _QUIT.match(rest)
    if quit_ and rest.endswith("了"):  # 我戒烟了 (not 我戒烟, a resolve)
        return [(subject, "habit", Entity(_QUIT_HABIT[quit_.group("o") or quit_.group("o2")], "Thing"), 0.75 * weight, None)], []
    without = _WITHOUT_SINCE.match(rest)
    if without:  # 我已经三年没喝酒了: as 我已经不喝酒了
        return [(subject, "habit", Entity(_QUIT_HABIT[without.group("o") or without.group("o2")], "Thing"), 0.7 * weight, None)], []
    retired = _RETIRED_JOB.match(rest)
    if retired and JOB_SUFFIX.search(retired.group("o")):
        return [(subject, "jobTitle", retired.group("o"), 0.8 * weight, None)], []
    for pattern, predicate, style in _ENDINGS:
        m = pattern.match(rest)
        if m is None:
            continue
        raw = m.group("o")
        obj: Entity = subject  # not said: every current value ends
        if raw and style == "name":
            if raw in KIN_PREDICATE or raw.endswith(_KIN_ENDS) or raw[:2] in ("他们", "她们", "你们") or raw.endswith("人"):
                if raw in KIN_PREDICATE and subject == discourse.speaker(turn):  # 我和前男友分手了。他叫李明。: he
                    relative = Entity(f"{subject.label}的{raw}", "Person")
                    discourse.mention(turn, relative, gender_of_noun(raw))
                    obj = relative if KIN_PREDICATE[raw] == "dated" else obj  # 前男友: that one, by name once told
            elif raw == "我":
                obj = discourse.speaker(turn)
            elif raw[0] == "我" and raw[1:].lstrip("的") in KIN_PREDICATE:  # 你和我姐姐分手了: the speaker's sister
                obj = Entity(f"{discourse.speaker(turn).label}的{raw[1:].lstrip('的')}", "Person")
            elif raw in _PRONOUN:
                resolved = discourse.third_person(turn, _PRONOUN[raw])
                obj = resolved[0] if resolved else subject
            else:
                obj = Entity(raw, "Person")
                discourse.mention(turn, obj)
        elif raw and not (style == "org" and _NO_EMPLOYER.match(raw)):
            value = nominal_head(raw) or clean_object(raw, 8)
            if not value:
                return [], []
            obj = Entity(value, {"place": "Place", "thing": "Thing"}.get(style, "Organization"))
        if style == "name" and obj is not subject and obj == discourse.speaker(turn):
            subject, obj = obj, subject  # 我女朋友跟我分手了: the speaker's partner ended, as the speaker holds it
        mention = find_time(clause or rest, turn.time, "zh")  # 我上个月辞职了: ended then
        when = mention.value if mention else None
        stated: list[Found] = []
        if predicate == "spouse":
            stated.append((subject, "maritalStatus", "divorced", 0.75 * weight, when))
        elif predicate == "worksFor" and "退休" in m.group(0):  # 我已经退休了: as "I'm retired", the title it leaves
            stated.append((subject, "jobTitle", "退休", 0.75 * weight, when))
        return [(subject, predicate, obj, 0.8 * weight, when)], stated
    return [], []


#: 从上海搬到了深圳, 从广州移居北京: the place moved away from (not 从小: since childhood).
_MOVED_FROM = lazy(r"从(?!小)(?P<o>[^，,从]{1,10}?)(?:搬到|搬去|搬家到|移居)")


def moved_from(rest: str, c: Clause) -> list[Found]:
    """The home left when ``rest`` (read by the rules into ``c``) tells a move from one place to another: an
    ending of ``livesIn`` at the time the move is dated (去年), else now; nothing when the move gave no new home.

    >>> from kg_memory.extract.pronouns import Discourse
    >>> turn = Turn("c", "1", "Ann", "我们去年从上海搬到了深圳")
    >>> c = Clause(turn=turn, subject=Entity("Ann", "Person"), discourse=Discourse([turn]), sentence=turn.text, lang="zh")
    >>> c.out.append((c.subject, "livesIn", Entity("深圳", "Place"), 0.75, None))
    >>> [(p, o.label) for _, p, o, _, _ in moved_from("去年从上海搬到了深圳", c)]
    [('livesIn', '上海')]
    """
    m = _MOVED_FROM.search(rest)
    if m is None or c.negated or not any(f[1] == "livesIn" and f[0] == c.subject for f in c.out):
        return []
    left = nominal_head(m.group("o")) or clean_object(m.group("o"), 8)
    if not left or not is_place(left):
        return []
    mention = find_time(c.sentence, c.turn.time, "zh")
    return [(c.subject, "livesIn", Entity(left, "Place"), 0.75 * c.weight, mention.value if mention else None)]


#: 前妻, 前任男友, 前未婚夫: the noun of a former spouse or partner (旧情人, an old flame, says neither).
_EX = r"前任?(?P<noun>妻子|妻|丈夫|夫|老公|老婆|男朋友|女朋友|男友|女友|未婚夫|未婚妻)"
_EX_OWNED = lazy(rf"的{_EX}$")  # 安娜的前妻: the ex had, unnamed
_SPOUSE_NOUNS = frozenset({"妻子", "妻", "丈夫", "夫", "老公", "老婆"})


def _ex_noun(label: str, text: str) -> str | None:
    """The ex noun ``text`` says of the person ``label``: 我的前妻艾米莉, 艾米莉是我的前妻, 安娜的前妻, 她是我的前妻 (when
    ``label`` is not in ``text``, 她 was read as them)."""
    if "的" in label:
        m = _EX_OWNED.search(label)
    elif label not in text:  # 她是我的前妻: the one 她 was read as
        m = re.search(rf"[他她][，,\s]*(?:就|也|可)?是(?:我|你)的?{_EX}", text)
    else:
        name = re.escape(label)
        m = re.search(rf"{_EX}[，,、\s]*{name}", text) or re.search(rf"{name}[，,\s]*(?:就|也)?是(?:我|你|他|她)?的?{_EX}", text)
    return m.group("noun") if m else None


#: 我上个室友基普, 我以前的老板王磊, 她的第一个男朋友比利: a relative of before, named after the noun (not 我的初恋扎克:
#: a first love may never have been returned).
_FORMER_NAMED = lazy(rf"(?P<kp>我|你|他|她)的?(?:上一?个|上一?任|以前的|之前的|从前的|过去的|第一个|第一任)(?P<kin>{KIN})"
                     rf"(?P<n>[{HAN}·]{{2,12}})")
#: The relations a 上个/以前的 noun may have ended (a 以前的儿子 is no such thing; 我的第一个朋友 may be one still).
_ENDS_TIES = frozenset({"partner", "spouse", "roommate", "boss", "colleague", "neighbor", "employee", "client"})


def former_named(sentence: str, turn: Turn, discourse: Discourse, endings: list[Found]) -> list[Found]:
    """The ties of before that ``sentence`` names (我上个室友基普, 我以前的老板王磊, 我的第一个男朋友比利): each goes to
    ``endings``; a partner of before (第一个男朋友) is returned as well as ``dated`` (they did date).

    >>> turn = Turn("c", "1", "Ann", "我上个室友基普搬走了。")
    >>> endings: list[Found] = []
    >>> former_named(turn.text, turn, Discourse([turn]), endings), [(s.label, p, o.label) for s, p, o, _, _ in endings]
    ([], [('Ann', 'roommate', '基普')])
    """
    dated: list[Found] = []
    for m in _FORMER_NAMED.finditer(sentence):
        kin = m.group("kin")
        if KIN_PREDICATE.get(kin) not in _ENDS_TIES:
            continue
        name = m.group("n")  # 王磊昨天给我打电话了: the whole, else its head (王磊) read as if it ended the clause
        said = next((f for words in (name, name[:2], name[:3], name[:4]) if "·" not in name or words == name
                     if (f := apposed_kin(f"{m.group('kp')}的{kin}{words}", turn, discourse))), [])
        for owner, predicate, person, confidence, _ in said:
            endings.append((owner, predicate, person, confidence, None))
            if predicate == "partner":
                dated.append((owner, "dated", person, confidence, None))
    return dated


def former_partners(found: list[Found], text: str, endings: list[Found]) -> list[Found]:
    """The facts of ``found`` that stay facts: each ``dated`` fact an ex noun gave (我的前妻艾米莉, 他是我的前男友)
    goes to ``endings`` as the ending of the relation it was, ``spouse`` for a 前妻/前夫, ``partner`` for a 前男友 or
    前未婚妻; a date had (我和詹姆斯约会过) stays ``dated``.

    >>> ann, emily = Entity("Ann", "Person"), Entity("艾米莉", "Person")
    >>> endings: list[Found] = []
    >>> former_partners([(ann, "dated", emily, 0.85, None)], "我的前妻艾米莉要结婚了！", endings)
    []
    >>> [(s.label, p, o.label) for s, p, o, _, _ in endings]
    [('Ann', 'spouse', '艾米莉')]
    """
    if "前" not in text or not any(f[1] == "dated" for f in found):
        return found
    kept: list[Found] = []
    for fact in found:
        subject, predicate, obj, confidence, when = fact
        noun = _ex_noun(obj.label, text) if predicate == "dated" and isinstance(obj, Entity) else None
        if noun is None:
            kept.append(fact)
            continue
        endings.append((subject, "spouse" if noun in _SPOUSE_NOUNS else "partner", obj, confidence, when))
    return kept

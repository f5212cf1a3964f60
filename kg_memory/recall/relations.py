"""Questions that name an entity and a relation, read into the predicates to follow.

"Where does Ann live?", "Who is Ann's sister?", "张三住在哪里？" and "张三的妻子是谁？" each name one
entity and one or more relations; :func:`parse_question` reads them into an :class:`Ask`: the
words naming the entity, the vocabulary predicates to follow from it (one set per hop: "Where does
Ann's sister work?" is ``sibling`` then ``worksFor``), whether the question asks about the past
("before", "以前"; "did" only for a relation of one changing value, see :meth:`Lexicon.asks_past`),
and whether the name is the relation's object ("Who lives in Berlin?", "谁住在北京？": the subjects
are asked for). Anything else (a word that is neither a question word, a relation, a time nor part of
one name) and the question is not one: :func:`parse_question` returns None and recall ranks as usual.
So does a do-question whose name follows the verb ("What do the kids like at the museum?"): what it
asks about stands between "do" and the verb; the name after the verb is a place or an object.
After "do", "does", "did" or a modal ("can", "will", "would" in lower case) the name ends at the verb, and
after "is", "was", "has", ... at a verb's -ing form or participle: "Where does Ann come from?" and "Where is
Ann coming from?" name Ann, and the verb reads as a relation where the vocabulary has its phrase ("comes
from" is a synonym of ``hometown``); a verb it has not ("Where did Ann move from?", "Which language is Tim
learning?", "Where has Maria made friends?") leaves the question unparsed. A lower-case word is part of a
name only between capitalised ones, one or two short words: "Vincent van Gogh", "Maria de la Cruz",
"Speaker 2". In Chinese a relation is read only as a word of the question as jieba's dictionary cuts it (住 is
no relation in "谁在住友工作？", nor 太太 in "李太太住在哪里？"), and a name stops before 会, 要, 有没有, ...
("张三会住在哪里？" names 张三).

The phrases come from the vocabulary's labels and synonyms in English and Chinese (``lives in`` /
``居住地``, ``spouse`` / ``配偶``, ``alma mater``, ``住址``, ...; see ``ontologies/kg-memory.ttl``) and
from the small table of everyday phrasings below (``live``, ``sister``, ``住``, ``妻子``, ...). Where a
phrase names several relations, the question word picks: "Who does Ann like?" (``Ann喜欢谁？``) asks
for ``positiveImpression`` (a person), "What does Ann like?" for ``likes``.

>>> ask = parse_question("Where does Ann's sister work?")
>>> ask.subject, [sorted(hop) for hop in ask.hops], ask.past
('Ann', [['sibling'], ['workLocation', 'worksFor']], False)
>>> parse_question("张三以前住在哪里？")
Ask(subject='张三', hops=(frozenset({'livesIn'}),), past=True, reverse=False)
>>> parse_question("谁住在北京？")     # the name is the object: the people who live there
Ask(subject='北京', hops=(frozenset({'livesIn'}),), past=False, reverse=True)
>>> parse_question("What did Ann paint?") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .wordings import (
    ASKS_FOR,
    CLAUSE_IN_NAME,
    EN_DOES,
    EN_PET_NAME,
    FAVORITE_KIND,
    GO_TO_SCHOOL,
    GOES_TO_AT_END,
    SCHOOL_NOUN,
    WORK,
    ZH_DOES,
    ZH_PET_NAME,
)

if TYPE_CHECKING:
    from ..vocab import Vocabulary

__all__ = ["INVERSE", "NAMING", "ZH_QUESTION_WORDS", "Ask", "Lexicon", "asks_list", "asks_name",
           "asks_past", "parse_question"]

#: Relations read backwards from the other end: "Ann's mother" is also ``Mia child Ann``.
INVERSE = {"parent": "child", "child": "parent"}
#: Predicates that name their subject ("Speaker 2 alternate name Rach"): they answer questions about
#: names (:func:`asks_name`), not every question about the person.
NAMING = frozenset({"name", "alternateName"})

# Everyday phrasings -> (predicates, nominal). A nominal relation ("sister") chains after the name it
# follows ("Ann's sister"); a verbal one ("work") is the last hop ("Where does Ann's sister work?").
_EN: dict[str, tuple[str, bool]] = {
    "live lives living lived reside resides resided stay stays based": ("livesIn", False),
    "work works working worked employed": ("worksFor", False),
    "employer company": ("worksFor", True),
    "job occupation profession": ("jobTitle", True),
    "sister sisters brother brothers sibling siblings": ("sibling", True),
    "wife husband spouse": ("spouse", True),
    "married": ("spouse", False),
    "partner girlfriend boyfriend": ("partner", True),
    "mother father mom dad mum parent parents": ("parent", True),
    "son sons daughter daughters child children kid kids": ("child", True),
    "friend friends": ("friend", True),
    # the wider family, each kind of relative told as ``relative`` ("my aunt Rosa"): "Who is Ann's uncle's daughter?"
    "aunt aunts uncle uncles cousin cousins niece nieces nephew nephews grandma grandmother granny grandpa grandfather "
    "granddad grandparents grandson granddaughter grandchildren grandkids in-laws mother-in-law father-in-law "
    "brother-in-law sister-in-law son-in-law daughter-in-law relative relatives": ("relative", True),
    "colleague colleagues coworker coworkers": ("colleague", True),
    "born": ("birthPlace", False),
    "birthplace": ("birthPlace", True),
    "birthday birthdays": ("birthday birthDate", True),  # a birthday told without the year, or the full date
    "from": ("hometown birthPlace nationality", False),
    "old": ("age birthYear birthDate", False),  # the age, else the year or date it follows from
    "study studies studied studying major majored majoring": ("studiesAt educatedAt fieldOfStudy", False),
    "school university college": ("studiesAt educatedAt", True),
    "attend attends attended attending": ("studiesAt educatedAt", False),
    "allergic allergy allergies": ("trait", False),
    "condition conditions illness illnesses disease diseases": ("trait", False),  # "What condition does Ann have?"
    "graduate graduated": ("educatedAt educationStatus", False),
    "drop dropped dropout": ("educationStatus", False),  # "Did Ann drop out?"
    "speak speaks language languages": ("speaks", False),
    "pet pets": ("hasPet", True),
    "hobbies": ("hobby", True),
    "plans goals": ("goal", True),
    "boss manager": ("boss", True),
    # liking: things (``likes``) or people (``positiveImpression``); the question word tells which
    "like likes liked love loves loved adore adores": ("likes positiveImpression", False),
    "dislike dislikes disliked hate hates hated": ("dislikes negativeImpression", False),
}
_ZH: dict[str, tuple[str, bool]] = {
    "住 住在 居住 住哪 家住": ("livesIn", False),
    "工作 上班 任职 就职": ("worksFor", False),
    "公司 单位": ("worksFor", True),
    "妻子 老婆 太太 丈夫 老公 爱人": ("spouse", True),
    "哥哥 姐姐 弟弟 妹妹 兄弟 姐妹": ("sibling", True),
    "爸爸 妈妈 父亲 母亲 父母 爸妈 爹妈 爸 妈": ("parent", True),
    "儿子 女儿 孩子 子女 儿女": ("child", True),
    "男朋友 女朋友 男友 女友": ("partner", True),
    "爷爷 奶奶 外公 外婆 姥姥 姥爷 岳父 岳母 公公 婆婆 女婿 儿媳 儿媳妇 叔叔 阿姨 舅舅 舅妈 姑姑 姑妈 姨妈 伯伯 表哥 表姐 "
    "表弟 表妹 堂哥 堂姐 堂弟 堂妹 孙子 孙女 侄子 侄女 外甥 外甥女 嫂子 弟媳 姐夫 妹夫 亲戚": ("relative", True),
    "出生": ("birthPlace", False),
    "生日 生辰": ("birthday birthDate", True),
    "老家": ("hometown", True),
    "哪里人 哪儿人 哪的人": ("hometown", False),
    "哪国人 国籍": ("nationality", False),
    "朋友 好朋友 闺蜜 哥们": ("friend", True),
    "同事": ("colleague", True),
    "室友": ("roommate", True),
    "邻居": ("neighbor", True),
    "同学": ("classmate", True),
    "结婚 已婚": ("spouse", False),
    "交往 约会 谈恋爱": ("dated partner", False),
    "前夫 前妻 前任 前男友 前女友 前男朋友 前女朋友": ("dated", True),  # as the rules store them
    "语言 外语": ("speaks", True),
    "过敏": ("trait", False),
    "全名 真名 本名 姓名 全名是": ("name", True),  # jieba cuts 的/全名是/什么
    "小名 昵称 外号 绰号 乳名 小名叫": ("alternateName", True),  # and 小/名叫
    "多大 几岁 岁数 年纪": ("age birthYear birthDate", False),
    "上学 读书 就读 学校 大学 上大学 读大学 念大学 上的大学 读的大学 念的大学": ("studiesAt educatedAt", False),
    "毕业": ("educatedAt educationStatus", False),
    "辍学 退学": ("educationStatus", False),
    "老板 领导": ("boss", True),
    "养 养了 养着 养过": ("hasPet", False),
    "宠物": ("hasPet", True),
    "计划 打算": ("goal", True),
    "喜欢 喜爱": ("likes positiveImpression", False),
    "不喜欢 讨厌": ("dislikes negativeImpression", False),
}
# Words that ask, point or link; words that turn a question to the past.
_EN_STOP = ("what who whom whose where when which how is are was were does do did has have had the a an of for "
            "at in to with now currently today still these days name names full any many best closest".split())
_EN_PAST = "before previously formerly earlier used use once originally prior former past".split()
_ZH_STOP = ("的 是 谁 在 哪里 哪儿 哪 哪家 哪个 哪位 什么 是什么 现在 目前 如今 吗 呢 叫 名字 做 "
            "哪天 哪一天 几号 几月几号 几月几日 什么时候 是什么时候 多少号 了 几个 几位 几只 多少个 多少 说 讲 吃 对 和 跟 与 最 最好 "
            "城市"
            ).split()
_ZH_PAST = "以前 之前 曾经 过去 原来 从前 以往 早先".split()
#: Chinese words that ask, point, link or name a relation: never a name to look up.
ZH_QUESTION_WORDS = frozenset([*_ZH_STOP, *_ZH_PAST, *(w for words in _ZH for w in words.split())])
_PARSED = 64  # questions whose reading a Lexicon keeps
# Words asking for the subject of a verbal relation named before the entity ("Who lives in Berlin?").
_WHO = frozenset({"who", "whom", "谁"})
# Words asking for a place: "Where does Ann work?" asks for her employer and for the place she works in.
_WHERE = frozenset({"where", "哪里", "哪儿"})
# Words asking for a thing: "What does Ann like?" asks for ``likes``, "Who does Ann like?" for ``positiveImpression``.
_WHAT = frozenset({"what", "which", "什么", "是什么"})
# What a school is to a student ("What university did Ann study at?" asks for one, not for a field of study).
_SCHOOL = frozenset({"studiesAt", "educatedAt"})
# "like" is a verb only after do/does/did ("Who does Ann like?"), a preposition otherwise ("What is Ann's house like?").
_LIKE = "like"
_DO = frozenset({"do", "does", "did"})
_DID = "did"
# Auxiliaries that put the verb after the name: "Which language is Tim learning?", "Where has Ann lived?",
# "Where will Ann live?" (a modal only in lower case: "Where does Will live?" names Will).
_BE = frozenset({"is", "are", "was", "were"})
_HAVE = frozenset({"has", "have", "had"})
_MODAL = frozenset({"can", "could", "will", "would", "should", "might"})
_AUX = _DO | _BE | _HAVE | _MODAL
# Words that after have are no verb of their own: "What pets has Ann got?" asks what pets Ann has, "Where
# has Ann been living?" where Ann lives.
_AFTER_HAVE = frozenset({"got", "gotten", "been"})
# Past participles that do not end in -ed ("Where has Maria made friends?"; not "then", "often").
_PARTICIPLES = frozenset("been done gone got gotten made met had left lost kept said told found felt heard held paid "
                         "sent spent built bought brought taught thought caught won run come become begun seen taken "
                         "given written eaten driven chosen spoken broken known grown shown".split())
# Chinese words of mood or motion that end a name before its relation ("张三会住在哪里？", "张三有没有妹妹？", "张三有孩子吗？").
_ZH_AUX = sorted("会 要 将 想 去 有没有 没有 有".split(), key=len, reverse=True)
# A lower-case run inside a name ("van", "de la"): at most this many words of at most this many letters.
_PARTICLES, _PARTICLE = 2, 3
# Predicates whose labels would take common words for relations ("date", "location", "name").
_UNASKED = frozenset({"name", "date", "location", "participant", "knows", "trait", "goal", "habit"})
# Classes whose predicates describe the memory's own records (a turn's "speaker", a fact's "confidence"),
# not the world: "Who is Speaker 2's sister?" names the person Speaker 2 and asks for a sibling.
_RECORDS = frozenset({"Turn", "Fact"})
_WHEN = re.compile(r"\bwhen\b|what\s+(?:date|day|year)|什么时候|哪年|哪一年|何时|哪天|哪一天")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Ask:
    """A question read as: the entity ``subject`` names, the predicates to follow from it (one
    set per hop, vocabulary names) and whether it asks about a past value."""

    subject: str
    hops: tuple[frozenset[str], ...]
    past: bool = False
    #: The name is the relation's object: "Who lives in Berlin?", "谁住在北京？" (one hop).
    reverse: bool = False


class Lexicon:
    """The phrases of relation questions, from a vocabulary's labels and the everyday table.

    >>> Lexicon().relations["配偶"], Lexicon().relations["birth place"]
    ((frozenset({'spouse'}), True), (frozenset({'birthPlace'}), True))
    """

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        from ..vocab import Vocabulary

        vocab = vocabulary or Vocabulary.load()
        #: Relations that hold both ways: "Ann's sister" is found in ``Ann sibling Bea`` and ``Bea sibling Ann``.
        self.symmetric = vocab.symmetric
        #: phrase -> (predicates, nominal)
        self.relations: dict[str, tuple[frozenset[str], bool]] = {}
        for name, predicate in vocab.predicates.items():
            if name in _UNASKED or predicate.domain in _RECORDS:
                continue
            for label in predicate.labels.values():
                self.relations.setdefault(label.lower(), (frozenset({name}), True))
        for table in (_EN, _ZH):
            for words, (names, nominal) in table.items():
                known = frozenset(n for n in names.split() if n in vocab.predicates)
                for word in words.split():
                    if known:
                        self.relations[word] = (known, nominal)
        stop = {w: "stop" for w in (*_EN_STOP, *_ZH_STOP)} | {w: "past" for w in (*_EN_PAST, *_ZH_PAST)}
        self.words: dict[str, str] = stop | dict.fromkeys(self.relations, "relation")
        self._compile()
        # the vocabulary's synonyms (skos:altLabel): those the words above do not already read
        # ("date of birth", "alma mater", "住址", "来自"; not "is from" or "married to", read word by word)
        for name, predicate in vocab.predicates.items():
            if name in _UNASKED or predicate.domain in _RECORDS:
                continue
            for synonym in predicate.synonyms:
                if any(kind == "name" for kind, _, _ in self._scan(synonym.lower())):
                    self.relations.setdefault(synonym.lower(), (frozenset({name}), True))
        self.words |= {w: "relation" for w in self.relations if w not in self.words}
        self._compile()
        #: predicates whose object is a person: what a "who" question asks for
        self.people = frozenset(name for name, p in vocab.predicates.items() if p.range == "Person")
        #: predicates with one value at a time (``livesIn``, ``worksFor``): a "did" question asks for a former one
        self.functional = frozenset(name for name, p in vocab.predicates.items() if p.functional)
        #: predicates whose value does not change (``birthPlace``, ``hometown``): "did" asks for that value
        self.permanent = frozenset(name for name, p in vocab.predicates.items() if p.permanent)
        #: what "When was Ann born?" asks for: the birth date, the year where the day was not told ("born in
        #: 1990"), or the birthday where the year was not
        self._born_when = frozenset({"birthDate", "birthYear", "birthday"} & set(vocab.predicates))
        self._parsed: dict[str, Ask | None] = {}  # the last questions read: recall reads one several times

    def _compile(self) -> None:
        """The patterns of :attr:`words`: Latin ones as whole words, longest first; Han ones by length."""
        latin = sorted((w for w in self.words if not _HAN.search(w)), key=len, reverse=True)
        self._latin = re.compile("|".join(re.escape(w) + r"(?![^\W_])" for w in latin))
        self._han = frozenset(w for w in self.words if _HAN.search(w))
        self._han_longest = max(map(len, self._han), default=0)

    def __repr__(self) -> str:
        return f"Lexicon({len(self.relations)} relation phrases)"

    def parse(self, question: str) -> Ask | None:
        """The :class:`Ask` of ``question``, or None when it is not an entity-and-relation question."""
        if question in self._parsed:
            return self._parsed[question]
        if len(self._parsed) >= _PARSED:
            self._parsed.clear()
        found = self._parsed[question] = self._parse(question)
        return found

    def asks_past(self, question: str) -> bool:
        """Whether ``question`` asks for former values: :func:`asks_past`, except that a "did" question
        this lexicon reads as a relation question asks for them only as :meth:`_past` says ("Who did Ann
        hate?" asks for whom she hates, then whom she hated; "Where did Ann live?" for where she lived).

        >>> lexicon = Lexicon()
        >>> lexicon.asks_past("Who did Ann hate?"), lexicon.asks_past("Where did Ann live?")
        (False, True)
        >>> lexicon.asks_past("Who did Ann hate before?"), lexicon.asks_past("What did Ann cook?")
        (True, True)
        """
        ask = self.parse(question)
        return asks_past(question) and (ask is None or ask.past)

    def _parse(self, question: str) -> Ask | None:
        for pattern, predicate in ASKS_FOR:
            asked = pattern.match(question)
            if asked is not None and len(asked.group("who").split()) <= 4 and not CLAUSE_IN_NAME.search(asked.group("who")):
                named = self._parse(f"Where does {asked.group('who')} live?" if not _HAN.search(question)
                                    else f"{asked.group('who')}住在哪里？")  # the name, read as any question's
                # the relatives it goes through first ("安娜的儿子在哪里上学？": her son's school)
                return None if named is None else Ask(named.subject, (*named.hops[:-1], frozenset(predicate.split())))
        work = EN_DOES.match(question) or ZH_DOES.match(question)
        who = (work.group("who") or work.groupdict().get("was") or "") if work is not None else ""
        if work is not None and len(who.split()) <= 4 and not CLAUSE_IN_NAME.search(who):
            # "What does Ann do (for a living)?", "安娜是做什么的？": the job, or where it is done
            ask = self._parse(f"{who}的职业是什么？" if _HAN.search(question) else f"What is {who}'s job?")
            return None if ask is None else Ask(ask.subject, (*ask.hops[:-1], ask.hops[-1] | WORK),
                                                ask.past or work.groupdict().get("was") is not None)
        pet = EN_PET_NAME.match(question) or ZH_PET_NAME.match(question)
        owner = next((o for o in pet.groupdict().values() if o), "") if pet is not None else ""
        if owner and len(owner.split()) <= 4 and not CLAUSE_IN_NAME.search(owner):
            # "What is Ann's dog called?", "安娜的猫叫什么？": the pet's name is the pet (jieba reads 猫叫 as one word)
            return self._parse(f"{owner}养了什么宠物？" if _HAN.search(question) else f"Does {owner} have any pets?")
        blanked = FAVORITE_KIND.sub(r"\1", _without_time(question))  # "Ann's favorite food": her favorite
        blanked = GO_TO_SCHOOL.sub(r"attend \1", blanked)  # "Where did Ann go to college?"
        if SCHOOL_NOUN.search(blanked):  # "What school does Lily go to?"
            blanked = GOES_TO_AT_END.sub("attend", blanked)
        text = blanked.lower()
        if len(text) != len(blanked):  # lower-casing changed a length: keep positions aligned
            blanked = text
        return self._read(blanked, self._scan(text, _word_bounds(text)))

    def _scan(self, text: str, bounds: frozenset[int] | None = None) -> list[tuple[str, str, int]]:
        """The words of lower-cased ``text`` as (kind, phrase, position): kind "stop", "past" or
        "relation" for a phrase of :attr:`words`, "name" for anything else (a word, or one Han character).

        A Han relation is read where it starts and ends at ``bounds`` (:func:`_word_bounds`; None: anywhere),
        so that it is a word of the text, not characters of a longer one (住 in 住友, 大学 in 北京大学)."""
        items: list[tuple[str, str, int]] = []
        pos = 0
        while pos < len(text):
            char = text[pos]
            at_word = char.isalnum() and not _HAN.match(char) and (pos == 0 or not text[pos - 1].isalnum()
                                                                   or bool(_HAN.match(text[pos - 1])))
            latin = self._latin.match(text, pos) if at_word else None
            phrase = latin.group() if latin is not None else self._han_phrase(text, pos, bounds)
            if phrase is not None:
                items.append((self.words[phrase], phrase, pos))
                pos += len(phrase)
            elif _HAN.match(char):
                items.append(("name", char, pos))
                pos += 1
            elif char.isalnum():
                word = _WORD.match(text, pos)
                end = word.end() if word is not None else pos + 1
                while end > pos and _HAN.match(text[end - 1]):  # a Latin word glued to Han text
                    end -= 1
                items.append(("name", text[pos:end], pos))
                pos = end
            elif text.startswith("'s", pos) or text.startswith("\u2019s", pos):
                pos += 2
            else:
                pos += 1
        return items

    def _han_phrase(self, text: str, pos: int, bounds: frozenset[int] | None) -> str | None:
        """The longest Han phrase of :attr:`words` at ``pos`` of ``text``; a relation only where it starts
        and ends at ``bounds`` (the words that ask or link, 的, 是, 谁, are read anywhere: jieba glues them
        to a name, 红红的)."""
        if not _HAN.match(text, pos):
            return None
        for end in range(min(len(text), pos + self._han_longest), pos, -1):
            phrase = text[pos:end]
            if phrase in self._han and (bounds is None or self.words[phrase] != "relation"
                                        or {pos, end} <= bounds):
                return phrase
        return None

    def _read(self, blanked: str, items: list[tuple[str, str, int]], conjugate: bool = True) -> Ask | None:
        """The Ask of a question scanned into ``items`` (``blanked``: its text, time blanked out).

        A question with an auxiliary before the name (do, be, have, a modal) whose name is followed by a
        verb is read again with the verb as the vocabulary says it ("does Ann come from", "is Ann coming
        from" as "comes from"), once (``conjugate``): not a relation then, None."""
        items = [("stop", p, at) if k == "name" and p in _MODAL and blanked[at].islower() else (k, p, at)
                 for k, p, at in items]  # "Where will Ann live?"; not "Where does Will live?"
        names = [i for i, item in enumerate(items) if item[0] == "name"]
        if not names or names != list(range(names[0], names[-1] + 1)):
            return None  # no name, or words that are neither a name nor a relation
        aux = next((i for i in range(names[0] - 1, -1, -1) if items[i][0] == "stop" and items[i][1] in _AUX), -1)
        auxiliary = items[aux][1] if aux >= 0 else ""  # the nearest before the name
        verb = _verb(blanked, items, names, auxiliary) if auxiliary else None
        if verb is not None:
            if not conjugate:
                return None  # "When did Caroline go biking with friends?": a verb the vocabulary does not name
            word, at = items[verb][1], items[verb][2]
            for form in _verb_forms(word, auxiliary):
                text = blanked[:at] + form + blanked[at + len(word):]
                scanned = self._scan(low := text.lower(), _word_bounds(low))
                if form and not any(k == "relation" and pos == at for k, _, pos in scanned):
                    continue  # "is Tim learning" -> "learns": not a phrase of the vocabulary
                if (found := self._read(text, scanned, conjugate=False)) is not None:
                    return found
            return None
        do = aux if auxiliary in _DO | _MODAL else None
        asking = {p for k, p, _ in items if k == "stop"}
        if any(k == "relation" and p == _LIKE for k, p, _ in items) and not asking & _DO:
            return None  # "What is Ann's house like?": not liking
        first, last = items[names[0]], items[names[-1]]
        subject = _without_aux(blanked[first[2]:last[2] + len(last[1])].strip())
        before = [self.relations[p] for k, p, _ in items[:names[0]] if k == "relation"]
        after = [self.relations[p] for k, p, _ in items[names[-1] + 1:] if k == "relation"]
        verb = next((i for i, (_, nominal) in enumerate(after) if not nominal), None)
        if verb is not None:  # "Does Ann like pets?": a noun after the verb is its object, no hop
            after = [r for i, r in enumerate(after) if i <= verb or not r[1]]
        if not before and not after:
            return None
        if do is not None and any(k == "relation" and not self.relations[p][1] for k, p, _ in items[do + 1:names[0]]):
            return None  # "What do the kids like at the museum?": the subject is before the verb, not the name after it
        explicit = any(k == "past" for k, _, _ in items)
        did = _DID in asking
        if before and not after and _asks_subject(items[:names[0]]):
            hop = frozenset().union(*(preds for preds, _ in before))
            return Ask(subject, (hop,), self._past(hop, explicit, did), reverse=True)
        if after and not before and not any(nominal for _, nominal in after) and any(
                p == "谁" for _, p, _ in items[:names[0]]):  # 谁在腾讯工作？
            hop = frozenset().union(*(preds for preds, _ in after))
            return Ask(subject, (hop,), self._past(hop, explicit, did), reverse=True)
        hops = ([preds for preds, nominal in after if nominal] + [preds for preds, nominal in before[::-1] if nominal]
                + [preds for preds, nominal in before + after if not nominal])
        if _WHEN.search(blanked.lower()):  # "When was Ann born?" asks for the date (or the birthday, the year untold)
            hops = [self._born_when if hop == {"birthPlace"} else hop for hop in hops]
        if any("fieldOfStudy" in hop for hop in hops):  # "What did Ann study?": the field; "Where", "What university": a school
            field = bool(asking & _WHAT) and all("fieldOfStudy" in hop or not hop & _SCHOOL for hop in hops)
            hops = [hop if "fieldOfStudy" not in hop else frozenset({"fieldOfStudy"}) if field else hop - {"fieldOfStudy"}
                    for hop in hops]
        if hops:
            hops[-1] = self._narrow(hops[-1], asking)
        deduplicated = [hop for i, hop in enumerate(hops) if i == 0 or hop != hops[i - 1]]
        return Ask(subject, tuple(deduplicated), self._past(deduplicated[-1] if deduplicated else frozenset(),
                                                            explicit, did))

    def _past(self, hop: frozenset[str], explicit: bool, did: bool) -> bool:
        """Whether a question asks for a former value of the answering ``hop``: it says so (``explicit``:
        "before", "used to", "以前"), or it asks with "did" about a relation of one value at a time that
        changes.

        "Where did Ann live?" asks where she lived before: a home is replaced, so a "did" question about
        a functional relation (``livesIn``, ``worksFor``, ``spouse``) asks for the value it had. One whose
        value does not change (the ontology's ``:permanent``: ``birthPlace``, ``hometown``) is only put in
        the speaker's tense: "Where did Ann come from?" asks where she comes from. "Who did
        Ann hate?" or "What did Ann like?" puts a feeling in the speaker's tense: feelings (``likes``,
        ``negativeImpression``) and other relations of several values at once are not replaced, one
        closing says nothing about the others, so the values that still hold come first and the closed
        ones follow them (both are given; only "before" or "used to" puts the closed ones first)."""
        return explicit or (did and bool(hop & (self.functional - self.permanent)))

    def _narrow(self, hop: frozenset[str], asking: set[str]) -> frozenset[str]:
        """The predicates of the answering hop that the question word asks for: those reaching a
        person for "who" (谁), the others for "what" (什么), all when that would leave none; "where"
        (哪里) about work asks for the workplace too."""
        if asking & _WHERE and "worksFor" in hop:
            hop = hop | {"workLocation"}
        people = hop & self.people
        if asking & _WHO and people:
            return people
        if asking & _WHAT and hop - people:
            return hop - people
        return hop


def _asks_subject(items: list[tuple[str, str, int]]) -> bool:
    """Whether the words before the name ask for a relation's subject: "who" (谁) before the relation,
    the name not its possessor ("Who lives in Berlin?", not "Who is the wife of Ann?")."""
    who = next((i for i, (k, p, _) in enumerate(items) if k == "stop" and p in _WHO), None)
    relation = next((i for i, (k, _, _) in enumerate(items) if k == "relation"), None)
    return who is not None and relation is not None and who < relation and items[-1][1] != "of"


def _verb(text: str, items: list[tuple[str, str, int]], names: list[int], aux: str) -> int | None:
    """The item of the verb that ends the name ``names`` of a question with the auxiliary ``aux``, or None:
    the first lower-case word after a capitalised one that is not a particle between capitalised ones ("Ann
    come from": "come"; "Vincent van Gogh", "Speaker 2": none). After be or have, only a verb's -ing form or
    participle not after a possessive ("Tim learning", "Maria made"; not "Ann's best friend"). None too for
    a name not capitalised: its words cannot tell."""
    def named(i: int) -> bool:
        char = text[items[i][2]]
        return char.isupper() or char.isdigit() or bool(_HAN.match(char))

    if not named(names[0]):
        return None
    i, verb = 1, None
    while i < len(names) and verb is None:
        if named(names[i]):
            i += 1
            continue
        j = next((j for j in range(i, len(names)) if named(names[j])), len(names))
        if j == len(names) or j - i > _PARTICLES or any(len(items[n][1]) > _PARTICLE for n in names[i:j]):
            verb = names[i]
        i = j
    if verb is None or aux in _DO | _MODAL:
        return verb
    word, (before, at) = items[verb][1], (items[verb - 1][2] + len(items[verb - 1][1]), items[verb][2])
    participle = (word.endswith(("ing", "ed")) and len(word) > 3) or word in _PARTICIPLES
    return verb if participle and not text[before:at].strip() else None


def _verb_forms(verb: str, aux: str) -> list[str]:
    """The forms ``verb`` after the auxiliary ``aux`` may take in the vocabulary's phrases: the third
    person of a verb after do or a modal ("come" -> "comes"), and of an -ing form's stems after be
    ("coming" -> "comes", "learning" -> "learns"); nothing for "got" or "been" after have ("has Ann got",
    "has Ann been living": the word that follows says it); none else."""
    if aux in _DO | _MODAL:
        return [_third_person(verb)]
    if aux in _HAVE and verb in _AFTER_HAVE:
        return [""]
    if aux in _BE and verb.endswith("ing") and len(verb) > 4:
        stem = verb[:-3]  # learn(ing), com(ing) -> come, runn(ing) -> run
        stems = [stem, stem + "e", *([stem[:-1]] if stem[-1] == stem[-2] else [])]
        return [_third_person(s) for s in stems]
    return []


def _third_person(verb: str) -> str:
    """The form ``verb`` takes after a name, as the vocabulary's phrases have it: "come" -> "comes"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _without_aux(subject: str) -> str:
    """``subject`` without the Chinese words of mood or motion ending it: "张三会" -> "张三", "张三要去" -> "张三"."""
    while (aux := next((w for w in _ZH_AUX if subject.endswith(w) and subject[:-len(w)].strip()), None)) is not None:
        subject = subject[:-len(aux)].strip()
    return subject


def _word_bounds(text: str) -> frozenset[int] | None:
    """Where the words of ``text`` start and end, as jieba's dictionary cuts it (no HMM: a name it does
    not know comes out as single characters, each a word); None for text without Han characters."""
    if not _HAN.search(text):
        return None
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" lines on first use
    bounds, at = {0}, 0
    for word in jieba.cut(text, HMM=False):
        at += len(word)
        bounds.add(at)
    return frozenset(bounds) if at == len(text) else None  # its words spell the text (None: read anywhere)


def parse_question(question: str, lexicon: Lexicon | None = None) -> Ask | None:
    """Read ``question`` with ``lexicon`` (default: the packaged vocabulary's); see the module doc."""
    return (lexicon or Lexicon()).parse(question)


_PAST = re.compile(r"(?<![^\W_])(?:" + "|".join(_EN_PAST) + r"|did|used to|no longer|anymore)(?![^\W_])|"
                   + "|".join(_ZH_PAST), re.I)


def asks_past(question: str) -> bool:
    """Whether ``question`` asks about a past value ("did", "used to", "before", "以前", "过去").

    >>> asks_past("Where did Ann live?"), asks_past("Where does Ann live now?"), asks_past("张三以前住在哪里？")
    (True, False, True)
    """
    return _PAST.search(question) is not None


#: A question asking for several things, each told once ("What activities does Ann do?", "Where has Ann
#: camped?", "What do Ann and Bob both like?", "How many times ...", "What kinds of ...", "张三做过哪些运动？").
_LIST = re.compile(
    r"\b(?:has|have)\b(?!\s+(?:a|an|the)\b)|\bboth\b|\bhow\s+many\s+times\b|\bways\b|\bsome\b|\bwhat\s+are\b"
    r"|\b(?:what|which)\s+(?:\w+\s+){0,2}\w+s\s+(?:does|do|has|have|is|are|did)\b|\bkinds?\b|\btypes?\b"
    r"|哪些|几次|都", re.I)


def asks_list(question: str) -> bool:
    """Whether ``question`` asks for a list, whose items a conversation tells on different days.

    >>> asks_list("What activities does Melanie partake in?"), asks_list("Where has Ann camped?")
    (True, True)
    >>> asks_list("What did Caroline research?"), asks_list("张三去过哪些城市？")
    (False, True)
    """
    return _LIST.search(question) is not None


_NAME = re.compile(r"(?<![^\W_])(?:names?|nicknames?|called|call|calls|alias|aka|known\s+as)(?![^\W_])"
                   r"|名字|名叫|叫什么|叫做|别名|昵称|外号|绰号|称呼|全名", re.I)


def asks_name(question: str) -> bool:
    """Whether ``question`` asks about a name, which facts of :data:`NAMING` answer.

    >>> asks_name("What is Speaker 2's nickname?"), asks_name("Speaker 2叫什么名字？"), asks_name("Who does Ann like?")
    (True, True, False)
    """
    return _NAME.search(question) is not None


def _without_time(question: str) -> str:
    """The question with the time it names blanked out ("Where did Ann live in 2021?")."""
    from ..extract.timeexpr import find_time

    text = question
    for lang in ("en", "zh"):
        mention = find_time(text, None, lang)
        if mention is None:
            from datetime import date

            mention = find_time(text, date(2000, 1, 1), lang)  # a relative time: only its place
        if mention is not None:
            text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    return text

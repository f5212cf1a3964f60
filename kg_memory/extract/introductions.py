"""Who a person introduced to the others is, for :mod:`.speakers`: "this is my friend Roger", then a voice not heard before.

A speaker who brings someone in introduces them by name ("Guys, this is my friend Roger.", "Meet my sister Ann.",
"这是我朋友罗杰。", "这位是安娜。"), and the one introduced answers, often without saying their name ("Hey everybody.",
"大家好。"). Where the transcript labels its speakers "Speaker 1", "Speaker 2", that is the only sign of who Roger is:
the first other voice after the introduction (past those who greet the one introduced by name) is the one introduced,
as a careful listener would take it, when it was not heard before, or only in the turn just before, its first, asking
about nobody there ("Sorry I'm late. Did I miss the tour?" - "This is my sister, Ellie." - "Hi, everyone.": one just
come in) where the introduction calls nobody by another name ("Oh and Sarah, this is Joey." introduces Joey to Sarah),
and:

* the turn introduces one person only, in a statement ("So this is Roger?", "this is Chandler, Phoebe and Joey", "this is
  Carol, and this is Susan" tell nothing), not the speaker themself too ("Hi, this is Roger." at the door or on the phone,
  "I'm Kate and this is Dave."), nor someone on the phone or in a picture ("This is my sister Ann, on the phone."), nor
  someone spoken of ("Yes, but this is Pete."); it calls the one introduced by no name of a list ("Ann, this is Bob. Bob,
  this is Ann.", "This is Molly. Molly, Chandler, Joey.") and asks the one spoken to nothing after it ("This is Phoebe.
  How do you know Monica?");
* the newcomer does not say the name ("Hi Roger!" greets him), speaks of nobody in the third person ("Is she staying
  long?", "你弟弟长得真精神"), and calls or names nobody ("Mark! You made it.", "And I'm her friend, Jo.");
* nobody in the next turns gives themself the name ("这是我老公阿焕。" - "你好，叫我阿焕就行。": that one is him, and
  the voice after is not);
* no second voice not heard before speaks within the next three turns without saying the name ("Mom, Dad, this is Tom." -
  "Oh, hello!" - "Hi.": which of the two is Tom is not known), unless the first greets the room, as the one brought in
  does ("this is my neighbor Harriet. Harriet, this is everyone." - "Hello, everyone.", where nobody spoke before), or
  answers right away glad to meet them ("This is Sameer, my boyfriend." - "It's great to meet you, sir.").

Measured on DialogRE's train split (measure only): 4 speakers named in English, 6 in Chinese, all right on reading.

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "Speaker 1", "Hi! Guys, this is my friend Roger."), Turn("c", "2", "Speaker 2", "Hey everybody."),
...      Turn("c", "3", "Speaker 3", "Hi Roger.")]
>>> [(speaker, name) for speaker, name, _ in introduced_speakers(t)]
[('Speaker 2', 'Roger')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .children_presented import presented_children
from .framework import lazy
from .lang import has_han
from .names import TITLE, TITLE_HEAD, WORD, is_chinese_name, is_transliterated_name, plausible_name
from .names import lower_words as lower_words_of
from .pronouns import MALE, gender_of_name, gender_of_noun
from .self_intros import intro_name

__all__ = ["introduced_names", "introduced_speakers", "introduction_unsure", "names_each_other", "speaks_of_someone"]


_EN_RELATIVE = (r"(?:(?:best|good|old|new|dear|little|big|baby|older|younger|oldest|youngest|great|close|very)\s+){0,2}"
                r"(?:friend|buddy|pal|boyfriend|girlfriend|husband|wife|fianc[ée]e?|partner|brother|sister|mom|mother|"
                r"dad|father|son|daughter|cousin|uncle|aunt|grandma|grandmother|grandpa|grandfather|nephew|niece|"
                r"boss|roommate|room-mate|flatmate|colleague|co-?worker|neighbou?r|date|assistant|"
                r"(?:step-?|half-)(?:brother|sister|mother|father|mom|dad|son|daughter)|co-?star|classmate|teammate|"
                r"brother-in-law|sister-in-law|mother-in-law|father-in-law)")
#: "this is my friend Roger", "meet my sister, Ann", "this is Mateo's stepdad, Curtis", "This is ah, my fiancée, Mrs.
#: Knight", "you remember my friend Chandler", "it's my good friend Ross": the name at the end of the clause (not "this is Roger's car", "this is Roger
#: speaking"), not after "but" or "because" ("Yes, but this is Pete. He's not like other people.": someone spoken of);
#: "it's my" and "you remember my" only before a relative ("It's our anniversary." shows no one).
_EN_INTRO = lazy(rf"(?<!\bbut\s)(?<!\bbecause\s)(?<!'cause\s)(?<!\bif\s)(?<!\bwhen\s)(?<!\bthat\s)"
                 rf"(?:^|(?<=[\s,.!?;…]))(?:this(?:\.{{2,}}|…)?\s+is|meet|say\s+(?:hi|hello)\s+to|"
                 rf"(?:you(?:-you)?\s+remember|it's|it\s+is)(?=\s+(?:my|our)\s+{_EN_RELATIVE}))"
                 rf"\s+(?:(?:ah|uh|um|er)\s*,?\s+)?(?:(?:my|our|(?-i:[A-Z][a-z]+)['’]s)\s+{_EN_RELATIVE}\s*,?\s+)?"
                 rf"(?P<n>(?:{TITLE}\.?\s+)?{WORD}(?:\s+{WORD})?)(?=\s*(?:[,.!?…;]|$))", re.I)
#: Another one shown in the same turn, pointed at ("And that's our daughter, Zlata, by the swings."): the turn then
#: introduces two, and the first new voice may be either.
_THATS_KIN = lazy(rf"\bthat(?:'s|’s|\s+is)\s+(?:my|our)\s+{_EN_RELATIVE}\s*,?\s+(?-i:[A-Z][a-z]+)", re.I)
_ZH_RELATIVE = (r"(?:最好的|好|老|新|亲爱的)?(?:朋友|男朋友|女朋友|男友|女友|老公|丈夫|妻子|老婆|太太|未婚妻|未婚夫|哥哥|弟弟|姐姐|"
                r"妹妹|哥|弟|姐|妹|妈妈|爸爸|母亲|父亲|儿子|女儿|表哥|表姐|表妹|表弟|堂哥|堂姐|堂妹|堂弟|同事|老板|室友|"
                r"邻居|搭档|助理|上司|同学|伙伴|兄弟|姐妹|叔叔|阿姨|舅舅|姑姑|侄子|侄女|外甥|外甥女)")
#: "这是我朋友罗杰。", "这位是安娜，", "这是我的妻子南希。", "你还记得我的朋友钱德勒。", "来见见我妹妹安娜。" (not "但这是皮特。")
_ZH_INTRO = lazy(rf"(?<![但可因])(?:(?:这是|这位是|这就是|这位就是|这位叫)(?:我们?的?{_ZH_RELATIVE}[，,]?)?|"
                 rf"(?:见见|认识一下|(?<!不)记得)我们?的?{_ZH_RELATIVE}[，,]?)"
                 r"(?P<n>[\u4e00-\u9fff·]{2,8}?)(?=[。！!，,…．.？?\s]|$)")
#: Where the one introduced is not in the room: on the phone, in a picture, a message.
_ABSENT = lazy(r"\b(?:phone|line|calling|call|picture|photo|photos|video|tape|letter|message|voicemail|screen|skype|"
               r"zoom|facetime|spirit|ghost|grave)\b|电话|照片|相片|视频|录像|信|短信|留言|屏幕|灵魂|鬼", re.I)
#: A newcomer who speaks of someone in the third person ("He's cute.", "Are you sure she's in?", "她很漂亮。"): one of
#: those the person was introduced to, most likely.
_SPEAKS_OF = lazy(r"\b(?:he|she|him|her|his|he's|she's)\b|他|她", re.I)
_MALE_WORDS = frozenset({"he", "him", "his", "he's"})
_FEMALE_WORDS = frozenset({"she", "her", "she's"})
_SENTENCE = lazy(r"[^.!?。！？…]*(?:[.!?。！？…]+|$)")
#: A capitalised word that is a sentence of its own or set off by a comma there ("Ross!", "Ross, hi."), or stands
#: inside a sentence ("Nice to meet you Monica."): a name, maybe.
_EN_NAMED = lazy(r"(?:^|(?<=[.!?…]\s))(?P<a>[A-Z][a-z][\w'-]*)\s*(?=[,!?.…]|$)|(?<=[\w,]\s)(?P<b>[A-Z][a-z][\w'-]*)")
#: The speaker introducing themself ("I’m Ross Geller.", "我是罗斯"), with any apostrophe.
_SELF = lazy(r"\b(?:I['’]m|I\s+am|my\s+name\s+is)\s+(?:(?-i:[A-Z])|(?:uh|um|err?)\b)|我(?:是|叫)(?!说)", re.I)
#: A question to the one spoken to ("How do you know Monica?", "你们怎么认识的？"; not "Thank God for acne, huh?").
_ASKS_YOU = lazy(r"\byou\b[^.!?]*\?|[你您][^。！？!?]*[？?]", re.I)
#: The next piece after a name introduced, when it may be another name of a list ("Chandler, and Phoebe, and Joey").
_NEXT_NAME = lazy(r"\s*[,，、]\s*(?:and\s+|和)?(?P<n>[A-Z][a-z][\w'-]*|[\u4e00-\u9fff·]{2,8}?)(?=\s*(?:[,，、。.!！?？…]|and\b|$))")
#: Turns after the introduction in which the one introduced is looked for.
_WINDOW = 3


#: The room, introduced to one brought in ("Harriet, this is everyone.", "Sam, this is the gang."): no one's name.
_GROUP = lazy(r"everyone|everybody|(?:the\s+)?(?:gang|guys|group|family|crew|team)|my\s+friends", re.I)
_TO_THE_ROOM = lazy(r"\b[A-Z][a-z][\w'-]*\s*,\s*(?:this\s+is|meet)\s+(?:everyone|everybody|the\s+(?:gang|guys|group|family|crew|team)|"
                    r"my\s+friends)\b")


#: A greeting to the room, as the one just introduced gives it ("Hello, everyone.", "Hi, all!", "大家好").
_GREETS_ROOM = lazy(r"\W*(?:(?:oh|um|uh|well)\W+)?(?:hi|hello|hey|good\s+(?:morning|evening|afternoon))\W+"
                    r"(?:everyone|everybody|all|y'all|guys|folks)\b|\s*(?:大家好|各位好|你们好)", re.I)


#: The answer of one just introduced, right after: "It's great to meet you, sir.", "Nice to meet you!", "很高兴认识您。"
_GLAD_TO_MEET = lazy(r"\b(?:nice|great|good|lovely|so\s+glad|glad|pleased|a\s+pleasure)\s+to\s+(?:finally\s+)?meet\s+you\b|"
                     r"^\W*(?:(?:hi|hello|hey)\W+)?(?:it's\s+)?a\s+pleasure\b|很高兴(?:认识|见到)(?:你|您|大家)|幸会|久仰", re.I)


def introduced_names(text: str, lower_words: frozenset[str]) -> list[str]:
    """The names ``text`` introduces to the others, each in a statement about someone present (see the module
    docstring); ``""`` for an introduction that counts for nobody (a question, someone on the phone).

    >>> introduced_names("Hi! Okay, Monica, Rachel, this is my friend Roger.", frozenset())
    ['Roger']
    >>> introduced_names("So this is Roger? This is my sister Ann, on the phone.", frozenset())
    ['', '']
    >>> introduced_names("This is my husband, Yaroslav. And that's our daughter, Zlata.", frozenset())
    ['Yaroslav', '']
    """
    han = has_han(text)
    names = []
    for sentence in _SENTENCE.finditer(text):
        piece = sentence.group()
        for m in (_ZH_INTRO if han else _EN_INTRO).finditer(piece):
            name = m.group("n")
            if not han and _GROUP.fullmatch(name):
                continue  # "Harriet, this is everyone.": the room introduced to the one introduced
            named = is_chinese_name(name) if han else plausible_name(name.replace(".", ""), lower_words)
            listed = _NEXT_NAME.match(piece, m.end())  # "这位叫钱德勒，菲比，乔伊。", "this is Chandler, and Phoebe": a list
            if listed and (is_chinese_name(listed.group("n")) if han else plausible_name(listed.group("n"), lower_words)):
                named = False
            absent = piece.rstrip().endswith(("?", "？")) or _ABSENT.search(piece)
            names.append(name if named and not absent else "")
    if names and not han and _THATS_KIN.search(text):
        names.append("")  # "This is my husband, Yaroslav. And that's our daughter, Zlata.": two shown, neither told apart
    return names


def speaks_of_someone(text: str, name: str, shown: str = "") -> bool:
    """Whether ``text`` speaks of someone in the third person who may be ``name``: not when every "he" or "she" is of
    the other gender than the name's ("this is my girlfriend, Anya" - "Hi! Mikey says you were his favourite cousin"),
    or than the relative's the name is given to in the turn that shows them, where the name tells no gender
    (``shown``: "this is my wife, Tolly" - "He burns pasta.": the husband spoken of, the wife speaking).

    >>> speaks_of_someone("Is she staying long?", "Anya"), speaks_of_someone("Hi! He says you were his favourite cousin.", "Anya")
    (True, False)
    >>> speaks_of_someone("He burns toast.", "Tolly", "This is my wife, Tolly."), speaks_of_someone("He burns toast.", "Tolly")
    (False, True)
    """
    said = [m.group().lower() for m in _SPEAKS_OF.finditer(text)]
    gender = gender_of_name(name.split()[-1] if TITLE_HEAD.match(name) else name.split()[0])
    kin = re.search(r"\b(?:my|our)\s+([a-z]+),?\s+" + re.escape(name) + r"\b", shown) if gender is None and shown else None
    gender = gender_of_noun(kin.group(1)) if kin else gender
    if not said or gender is None or any(w in ("他", "她") for w in said):
        return bool(said)
    other = _FEMALE_WORDS if gender == MALE else _MALE_WORDS
    return not all(w in other for w in said)


#: A name of one who told the newcomer about those they meet ("我听凯特说过很多你的事", "Kate's told me so much about you",
#: "Lily talks about you all the time"):
#: said of someone (most often the one who introduces them), no call, no name of the newcomer's.
_TOLD_BY = lazy(r"(?:听|常听)[\u4e00-\u9fff·]{2,8}?(?:说|提|讲)|\b[A-Z][a-z]+(?:'s|\s+has)?\s+(?:(?:told|tells)\s+(?:me|us)\b|"
                r"(?:never\s+stops\s+)?(?:talks|talking|talked|speaks|spoke|raves|says\s+great\s+things)\s+(?:about|of)\s+you\b)")


#: A place after "in", "from" or "near" ("renting in Leeds", "flew in from New Haven"): said of no one.
_PLACE_SAID = lazy(r"\b(?:in|from|near)\s+(?:the\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)*")


#: A title and a surname after a greeting: "Hi, Mr. Haverford." (written "Mr Haverford" by the speaker vote).
_GREETED_TITLED = lazy(r"\b(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\s*,?\s+((?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z][\w'-]*)", re.I)


def _present_greeted(text: str, before: Sequence[Turn]) -> str:
    """``text`` less a title and surname it greets that the talk called someone by before ("This is Agathe." - "Hi,
    Mr. Haverford. May I watch?": one brought in greets the one she is brought to, a person present, no other voice)."""
    said = " ".join(t.text for t in before)
    return _GREETED_TITLED.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] if m.group(1) in said else m.group(0), text)


def _says_a_name(text: str, lower_words: frozenset[str]) -> bool:
    """Whether ``text`` calls or names someone ("Ross!", "Nice to meet you Monica.", "菲比，嗨", "罗斯！"), not a
    place ("in Leeds").

    >>> _says_a_name("Ross!", frozenset()), _says_a_name("Hey everybody. Nice to meet you.", frozenset())
    (True, False)
    >>> _says_a_name("你好，我听凯特说过很多你的事。", frozenset()), _says_a_name("Hi! Kate told me all about you.", frozenset())
    (False, False)
    >>> _says_a_name("Hi. We've been renting in Leeds for years.", frozenset())
    False
    """
    text = _TOLD_BY.sub(" ", text)  # "我听凯特说过很多你的事", "Kate told me all about you": the one who spoke of them
    text = _PLACE_SAID.sub(" ", text)  # "We've been renting in Leeds.": a place, no one named
    if has_han(text):
        runs = re.findall(r"[\u4e00-\u9fff]+", text)
        return any(is_transliterated_name(run[a:b]) for run in runs for a in range(len(run))
                   for b in range(a + 2, min(a + 4, len(run)) + 1))
    return any(plausible_name(m.group("a") or m.group("b"), lower_words) for m in _EN_NAMED.finditer(text)
               if (m.group("a") or m.group("b")) not in ("I", "I'm", "I'll", "I'd", "I've"))


#: "I'm Tunde, this is my wife, Grace.": the speaker and one brought along with them, introduced together.
_SELF_AND_KIN = lazy(r"\b(?:I['’]m|I\s+am)\s+[A-Z][\w'-]+\s*(?:,\s*|\.\s+|\s+)(?:and\s+)?this\s+is\s+my\s+(?:wife|husband|"
                     r"partner|fianc[ée]e?|girlfriend|boyfriend|son|daughter|brother|sister|mom|mother|dad|father)\b", re.I)
#: The same in Chinese: "我是甜甜，这是我老公阿川。"
_ZH_SELF_AND_KIN = lazy(r"我是[\u4e00-\u9fff]{1,4}?[，,。]\s*这是我的?(?:老公|丈夫|老婆|妻子|太太|爱人|媳妇儿?|男朋友|女朋友|"
                        r"儿子|女儿|哥哥|姐姐|弟弟|妹妹)")
#: The one brought along speaking for the two ("Hi. We're nervous.", "We brought wine.", "我们就住在后面。").
_FOR_THE_TWO = lazy(r"\b(?:we|we're|we've|we'll|us|our)\b|我们|我俩|咱们|咱俩", re.I)
#: ... not a host's "we" welcoming them ("Welcome! We're so glad you came.", "We've heard so much about you.", "欢迎欢迎").
_HOSTING = lazy(r"\b(?:welcome|come\s+in|glad\s+you|you\s+made\s+it|about\s+you|to\s+meet\s+you|have\s+a\s+seat|you\s+must\s+be|"
                r"you\s+found\s+us|sit\s+down)\b|欢迎|请进|进来|请坐|快坐|你们俩|你们两|认识你们|听说|久仰", re.I)


def _pair_answers(turns: Sequence[Turn], i: int) -> bool:
    """Whether turn ``i`` introduces its speaker and one brought along ("I'm Tunde, this is my wife, Grace.") and the
    turn after, by a voice not heard before, speaks for the two ("Hi. We're nervous."): the one brought along."""
    if i + 1 >= len(turns) or not (_SELF_AND_KIN.search(turns[i].text) or _ZH_SELF_AND_KIN.search(turns[i].text)):
        return False
    answer = turns[i + 1].text
    return turns[i + 1].speaker not in {t.speaker for t in turns[:i + 1]} and _FOR_THE_TWO.search(answer) is not None \
        and _HOSTING.search(answer) is None


def introduction_unsure(text: str, name: str, end: int, pair: bool = False) -> bool:
    """Whether the introduction of ``name`` in ``text`` leaves unsure who answers it: the speaker introduces themself
    too ("I'm Rachel. This is Phoebe.", unless ``pair``: the one brought along answers for the two), calls the one introduced to others ("Ann, this is Bob. Bob, this is Ann.",
    "This is Molly. Molly, Chandler, Joey."), or asks something after it ("This is Phoebe. How do you know Monica?")."""
    rest = (_ZH_INTRO if has_han(text) else _EN_INTRO).sub(" ", _TO_THE_ROOM.sub(" ", text))
    called = re.search(rf"(?<![\w·]){re.escape(name)}\s*[,，、]", rest)
    return (intro_name(text) is not None or _SELF.search(text) is not None) and not pair or called is not None \
        or _ASKS_YOU.search(text[end:]) is not None


#: A question about someone there ("Shirin, dear, is this your young man?", "Who's she?"): the one asking is not the
#: one introduced next.
_ASKS_OF = lazy(r"\b(?:this|that|who|he|she|him|her|he's|she's|who's)\b[^.!?]*\?|谁|这位", re.I)


#: A name called in a turn: set off at its start or after a comma or "and" ("Yeah, oh and Sarah... I'd like", "Top
#: drawer, Benji."), not one spoken of ("He flew in from Seattle").
_CALL = lazy(r"(?:^|[,.!?…]\s*|\band\s+)(?P<n>[A-Z][a-z][\w'-]*)\s*(?=[,.!?…]|$)")
#: A Chinese name set off by punctuation ("是啊，哦，莎拉......我想向你介绍"): called.
_ZH_CALL = lazy(r"(?:^|(?<=[，,。！？!?….]))\s*(?P<n>[\u4e00-\u9fff·]{2,8}?)\s*(?=[，,。！？!?….]|$)")


def _newcomer(turns: Sequence[Turn], i: int, name: str, lower_words: frozenset[str]) -> str | None:
    """The speaker of the turn just before turn ``i`` when it was their first and asked about nobody there ("Sorry
    I'm late. Sammy, did I miss the kitchen?" - "This is my sister, Ellie." - "I don't hate everything."): one who has
    just come in and whom turn ``i`` may introduce as ``name``, when it calls nobody by another name ("Oh and Sarah,
    this is Joey Tribbiani." introduces Joey to Sarah; "Top drawer, Benji. This is my brother, Ben." calls Ben)."""
    if i == 0 or turns[i - 1].speaker == turns[i].speaker:
        return None
    if has_han(turns[i].text):  # "是啊，哦，莎拉......我想向你介绍我的同事，还有这是乔伊。": Joey is introduced to Sarah
        if any(m.group("n") not in name and name[:2] not in m.group("n") and is_transliterated_name(m.group("n"))
               for m in _ZH_CALL.finditer(turns[i].text)):
            return None
    first = name.split()[-1] if TITLE_HEAD.match(name) else name.split()[0]
    for m in _CALL.finditer(turns[i].text):
        other = m.group("n")
        if plausible_name(other, lower_words) and other not in name.split() and not other.startswith(first):
            return None
    came = turns[i - 1]
    if any(t.speaker == came.speaker for t in turns[:i - 1]) or _ASKS_OF.search(came.text):
        return None
    return came.speaker


#: The one introduced spoken of to the one who introduced them ("你弟弟长得真精神", "你老公人真好"): someone else.
_YOUR_KIN = lazy(rf"[你您](?:的|家)?{_ZH_RELATIVE}")


def _names_self_so(text: str, name: str) -> bool:
    """Whether ``text`` is said by one who gives themself the Chinese ``name`` or its given name ("我叫吕佳",
    "叫我阿焕就行", "我就是冬青").

    >>> _names_self_so("你好，叫我阿焕就行。", "阿焕"), _names_self_so("你好，我是志刚。", "何冬青")
    (True, False)
    """
    if not has_han(name):
        return False
    forms = {name} | ({name[1:]} if len(name) == 3 else set())
    return any(re.search(rf"(?:我叫|叫我|我是|我就是){re.escape(form)}", text) for form in forms)


def introduced_speakers(turns: Sequence[Turn]) -> list[tuple[str, str, Turn]]:
    """``(speaker, name, turn)`` for each person introduced by name in ``turn`` whom the next voice not heard before
    is (see the module docstring): one conversation's turns, in order.

    >>> t = [Turn("c", "1", "Speaker 1", "Mom, Dad, this is Tom."), Turn("c", "2", "Speaker 2", "Oh, hello!"),
    ...      Turn("c", "3", "Speaker 3", "Hi.")]
    >>> introduced_speakers(t)
    []
    """
    lower_words = lower_words_of(t.text for t in turns)
    out = []
    for i, turn in enumerate(turns):
        names = introduced_names(turn.text, lower_words)
        if len(set(names)) != 1 or not names[0]:
            continue
        name = names[0]
        pair = _pair_answers(turns, i)  # "I'm Tunde, this is my wife, Grace." - "Hi. We're nervous.": Grace
        if introduction_unsure(turn.text, name, turn.text.rfind(name) + len(name), pair):
            continue
        heard = {t.speaker for t in turns[:i + 1]}
        after = turns[i + 1:i + 1 + _WINDOW]
        if any(t.speaker != turn.speaker and _names_self_so(t.text, name) for t in after):
            continue  # "这是我老公阿焕。" - "你好，叫我阿焕就行。": the one introduced says it, no other voice is them
        greeting = {t.speaker for t in after if name in t.text}  # "Hi Roger!": one of those Roger is introduced to
        answer = next((t for t in after if t.speaker != turn.speaker and t.speaker not in greeting), None)
        if answer is not None and answer.speaker == _newcomer(turns, i, name, lower_words):
            heard.discard(answer.speaker)  # "Sorry I'm late." - "This is my sister, Ellie." - "Hi.": the one just come
        fresh = {t.speaker for t in after if t.speaker not in heard | greeting}
        met = answer is not None and answer is turns[i + 1] and _GLAD_TO_MEET.search(answer.text) is not None
        if answer is None or answer.speaker not in fresh or len(fresh) != 1 and not (_GREETS_ROOM.match(answer.text) or met or pair):
            continue  # the first to answer was heard before, or two voices not heard before answer (unless the first
            # greets the room, as the one brought in does: "Hello, everyone.", or is glad to meet the one spoken to)
        if speaks_of_someone(answer.text, name, turn.text) or _says_a_name(_present_greeted(answer.text, turns[:i]), lower_words) \
                or _YOUR_KIN.search(answer.text):
            continue  # "Are you sure she's in?", "Ross!", "I'm his friend, Dr. Rosen.", "你弟弟长得真精神"
        out.append((answer.speaker, name, turn))
    return out + presented_children(turns)  # "Mum, the timer!" - "That's my son Ilan.": the one who called


#: A sentence of two names and nothing else: "Carol, Kristin.", "卡萝，克莉丝汀。"
_TWO_NAMES = lazy(r"\s*([^\s,，][^,，]*?)\s*[,，]\s*([^,，]+?)\s*")


def names_each_other(text: str, candidates: set[str]) -> bool:
    """Whether a sentence of ``text`` is two names of ``candidates`` and nothing else, the close of an introduction
    ("Kristin, this is Carol. Carol, Kristin."): the two introduced to each other, either of whom may answer.

    >>> names_each_other("Uh, Kristin Riggs, this is Carol Willick. Carol, Kristin.", {"Carol", "Kristin"})
    True
    >>> names_each_other("Kristin, this is Carol. Carol, sit down.", {"Carol", "Kristin"})
    False
    """
    for sentence in re.split(r"[.!?。！？…]+", text):
        pair = _TWO_NAMES.fullmatch(sentence)
        if pair and {pair.group(1), pair.group(2)} <= candidates and pair.group(1)[:2] != pair.group(2)[:2]:
            return True
    return False


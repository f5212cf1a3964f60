"""How the talk around a name called tells who was called, for :mod:`.speakers`.

A name said to someone ("Ross?", "莫妮卡！") calls the next speaker, or answers the one before; what those two say
tells more:

* a reply that only answers a call ("Ross!" - "What?") names the one answering (:func:`answers_call`);
* a reply that speaks of someone in the third person ("Chandler?" - "Oh, he can't talk right now.") or joins in with
  the caller ("Rach, the tape's here." - "Oh, and we should warn you...") is not the one called
  (:func:`reply_speaks_of`), nor one who says the one called is away ("Tony, are you home?" - "I think he's still out.":
  :func:`says_called_away`);
* a reply that introduces its speaker by another name is not the one called, with "no" or without it ("Rob!" - "No,
  no. It's me, Ross!"; "Rachel? I'm Dr. Mitchell." - "I'm Dr. Rosen.") (:func:`denied`);
* a name repeated as a question of its own just after another speaker said it ("How about Julia?" - "Julia?",
  "朱莉亚怎么样？" - "朱莉亚？") is an echo of a word, not a call (:func:`echoed`).

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "Speaker 1", "Ross!"), Turn("c", "2", "Speaker 2", "What?")]
>>> answers_call(t, 0), reply_speaks_of(t, 0)
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .framework import lazy
from .lang import has_han
from .names import TITLE
from .speaker_vote import name_key

__all__ = ["GREETING", "answers_call", "asked_alone_answered", "asked_for_answers", "denied", "echoed", "reply_speaks_of", "says_called_away"]

#: What may stand before a name said to someone, in the same clause ("Hey Ross", "Thanks Ross", "Oh, Ross").
GREETING = lazy(r"^(?:(?:hey|hi|hello|o+h+|oh|a+h+|a+w+|u+h+|u+m+|well|thanks|thank\s+you|okay|ok|yes|yeah|no|look|"
                r"listen|come\s+on|what's\s+up|bye|goodbye|good\s+(?:night|morning|luck|bye)|morning|night|dear|"
                r"sorry|please|and|so|but|yo|alright|all\s+right|hmm|um|uh|c'?mon|here\s+you\s+go|sure|actually|y'know|"
                r"now|boy|gosh|(?:oh\s+)?my\s+god|(?:you\s+|y'\s*)?see|"  # "Sure Pheebs, ...", "Y'know Rach, I think..."
                r"嘿|喂|哦|嗨|哎|唉|你好|谢谢|再见|亲爱的|好了|好吧|不过|但是|可是|那么|所以|嗯|啊|哇|呃|噢|听着|拜托|对了|还有|来吧)"
                r"(?![a-z'])[\s,，]*)+", re.I)

#: A reply that opens by speaking of someone in the third person ("Oh, he, he can't talk", "她在洗澡"), or points them out
#: ("Rachel! Rachel Green!" - "There she is!": the one called is not the one answering).
_THIRD_PERSON_OPENING = lazy(r"^(?:(?:there|here)\s+)?(?:he|she)\b(?!\s*\?)|^(?:他|她)(?!们)", re.I)
#: A reply that says the one called is away ("Umm, I think he's still out.", "She's not home yet", "我想他还没回来"): said by
#: someone else, who heard the call.
_AWAY = lazy(r"^(?:(?:i\s+(?:think|guess|believe)|i'm\s+afraid|sorry)[\s,]+)?(?:he|she)(?:'s|\s+is)\s+(?:still\s+)?"
             r"(?:not\s+(?:here|home|in|back|around)|out\b|away\b|gone\b|asleep\b|at\s+work\b|in\s+the\s+shower\b)|"
             r"^(?:i\s+(?:think|guess|believe)\s+)?(?:he|she)\s+(?:just\s+)?(?:went\s+out|left|stepped\s+out|went\s+to)\b|"
             r"^(?:我想|我觉得|好像)?(?:他|她)(?:好像)?(?:还)?(?:不在|没在|没回来|出去了|走了|睡了|在洗澡|上班去了)", re.I)

#: A reply pointing at the one asked out as at someone else ("That's her!", "That was Dad.", "That's my wife!"; not
#: "That's me!"): said by one who knows them.
_POINTED_AT = lazy(r"^\W*(?:(?:oh|ah|yes|yeah|hey)\W+)*that(?:'s|’s|\s+is|\s+was)\s+(?:him|her|(?:my|our)\s+"
                   r"(?:wife|husband|son|daughter|mom|mother|dad|father|brother|sister|grandma|grandpa|boy|girl|kid)|"
                   r"dad|mom|mum|grandma|grandpa)(?=\s*[.!…]|\s*$)", re.I)

#: A Chinese reply by one who speaks for the one called ("覃桂兰在不在？" - "在这儿。我妈耳朵背，我替她说。"; "我是他家属"):
#: a relative answers a call in a queue, the one called is someone else.
_SPEAKS_FOR = lazy(r"我(?:来)?替(?:他|她)|我是(?:他|她)的?(?:[\u4e00-\u9fff]{0,2}?)(?:家属|儿子|女儿|媳妇|老伴|爱人|孙子|孙女)")


def says_called_away(turns: Sequence[Turn], i: int, others: bool, name: str = "") -> bool:
    """Whether the next other speaker after turn ``i`` says the one called is away ("Joseph Francis Tribbiani, are you
    home yet?!" - "Umm, I think he's still out."), or, where ``name`` is asked out ("Number nine, Rosa Diaz? Come up,
    please." - "That's her! Go, Mom!"; "Mr. Kemp? The baker on Elm?" - "That was my father."), points at the one
    called as at someone else: the one answering is someone else. ``others``: turn ``i`` names someone else too
    ("Joey, where's Ross?" - "He's out.": he is Ross), and then it tells nothing.

    >>> t = [Turn("c", "1", "Speaker 1", "Number nine, Rosa Diaz? Come up."), Turn("c", "2", "Speaker 2", "That's her!")]
    >>> says_called_away(t, 0, False, "Rosa Diaz"), says_called_away(t, 0, False, "Rosa")
    (True, False)
    >>> says_called_away([Turn("c", "1", "A", "刘秀英！刘秀英在吗？"), Turn("c", "2", "B", "在。我妈腿脚不便，我替她来。")], 0, False)
    True
    """
    j = _reply(turns, i)
    if others or j is None:
        return False
    reply = GREETING.sub("", turns[j].text.strip())
    asked = bool(name) and re.search(rf"(?<![\w'-]){re.escape(name)}\s*\?", turns[i].text) is not None
    return _AWAY.match(reply) is not None or asked and _POINTED_AT.match(reply) is not None \
        or _SPEAKS_FOR.search(reply) is not None


#: A reply that joins in with the one calling ("Rach, that tape? It's here." - "Oh, and we should warn you...", "Wow!
#: And you got a petticure"): it speaks to the one called, with the caller.
_JOINS_IN = lazy(r"^(?:(?:oh|ooh|wow|hey|哦|哇)[\s,，!！.]+)*(?:(?:and|also|plus)\b(?!\s+you\s+are\b)|还有[，,]|而且)", re.I)
#: ... unless it closes by calling someone the call did not name ("And I have a small bladder, Yusra."): it speaks to the
#: caller, as the one called does.
_CALLED_CLOSING = lazy(r",\s+([A-Z][a-z][\w'-]*)\s*[.!?…]*\s*$")
#: A reply that only answers a call ("Yeah?", "What?", "什么？", "怎么了？", "嗯？").
_ANSWERING_CALL = lazy(r"^\W*(?:yeah|yes|what|huh|hmm|uh-huh|mm-hmm|yo|什么|怎么了|干嘛|干什么|嗯|啊|是|是吗|在|我在)\W*[?？]\W*$",
                       re.I)
#: A reply puzzled at the call, then speaking for oneself ("Imke, stop." - "What? I'm being nice.", "Huh? I didn't say
#: anything."): the one called answers, as with "What?" alone (not "What? She started it.").
_PUZZLED_ME = lazy(r"^\W*(?:what|huh)\s*\?+!*\s+(?-i:I|I'm|I've|I'd|I'll|Me)(?![\w'])", re.I)


#: A reply asking to be called another way ("Mrs. Albright, I love that." - "Call me Diane, please."; "Please, call me
#: Ngozi."): the one called, renamed.
_RENAMING = lazy(r"^\W*(?:(?:oh|ah|please|no)\W+)*call\s+me\s+[A-Z]", re.I)


#: A reply coming at a call ("Dennis! He's in the basement." - "I'm here, I'm here.", "Coming!", "Be right there!"): the
#: one called (not "I'm coming too!", one joining in).
_COMING = lazy(r"^\W*(?:(?:yeah|yes|okay|ok|alright|all\s+right|hold\s+on|one\s+sec(?:ond)?|wait|sorry)\W+)*"
               r"(?:I['’]?m\s+(?:here|coming|right\s+here)|I\s+am\s+(?:here|coming)|coming|right\s+here|"
               r"(?:I['’]ll\s+)?be\s+right\s+(?:there|down|out|in|up))(?=\s*(?:[,.!…]|$))", re.I)


#: A name asked alone, closing the turn: "Fine, you're off the list. Temitope?"
_ASKED_ALONE = r"(?:^|[.!?,]\s+)(?:(?i:and|so|what\s+about)\s+)?{}\s*\?+\s*$"
#: A reply in the first person ("I plead the fifth.", "Me? Never.", "No, I didn't."), of no one else in its first sentence
#: ("I think she's out." answers for someone else).
_I_ANSWER = lazy(r"^\W*(?:(?:oh|well|um|uh|no|yes|yeah|okay)\W+)*(?:i|i'm|i've|i'll|i'd|me)(?![\w'])"
                 r"(?![^.!?]*\b(?:he|she|him|her|his|they|them)\b)", re.I)


def asked_alone_answered(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` closes by asking ``name`` alone ("Fine, Yestin's off the list. Temitope?") and the next turn,
    another speaker's, answers in the first person of no one else ("I plead the fifth."): the one asked answers, as one
    answering "What?" does.

    >>> ts = [Turn("c", "1", "A", "Fine, you're off the list. Temitope?"), Turn("c", "2", "B", "I plead the fifth.")]
    >>> asked_alone_answered(ts, 0, "Temitope"), asked_alone_answered(ts[:1] + [Turn("c", "2", "B", "I think she left.")], 0, "Temitope")
    (True, False)
    """
    return i + 1 < len(turns) and turns[i + 1].speaker != turns[i].speaker \
        and re.search(_ASKED_ALONE.format(re.escape(name)), turns[i].text) is not None \
        and _I_ANSWER.match(turns[i + 1].text) is not None


def _reply(turns: Sequence[Turn], i: int) -> int | None:
    """The index of the next other speaker's turn after turn ``i`` (within two turns)."""
    me = turns[i].speaker
    return next((j for j in range(i + 1, min(i + 3, len(turns))) if turns[j].speaker != me), None)


#: A reply taking a bidding on ("老马，别光顾着聊。" - "知道了知道了，……", "小敏，拿过来。" - "来了！"): said by the one bid.
_TAKING_ON = lazy(r"^\W*(?:(?:知道了|知道啦|晓得了|来了|来啦|好嘞|得嘞|马上来?|这就来|收到)\W*)+(?:\W|$)")


#: A reply that says yes or thanks to the caller, calling them back by what they are ("阿珍，帮我拿一下体温计。" - "好的何医生。",
#: "赵先生，先打一针。" - "好好好，谢谢何医生。", "小宝，先吃一块。" - "谢谢小姨！", "老吕，该换药了。" - "好，聂护士长。"): a title
#: (one ending in 长 too) or a word of kin said back, right after.
_YES_CALLING_BACK = lazy(r"^\W*(?:(?:好的|好嘞|好|行|没问题|谢谢(?:你|您)?|谢了)[，,！!。\s]*)+"
                         r"[\u4e00-\u9fff]{0,2}?(?:医生|大夫|老师|师傅|教练|店长|老板娘|老板|经理|主任|护士长|护士|院长|校长|科长|处长|局长|"
                         r"所长|组长|队长|部长|厂长|站长|班长|社长|行长|董事长|主管|总监|律师|警官|总|姐|哥|叔|姨|阿姨|叔叔|"
                         r"爸|妈|爸爸|妈妈|老公|老婆|舅舅|姑姑|爷爷|奶奶|姥姥|姥爷|外公|外婆)(?:[，,。！!~～…\s]|$)")


def answers_call(turns: Sequence[Turn], i: int) -> bool:
    """Whether the next other speaker after turn ``i`` answers it as a call ("Ross!" - "What?", "What? I was only
    helping.", "Coming!", "Call me Diane."), takes on what it bids ("老马，别光顾着聊。" - "知道了知道了。"), or says
    yes or thanks calling the caller back by what they are ("阿珍，帮我拿一下体温计。" - "好的何医生。")."""
    j = _reply(turns, i)
    return j is not None and any(p.match(turns[j].text) is not None
                                 for p in (_ANSWERING_CALL, _PUZZLED_ME, _TAKING_ON, _YES_CALLING_BACK, _RENAMING,
                                           _COMING))


def reply_speaks_of(turns: Sequence[Turn], i: int, joins: bool = False) -> bool:
    """Whether the next other speaker's turn after turn ``i`` opens with "he"/"she" ("Ross?" - "He's out."): it
    answers for the person called, who is someone else; with ``joins``, whether it joins in with the caller instead
    ("Oh, and ..."), not calling back someone turn ``i`` did not name."""
    j = _reply(turns, i)
    if j is None:
        return False
    text = turns[j].text.strip()
    if joins and (back := _CALLED_CLOSING.search(text)) and back.group(1) not in turns[i].text:
        return False  # "Bastian, you're so slow." - "And I have a small bladder, Yusra.": the one called, calling back
    if joins and _seconds(turns[i].text, text):
        return True  # "Theo, you can't do that." - "Yeah, you can't do that.": a third agrees, said to Theo too
    return (_JOINS_IN.match(text) if joins else _THIRD_PERSON_OPENING.match(GREETING.sub("", text))) is not None


#: A reply agreeing, then its first clause ("Yeah, you can't do that.", "是的，你不能这么做。").
_AGREED = lazy(r"^\W*(?:yeah|yes|yep|right|exactly|totally|是的|是啊|对|对啊|没错)[\s,，!！.。]+(?P<c>[^,，.。!！?？;；…]+)", re.I)
#: "you" or 你 in a clause: said to someone.
_YOU = lazy(r"\b(?i:you)\b|你")


def _seconds(call: str, reply: str) -> bool:
    """Whether ``reply`` agrees with ``call`` and says its words again to the same one ("Theo, you can't do that." -
    "Yeah, you can't do that."): its first clause after the yes is said with "you" (three words or four characters at least)
    and stands word for word in the call.

    >>> _seconds("Theo, you can't do that, she lives here.", "Yeah, you can't do that. Trust me.")
    True
    >>> _seconds("阿杰，你不能这么做，她是你的室友。", "是的，你不能这么做。"), _seconds("Theo, you can't do that.", "Yes, I can.")
    (True, False)
    """
    m = _AGREED.match(reply)
    clause = m.group("c").strip() if m else ""
    long_enough = len(clause.split()) >= 3 if clause.isascii() else len(clause) >= 4
    return long_enough and _YOU.search(clause) is not None and clause.lower() in call.lower()

#: A question for where someone else is, after the name called ("志刚，大嫂呢？", "Ross, where's Mom?").
_WHERE_IS = lazy(r"[，,]\s*(?P<o>[\u4e00-\u9fff]{1,4})(?:呢|在哪儿?|在哪里|去哪儿?了|去哪里了)[？?]|"
                 r",\s*where(?:'s|\s+is)\s+(?P<e>[A-Za-z]+)\s*\?", re.I)
#: A reply saying "here I am" ("在呢在呢", "我在这儿", "Right here!", "I'm here"): the one asked for answers.
_HERE_I_AM = lazy(r"^\W*(?:(?:哎|诶|嗯|哦)[，,\s]*)?(?:在呢|在这儿|在这里|我在这儿?|我在呢|我在这里|来了)|^\W*(?:right\s+here|i'm\s+here|here\s+i\s+am)\b",
                  re.I)


#: A question of what another did ("Where did Enzo put the bag?") and a reply in the first person ("In the car. I'll
#: get it."): the one asked about answers.
_ASKED_OF = lazy(r"\b(?i:where|what|when|why|how)\s+(?i:did|does|has|is|was|will)\s+(?P<x>[A-Z][a-z]+)\b[^?.!]*\?")
_I_DID = lazy(r"^\W*(?:[^.!?]*[.!?]+\s+)?(?:i|i'll|i've|i'm|i'd)(?![\w'])", re.I)


def asked_for_answers(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` calls ``name`` to ask where someone else is and the next other speaker answers "here I am"
    ("志刚，大嫂呢？" - "在呢在呢！", "Ross, where's Mom?" - "Right here, honey."), or asks what another did and the next
    other speaker answers for themself ("Pia, the baby needs changing. Where did Enzo put the bag?" - "In the car. I'll
    get it."): the one answering is the one asked for, not the one called."""
    m = _WHERE_IS.search(turns[i].text)
    j = _reply(turns, i)
    if j is not None and (of := _ASKED_OF.search(turns[i].text)) is not None and of.group("x") != name \
            and -1 < turns[i].text.find(name) < of.start() and _I_DID.match(turns[j].text) is not None:
        return True
    return m is not None and j is not None and (m.group("o") or m.group("e")) != name \
        and turns[i].text.find(name) < m.start() and _HERE_I_AM.match(turns[j].text) is not None


#: A reply that says no ("No, no. It's me, Ross!", "不，不。是我，罗斯！").
_DENIES = lazy(r"^\W*(?:no|nope|不|不是)(?![\w'])", re.I)
#: A new name asked for ("Hey Pheebs." - "I'm gonna have my friends call me Valerie."): the one called, renamed.
_CALL_ME = lazy(r"\bcall\s+me\b|叫我", re.I)
#: A first name asked to be called by instead of a title ("Please, it's Anna.", "Just Leland.", "Margo is fine.").
_RATHER = lazy(r"^\W*(?:please|just|it's)\b|\b(?:please|is\s+fine)\W*$|^\W*[A-Z][a-z]+\s*,\s*please\b", re.I)


def denied(turns: Sequence[Turn], intros: Sequence[str | None], candidates: set[str], i: int, key: str) -> bool:
    """Whether the next other speaker after turn ``i`` introduces themself by a name other than ``key``: after "no"
    ("Rob!" - "No, no. It's me, Ross!"), or without it by a name that is no form of ``key`` ("Rachel? I'm Dr. Mitchell."
    - "I'm Dr. Rosen."; not "Bobby." - "It's Bob, actually.", nor "Pheebs." - "Call me Valerie."): not the one called. ``intros`` holds the name each turn introduces its speaker by (:func:`.self_intros.intro_name`)."""
    j = _reply(turns, i)
    intro = intros[j] if j is not None else None
    if j is not None and _RATHER.search(turns[j].text) and re.search(rf"\b{TITLE}\.?\s+{re.escape(key)}\b", turns[i].text):
        return False  # "I'm so sorry, Dr. Lindqvist." - "Please, it's Anna.": the first name one would rather be called
    return j is not None and intro is not None and intro in candidates and name_key(intro) != key \
        and (_DENIES.match(turns[j].text) is not None  # "Bob" for "Bobby" is no other name, nor "call me Valerie"
             or _other_name(name_key(intro), key) and not _CALL_ME.search(turns[j].text))


def _other_name(key: str, called: str) -> bool:
    """Whether the name ``key`` is no form of ``called`` ("Bob" is one of "Bobby", "Aunt Phoebe" one of "Pheebs", "菲比"
    one of "菲波")."""
    n = 1 if has_han(key) else 2
    return key[:n].lower() != called[:n].lower()


#: A name said alone as a question ("Julia?", "朱莉亚？"; "钱德勒！" after "钱德勒你在做什么？" calls him too).
_NAME_ALONE = lazy(r"^\W*(?P<n>[^\W\d_][\w'·.\s-]*?)\s*[?？]+\W*$")
#: The word asked back, opening a turn that goes on ("Dartmouth? Who went to Dartmouth?"; "Marco? He's out back.";
#: "仇东？我外孙女也在电视台。": no space after a Chinese question mark; not "殷老师？你不是叫Coco吗？", asked of them).
_NAME_ASKED_BACK = lazy(r"^\W*(?P<n>[^\W\d_][\w'·.-]*(?:\s[A-Z][\w'-]*)?)\s*(?:[?？]+\s+\S|？+\s*(?![你您])[^\W\d_])")
#: A word exclaimed back, opening a turn ("Tulsa! My cousin lives there.")
_EXCLAIMED_BACK = lazy(r"^\W*(?P<n>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s*!+")


def echoed(turns: Sequence[Turn], i: int, name: str) -> bool:
    """Whether turn ``i`` only repeats ``name``, said in the turn before by another speaker ("How about Julia?" -
    "Julia?"): a word taken up, not a call; or, answering another, asks the name back as a sentence of its own and then
    speaks of the same name ("Do you know Coach Ruiz?" - "Lupe? Everybody knows Lupe. She's my wife."); or exclaims back
the place the turn before said ("We moved to Tulsa." - "Tulsa! My cousin lives there.").

    >>> t = [Turn("c", "1", "A", "How about Julia?"), Turn("c", "2", "B", "Julia?"), Turn("c", "3", "A", "Marlon-"),
    ...      Turn("c", "4", "B", "Marlon?!")]
    >>> echoed(t, 1, "Julia"), echoed(t, 0, "Julia"), echoed(t, 3, "Marlon")
    (True, False, True)
    >>> echoed([Turn("c", "1", "A", "We moved to Tulsa."), Turn("c", "2", "B", "Tulsa! No way.")], 1, "Tulsa")
    True
    """
    if i > 0 and turns[i - 1].speaker != turns[i].speaker and _asked_back_and_spoken_of(turns[i].text, name):
        return True  # "Do you know Coach Ruiz?" - "Lupe? Everybody knows Lupe.": who is meant, asked back, then told of
    if i > 0 and turns[i - 1].speaker != turns[i].speaker and _exclaimed_back(turns[i - 1].text, turns[i].text, name):
        return True  # "Everybody calls her Dot." - "Dot! We were in choir together.": a name known, not a call
    exclaimed = _EXCLAIMED_BACK.match(turns[i].text) if i > 0 and turns[i - 1].speaker != turns[i].speaker else None
    if exclaimed and name_key(exclaimed.group("n")) == name_key(name) and re.search(
            rf"\b(?:in|to|from|near|outside(?:\s+of)?)\s+{re.escape(name)}(?![\w'])", turns[i - 1].text):
        return True  # "We moved to Tulsa." - "Tulsa! My cousin lives there.": the place taken up, no call
    m = _NAME_ALONE.match(turns[i].text) or _NAME_ASKED_BACK.match(turns[i].text)
    if i == 0 or m is None or name_key(m.group("n").strip()) != name_key(name):
        return False
    before = turns[i - 1]
    said = name in before.text if has_han(name) else \
        re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w']|-\w)", before.text) is not None  # "Marlon-" cut off too
    return said and before.speaker != turns[i].speaker


#: A turn opening with a name asked back alone ("Lupe? ...", "Oh, Emma? ..."), and what follows.
_ASKED_BACK = lazy(r"^\W*(?:(?:oh|wait|what|who)\W+)?(?P<n>[A-Z][\w'-]*)\s*\?+\s+(?P<rest>\S.*)$", re.I | re.S)


def _asked_back_and_spoken_of(text: str, name: str) -> bool:
    """Whether ``text`` opens asking ``name`` back ("Lupe?") and says it again only of someone, never as a call: not
    after or before a comma, nor before "!" or "?" ("Everybody knows Lupe.", "Emma's asleep."; not "Lupe? Come here,
    Lupe.", "Emma? Emma, wake up.", "Emily? Emily! It's Emily!", "Kori? Kori Weston?": recognised, called)."""
    m = _ASKED_BACK.match(text)
    if m is None or m.group("n") != name:
        return False
    rest = m.group("rest")
    again = [(rest[:a.start()].rstrip(), _SURNAME.sub("", rest[a.end():]).lstrip())
             for a in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", rest)]
    return bool(again) and all(not head.endswith(",") and not tail.startswith((",", "!", "?")) for head, tail in again)


#: A name given as what someone is called ("Everybody calls her Dot.", "His name's Dev.", "a guy named Dev").
_GIVEN_NAME = lazy(r"(?:\bcalls?\s+(?:her|him|them)|\b(?:her|his|their)\s+name(?:'s|’s|\s+is|\s+was)|\bnamed|"
                   r"\bgoes\s+by)\s+(?P<n>[A-Z][\w'-]*)", re.I)
#: A turn opening with a name exclaimed alone ("Dot! ...", "Oh, Dev! ..."), and what follows.
_EXCLAIMED = lazy(r"^\W*(?:(?:oh|ah|wait)\W+)?(?P<n>[A-Z][\w'-]*)\s*!+\s+\S", re.I)


def _exclaimed_back(before: str, text: str, name: str) -> bool:
    """Whether ``text`` opens exclaiming ``name``, which ``before`` (another's turn) gave as what someone is called
    ("Everybody calls her Dot." - "Dot! We were in choir together."): one who knows the name, not a call.

    >>> _exclaimed_back("Everybody calls her Dot.", "Dot! We sang together.", "Dot")
    True
    >>> _exclaimed_back("Dot is here.", "Dot! Come in.", "Dot"), _exclaimed_back("Her name's Dot.", "Dot, sit.", "Dot")
    (False, False)
    """
    m = _EXCLAIMED.match(text)
    return m is not None and m.group("n") == name and any(g.group("n") == name for g in _GIVEN_NAME.finditer(before))


#: A surname after a first name ("Kori? Kori Weston?"): the full name called, as the first.
_SURNAME = lazy(r"^\s+[A-Z][\w'-]*")


"""Naming speakers known only as "Speaker 2": who is called what, read as a careful listener would.

A transcript labels its speakers "Speaker 1", "Speaker 2" (or "说话人1") and the speakers call each other by
name. :func:`speaker_names` reads the whole dialogue and gives ``(Speaker 2, alternateName, "Ross")`` for each
name it can pin on one speaker; :mod:`.aliases` then makes the name an alias of the speaker's entity.

The evidence, in both English and Chinese:

* a self-introduction names the speaker: "I'm Ross", "my name is Ross", "call me Ross", "我叫罗斯",
  "It's me, Ross", "Hi, this is Ross" / "嗨，这是罗斯" (at the door, on the phone), or a name given when asked ("What's your
  name?" - "Gordon.", "Aren't you...?" - "Yeah, Rachel.");
* a name said *to* someone names the person spoken to, wherever it stands in the turn: set off by
  punctuation ("Look, Ross, I...", "..., Ross!", "罗斯，你..."), after a greeting ("Hey Ross", "Thanks Ross"),
  or with "you" ("you're Ross", "Ross, you...", "Ross don't you...", "你是罗斯吗", "你是罗斯吧？", "罗斯你..."), or at the end
  of a sentence after a word that takes no object ("What's up Ross?", "你在干嘛呢罗斯？"), or before a verb bidding
  them ("Pheebs come on!", "Rach calm down"), after a word opening a reply ("Sure Pheebs, ...", "Y'know Rach, ...",
  "哎莫妮卡？"), or before "you" and a verb ("Pheebs you didn't have to") or cut short ("Rach!") where the talk also
  writes the name inside a sentence; a one-character name counts where it stands alone ("嘿，乔！", "怎么了，
  丹？"), not inside a longer one (乔伊, 钱德勒·宾). The person spoken to is the next speaker (who answers a question)
  or the one before (thanked, answered); only the next, fully, when they answer the call ("Joey..." - "Yeah?"); the
  only other one, fully, where a stretch of two begins, or ends with a name closing it ("A: Mine! B: I had to, Ross.");
* a name said of someone in the third person ("Ross is right here", "Mr. Bigot. He tells jokes.", "Joey, had an
  imaginary friend.", "Mona, she's over there", "蒙娜，她站在那边") or given to someone ("name your child Joey") tells
  nothing of who bears it (as evidence against the person spoken to it did worse than nothing on DialogRE: people
  speak of those present); a name inside a quotation is someone else's words;
* a name in a list of names ("Tom Hanks, Meg Ryan, they..."), set beside someone's relative or role ("my agent,
  Estelle", "Kip, my old roommate,") or a person pointed at ("this woman, Nancy, who's...", "这位，胡安，"), or in a turn
  that names three people or more ("Phil! Stevens! Bing!") or speaks to a group ("Okay guys, ...", "各位，...", "You
  know, guys, ...", "你知道，伙计们，...") or is taped for one who sees it later ("Hi Lily! It's the year 2031":
  :mod:`.recorded`) is said of someone, to a room or to one away: it counts for nobody; "Hi, Ken Adams, nice to
  meet you" introduces the speaker (:mod:`.self_intros`);
* nobody calls themself by name: a speaker who says a name (other than to introduce themself, or to ask not to be
  called it: "Stop calling me Joey", "你别叫我乔伊", or to tell they were: "Nobody's called me Danny in years") is not its
  bearer, nor of a fuller form of it ("I ran into Richard." - "Richard Simmons?!"), a Latin name written against Chinese
  characters too ("它的拼写类似Gukki"), unless they introduce themself by it elsewhere ("I'm Tem." ... "Tem, from next door.");
  one who calls someone by a name bears neither its short nor its long form ("Hi Monica!" - "Hey Mon!" - "Hey Mon!":
  three greet a fourth), and "Me, Phoebe." names the speaker, nobody else;
* one who answers a name by speaking of someone in the third person is not its bearer ("Chandler?" - "Oh, he can't
  talk right now."), nor one who joins in with the caller ("Rach, the tape's here." - "Oh, and we should warn
  you..."), nor one who gives a name of their own ("Rob!" - "No, no. It's me, Ross!"; "Rachel? I'm Dr. Mitchell." -
  "I'm Dr. Rosen.") (:mod:`.call_replies`); a name repeated as a question ("How about Julia?" - "Julia?") is a word
  taken up, not a call; two people introduced to each other in one turn ("Kristin, this is Carol. Carol, this is
  Kristin.") are not told apart, but where each is called by another form of their name ("Mr. Lindqvist, this is
  Rebecca. Becca, this is Gunnar."), the forms join one pinned elsewhere (:mod:`.crossed_intros`); a thing given as the answer to "What would you like?" / "喝点什么？" is no name
  ("威士忌……"), nor a thing worn, held or eaten (连衣裙, 胡椒瓶: :mod:`.names`); three names or more
  called by one speaker to the same answerer are read from a list ("Debbie, 321 boxes." ... "Charla, 278." ...
  "Elizabeth, 871."; in Chinese where a number follows each: 黛比，321盒), not the answerer's; a name alone answering a question for something ("Who's that?" -
  "Chandler.", "Who?" - "One hint. Anna Lindqvist.") or meant ("You mean Dr. Geller?") is said of someone, and a name
  someone asks about ("Who's Dennis?", "谁是丹尼斯？") or gives as someone else's ("What's your wife's name?" - "It's
  Pam.", "泰格的姓氏是摩根": :mod:`.absent_names`) is no speaker's, however often it is called later ("Dennis! Come
  out!", "Pam!"), unless someone introduces themself by it or answers a call by the full name, calling back; nor is
  one the turn makes the subject of "said" ("Phoebe, ah... Phoebe said you...") or puts after an article ("a fake Ben");
* one name belongs to one speaker, and a speaker may have more than one name ("Tom Gordon", "Tommy"), but not a
  name called once for a speaker the others firmly call by an unrelated one (:mod:`.speaker_vote`).

Names are candidates only when they are said to someone or introduced; their other mentions are then
found by plain search, so no turn is tagged whole (which is what made naming slow). Each name goes to the
speaker with the most votes for it, when those are enough and most of the name's votes; the confidence
grows with the votes and that share (:mod:`.speaker_vote` settles the names).

>>> from kg_memory.types import Turn
>>> t = [Turn("c", "1", "Speaker 1", "Look, Ross, I need the car."), Turn("c", "2", "Speaker 2", "Take it."),
...      Turn("c", "3", "Speaker 1", "Thanks Ross. Rachel is coming too."), Turn("c", "4", "Speaker 2", "Sure.")]
>>> [(f.subject.label, f.predicate, f.object) for f in speaker_names(t)]
[('Speaker 2', 'alternateName', 'Ross')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..types import Entity, Fact, Turn
from .absent_names import absent_names, answered_in_full
from .arrivals import greets_arrival
from .baby_talk import says_baby_talk
from .bids_taken import takes_bid
from .call_replies import GREETING as _GREETING
from .call_replies import answers_call, asked_for_answers, denied, echoed, reply_speaks_of, says_called_away
from .called_back import answered_back, answers_asker, calls_back
from .crossed_intros import crossed_forms
from .echoes import answers_before, opens_answer_before
from .farewells import says_goodbye_back
from .framework import lazy
from .full_names import full_names_after
from .how_said import AUX as _AUX
from .how_said import BIDDING as _BIDDING
from .how_said import ONE_CHARACTER_NAMES as _ONE_CHARACTER_NAMES
from .how_said import how_said as _how_said
from .introduced_left import introduced_left
from .introductions import introduced_speakers, names_each_other
from .lang import has_han
from .latin_names import LatinName
from .list_calls import read_as_list
from .little_ones import greeted_unanswered, to_a_little_one
from .loose_calls import YOU_VERB, called_alone, cried_names, loose_names, names_before_you
from .name_forms import name_forms
from .names import (
    NAME_EDGE,
    TITLE,
    TITLE_HEAD,
    WORD,
    bids_before_name,
    heads_a_list,
    is_chinese_name,
    is_doubled,
    plausible_name,
)
from .names import lower_words as lower_words_of
from .places_told import place_words
from .recorded import recorded_for
from .self_intros import ZH_IS, intro_name, naming_turns, own_name_told, owned_up
from .sent_for import CHEER_HEAD, sends_for, summoned
from .speaker_vote import INTRODUCED, NUMBERED, Tally, assign, name_key
from .turned_calls import called_in_one_breath, called_later, zh_said_apart
from .verdicts import verdict_after
from .who_answers import named_alone, names_answer

__all__ = ["addressees", "call_weights", "naming_turns", "plausible_alias", "speaker_names", "written_names"]


# --- reading one turn ------------------------------------------------------------------------------------

_CLAUSE = lazy(r"[^,，.。!！?？;；:：…—~～()（）\"“”]+")


def _said_to(text: str) -> list[str]:
    """Pieces of ``text`` said to someone: each clause, without a greeting, set off by punctuation
    ("Look, Ross, I..." -> "Ross"; "Thanks Ross." -> "Ross"; "罗斯，你..." -> "罗斯").

    >>> _said_to("Look, Ross, I know. Thanks Joey!")
    ['Ross', 'I know', 'Joey']
    """
    out = []
    for m in _CLAUSE.finditer(text.replace(" - ", ", ").replace("--", ", ")):
        piece = _GREETING.sub("", m.group().strip()).strip()
        if piece:
            out.append(piece)
    return out


def _only_called(text: str, key: str) -> bool:
    """Whether every piece of ``text`` said to someone is a name of ``key`` ("Rachel! Rachel Green!", "Ross?").

    >>> _only_called("Rachel! Rachel Green!", "Rachel"), _only_called("Ross, sit down.", "Ross")
    (True, False)
    """
    return {name_key(piece).casefold() for piece in _said_to(text)} == {key.casefold()}


_INSIDE = lazy(r"(?<![.!?…:;\"“]\s)(?<![.!?…:;\"“])(?<=[\w,’']\s)(?P<n>[A-Z][a-z][\w'-]*)")
_EXCLAIMED = lazy(r"^\s*(?P<n>[A-Z][a-z][\w'-]*)\s*[!.?…]")


def written_names(turns: Sequence[Turn]) -> set[str]:
    """Capitalised words of ``turns`` that may be names: all but those said as an exclamation at the start
    of a turn ("Hurry!"), unless the dialogue also writes them inside a sentence ("Hey Rach", "I saw
    Joey") or before a comma ("Rachel, look").

    >>> sorted(written_names([Turn("c", "1", "A", "Hurry! Thanks, Monica. I saw Joey."),
    ...                       Turn("c", "2", "B", "Ross, come.")]))
    ['Joey', 'Monica', 'Ross', 'Thanks']
    """
    exclaimed = {m.group("n") for turn in turns if (m := _EXCLAIMED.match(turn.text))}
    inside = {m.group("n") for turn in turns for m in _INSIDE.finditer(turn.text)}
    starting = {w for turn in turns for w in re.findall(r"^\s*([A-Z][a-z][\w'-]*)\s*,", turn.text)}
    words = {w for turn in turns for w in re.findall(r"\b[A-Z][a-z][\w'-]*\b", turn.text)}
    return (words - exclaimed) | inside | starting | cried_names(turns)  # "Roderick! Tell her."


def plausible_alias(fact: Fact, names: set[str] | None = None) -> bool:
    """Whether a speaker's name voted from how others address them reads as a name ("Goodbye Mr" does not,
    nor a reduplicated interjection such as "Ho-ho"); with ``names`` (:func:`written_names`), a Latin
    name only said as an exclamation at the start of a turn must also be written capitalised inside a
    sentence somewhere in the dialogue ("Hurry!" or "Speech!" never is; "Rachel, look" needs nothing)."""
    name = fact.object.label if isinstance(fact.object, Entity) else str(fact.object)
    if names is not None and not has_han(name) and name.split()[0] not in names:
        return False
    parts = [p.lower() for p in re.split(r"[-\s]+", name) if p]
    low = name.lower()
    return not (NAME_EDGE.search(name) or (len(parts) > 1 and len(set(parts)) == 1) or is_doubled(low))  # "Uhuh"


# --- the vote --------------------------------------------------------------------------------------------

_PLACE_BEFORE = lazy(r"\b(?:in|from|near|visit|visited|visiting|to the|of the)\s+$", re.I)
#: Votes of one turn: a name said to someone counts for the next speaker (who answers) and for the one
#: before; an introduction counts for the speaker. Measured on multi-party dialogue (DialogRE train): a
#: question selects the next speaker; a name closing a statement ("Thanks, Ross.") mostly answers the one
#: before; one opening a statement mostly calls on the next. A name said of someone in the third person
#: ("Ross is right here") counts for nobody: as evidence against the person spoken to it lost more right
#: names than wrong ones there (people speak of those present).
_ASKING, _CLOSING, _CALLING = (1.0, 0.25), (0.6, 0.8), (1.0, 0.6)


_SENTENCE_END = lazy(r"[.!?。！？…]+[\"”]?")
#: Thanks or a reply to thanks, a call or a request opening a turn, before a name ("Thanks, Martin. Come in.", "Oh thank
#: you, Chandler, this is great", "No problem, Howard.", "Coming, Jerome!", "Sure Pheebs, ...", "谢谢你，罗斯"), or a
#: reply taking a request or a reproach ("I'm coming, Greg.", "Got it, Mrs. Olsen.", "I know, Auntie."): the one
#: answered spoke before, whoever answers next (not "Okay, Rachel, ...", "Yeah Ross, ...": those turn to anyone; nor
#: "I'm sorry Joey", said with others to one who had bad news).
_THANKS_FIRST = lazy(r"\W*(?:(?:oh|well|aw+|哦|噢)\W*)?(?:thanks|thank\s+you|谢谢你?|多谢|no\s+problem|coming|sure|"
                     r"you're\s+welcome|不客气|知道了|我知道|马上来|来了|i'm\s+coming|got\s+it|i\s+know|will\s+do|on\s+it|i\s+promise)\W*", re.I)
_THANKED = (0.25, 1.0)


def call_weights(text: str, start: int, end: int, first: bool = False, replies: bool = False) -> tuple[float, float]:
    """Votes of a name said to someone at ``text[start:end]`` for the next speaker and the one before.

    A name in a question asks the next speaker; one closing the turn's last sentence after other words answers
    the one before ("Hi. Thanks, Ross."). One closing an earlier statement answers the one before too ("I said
    a little bit, Ross. Now, how about you, Chandler?": Ross spoke before, Chandler speaks next), unless nobody
    spoke before (``first``: "That's a good plan, Joe. Next time..." calls the next speaker). Where the turn
    ``replies`` to the one just before, thanks or an answer opening it are theirs ("Thanks, Martin. Come in.", "No
    problem, Howard.": Martin, Howard spoke before, whoever answers next).

    >>> call_weights("Thanks, Martin. Come in.", 8, 14), call_weights("Thanks, Martin. Come in.", 8, 14, replies=True)
    ((1.0, 0.6), (0.25, 1.0))
    """
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    sentence_end = stop.end() if stop else len(text)
    if replies and begin == 0 and _THANKS_FIRST.fullmatch(text[:start]):
        return _THANKED
    if "?" in text[end:sentence_end] or "？" in text[end:sentence_end]:
        return _ASKING
    if not text[sentence_end:].strip():  # the last sentence: as the whole turn reads ("Hi. Thanks, Ross.": closing)
        head = _GREETING.sub("", text[:start].strip()).strip(" ,，")
        return _CLOSING if head and not text[end:].strip(" .!?。！？…\"”") else _CALLING
    head = _GREETING.sub("", text[begin:start].strip()).strip(" ,，")
    if head and not text[end:sentence_end].strip(" .!?。！？…\"”"):
        return _CALLING if first else _CLOSING
    return _ASKING if text.rstrip().endswith(("?", "？")) else _CALLING


def addressees(turns: Sequence[Turn], i: int) -> tuple[str | None, str | None]:
    """The next speaker other than the one of turn ``i`` (within two turns), and the one before."""
    me = turns[i].speaker
    after = next((t.speaker for t in turns[i + 1:i + 3] if t.speaker != me), None)
    before = next((t.speaker for t in reversed(turns[max(0, i - 2):i]) if t.speaker != me), None)
    return after, before


def _only_other(turns: Sequence[Turn], i: int) -> str | None:
    """The only speaker other than that of turn ``i`` in the turns around it (two before and after), if only one: whom a
    name said where a stretch of two begins calls, and whom one closing it answers ("A: Mine! B: I had to, Ross.")."""
    others = {t.speaker for t in turns[max(0, i - 2):i + 3]} - {turns[i].speaker}
    return others.pop() if len(others) == 1 else None


#: A pause just before a name ("还是......迪克。", "sorry... Ella."): a word searched for, no call.
_SEARCHED = lazy(r"(?:\.{2,}|…+|—)\s*$")


def _candidates(turns: Sequence[Turn], read: Sequence[Turn], lower_words: frozenset[str]) -> set[str]:
    """Names said to someone or introduced somewhere in the dialogue.

    A capitalised word that only opens sentences as an exclamation ("Hurry!") is a candidate when the
    dialogue also writes it inside a sentence; words such as "Although, ..." are known not to be names.
    """
    inside = {m.group("n") for turn in turns for m in _INSIDE.finditer(turn.text)}
    found: set[str] = set()
    written = {w for turn in turns for w in re.findall(r"\b[A-Z][a-z]+\b", turn.text)}
    for i, (turn, shown) in enumerate(zip(turns, read)):
        intro = intro_name(shown.text)
        if intro and plausible_name(intro, lower_words) and (not has_han(intro) or is_chinese_name(intro)
                                                         or not ZH_IS.search(shown.text)):
            found.add(intro)  # 我是独处 ("you and I are alone") introduces nobody; 我叫…… does
        text = turn.text
        pieces = [m.group(m.lastindex or 0) for m in (_ZH_ADDRESSED if has_han(text) else _EN_ADDRESSED).finditer(text)]
        for piece in pieces + loose_names(text) + _said_to(text) + names_before_you(text):
            if piece in _ONE_CHARACTER_NAMES:
                found.add(piece)  # "嘿，乔！": set off alone, as _said_to and loose_names read it
                continue
            if piece in found or not (piece[:1].isupper() or 2 <= len(piece) <= 13 and has_han(piece[:1])) \
                    or not plausible_name(piece, lower_words) or heads_a_list(text, piece) \
                    or bids_before_name(text, piece):  # "Wedding, funeral or work?", "Sit, Maggie."
                continue
            if has_han(piece):
                from .chinese.segment import is_called_name  # Chinese text only: English never loads it
                if not is_called_name(piece):  # 罗斯, 小刘, 佳佳, 周总
                    continue
            elif piece.split()[0] not in inside and piece not in pieces and not TITLE_HEAD.match(piece) \
                    and not _unambiguous(text, piece) and not _shortened(piece, inside, lower_words) \
                    and not called_alone(piece, turns, i, written):  # "Rach?" - "Yeah?", "Jack. Could you...?"
                continue
            found.add(piece)
    intros = {intro_name(shown.text) for shown in read}
    return found - (place_words(turn.text for turn in turns) - intros)  # "the Marlowe Hotel" - "Marlowe, sure."


def _shortened(piece: str, inside: set[str], lower_words: frozenset[str]) -> bool:
    """Whether ``piece`` is a name cut short ("Rach!" where "Rachel" is written inside a sentence; not "Mon" of "Monday")."""
    return " " not in piece and len(piece) >= 3 and any(
        word != piece and word.startswith(piece) and plausible_name(word, lower_words) for word in inside)


_EN_ADDRESSED = lazy(r"\b(?i:you're|you are|are you|aren't you|you must be|thank you|love you|miss you|see you|"
                           r"you too|with you)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[,.!?…]|$))|"
                           rf"(?:^|[.!?]\s+)((?:{TITLE}\s+)?{WORD}(?:\s+{WORD}){{0,2}})(?=(?:,\s+|\s+{_AUX}\s+)you\b)|"
                           rf"(?:^|[.!?,]\s+|\b(?i:oh|but|and|so|no|yeah|okay|well|now|hey|hi|sure)\s+)"  # "but Pheebs don't you..."
                           rf"(?!(?i:{_AUX})\b|{YOU_VERB}\b)"
                           rf"({WORD})(?=\s+(?:{_AUX}\s+you\b|{_BIDDING}))")
def _untitled(turn: Turn) -> Turn:
    """``turn`` with "Mr." written "Mr" (and "Dwayne Jr.," "Dwayne Jr,"), so that a title's dot ends no sentence, and
    "’" written "'" ("It’s Ross." is "It's Ross.": a name said of someone)."""
    text = re.sub(r"\b(Mr|Mrs|Ms|Dr|Prof)\.\s*(?=[A-Z])", r"\1 ", turn.text).replace("’", "'")
    text = re.sub(r"(?<=[a-z])(\s+(?:Jr|Sr))\.(?=\s*[,!?])", r"\1", text)  # "Dwayne Jr., go get your sister"
    return turn if text == turn.text else dataclasses.replace(turn, text=text)


_ZH_ADDRESSED = lazy(r"(?:^|[，,。！？!?\s.…]|好了|你好|谢谢|嘿|喂|但是?|不过|可是|所以|那么|好吧)(?!是|过|但|不过|可是|所以|那么|好吧)"
                           r"([\u4e00-\u9fff·]{2,8}?)(?=你|您|[，,]你)|"
                           r"(?:你是|你就是|您是|你不是|你一定是|您一定是|你肯定是)([\u4e00-\u9fff·]{2,8}?)(?=[，,。！？!?吗]|吧[？?]|对吗|对吧|对不对|是吧|$)")


def _unambiguous(text: str, piece: str) -> bool:
    """Whether ``piece`` is said to someone somewhere in ``text``: not at the head of a sentence ("..., Ross!",
    "Hey Ross", "Look, Ross, I..."), or at its head before a comma ("Ross, are you in?"); a word that only
    opens a sentence as an exclamation ("Hurry!") may be no name."""
    for m in _pattern(piece).finditer(text):
        head = text[:m.start()].rstrip()
        if head and head[-1] not in ".!?…\"“":
            return True
        sentence = re.split(r"[.!?…]", text[m.end():], maxsplit=1)[0]
        if sentence.lstrip().startswith(","):
            return True
    return False


def _pattern(name: str) -> re.Pattern[str] | LatinName:
    if name in _ONE_CHARACTER_NAMES:  # alone, after a greeting ("嘿宾！", "好吧乔，"), or before 你
        return re.compile(rf"(?:(?<![\u4e00-\u9fff·.])|(?<=[嘿嗨喂吧了啊哦呃嗯噢哇])){name}(?=[^\u4e00-\u9fff]|你|您|$)")
    if has_han(name):
        return re.compile(re.escape(name))
    return LatinName(name)  # not beside a letter or digit other than a Chinese one: "类似Gukki，" says Gukki


#: A verb of telling after a name: "Phoebe, ah... Phoebe said you..." speaks of Phoebe in all of the turn.
_TELLS = r"(?:said|says|told|tells|thinks|thought|mentioned)\b"
_TELLS_WORD = lazy(_TELLS)
#: "How is Danny?", "how's Danny doing": a name asked after, said of someone not spoken to (the same turn's "Danny!" too).
_HOW_IS = r"(?i:\bhow(?:'s|’s|\s+is|\s+was|\s+has))\s+"
#: "Danny! I loved Danny.": one remembered, felt for in the third person, is spoken of in the whole turn
_FELT_FOR = r"(?i:\b(?:i|we)\s+(?:(?:just|really|always|so|still)\s+)?(?:loved|love|adored|miss|missed|remember|liked|knew))\s+"
#: "如果你不叫我乔伊", "Stop calling me Joey": the speaker's own name, that others call them by (not said of another).
_CALLS_ME = lazy(r"(?:叫我|\bcall(?:ing|s|ed)?\s+me)\s*[,，]?\s*$"
                 r"|(?:^|[^给帮替让跟和与对把被找问叫])我$", re.I)  # "我老许开门做生意": the speaker calling themself so
#: "But I don't. Me, Phoebe.", "我，菲比。": the speaker naming themself, beside "me" at the head of a sentence.
_ME_APPOSED = lazy(r"(?:^|[.!?。！？…]\s*)(?:me|我)\s*[,，]\s*$", re.I)
_SENTENCE_CLOSES = lazy(r"\s*(?:[.!?。！？…]|$)")
#: Words that give a name to someone: "name your first child Joey", "named him Ross" (not "his name is Ross").
_NAMING = lazy(r"\b(?:(?<!your\s)name|named|naming|nickname|nicknamed)\s+(?:(?!(?:is|was)\b)[\w'-]+\s+){0,3}$", re.I)


def speaker_names(turns: Sequence[Turn], least: float = 1.0, min_confidence: float = 0.59) -> list[Fact]:
    """``(Speaker N, alternateName, name)`` for the names the dialogue pins on its numbered speakers.

    ``turns`` may hold several conversations; each is read whole (see the module docstring for the
    evidence). A name goes to the speaker with the most votes for it when those are at least ``least``
    and half of the name's votes; a speaker may get several names. The confidence grows with the votes
    and their share (:func:`.speaker_vote.calibrated`); names below ``min_confidence`` are left out (a single
    vocative in a group, whose addressee is a guess).

    >>> t = [Turn("c", "1", "Speaker 1", "Ross, come here!"), Turn("c", "2", "Speaker 2", "What?"),
    ...      Turn("c", "3", "Speaker 1", "Hey Ross, look."), Turn("c", "4", "Speaker 2", "Okay.")]
    >>> [(f.subject.label, f.object) for f in speaker_names(t)]
    [('Speaker 2', 'Ross')]
    """
    dialogues: dict[str, list[Turn]] = {}
    for turn in turns:
        dialogues.setdefault(turn.conversation, []).append(turn)
    out: list[Fact] = []
    for dialogue in dialogues.values():
        found = _name_dialogue(dialogue, least, min_confidence)
        found += name_forms(dialogue, found)  # 林晓 -> 晓晓, 婷婷 -> 苏婷婷: the same speaker's
        found += crossed_forms(dialogue, found)  # "Mr. Lindqvist, this is Rebecca. Becca, this is Gunnar": Gunnar's, Rebecca's
        out += found + introduced_left(dialogue, found)  # "This is Fergal, our designer." ...: the one voice left unnamed
    return out


def _name_dialogue(turns: Sequence[Turn], least: float, min_confidence: float) -> list[Fact]:
    if not any(NUMBERED.match(t.speaker) for t in turns):
        return []
    turns = owned_up([_untitled(t) for t in turns])  # "Which one of you is Clodagh?" - "That's me." (:mod:`.self_intros`)
    read = naming_turns(turns)
    lower_words = lower_words_of(t.text for t in turns)
    candidates = _candidates(turns, read, lower_words)
    introduced = introduced_speakers(turns)  # "this is my friend Roger." - "Hey everybody." (:mod:`.introductions`)
    if not candidates and not introduced:
        return []
    labels = {t.speaker.casefold() for t in turns}
    tally = Tally()
    said_by: dict[str, set[str]] = {}  # key -> speakers who say it of or to someone
    calling: dict[str, set[str]] = {}  # key -> speakers who say it to someone
    intros = [intro_name(shown.text) for shown in read]
    fulls = full_names_after([shown.text for shown in read])  # "我是小魏，魏家豪。": the speaker's (:mod:`.full_names`)
    candidates |= set(fulls.values())
    taken: dict[int, list[tuple[int, int]]] = {}  # turn -> spans already read as a longer name ("Ross Geller")
    crowded = {i for i, turn in enumerate(turns)  # "Phil! Nice job. Stevens! Way to go! Bing!": said to a room
               if len(_named_in(turn.text, candidates, lower_words)) >= _CROWD}
    crowded |= {i for i in range(1, len(turns)) if turns[i - 1].speaker != turns[i].speaker  # "他的名字曾经是？" - "莫里斯。",
                and (_ASKS_WHO.search(turns[i - 1].text) and _name_alone(turns[i].text, candidates)  # "Who?" - "Ann Lee."
                     or names_answer(turns[i - 1].text, turns[i].text, candidates))}  # "What?" - "Al Lee, Lord of Jazz!"
    crowded |= {i for i, turn in enumerate(turns)  # "Pheebs come on! Okay guys, ..."; "豆豆，不怕不怕": a pet, a baby
                if _TO_A_GROUP.search(turn.text) or to_a_little_one(turn.text)}
    crowded |= {i for i, turn in enumerate(turns) if _introduces_to_each_other(turn.text, candidates)}
    crowded |= {i for i, turn in enumerate(turns)  # "Ross! Janice?!", "西奥多……比特西，很高兴见到你们！", "小雨？阿杰？……"
               if _greets_two(turn.text, candidates, lower_words) or called_in_one_breath(turn.text, candidates, turns, i)}
    crowded |= {i for i, turn in enumerate(turns)  # "杨小军！你爸喊你回来！": one away, unless they answer (:mod:`.sent_for`)
                if summoned(turn.text) and not answers_call(turns, i)}
    crowded |= {i for i, turn in enumerate(turns) if says_baby_talk(turn.text) or greeted_unanswered(turns, i)}  # to a baby
    crowded |= {i for i in range(1, len(turns)) if turns[i - 1].speaker != turns[i].speaker  # "...more than you
                and _TRAILS_OFF.search(turns[i - 1].text) and _opens_with_name(turns[i].text, candidates)}  # like..." - "Myron."
    recorded = [recorded_for(turns, i) for i in range(len(turns))]  # "Hi Lily! It's the year 2031": taped for her
    calls: list[tuple[str, str, str, str, float, Turn, bool]] = []  # who calls whom by what name, how surely, where
    telling = [_TELLS_WORD.search(turn.text) is not None for turn in turns]  # where "Phoebe said..." may be
    for name in sorted(candidates, key=len, reverse=True):
        if name.casefold() in labels:
            continue
        key, pattern = name_key(name), _pattern(name)
        for i, (turn, intro) in enumerate(zip(turns, intros)):
            if name not in turn.text:
                continue
            if intro is not None and (intro == name or intro.startswith((name + " ", name + "·"))) and intro in candidates:
                if intro == name:
                    tally.add(key, name, turn.speaker, INTRODUCED, turn)
                continue
            if intro is not None and intro in candidates and name_key(intro) == key \
                    or fulls.get(i) == name:  # "我姓齐，齐建民。" (:mod:`.full_names`)
                tally.add(key, name, turn.speaker, INTRODUCED, turn)  # "I'm Jim, Jim Nelson.", "我是菲比，菲比·布菲"
                continue
            if intro is not None and intro in candidates and has_han(name) and intro.endswith(name) \
                    and len(intro) - len(name) in (1, 2):
                continue  # "我是宋晓峰" ... "晓峰，……": the speaker's own given name, no name said of someone else
            after, before = addressees(turns, i)
            heard_of = after is not None and after == before  # the one spoken to on both sides: who hears of a name
            edge = _only_other(turns, i) if (after is None) != (before is None) else None  # a stretch of two begins or ends
            heard = i > 0 and turns[i - 1].speaker != turn.speaker and name in turns[i - 1].text  # taken up
            if after is not None and ((_only_called(turn.text, key) or heard) and reply_speaks_of(turns, i)
                                      or reply_speaks_of(turns, i, joins=True)):
                after = None  # "Chandler?" - "Oh, he can't talk right now."; "How was the date with Mr. Rich?" -
                # "Mr. Rich, now with a yacht!" - "He's great!": the one answering is not him
            if after is not None and says_called_away(turns, i, len(_named_in(turn.text, candidates, lower_words)) > 1
                                                      or _ASKS_FOR_SOMEONE.search(turn.text) is not None, name):
                after = None  # "Tony, are you home?" - "I think he's still out.": someone else answers
            if after is not None and asked_for_answers(turns, i, name):
                after = None  # "志刚，大嫂呢？" - "在呢在呢！": the one asked for answers, not the one called
            if after is not None and sends_for(turn.text):
                after = None  # "豆豆，去叫你爸过来。" - "来了来了！": the one sent for answers, not the one called
            if after is not None and denied(turns, intros, candidates, i, key):
                after = None  # "Rob Tillman!" - "No, no. It's me, Ross!": the one answering is someone else
            answered = after is not None and (answers_call(turns, i) or answered_back(turns, i, name)  # "What?", "好的，韩主任。"
                                              or takes_bid(turns, i, name) or greets_arrival(turns, i, name))  # "Josh, look."
            if answered:
                before = None  # "Ross?" - "Yeah?": the one answering the call is the one called
            quoted = [m.span() for m in _QUOTE.finditer(turn.text)]
            spoken_of = False  # "We'll let Ross decide. Hi, Ross!": turned to Ross from the one who heard of him
            told = telling[i] and re.search(rf"(?<![\w'-]){re.escape(name)}\s+{_TELLS}", turn.text) is not None  # "Phoebe said"
            told = told or re.search(rf"(?:{_HOW_IS}|{_FELT_FOR}|{CHEER_HEAD}){re.escape(name)}(?![\w'-])", turn.text) is not None  # "How's Danny?", "Go, Zoe!"
            for m in pattern.finditer(turn.text):
                if any(a <= m.start() < b for a, b in taken.get(i, ())) or any(a < m.start() < b for a, b in quoted):
                    continue  # read as part of a longer name, or someone else's words ("Dear Rach, ...")
                taken.setdefault(i, []).append(m.span())
                if _NAMING.search(turn.text[:m.start()]) or _CALLS_ME.search(turn.text[:m.start()]) \
                        or _ME_APPOSED.search(turn.text[:m.start()]) and _SENTENCE_CLOSES.match(turn.text, m.end()):
                    continue  # "name your first child Joey": a name given; "don't call me Joey": no one else's
                said_by.setdefault(key, set()).update(() if own_name_told(turn.text, *m.span()) or any(  # "Ask for Al"; "I'm
                    x and name_key(x) == key and t.speaker == turn.speaker for x, t in zip(intros, turns)) else (turn.speaker,))  # Tem"
                if spoken_of and heard_of or told or i in crowded or m.start() < recorded[i] or echoed(turns, i, name) \
                        or _how_said(turn.text, m.start(), m.end(), name) == "of":
                    if _PLACE_BEFORE.search(turn.text[:m.start()]):
                        said_by[key].update(t.speaker for t in turns)  # "in Paris": a place, no one's name
                    spoken_of = spoken_of or not re.search(rf"{_INTRODUCING}\s*$", turn.text[:m.start()])  # "This is X."
                    continue  # spoken of: whether they are present or not, it tells nothing of who bears it
                called = (not has_han(key) or _SCORED.match(turn.text, m.end()) is not None) \
                    and not _YOU_ARE.search(turn.text[:m.start()])  # "you are X": no call; "黛比，321盒": read from a list
                calling.setdefault(key, set()).add(turn.speaker)
                weights = call_weights(turn.text, m.start(), m.end(), before is None,
                                       replies=i > 0 and turns[i - 1].speaker == before)
                if (weights == _CLOSING or weights == _CALLING and not _SENTENCE_END.search(turn.text, 0, m.start())) \
                        and answers_before(turns, i, before, m.start()) or before is not None \
                        and turns[i - 1].speaker == before and verdict_after(turn.text, m.end(), turns[i + 1:]):
                    weights = (0.25, 1.0)  # "My legs are jelly." - "Jelly is a state of mind, Brianna.", "Jess, you're a
                    # genius.": the one before
                elif weights == _CALLING and after != before and opens_answer_before(turns, i, before, m.start(), m.end()):
                    weights = (0.25, 1.0)  # "I'm sitting." - "Denise, you've been sitting since you were born."
                if before is not None and not answered and answers_asker(turns, i, m.start()):
                    weights = (0.25, 1.0)  # "这样站对吗？" - "对对对，晓雯你……": the one who asked
                if before is not None and not answered and says_goodbye_back(turns, i, m.start()):
                    weights = (0.25, 1.0)  # "Bye, sweetie. Bye, Joey." - "Bye, Janice.": the one leaving (:mod:`.farewells`)
                if before is not None and not answered and not heard and calls_back(turns, i, m.start()):
                    weights = (0.25, 1.0)  # "妈，你快点。" - "急什么，小雨。": the one called calls back (:mod:`.called_back`)
                if answered or edge is not None and (edge == after or edge == before and weights == _CLOSING
                                                     and not _SEARCHED.search(turn.text[:m.start()])):
                    weights = (1.0, 1.0)  # "Ross?" - "What?"; "A: That's mine! B: I had to, Ross." (the end)
                aimed = None if after != before and called_later(turn.text, m.end(), name, candidates) else after
                for speaker, weight in zip((aimed, before), weights):  # "慧姐，……。建军，葱花！" - "来了！": 建军 answers
                    if speaker is not None:
                        calls.append((turn.speaker, speaker, key, name, weight, turn, called))
    for caller, speaker, key, name, weight, turn, called in calls:  # "Debbie, 321." "Charla, 278." "Elizabeth, 871.":
        if not called or not read_as_list((_stem(k)[:2], n) for c, s, k, n, *_, o in calls  # one speaker calling
                                          if (c, s) == (caller, speaker) and o):  # three names to the one who answers ("Pheebs",
            tally.add(key, name, speaker, weight, turn)  # "Phoebe": one)
    _shortened_said(calling, said_by, tally.introduced)
    _first_names_said(turns, intros, candidates, said_by)
    for name in absent_names(turns, intros, candidates):  # "Who's Denise?", "What's his name?" - "Pam."
        said_by.setdefault(name_key(name), set()).update({t.speaker for t in turns} - answered_in_full(turns, name))
    for speaker, name, turn in introduced:
        tally.add(name_key(name), name, speaker, 1.0, turn)
    if any(has_han(key) for key in tally.votes):  # English talk loads no Chinese rules
        from .chinese import nicknames, titled_sex

        nicknames.claim_nicknames(turns, tally)  # "我叫贺雨，妈妈叫我丫丫": hers, not the one told "丫丫，起来"
        for key, speakers in titled_sex.titled_other_sex(turns, tally.votes).items():  # 我老公 ... 程先生: not hers
            said_by.setdefault(key, set()).update(speakers)
    return assign(tally, said_by, least, min_confidence)


def _first_names_said(turns: Sequence[Turn], intros: Sequence[str | None], candidates: set[str],
                      said_by: dict[str, set[str]]) -> None:
    """Add to ``said_by`` the speakers who say the first name of a candidate full name alone ("I ran into
    Richard." - "Richard Simmons?!": the one who spoke of Richard is not Richard Simmons)."""
    for key in {name_key(name) for name in candidates if " " in name and not has_han(name)} - candidates:
        alone = re.compile(rf"(?<![\w'-])(?<!Mrs )(?<!Ms )(?<!Miss ){re.escape(key)}(?![\w-]|\s+[A-Z])")  # his wife's
        for turn, intro in zip(turns, intros):
            if alone.search(turn.text) and not (intro and name_key(intro) == key):
                said_by.setdefault(key, set()).add(turn.speaker)


def _name_alone(text: str, candidates: set[str]) -> bool:
    """Whether a sentence of ``text`` is a name alone, after a greeting or a yes or not ("Maurice.", "One hint. Ann
    Lee.", "是啊，威士忌……")."""
    return any(named_alone(piece, candidates) for piece in _SENTENCE_END.split(text)) \
        or len(said := [p for p in _said_to(text) if p.lower() not in _YES]) == 1 and said[0] in candidates


#: Words of assent before an answer ("Yeah, whiskey.", "是啊，威士忌。").
_YES = frozenset("是 是啊 是的 对 对啊 好 好啊 好的 当然 yes yeah yep sure".split())


#: A turn trailing off where a person would follow ("...more than you like...", "So you're going with...", "你是要嫁给……"):
#: a name opening the next turn finishes the sentence, of someone, and calls nobody.
_TRAILS_OFF = lazy(r"\b(?:like|love|with|than|about|for|to|named|called|marry|marrying|dating|date|meet|meeting|seeing)"
                   r"\s*(?:\.{2,}|…+)\s*$|(?:跟|和|比|喜欢|爱|嫁给|娶|约|见)\s*(?:\.{2,}|…+)\s*$", re.I)


def _opens_with_name(text: str, candidates: set[str]) -> bool:
    """Whether ``text`` opens with a name of ``candidates`` said as a sentence of its own ("Myron. Hmm...", "迈伦。嗯……")."""
    first = re.match(r"\s*([^.!?,…。！？，]+)\s*(?:[.…。]|$)", text)  # not "Josh, stop.", "Josh!": calls
    return first is not None and first.group(1).strip() in candidates


def _introduces_to_each_other(text: str, candidates: set[str]) -> bool:
    """Whether ``text`` introduces two people to each other, calling each ("Kristin, this is Carol. Carol, this is
    Kristin." or "... Carol, Kristin.", "克莉丝汀，这位是卡萝，卡萝，这位是克莉丝汀。"): either may answer."""
    if not _INTRODUCES.search(text):  # most turns introduce nobody: no pattern of each name compiled for them
        return False
    mutual = {_stem(name) for name in candidates if re.search(rf"{_INTRODUCING}\s*{re.escape(name)}", text)
              and re.search(rf"(?:^|[.!?。！？,，]\s*){re.escape(name)}\s*[,，]", text)}
    return len(mutual) >= 2 or names_each_other(text, candidates)


def _greets_two(text: str, candidates: set[str], lower_words: frozenset[str]) -> bool:
    """Whether ``text`` calls two people at once, by their bare names or to both of them ("Ross! Janice?!", "Theo...
    Bitsy, nice to meet you both!", "西奥多……比特西，很高兴见到你们！"): either may answer, so whom each name calls is not known."""
    two = _TWO_CALLED.fullmatch(text)
    if two is not None and two.group(1) in candidates and two.group(2) in candidates:
        return _stem(two.group(1)) != _stem(two.group(2))
    return _TO_BOTH.search(text) is not None and bool(_named_in(text, candidates, lower_words))


_TO_BOTH = lazy(r"\b(?:(?:meet|see)\s+you\s+(?:two|both)|both\s+of\s+you)\b|见到你们|你们好", re.I)
_TWO_CALLED = lazy(r"\W*([\w'· -]+?)\s*[!?！？…]+\W*([\w'· -]+?)\W*")  # "Ross! Janice?!": two calls, nothing else


#: Words introducing someone to the one spoken to ("this is", "meet", "这位是").
_INTRODUCING = r"(?i:\bthis\s+is|\bmeet|这位是|这是|这就是)"
_INTRODUCES = lazy(_INTRODUCING)


def _shortened_said(calling: dict[str, set[str]], said_by: dict[str, set[str]], introduced: set[tuple[str, str]]) -> None:
    """Bar each speaker who calls someone by a name from its short and long forms too ("Hi Monica!" - "Hey Mon!" - "Hey
    Mon!": three greet someone else, none of them is Monica or Mon), unless they introduce themself by one of them.
    ``calling[key]`` holds the speakers who say the name ``key`` to someone."""
    keys = [k for k in calling if not has_han(k)]
    for short in keys:
        for full in keys:
            if short != full and len(short) >= 3 and full.startswith(short):
                for one, other in ((short, full), (full, short)):
                    said_by.setdefault(other, set()).update(
                        s for s in calling[one] if (short, s) not in introduced and (full, s) not in introduced)


#: A call that asks for someone else ("Joey, where's Ross?", "have you seen Ann?", "小军，你妈呢？"): "he" in the reply may
#: be them.
_ASKS_FOR_SOMEONE = lazy(r"\b(?:where(?:'s|\s+is|\s+are)|have\s+you\s+seen)\b|呢[？?]|在哪", re.I)
#: A number right after a name ("黛比，321盒饼干", "伊丽莎白。嗯，871盒"): a score or a count read out beside it.
_SCORED = lazy(r"[，,。.:：\s]*(?:嗯[，,\s]*)?[0-9]")
#: "you are (in fact) Frank Buffay": who the one spoken to is, not a call.
_YOU_ARE = lazy(r"\b(?:you're|you\s+are|are\s+you|aren't\s+you)\b[^.!?,;]*$", re.I)
#: A question for someone or a name ("Who's that?", "What was her name?", "谁是你最想的？", "他的名字曾经是？", "Guess who we
#: saw today."), whose
#: answer is the one asked for, not a call (not "钱德勒你在做什么？" - "钱德勒！").
_ASKS_WHO = lazy(r"\b(?:who|whom|name)\b[^.!?]*\?+!*\s*$|\bguess\s+who\b[^?]*$|(?:谁|哪位|名字|叫什么)[^。！？!?]*[？?]+[！!]*\s*$|"
                 r"\bwhat\s+(?:(?:do|would|will|can)\s+(?:you|i|we)\s+(?:want|have|get|like|drink|eat|order)|"
                 r"(?:are\s+you|you)\s+(?:having|drinking|eating|want)|can\s+i\s+get\s+you)\b[^.!?]*\?+\s*$|"
                 r"(?:喝|吃|要|点|买|来)(?:点|些)?什么[^。！？!?]*[？?]+\s*$|"  # "喝点什么？" - "威士忌。": a thing
                 r"你(?:现在)?(?:是)?(?:做|干)(?:什么|啥)(?:的|工作)?[？?]+\s*$|你(?:现在)?是[^。！？!?，,]{1,6}(?:吗|啊|吧|呀)[？?]+\s*$|"
                 r"你(?:现在)?在(?:哪儿?|哪里|什么地方|哪个?家?(?:公司|单位))(?:上班|工作)?[？?]+\s*$", re.I)  # "你是医生啊？" -
# "保安。", "你在哪儿上班？" - "星火互娱。": what or where one works, told of oneself
_QUOTE = lazy(r'"[^"]*"|“[^”]*”|「[^」]*」|\b(?i:said|says|goes|went)(?:\s+to\s+\w+)?\s*:\s*[^.!?…]+')  # "he said to me: Skdandy..."
#: A turn that also turns to a group ("Okay guys, ...", "各位，...", "You know, guys, ...", "你知道，伙计们，..."; not "It's
#: Emily, everyone!"): whom a name in it calls is not known.
_TO_A_GROUP = lazy(r"(?:^|[.!?]\s+)(?:(?:okay|ok|hey|hi|alright|all\s+right|come\s+on|so|well|oh)[,!.]?\s+)*(?:you\s+)?"
                   r"(?:guys|everybody|everyone|y'all|folks)\s*[,.!?]|"
                   r"(?:^|[.!?]\s+)(?:(?:does|do|did|can|could|would|will)\s+)?(?:anyone|anybody)\b[^.!?]*\?|"  # "Anyone else?"
                   r"(?:^|[。！？!?]\s*)(?:(?:嘿|嗨|好了|好吧)[，,！!]?)?(?:大家|各位|伙计们)(?:好)?\s*[，,。！!？?]|"
                   r",\s*(?:you\s+)?(?:guys|folks|y'all)\s*[,.!?]|[，,]\s*(?:伙计们|各位|朋友们|大家)\s*[，,。！!？?]", re.I)
#: A turn that names this many people (or more) speaks to a room or of a list: whom it calls is not known (names in
#: Latin script, where a name is told by its capital).
_CROWD = 3


def _named_in(text: str, candidates: set[str], lower_words: frozenset[str]) -> set[str]:
    """The people ``text`` names (:func:`_stem` of each; "Chandler Bing" is one person, not also "Bing")."""
    if has_han(text):  # "这位叫钱德勒，菲比，乔伊。": the Chinese names said to someone or introduced there
        return {_stem(name) for name in candidates  # "埃米.维尔奇" is one person
                if has_han(name) and (_pattern(name) if name in _ONE_CHARACTER_NAMES
                                          else zh_said_apart(name, text)).search(text)}
    called = {m.start(1) for m in _CALLED_OUT.finditer(text)}
    stems = set()
    for m in _NAME_RUN.finditer(text):
        run = m.group()
        if any(_pattern(name).search(run) for name in candidates) \
                or (m.start() in called and plausible_name(run, lower_words)):
            stems.add(_stem(run))
    return stems


_NAME_RUN = lazy(r"(?<![\w'-])[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)*")


def _stem(name: str) -> str:
    """What forms of one name said in one breath share ("Rach" and "Rachel", "菲比" and "菲波")."""
    key = name_key(name)
    return key[:1] if has_han(key) else key[:3].lower()
#: A name called out as a sentence of its own: "Phil!", "Bing!".
_CALLED_OUT = lazy(r"(?:^|[.!?…]\s+)([A-Z][a-z][\w'-]*)\s*!")

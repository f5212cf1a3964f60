"""Names said to someone without a comma to set them off, for :mod:`.speakers`: at the end of a sentence or a clause
after a word that takes no object ("What's up Joe?", "I'm sorry Pheebs, I can't", "你在干嘛呢莫妮卡？"; not "I met Joe.") or a
verb and its particle ("What's going on Joe?", "Hang on Joe"),
after a greeting and before the rest of the sentence ("Hey Joe what's up?", "Oh Pheebs that's so sweet"), opening a
sentence before "you" and a verb ("Pheebs you didn't have to"; not "Thank you so much", "Unless you..."), or alone as a
sentence ("Rach?", "Mon! I'm so happy for you!"; not "Hurry!", "Coffee?") where it reads as a name (:func:`called_alone`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Turn
from .call_replies import answers_call, asked_alone_answered
from .framework import lazy
from .lang import has_han
from .named_back import answered_by_name
from .names import TITLE, WORD, plausible_name
from .pronouns import cut_short_name, gender_of_name

__all__ = ["YOU_VERB", "ZH_LOOSE", "called_alone", "cried_names", "greeted", "loose_before", "loose_names",
           "names_before_you", "said_loosely", "yes_name", "yes_named"]


#: Verbs said before "you" ("Thank you", "Told you so", "Bet you can't"): no name called.
YOU_VERB = (r"(?:Thank|See|Love|Miss|Bless|Mind|Will|Have|Did|Told|Tell|Got|Get|Bet|Hate|Trust|Heard|Hear|Saw|Screw|"
            r"Damn|Excuse|Believe|Want|Need|Made|Make|Let|Ask|Give|Call|Kiss|Help|Show|Promise|Guess|Swear|Forgive|"
            r"Know|Mean|Pay|Owe|Warn|Like|Catch|Watch|Meet|Follow|Beat|Teach|Take|Bring|Leave|Thanks|Gotcha|Keep)")

#: Words after which a name at the end of a sentence is what is spoken of, not to ("I met Ross.").
_OBJECT_WORDS = frozenset("""
with to about for from at of on in into onto by like than and or nor tell told ask asked call called meet met saw see
seen know knew love loved loves like liked likes hate hated is was are were be been being it's that's he's she's this's
named marry married date dated dating kiss kissed help helped invite invited beat visit visited become became as miss
go goes went dog dogs cat cats puppy kitten pet bird fish monkey fiancé fiancée fiance fiancee nephew niece
missed want wanted need needed find found bring brought get got give gave take took leave left trust believe blame
my your his her our their the a an this that poor little old young big whom who not even only also dump dumped
me him them us you it boyfriend girlfriend friend brother sister mother father mom dad husband wife son daughter cousin
uncle aunt boss roommate neighbor neighbour guy girl man woman boy baby named calling play played playing watch
chef assistant doctor teacher lawyer nurse agent manager secretary waiter waitress actor actress student professor coach
bought buy buying sold sell hire hired fire fired mean means meant
outside inside near behind across around through toward towards past against without before after beside under over
between among via until till since during still remember remembered forget forgot kill killed hug hugged choose chose
des de la le du del von van those these grandma grandpa granny nana longer anymore where's who's there's here's isn't wasn't aren't weren't ain't
how's course have has had having welcome introducing presenting thank thanked
did does wrote sang directed invented painted composed
knows tells asks calls meets sees hates marries dates kisses helps invites beats visits misses wants needs finds brings
gets gives takes leaves trusts believes blames dumps hires fires remembers forgets hugs chooses watches buys sells
""".split())
#: Where a name said loosely ends: the sentence, or a clause before the speaker's own words ("I'm sorry Pheebs, I can't",
#: "y'know what though Mon, I...", "they say Mon, \"no such thing...\""; not "I can't stand Ross, he's...", nor "don't
#: hit Drake, you just wait").
_END = r"\s*(?:[.!?…]|$)|\s*,\s+(?:I\b|let's\b|[\"“])"
_LOOSE_END = lazy(_END)
_EN_LOOSE = lazy(rf"(?<=[a-z]\s)((?:{TITLE}\s+)?{WORD}(?:\s+{WORD})?)(?={_END})")
ZH_LOOSE = lazy(r"(?:(?<=[呢吗啊吧嘛呀哦你])|(?<=对不对|是不是|好不好|行不行)|(?<=对吧|好吗))(?![呢吗啊吧嘛呀哦])"
               r"([\u4e00-\u9fff]{2,4})(?=[，。！？,.!?…]|$)")  # "干嘛呢莫妮卡？": after the last particle
#: A name glued to the yes that opens a reply ("好的鲁医生。", "好嘞尤叔！", "来了王姐！"): said to the one who asked.
_ZH_YES_NAME = lazy(r"(?:^|[。！？!?…，,~～]\s*)(?:好的|好嘞|好咧|得嘞|来了|来啦|收到|知道了)([\u4e00-\u9fff]{2,4})(?=[，。！？,.!?…~～]|$)")




def loose_names(text: str) -> list[str]:
    """Names said to someone at the end of a sentence or clause without a comma ("What's up Joe?", "你在干嘛呢莫妮卡？"),
    unless the word before takes them as an object ("I met Joe."), after a greeting (:func:`greeted`), or glued to the
    yes that opens a reply ("好的鲁医生。": :func:`yes_named`).

    >>> loose_names("What's up Joe? I met Ross."), loose_names("你在干嘛呢莫妮卡？")
    (['Joe'], ['莫妮卡'])
    """
    if has_han(text):
        return [m.group(1) for m in ZH_LOOSE.finditer(text)] + [m.group(1) for m in _ZH_YES_NAME.finditer(text)]
    return [m.group(1) for m in _EN_LOOSE.finditer(text) if _said_to(text, m.start(), m.end())] \
        + [name for _, name in greeted(text)]


def yes_named(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` is glued to the yes that opens a reply or a sentence: "好的鲁医生。",
    "好嘞尤叔！" (said to the one who asked; not "挺好的王老师", a yes inside a clause).

    >>> yes_named("好的鲁医生。", 2), yes_named("他人挺好的王老师。", 5)
    (True, False)
    """
    return any(m.start(1) == start for m in _ZH_YES_NAME.finditer(text))


def yes_name(text: str) -> str | None:
    """The name glued to the yes opening ``text`` ("好的鲁医生。阿姨，……": 鲁医生), said to the one who asked or called.

    >>> yes_name("好的鲁医生。阿姨，您帮我按住它。"), yes_name("他人挺好的王老师。")
    ('鲁医生', None)
    """
    m = _ZH_YES_NAME.match(text.strip())
    return m.group(1) if m else None


def said_loosely(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is said to someone with no comma: closing a sentence or a clause after a word
    that takes no object, or after a greeting (:func:`greeted`).

    >>> said_loosely("What's up Joe?", 10, 13), said_loosely("I met Joe.", 6, 9), said_loosely("Hey Joe what's up?", 4, 7)
    (True, False, True)
    """
    before = text[:start]
    return _LOOSE_END.match(text, end) is not None and before[-1:].isspace() and _said_to(text, start, end) \
        or any(at == start for at, _ in greeted(text))


def _said_to(text: str, start: int, end: int) -> bool:
    """Whether the words before the name at ``text[start:end]`` leave it said to someone: a word that takes no object
    (:func:`loose_before`), not a name described (:data:`_DESCRIBED`) or said as a word (:func:`_said_word`), or a
    verb and its particle (:data:`_CLAUSE_ENDED`)."""
    before = text[:start]
    words = before.split()
    if not words or _DESCRIBED.search(before):
        return False
    return loose_before(words[-1]) and not _said_word(text, start, end) or _CLAUSE_ENDED.search(before) is not None


def loose_before(word: str) -> bool:
    """Whether a name after ``word`` at the end of a sentence may be said to someone: ``word`` is a lower-case
    word that takes no object ("up" in "What's up Joe?", not "met" in "I met Joe." nor "Puerto" in "Puerto Rican").

    >>> loose_before("up"), loose_before("met"), loose_before("Puerto"), loose_before("double-stuffed")
    (True, False, False, False)
    """
    parts = word.lower().strip("'").split("-")  # "i-in London", "my ex-boyfriend Ross"
    if len(parts) >= 2 and len(parts[0]) > 2 and not parts[1].startswith(parts[0]):
        return False  # "double-stuffed Oreos.", "my brother-in-law Pete.": a compound word before a noun, no call
    return word[:1].islower() and word[-1:].isalpha() and parts[-1] not in _OBJECT_WORDS


#: A name described by an adjective after "that", "the", "your" or a comma is spoken of ("Ross back with that crazy
#: Emily?", "the new Kevin?", "a controlling, neurotic, jealous Emily.", "I want to meet this famous Sandra."); "You're
#: crazy Joe!" still calls Joe, and "the famous" greets ("You must be the famous Yvette.", "The famous Felicity!").
_ADJECTIVES = (r"(?:crazy|stupid|dumb|silly|neurotic|controlling|jealous|evil|nasty|rich|new|other|same|real|annoying|boring|"
               r"creepy|weird|psycho)")
_DESCRIBED = lazy(rf"(?:\b(?:that|this|those|these|your|his|her|our|their)\s+(?:famous|{_ADJECTIVES})|(?:\bthe|,)\s+{_ADJECTIVES})"
                  r"\s+$", re.I)


#: A name said or picked by the speaker, closing a statement: "I'd say Derek.", "I said Abba. I always say Abba.", "I
#: vote Priya." (the word said, no call); not "Like I said Ross, I can't.", "Should I say Mrs. Becker?", "what they say
#: Mon, ..." (said to Ross, to Mon).
_SAID_WORD = lazy(r"(?<!\blike\s)(?<!\bas\s)\b(?:i|we)(?:'d|\s+would|\s+just|\s+already|\s+always|\s+still)?\s+"
                  r"(?:say|said|vote|voted|pick|picked)\s+$", re.I)


def _said_word(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a word the speaker says or picks (:data:`_SAID_WORD`)."""
    return _SAID_WORD.search(text[:start]) is not None and re.match(r"\s*[.!]", text[end:]) is not None


#: A clause ended by a verb and its particle, after which a name is said to someone ("What's going on Joe?", "Hang on
#: Joe"; not "It's going on Broadway").
_CLAUSE_ENDED = lazy(r"(?:\bwhat(?:'s|\s+is|\s+was)\s+(?:going|goin')|\b(?:hold|hang|come))\s+on\s+$", re.I)


#: A name opening a sentence before "you" and a verb ("Pheebs you didn't have to", not "Ross you mean?").
_NAME_YOU = lazy(rf"(?:^|[.!?,]\s+)(?!{YOU_VERB}\b)({WORD})(?=\s+you\s+(?!(?:mean|know|guys|two|all)\b)[a-z])")


def names_before_you(text: str) -> list[str]:
    """Capitalised words opening a sentence before "you" and a verb, as a name called is ("Pheebs you didn't have to").
    Words such as "Unless" or "Whenever" stand there too: :mod:`.speakers` takes one only where the dialogue also writes
    it inside a sentence.

    >>> names_before_you("Pheebs you didn't have to. Thank you so much. Ross you mean?")
    ['Pheebs']
    """
    return _NAME_YOU.findall(text)


#: A name after a greeting or an interjection with no comma, before the rest of what is said to them ("Hey Joe what's up?",
#: "Oh Pheebs that's so sweet", "Wow Pheebs, you speak Italian?", "Mornin' Pheebs."; not "Oh Lord that's...").
_GREETED = lazy(r"(?:^|[.!?…]\s+)(?i:hey|hi|hello|oh|ooh|aw|wow|morning|mornin'?|evening|thanks)\s+(?!Lord\b|Lordy\b)"
                rf"({WORD})(?=\s*[,.!?…]|\s*$|\s+(?:what|what's|how|how's|that's|that|this|it's|i|i'm|we|we're|you|you're|"
                r"your|where|why|can|could|would|will|do|did|don't|guess|let's|look|come|sorry|listen|please|wait)\b)")


def greeted(text: str) -> list[tuple[int, str]]:
    """Names said after a greeting or an interjection with no comma, with where each starts.

    >>> greeted("Hey Joe what's up? Oh Ross is here. Oh Lord that's bad.")
    [(4, 'Joe')]
    """
    return [(m.start(1), m.group(1)) for m in _GREETED.finditer(text)]


#: The first sentence of a turn when it is a name alone ("Rach?", "Jack. Could you...", "Joey? Joey Tribbiani?").
_FIRST_SENTENCE = lazy(rf"^\W*({WORD}(?:\s+{WORD}){{0,2}})\s*(?:[.!?…]|$)")


#: What the rest of a turn says to the one called by a first name alone ("Jack. Could you...?"; not "Boss! Wow.", nor
#: "I'm mad at my agent." - "Estelle? Why?": the one spoken of).
_TO_YOU = lazy(r"\b(?:you|your|you're|yours)\b", re.I)
_TITLE_ALONE = lazy(rf"^{TITLE}$")
#: A turn that is a name alone, called or asked ("Rachel!", "Ross?"; not "Fancy.").
_CALLED_TURN = lazy(rf"^\W*{WORD}(?:\s+{WORD}){{0,2}}\s*[!?]+\W*$")


#: A bidding opening a sentence, in the imperative ("Tell her.", "Come on, I'm serious!", "Don't touch that."): said to
#: the one just cried to (not "Come out!", "Come down here!": a summons of one away).
_BIDS = (r"(?:Tell|Come(?!\s+(?:on\s+)?(?:out|down|in|up|back|over|here)\b)|Get|Give|Help|Say|Show|Sit|Take|Put|"
         r"Bring|Hold|Open|Close|Leave|Grab|Hand|Pass|Ask|Check|Turn|Move|Keep|Drop|Answer|Explain|Pick|Stop|Wait|"
         r"Listen|Look|Don't)")
#: A name cried alone heading a sentence, then a bidding ("Roderick! Tell her.", "Yes. Magda! Stop."; group ``n``).
_CRY_THEN_BID = lazy(rf"(?:^\W*|[.!?…]\s+)(?P<n>[A-Z][a-z][\w'-]*)\s*!+\s+{_BIDS}(?![\w'-])")


def cried_names(turns: Sequence[Turn]) -> set[str]:
    """The known first names cried alone heading a sentence, then bid something ("Roderick! Tell her.", "Magda! Stop
    it."): a call to the one who answers, as "Roderick, tell her." is, where the one answering next has spoken before
    (not one just come in, who may answer for the room); not a name the turn before said, which is taken up ("My wife,
    Samira." - "Samira! Tell her I said hello.": one known, not one present), nor "Hurry! Come on." (no first name).

    >>> t = [Turn("c", "1", "B", "Hi."), Turn("c", "2", "A", "She won't believe me. Roderick! Tell her."),
    ...      Turn("c", "3", "B", "Hurry! Come on.")]
    >>> sorted(cried_names(t)), sorted(cried_names(t[1:]))
    (['Roderick'], [])
    >>> said = [Turn("c", "1", "A", "Samira."), Turn("c", "2", "B", "Samira! Tell her."), Turn("c", "3", "A", "Ok.")]
    >>> sorted(cried_names(said))
    []
    """
    return {name for i in range(len(turns)) for name in _cried_in(turns, i)}


def _cried_in(turns: Sequence[Turn], i: int) -> set[str]:
    """The names turn ``i`` cries, then bids (see :func:`cried_names`)."""
    me = turns[i].speaker
    answer = next((t.speaker for t in turns[i + 1:i + 3] if t.speaker != me), None)
    if answer is None or all(t.speaker != answer for t in turns[:i]):
        return set()  # nobody answers, or one just come in
    out = set()
    for m in _CRY_THEN_BID.finditer(turns[i].text.replace("’", "'")):
        name = m.group("n")
        if gender_of_name(name) is not None and not (i and turns[i - 1].speaker != me
                                                     and re.search(rf"\b{name}\b", turns[i - 1].text)):
            out.add(name)
    return out


def called_alone(piece: str, turns: Sequence[Turn], i: int, written: set[str]) -> bool:
    """Whether ``piece``, said alone as the first sentence of turn ``i`` (or as its last, answered) ("Rach?", "Mon! I'm so happy for you!", "Jack.
    Could you come in?"), reads as a name called: a first name people bear ("Jack", "Joey Tribbiani"), a short form of one
    the talk writes (``written``: "Mon" of "Monica", "Rach" of "Rachel") or of many known first names, said to "you" or
    called ("Rach?": :func:`.pronouns.cut_short_name`), or a word the next speaker answers as a call
    ("Pheebs?" - "Yeah?") or by calling the caller back ("Ottoline! Your father's here." - "Tell him I'm busy,
    Greta.": :func:`.named_back.answered_by_name`). A first name alone must be said to "you" in the rest of the turn, or be the whole turn, called
    or asked ("Rachel!", not "Fancy."), and said elsewhere in the talk. "Hurry!", "Coffee?" or "Speech!" are none of these, nor a word in a list ("Bagel. Mail. Jail.")
    or a name said after the first sentence ("Hi, nice to meet you. Kate Miller." introduces the speaker).

    >>> t = [Turn("c", "1", "A", "Pheebs?"), Turn("c", "2", "B", "Yeah?")]
    >>> mon, coffee = [Turn("c", "1", "A", "Mon! Wow.")], [Turn("c", "1", "A", "Coffee?"), Turn("c", "2", "B", "Sure.")]
    >>> called_alone("Pheebs", t, 0, set()), called_alone("Mon", mon, 0, {"Monica"}), called_alone("Coffee", coffee, 0, set())
    (True, True, False)
    """
    text = turns[i].text
    first = _FIRST_SENTENCE.match(text)
    if piece in _cried_in(turns, i):
        return True  # "Roderick! Tell her.": a first name cried, then bid
    if _TITLE_ALONE.match(piece) or any(word != piece and word.startswith(piece) and not plausible_name(word, frozenset())
                                        for word in written):
        return False  # "Doctor?"; "See you on Monday." - "Mon!" - "What?": a day cut short
    if first is None or first.group(1) != piece:  # "Thank you. Mon?" - "Hmm?": a name alone answered as a call
        return (answers_call(turns, i) or asked_alone_answered(turns, i, piece)) \
            and re.search(rf"(?:^|[.!?…]\s+){re.escape(piece)}\s*[?!.…]+\s*$", text) is not None  # "Temitope?" - "I ..."
    rest = text[first.end():]
    if gender_of_name(piece) is not None and (_TO_YOU.search(rest) or _CALLED_TURN.match(text) and any(
            piece in turn.text for j, turn in enumerate(turns) if j != i)):
        return True  # "Mon! I'm so happy for you!", "Jack. Could you come in?"; "Rachel!" where Rachel is spoken of too
    if " " not in piece and len(piece) >= 3 and any(
            word != piece and word.startswith(piece) and gender_of_name(word) is not None for word in written):
        return True
    if cut_short_name(piece) and (_TO_YOU.search(rest) or _CALLED_TURN.match(text)):
        return True  # "Rach?", "Mon! I'm so happy for you!": a first name cut short, called
    return answers_call(turns, i) or answered_by_name(turns, i, piece)  # "Ottoline! Your tea." - "Thanks, Greta."

"""Names said to someone without a comma to set them off, for :mod:`.speakers`: at the end of a sentence after a word
that takes no object ("What's up Joe?", "你在干嘛呢莫妮卡？"; not "I met Joe."), or opening a sentence before "you" and a
verb ("Pheebs you didn't have to"; not "Thank you so much", "Unless you...").
"""

from __future__ import annotations

from .framework import lazy
from .names import TITLE, WORD

__all__ = ["YOU_VERB", "ZH_LOOSE", "loose_before", "loose_names", "names_before_you"]

_HAN = lazy(r"[\u4e00-\u9fff]")

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
how's
""".split())
_EN_LOOSE = lazy(rf"(?<=[a-z]\s)((?:{TITLE}\s+)?{WORD}(?:\s+{WORD})?)(?=\s*(?:[.!?…]|$))")
ZH_LOOSE = lazy(r"(?:(?<=[呢吗啊吧嘛呀哦你])|(?<=对不对|是不是|好不好|行不行)|(?<=对吧|好吗))(?![呢吗啊吧嘛呀哦])"
               r"([\u4e00-\u9fff]{2,4})(?=[，。！？,.!?…]|$)")  # "干嘛呢莫妮卡？": after the last particle




def loose_names(text: str) -> list[str]:
    """Names said to someone at the end of a sentence without a comma ("What's up Joe?", "你在干嘛呢莫妮卡？"),
    unless the word before takes them as an object ("I met Joe.").

    >>> loose_names("What's up Joe? I met Ross."), loose_names("你在干嘛呢莫妮卡？")
    (['Joe'], ['莫妮卡'])
    """
    if _HAN.search(text):
        return [m.group(1) for m in ZH_LOOSE.finditer(text)]
    return [m.group(1) for m in _EN_LOOSE.finditer(text) if loose_before(text[:m.start()].split()[-1])]


def loose_before(word: str) -> bool:
    """Whether a name after ``word`` at the end of a sentence may be said to someone: ``word`` is a lower-case
    word that takes no object ("up" in "What's up Joe?", not "met" in "I met Joe." nor "Puerto" in "Puerto Rican").

    >>> loose_before("up"), loose_before("met"), loose_before("Puerto")
    (True, False, False)
    """
    last = word.lower().strip("'").split("-")[-1]  # "i-in London", "my ex-boyfriend Ross"
    return word[:1].islower() and word[-1:].isalpha() and last not in _OBJECT_WORDS


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

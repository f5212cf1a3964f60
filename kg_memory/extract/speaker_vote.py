"""From votes to names, for :mod:`.speakers`: which speaker bears each name the dialogue calls someone by.

:mod:`.speakers` reads each turn and gives votes: a name said to someone counts for the one who answers and the one
spoken to before; an introduction counts for the speaker. :class:`Tally` keeps them, and :func:`assign` gives each
name to the speaker with the clearest votes for it, as a careful listener would settle it at the end of the talk:

* one name belongs to one speaker, and the votes must be enough and most of the name's votes; the confidence grows
  with the votes and that share (:func:`calibrated`); forms of one name ("Rach" and "Rachel", "Pheebs" and "Phoebe":
  :func:`same_name`) count together, and one who says any of them bears none, unless introduced by one ("I'm Ross");
* a speaker may bear more than one name ("Tom Gordon", "Tommy", "Mr. Gordon"), but a name called in one turn only for
  a speaker whom the others call by an unrelated name in two turns or more (by any of its forms: "Phoebe, ..." ... "Oh
  hey, Pheebs!"), with more votes, was most likely said to someone else ("Pheebs!" ... "Hey, Pheebs" ... "Oh, and Ross,
  ..." to the same answerer: Ross is another person). Forms of
  one name ("Rach", "Rachel"; "菲比", "菲波"; "钱德勒·宾", "宾先生") and a title with a surname ("Mr. Geller",
  "盖勒博士"), a register of its own beside a first name, are no rivals.

>>> from kg_memory.types import Turn
>>> t = Tally()
>>> for i in ("1", "3"):
...     t.add("Ann", "Ann", "Speaker 2", 1.0, Turn("c", i, "Speaker 1", "Ann?"))
>>> t.add("Bob", "Bob", "Speaker 2", 1.0, Turn("c", "5", "Speaker 3", "Bob?"))
>>> [(f.subject.label, f.object) for f in assign(t, {}, 1.0, 0.59)]
[('Speaker 2', 'Ann')]
"""

from __future__ import annotations

import dataclasses
import re

from ..types import Entity, Fact, Turn
from .base import make_fact
from .framework import lazy
from .lang import has_han
from .names import TITLE_HEAD
from .surname_calls import same_surname_call

__all__ = ["NUMBERED", "Tally", "assign", "calibrated", "name_key", "same_name"]

#: Labels of speakers who are to be named: "Speaker 2", "speaker_1", "说话人3" (a placeholder with a number).
NUMBERED = lazy(r"^(?:speaker|spk|说话人|发言人|person|人物)\s*[_-]?\s*\d+$", re.I)
#: A Chinese name with a title after it: "盖勒先生", "汉尼根夫人", "盖勒博士".
_ZH_TITLED = lazy(r"(?:先生|夫人|太太|女士|小姐|医生|博士|教授)$")
#: Titles of a woman before a surname.
_HER_TITLE = lazy(r"^(?:Mrs|Ms|Miss)\.?\s+(?=[A-Z])")
#: The vote of an introduction ("I'm Ross"): also the weight :mod:`.speakers` gives one.
INTRODUCED = 3.0


def name_key(name: str) -> str:
    """What the forms of one name share: "Chandler" for "Chandler Bing", "钱德勒" for "钱德勒·宾"; a surname after "Mrs",
    "Ms" or "Miss" keeps the title, as a wife and her husband share a surname ("Mr Fitch" and "Mrs Fitch" are two).

    >>> name_key("Dr. Chandler Bing".replace(".", "")), name_key("钱德勒·宾"), name_key("Ms Fitch"), name_key("Mr Fitch")
    ('Chandler', '钱德勒', 'Mrs Fitch', 'Fitch')
    """
    if has_han(name):
        return name.split("·")[0]
    key = TITLE_HEAD.sub("", name).split()[0]
    return f"Mrs {key}" if _HER_TITLE.match(name) else key


@dataclasses.dataclass
class Tally:
    """The votes of one dialogue: ``votes[key][speaker]``, the forms of each name said to or by each speaker (with the
    first turn of each), the turns that called each speaker by each name, and the names speakers introduced themselves by."""

    votes: dict[str, dict[str, float]] = dataclasses.field(default_factory=dict)
    forms: dict[tuple[str, str], dict[str, Turn]] = dataclasses.field(default_factory=dict)
    called: dict[tuple[str, str], set[str]] = dataclasses.field(default_factory=dict)
    introduced: set[tuple[str, str]] = dataclasses.field(default_factory=set)

    def add(self, key: str, name: str, speaker: str, weight: float, turn: Turn) -> None:
        """Count ``weight`` for ``speaker`` bearing the name ``key`` (said as ``name`` in ``turn``)."""
        counter = self.votes.setdefault(key, {})
        counter[speaker] = counter.get(speaker, 0.0) + weight
        if weight >= INTRODUCED:
            self.introduced.add((key, speaker))
        else:
            self.called.setdefault((key, speaker), set()).add(turn.turn)
        if name:
            self.forms.setdefault((key, speaker), {}).setdefault(name, turn)


def calibrated(strength: float) -> float:
    """The confidence of a name whose votes have ``strength`` (0..1: ``1 - 0.5 ** votes`` times the share of
    the name's votes the speaker has). Fitted to the share of names the annotation does not contradict on
    DialogRE's train split (measured only): about 0.63 at strength 0.4, 0.7 at 0.6, 0.87 at 0.9.

    >>> calibrated(0.5)
    0.65
    """
    return round(min(0.95, 0.35 + 0.6 * strength), 3)


def assign(tally: Tally, said_by: dict[str, set[str]], least: float, min_confidence: float) -> list[Fact]:
    """Each name to the speaker with the clearest votes for it (one speaker per name), at ``min_confidence`` or
    more, less the names heard once for a speaker the others firmly call otherwise (see the module docstring).
    ``said_by[key]`` holds the speakers who say the name themselves: none of them bears it."""
    options = []
    for key in tally.votes:
        forms = [k for k in tally.votes if k == key or same_name(k, key)]  # "Rach" and "Rachel": one person's votes
        barred = set(said_by.get(key, ())) | {s for k in forms for s in said_by.get(k, ())  # one introduced by a form
                                              if not any((f, s) in tally.introduced for f in forms)}  # ("I'm Ross") may say another
        allowed: dict[str, float] = {}
        for k in forms:
            for s, v in tally.votes[k].items():
                if s not in barred and v > 0:
                    allowed[s] = allowed.get(s, 0.0) + v
        total = sum(allowed.values())
        for speaker, count in allowed.items():
            if NUMBERED.match(speaker) and count >= least and (key, speaker) in tally.forms and count >= 0.5 * total:
                options.append((count, count / total, speaker, key))
    chosen: list[tuple[float, float, str, str]] = []
    taken: set[str] = set()
    for count, share, speaker, key in sorted(options, key=lambda o: (-o[0], -o[1], o[2], o[3])):
        if key in taken:
            continue
        taken.add(key)
        confidence = calibrated((1 - 0.5 ** count) * share)
        if confidence >= min_confidence:
            chosen.append((count, confidence, speaker, key))
    facts: list[Fact] = []
    for count, confidence, speaker, key in chosen:
        if len(tally.called.get((key, speaker), ())) == 1 and (key, speaker) not in tally.introduced \
                and not _titled(tally.forms[(key, speaker)]) and any(
                other == speaker and rival != key and votes > count and _firm(tally, speaker, rival)
                and not _related(tally.forms[(key, speaker)], tally.forms[(rival, speaker)])
                for votes, _, other, rival in chosen):
            continue  # "Oh hey, Pheebs!" ... "Hey, Pheebs!" ... "Oh, hey, Ross.": Ross is someone else
        for name, turn in tally.forms[(key, speaker)].items():
            facts.append(make_fact(Entity(speaker, "Person"), "alternateName", name, confidence, turn))
    return facts


#: Letters a short form of a name may end in beyond its stem ("Pheebs" of "Phoebe", "Joey" of "Joe") and the vowels
#: left out of a name's consonants.
_VOWELS = lazy(r"[aeiouy]+")


def same_name(a: str, b: str) -> bool:
    """Whether the names ``a`` and ``b`` (Latin script) are forms of one person's name: one is the start of the other
    ("Rach", "Rachel"; "Mon", "Monica"; "Joe", "Joey"), or they share their first two letters and the consonants of the
    shorter, less a closing "s", open the other's ("Pheebs", "Phoebe"); not "Ray" and "Rachel", nor "Phil" and "Phoebe",
    nor "Emma" and "Emily". Chinese names are told apart by :mod:`.speakers` already, but for calls by one surname (老钱,
    钱叔, 钱老板: :mod:`.surname_calls`).

    >>> same_name("Rach", "Rachel"), same_name("Pheebs", "Phoebe"), same_name("Phil", "Phoebe"), same_name("Ray", "Rachel")
    (True, True, False, False)
    """
    if has_han(a) or has_han(b):
        return same_surname_call(a, b)  # 老钱, 钱叔, 钱老板: one man (:mod:`.surname_calls`)
    if len(a) < 3 or len(b) < 3:
        return False
    a, b = sorted((a.lower(), b.lower()), key=len)
    if b.startswith(a):
        return True
    short, long_ = _VOWELS.sub("", a[1:]).rstrip("s"), _VOWELS.sub("", b[1:])
    return a[:2] == b[:2] and len(short) >= 2 and long_.startswith(short)


def _firm(tally: Tally, speaker: str, key: str) -> bool:
    """Whether the others call ``speaker`` by the name ``key`` in two turns or more, by any of its forms ("Phoebe"
    in one turn, "Pheebs" in another)."""
    turns = {t for k in tally.votes if k == key or same_name(k, key) for t in tally.called.get((k, speaker), ())}
    return len(turns) >= 2


def _titled(names: dict[str, Turn]) -> bool:
    """Whether a form of a name is a title with a surname ("Mr Geller", "盖勒博士")."""
    return any(TITLE_HEAD.match(name) or _ZH_TITLED.search(name) for name in names)


def _related(names: dict[str, Turn], others: dict[str, Turn]) -> bool:
    """Whether two names may be forms of one: "Rach" and "Rachel", "Pheebs" and "Phoebe", "Joe" and "Joey" (the same
    first two letters), "菲比" and "菲波" (the same first character), "钱德勒·宾" and "宾先生" (a part of one in the other).

    >>> _related({"Pheebs": None}, {"Phoebe": None}), _related({"宾先生": None}, {"钱德勒·宾": None})
    (True, True)
    >>> _related({"Ross": None}, {"Phoebe": None})
    False
    """
    for a in names:
        for b in others:
            if has_han(a) or has_han(b):
                if a[:1] == b[:1] or any(p and p in b for p in a.split("·")) or any(p and p in a for p in b.split("·")):
                    return True
            elif a[:2].lower() == b[:2].lower():
                return True
    return False

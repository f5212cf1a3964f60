"""Arguments and pair features of the learned extractor (no torch here).

A turn is read with the turns before it (:data:`WINDOW`). Its *arguments* are the speaker, the
person spoken to (when "you"/"你" or "we"/"我们" occurs), people a "he"/"she" refers to, and names found by simple
means: capitalised spans and "Speaker N" in English, jieba's ``nr``/``ns``/``nt`` tags in Chinese.
A turn becomes one :class:`TurnInput`: hashed token ids of the window (the current turn first), names
masked (the model never sees them), and per argument the positions of its mentions (its name, the
speaker's label, "I"/"you"/"he" resolved to it). The window is encoded once per turn; each ordered
argument pair is classified from the states at its two arguments' mentions.

>>> from kg_memory.types import Turn
>>> turns = [Turn("c", "1", "Speaker 1", "Ross is my brother.")]
>>> [a.label for a in arguments(turns, 0)]
['Speaker 1', 'Ross']
>>> row = turn_input(turns, 0)
>>> row.pairs(), row.mentions  # "Speaker 1" before the colon and "my"; the masked name "Ross"
([(0, 1), (1, 0)], ((0, 4), (2,)))
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from ...types import Entity, Turn
from ..lang import detect_language

__all__ = ["KINDS", "MAX_LEN", "TurnInput", "VOCAB", "WINDOW", "arguments", "tokens", "turn_input"]

#: Turns read before the current one.
WINDOW = 2
#: Tokens per input (the current turn first, then the window, cut to fit).
MAX_LEN = 80
#: Hash buckets of word and suffix ids (ids below ``_SPECIAL`` are reserved).
VOCAB = 1 << 15
PAD, SEP, NAME = 0, 1, 4
_SPECIAL = 8

_TOKEN = re.compile(r"Speaker \d+|[A-Za-z]+(?:'[a-z]+)?|\d+|[\u3400-\u9fff]|[^\s\w]")
_FIRST = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd", "我"}
_SECOND = {"you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "你", "您"}
#: "we" said to someone: the person spoken to is a candidate argument ("We're roommates, remember?")
_WE = {"we", "we're", "we've", "we'll", "we'd", "us", "our"}
_THIRD = {"he", "him", "his", "she", "her", "hers", "he's", "she's", "他", "她"}
_COMMON = set("""
i a an the and or but if so oh ah hey hi hello yeah yes no ok okay well um uh hmm wow what who where when why how
this that these those there here it its it's he she they we you my your his her our their me him them us
is are was were be been do does did have has had will would can could should may might must shall
not don't can't won't isn't aren't wasn't didn't doesn't i'm you're we're they're that's what's there's let's
mr mrs ms miss dr sir god jesus christ monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
please thanks thank sorry look listen come go get all just now then maybe really right okay alright
good great nice fine sure honey sweetie baby dude man guys guy everybody everyone anyway actually
mom dad mommy daddy mother father grandma grandpa granny sis bro
""".split())
_PLACE_WORDS = re.compile(r"\b(?:City|York|Street|Park|Island|Beach|Hotel|Airport|County|Lake)\b")
_ORG_WORDS = re.compile(r"\b(?:University|College|School|Inc|Corp|Company|Hospital|Museum|Bank|Institute|Co)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|visit|visited|near)\s*$", re.I)
_NAME_SPAN = re.compile(r"Speaker \d+|[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)*")
_ZH_TYPES = {"nr": "Person", "nrfg": "Person", "nrt": "Person", "ns": "Place", "nt": "Organization"}
_ZH_NAME_GLUE = set("的是在和说了也就都还把被给跟与对向从着过吗呢吧啊呀么")


@functools.lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def dictionary_entry(word: str) -> tuple[str, int]:
    """jieba's part-of-speech tag and count of ``word`` in its dictionary (``("", 0)`` for a word it lacks).

    >>> dictionary_entry("加班")[0], dictionary_entry("加班")[1] > 300
    ('v', True)
    """
    tagger = _tagger()
    tagger.tokenizer.check_initialized()
    return tagger.word_tag_tab.get(word, ""), tagger.tokenizer.FREQ.get(word, 0)


def _hash(text: str) -> int:
    return _SPECIAL + zlib.crc32(text.encode("utf-8")) % (VOCAB - _SPECIAL)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` of ``text``: words, numbers, single Han characters, punctuation.

    >>> [t for t, _, _ in tokens("I'm Ross.") ]
    ["I'm", 'Ross', '.']
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _english_names(text: str) -> list[Entity]:
    found: list[Entity] = []
    for m in _NAME_SPAN.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in _COMMON and not words[0].startswith("Speaker"):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        start = m.start() + m.group().index(words[0])
        if _ORG_WORDS.search(name):
            kind = "Organization"
        elif _PLACE_WORDS.search(name) or _PLACE_BEFORE.search(text[:start]):
            kind = "Place"
        else:
            kind = "Person"
        found.append(Entity(name, kind))
    return found


def _surnames_joined(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba's words with a surname it tags as a name alone joined to the given name it tags after it: 冼|红梅 and
    穆|小川 (a rarer surname, cut from the given name) are 冼红梅 and 穆小川; 向|小川 (向 a preposition there) stays."""
    from ..chinese.lexicon import CALLED_SURNAMES, SURNAMES  # a Chinese text only: English never loads them

    out: list[tuple[str, str]] = []
    for word, flag in pieces:
        if out and len(word) == 2 and flag.startswith("nr") and out[-1][1] == "nr" \
                and (out[-1][0] in SURNAMES or out[-1][0] in CALLED_SURNAMES):
            out[-1] = (out[-1][0] + word, "nr")
            continue
        out.append((word, flag))
    return out


def _chinese_names(text: str) -> list[Entity]:
    found: list[Entity] = []
    pieces = _surnames_joined([(w.word, w.flag) for w in _tagger().cut(text)])
    for i, (word, flag) in enumerate(pieces):
        kind = _ZH_TYPES.get(flag)
        if kind is None or len(word) < 2:
            continue
        if kind == "Person" and len(word) == 2 and i + 1 < len(pieces):
            nxt = pieces[i + 1][0]
            # jieba cuts an unknown three-character name after two characters: 文剑 | 平
            if len(nxt) == 1 and re.match(r"[\u4e00-\u9fff]", nxt) and nxt not in _ZH_NAME_GLUE \
                    and pieces[i + 1][1] in ("ng", "n", "nr", "a", "x", "vg", "ag"):
                word += nxt
        if kind == "Person" and len(word) >= 3 and word[0] in "和跟与对给把被":
            word = word[1:]  # jieba tags a conjunction or preposition into the name: 罗斯和|瑞秋 read as 和瑞秋
        found.append(Entity(word, kind))
    found.extend(Entity(m.group(), "Person") for m in re.finditer(r"Speaker \d+", text))
    return found


def names(text: str) -> list[Entity]:
    """The named people, places and organisations of ``text``, each once, in order.

    >>> [(e.label, e.type) for e in names("Ross lives in Paris with Rachel Green.")]
    [('Ross', 'Person'), ('Paris', 'Place'), ('Rachel Green', 'Person')]
    """
    return list(_names(text))


@functools.lru_cache(maxsize=8192)
def _names(text: str) -> tuple[Entity, ...]:
    raw = _chinese_names(text) if detect_language(text) == "zh" else _english_names(text)
    out: list[Entity] = []
    for entity in raw:
        if all(e.label != entity.label for e in out):
            out.append(entity)
    return tuple(out)


def _has(text: str, words: set[str]) -> bool:
    return any(t.lower() in words for t, _, _ in tokens(text))


#: A kinship word the turn opens with, said to the addressee ("Mom, ...", "爸，...").
_KIN_VOCATIVE = re.compile(r"^\W*(?:(?:oh|hey|hi|well)[,\s]+)?(?P<w>mom|mommy|mother|dad|daddy|father|grandma|grandpa|"
                           r"granny|honey|sweetie|sis|bro|妈妈|妈|爸爸|爸|奶奶|爷爷|姥姥|姥爷|老公|老婆|亲爱的)\s*[,，!！]",
                           re.I)


def _vocative_end(text: str) -> int:
    """Where an opening kinship vocative ends in ``text`` (0 when there is none)."""
    m = _KIN_VOCATIVE.match(text)
    return m.end("w") if m else 0


def _speaks_to(text: str) -> bool:
    """Whether ``text`` says "you" or "we", or opens by calling the addressee "Mom", "Dad"..."""
    return _has(text, _SECOND) or _has(text, _WE) or "我们" in text or "咱们" in text or _vocative_end(text) > 0


def _addressee(turns: Sequence[Turn], index: int) -> Entity | None:
    """The speaker of the latest earlier turn by someone else (the one "you" most likely means)."""
    turn = turns[index]
    for j in range(index - 1, max(-1, index - 4), -1):
        if turns[j].conversation == turn.conversation and turns[j].speaker != turn.speaker:
            return Entity(turns[j].speaker, "Person")
    for j in range(index + 1, min(len(turns), index + 2)):
        if turns[j].conversation == turn.conversation and turns[j].speaker != turn.speaker:
            return Entity(turns[j].speaker, "Person")
    return None


def _window(turns: Sequence[Turn], index: int) -> list[int]:
    turn = turns[index]
    before = [j for j in range(max(0, index - WINDOW), index) if turns[j].conversation == turn.conversation]
    return [*before, index]


def _third(turns: Sequence[Turn], index: int) -> Entity | None:
    """The person "he"/"she" of turn ``index`` most likely means: the last person named before it."""
    for j in reversed(_window(turns, index)[:-1]):
        people = [e for e in names(turns[j].text) if e.type == "Person" and e.label != turns[index].speaker]
        if people:
            return people[-1]
    return None


def arguments(turns: Sequence[Turn], index: int) -> list[Entity]:
    """The candidate arguments of turn ``index``: speaker, addressee, "he"/"she", names (in order)."""
    turn = turns[index]
    found = [Entity(turn.speaker, "Person")]
    if _speaks_to(turn.text):
        addressee = _addressee(turns, index)
        if addressee is not None:
            found.append(addressee)
    found.extend(names(turn.text))
    if _has(turn.text, _THIRD):
        third = _third(turns, index)
        if third is not None:
            found.append(third)
    out: list[Entity] = []
    for entity in found:
        if all(e.label != entity.label for e in out):
            out.append(entity)
    return out[:8]


#: Kinds of argument (an embedding each): the speaker of the turn, the person "you" means, the person
#: "he"/"she" means, a named person, place or organisation.
KINDS = ("speaker", "addressee", "third", "Person", "Place", "Organization")
#: Marks of a token: 0 a word, 1 a name (masked), 2 a word referring to an argument ("I", "you", "she",
#: the speaker's own label before the colon).
MARKS = 3


@dataclass(frozen=True)
class TurnInput:
    """One turn read with its window, as model input: tokens, and where each argument is mentioned.

    The window is encoded once; every ordered pair of :attr:`arguments` is then classified from the
    states at the two arguments' mentions (:attr:`mentions`, token positions per argument).
    """

    arguments: tuple[Entity, ...]
    kinds: tuple[int, ...]
    ids: tuple[int, ...]
    suffixes: tuple[int, ...]
    segments: tuple[int, ...]
    marks: tuple[int, ...]
    mentions: tuple[tuple[int, ...], ...]

    def pairs(self) -> list[tuple[int, int]]:
        """Ordered pairs ``(i, j)`` of arguments, both mentioned in the window."""
        live = [i for i, m in enumerate(self.mentions) if m]
        return [(i, j) for i in live for j in live if i != j]


def _refers(token: str, turn: Turn, addressee: Entity | None, third: Entity | None) -> str | None:
    """The label of the argument ``token`` refers to ("I" the speaker, "you" the addressee...), if any."""
    low = token.lower()
    if low in _FIRST:
        return turn.speaker
    if low in _SECOND or low in _WE:  # "we": the speaker (marked by the label) and the person spoken to
        return addressee.label if addressee is not None else None
    if low in _THIRD:
        return third.label if third is not None else None
    return None


def _encode_turn(turns: Sequence[Turn], j: int, mentioned: Sequence[str],
                 segment: int) -> list[tuple[int, int, int, int, str | None]]:
    """``(id, suffix, segment, mark, referent)`` per token of turn ``j``, the speaker first; a name is one token."""
    turn = turns[j]
    addressee = _addressee(turns, j) if _speaks_to(turn.text) else None
    vocative = _vocative_end(turn.text)
    third = _third(turns, j) if _has(turn.text, _THIRD) else None
    spans: list[tuple[int, int, str]] = []
    for label in mentioned:  # longest first: "Rachel Green" before "Rachel"
        for m in re.finditer(re.escape(label), turn.text):
            if all(m.end() <= s or e <= m.start() for s, e, _ in spans):
                spans.append((m.start(), m.end(), label))
    out = [(NAME, 0, segment, 2, turn.speaker), (_hash(":"), 0, segment, 0, None)]
    last_span = None
    for token, start, end in tokens(turn.text):
        span = next((s for s in spans if s[0] <= start and end <= s[1]), None)
        if span is not None:
            if span is not last_span:
                out.append((NAME, 0, segment, 1, span[2]))
            last_span = span
            continue
        last_span = None
        low = token.lower()
        referent = addressee.label if end <= vocative and addressee is not None else _refers(token, turn, addressee, third)
        if low == "们" and start > 0 and turn.text[start - 1] in "我咱" and addressee is not None:
            referent = addressee.label  # 我们: the speaker and the person spoken to
        out.append((_hash(low), _hash("~" + low[-3:]) if len(low) > 3 else 0, segment, 2 if referent else 0, referent))
    return out


def turn_input(turns: Sequence[Turn], index: int) -> TurnInput:
    """Turn ``index`` with its window, and its :func:`arguments` with their kinds and mentions."""
    turn = turns[index]
    args = arguments(turns, index)
    window = _window(turns, index)
    mentioned = sorted({e.label for j in window for e in names(turns[j].text)}, key=len, reverse=True)
    rows = _encode_turn(turns, index, mentioned, 1)
    for j in reversed(window[:-1]):
        rows += [(SEP, 0, 0, 0, None)] + _encode_turn(turns, j, mentioned, 0)
    rows = rows[:MAX_LEN]
    addressee = _addressee(turns, index) if _speaks_to(turn.text) else None
    third = _third(turns, index) if _has(turn.text, _THIRD) else None
    named = {e.label for e in names(turn.text)}
    kinds = []
    for a in args:
        if a.label == turn.speaker:
            kinds.append(0)
        elif a.label not in named and addressee is not None and a.label == addressee.label:
            kinds.append(1)
        elif a.label not in named and third is not None and a.label == third.label:
            kinds.append(2)
        else:
            kinds.append(KINDS.index(a.type) if a.type in KINDS else 3)
    mentions = tuple(tuple(k for k, row in enumerate(rows) if row[4] == a.label) for a in args)
    ids, suffixes, segments, marks, _ = zip(*rows)
    return TurnInput(tuple(args), tuple(kinds), ids, suffixes, segments, marks, mentions)


def arrays(inputs: Sequence[TurnInput], pairs: Sequence[Sequence[tuple[int, int]]] | None = None) -> dict:
    """Padded numpy arrays of ``inputs`` and their pairs (default: every pair of each input).

    ``ids``, ``suffixes``, ``segments``, ``marks``: ``(turns, length)``. Each argument (numbered
    across the inputs) has its mentions: ``mention_turn``, ``mention_position`` and ``mention_argument``
    per mention, and ``kind`` per argument. ``subject``, ``object``: the two arguments of each pair;
    ``turn``: the input of each pair.
    """
    import numpy as np

    length = max(len(x.ids) for x in inputs)
    out = {}
    for field in ("ids", "suffixes", "segments", "marks"):
        table = np.zeros((len(inputs), length), dtype=np.int64)
        for r, x in enumerate(inputs):
            table[r, :len(x.ids)] = getattr(x, field)
        out[field] = table
    chosen = pairs if pairs is not None else [x.pairs() for x in inputs]
    m_turn: list[int] = []
    m_pos: list[int] = []
    m_arg: list[int] = []
    kind: list[int] = []
    turn: list[int] = []
    subject: list[int] = []
    obj: list[int] = []
    for r, (x, these) in enumerate(zip(inputs, chosen)):
        base = len(kind)
        for a, positions in enumerate(x.mentions):
            m_turn += [r] * len(positions)
            m_pos += positions
            m_arg += [base + a] * len(positions)
        kind += x.kinds
        for a, b in these:
            turn.append(r)
            subject.append(base + a)
            obj.append(base + b)
    for name, values in (("mention_turn", m_turn), ("mention_position", m_pos), ("mention_argument", m_arg),
                         ("kind", kind), ("turn", turn), ("subject", subject), ("object", obj)):
        out[name] = np.asarray(values, dtype=np.int64)
    return out

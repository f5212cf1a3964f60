"""Arguments and pair features of the learned extractor (no torch here).

A turn is read with the turns before it (:data:`WINDOW`). Its *arguments* are the speaker, the
person spoken to (when "you"/"你" occurs), people a "he"/"she" refers to, and names found by simple
means: capitalised spans and "Speaker N" in English, jieba's ``nr``/``ns``/``nt`` tags in Chinese.
Each ordered pair of arguments becomes one :class:`PairInput`: hashed token ids of the window, with
every mention of the first argument marked as subject, of the second as object, other names masked.

>>> from kg_memory.types import Turn
>>> turns = [Turn("c", "1", "Speaker 1", "Ross is my brother.")]
>>> [a.label for a in arguments(turns, 0)]
['Speaker 1', 'Ross']
>>> pairs = list(pair_inputs(turns, 0))
>>> len(pairs), pairs[0].subject.label, pairs[0].object.label
(2, 'Speaker 1', 'Ross')
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ...types import Entity, Turn
from ..lang import detect_language

__all__ = ["DIST", "MAX_LEN", "PairInput", "VOCAB", "WINDOW", "arguments", "pair_inputs", "tokens"]

#: Turns read before the current one.
WINDOW = 2
#: Tokens per input (the current turn first, then the window, cut to fit).
MAX_LEN = 80
#: Hash buckets of word and suffix ids (ids below ``_SPECIAL`` are reserved).
VOCAB = 1 << 15
PAD, SEP, SUBJ, OBJ, NAME = 0, 1, 2, 3, 4
#: Distances of a token to the subject and the object are clipped to this many tokens.
DIST = 8
_SPECIAL = 8
#: Roles of a token: 0 other, 1 subject mention, 2 object mention; segments: 0 window, 1 current turn.

_TOKEN = re.compile(r"Speaker \d+|[A-Za-z]+(?:'[a-z]+)?|\d+|[\u3400-\u9fff]|[^\s\w]")
_FIRST = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd", "我"}
_SECOND = {"you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "你", "您"}
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


def _chinese_names(text: str) -> list[Entity]:
    found: list[Entity] = []
    pieces = [(w.word, w.flag) for w in _tagger().cut(text)]
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
    if _has(turn.text, _SECOND):
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


@dataclass(frozen=True)
class PairInput:
    """One ordered argument pair of one turn, as model input."""

    subject: Entity
    object: Entity
    ids: tuple[int, ...]
    suffixes: tuple[int, ...]
    roles: tuple[int, ...]
    segments: tuple[int, ...]
    to_subject: tuple[int, ...] = ()
    to_object: tuple[int, ...] = ()


def _refers(token: str, entity: Entity, turn: Turn, addressee: Entity | None, third: Entity | None) -> bool:
    low = token.lower()
    if low in _FIRST:
        return turn.speaker == entity.label
    if low in _SECOND:
        return addressee is not None and addressee.label == entity.label
    if low in _THIRD:
        return third is not None and third.label == entity.label
    return False


def _encode_turn(turns: Sequence[Turn], j: int, pair: tuple[Entity, Entity], mentioned: list[str],
                 segment: int) -> list[tuple[int, int, int, int]]:
    """``(id, suffix, role, segment)`` per token of turn ``j``, the speaker first."""
    turn = turns[j]
    addressee = _addressee(turns, j) if _has(turn.text, _SECOND) else None
    third = _third(turns, j) if _has(turn.text, _THIRD) else None
    spans = []
    for label in mentioned:
        for m in re.finditer(re.escape(label), turn.text):
            spans.append((m.start(), m.end(), label))
    speaker_role = 1 if turn.speaker == pair[0].label else 2 if turn.speaker == pair[1].label else 0
    out = [(NAME if speaker_role == 0 else (SUBJ if speaker_role == 1 else OBJ), 0, speaker_role, segment),
           (_hash(":"), 0, 0, segment)]
    for token, start, end in tokens(turn.text):
        span = next((s for s in spans if s[0] <= start and end <= s[1]), None)
        if span is not None:
            role = 1 if span[2] == pair[0].label else 2 if span[2] == pair[1].label else 0
            tid = (NAME, SUBJ, OBJ)[role]
            out.append((tid, 0, role, segment))
            continue
        low = token.lower()
        role = 0
        for k, entity in enumerate(pair):
            if _refers(token, entity, turn, addressee, third):
                role = k + 1
        out.append((_hash(low), _hash("~" + low[-3:]) if len(low) > 3 else 0, role, segment))
    return out


def pair_inputs(turns: Sequence[Turn], index: int) -> Iterator[PairInput]:
    """Every ordered pair of :func:`arguments` of turn ``index`` as a :class:`PairInput`."""
    args = arguments(turns, index)
    window = _window(turns, index)
    mentioned = sorted({e.label for j in window for e in names(turns[j].text)}, key=len, reverse=True)
    for a in args:
        for b in args:
            if a.label == b.label:
                continue
            rows = _encode_turn(turns, index, (a, b), mentioned, 1)
            for j in reversed(window[:-1]):
                rows += [(SEP, 0, 0, 0)] + _encode_turn(turns, j, (a, b), mentioned, 0)
            rows = rows[:MAX_LEN]
            ids, suffixes, roles, segments = zip(*rows)
            yield PairInput(a, b, ids, suffixes, roles, segments, _distances(roles, 1), _distances(roles, 2))


def _distances(roles: Sequence[int], role: int) -> tuple[int, ...]:
    """Per token, its distance to the nearest token of ``role``, clipped to [-DIST, DIST] and shifted to
    ``0..2*DIST``; ``2*DIST + 1`` when no token has the role."""
    where = [i for i, r in enumerate(roles) if r == role]
    if not where:
        return (2 * DIST + 1,) * len(roles)
    return tuple(DIST + max(-DIST, min(DIST, min((i - w for w in where), key=abs))) for i in range(len(roles)))

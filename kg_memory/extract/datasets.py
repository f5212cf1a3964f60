"""Evaluation and training data for extractors: readers, the PersonaExt split, mapping tables.

The data sets are read from where they lie (``../shared/data`` beside a checkout); they are never
copied into the repository, and nothing here downloads anything.

* PersonaExt (``personaext_dnli/personaext_union_devtest.jsonl``): one utterance, one gold
  (head, relation, tail) triple. :func:`personaext_split` assigns each utterance to ``"train"``
  (80%) or ``"test"`` (20%) once and for all, by a hash of its normalised text, so that the same
  sentence annotated twice never lands on both sides. A training script trains on ``"train"`` only;
  benchmarks score ``"test"`` only.
* DialogRE (``dialogre/{en,cn}/train.json``): dialogues with annotated (x, y, relations) pairs.
  Its licence is non-commercial research: measure and choose models on it, never train the weights
  that ship. Its dev and test splits are reserved and are not read here.
* Mapping tables (``benchmarks/mappings/*.csv``): a data set's relation -> vocabulary predicates,
  with the direction of (x, y) against (subject, object); see :func:`read_mapping`.

>>> personaext_split("i love my dog .")
'train'
>>> personaext_split("I  love my dog.") == personaext_split("i love my dog .")
True
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from ..types import Turn

__all__ = [
    "DialogRE",
    "Mapping",
    "PersonaRow",
    "Relation",
    "TEST_SHARE",
    "iter_gold_pairs",
    "personaext_split",
    "read_dialogre",
    "read_mapping",
    "read_personaext",
]

#: The share of PersonaExt utterances held out for testing.
TEST_SHARE = 0.2
Direction = Literal["same", "reversed", "either"]


def _normalise(text: str) -> str:
    """Lower case, word characters only, single spaces: "I  love my dog." -> "i love my dog"."""
    return " ".join(re.findall(r"\w+", text.lower()))


def personaext_split(text: str) -> Literal["train", "test"]:
    """``"test"`` for 20% of texts, ``"train"`` for the rest: a fixed function of the normalised text."""
    digest = hashlib.sha256(_normalise(text).encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:8], "big") % 10_000 < TEST_SHARE * 10_000 else "train"


@dataclass(frozen=True)
class PersonaRow:
    """One PersonaExt utterance and its gold triple (head "i" means the speaker)."""

    text: str
    head: str
    relation: str
    tail: str


def read_personaext(path: str | Path, split: Literal["train", "test", "all"] = "all") -> list[PersonaRow]:
    """The utterances of a PersonaExt JSONL file, restricted to one side of :func:`personaext_split`."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if split == "all" or personaext_split(r["text"]) == split:
                    rows.append(PersonaRow(r["text"], r["head"], r["relation"], r["tail"]))
    return rows


@dataclass(frozen=True)
class Relation:
    """An annotated pair of a DialogRE dialogue: argument names and the relations between them."""

    x: str
    y: str
    relations: tuple[str, ...]
    triggers: tuple[str, ...] = ()


@dataclass(frozen=True)
class DialogRE:
    """One DialogRE dialogue as turns (speakers "Speaker 1"...) and its annotated pairs."""

    id: str
    turns: tuple[Turn, ...]
    pairs: tuple[Relation, ...]


_SPEAKER_LINE = re.compile(r"^\s*(Speaker [^:：]{1,40}?)\s*[:：]\s*(.*)$", re.S)


def read_dialogre(path: str | Path, prefix: str = "dialogre") -> list[DialogRE]:
    """The dialogues of a DialogRE ``train.json``; a turn's speaker is the part before its colon."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for number, (lines, notes) in enumerate(data):
        conv = f"{prefix}-{number}"
        turns: list[Turn] = []
        for line in lines:
            m = _SPEAKER_LINE.match(line)
            speaker, text = (m.group(1), m.group(2).strip()) if m else ("Speaker", line.strip())
            if text:
                turns.append(Turn(conv, str(len(turns) + 1), speaker, text))
        pairs = tuple(
            Relation(a["x"], a["y"], tuple(a["r"]), tuple(a.get("t", ())))
            for a in notes
        )
        out.append(DialogRE(conv, tuple(turns), pairs))
    return out


@dataclass(frozen=True)
class Mapping:
    """A data set's relations mapped to vocabulary predicates.

    ``accepted[relation]`` lists ``(predicate, direction)``: ``"same"`` when the data set's (x, y)
    is the fact's (subject, object), ``"reversed"`` when it is (object, subject), ``"either"`` for a
    relation that holds both ways. ``primary[relation]`` is the one pair an extractor trained on the
    data set should emit; a relation mapped to nothing has no entry in either.
    """

    accepted: dict[str, tuple[tuple[str, Direction], ...]]
    primary: dict[str, tuple[str, Direction]]
    relations: frozenset[str]

    def predicates(self, relation: str) -> tuple[str, ...]:
        """The predicates accepted for ``relation`` (any direction)."""
        return tuple(p for p, _ in self.accepted.get(relation, ()))

    def accepts(self, relation: str, predicate: str, reversed_: bool) -> bool:
        """Whether a fact ``(subject, predicate, object)`` states ``relation`` of (x, y).

        ``reversed_`` is True when the fact's subject is y and its object x.
        """
        for p, direction in self.accepted.get(relation, ()):
            if p == predicate and (direction == "either" or (direction == "reversed") == reversed_):
                return True
        return False


def read_mapping(path: str | Path) -> Mapping:
    """Read a mapping table: CSV with ``relation,predicate,direction,primary`` columns.

    A relation's rows list the predicates accepted for it; the row with ``primary`` = ``yes`` is
    the one to emit. A row with an empty predicate marks a relation the vocabulary cannot express.
    """
    with open(path, encoding="utf-8", newline="") as f:
        return _mapping(csv.DictReader(row for row in f if not row.startswith("#")))


def _mapping(rows: Iterable[dict[str, str]]) -> Mapping:
    accepted: dict[str, list[tuple[str, Direction]]] = {}
    primary: dict[str, tuple[str, Direction]] = {}
    relations = set()
    for row in rows:
        relation, predicate = row["relation"].strip(), (row.get("predicate") or "").strip()
        relations.add(relation)
        if not predicate:
            continue
        direction = (row.get("direction") or "same").strip()
        if direction not in ("same", "reversed", "either"):
            raise ValueError(f"{relation}: direction {direction!r} is not same, reversed or either")
        pair = (predicate, cast(Direction, direction))
        accepted.setdefault(relation, []).append(pair)
        if (row.get("primary") or "").strip().lower() == "yes":
            primary[relation] = pair
    return Mapping({k: tuple(v) for k, v in accepted.items()}, primary, frozenset(relations))


def iter_gold_pairs(dialogues: Iterable[DialogRE], skip: str = "unanswerable") -> Iterator[tuple[DialogRE, Relation]]:
    """Each annotated pair with at least one relation other than ``skip``, with its dialogue."""
    for dialogue in dialogues:
        for pair in dialogue.pairs:
            if any(r != skip for r in pair.relations):
                yield dialogue, pair

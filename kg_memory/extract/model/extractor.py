"""The learned extractor: argument pairs of each turn classified by the shipped :class:`RelationNet`.

Torch is imported when the first extractor is built, never by ``import kg_memory``. Confidences are
softmax probabilities at the calibrated temperature of ``config.json``; a pair becomes a fact when
its best label is not "no relation" and its probability reaches ``threshold``. A relation that holds
both ways (siblings, friends...) is kept once, and so is a parent/child or boss/employee pair stated
from both sides. Speakers known only as "Speaker N" are named from how the others address them
(:func:`speaker_names`): ``(Speaker 2, alternateName, "Ross")``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path

from ...errors import KGMemoryError
from ...types import Entity, Fact, Turn
from ..base import make_fact
from .features import PairInput, names, pair_inputs

__all__ = ["MODEL_DIR", "ModelExtractor", "speaker_names"]

logger = logging.getLogger(__name__)

#: The folder of the shipped weights (``weights.npz``, ``config.json``, ``MODEL_CARD.md``).
MODEL_DIR = Path(__file__).resolve().parent
_SYMMETRIC = {"spouse", "partner", "dated", "sibling", "relative", "friend", "roommate", "neighbor", "acquaintance",
              "classmate", "colleague", "alternateName"}
_INVERSE = {"parent": "child", "child": "parent", "boss": "employee", "employee": "boss"}
_OBJECT_TYPE = {"livesIn": "Place", "visited": "Place", "birthPlace": "Place", "nationality": "Place",
                "worksFor": "Organization", "educatedAt": "Organization", "founded": "Organization"}
_GENERIC_SPEAKER = re.compile(r"^Speaker \d+$")


class ModelExtractor:
    """Relations between the people, places and organisations of a dialogue, read by a small trained model.

    Parameters
    ----------
    threshold:
        The least calibrated probability of a fact.
    folder:
        Where ``weights.npz`` and ``config.json`` lie (default: the shipped model).
    name_speakers:
        Also name "Speaker N" speakers from how others address them.
    """

    def __init__(self, threshold: float = 0.9, folder: str | Path | None = None, name_speakers: bool = True) -> None:
        import numpy as np
        import torch

        from .net import RelationNet

        self.threshold = threshold
        self.name_speakers = name_speakers
        folder = Path(folder) if folder is not None else MODEL_DIR
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            arrays = np.load(folder / "weights.npz")
        except OSError as exc:
            raise KGMemoryError(f"no extractor model in {folder}: {exc}") from exc
        self.labels: tuple[str, ...] = tuple(config["labels"])
        self.temperature = float(config.get("temperature", 1.0))
        torch.set_num_threads(max(1, min(torch.get_num_threads(), 2)))
        self._net = RelationNet(labels=len(self.labels))
        self._net.load_state_dict({k: torch.from_numpy(arrays[k].astype(np.float32)) for k in arrays.files})
        self._net.eval()

    def __repr__(self) -> str:
        return f"ModelExtractor(threshold={self.threshold})"

    def _probabilities(self, inputs: Sequence[PairInput]) -> list[list[float]]:
        import torch

        from .net import batch

        out: list[list[float]] = []
        with torch.inference_mode():
            for i in range(0, len(inputs), 256):
                logits = self._net(*batch(inputs[i:i + 256]))
                out.extend(torch.softmax(logits / self.temperature, dim=-1).tolist())
        return out

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return the facts stated in ``turns`` (best read as whole conversations)."""
        inputs: list[PairInput] = []
        owners: list[int] = []
        for i, turn in enumerate(turns):
            if not turn.text.strip():
                continue
            for pair in pair_inputs(turns, i):
                inputs.append(pair)
                owners.append(i)
        facts: dict[tuple[str, str, str], Fact] = {}
        for pair, owner, probs in zip(inputs, owners, self._probabilities(inputs) if inputs else []):
            best = max(range(1, len(probs)), key=probs.__getitem__)
            if probs[best] < self.threshold:
                continue
            predicate = self.labels[best]
            s, o = pair.subject.label, pair.object.label
            keys = [(s, predicate, o)]
            if predicate in _SYMMETRIC:
                keys.append((o, predicate, s))
            if predicate in _INVERSE:
                keys.append((o, _INVERSE[predicate], s))
            seen = next((k for k in keys if k in facts), None)
            if seen is not None:
                if facts[seen].confidence < probs[best]:
                    facts[seen] = _with_confidence(facts[seen], probs[best])
                continue
            subject = Entity(s, "Person")
            obj: Entity | str = o if predicate == "alternateName" else Entity(o, _OBJECT_TYPE.get(predicate, "Person"))
            facts[keys[0]] = make_fact(subject, predicate, obj, probs[best], turns[owner])
        out = list(facts.values())
        if self.name_speakers:
            out.extend(speaker_names(turns))
        logger.debug("model: %d facts from %d turns (%d pairs)", len(out), len(turns), len(inputs))
        return out


def _with_confidence(fact: Fact, confidence: float) -> Fact:
    """``fact`` with a new confidence (rounded as :func:`make_fact` does)."""
    import dataclasses

    return dataclasses.replace(fact, confidence=round(min(1.0, confidence), 3))


_EN_INTRO = re.compile(r"\b(?:I'm|I am|my name is|call me)\s+([A-Z][a-z]+)")
_ZH_INTRO = re.compile(r"(?:我是|我叫|我的名字是)([\u4e00-\u9fff]{2,3})")


_LEAD = re.compile(r"^(?:(?:hey|hi|oh|well|thanks|okay|ok|look|listen|yes|no|嘿|喂|哦)[,，\s]*)?"
                   r"(?P<n>[^,，!！?？.。\s][^,，!！?？.。]{0,30}?)\s*[,，!！?？.。]", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAIL = re.compile(r"[,，]\s*(?P<n>[^,，!！?？.。]{1,30}?)\s*[.。!！?？]*$")


def _vocatives(text: str) -> list[str]:
    """Names ``text`` addresses: at its start or end, set off by punctuation ("Ross, ...", "..., Ross!").

    Only the short pieces at the two ends are read for names (jieba's tagging of a whole turn is what
    made naming speakers slow).

    >>> _vocatives("Hey Ross, look."), _vocatives("Come here, Ross!"), _vocatives("Ross lives here.")
    (['Ross'], ['Ross'], [])
    """
    found: list[str] = []
    stripped = text.strip()
    for m in (_LEAD.match(stripped), _TAIL.search(stripped)):
        if m is None:
            continue
        piece = m.group("n").strip()
        if len(piece) > 8 if _HAN.search(piece) else not piece[:1].isupper() or piece.count(" ") > 2:
            continue  # too long for a Chinese name, or not a capitalised name of at most three words
        for entity in names(piece):
            if entity.type == "Person" and entity.label == piece and not _GENERIC_SPEAKER.match(entity.label) \
                    and entity.label not in found:
                found.append(entity.label)
    return found


def _vote(votes: dict[str, dict[str, float]], speaker: str, name: str, weight: float) -> None:
    counter = votes.setdefault(speaker, {})
    counter[name] = counter.get(name, 0.0) + weight


def speaker_names(turns: Sequence[Turn], least: float = 1.0) -> list[Fact]:
    """``(Speaker N, alternateName, name)`` for speakers others address by a name (votes over the dialogue).

    A name said as a vocative votes for the next speaker (1) and the one before (0.5); "I'm Ross" /
    "我叫罗斯" votes twice for the speaker. A speaker's best name needs ``least`` votes and half of the
    speaker's votes, and goes to one speaker only.

    >>> t = [Turn("c", "1", "Speaker 1", "Ross, come here!"), Turn("c", "2", "Speaker 2", "What?"),
    ...      Turn("c", "3", "Speaker 1", "Hey Ross, look."), Turn("c", "4", "Speaker 2", "Okay.")]
    >>> [(f.subject.label, f.object) for f in speaker_names(t)]
    [('Speaker 2', 'Ross')]
    """
    votes: dict[str, dict[str, float]] = {}
    first_turn: dict[tuple[str, str], Turn] = {}
    for i, turn in enumerate(turns):
        intro = (_ZH_INTRO if re.search(r"[\u4e00-\u9fff]", turn.text) else _EN_INTRO).search(turn.text)
        if intro:
            _vote(votes, turn.speaker, intro.group(1), 2.0)
            first_turn.setdefault((turn.speaker, intro.group(1)), turn)
        for name in _vocatives(turn.text):
            for j, weight in ((i + 1, 1.0), (i - 1, 0.5)):
                if 0 <= j < len(turns) and turns[j].conversation == turn.conversation \
                        and turns[j].speaker != turn.speaker:
                    _vote(votes, turns[j].speaker, name, weight)
                    first_turn.setdefault((turns[j].speaker, name), turn)
    best: dict[str, tuple[str, float, float]] = {}
    # a speaker's best-voted name, if it has enough votes, goes to the speaker it has most votes for
    for speaker, counter in votes.items():
        if not _GENERIC_SPEAKER.match(speaker) or not counter:
            continue
        name, count = max(counter.items(), key=lambda kv: (kv[1], kv[0]))
        share = count / sum(counter.values())
        if count >= least and share >= 0.5:
            if name not in best or best[name][1] < count:
                best[name] = (speaker, count, share)
    facts = []
    for name, (speaker, count, share) in best.items():
        confidence = min(0.95, 0.5 + 0.1 * count) * share
        facts.append(make_fact(Entity(speaker, "Person"), "alternateName", name, confidence,
                               first_turn[(speaker, name)]))
    return facts

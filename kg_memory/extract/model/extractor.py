"""The learned extractor: argument pairs of each turn classified by the shipped relation classifier.

The network runs in numpy (:mod:`.infer`; torch is needed only to train it). Each turn's window is
encoded once, and all turns of a call go through the network in a few batched matrix products.
Confidences are softmax probabilities at the calibrated temperature of ``config.json``; a pair becomes a fact when
its best label is not "no relation" and its probability reaches ``threshold``. A relation that holds
both ways (siblings, friends...) is kept once, and so is a parent/child or boss/employee pair stated
from both sides. Speakers known only as "Speaker N" are named from how the others address them
(:func:`~kg_memory.extract.speakers.speaker_names`, re-exported here): ``(Speaker 2, alternateName, "Ross")``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from ...errors import KGMemoryError
from ...types import Entity, Fact, Turn
from ..base import make_fact
from ..speakers import speaker_names  # re-exported: the vote lives in extract/speakers.py
from .features import TurnInput, arrays, turn_input
from .infer import NumpyNet

__all__ = ["MODEL_DIR", "ModelExtractor", "speaker_names"]

logger = logging.getLogger(__name__)

#: The folder of the shipped weights (``weights.npz``, ``config.json``, ``MODEL_CARD.md``).
MODEL_DIR = Path(__file__).resolve().parent
_SYMMETRIC = {"spouse", "partner", "dated", "sibling", "relative", "friend", "roommate", "neighbor", "acquaintance",
              "classmate", "colleague", "alternateName"}
_INVERSE = {"parent": "child", "child": "parent", "boss": "employee", "employee": "boss"}
_OBJECT_TYPE = {"livesIn": "Place", "visited": "Place", "birthPlace": "Place", "nationality": "Place",
                "worksFor": "Organization", "educatedAt": "Organization", "founded": "Organization"}


class ModelExtractor:
    """Relations between the people, places and organisations of a dialogue, read by a small trained model.

    Parameters
    ----------
    threshold:
        The least calibrated probability of a fact (default: the ``threshold`` of ``config.json``, chosen
        on held-out generated data when the model was trained; 0.97 if it has none).
    folder:
        Where ``weights.npz`` and ``config.json`` lie (default: the shipped model).
    name_speakers:
        Also name "Speaker N" speakers from how others address them.
    """

    def __init__(self, threshold: float | None = None, folder: str | Path | None = None,
                 name_speakers: bool = True) -> None:
        import numpy as np

        self.name_speakers = name_speakers
        folder = Path(folder) if folder is not None else MODEL_DIR
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            arrays = np.load(folder / "weights.npz")
        except OSError as exc:
            raise KGMemoryError(f"no extractor model in {folder}: {exc}") from exc
        self.threshold = float(threshold if threshold is not None else config.get("threshold", 0.97))
        self.labels: tuple[str, ...] = tuple(config["labels"])
        self.temperature = float(config.get("temperature", 1.0))
        self._net = NumpyNet({k: arrays[k] for k in arrays.files})
        self._threads = _one_blas_thread()

    def __repr__(self) -> str:
        return f"ModelExtractor(threshold={self.threshold})"

    def _best(self, inputs: Sequence[TurnInput]) -> list[tuple[int, float]]:
        """Per pair of each input (in :meth:`TurnInput.pairs` order): its best relation and its probability."""
        out: list[tuple[int, float]] = []
        with self._threads():
            out.extend(self._batched(inputs))
        return out

    def _batched(self, inputs: Sequence[TurnInput]) -> list[tuple[int, float]]:
        out: list[tuple[int, float]] = []
        for i in range(0, len(inputs), 128):
            probs = self._net.probabilities(arrays(inputs[i:i + 128]), self.temperature)
            best = probs[:, 1:].argmax(axis=1) + 1
            out.extend(zip(best.tolist(), probs[range(len(best)), best].tolist()))
        return out

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return the facts stated in ``turns`` (best read as whole conversations)."""
        inputs: list[TurnInput] = []
        owners: list[int] = []
        for i, turn in enumerate(turns):
            if not turn.text.strip():
                continue
            row = turn_input(turns, i)
            if row.pairs():
                inputs.append(row)
                owners.append(i)
        pairs = [(x.arguments[a], x.arguments[b], owner) for x, owner in zip(inputs, owners) for a, b in x.pairs()]
        facts: dict[tuple[str, str, str], Fact] = {}
        for (subject_arg, object_arg, owner), (best, p) in zip(pairs, self._best(inputs) if inputs else []):
            if p < self.threshold:
                continue
            predicate = self.labels[best]
            s, o = subject_arg.label, object_arg.label
            if predicate in _SYMMETRIC and o == turns[owner].speaker:
                s, o = o, s  # a relation that holds both ways is told from the speaker's side
            keys = [(s, predicate, o)]
            if predicate in _SYMMETRIC:
                keys.append((o, predicate, s))
            if predicate in _INVERSE:
                keys.append((o, _INVERSE[predicate], s))
            seen = next((k for k in keys if k in facts), None)
            if seen is not None:
                if facts[seen].confidence < p:
                    facts[seen] = _with_confidence(facts[seen], p)
                continue
            subject = Entity(s, "Person")
            obj: Entity | str = o if predicate == "alternateName" else Entity(o, _OBJECT_TYPE.get(predicate, "Person"))
            facts[keys[0]] = make_fact(subject, predicate, obj, p, turns[owner])
        out = list(facts.values())
        if self.name_speakers:
            out.extend(speaker_names(turns))
        logger.debug("model: %d facts from %d turns (%d pairs)", len(out), len(turns), len(pairs))
        return out


def _one_blas_thread() -> Callable[[], AbstractContextManager]:
    """A context that runs numpy's matrix products on one thread.

    The products are small; with two BLAS threads on shared, busy cores the threads wait on each other
    and the extractor ran 17 times slower (54 against 908 turns per CPU-second, DialogRE English).
    """
    from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


def _with_confidence(fact: Fact, confidence: float) -> Fact:
    """``fact`` with a new confidence (rounded as :func:`make_fact` does)."""
    import dataclasses

    return dataclasses.replace(fact, confidence=round(min(1.0, confidence), 3))

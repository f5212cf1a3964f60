"""The learned extractor: argument pairs of each turn classified by the shipped relation classifier.

The network runs in numpy (:mod:`.infer`; torch is needed only to train it). Each turn's window is
encoded once, and all turns of a call go through the network in a few batched matrix products.
Confidences are softmax probabilities at the calibrated temperature of ``config.json``; a pair becomes a fact when
its best label is not "no relation" and its probability reaches ``threshold``. A relation that holds
both ways (siblings, friends...) is kept once, and so is a parent/child or boss/employee pair stated
from both sides. Speakers known only as "Speaker N" are named from how the others address them
(:func:`speaker_names`): ``(Speaker 2, alternateName, "Ross")``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from ...errors import KGMemoryError
from ...types import Entity, Fact, Turn
from ..base import make_fact
from .features import TurnInput, arrays, names, turn_input
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
_GENERIC_SPEAKER = re.compile(r"^Speaker \d+$")


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


_EN_INTRO = re.compile(r"\b(?:I'm|I am|my name is|call me)\s+([A-Z][a-z]+)\b(?![-'])")
# the name must be the whole rest of the clause: "我叫克里斯汀。", not "我是一个很酷的人"
_ZH_INTRO = re.compile(r"(?:我是|我叫|我的名字是|我名叫)([\u4e00-\u9fff·]{2,5})(?=[，,。！!？?\s]|$)")

#: Words said at the start or end of a turn that are not names ("Wait, ...", "..., man!", "拜托，...").
_NOT_NAMES = frozenset("""
wait aw aww awww oh ooh oohh ohh uh uhm um umm huh eh hm hmm mm mmm whoa wow ho hey hi hello bye goodbye careful
exactly seriously probably promise sorry thanks thank please okay ok yes yeah yep no nope well look listen really
right sure fine great good cool man dude god jesus damn alright heads tails congratulations cheers stop come go what
why how who where when hold easy enough absolutely definitely totally honestly actually anyway again fantastic perfect
wonderful excellent amazing awesome nice gosh geez jeez boy ugh ew yay ah aha ha haha hah oops whoops shh shoot yo
guys everybody everyone sweetie honey baby sweetheart buddy pal sir madam ma'am miss mister mom dad mommy daddy
merry happy welcome morning night evening afternoon yesterday today tomorrow now then here there this that these
those and but or so if because also just still maybe perhaps indeed course anyway anyhow otherwise besides
拜托 谢谢 宝宝 宝贝 亲爱的 天啊 天哪 天呐 好吧 好的 是的 对 不 哦 嗯 啊 哈 嘿 喂 什么 真的 等等 听着 老兄 伙计 兄弟
先生 女士 小姐 夫人 哥们 妈 爸 妈妈 爸爸 各位 大家 朋友 医生 老师 老板 甜心 阿哈 哎呀 哎 唉 对不起 抱歉 没事 当然
加油 再见 晚安 早安 你好 欢迎 恭喜 干杯 谢啦 好啊 是啊 对啊 不是 没错 小子 孩子 亲 哇 哇哦 喔 噢 呃 嗨
""".split())
_INTERJECTION = re.compile(r"(.)\1\1|hh|^(?:u+h+|m+|h+m+|a+h+|o+h+)(?:[-\s].*)?$", re.I)


# a Chinese phrase with a pronoun, particle or number in it, or ending as a role noun ("博士", "舞者"), is no name
_NOT_ZH_NAME = re.compile(r"[的他她你我它一个这那是很在了不没吗呢吧啊]|(?:者|家|员|师|生|士|人|手|工|官|长|迷)$")


def _plausible_name(name: str, lower_words: set[str]) -> bool:
    """Whether a word said to someone may be their name: not an interjection or a common word.

    An English word that the dialogue also uses in lower case ("wait", "careful") is not a name.
    """
    low = name.lower()
    if low in _NOT_NAMES or _INTERJECTION.search(low) or _NOT_ZH_NAME.search(name):
        return False
    return not (name[:1].isupper() and low in lower_words)


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
    lower_words = {w for turn in turns for w in re.findall(r"\b[a-z][a-z']+\b", turn.text)}
    for i, turn in enumerate(turns):
        intro = (_ZH_INTRO if re.search(r"[\u4e00-\u9fff]", turn.text) else _EN_INTRO).search(turn.text)
        if intro and _plausible_name(intro.group(1), lower_words):
            _vote(votes, turn.speaker, intro.group(1), 2.0)
            first_turn.setdefault((turn.speaker, intro.group(1)), turn)
        for name in _vocatives(turn.text):
            if not _plausible_name(name, lower_words):
                continue
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

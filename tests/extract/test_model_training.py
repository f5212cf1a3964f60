"""The learned extractor's pieces without the shipped weights: arguments, generated data, a tiny training run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg_memory.extract.model.features import arguments, names, turn_input
from kg_memory.extract.model.generate import generate
from kg_memory.types import Turn

ROOT = Path(__file__).resolve().parents[2]


def test_arguments_include_speaker_addressee_names_and_pronouns() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Have you met Rachel?"), Turn("c", "2", "Speaker 2", "Yes, you said she is your sister.")]
    assert [a.label for a in arguments(turns, 1)] == ["Speaker 2", "Speaker 1", "Rachel"]


def test_chinese_names_keep_three_characters() -> None:
    assert [e.label for e in names("文剑平毕业于清华大学。")] == ["文剑平", "清华大学"]
    assert [(e.label, e.type) for e in names("张伟的妻子是李娜，住在北京。")] == [
        ("张伟", "Person"), ("李娜", "Person"), ("北京", "Place")]
    assert [e.label for e in names("罗斯和瑞秋是邻居。")] == ["罗斯", "瑞秋"]  # was "和瑞秋" (2026-12-03)


def test_turn_input_marks_each_arguments_mentions() -> None:
    turns = [Turn("c", "1", "Ann", "Ross is my brother.")]
    row = turn_input(turns, 0)
    assert [a.label for a in row.arguments] == ["Ann", "Ross"]
    ann, ross = row.mentions
    assert len(ann) == 2 and len(ross) == 1  # Ann: her label before the colon and "my"; Ross: his (masked) name
    assert row.ids[ross[0]] == row.ids[ann[0]]  # names are masked: the model never sees "Ross" or "Ann"
    assert row.pairs() == [(0, 1), (1, 0)]


def test_a_kinship_vocative_makes_the_addressee_an_argument() -> None:
    turns = [Turn("c", "1", "Speaker 1", "Hi."), Turn("c", "2", "Speaker 2", "Mom, can I borrow the car?")]
    row = turn_input(turns, 1)
    assert [a.label for a in row.arguments] == ["Speaker 2", "Speaker 1"]  # "Mom" is Speaker 1, not a name
    zh = turn_input([Turn("c", "1", "Speaker 1", "你好"), Turn("c", "2", "Speaker 2", "妈，我回来了！")], 1)
    assert [a.label for a in zh.arguments] == ["Speaker 2", "Speaker 1"]


def test_we_makes_the_person_spoken_to_an_argument() -> None:
    # before 2026-12-03 "we" left the addressee out: no pair for "We're roommates" between the two speakers
    turns = [Turn("c", "1", "Speaker 1", "Hi."), Turn("c", "2", "Speaker 2", "We're roommates, remember?")]
    row = turn_input(turns, 1)
    assert [a.label for a in row.arguments] == ["Speaker 2", "Speaker 1"] and (0, 1) in row.pairs()
    zh = turn_input([Turn("c", "1", "Speaker 1", "你好。"), Turn("c", "2", "Speaker 2", "我们是室友啊。")], 1)
    assert [a.label for a in zh.arguments] == ["Speaker 2", "Speaker 1"] and (0, 1) in zh.pairs()


def test_a_question_answered_later_labels_only_the_answer() -> None:
    from kg_memory.extract.model.net import LABELS
    from kg_memory.extract.model.train import examples

    turns = [Turn("c", "1", "Speaker 1", "Is Rachel your sister?"), Turn("c", "2", "Speaker 2", "Yes, she is.")]
    facts = [("Speaker 2", "sibling", "Rachel"), ("Rachel", "sibling", "Speaker 2")]
    rows = examples([(turns, facts, 1)])
    labels = [[LABELS[label] for _, _, label in pairs] for _, pairs in rows]
    assert set(labels[0]) == {"none"}  # the question states nothing
    assert "sibling" in labels[1]
    assert "sibling" in [LABELS[x] for _, pairs in examples([(turns, facts)]) for _, _, x in pairs][:6]


def test_an_annotated_scene_labels_a_pair_only_where_the_window_shows_it() -> None:
    from kg_memory.extract.model.net import LABELS
    from kg_memory.extract.model.train import shown_examples

    lines = [("Speaker 1", "Morning, Priya!"), ("Speaker 2", "Morning. My brother Dev is coming over tonight."),
             ("Speaker 3", "Cool."), ("Speaker 2", "Dev is bringing pie.")]
    turns = [Turn("d", str(i + 1), speaker, text) for i, (speaker, text) in enumerate(lines)]

    def labels(triggers: list[str]) -> list[str]:
        rows = shown_examples([(turns, [("Speaker 2", "sibling", "Dev", triggers)])], keep_none=1.0)
        return [LABELS[label] for row, pairs in rows for a, b, label in pairs
                if (row.arguments[a].label, row.arguments[b].label) == ("Speaker 2", "Dev")]

    # the pair is an argument pair in turns 2 and 4; "brother" (turn 2) is in both windows: the relation twice,
    # never "none"
    assert labels(["brother"]) == ["sibling", "sibling"]
    # a trigger the scene never says: the pair is left out, neither sibling nor "none"
    assert labels(["sister"]) == []


def test_exchanges_are_generated_in_both_languages() -> None:
    import random

    from kg_memory.extract.model.exchanges import answer, pair_statement

    rng = random.Random(4)
    made = [answer(rng) for _ in range(60)] + [pair_statement(rng) for _ in range(60)]
    assert any(first > 0 and facts for _, facts, first in made[:60])  # the answer, not the question, states it
    assert any(not facts for _, facts, _ in made) and any(facts for _, facts, _ in made)
    texts = " ".join(t.text for turns, _, _ in made for t in turns)
    assert "?" in texts and "？" in texts  # English and Chinese questions


def test_the_threshold_is_chosen_on_held_out_precision() -> None:
    import numpy as np

    from kg_memory.extract.model.train import choose_threshold

    probs = np.array([[0.05, 0.95, 0.0], [0.3, 0.7, 0.0], [0.2, 0.0, 0.8], [0.4, 0.6, 0.0]])
    labels = np.array([1, 1, 2, 0])  # the 0.6 pair is wrong: a threshold above 0.6 keeps only right facts
    assert choose_threshold(probs, labels, precision=1.0) == 0.61
    assert choose_threshold(probs, labels, precision=0.7) == 0.5


def test_generated_data_is_reproducible_and_has_negatives() -> None:
    a, b = generate(200, seed=5), generate(200, seed=5)
    assert a == b
    assert 30 < sum(1 for g in a if not g.facts) < 170  # negatives and facts both present


def test_a_tiny_training_run_writes_a_model_the_extractor_loads(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    out = tmp_path / "model"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_extractor.py"), "--dialogues", "60",
                           "--epochs", "1", "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (out / "weights.npz").exists() and (out / "config.json").exists()
    import json

    from kg_memory.extract.model import ModelExtractor

    assert ModelExtractor(folder=out).threshold == json.loads((out / "config.json").read_text())["threshold"]
    extractor = ModelExtractor(folder=out, threshold=0.0)
    facts = extractor.extract([Turn("c", "1", "Ann", "Ross is my brother.")])
    assert all(0.0 <= f.confidence <= 1.0 for f in facts)

    # the extractor's numpy forward pass computes what the torch network trained
    import numpy as np
    import torch

    from kg_memory.extract.model.features import arrays
    from kg_memory.extract.model.infer import NumpyNet
    from kg_memory.extract.model.net import RelationNet, batch

    weights = np.load(out / "weights.npz")
    state = {k: weights[k] for k in weights.files}
    net = RelationNet()
    net.load_state_dict({k: torch.from_numpy(v.astype(np.float32)) for k, v in state.items()})
    net.eval()
    turns = [Turn("c", "1", "Speaker 1", "Have you met Rachel?"),
             Turn("c", "2", "Speaker 2", "Yes, she is my roommate and Ross is her brother.")]
    rows = [turn_input(turns, i) for i in range(2)]
    with torch.no_grad():
        expected = net(*batch(rows)).numpy()
    assert np.allclose(NumpyNet(state).logits(arrays(rows)), expected, atol=1e-4)


def test_training_can_add_scenes_in_dialogres_format(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    import json

    scenes = tmp_path / "scenes"
    scenes.mkdir()
    scene = [["Speaker 1: Hi Ann!", "Speaker 2: Hi! This is my brother Tom.", "Speaker 3: Hey, Ann's told me about you."],
             [{"x": "Speaker 2", "y": "Ann", "r": ["per:alternate_names"], "t": [""]},
              {"x": "Speaker 2", "y": "Tom", "r": ["per:siblings"], "t": ["brother"]}]]
    (scenes / "en.json").write_text(json.dumps([scene] * 3), encoding="utf-8")
    out = tmp_path / "model"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_extractor.py"), "--dialogues", "20",
                           "--epochs", "1", "--scenes", str(scenes), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads((out / "config.json").read_text())["report"]
    assert any("3 dialogues" in source for source in report["sources"]), report["sources"]

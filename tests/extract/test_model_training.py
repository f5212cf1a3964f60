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
    from kg_memory.extract.model import ModelExtractor

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

"""Facts that made the hand-labelled DialogRE sample wrong (benchmarks/labels/extract_precision.csv):
interjections taken for names, "我是一个很酷的人" read as a name, relations of a speaker to itself,
filler verbs kept as habits."""

from __future__ import annotations

import pytest

from kg_memory.extract.model import speaker_names
from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Fact, Turn


def _turns(*texts: str) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {i % 2 + 1}", t) for i, t in enumerate(texts)]


def _names(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in facts if f.predicate in ("name", "alternateName")}


@pytest.mark.parametrize("texts", [
    ("Now our drawers will smell nice.", "Wait, we're supposed to organize the wrapping paper drawer.", "Yes, but..."),
    ("Are they right?", "Probably, yeah... we can wait.", "Yeah, we can wait."),
    ("Tell me about it.", "Uhhhooo.", "C'mon, you know everyone."),
    ("So what do you think?", "Aw, I'm sorry sweetie.", "I know."),
    ("嘿，你在听吗？", "拜托！你在听吗？", "我很抱歉。"),
])
def test_interjections_do_not_name_a_speaker(texts: tuple[str, ...]) -> None:
    assert _names(speaker_names(_turns(*texts))) == set()


def test_a_vocative_name_still_names_the_speaker_addressed() -> None:
    assert _names(speaker_names(_turns("Pheebs, I wanna ask you something.", "Uh-huh, what?"))) == {
        ("Speaker 2", "Pheebs")}


@pytest.mark.parametrize(("text", "expected"), [
    ("我是一个很酷的人。", set()),
    ("我是个不称职的父亲。", set()),
    ("我是博士！", set()),
    ("我叫克里斯汀。", {("Speaker 1", "克里斯汀")}),
])
def test_chinese_self_introductions_name_only_names(text: str, expected: set) -> None:
    assert _names(speaker_names(_turns(text, "你好。"))) == expected


def test_rules_drop_relations_to_oneself_and_filler_habits() -> None:
    facts = RuleExtractor().extract(_turns("How did you do it?", "I always knew you were gonna make it."))
    assert not any(f.predicate == "habit" and str(f.object) == "knew" for f in facts), facts
    from kg_memory.extract.plausible import implausible as _implausible

    s2 = Entity("Speaker 2", "Person")
    assert _implausible(Fact(s2, "partner", Entity("Speaker 2", "Person")))
    assert not _implausible(Fact(s2, "partner", Entity("Monica", "Person")))


def test_the_hand_labelled_sample_is_complete_and_summarised() -> None:
    import importlib.util
    from pathlib import Path

    here = Path(__file__).resolve().parents[2] / "benchmarks"
    spec = importlib.util.spec_from_file_location("extract_labels", here / "extract_labels.py")
    assert spec and spec.loader
    labels = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(labels)
    rows = labels.read(here / "labels" / "extract_precision.csv")
    assert all(r["label"] in labels.LABELS for r in rows)
    assert all(r["dialogue"].startswith(("dialogre-en-", "dialogre-zh-")) for r in rows)
    samples = {labels.sample_of(r) for r in rows}
    assert sum(labels.sample_of(r) == "seed 13" for r in rows) == 200  # the first sample, drawn before the filters
    # one sample of 100 after each pass of issue 13 (2040: after the dated changes and rounds 5-6 of 2026-12-05;
    # 2041: after terms of address and the speaker-naming round of the session after; 2042: at 6616130; 2043: at b40bf8c;
    # 2044: at 9033a58; 2045: at 5e06fdb; 2046: at 0f31dfe; 2047: at 3d94c93; 2048: at 5531059;
    # 2049: at db2b38b; 2050: at f6df1a6; 2051: at e6fe1be; 2052: at 9c32ec0;
    # 2053: at e720835; 2054: at 31e5d7c; 2055: at f167960; 2056: at 77e2f86; 2057: at 0eb59cc;
    # 2058: at 216800c; 2059: at de96815; 2060: at 5a671bf; 2061: at cc4c0c1; 2062: at bc3de43;
    # 2063: at cc2badc; 2064: at 4da9aa2)
    later = [f"seed {n}" for n in range(2026, 2065)]
    assert all(sum(labels.sample_of(r) == seed for r in rows) == 100 for seed in later)
    assert samples == {"seed 13", *later}
    first = labels.summary(here / "labels" / "extract_precision.csv", "seed 13")
    assert first["labelled"] == 200
    assert first["correct_share"] == first["correct"] / 200
    newest = labels.summary(here / "labels" / "extract_precision.csv")  # what benchmarks/extract.py prints
    assert newest["sample"] == "seed 2064" and newest["labelled"] == 100

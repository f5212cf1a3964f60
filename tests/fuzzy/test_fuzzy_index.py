"""Behaviour of the fuzzy entity encoder, index and resolution (tiny CPU configs, fast)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy import (
    EncoderConfig,
    EntityEncoder,
    EntityIndex,
    load_default_encoder,
    resolve,
    train,
    types_compatible,
    variants,
)

NAMES = ["Zhang San", "Li Si", "Wang Wu", "Angela Merkel", "Olaf Scholz", "Emmanuel Macron",
         "Paris", "Berlin", "Acme Corporation", "Zhang Shan", "Beijing", "Shanghai"]
TYPES = ["Person"] * 6 + ["Place"] * 2 + ["Organization", "Person", "Place", "Place"]


@pytest.fixture(scope="module")
def tiny_encoder() -> EntityEncoder:
    config = EncoderConfig(buckets=2048, embed_dim=32, dim=32)
    return train(NAMES * 4, types=TYPES * 4, config=config, epochs=3, batch_size=12, seed=0)


@pytest.fixture(scope="module")
def default_index() -> EntityIndex:
    index = EntityIndex()
    index.add([f"k{i}" for i in range(len(NAMES))], NAMES, TYPES)
    return index


def test_encoder_save_load_round_trip(tiny_encoder: EntityEncoder, tmp_path: Path) -> None:
    tiny_encoder.save(tmp_path / "enc.pt")
    loaded = EntityEncoder.load(tmp_path / "enc.pt")
    assert loaded.config == tiny_encoder.config
    assert torch.equal(loaded.encode(NAMES), tiny_encoder.encode(NAMES))


def test_training_is_deterministic(tiny_encoder: EntityEncoder) -> None:
    again = train(NAMES * 4, types=TYPES * 4, config=EncoderConfig(buckets=2048, embed_dim=32, dim=32),
                  epochs=3, batch_size=12, seed=0)
    assert torch.equal(again.encode(NAMES), tiny_encoder.encode(NAMES))


def test_load_rejects_other_files(tmp_path: Path) -> None:
    (tmp_path / "x.pt").write_bytes(b"not a model")
    with pytest.raises(FuzzyError):
        EntityEncoder.load(tmp_path / "x.pt")


@pytest.mark.parametrize("query", ["zhang san", "ZHANG  SAN", "Zhang Sna", "San Zhang", "Zhang-San",
                                   "Mr. Zhang San", "张三"])
def test_variants_find_the_entity_first(default_index: EntityIndex, query: str) -> None:
    assert default_index.search(query, k=3)[0].name == "Zhang San"


def test_generated_variants_find_their_name(default_index: EntityIndex) -> None:
    for name in ["Angela Merkel", "Emmanuel Macron", "Acme Corporation"]:
        hits = [default_index.search(v, k=1)[0].name == name for v in variants(name, 5, seed=1)]
        assert sum(hits) >= 4, name


def test_mr_zhang_is_found(default_index: EntityIndex) -> None:
    assert "Zhang San" in [m.name for m in default_index.search("Mr. Zhang", k=3)]


def test_resolution_merges_case_and_keeps_close_names_apart(default_index: EntityIndex) -> None:
    index = EntityIndex()
    index.add(["zs"], ["Zhang San"], ["Person"])
    assert resolve(index, "zhang san", "Person").key == "zs"
    assert resolve(index, "Zhang Shan", "Person") is None
    assert resolve(index, "Zhang San", "Place") is None  # a person never joins a place
    assert resolve(index, "zhang san", "Thing").key == "zs"


def test_types_compatible() -> None:
    assert types_compatible("Person", "Person")
    assert types_compatible("Thing", "Place")
    assert not types_compatible("Person", "Place")


def test_search_filters_types(default_index: EntityIndex) -> None:
    assert all(m.type == "Place" for m in default_index.search("Zhang San", k=3, types=["Place"]))


def test_aliases_are_deduplicated() -> None:
    index = EntityIndex()
    index.add(["p1", "p1", "p2"], ["Zhang San", "张三", "Zhang Shan"], ["Person"] * 3)
    assert len(index) == 2 and index.rows == 3
    assert [m.key for m in index.search("Zhang San", k=5)] == ["p1", "p2"]


def test_remove_takes_entity_out(default_index: EntityIndex) -> None:
    index = EntityIndex()
    index.add([f"k{i}" for i in range(len(NAMES))], NAMES, TYPES)
    assert index.remove(["k0", "missing"]) == 1
    assert "k0" not in [m.key for m in index.search("Zhang San", k=5)]
    assert len(index) == len(NAMES) - 1


def test_index_save_load_round_trip(tiny_encoder: EntityEncoder, tmp_path: Path) -> None:
    index = EntityIndex(tiny_encoder)
    index.add([f"k{i}" for i in range(len(NAMES))], NAMES, TYPES)
    index.save(tmp_path / "idx")
    loaded = EntityIndex.load(tmp_path / "idx")
    for q in ["zhang san", "Merkel", "Berlin"]:
        assert loaded.search(q, k=3) == index.search(q, k=3)
    default = EntityIndex()
    default.add(["a"], ["Zhang San"])
    default.save(tmp_path / "d")
    assert not (tmp_path / "d" / "encoder.pt").exists()  # a reference to the packaged encoder
    assert EntityIndex.load(tmp_path / "d").search("zhang san")[0].key == "a"


def test_int8_index_gives_same_top1(default_index: EntityIndex) -> None:
    quantized = EntityIndex(quantize=True)
    quantized.add([f"k{i}" for i in range(len(NAMES))], NAMES, TYPES)
    for q in ["zhang san", "Angla Merkel", "Macron", "berlin", "Acme Corp", "Shanghia"]:
        assert quantized.search(q, k=1)[0].key == default_index.search(q, k=1)[0].key


def test_inverted_file_search_matches_full_scan(tiny_encoder: EntityEncoder) -> None:
    names = [f"{a} {b}" for a in NAMES[:6] for b in ["Alpha", "Beta", "Gamma", "Delta", "Omega"]]
    full = EntityIndex(tiny_encoder)
    ivf = EntityIndex(tiny_encoder, ivf_min=10, nprobe=10_000)
    for index in (full, ivf):
        index.add([str(i) for i in range(len(names))], names)
    assert ivf.search("Li Si Beta", k=3) == full.search("Li Si Beta", k=3)


def test_default_encoder_is_calibrated() -> None:
    encoder = load_default_encoder()
    assert 0.0 < encoder.config.threshold < 1.0
    assert encoder.config.fusion is not None  # scores fuse the cosine with string scores


def test_nomenklatura_f1_at_calibrated_threshold() -> None:
    """The threshold is calibrated on generated pairs only; on nomenklatura's real ones it still
    gives a good F1 (rapidfuzz's WRatio, calibrated the same way, gets 0.733)."""
    data = Path(__file__).resolve().parents[3] / "shared" / "data" / "name_match"
    if not data.is_dir():
        pytest.skip("../shared/data/name_match is absent")
    import csv

    from kg_memory.fuzzy import pair_scores

    with open(data / "nomenklatura_name_bench_cases.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    encoder = load_default_encoder()
    scores = pair_scores(encoder, [r["name1"] for r in rows], [r["name2"] for r in rows])
    same = [r["is_match"] == "true" for r in rows]
    merged = [y for y, s in zip(same, scores) if s >= encoder.config.threshold]
    precision, recall = sum(merged) / len(merged), sum(merged) / sum(same)
    assert precision >= 0.7 and 2 * precision * recall / (precision + recall) >= 0.74


def test_cyrillic_name_finds_its_latin_spelling() -> None:
    index = EntityIndex()
    index.add(["vp", "vz", "am"], ["Vladimir Putin", "Volodymyr Zelenskyy", "Angela Merkel"])
    assert index.search("Владимир Путин", k=1)[0].key == "vp"
    assert index.search("Володимир Зеленський", k=1)[0].key == "vz"


def test_one_wrong_token_scores_below_a_typo() -> None:
    from kg_memory.fuzzy import pair_scores

    encoder = load_default_encoder()
    typo, other, lookalike = pair_scores(
        encoder, ["Olaf Scholz", "Olaf Scholz", "Alexander Lukashenko"],
        ["Olaf Scholze", "Octavian Scholz", "Alexander Lukashevich"])
    assert typo >= encoder.config.threshold
    assert other < typo and lookalike < typo


def test_inverted_file_keeps_finding_after_adds_and_removes(tiny_encoder: EntityEncoder) -> None:
    names = [f"{a} {b} {c}" for a in NAMES for b in ["Alpha", "Beta", "Gamma", "Delta"]
             for c in ["One", "Two", "Three"]]
    full = EntityIndex(tiny_encoder)
    ivf = EntityIndex(tiny_encoder, ivf_min=50, nprobe=10_000)  # every list: equal to a scan
    for index in (full, ivf):
        index.add([str(i) for i in range(100)], names[:100])
        index.add([str(i) for i in range(100, len(names))], names[100:])  # after k-means
        assert index.remove(["3", "120"]) == 2
    for query in ["Li Si Beta Two", "Paris Gamma One", "Zhang San Alpha One"]:
        assert ivf.search(query, k=3) == full.search(query, k=3)
    assert "120" not in [m.key for m in ivf.search(names[120], k=5)]


def test_threshold_for_precision_and_best_f1() -> None:
    from kg_memory.fuzzy.calibration import threshold_for_precision

    scores, labels = [0.9, 0.8, 0.7, 0.6, 0.2], [True, True, False, True, False]
    assert threshold_for_precision(scores, labels, 1.0) == 0.8
    assert threshold_for_precision(scores, labels, None) == 0.6  # F1 6/7 beats 4/5

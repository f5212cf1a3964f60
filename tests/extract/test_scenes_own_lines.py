"""The project's scenes (``benchmarks/data/scenes``) are its own writing: apart from stock replies of a few words
("No.", "Oh my God.", "你好。"), no line says what a line of DialogRE's train split says (a non-commercial set the
scenes must not copy), and each scene is in DialogRE's format with DialogRE's relation labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SCENES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "scenes"
#: Words a line may share with DialogRE: a stock reply of at most this many characters after the speaker.
STOCK = 12


def _said(line: str) -> str:
    return line.split(":", 1)[-1].strip()


@pytest.mark.parametrize("lang, folder", [("en", "en"), ("zh", "cn")])
def test_no_scene_line_copies_dialogre(shared_data: Path, lang: str, folder: str) -> None:
    dialogre = json.loads((shared_data / "dialogre" / folder / "train.json").read_text(encoding="utf-8"))
    theirs = {_said(line) for lines, _ in dialogre for line in lines}
    scenes = json.loads((SCENES / f"{lang}.json").read_text(encoding="utf-8"))
    copied = [(i, line) for i, (lines, _) in enumerate(scenes) for line in lines
              if len(_said(line)) > STOCK and _said(line) in theirs]
    assert not copied, copied


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_scenes_are_in_dialogre_format(lang: str) -> None:
    labels = {row.split(",")[0] for row in (SCENES.parents[1] / "mappings" / "dialogre.csv").read_text().splitlines()
              if row and not row.startswith("#")}
    scenes = json.loads((SCENES / f"{lang}.json").read_text(encoding="utf-8"))
    assert len(scenes) >= 475
    for lines, relations in scenes:
        assert all(line.startswith("Speaker ") and ":" in line for line in lines), lines[:2]
        for rel in relations:
            assert {"x", "y", "r"} <= rel.keys(), rel
            assert set(rel["r"]) <= labels, rel["r"]

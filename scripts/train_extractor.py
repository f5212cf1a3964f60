"""Train the learned extractor's relation classifier and write the shipped weights.

Reproducible: a fixed seed drives the generated data, the shuffling and the initial weights (torch on
CPU, ``--threads`` threads). The shipped weights are trained on generated data only (see
``kg_memory/extract/model/MODEL_CARD.md``): PersonaExt states no licence, and DialogRE is
non-commercial evaluation data. ``--personaext`` adds the PersonaExt 80% train split for local
experiments only (never its 20% test split); weights trained with it must not be shipped. ``--scenes`` adds
the project's own scenes (``benchmarks/data/scenes``, DialogRE's format, the project's licence), each pair
labelled in the windows that show it (:func:`~kg_memory.extract.model.train.shown_examples`).

Usage::

    python scripts/train_extractor.py                       # minutes on one core
    python scripts/train_extractor.py --dialogues 300 --epochs 1 --out /tmp/model   # seconds
    python scripts/train_extractor.py --scenes --out /tmp/model-scenes   # generated dialogues and the scenes
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg_memory.extract.model.extractor import MODEL_DIR  # noqa: E402
from kg_memory.extract.model.generate import generate  # noqa: E402
from kg_memory.extract.model.train import examples, save, shown_examples, train  # noqa: E402


def _personaext(path: Path) -> list:
    """PersonaExt train-split utterances as one-turn dialogues with no facts the model's labels cover.

    The model's labels are relations between named arguments; PersonaExt states mostly attributes
    ("I like pizza"), so its utterances serve as "no relation" examples for the speaker's pairs.
    """
    from kg_memory.extract.datasets import read_personaext
    from kg_memory.types import Turn

    return [((Turn("p", "1", "Speaker", row.text),), ()) for row in read_personaext(path, "train")]


def _scenes(folder: Path) -> list:
    """The scenes of ``folder`` (``en.json``, ``zh.json``) with their relations as vocabulary facts and triggers."""
    from kg_memory.extract.datasets import read_dialogre, read_mapping

    mapping = read_mapping(ROOT / "benchmarks" / "mappings" / "dialogre.csv")
    out = []
    for path in sorted(folder.glob("*.json")):
        for scene in read_dialogre(path, prefix=path.stem):
            facts = []
            for pair in scene.pairs:
                for relation in pair.relations:
                    if relation in mapping.primary:
                        predicate, direction = mapping.primary[relation]
                        x, y = (pair.y, pair.x) if direction == "reversed" else (pair.x, pair.y)
                        facts.append((x, predicate, y, pair.triggers))
            out.append((scene.turns, facts))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--dialogues", type=int, default=12000, help="generated dialogues")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    # one thread: with two, torch's threads wait on each other whenever the shared cores are busy (a 4000-dialogue
    # epoch took 170 s with 2 threads under load against 13 s with 1)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--keep-none", type=float, default=0.5, help="share of no-relation pairs kept")
    parser.add_argument("--precision", type=float, default=0.99,
                        help="held-out (generated) precision the chosen threshold must reach")
    parser.add_argument("--budget", type=float, default=None, help="stop after the epoch that passes this many seconds")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="folder for weights.npz and config.json")
    parser.add_argument("--personaext", type=Path, default=None,
                        help="PersonaExt JSONL: add its train split (local experiments only; do not ship)")
    parser.add_argument("--scenes", nargs="?", type=Path, const=ROOT / "benchmarks" / "data" / "scenes", default=None,
                        help="add the project's own scenes (a folder of DialogRE-format JSON; default benchmarks/data/scenes)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    dialogues: list = [(g.turns, g.facts, g.first) for g in generate(args.dialogues, seed=args.seed)]
    sources = [f"generated: {args.dialogues} dialogues, seed {args.seed}"]
    if args.personaext is not None:
        extra = _personaext(args.personaext)
        dialogues += extra
        sources.append(f"PersonaExt train split: {len(extra)} utterances (NOT for shipping)")
    rows = examples(dialogues, keep_none=args.keep_none, seed=args.seed)
    if args.scenes is not None:
        scenes = _scenes(args.scenes)
        rows += shown_examples(scenes, keep_none=args.keep_none, seed=args.seed)
        sources.append(f"the project's scenes ({args.scenes.name}): {len(scenes)} dialogues, pairs labelled where shown")
    logging.info("%d turns with argument pairs from %d dialogues (%.0f s)", len(rows), len(dialogues), time.perf_counter() - start)
    net, report = train(rows, epochs=args.epochs, seed=args.seed, budget_s=args.budget, precision=args.precision)
    report["sources"] = sources
    report["total_seconds"] = round(time.perf_counter() - start, 1)
    save(net, report, args.out)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

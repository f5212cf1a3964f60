"""Train and calibrate the encoder shipped as ``kg_memory/fuzzy/default_encoder.pt``.

1. Corpus: ``--names`` generated (name, type) pairs from Faker's word lists (20 locales incl.
   zh_CN, people, organisations, places; :func:`kg_memory.fuzzy.variants.sample_names`, seed 0).
2. Training: :func:`kg_memory.fuzzy.train` (variants as positives, InfoNCE, seed 0).
3. Calibration of the merge threshold on *other* generated names (seed 123, never trained on):
   positives are (name, random variant) pairs; negatives are (name, its nearest *different* name
   among 20,000 by the encoder of the same type), i.e. the hardest confusions a memory meets,
   "Zhang San" vs "Zhang Shan". The threshold is the lowest cosine where merges are at least
   ``--precision`` (default 0.995) precise (:func:`kg_memory.fuzzy.calibrate_threshold`).

Run::

    .venv/bin/python scripts/train_default_encoder.py            # ~2-3 min on 2 cores
"""

from __future__ import annotations

import argparse
import logging
import random
import time
from pathlib import Path

import torch

from kg_memory.fuzzy import EncoderConfig, EntityEncoder, calibrate_threshold, train
from kg_memory.fuzzy.train import DEFAULT_ENCODER_FILE
from kg_memory.fuzzy.variants import feature_text, make_variant, sample_names

OUT = Path(__file__).resolve().parent.parent / "kg_memory" / "fuzzy" / DEFAULT_ENCODER_FILE


def calibration_pairs(encoder: EntityEncoder, n: int = 20_000, seed: int = 123) -> list[tuple[str, str, bool]]:
    """Generated (a, b, same) pairs: one variant and one nearest different name per name."""
    corpus = list({feature_text(name): (name, t) for name, t in sample_names(n, seed=seed)}.values())
    rng = random.Random(seed)
    names = [c[0] for c in corpus]
    types = [c[1] for c in corpus]
    vectors = encoder.encode(names)
    pairs: list[tuple[str, str, bool]] = []
    type_ids = torch.tensor([hash(t) % 1000 for t in types])
    for start in range(0, len(names), 2048):
        sims = vectors[start:start + 2048] @ vectors.T  # (b, N)
        rows = torch.arange(start, min(start + 2048, len(names)))
        sims[torch.arange(len(rows)), rows] = -2.0  # not itself
        sims[type_ids[rows][:, None] != type_ids[None, :]] = -2.0  # same type only
        nearest = sims.argmax(dim=1).tolist()
        for i, j in zip(rows.tolist(), nearest):
            pairs.append((names[i], names[j], False))
            pairs.append((names[i], make_variant(names[i], rng, types[i]), True))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--precision", type=float, default=0.995)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--calibrate-only", action="store_true",
                        help="recalibrate the threshold of the encoder at --out")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.calibrate_only:
        encoder = EntityEncoder.load(args.out)
    else:
        corpus = sample_names(args.names, seed=0)
        started = time.perf_counter()
        encoder = train([c[0] for c in corpus], types=[c[1] for c in corpus],
                        config=EncoderConfig(), epochs=args.epochs, seed=0, progress=True)
        logging.info("trained in %.0f s", time.perf_counter() - started)
    encoder.config.threshold = calibrate_threshold(encoder, calibration_pairs(encoder),
                                                   precision=args.precision)
    logging.info("calibrated threshold %.4f at precision %.3f", encoder.config.threshold,
                 args.precision)
    encoder.save(args.out)
    logging.info("wrote %s (%d bytes)", args.out, args.out.stat().st_size)


if __name__ == "__main__":
    main()

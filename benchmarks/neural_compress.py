"""Benchmark of compressed memory embeddings on LoCoMo: recall@k with and without compression, bytes.

The same memory (LoCoMo's conversations remembered as in ``benchmarks/locomo.py``) is recalled by
two recallers with the packaged MiniLM and query adapter: one reading the stored embeddings of
turns, dialogue pairs and facts as they are (float32, 1,536 bytes each), the other reading them
after a round trip through the packaged compressor (``kg_memory.neural.load_compressor()``: int8
numbers and a float16 scale; ``--compressor`` for another). Questions are encoded uncompressed in
both (a question is not stored). The round trip is what recall's embedding cache does beside a
store on disk (``kg_memory.recall.embeddings.CompressedStorage``: codes kept, decoded vectors
read). Reported: recall@k / hit@k of the audited questions (as ``locomo.py``), the loss, the round-trip cosine of the stored vectors, and bytes per memory and for a million.

MiniLM vectors are computed once for both recallers (``--embedding-cache`` keeps them between runs).

Run::

    nice -n 10 .venv/bin/python benchmarks/neural_compress.py --embedding-cache /tmp/locomo-minilm.npz
    nice -n 10 .venv/bin/python benchmarks/neural_compress.py --conversations 5,6,7,8,9
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from locomo import CachedEncoder, chosen_locomo, evaluate, locomo_arguments, recall_ranker, summarise  # noqa: E402

from kg_memory import Memory  # noqa: E402
from kg_memory.recall import Recaller  # noqa: E402


class StoredCompressed:
    """An encoder whose vectors of stored texts (anything but the questions) go through the compressor."""

    def __init__(self, encoder: CachedEncoder, compressor, questions: set[str]) -> None:  # type: ignore[no-untyped-def]
        self.encoder, self.compressor, self.questions = encoder, compressor, questions
        self.cosines: list[np.ndarray] = []

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.encoder(texts).copy()
        stored = np.asarray([t not in self.questions for t in texts], dtype=bool)
        if stored.any():
            back = self.compressor.round_trip(vectors[stored])
            self.cosines.append((back * vectors[stored]).sum(axis=1))
            vectors[stored] = back
        return vectors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    locomo_arguments(parser, quick=None)
    parser.add_argument("--embedding-cache", type=Path, default=Path("/tmp/kgmem-locomo-minilm.npz"))
    parser.add_argument("--compressor", type=Path, action="append",
                        help="a compressor .npz (default: the packaged one); repeat to compare several in one run")
    args = parser.parse_args(argv)
    found = chosen_locomo(args)
    if found is None:
        return 2
    convs, questions = found
    from kg_memory.neural import Compressor, load_compressor
    from kg_memory.recall.adapter import load_adapter
    from kg_memory.recall.embeddings import load_encoder

    compressors = [Compressor.load(p) for p in args.compressor] if args.compressor else [load_compressor()]
    memory = Memory()
    raw = CachedEncoder(load_encoder(), args.embedding_cache)
    wrapped = {f"{c.code_dim} int8 ({c.bytes_per_vector} B)": StoredCompressed(raw, c, {q.text for q in questions})
               for c in compressors}
    recallers = {"float32 (1536 B)": Recaller(memory, encoder=raw, adapter=load_adapter())}
    recallers.update({name: Recaller(memory, encoder=w, adapter=load_adapter()) for name, w in wrapped.items()})
    stored = 0
    for c in convs.values():
        memory.remember(c.turns, namespace=c.sample_id)
        for recaller in recallers.values():
            recaller.recall("warm up", 1, namespace=c.sample_id)
        index = next(iter(recallers.values())).index(c.sample_id)
        stored += 2 * len(index.turns) + len(index.facts)  # turns, dialogue pairs, facts
    raw.save()
    results = {name: summarise(evaluate(recall_ranker(r, r.config), convs, questions), questions)
               for name, r in recallers.items()}
    raw.save()

    metrics = ["R@1", "R@5", "R@10", "hit@10", "R@10t"]
    print(f"LoCoMo recall with compressed memory embeddings: {len(convs)} conversations, "
          f"{sum(q.audited for q in questions)} audited questions of categories 1-4; "
          + ", ".join(repr(c) for c in compressors))
    print(f"{'stored embeddings':<22}{'questions':<14}{'n':>5} " + " ".join(f"{m:>7}" for m in metrics))
    base_name = next(iter(results))
    for group in ["all 1-4", "multi-hop", "temporal", "open-domain", "single-hop"]:
        for name in results:
            s = results[name].get(group)
            if s:
                print(f"{name:<22}{group:<14}{int(s['n']):>5} " + " ".join(f"{s[m]:>7.3f}" for m in metrics))
    base = results[base_name]["all 1-4"]
    key = 64  # bytes of a vector's key in the cache file (16 hex digits as numpy unicode)
    for (name, w), c in zip(wrapped.items(), compressors):
        comp = results[name]["all 1-4"]
        cosines = np.concatenate(w.cosines) if w.cosines else np.zeros(1)
        before, after = 4 * c.dim, c.bytes_per_vector
        print(f"\n{name}: loss (float32 - compressed), all 1-4: "
              + ", ".join(f"{m} {base[m] - comp[m]:+.4f}" for m in metrics))
        print(f"  round trip of the stored vectors: cosine mean {cosines.mean():.4f}, "
              f"p5 {np.percentile(cosines, 5):.4f}")
        print(f"  bytes per vector: {before} -> {after} ({before / after:.0f}x smaller), with its key in the "
              f"cache file {before + key} -> {after + key}; a turn memory (turn + dialogue pair) "
              f"{2 * before} -> {2 * after}; these {stored} vectors {stored * before / 1e6:.1f} MB -> "
              f"{stored * after / 1e6:.2f} MB; a million turn memories {2e6 * before / 1e6:,.0f} MB -> "
              f"{2e6 * after / 1e6:,.0f} MB ({2e6 * (before + key) / 1e6:,.0f} -> {2e6 * (after + key) / 1e6:,.0f} MB "
              f"on disk with keys)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of fuzzy entity lookup: the kg-memory encoder against rapidfuzz and difflib.

Quality (data read at run time from ``--data``, default ``../shared/data`` next to the repo):

* nomenklatura: F1 on 826 labelled name pairs (``name_match/nomenklatura_name_bench_cases.csv``)
  for every method at two thresholds: ``F1@calibrated``, the threshold put at the best F1 on
  generated pairs (:func:`kg_memory.fuzzy.calibration.generated_pairs`, seed 123, never this set;
  the encoder's own is the one shipped in its file, fitted the same way), and
  ``F1@best-threshold``, the best over all thresholds on this set (an oracle).
* febrl: accuracy@1 of the 500 corrupted duplicates (``rec-N-dup-0``: given name + surname)
  looked up among the 500 originals (``rec-N-org``).
* webnlg: accuracy@1 and MRR of the 5,508 mentions of ``webnlg/webnlg_v1.6_test_en_mentions.tsv``
  against its 2,115 entities (underscores as spaces, quotes stripped). difflib is measured on a
  sample of 500 mentions (it needs ~20 s per 1,000).

Speed and size on generated names (100k, and 1M unless ``--quick``): training time, index build
time, p50/p95 latency of one lookup, lookups/s in batches of 1,000, bytes per entity, and
rapidfuzz ``process.extract`` (WRatio) latency on a sample of queries, with top-1 agreement.

Run::

    .venv/bin/python benchmarks/fuzzy.py --quick
    .venv/bin/python benchmarks/fuzzy.py --format json
    # before/after in one run: HEAD's package measured first, then this tree's
    git archive HEAD kg_memory | tar -x -C /tmp/kgm-head
    .venv/bin/python benchmarks/fuzzy.py --train-epochs 0 --baseline /tmp/kgm-head
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from kg_memory.fuzzy import EntityIndex, NameEncoder, load_default_encoder, pair_scores, train
from kg_memory.fuzzy.calibration import generated_pairs, threshold_for_precision
from kg_memory.fuzzy.variants import make_variant, sample_names

REPO = Path(__file__).resolve().parent.parent


# --- data ---------------------------------------------------------------------------------------


def load_pairs(data: Path) -> list[tuple[str, str, bool]]:
    with open(data / "name_match" / "nomenklatura_name_bench_cases.csv", encoding="utf-8") as f:
        return [(r["name1"], r["name2"], r["is_match"].strip().lower() == "true")
                for r in csv.DictReader(f)]


def load_febrl(data: Path) -> tuple[list[str], list[str], list[int]]:
    """Originals, duplicates, and for each duplicate the index of its original."""
    rows = {}
    with open(data / "name_match" / "febrl1_dataset1.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f, skipinitialspace=True):
            rows[r["rec_id"].strip()] = f"{r['given_name'].strip()} {r['surname'].strip()}".strip()
    originals = sorted(k for k in rows if k.endswith("-org"))
    pos = {k: i for i, k in enumerate(originals)}
    dups = sorted(k for k in rows if k.endswith("-dup-0"))
    return ([rows[k] for k in originals], [rows[k] for k in dups],
            [pos[k.replace("-dup-0", "-org")] for k in dups])


def _clean(text: str) -> str:
    return text.replace("_", " ").strip().strip("'\"").strip()


def load_webnlg(data: Path) -> tuple[list[str], list[str], list[int]]:
    """Entities, mentions, and for each mention the index of its entity."""
    with open(data / "webnlg" / "webnlg_v1.6_test_en_mentions.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    entities = sorted({r["entity"] for r in rows})
    pos = {e: i for i, e in enumerate(entities)}
    return ([_clean(e) for e in entities], [_clean(r["mention"]) for r in rows],
            [pos[r["entity"]] for r in rows])


# --- methods ------------------------------------------------------------------------------------


def best_f1(scores: list[float], labels: list[bool]) -> tuple[float, float]:
    """The best F1 over all thresholds, and that threshold."""
    ranked = sorted(zip(scores, labels), key=lambda x: -x[0])
    positives = sum(labels)
    best, at, tp = 0.0, 1.0, 0
    for i, (score, label) in enumerate(ranked):
        tp += label
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue
        f1 = 2 * tp / (i + 1 + positives)
        if f1 > best:
            best, at = f1, score
    return best, at


def f1_at(scores: list[float], labels: list[bool], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < threshold and y)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _difflib(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def _wratio(a: str, b: str) -> float:
    return fuzz.WRatio(a, b, processor=utils.default_process) / 100


def rank_metrics(ranks: list[int]) -> tuple[float, float]:
    """accuracy@1 and MRR from 1-based ranks (0 = not found)."""
    acc = sum(1 for r in ranks if r == 1) / len(ranks)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    return acc, mrr


def encoder_ranks(encoder: NameEncoder, choices: list[str], queries: list[str],
                  gold: list[int], k: int = 10, rerank: bool = True) -> list[int]:
    index = EntityIndex(encoder, rerank=rerank)
    index.add([str(i) for i in range(len(choices))], choices)
    ranks = []
    for matches, g in zip(index.search_batch(queries, k), gold):
        keys = [int(m.key) for m in matches]
        ranks.append(keys.index(g) + 1 if g in keys else 0)
    return ranks


def scorer_ranks(score, choices: list[str], queries: list[str], gold: list[int],
                 k: int = 10) -> list[int]:
    ranks = []
    for q, g in zip(queries, gold):
        scored = sorted(range(len(choices)), key=lambda i: -score(q, choices[i]))[:k]
        ranks.append(scored.index(g) + 1 if g in scored else 0)
    return ranks


def rapidfuzz_ranks(choices: list[str], queries: list[str], gold: list[int],
                    k: int = 10) -> list[int]:
    ranks = []
    for q, g in zip(queries, gold):
        found = [i for _, _, i in process.extract(q, choices, scorer=fuzz.WRatio,
                                                  processor=utils.default_process, limit=k)]
        ranks.append(found.index(g) + 1 if g in found else 0)
    return ranks


def quality(encoder: NameEncoder, data: Path, *, encoder_only: bool = False) -> list[dict]:
    rows: list[dict] = []
    pairs = load_pairs(data)
    labels = [p[2] for p in pairs]
    generated = generated_pairs(encoder, 20_000, seed=123)
    gen_labels = [p[2] for p in generated]
    methods = (
        ("encoder", lambda a, b: pair_scores(encoder, a, b)),
        ("vector only", lambda a, b: pair_scores(encoder, a, b, rerank=False)),
        ("rapidfuzz", lambda a, b: [_wratio(x, y) for x, y in zip(a, b)]),
        ("difflib", lambda a, b: [_difflib(x, y) for x, y in zip(a, b)]),
    )[:2 if encoder_only else 4]
    for name, score in methods:
        scores = score([p[0] for p in pairs], [p[1] for p in pairs])
        if name == "encoder":
            at = encoder.config.threshold
        else:
            at = threshold_for_precision(score([p[0] for p in generated],
                                               [p[1] for p in generated]), gen_labels, None)
        f1, p, r = f1_at(scores, labels, at)
        rows.append({"set": "nomenklatura", "method": name, "metric": "F1@calibrated",
                     "value": f1, "note": f"t={at:.3f} P={p:.3f} R={r:.3f}"})
        best, at = best_f1(scores, labels)
        rows.append({"set": "nomenklatura", "method": name, "metric": "F1@best-threshold",
                     "value": best, "note": f"t={at:.3f} (oracle)"})

    originals, dups, gold = load_febrl(data)
    keep = 2 if encoder_only else 4  # the encoder's methods come first; the string baselines after
    for name, rank in (("encoder", lambda: encoder_ranks(encoder, originals, dups, gold)),
                       ("vector only", lambda: encoder_ranks(encoder, originals, dups, gold, rerank=False)),
                       ("rapidfuzz", lambda: rapidfuzz_ranks(originals, dups, gold)),
                       ("difflib", lambda: scorer_ranks(_difflib, originals, dups, gold)))[:keep]:
        rows.append({"set": "febrl", "method": name, "metric": "acc@1",
                     "value": rank_metrics(rank())[0], "note": f"{len(dups)} queries"})

    entities, mentions, gold = load_webnlg(data)
    sample = random.Random(0).sample(range(len(mentions)), 500)
    for name, rank, n in (
        ("encoder", lambda: encoder_ranks(encoder, entities, mentions, gold), len(mentions)),
        ("vector only", lambda: encoder_ranks(encoder, entities, mentions, gold, rerank=False),
         len(mentions)),
        ("rapidfuzz", lambda: rapidfuzz_ranks(entities, mentions, gold), len(mentions)),
        ("difflib", lambda: scorer_ranks(_difflib, entities, [mentions[i] for i in sample],
                                         [gold[i] for i in sample]), len(sample)),
    )[:keep]:
        acc, mrr = rank_metrics(rank())
        rows.append({"set": "webnlg", "method": name, "metric": "acc@1", "value": acc,
                     "note": f"{n} queries"})
        rows.append({"set": "webnlg", "method": name, "metric": "MRR@10", "value": mrr,
                     "note": f"{n} queries"})
    return rows


# --- speed --------------------------------------------------------------------------------------


def speed(n: int, encoder: NameEncoder, *, train_epochs: int, rf_queries: int) -> list[dict]:
    rows: list[dict] = []
    corpus = sample_names(n, seed=1)
    names = [c[0] for c in corpus]
    types = [c[1] for c in corpus]
    tag = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}M"
    if train_epochs:
        t = time.perf_counter()
        train(names, types=types, epochs=train_epochs, seed=0)
        rows.append({"set": tag, "method": "encoder", "metric": "train s",
                     "value": time.perf_counter() - t, "note": f"{train_epochs} epochs, 1 thread"})
    t = time.perf_counter()
    index = EntityIndex(encoder)
    index.add([str(i) for i in range(n)], names, types)
    index.search("warm up")
    rows.append({"set": tag, "method": "encoder", "metric": "index build s",
                 "value": time.perf_counter() - t, "note": "encode + k-means"})
    rng = random.Random(7)
    targets = rng.sample(range(n), 1000)
    queries = [make_variant(names[i], rng, types[i]) for i in targets]
    lat, cpu = [], []
    hits = 0
    index.search_batch(queries[300:316], k=5)  # warm up the batch path (threadpoolctl's first scan)
    for q, g in zip(queries[:300], targets[:300]):
        t, c = time.perf_counter(), time.process_time()
        m = index.search(q, k=5)
        lat.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        hits += bool(m) and m[0].key == str(g)
    lat.sort()
    rows.append({"set": tag, "method": "encoder", "metric": "p50 ms",
                 "value": 1000 * statistics.median(lat), "note": "one lookup, k=5"})
    rows.append({"set": tag, "method": "encoder", "metric": "p95 ms",
                 "value": 1000 * lat[int(0.95 * len(lat))], "note": "one lookup, k=5"})
    rows.append({"set": tag, "method": "encoder", "metric": "p50 ms cpu",
                 "value": 1000 * statistics.median(cpu), "note": "CPU time: steadier on a shared machine"})
    rows.append({"set": tag, "method": "encoder", "metric": "lookups/s single",
                 "value": len(lat) / sum(lat), "note": "one at a time, wall"})
    rows.append({"set": tag, "method": "encoder", "metric": "lookups/s single cpu",
                 "value": len(cpu) / sum(cpu), "note": "one at a time, CPU time"})
    t, c = time.perf_counter(), time.process_time()
    batched = index.search_batch(queries, k=5)
    rows.append({"set": tag, "method": "encoder", "metric": "lookups/s",
                 "value": len(queries) / (time.perf_counter() - t), "note": "batches of 1,000"})
    rows.append({"set": tag, "method": "encoder", "metric": "lookups/s cpu",
                 "value": len(queries) / (time.process_time() - c), "note": "batches of 1,000, CPU time"})
    rows.append({"set": tag, "method": "encoder", "metric": "acc@1 variants",
                 "value": hits / 300, "note": "300 generated variants"})
    rows.append({"set": tag, "method": "encoder", "metric": "acc@1 batch",
                 "value": sum(bool(m) and m[0].key == str(g) for m, g in zip(batched, targets)) / len(targets),
                 "note": "1,000 generated variants, search_batch"})
    with tempfile.TemporaryDirectory() as tmp:
        index.save(tmp)
        disk = sum(p.stat().st_size for p in Path(tmp).iterdir())
    vec_bytes = index._vectors.itemsize * index._vectors.shape[1]  # noqa: SLF001
    rows.append({"set": tag, "method": "encoder", "metric": "bytes/entity",
                 "value": disk / n, "note": f"on disk; vectors {vec_bytes} B fp32 + list id + name"})
    qindex = EntityIndex(encoder, quantize=True)
    qindex.add([str(i) for i in range(n)], names, types)
    qhits = sum(1 for q, g in zip(queries[:300], targets[:300])
                if (m := qindex.search(q, k=1)) and m[0].key == str(g))
    rows.append({"set": tag, "method": "encoder int8", "metric": "acc@1 variants",
                 "value": qhits / 300, "note": "vectors 64 B + 4 B scale"})
    del qindex
    lat_rf = []
    rf_hits = 0
    for q, g in zip(queries[:rf_queries], targets[:rf_queries]):
        t = time.perf_counter()
        m = process.extract(q, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=5)
        lat_rf.append(time.perf_counter() - t)
        rf_hits += m[0][2] == g
    rows.append({"set": tag, "method": "rapidfuzz", "metric": "p50 ms",
                 "value": 1000 * statistics.median(lat_rf), "note": f"{rf_queries} queries"})
    rows.append({"set": tag, "method": "rapidfuzz", "metric": "acc@1 variants",
                 "value": rf_hits / rf_queries, "note": f"{rf_queries} queries"})
    rows.append({"set": tag, "method": "encoder", "metric": "speed-up p50",
                 "value": statistics.median(lat_rf) / statistics.median(lat), "note": "vs rapidfuzz"})
    return rows


def baseline_rows(source: Path, argv: list[str]) -> list[dict]:
    """The rows of this benchmark run with the ``kg_memory`` package of ``source`` (a source tree,
    e.g. ``git archive HEAD kg_memory | tar -x -C /tmp/base``), in a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run([sys.executable, __file__, *argv, "--format", "json"], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--encoder", type=Path, help="an encoder file (default: the packaged one)")
    parser.add_argument("--quick", action="store_true", help="100k names only")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--encoder-only", action="store_true",
                        help="quality of the encoder only (not of the rapidfuzz and difflib baselines)")
    parser.add_argument("--sizes", type=int, nargs="+", help="index sizes (default 100k and 1M)")
    parser.add_argument("--train-epochs", type=int, default=4, help="encoder training timed at the first size")
    parser.add_argument("--baseline", type=Path, help="a source tree holding the kg_memory package to "
                        "measure first, in the same run (e.g. HEAD's: git archive HEAD kg_memory)")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([100_000] if args.quick else [100_000, 1_000_000])
    before: list[dict] = []
    if args.baseline:
        forwarded = [a for a in (argv if argv is not None else sys.argv[1:]) if a not in ("--format", "json", "table")]
        cut = forwarded.index("--baseline")
        before = baseline_rows(args.baseline.resolve(), forwarded[:cut] + forwarded[cut + 2:])
    encoder = load_default_encoder()
    if args.encoder and args.encoder.suffix == ".pt":  # a torch encoder file
        from kg_memory.fuzzy import EntityEncoder

        encoder = EntityEncoder.load(args.encoder).to_numpy()
    elif args.encoder:
        encoder = NameEncoder.load(args.encoder)
    rows: list[dict] = []
    if not args.skip_quality:
        if not args.data.is_dir():
            print(f"no data at {args.data}; quality skipped", file=sys.stderr)
        else:
            rows += quality(encoder, args.data, encoder_only=args.encoder_only)
    if not args.skip_speed:
        for i, n in enumerate(sizes):
            rows += speed(n, encoder, train_epochs=args.train_epochs if i == 0 else 0,
                          rf_queries=20 if n <= 100_000 else 5)
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    elif before:
        old = {(r["set"], r["method"], r["metric"]): r["value"] for r in before}
        print(f"{'set':<14}{'method':<14}{'metric':<22}{'before':>10}{'after':>10}{'ratio':>8}  note")
        for r in rows:
            was = old.get((r["set"], r["method"], r["metric"]))
            ratio = f"{r['value'] / was:>8.2f}" if was else f"{'':>8}"
            print(f"{r['set']:<14}{r['method']:<14}{r['metric']:<22}"
                  f"{was if was is not None else float('nan'):>10.3f}{r['value']:>10.3f}{ratio}  {r['note']}")
    else:
        print(f"{'set':<14}{'method':<14}{'metric':<22}{'value':>12}  note")
        for r in rows:
            print(f"{r['set']:<14}{r['method']:<14}{r['metric']:<22}{r['value']:>12.3f}  {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

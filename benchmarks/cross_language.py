"""What resolution across languages (:mod:`kg_memory.crosslang`) costs at ingestion, and what it joins.

Stores ``--known`` facts about generated people, places and organisations (Faker's names of 20
locales, Chinese among them), then times adding ``--new`` facts with new names in batches of 500, with
the cross-language step on and, as the baseline in the same run, switched off. Also counts how many of
``--pairs`` Chinese names are joined by their pinyin spelling, and how many Chinese homophones (other
characters, same pinyin) are wrongly joined.

    .venv/bin/python benchmarks/cross_language.py
"""

from __future__ import annotations

import argparse
import random
import time

from kg_memory import Entity, Fact, Memory
from kg_memory.fuzzy.variants import sample_names, to_pinyin
from kg_memory.resolve import EntityResolver


def _facts(names: list[tuple[str, str]]) -> list[Fact]:
    return [Fact(Entity(n, t), "name", f"n{i}") for i, (n, t) in enumerate(names)]


def _timed(known: list[Fact], new: list[Fact], cross: bool) -> tuple[float, int]:
    original = EntityResolver._across
    if not cross:
        EntityResolver._across = lambda self, space, entity: None  # type: ignore[method-assign]
    try:
        with Memory() as memory:
            for start in range(0, len(known), 500):
                memory.add_facts(known[start:start + 500])
            t0 = time.perf_counter()
            for start in range(0, len(new), 500):
                memory.add_facts(new[start:start + 500])
            return time.perf_counter() - t0, len(list(memory.store.entities()))
    finally:
        EntityResolver._across = original  # type: ignore[method-assign]


def _pinyin_pairs(n: int, seed: int) -> tuple[int, int, int, int]:
    """(names joined by their pinyin, names, homophones wrongly joined, homophones) over ``n`` Chinese
    names; a name whose pinyin another name shares is rightly not joined (ambiguous)."""
    rng = random.Random(seed)
    chinese = [name for name, t in sample_names(20 * n, seed=seed)
               if t == "Person" and all("\u4e00" <= c <= "\u9fff" for c in name)]  # not Japanese kana
    chinese = list(dict.fromkeys(chinese))[:n]
    joined = 0
    with Memory() as memory:
        for name in chinese:
            memory.add(Entity(name, "Person"), "name", "x")
        for name in chinese:
            syllables = to_pinyin(name).split()
            latin = f"{syllables[0].title()} {''.join(syllables[1:]).title()}"
            if rng.random() < 0.5:
                latin = f"{''.join(syllables[1:]).title()} {syllables[0].title()}"
            joined += memory.add(Entity(latin, "Person"), "name", "y").subject.label == name
    by_sound: dict[str, list[str]] = {}
    for name in chinese:
        by_sound.setdefault(to_pinyin(name), []).append(name)
    homophones = [names for names in by_sound.values() if len(names) > 1]
    wrong = 0
    with Memory() as memory:
        for names in homophones:
            for name in names:
                memory.add(Entity(name, "Person"), "name", "x")
            labels = {e.label for e in memory.store.entities()}
            wrong += sum(n not in labels for n in names)
    return joined, len(chinese), wrong, sum(map(len, homophones))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--known", type=int, default=20_000)
    parser.add_argument("--new", type=int, default=5_000)
    parser.add_argument("--pairs", type=int, default=500)
    args = parser.parse_args()
    names = list(dict.fromkeys(sample_names(args.known + args.new, seed=7)))
    known, new = _facts(names[:args.known]), _facts(names[args.known:])
    off, entities_off = _timed(known, new, cross=False)
    on, entities_on = _timed(known, new, cross=True)
    joined, total, wrong, homophones = _pinyin_pairs(args.pairs, seed=11)
    print(f"{'measure':<44} {'cross off (baseline)':>21} {'cross on':>12}")
    print(f"{f'add {len(new)} new names after {len(known)} (s)':<44} {off:>21.2f} {on:>12.2f}   ratio {on / off:.2f}")
    print(f"{'entities':<44} {entities_off:>21} {entities_on:>12}")
    print(f"{'Chinese names joined by their pinyin':<44} {'':>21} {joined:>7} / {total}")
    print(f"{'homophones wrongly joined':<44} {'':>21} {wrong:>7} / {homophones}")


if __name__ == "__main__":
    main()

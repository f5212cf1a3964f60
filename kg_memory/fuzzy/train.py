"""Self-supervised training of an :class:`~kg_memory.fuzzy.model.EntityEncoder`.

Each name is paired with a random variant of itself (:func:`kg_memory.fuzzy.variants.make_variant`)
and known aliases are paired with their names; the loss is InfoNCE with the other names of the
batch as negatives. Batches are made of names sharing a word (one drawn at random per name and
epoch), so the negatives are hard ones: "Zhang San" meets "Zhang Shan" and "Li San".

>>> enc = train(["Zhang San", "Li Si", "Wang Wu", "Angela Merkel"] * 8,
...             config=EncoderConfig(buckets=512, embed_dim=16, dim=16), epochs=2, batch_size=8)
>>> enc.config.dim
16
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kg_memory.errors import FuzzyError
from kg_memory.fuzzy.encoder import DEFAULT_ENCODER_FILE, EncoderConfig, load_default_encoder
from kg_memory.fuzzy.variants import feature_text, fold, make_variant

if TYPE_CHECKING:
    from kg_memory.fuzzy.model import EntityEncoder

__all__ = ["DEFAULT_ENCODER_FILE", "load_default_encoder", "train"]

logger = logging.getLogger(__name__)

@contextmanager
def _threads(n: int | None) -> Iterator[None]:
    """Run torch with ``n`` intra-op threads, restoring the previous setting afterwards."""
    import torch

    before = torch.get_num_threads()
    if n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _batches(
    names: Sequence[str], types: Sequence[str], batch_size: int, rng: random.Random
) -> list[list[int]]:
    """Indices of ``names`` grouped into batches of names that share a randomly drawn word."""
    keys = []
    for i, name in enumerate(names):
        words = fold(name.casefold()).split() or [""]
        keys.append((types[i], rng.choice(words), rng.random(), i))
    keys.sort()
    order = [k[-1] for k in keys]
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return [b for b in batches if len(b) > 1]


def _pairs(
    batch: list[int], names: Sequence[str], types: Sequence[str],
    aliases: dict[int, list[str]], rng: random.Random,
) -> tuple[list[str], list[str]]:
    anchors, positives = [], []
    for i in batch:
        known = aliases.get(i)
        if known and rng.random() < 0.5:
            positives.append(rng.choice(known))
        else:
            positives.append(make_variant(names[i], rng, types[i]))
        anchors.append(names[i])
    return anchors, positives


def train(
    names: Sequence[str],
    *,
    types: Sequence[str] | None = None,
    aliases: Iterable[tuple[str, str]] | None = None,
    config: EncoderConfig | None = None,
    epochs: int = 4,
    batch_size: int = 512,
    lr: float = 3e-3,
    seed: int = 0,
    threads: int | None = 1,
    progress: bool = False,
) -> EntityEncoder:
    """Train an encoder on ``names`` (and their ``types``, used for type-specific variants).

    Parameters
    ----------
    names
        Entity names; duplicates (after normalisation) are dropped.
    types
        The class of each name (``Person``, ``Organization``...); ``Thing`` when omitted.
    aliases
        Known ``(name, alias)`` pairs, used as positives besides the generated variants.
    config
        The encoder's shape; :class:`EncoderConfig` defaults when omitted.
    epochs, batch_size, lr
        One epoch pairs every name once with a variant or an alias; SparseAdam (embedding
        table) and Adam (projection) with learning rate ``lr`` decaying linearly to zero.
    seed
        The same seed, names and arguments give the same weights.
    threads
        torch threads during training (the previous setting is restored); one by default, as
        threads waiting on each other cost more than they gain on a small, busy machine.
    progress
        Log the loss at INFO level every 50 steps.

    Returns
    -------
    EntityEncoder
        In eval mode, its weights rounded to fp16 so that a saved and reloaded copy encodes alike.
    """
    if types is not None and len(types) != len(names):
        raise FuzzyError("types must have one entry per name")
    seen: dict[str, int] = {}
    uniq: list[str] = []
    uniq_types: list[str] = []
    for i, name in enumerate(names):
        key = feature_text(name)
        if key and key not in seen:
            seen[key] = len(uniq)
            uniq.append(name)
            uniq_types.append(types[i] if types is not None else "Thing")
    alias_map: dict[int, list[str]] = {}
    for name, alias in aliases or ():
        row = seen.get(feature_text(name))
        if row is None:
            row = seen[feature_text(name)] = len(uniq)
            uniq.append(name)
            uniq_types.append("Thing")
        alias_map.setdefault(row, []).append(alias)
    if len(uniq) < 2:
        raise FuzzyError("training needs at least two distinct names")

    import torch  # training is the one part of kg-memory that needs it

    from kg_memory.fuzzy.model import EntityEncoder

    rng = random.Random(seed)
    torch.manual_seed(seed)
    encoder = EntityEncoder(config or EncoderConfig())
    # the embedding table gets sparse gradients (only the rows of a batch's n-grams): SparseAdam
    # updates just those rows, where dense Adam would sweep the whole table every step
    optimizers = [torch.optim.SparseAdam(list(encoder.embed.parameters()), lr=lr),
                  torch.optim.Adam(list(encoder.proj.parameters()), lr=lr)]
    steps_per_epoch = max(1, -(-len(uniq) // batch_size))
    total = epochs * steps_per_epoch
    step = 0
    started = time.perf_counter()
    with _threads(threads):
        encoder.train()
        for epoch in range(epochs):
            for batch in _batches(uniq, uniq_types, batch_size, rng):
                for optimizer in optimizers:
                    for group in optimizer.param_groups:
                        group["lr"] = lr * (1 - step / total)
                    optimizer.zero_grad(set_to_none=True)
                anchors, positives = _pairs(batch, uniq, uniq_types, alias_map, rng)
                _, loss = encoder(encoder.featurize(anchors), encoder.featurize(positives))
                loss.backward()
                for optimizer in optimizers:
                    optimizer.step()
                step += 1
                if progress and step % 50 == 0:
                    logger.info("epoch %d step %d/%d loss %.4f (%.0f s)", epoch, step, total,
                                loss.item(), time.perf_counter() - started)
    encoder.eval()
    return encoder.round_to_fp16()

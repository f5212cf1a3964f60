"""Fuzzy entity lookup: "Zhang San", "zhang san", "Zhang Sna", "San Zhang" and "张三" find one entity.

A small encoder (:class:`NameEncoder`, numpy; trained as the torch module :class:`EntityEncoder`)
maps a name to a 64-dimensional unit vector from hashed character n-grams of its normalised form
(and of its romanisation, for Chinese, Cyrillic and Greek names); an :class:`EntityIndex` finds the nearest names by dot product (an inverted
file above 50,000 names) and re-scores the best few by a fusion of the cosine with string
similarities (:mod:`kg_memory.fuzzy.scoring`); :func:`resolve` decides whether a new name denotes
a known entity, with a type check and a threshold calibrated on generated pairs
(:mod:`kg_memory.fuzzy.calibration`).

This is the only subpackage that imports torch, and only to train (:func:`train`;
:class:`EntityEncoder` is loaded on first use): lookups run on numpy.

>>> index = EntityIndex()  # the packaged default encoder
>>> index.add(["zs", "zs2", "bj"], ["Zhang San", "Zhang Shan", "Beijing"], ["Person", "Person", "Place"])
>>> index.search("张三", k=1)[0].key
'zs'
>>> resolve(index, "zhang san", "Person").key
'zs'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kg_memory.fuzzy.calibration import fit_scoring, generated_pairs, threshold_for_precision
from kg_memory.fuzzy.encoder import EncoderConfig, Features, NameEncoder, featurize, load_default_encoder
from kg_memory.fuzzy.index import (
    EntityIndex,
    Match,
    calibrate_threshold,
    pair_scores,
    resolve,
    types_compatible,
)
from kg_memory.fuzzy.scoring import FEATURES, fit_fusion, fuse, pair_features
from kg_memory.fuzzy.train import train
from kg_memory.fuzzy.variants import feature_text, make_variant, match_text, romanize, variants

__all__ = [
    "FEATURES",
    "EncoderConfig",
    "EntityEncoder",
    "EntityIndex",
    "Features",
    "Match",
    "NameEncoder",
    "calibrate_threshold",
    "feature_text",
    "featurize",
    "fit_fusion",
    "fit_scoring",
    "fuse",
    "generated_pairs",
    "load_default_encoder",
    "make_variant",
    "match_text",
    "pair_features",
    "pair_scores",
    "resolve",
    "romanize",
    "threshold_for_precision",
    "train",
    "types_compatible",
    "variants",
]

if TYPE_CHECKING:
    from kg_memory.fuzzy.model import EntityEncoder


def __getattr__(name: str) -> Any:
    """The torch module, imported on first use."""
    if name == "EntityEncoder":
        return importlib.import_module("kg_memory.fuzzy.model").EntityEncoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The learned extractor: a small torch relation classifier over argument pairs of dialogue turns.

``features.py`` finds arguments and encodes pairs (no torch), ``net.py`` is the classifier,
``generate.py`` the template training data, ``train.py`` the training loop (``scripts/train_extractor.py``
runs it), ``extractor.py`` the :class:`ModelExtractor`. The shipped weights, their configuration and
``MODEL_CARD.md`` lie beside these modules. Importing this package does not import torch; building a
:class:`ModelExtractor` does.
"""

from __future__ import annotations

from .extractor import MODEL_DIR, ModelExtractor, speaker_names

__all__ = ["MODEL_DIR", "ModelExtractor", "speaker_names"]

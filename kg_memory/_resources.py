"""Locate the files shipped beside the code: ``ontologies/`` and ``queries/``.

A wheel carries them inside the package (``kg_memory/ontologies``); a source checkout (an editable
install) has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path


def resource_dir(kind: str) -> Path:
    """Return the folder of ``kind`` (``"ontologies"`` or ``"queries"``)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / kind, here.parent / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg-memory installation lacks its {kind}/ folder")

"""The small conversation behind ``kgmem demo`` and the README."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from .types import Turn

__all__ = ["DEMO_ARTICLE", "DEMO_QUERY", "DEMO_QUESTION", "demo_page", "demo_turns"]

DEMO_QUERY = """SELECT ?person ?city WHERE {
  ?p a :Person ; rdfs:label ?person ; :livesIn/rdfs:label ?city .
} ORDER BY ?person"""

#: The question the demo asks :meth:`Memory.recall <kg_memory.memory.Memory.recall>`.
DEMO_QUESTION = "Where does Alice live now?"
DEMO_ARTICLE = """# Airbus names a new head of engineering

Toulouse, 2 October 2024. Marie Dupont works for Airbus. She was born in Lyon and lives in Toulouse.
Dupont studied at the École Polytechnique.
"""

_LINES = [
    ("2024-03-01T10:00:00", "Alice", "Hi, I'm Alice. I live in Paris and I work for Airbus."),
    ("2024-03-01T10:01:00", "Bob", "Nice to meet you! I was born in Shanghai and I live in Lyon."),
    ("2024-03-01T10:02:00", "Bob", "I don't like cats, but I love my dog Rex."),
    ("2024-03-01T10:03:00", "Alice", "My sister Carol is a doctor."),
    ("2024-09-15T18:30:00", "Alice", "Big news: I moved to London last month!"),
    ("2024-09-15T18:31:00", "张三", "我叫张三，我出生于北京，现在住在上海。"),
]


def demo_turns() -> list[Turn]:
    """The demo conversation: two people in English, one in Chinese, one move of residence."""
    return [
        Turn("demo", str(i), speaker, text, datetime.fromisoformat(t).replace(tzinfo=UTC))
        for i, (t, speaker, text) in enumerate(_LINES, 1)
    ]


def demo_page(output: str | os.PathLike[str] | None = None) -> Path:
    """Where the demo writes its graph page: ``output``, or ``kgmem-demo.html`` in a new temporary
    directory (never the current directory).

    >>> str(demo_page("graph.html"))
    'graph.html'
    """
    if output is not None:
        return Path(output)
    return Path(tempfile.mkdtemp(prefix="kgmem-demo-")) / "kgmem-demo.html"

"""Recalled memories as a prompt block: dates, sources, within a token budget."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .recalled import Recalled

__all__ = ["estimate_tokens", "format_context"]


def estimate_tokens(text: str) -> int:
    """A cheap upper estimate of a text's token count (4 characters or 0.75 words a token).

    >>> estimate_tokens("Alice lives in Paris.")
    6
    """
    return max(math.ceil(len(text) / 4), math.ceil(len(text.split()) * 4 / 3))


def format_context(recalled: Sequence[Recalled], *, budget_tokens: int = 800,
                   header: str = "Relevant memories (most relevant first):") -> str:
    """Memories as a compact prompt block with dates and sources, within ``budget_tokens``.

    Lines are added best first while the estimate (:func:`estimate_tokens`) stays in the budget;
    an empty string when nothing fits.

    >>> from datetime import datetime
    >>> from kg_memory import Turn
    >>> t = Turn("c1", "4", "Ann", "I moved to Lisbon.", datetime(2024, 3, 1))
    >>> print(format_context([Recalled("turn", 1.0, turn=t, turns=(t,), text="Ann: I moved to Lisbon.")]))
    Relevant memories (most relevant first):
    - [2024-03-01] Ann: I moved to Lisbon. (c1#4)
    """
    lines: list[str] = []
    used = estimate_tokens(header)
    for r in recalled:
        line = _context_line(r)
        cost = estimate_tokens(line) + 1
        if used + cost > budget_tokens:
            continue
        lines.append(line)
        used += cost
    if not lines:
        return ""
    return "\n".join([header, *lines])


def _context_line(r: Recalled) -> str:
    when = f"[{r.time.date().isoformat()}] " if r.time else ""
    sources = ", ".join(f"{t.conversation}#{t.turn}" for t in r.turns[:3])
    text = r.text
    if r.kind == "fact" and len(r.turns) == 1:  # the words behind the fact, which it summarises lossily
        said = r.turns[0].text if len(r.turns[0].text) <= 160 else r.turns[0].text[:157] + "..."
        text += f' - {r.turns[0].speaker} said: "{said}"'
    return f"- {when}{text}" + (f" ({sources})" if sources else "")

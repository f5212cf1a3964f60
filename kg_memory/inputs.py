"""What :meth:`Memory.remember <kg_memory.memory.Memory.remember>` accepts, turned into turns.

- :class:`~kg_memory.types.Turn` objects, as they are;
- a string: one turn of the user;
- a list of strings: turns of the user, in order;
- OpenAI-style messages (``{"role": "user", "content": "..."}``; ``content`` may be a list of
  ``{"type": "text", "text": ...}`` parts, ``name`` names the speaker): one turn each, the speaker
  taken from ``speakers[role]`` (default: ``name``, else the role capitalised); ``system`` messages are
  instructions, not memories, and are left out.

Strings and messages of one call form one new conversation (``chat-<time>-<random>``), timed now in
their order, so that a later value closes an earlier one. Anything else raises ``TypeError``.

>>> [(t.speaker, t.text) for t in as_turns(["Hi", {"role": "assistant", "content": "Hello"}],
...                                        {"user": "Alice", "assistant": "Bot"})]
[('Alice', 'Hi'), ('Bot', 'Hello')]
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from .types import Turn

__all__ = ["RememberInput", "as_turns"]

#: The types :meth:`Memory.remember` accepts.
RememberInput = str | Turn | Mapping[str, Any] | Iterable[Turn | str | Mapping[str, Any]]

_WHAT = ("remember() takes a string, a list of strings, OpenAI-style messages ({'role', 'content'}) "
         "or Turn objects")


def as_turns(turns: RememberInput, speakers: Mapping[str, str] | None = None) -> list[Turn]:
    """The turns ``turns`` stands for (see the module docstring); ``TypeError`` for anything else."""
    if isinstance(turns, (str, Turn, Mapping)):
        items: list[Any] = [turns]
    elif isinstance(turns, (bytes, bytearray)) or not isinstance(turns, Iterable):
        raise TypeError(f"{_WHAT}, not {type(turns).__name__}")
    else:
        items = list(turns)
    if all(isinstance(x, Turn) for x in items):
        return items
    names = {"user": "User", **(speakers or {})}
    conversation = f"chat-{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
    start = datetime.now(UTC)
    out: list[Turn] = []
    for i, item in enumerate(items):
        if isinstance(item, Turn):
            out.append(item)
            continue
        said = _said(item, names, i)
        if said is None:
            continue
        speaker, text = said
        out.append(Turn(conversation, str(len(out) + 1), speaker, text, start + timedelta(microseconds=len(out))))
    return out


def _said(item: object, names: Mapping[str, str], i: int) -> tuple[str, str] | None:
    """(speaker, text) of one string or message; None for a system message or an empty one."""
    if isinstance(item, str):
        return (names["user"], item.strip()) if item.strip() else None
    if not isinstance(item, Mapping):
        raise TypeError(f"{_WHAT}; item {i} is a {type(item).__name__}")
    role, content = item.get("role"), item.get("content")
    if not isinstance(role, str) or content is None:
        raise TypeError(f"{_WHAT}; message {i} lacks a 'role' or 'content': {dict(item)!r:.80}")
    if role == "system":
        return None
    text = _text(content, i)
    if not text:
        return None
    name = item.get("name")
    speaker = names.get(role) or (name if isinstance(name, str) and name else role.capitalize())
    return speaker, text


def _text(content: object, i: int) -> str:
    if isinstance(content, str):
        return content.strip()
    if isinstance(content, list):  # content parts: keep the text ones
        parts = [p.get("text", "") for p in content if isinstance(p, Mapping) and p.get("type", "text") == "text"]
        return " ".join(str(p).strip() for p in parts if str(p).strip())
    raise TypeError(f"{_WHAT}; the content of message {i} is a {type(content).__name__}")

"""A turn that takes up what the one just before said (妈，您这话我爱听; 你说得对，爸): said to them.

In a group, a relative called in a statement (妈，……) is said to whoever the statement is for; when it takes up the
words just heard (您这话, 这话说得, 你说得对), it is for the one who said them, whoever speaks next: 小惠调馅比我强 (the
mother) - 妈，您这话我爱听 (her son: she is his mother, not his wife who answers after).

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "A", "他调馅比我强。"), Turn("c", "2", "B", "妈，您这话我爱听。"), Turn("c", "3", "C", "你还有脸说。")]
>>> taken_up(ts[1], Discourse(ts))[0].label, taken_up(ts[2], Discourse(ts))
('A', None)
"""

from __future__ import annotations

from ...types import Entity, Turn
from ..framework import lazy
from ..pronouns import Discourse

__all__ = ["taken_up"]

#: Words that take up what the one just before said (您这话我爱听, 你说得对, 这话说得在理).
_TAKES_UP = lazy(r"[你您]这话|这话(?:说得|说的|我爱听|在理|没错)|[你您]说得(?:对|好|是|在理)|[你您]说的(?:对|是|没错)")


def taken_up(turn: Turn, discourse: Discourse) -> tuple[Entity, float] | None:
    """The speaker of the turn just before ``turn`` (another's) when ``turn`` takes up their words, at 0.9; else ``None``."""
    turns, at = discourse.conversation(turn), discourse.place(turn)
    if at is None or at == 0 or not _TAKES_UP.search(turn.text):
        return None
    said = turns[at - 1].speaker
    return (Entity(said, "Person"), 0.9) if said != turn.speaker and "," not in said else None

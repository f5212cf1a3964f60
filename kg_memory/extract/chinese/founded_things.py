"""What 建立/创建 makes that is no organisation: a bond or a habit built between people (建立感情基础, 建立信任, 建立
联系, 建立了深厚的友谊). 我们建立了星火科技 founds a firm; 我们建立了信任 founds nothing.

>>> no_founding("感情基础"), no_founding("信任"), no_founding("星火科技"), no_founding("火锅店")
(True, True, False, False)
"""

from __future__ import annotations

from ..framework import lazy

__all__ = ["no_founding"]

#: Bonds, trust and habits that one builds (基础, 关系, 友谊): said at the end of what 建立 makes.
_BOND = lazy(r"(?:基础|关系|信任|信心|友谊|友情|感情|联系|默契|习惯|规矩|规则|秩序|自信|威信|口碑|印象|纽带|共识)$")


def no_founding(made: str) -> bool:
    """Whether ``made`` (what 建立/创建/成立 makes) is a bond or a habit, no organisation founded."""
    return _BOND.search(made) is not None

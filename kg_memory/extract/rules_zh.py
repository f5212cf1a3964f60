"""Chinese rules (placeholder replaced below)."""
from __future__ import annotations
__all__ = ["ChineseRules"]
class ChineseRules:
    lang = "zh"
    def extract_turn(self, turn, discourse, previous_text=""):
        return []

"""A title put before a friend's name in play tells no job: "Let's play hospital. Hello, Doctor Chandler." (a game),
"She likes Doctor Tess and Reverend Joan." where the talk calls them "Tess" and "Joan" plainly, "Look at Officer Ross"
said of a friend called "Ross!"; 我们来玩医院游戏吧，钱德勒医生 (a game), 钱德勒医生 where the others call him 钱德勒.

One with that job goes by the title and the family name ("Dr. Burke will see you now", 伯克医生): a name the same talk
also uses bare, on its own, is a friend's first name (or a speaker's own), and a title before it is a joke or a part.
A game or a pretence told in the same turn or the one before ("let's play", "pretend", 玩……游戏, 假装, 过家家) makes a part
of any titled name. A name said again and again in one turn ("Wiener, Wiener Wiener!") is a chant, no use of it. A titled
name called at the head of a turn is a call or a page ("Dr. Drake, to the emergency room, please", 德雷克大夫，请马上到急诊室): one at
work is called so by strangers, whatever their friends call them.

>>> from kg_memory.types import Turn
>>> from kg_memory.extract.pronouns import Discourse
>>> ts = [Turn("c", "1", "Ann", "Come on, Chandler!"), Turn("c", "2", "Bob", "She likes Doctor Chandler.")]
>>> in_play("Chandler", "Doctor Chandler", ts[1], Discourse(ts)), in_play("Burke", "Dr. Burke", ts[1], Discourse(ts))
(True, False)
"""

from __future__ import annotations

import re

from ..types import Turn
from .framework import lazy
from .lang import has_han
from .pronouns import Discourse

__all__ = ["in_play"]

#: A game or a pretence: "let's play hospital", "we're playing doctor", "pretend you're...", 玩医院游戏, 假装, 过家家.
_GAME = lazy(r"(?i:\b(?:let['’]?s|we\s+are|we['’]re|wanna|want\s+to|gonna|going\s+to)\s+play\b|\bplay(?:ing)?\s+"
             r"(?:doctor|doctors|hospital|house|cops|dress[- ]?up|make[- ]?believe|pretend)\b|\bpretend(?:ing|ed)?\b|"
             r"\brole[- ]?play)|玩[\u4e00-\u9fff]{0,6}游戏|过家家|假装|扮演|角色扮演")
#: Titles said before (English) or after (Chinese) a name, and a first name before one ("Richard Burke"): not the name
#: alone; a greeting or a word opening a sentence before it ("Hey Tess", "Oh Tess") leaves it alone.
_EN_BEFORE = lazy(r"(?:\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Professor|Prof|Nurse|Officer|Detective|Judge|Reverend|Captain|"
                  r"Uncle|Aunt)\.?|\b(?!(?:Hey|Hi|Hello|Oh|Ooh|Come|Thanks|Thank|Yo|Bye|Morning|Night|Okay|Ok|Well|So|And|"
                  r"But|Dear|Poor|Go|Look|See|Yes|No|Yeah|Sorry|Please|Wait|Man|God)\s)[A-Z][a-z]+)\s+$")
_ZH_TITLE_AFTER = lazy(r"医生|大夫|教授|博士|先生|女士|小姐|太太|夫人|警官|护士|老师|牧师|律师")
#: What follows a titled name called at the head of a turn: a comma, or the end of the sentence.
_CALL_OPENING = lazy(r"\s*(?:[,，!！.。?？…]|$)")


def in_play(name: str, said: str, turn: Turn, discourse: Discourse) -> bool:
    """Whether a title said with ``name`` (as ``said``: "Doctor Chandler", 钱德勒医生) in ``turn`` is play, no job: a game
    told in this turn or the one before, or ``name`` (one word, or a Chinese name) said bare elsewhere in the
    conversation or borne by a speaker, unless ``said`` opens the turn (a call at work)."""
    turns = discourse.conversation(turn)
    at = discourse.place(turn)
    before = turns[at - 1].text if at else ""
    if _GAME.search(turn.text) or _GAME.search(before):
        return True
    if " " in name.strip() or "·" in name or _CALL_OPENING.match(turn.text.lstrip(" \"'“‘").removeprefix(said)) \
            and turn.text.lstrip(" \"'“‘").startswith(said):
        return False  # "Dr. Richard Burke": a full name, no first name alone; "Dr. Drake, to the ER, please": a page
    if any(name == t.speaker.split()[0] for t in turns if t.speaker.strip()):
        return True
    chinese = has_han(name)
    return any(_bare(name, t.text, chinese) for t in turns)


def _bare(name: str, text: str, chinese: bool) -> bool:
    """Whether ``text`` says ``name`` on its own (no title, no other name beside it), once or twice."""
    if chinese:
        spots = [m for m in re.finditer(re.escape(name), text)]
        alone = [m for m in spots if not _ZH_TITLE_AFTER.match(text, m.end()) and text[m.end():m.end() + 1] != "·"
                 and text[m.start() - 1:m.start()] != "·"]
    else:
        spots = [m for m in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?![\w-])", text)]
        alone = [m for m in spots if not _EN_BEFORE.search(text, 0, m.start())
                 and not re.match(r"\s+[A-Z]", text[m.end():])]
    return 0 < len(alone) and len(spots) <= 2

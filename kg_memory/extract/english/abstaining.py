"""Not drinking, said with no drink named, is not drinking alcohol: "I don't drink", "i dont drink, havent for like 3
years", "I don't drink or smoke", "I never drink anymore" give ``dislikes`` alcohol (as "I don't drink alcohol"); not
"I didn't drink last night" (once), "I don't drink much" (a little), "If I didn't drink ..." (supposed), nor a
drink named ("I don't drink coffee" is read as a food or drink not taken), and "smoke" is no thing disliked."""

from __future__ import annotations

import re

from ...types import Entity
from ..framework import Clause, Rule, lazy

__all__ = ["NO_DRINKING"]

#: Not drinking once, in the past: "(i) didn't drink last night", "wasn't drinking".
_ONCE = lazy(r"\b(?:did\s*n[o']?t|did\s+not|was\s*n[o']?t|were\s*n[o']?t)\s+(?:\w+\s+)?drink", re.I)


def _r_no_drinking(m: re.Match[str], c: Clause) -> bool:
    if not c.negated or _ONCE.search(c.sentence):
        return False
    c.add("dislikes", Entity("alcohol", "Thing"), 0.6)
    return True


#: The entry of the verb table, after a negation: "(i don't) drink", "(i don't) drink or smoke", "(i don't) drink at
#: all", "(i never) drink anymore".
NO_DRINKING: tuple[str, Rule] = (
    r"^(?:drink|drinks)(?:\s+(?:at\s+all|anymore|any\s+more|ever|alcohol|booze|liquor))?"
    r"(?:\s+(?:or|and|nor)\s+(?:do\s+)?smoke)?(?:\s+(?:at\s+all|anymore|any\s+more|either|ever))?"
    r"(?=\s*(?:[,.!;?)]|$)|\s+(?:and|but|so|since|because|cause|cuz|lol|lmao|tbh|haha|though|really|myself|personally|"
    r"havent|haven't)\b)", _r_no_drinking)

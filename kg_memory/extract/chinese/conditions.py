"""How far a condition reaches in a Chinese sentence: the clauses outside it are statements made outright.

如果你走，我会想你的 states nothing: the condition takes its own clause and the one that follows it (what would
happen). But in 我爱你，如果你不信就算了 the condition comes after a statement with its own outcome (就算了), and in
如果你不信，也没关系，因为我爱你 a reason (因为), a contrast (但是, 可是, 不过) or an aside (其实, 反正) begins a
clause of its own again. A condition left at the end with no outcome of its own (我会想你的，如果你走) takes the
clauses before it. 主要是 ("mainly") is no 要是 ("if").

>>> outright("我爱你，如果你不信就算了")
['我爱你']
>>> outright("如果你不信，也没关系，因为我爱你")
['因为我爱你']
>>> outright("如果你走，我会想你的")
[]
>>> outright("我主要是喜欢猫")
['我主要是喜欢猫']
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["CONDITION", "outright"]

#: A condition, a concession or an "otherwise" (主要是, 需要是: no 要是)
CONDITION = lazy(r"如果|假如|(?<![主需])要是|假设|倘若|万一|即使|哪怕|若是|要不是|否则|不然")
#: A condition that carries its own outcome (如果你不信就算了) or is one (否则, 不然): the clause before it is free
_OWN_OUTCOME = lazy(r"(?:如果|假如|要是|假设|倘若|若是).+?(?:就|便|那就|那么)|^(?:否则|不然|要不然)")
#: What opens a clause of its own after a condition's outcome: a reason, a contrast, an aside
_FRESH = lazy(r"^(?:因为|但是|但|可是|不过|其实|反正|况且|何况|另外|说真的|老实说|说实话)")
#: Where a sentence's clauses part
_COMMA = re.compile(r"([，,：:])")


def outright(sentence: str) -> list[str]:
    """The runs of clauses of ``sentence`` that no condition governs (module docstring); the whole sentence when it
    says none."""
    if not CONDITION.search(sentence):
        return [sentence]
    bits = _COMMA.split(sentence)
    parts, marks = bits[0::2], bits[1::2] + [""]
    kept = [bool(p.strip()) for p in parts]
    for i, part in enumerate(parts):
        if not CONDITION.search(part):
            continue
        kept[i] = False
        own = bool(_OWN_OUTCOME.search(part))
        after = [j for j in range(i + 1, len(parts)) if parts[j].strip()]
        if not own and not after:  # 我会想你的，如果你走: the clauses before are its outcome
            kept[:i] = [False] * i
        for j in after:  # 如果你走，我会想你的: the outcome, up to a clause of its own (因为我爱你)
            if _FRESH.match(parts[j].strip()):
                break
            kept[j] = False
    runs: list[str] = []
    run = ""
    for part, mark, keep in zip(parts, marks, kept):
        if keep:
            run += part + mark
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    return [r.rstrip("，,：: ") for r in runs if r.rstrip("，,：: ")]

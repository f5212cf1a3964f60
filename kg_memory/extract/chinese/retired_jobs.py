"""A job said beside one's retiring is the job retired from: 我做了十年护士，去年退休了 ends the job 护士 (then) rather
than giving the job 退休 beside it, as "I was a nurse for ten years, retired last year" does; 我去年退休了 alone
still gives 退休."""

from __future__ import annotations

from ..framework import Found

__all__ = ["retired_jobs"]


def retired_jobs(found: list[Found], endings: list[Found]) -> list[Found]:
    """``found`` less each job of a subject who retired in the same turn (moved to ``endings``, at the time of the
    retiring) and the title 退休 beside it.

    >>> from kg_memory.types import Entity
    >>> ann = Entity("安娜", "Person")
    >>> endings: list[Found] = [(ann, "worksFor", ann, 0.8, None)]
    >>> retired_jobs([(ann, "jobTitle", "护士", 0.85, None), (ann, "jobTitle", "退休", 0.75, None)], endings)
    []
    >>> [(p, o) for _, p, o, _, _ in endings if p == "jobTitle"]
    [('jobTitle', '护士')]
    """
    retired = {f[0]: f for f in found if f[1] == "jobTitle" and f[2] == "退休"}
    left = {f[0]: f for f in endings if f[1] == "worksFor" and f[2] == f[0] and f[0] in retired}
    jobs = [f for f in found if f[1] == "jobTitle" and f[0] in left and f[2] != "退休"]
    if not jobs:
        return found
    for subject, predicate, job, confidence, _ in jobs:  # 我做了十年护士，去年退休了: 护士 until then
        endings.append((subject, predicate, job, confidence, left[subject][4]))
    quit_ = {f[0] for f in jobs}
    return [f for f in found if f not in jobs and not (f[1] == "jobTitle" and f[2] == "退休" and f[0] in quit_)]

"""A family name that ends like a job is no job: "I'm Dr. Baxter" (a doctor named Baxter, no baxter), "I'm a Lindqvist, we
all fish" (one of the Lindqvists)."""

from __future__ import annotations

import re

from .lexicon import JOBS_SET

__all__ = ["surname_as_job"]


def surname_as_job(phrase: str, text: str) -> bool:
    """Whether the job ``phrase`` read in ``text`` is only a capitalised name there that ends like a job ("-er", "-or",
    "-ist"), not a known job ("I'm a Baker" still tells a baker).

    >>> surname_as_job("baxter", "I'm Dr. Baxter."), surname_as_job("baker", "I'm a Baker."), surname_as_job("welder", "a welder")
    (True, False, False)
    """
    head = phrase.split()[-1].lower()
    return head not in JOBS_SET and re.search(rf"\b{re.escape(head.capitalize())}\b", text) is not None \
        and re.search(rf"\b{re.escape(head)}\b", text) is None

"""How many people one speaker calls by name to the one who answers, for :mod:`.speakers`: three or more are said to
a room or read from a list ("Debbie, 321." "Charla, 278." "Elizabeth, 871."), not the answerer's names. Forms of one
name count once: those sharing their first letters ("Rach", "Rachel"), and a one-word name held whole in another ("Liv"
in "Olivia", "Tasha" in "Natasha"), as one calls a friend by turns; a surname shared by two full names does not join
them ("Nell Ashgrove", "Tobin Ashgrove": a family).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["read_as_list"]

#: Names of this many people (or more) said by one speaker to the one who answers: said to a room or read from a list,
#: not the answerer's names.
_RIVALS = 3


def read_as_list(called: Iterable[tuple[str, str]]) -> bool:
    """Whether the ``(stem, name)`` pairs one speaker calls to one answerer name three people or more: a list read
    out, whose names are not the answerer's ("Pheebs" and "Phoebe" are one, "Liv" and "Olivia" too).

    >>> read_as_list([("ph", "Pheebs"), ("ph", "Phoebe"), ("li", "Liv"), ("ol", "Olivia")])
    False
    >>> read_as_list([("de", "Debbie"), ("ch", "Charla"), ("el", "Elizabeth")])
    True
    """
    return people_called(called) >= _RIVALS


def people_called(called: Iterable[tuple[str, str]]) -> int:
    """How many people the ``(stem, name)`` pairs of ``called`` name: forms of one name are one person.

    >>> people_called([("ol", "Olivia"), ("li", "Liv"), ("ma", "Marco")])
    2
    >>> people_called([("de", "Debbie"), ("ch", "Charla"), ("el", "Elizabeth")])
    3
    """
    groups: list[tuple[set[str], set[str]]] = []  # (stems, names folded) of each person
    for stem, name in set(called):
        folded = name.casefold()
        joined = [g for g in groups if stem in g[0] or any(_holds(folded, other) for other in g[1])]
        merged: tuple[set[str], set[str]] = ({stem}, {folded})
        for g in joined:
            merged[0].update(g[0])
            merged[1].update(g[1])
            groups.remove(g)
        groups.append(merged)
    return len(groups)


def _holds(one: str, other: str) -> bool:
    """Whether one of two folded one-word names holds the other whole, three letters at least ("liv" in "olivia"; not
    "Nell Ashgrove" and "Tobin Ashgrove", two of one family).

    >>> _holds("liv", "olivia"), _holds("ashgrove", "nell ashgrove")
    (True, False)
    """
    short, long_ = sorted((one, other), key=len)
    return len(short) >= 3 and short in long_ and " " not in long_

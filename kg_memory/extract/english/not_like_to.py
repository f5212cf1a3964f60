"""The "like to" a negation may take in, for :mod:`.rules`: "i do not like to say this", "i never like to work
weekends" read as "i do not say this", "i never work weekends" (the verb phrase read, negated), while a short verb
phrase that ends the clause is a dislike and stays for the liking rule: "i do not like to drive .", "i really do not
like to clean up", "i do not like to read books" (``dislikes`` "drive", "clean up", "read books"). A hedge is no
dislike ("i do not like to brag", "to complain"), "to be", "to do", "to have", "to go" lead on to more than a pastime,
and a comma may go on to another clause ("my brother does not like to cook , so food trucks save the day").

>>> import re
>>> neg = re.compile(rf"^(?:do\\s+)?not\\s+(?:{SWALLOWED}\\s+)*", re.I)
>>> neg.match("do not like to say this but").group(0)
'do not like to '
>>> neg.match("do not like to drive .").group(0)
'do not '
"""

from __future__ import annotations

__all__ = ["SWALLOWED"]

#: "like to" read as part of the negation, unless a short pastime ending the clause follows (then it is a dislike)
SWALLOWED = (r"like\s+to(?!\s+(?!(?:say|tell|brag|boast|admit|complain|ask|assume|judge|gossip|interrupt|bother|rush|"
             r"be|do|have|go)\b)[a-z]+(?:\s+(?:up|out|[a-z]+s))?\s*(?:$|[.!;?]|(?:but|because|anymore|either)\b))")

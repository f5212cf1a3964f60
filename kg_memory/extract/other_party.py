"""Names that a "he" or "she" cannot mean, read from how the name is said.

The resolver of :mod:`.pronouns` takes the person last mentioned whose gender fits. Two ways of saying a name put
that person out of reach of a pronoun, whatever their gender:

- the name comes after the pronoun in the same turn, as the other party of what the pronoun does ("She broke up with
  Theo because she likes me", "她和阿杰分手了，因为她喜欢我"): the pronoun means someone known before, and the one
  named is someone else (:func:`named_after_pronoun`);
- the name is said only to compare ("It looks kinda like my uncle Bert", "just like Bert", "长得像我叔叔老王"):
  the one named is not in the scene, and "he's beautiful" said next is of whom was compared (:func:`compared_only`);
  so is a stock figure, a first name and a common word said as a type ("he's like Joe Hockey", "a real Joe Lunchbox");
- a name whose gender is not known, taken up by a pronoun of the other gender in the turn that says it ("这是大卫！
  他很特别。"): a later "她" is someone else (:func:`taken_up_as_other`).
"""

from __future__ import annotations

import re

from .patterns import lazy

__all__ = ["compared_only", "named_after_pronoun", "taken_up_as_other"]

#: A third-person subject pronoun of each gender, English and Chinese (not 他们, 她们: a group; not "his", "her": "His
#: name is Keith" names the one the pronoun is), then the words up to the name, in one sentence.
_PRONOUN = {
    "male": lazy(r"(?:\b(?i:he)\b|他(?![们們的]))(?P<between>[^.!?。！？;；]*)$"),
    "female": lazy(r"(?:\b(?i:she)\b|她(?![们們的]))(?P<between>[^.!?。！？;；]*)$"),
}
#: Words between the pronoun and the name that say who the pronoun is ("she is Ann", "he's called Theo", "她叫小雅",
#: "她就是小雅"): the name is the pronoun's own.
_IS = lazy(r"\b(?:is|was|called|named|goes\s+by)\b|['’]s\b|叫|是|名字", re.I)
#: "like" or "像" that compares, just before a name and the kin word or owner that may open it: "kinda like my uncle",
#: "looks like", "长得像我叔叔" (not "like" alone: "Ooh, like Ross!" offers Ross as an example).
_COMPARED = lazy(
    r"(?:\b(?:kinda|kind\s+of|sort\s+of|sorta|looks?|looked|looking|just|exactly|a\s+bit|a\s+little|"
    r"more|much|lot)\s+like|(?:长得|看起来|就)?像)\s*(?:(?:my|your|his|her|our|their|我|你|他|她|我们)的?\s*)?"
    r"(?:(?:uncle|aunt|auntie|cousin|grandpa|grandma|brother|sister|dad|mom|father|mother|friend|"
    r"叔叔|舅舅|伯伯|阿姨|姑姑|表哥|表姐|堂哥|爷爷|奶奶|哥哥|姐姐|朋友)\s*)?$",
    re.I,
)
#: A stock figure: a first name and a capitalised common word said as a type, not a person ("he's like Joe Hockey",
#: "a real Joe Lunchbox", "your average Jane Commuter"): the words before, then the second word after the name.
_STOCK_BEFORE = lazy(r"(?:\b(?:is|was|are|were)|['’](?:s|re))\s+like\s+$|\b(?:a|an)\s+(?:real|regular|typical|total|"
                     r"proper|average)\s+$|\byour\s+(?:average|typical|regular|everyday)\s+$", re.I)
_STOCK_AFTER = lazy(r"\s+[A-Z][a-z]+\b")


def _stock_figure(text: str, at: int, name: str) -> bool:
    """Whether ``name``, said at ``at`` in ``text``, opens a stock figure ("he's like Joe Hockey", "a real Joe
    Lunchbox"): no one in the scene, whom a later "he" cannot mean.

    >>> _stock_figure("He's like Joe Hockey.", 10, "Joe"), _stock_figure("It's like Joe said.", 10, "Joe")
    (True, False)
    """
    return bool(_STOCK_BEFORE.search(text[:at])) and bool(_STOCK_AFTER.match(text, at + len(name)))


def named_after_pronoun(text: str, name: str, gender: str) -> bool:
    """Whether ``text`` says a subject pronoun of ``gender`` before it first says ``name``, in the same sentence, and
    not to say who the pronoun is (see the module docstring).

    >>> named_after_pronoun("She broke up with Theo because she likes me.", "Theo", "female")
    True
    >>> named_after_pronoun("Theo broke up with me. She was upset.", "Theo", "female")
    False
    >>> named_after_pronoun("His name is Keith. He's a firefighter.", "Keith", "male"), named_after_pronoun("She's Britt.", "Britt", "female")
    (False, False)
    >>> named_after_pronoun("她和阿杰分手了，因为她喜欢我。", "阿杰", "female"), named_after_pronoun("她们和阿杰走了。", "阿杰", "female")
    (True, False)
    """
    at = text.find(name)
    pattern = _PRONOUN.get(gender)
    said = pattern.search(text[:at]) if at > 0 and pattern is not None else None
    return said is not None and not _IS.search(said.group("between"))


#: Any third-person pronoun of each gender, English and Chinese.
_ANY_PRONOUN = {
    "male": lazy(r"\b(?i:he|him|his)\b|他(?![们們])"),
    "female": lazy(r"\b(?i:she|her|hers)\b|她(?![们們])"),
}


def taken_up_as_other(text: str, name: str, gender: str) -> bool:
    """Whether ``text``, after it says ``name``, speaks of someone by pronouns of the other gender than ``gender`` only:
    the one named is of that other gender, as far as the turn tells.

    >>> taken_up_as_other("这是大卫！还记得大卫吗？他很特别。", "大卫", "female")
    True
    >>> taken_up_as_other("这是大卫！他和她都很特别。", "大卫", "female"), taken_up_as_other("他认识大卫。", "大卫", "female")
    (False, False)
    """
    at = text.find(name) if name else -1
    if at < 0 or gender not in _ANY_PRONOUN:
        return False
    after = text[at + len(name):]
    other = "female" if gender == "male" else "male"
    return _ANY_PRONOUN[other].search(after) is not None and _ANY_PRONOUN[gender].search(after) is None


def compared_only(text: str, name: str) -> bool:
    """Whether ``text`` says ``name`` and only to compare someone to them (see the module docstring).

    >>> compared_only("Kinda like my uncle Bert, with ketchup on.", "Bert"), compared_only("Just like Bert.", "Bert")
    (True, True)
    >>> compared_only("I like my uncle Bert. He's fun.", "Bert"), compared_only("Just like Bert, but Bert is taller.", "Bert")
    (False, False)
    >>> compared_only("Ooh, like Bert!", "Bert")  # an example offered
    False
    >>> compared_only("长得像我叔叔老王。", "老王")
    True
    >>> compared_only("I mean, he's like Joe Hockey.", "Joe"), compared_only("He's a real Joe Lunchbox.", "Joe")
    (True, True)
    """
    starts = [m.start() for m in re.finditer(re.escape(name), text)] if name else []
    return bool(starts) and all(_COMPARED.search(text[:at]) or _stock_figure(text, at, name) for at in starts)

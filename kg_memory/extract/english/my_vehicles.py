"""A vehicle said to be the speaker's with "my" anywhere in a clause: "i would rather drive my van", "i cannot take my
van out in the snow", "just cruising in my big blue shag van", "should i pick you up in my 2015 honda civic" give
``owns`` with the vehicle as named (a make and its model or kind: "honda civic", "ford truck", "sports car"): one's
own vehicle is had whatever the clause says of it, a wish or a denial included. Not "my dream car", "my next truck",
a quoted "'wash my car'", "my rental car", "my company van", "my dad's car" (another's), "my car dealer"; nor after
"buy", "get", "afford" with a plan ("i want to buy my own car"), nor after "have" under a denial ("i do not have my
car anymore").

>>> my_vehicles("i would rather drive my cheap little car , it is blue")
['car']
>>> my_vehicles("oh i could drive my toyota camry to you"), my_vehicles("my little red sports car is fast")
(['toyota camry'], ['sports car'])
>>> my_vehicles("my dream car is a tesla"), my_vehicles("i want to buy my own car someday")
([], [])

A kind said to be of a make names the vehicle by its make: "my car is a 2012 ford focus", "my truck is a toyota" give
"ford focus", "toyota" (the same vehicle, named more closely), not "car" or "truck".

>>> my_vehicles("my car is a 2012 ford focus i love"), my_vehicles("my car is a lease")
(['ford focus'], ['car'])
"""

from __future__ import annotations

import re

from ..framework import lazy
from .lexicon import KIN_PREDICATE, PLANNED, STOP, TO_GET

__all__ = ["VEHICLE_WORDS", "my_vehicles"]

#: makes of cars and motorcycles: "(my) ford (truck)", "(my) honda (civic)"
_MAKES = ("honda toyota ford chevy chevrolet nissan volkswagen vw audi lexus subaru harley mazda kia hyundai bmw mercedes "
          "tesla porsche ferrari jaguar dodge buick cadillac gmc volvo fiat yamaha kawasaki suzuki ducati vespa jeep")
#: kinds of vehicle, and models said alone ("my prius", "my mustang")
_KINDS = ("car cars truck trucks van suv jeep motorcycle motorbike bike bicycle scooter boat yacht convertible mustang "
          "corvette camaro prius minivan sedan rv camper moped atv tractor pickup")
#: every word that names a vehicle, make or kind
_MAKE_WORDS = frozenset(_MAKES.split())
VEHICLE_WORDS = _MAKE_WORDS | frozenset(_KINDS.split())
#: words before a kind that make it another kind ("sports car", "mini van", "dirt bike", "pickup truck")
_COMPOUND = frozenset("sports mini dirt mountain road fishing pickup race racing muscle electric rc".split())
_MY_VEHICLE = lazy(r"\b(?:my|our)\s+(?P<mods>(?:(?!(?:my|our)\b)[\w'-]+\s+){0,4}?)(?P<v>" + "|".join(sorted(VEHICLE_WORDS, key=len, reverse=True))
                   + r")(?![\w'-])(?=(?P<model>(?:\s+[a-z0-9][\w-]*){0,2}))", re.I)
#: a vehicle not had, or not one's own: "my dream car", "my next truck", "my rental car", "my company van"
_NOT_HAD = frozenset("dream next future ideal rental rented borrowed fantasy company work ex type kind sort brand".split())
#: what follows a vehicle when it names another thing: "my car dealer", "my bike lessons", "my car stuff" (as the
#: "my <possession>" scan of :mod:`.mentions` reads them)
_ANOTHER_THING = frozenset("dealer dealership salesman wash lessons lesson ride rides trip trips show shows race races "
                           "insurance loan payment payments game games magazine magazines stuff things gear parts part "
                           "mods mod case cover key keys seat seats door doors repairs repair tires tire alarm window "
                           "battery accident culture scene world problems problem issues issue troubles".split())
#: an opening quotation mark: "you could say 'wash my car'" quotes words, not the speaker's vehicle
_QUOTE_OPENED = lazy(r"(?:^|\s)['‘\"“](?=\w)")
_HAD_DENIED = lazy(r"\b(?:not|never|no)\b.*\b(?:have|has|own|owns|got)\b[^,.;]*$|\b(?:anymore|any\s+more)\b", re.I)


#: a kind said to be of a make: "(my car) is a 2012 ford (focus)", "(my truck) is an old toyota"
_IS_OF_MAKE = lazy(r"\s+is\s+an?\s+(?:(?:19|20)\d\d\s+|old\s+|new\s+|used\s+)?(?P<make>" + "|".join(sorted(_MAKE_WORDS, key=len, reverse=True))
                   + r")\b(?=(?P<model>(?:\s+[a-z0-9][\w-]*){0,2}))", re.I)


#: words after a make that are no model: a verb's forms ("my toyota speaks"), and words of degree or quantity
_NO_MODEL = lazy(r"(?:ed|ing)$|^(?:all|any|some|too|so|very|really|just|now|here|there|again|back|up|out|down|off|paid|pick|"
                 r"got|made|left|broke|new|old|is|was|has|does|goes|needs|looks|runs|gets|makes|seems|works|smells|sounds|"
                 r"keeps|takes|starts|breaks|drives|rides|sits|stays|speaks|says|gives|lives)$")


def my_vehicles(clause: str) -> list[str]:
    """The vehicles ``clause`` calls the speaker's ("my van", "my ford truck"), as named, in order."""
    found: list[str] = []
    for m in _MY_VEHICLE.finditer(clause):
        mods = m.group("mods").lower().split()
        if any(w in _NOT_HAD or w != "family" and (w in KIN_PREDICATE or w[:-1] in KIN_PREDICATE) or w.endswith(("'s", "s'")) or w in STOP
               for w in mods):
            continue  # "my dream car", "my dad's truck", "my dads old car", "my favorite kind of car", "my way to the car"; "our
            # family car" is ours
        before = clause[:m.start()]
        if TO_GET.search(before) and PLANNED.search(clause) or _QUOTE_OPENED.search(before) \
                or _HAD_DENIED.search(before) or _HAD_DENIED.search(clause, m.end()):
            continue  # "i want to buy my own car", "'wash my car'", "i do not have my car anymore"
        model = m.group("model").lower().split()
        if model and model[0] in _ANOTHER_THING:
            continue
        words = [*mods, m.group("v").lower()]
        start = next((i for i, w in enumerate(words) if w in VEHICLE_WORDS), len(words) - 1)
        if start == len(words) - 1 and len(words) > 1 and words[-2] in _COMPOUND:
            start -= 1  # "sports car", "mini van"
        label = words[start:]
        if model and model[0] in VEHICLE_WORDS and model[0] not in _MAKE_WORDS:
            label.append(model.pop(0))  # "pickup truck", "mustang convertible"
        made = _IS_OF_MAKE.match(clause, m.end()) if label[-1] not in _MAKE_WORDS else None
        if made is not None:  # "my car is a 2012 ford focus": the ford focus
            label, model = [made.group("make").lower()], made.group("model").lower().split()
        if label[-1] in _MAKE_WORDS or label[-1] in ("mustang", "prius", "camaro", "corvette"):
            for i, w in enumerate(model):  # "honda civic", "ford taurus", "volkswagen beetle car", "honda civic 2015"
                if w in STOP or w in _ANOTHER_THING or not re.fullmatch(r"[a-z0-9-]+", w) \
                        or i and not (w.isdigit() or w in VEHICLE_WORDS) or _NO_MODEL.search(w):
                    break  # "my bmw paid off", "my toyota speaks italian", "my honda all the way home": no model
                label.append(w)
        found.append(" ".join(label))
    return found

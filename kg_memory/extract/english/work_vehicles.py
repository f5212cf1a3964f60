"""A vehicle driven for work is a job, not a thing owned: "my dad drives a bus", "she drives a cab at night", "I drive
a school bus" give the job (bus driver, cab driver); a truck or a van only when said to be work ("drives a truck for a
living", "I drive a truck cross-country"), for a car or a pickup is what one owns ("I drive a Subaru", "I drive a
truck"). A vehicle of work driven for a time ("I'm driving a bus this summer") or with no job it names tells nothing.

>>> driven_for_work("a bus for the city")
'bus driver'
>>> driven_for_work("a truck for a living")
'truck driver'
>>> driven_for_work("a truck") is None
True
>>> driven_for_work("a forklift at the warehouse")
''
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["driven_for_work"]

#: Vehicles nobody drives as their own car: the job each names ("" where the job has no usual name)
_WORK_VEHICLE = {"bus": "bus driver", "taxi": "taxi driver", "cab": "cab driver", "ambulance": "ambulance driver",
                 "semi": "truck driver", "rig": "truck driver", "18-wheeler": "truck driver", "tractor-trailer": "truck driver",
                 "tram": "tram driver", "streetcar": "tram driver", "train": "train driver", "limo": "limo driver",
                 "limousine": "limo driver", "forklift": "", "garbage truck": "", "tow truck": "tow truck driver",
                 "dump truck": "", "delivery truck": "delivery driver", "delivery van": "delivery driver", "trolley": ""}
#: Vehicles one may own, a job only when said to be work
_OWNABLE = {"truck": "truck driver", "van": "van driver", "car": "driver"}
_VEHICLE = lazy(r"^(?:an?|the|my|his|her|their|our)\s+(?:(?:city|school|tour|party|charter|shuttle|transit|yellow|big|"
                r"double[\s-]decker|long[\s-]haul|\w+'s)\s+)?"
                r"(?P<v>(?:garbage|tow|dump|delivery)\s+(?:truck|van)|18[\s-]wheeler|tractor[\s-]trailer|semi(?:[\s-]truck)?|"
                r"big\s+rig|bus|taxi|cab|ambulance|tram|streetcar|train|limo|limousine|forklift|trolley|truck|van|car)s?\b"
                r"(?P<rest>.*)$", re.I)
#: Said as work: "for a living", "for work", "for the city", "professionally", "cross-country", "for 20 years"
_AS_WORK = lazy(r"^\W*(?:\w+\s+)?(?:for\s+(?:a\s+living|work|(?:a|the)\s+(?:company|firm|city|county|state|district|"
                r"school|hospital|living))|professionally|cross[\s-]country|long[\s-]haul|for\s+\w+\s+years)\b", re.I)
#: For a time or a trip: "this summer", "to Ohio", "home", "tomorrow"
_FOR_A_TIME = lazy(r"^\W*(?:this|next|for\s+the\s+(?:day|week|weekend|trip)|to|home|back|tomorrow|tonight|today|"
                   r"down|up|across|around)\b", re.I)


def driven_for_work(raw: str, progressive: bool = False) -> str | None:
    """The job named by driving ``raw`` ("a bus" -> "bus driver"), "" for work that names no job, None for a vehicle one
    may own said with no sign of work ("a truck", "a Subaru"). ``progressive`` ("driving a bus"): only with a sign of
    work, a vehicle of work alone is no job ("I'm driving a bus this summer")."""
    m = _VEHICLE.match(raw.strip())
    if m is None:
        return None
    vehicle = re.sub(r"[\s-]+", " ", m.group("v").lower())
    vehicle = {"big rig": "rig", "18 wheeler": "18-wheeler", "tractor trailer": "tractor-trailer", "semi truck": "semi"}.get(
        vehicle, vehicle)
    rest = m.group("rest")
    as_work = _AS_WORK.match(rest) is not None
    if vehicle in _OWNABLE:
        return _OWNABLE[vehicle] if as_work else None
    if progressive and not as_work:
        return ""
    if _FOR_A_TIME.match(rest) and not as_work:
        return ""
    return _WORK_VEHICLE.get(vehicle, "")

"""Praise of the thing at hand said with a verb of liking, which tells no taste of the speaker's: a side of it ("I love
the colors", "the connection to nature", "the way it turned out"), a part of the picture shown ("the blue vase in the
pic"), or the thing itself greeted with no "I" ("Love the tattoo!", "Love the red and blue.").

>>> praises_what_is_shown("the tattoo, did you just get it?", "Love the tattoo, did you just get it?")
True
>>> praises_what_is_shown("the colors", "I love the colors.")
True
>>> praises_what_is_shown("the beach", "I love the beach.")
False
"""

from __future__ import annotations

import re

from ..framework import lazy

__all__ = ["praises_what_is_shown"]

#: "(I love) the color and texture", "all the details", "the thought", "their design": a side of the thing at hand (most
#: often what the other just showed), which says no taste of the speaker's ("the beach", "the smell of rain" are tastes)
_ASPECT_OF_IT = lazy(
    r"^(?:all\s+)?(?:the|their|its)\s+(?:(?!the\b|a\b|an\b)[\w'-]+\s+(?:and\s+)?){0,2}?(?:colou?rs?|textures?|details?|themes?|idea|thought|vibes?|"
    r"smell|taste|connection|structure|design|look|feel|sound|atmosphere|energy|message|concept|way|shapes?|lines|"
    r"composition|layout|work|effort|style)(?=\s*(?:$|[.!,;?]|(?:and|in|on|to|there|here|too|it|you)\b|(?-i:[A-Z])))"
    r"|^(?:all\s+)?the\s+way\s+(?:the|you|he|she|they|it|we|i|that|this|your|his|her|their)\b",  # "the way it turned out"
    re.I,
)
#: "(I love) the blue vase in the pic": a part of the picture shown
_IN_THE_SHOWN = lazy(r"^[^,.;!?]*?\b(?:in|on)\s+(?:the|this|that|your|these|those)\s+(?:pics?|pictures?|photos?|shots?|"
                     r"paintings?|drawings?|snaps?)\b", re.I)


#: A sentence that opens on the verb, with no "I", and goes on to "the" ("Love the tattoo!", "Wow, love all the colors"):
#: a greeting of what the other shows ("Love hiking!" names a pastime, "I love the beach" a taste)
_NO_I_THE = lazy(r"^\W*(?:(?:oh|wow|aw+|ooh|omg|and|also|just|really|totally|absolutely)\W+)*(?:love|loving|adore)\s+(?:all\s+)?the\s", re.I)


def praises_what_is_shown(raw: str, sentence: str) -> bool:
    """Whether liking ``raw``, the object said in ``sentence``, is praise of the thing at hand (see the module)."""
    return bool(_ASPECT_OF_IT.match(raw) or _IN_THE_SHOWN.match(raw) or _NO_I_THE.match(sentence))

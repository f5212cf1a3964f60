"""Full stops that end no sentence: the dot of a title or short word before a name ("Dr. Green", "St. Mary's
Hospital", "Mt. Fuji", "Tom Smith Jr."), of initials that go on in lower case ("a B.A. in history"), and the same
short words typed in lower case ("i work nights at st. agnes", "my usual soda is dr. pepper", "we
climbed mt. hood"): a name goes on after them. In lower case the dot ends the sentence where a new one plainly opens
after it ("i live on elm st. i love it", "he is a dr. my wife is a nurse"), and "ms." is left out (a state, an
illness: "she was born in ms. she moved west").

>>> import re
>>> re.split(rf"(?<=[.!?]){NO_END}\\s+", "i nurse at st. agnes now. it is busy")
['i nurse at st. agnes now.', 'it is busy']
>>> re.split(rf"(?<=[.!?]){NO_END}\\s+", "i live on elm st. i love it")
['i live on elm st.', 'i love it']
"""

from __future__ import annotations

__all__ = ["NO_END"]

#: Words that open a new sentence after a lower-case "st." / "dr." ("... elm st. i love it"), not a name's next word
_OPENS = r"(?:i|my|we|he|she|it|they|you|and|but|so|the|a|an|our|his|her|their|this|that|there|what|how|do|lol|haha)"
#: Where a full stop ends no sentence (a lookahead and lookbehinds, read just after the stop)
NO_END = (
    r"(?<!\b[DMS]r\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\b[SM]t\.)(?<!\bJr\.)(?!(?<=[A-Za-z]\.[A-Z]\.)\s+[a-z])"
    rf"(?!(?:(?<=\b[sm]t\.)|(?<=\b[dm]r\.)|(?<=\bmrs\.))\s+(?!{_OPENS}\b)[a-z])"
)

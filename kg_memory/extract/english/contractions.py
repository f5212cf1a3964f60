"""English contractions and chat spellings made plain before a turn is read: "i'm" is "i am", "don't" is "do not",
"Monica's my sister" is "Monica is my sister", "wanna" is "want to", "my moms cat" is "my mom's cat".

Each entry is (pattern, replacement, trigger): :func:`.segment.normalize` runs a pattern only where its trigger is
found in the lower-cased text (no trigger: always), in order.

>>> import re
>>> pattern, repl, _ = CONTRACTIONS[6]
>>> pattern.sub(repl, "i'm here")
'i am here'
"""

from __future__ import annotations

import re

from ..framework import LazyPattern, lazy
from .lexicon import KIN, KIN_HOMES, KIN_MODS, KIN_OWNED, PET, SAID_KINDS

__all__ = ["CONTRACTIONS"]

#: An age said alone, with what may come before it ("only", "turning") and after it ("years old", "now", a stop, "and
#: she's ...": "Rudi's turning five and he's wild")
_AGE_ALONE = (r"(?:(?:only|just|almost|nearly)\s+)?(?:(?P<turning>turning)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|"
              r"nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)"
              r"(?=\s*[.,!?;]|\s*$|\s+(?:years?\s+old|now|and\s+a\s+half|(?:and|but|so)\s+(?:he|she)(?:'s|\s+is)?)\b"
              r"|(?(turning)\s+(?:next|this|in|on|tomorrow|soon)\b|(?!)))")  # "Rudi's turning five next week"

#: How one is, said of a person right after a name's "'s" and before a stop ("Nkem's boring.", "Ada's sweet, she ...",
#: "Leo's shy but kind"): the "'s" is "is", as a possessive would need a thing after it ("Leo's shy dog"); not "fine" or
#: "okay", said of a name as often as of one named ("Call me whatever, Carmen's fine.")
_HOW_ONE_IS = (r"(?:boring|cute|sweet|nice|lovely|adorable|gorgeous|beautiful|handsome|pretty|smart|clever|brilliant|funny|"
               r"hilarious|shy|quiet|loud|lazy|rude|mean|kind|annoying|weird|crazy|nuts|grumpy|cranky|stubborn|charming|"
               r"great|amazing|wonderful|awesome|fantastic|perfect|cool|fun|tired|sick|busy|upset|angry|mad|"
               r"sad|happy|lonely|nervous|scared|asleep|awake|famous|single|pregnant|jealous|drunk)"
               r"(?=\s*[.,!?;]|\s*$|\s+(?:and|but|too|though|today|tonight|lately|again|now)\b)")

#: (pattern, replacement, triggers): a pattern runs only when one of its triggers is in the lower-cased
#: text (no trigger: always). Whitespace is collapsed first, so the patterns see single spaces.
_CONTRACTIONS_TRIGGERED: tuple[tuple[LazyPattern, str, tuple[str, ...]], ...] = (
    (lazy(r"[\u2018\u2019\u02bc`]"), "'", ("\u2018", "\u2019", "\u02bc", "`")),
    # punctuation typed apart ("i like cats , you ?"): the text's spaces are single spaces by then
    (lazy(r"\s+([.,!?;:])"), r"\1", (" .", " ,", " !", " ?", " ;", " :")),
    # a dash typed against the word before it: "an assistant manager- it's a start" (not "pre- and post-war")
    (lazy(r"(?<=[a-z])-\s+(?!(?:and|or|to)\b)", re.I), " - ", ("- ",)),
    # a stammer: "I-I'm", "we-we", "b-but" (a word said twice is said once)
    (lazy(r"\b([A-Za-z]{1,4})-(?=\1\b)|\b([A-Za-z])-(?=\2[a-z])", re.I), "", ("-",)),
    # ... and a verb said twice ("I need to tell someone that I love love them")
    (lazy(r"\b(loves?|likes?|hates?|wants?|needs?|owns?|lives?|works?|have|has)\s+(?=\1\b)", re.I), "",
     ("love", "like", "hate", "want", "need", "own", "live", "work", "ha")),
    (lazy(r"\s+(n't|'s|'m|'re|'ve|'d|'ll)\b", re.I), r"\1", ("'",)),
    (lazy(r"\b(i)\s*'m\b|\bim\b|\bi\s+m\b", re.I), "i am", ("'m", "im", "i m")),
    (lazy(r"\b(can)'t\b|\bcant\b|\bcan\s+not\b", re.I), "cannot", ("can",)),
    (lazy(r"\bwon't\b|\bwont\b", re.I), "will not", ("won",)),
    (lazy(r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should)n't\b", re.I), r"\1 not", ("n't",)),
    (lazy(r"\b(do|does|did|is|are|was|were|have|has)nt\b", re.I), r"\1 not", ("nt",)),
    (lazy(r"\b(do|does|did)\s+n\s*t\b|\b(do|does|did)\s+t\b", re.I), r"\1\2 not", ("do n", "does n", "did n", "do t", "does t", "did t")),
    (lazy(r"\bive\b", re.I), "i have", ("ive",)),
    (lazy(r"\b(\w+)'ve\b", re.I), r"\1 have", ("'ve",)),
    (lazy(r"\b(\w+)'re\b", re.I), r"\1 are", ("'re",)),
    (lazy(r"\b(\w+)'ll\b", re.I), r"\1 will", ("'ll",)),
    (lazy(r"\b(i|you|he|she|we|they)'d\b", re.I), r"\1 would", ("'d",)),
    (lazy(r"\b(he|she|it|that|what|there|who|name)'s\b|\b(it|that|what|she|he)s\b", re.I), r"\1\2 is",
     ("'s", "its", "thats", "whats", "shes", "hes")),  # "shes 24", "hes a cop": typed without the apostrophe
    # "Monica's my sister", "..., Joey's not here": a name's "'s" before a determiner or "not" at a clause's start is "is"
    # (a possessive is not followed by "my"; "at Monica's the other day" is not at a clause's start)
    (lazy(r"(^|[.!?,;]\s+|\b(?:and|but|so|because|cause|yeah|yes|oh|well|no|now|think|guess|know)\s+)(?!Let')([A-Z][a-z]+)'s\s+"
          r"(?=(?:my|your|our|their|his|her|a|an|the|not|so|such|really|just|gonna|going|always|never|still|also)\s)"),
     r"\1\2 is ", ("'s",)),
    # "Zoe's in love with Caleb", "Jake's dating Lisa", "Mia's married to Ben", "Ed's in Denver", "Amber's about your age": before
    # words that follow "is" and never a possessive ("Tom's living room", "Mia's married sister" stay possessives)
    (lazy(r"(^|[.!?,;]\s+|\b(?i:and|but|so|because|cause|yeah|yes|oh|well|no|now|think|guess|know|heard|actually|apparently|"
          r"honestly)\s+|\b(?i:my|our|your|his|her|their)\s+(?:[a-z-]+\s+){1,2})(?!Let')([A-Z][a-z]+)'s\s+(?=(?i:in\s+love|(?:crazy|nuts|mad)\s+(?:about|at)|(?:dating|seeing|marrying)\s+(?!(?:app|site|eye)s?\b)|"
          r"(?:engaged|married|divorced|pregnant|single)(?:\s+(?:to|now|again|too)\b|\s*[.,!?]|\s*$)|"
          r"(?:living|staying)\s+(?:in|with|at)\s|working\s+(?:at|for|as|with)\s|(?:studying|majoring)\s|moving\s+(?:to|in|back|away)\b|"
          r"(?:with|from|in|at)\s+(?-i:[A-Z])|(?:about|around|almost)\s+(?:your|my|his|her|our|their|the\s+same)\s+age\b|"
          # "Rudi's five.", "Ada's seven, Tobi's four", "Nina's only 6 now": an age alone (not "Tom's two kids")
          rf"{_AGE_ALONE}|{_HOW_ONE_IS}))"),
     r"\1\2 is ", ("'s",)),
    # "Tom's been seeing Lisa", "Mia's got a boyfriend": a name's "'s" before "been" or "got" is "has"
    (lazy(r"\b(?!Let')([A-Z][a-z]+)'s\s+(?=(?:been|got)\s)"), r"\1 has ", ("'s",)),
    # "my dad's a cop", "my sister's in the army", "my nephew's studying nursing": "'s" after "my ..." and before a
    # determiner or "not" is "is"
    (lazy(r"\b((?:my|your|our|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+)'s\s+(?=(?:a|an|my|your|his|her|our|their|not|so|really|"
          r"still|also|always|never|very|such|gonna|going|getting|studying|majoring|pregnant|married|engaged|divorced|separated|"
          r"retired|sick|"
          r"dead)\s|(?:pregnant|married|engaged|divorced|separated|retired)(?:[.,!?]|$))", re.I),
     r"\1 is ", ("'s",)),
    # "my sister is engaged!! to her boyfriend Marcus": the one engaged (or married) to, said after the stop
    (lazy(r"\b(engaged|married)\s*[!.]+\s+(?=to\s+(?:her|his|my|their|our|a|an|(?-i:[A-Z]))\b)", re.I), r"\1 ",
     ("engaged", "married")),
    # tokenised chat that lost its apostrophe: "that s my favorite", "i ve got", "we ll see"
    (lazy(r"\b(he|she|it|that|what|there)\s+s\b(?!\s*[.,!?]?$)", re.I), r"\1 is", (" s ",)),
    (lazy(r"\b(i|you|we|they)\s+ve\b", re.I), r"\1 have", (" ve",)),
    (lazy(r"\b(i|you|we|they)\s+ll\b", re.I), r"\1 will", (" ll",)),
    (lazy(r"\b(love|miss|hate|like|see|need|want|thank|tell|told|for|with)\s+ya\b", re.I), r"\1 you", (" ya",)),  # "love ya"
    (lazy(r"\b(love|loved|hate|hated|like|liked|adore|enjoy|eat|ate|miss)\s+'?(?-i:em)\b(?!')", re.I), r"\1 them", (" em", "'em")),  # "i love em"
    # "(do you watch severance?) i love that show", "(i just read dune,) loved that book": the one named before, as "it"
    (lazy(rf"\b(love|loved|like|liked|adore|enjoy|enjoyed|hate|hated)\s+that\s+(?:{SAID_KINDS})\b"
          r"(?=\s*(?:[.!?]|$|,\s*(?:it|its|he|she|they|so|but|and|lol|haha)\b)|\s+(?:too|so\s+much|lol|haha)\b)", re.I), r"\1 it",
     (" that ",)),
    # "i have no kids , just a dog named socks", "no pets , but two kids": what one has instead, said without "i have"
    (lazy(r"((?:\bi\s+(?:do\s+not|have\s+not)\s+have\s+(?:any\s+)?|\bi\s+have\s+no\s+|(?:^|(?<=[.!?,]\s))no\s+)(?:kids|children|pets|"
          r"siblings|brothers|sisters|dogs|cats|animals)(?:\s+yet|\s+myself|\s+of\s+my\s+own)?)\s*[,.;!]*\s+(?:just|only|but)\s+"
          r"(?=(?:a|an|one|two|three|four|five|six|seven|eight|\d+)\s+(?!day\b|time\b|thing\b|of\b))", re.I), r"\1, but i have ",
     ("just", "only", "but")),
    # a pause after a possessive: "Ethan is my... boyfriend", "my, uh, sister" (said as "my boyfriend", "my sister")
    (lazy(r"\b(my|your|his|her|our|their)(?:\s*(?:\.{2,}|…)|\s*,?\s+(?:uh+|um+|er|erm)\s*,?)\s*(?=(?-i:[a-z]))", re.I), r"\1 ",
     ("...", "…", " uh", " um", " er")),
    # "my best friend from high school, Dana, is ...", "my roommate from college, Sam,": where they were met, said before
    # the name (read as "my best friend, Dana, is ...")
    (lazy(r"\b((?:my|our)\s+(?:(?:best|oldest|closest|old|good)\s+)?(?:friend|buddy|pal|roommate|bestie|bff))\s+from\s+"
          r"(?:high\s+school|college|school|work|church|the\s+gym|childhood|university|grad\s+school|back\s+home|the\s+office)"
          r"(?=\s*,\s*(?-i:[A-Z]))", re.I), r"\1", (" from ",)),
    # "i love me some bbq", "love me some good tacos": love some bbq (not a liking of "me")
    (lazy(r"\b(love|loves|loving|like|likes)\s+me\s+(?=some\s+(?!(?:days|times|nights|mornings)\b)\w)", re.I), r"\1 ",
     (" me some",)),
    # a relative's pet typed without the apostrophe: "my moms cat", "her sisters dog" (the mom's cat, not moms who cat)
    (lazy(rf"\b((?:my|our|his|her)\s+{KIN_MODS}(?:{KIN}))s\s+(?=(?:{PET})(?![\w'-]))", re.I), r"\1's ",
     ("my ", "our ", "his ", "her ")),
    # a relative's business, car or home after a preposition, the apostrophe left out: "(i work at) my dads bakery",
    # "(i still live in) my parents house" (after a preposition "dads" owns; "my parents farm corn" is a verb)
    (lazy(rf"\b((?:at|in|on|to|for|from|into|near|by|of|inside|outside|behind)\s+(?:my|our|his|her)\s+{KIN_MODS}(?:{KIN}))s"
          rf"\s+(?=(?:(?:old|new|little|small|big|family|own)\s+)?(?:{KIN_OWNED}|{KIN_HOMES})(?![\w'-]))", re.I), r"\1's ",
     ("my ", "our ", "his ", "her ")),
    # "i will be a nurse", "i'll become a chef": the same as "i am going to be" (a job one means to have; "i will be a
    # bit late" is read as no goal by .activities; "I'll be a Beatle", a name, is left as said)
    (lazy(r"\b(i)\s+will\s+(?=(?:be|become)\s+an?\s+(?-i:[a-z]))", re.I), r"\1 am going to ", ("will", "ll ")),
    (lazy(r"\bwanna\b", re.I), "want to", ("wanna",)),
    (lazy(r"\bgonna\b", re.I), "going to", ("gonna",)),
    (lazy(r"\b(?:favourite|fav|fave|favs|faves)\b", re.I), "favorite", ("fav",)),
    # "my go-to snack is ..." (not "this is my go-to place": what "this" is, a thing before, is not said)
    (lazy(r"(?<!\bthis\sis\s)(?<!\bthat\sis\s)(?<!\bit\sis\s)(?<!\bthat's\s)(?<!\bit's\s)"
          r"\b(my|our)\s+go[\s-]?to\b(?=\s+[a-z])", re.I), r"\1 favorite", ("go-to", "go to", "goto")),
)
CONTRACTIONS: tuple[tuple[LazyPattern, str, LazyPattern | None], ...] = tuple(
    (pattern, repl, lazy("|".join(map(re.escape, triggers))) if triggers else None)
    for pattern, repl, triggers in _CONTRACTIONS_TRIGGERED
)

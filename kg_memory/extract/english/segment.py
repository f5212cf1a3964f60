"""English segmentation: a turn normalised, cut into sentences and clauses, and the clause's subject.

Questions, conditionals and wishes are recognised here so that the rules can skip them.

>>> [s for s in SENTENCE.split(normalize("i'm ann. i live in ohio do you?"))]
['i am ann.', 'i live in ohio', 'do you?']
>>> split_run_on("i live in manhattan i love to paint")
['i live in manhattan', 'i love to paint']
"""

from __future__ import annotations

import functools
import re

from ...types import Entity
from ..framework import lazy
from .contractions import CONTRACTIONS
from .lexicon import KIN, KIN_MODS, KIN_PREDICATE, NAME, NUM, PET
from .objects import clean_object, country_spelled, is_job
from .own_relatives import own_relative
from .title_stops import NO_END as _NO_END
from .trade_verbs import TRADE_ING

#: Where a sentence ends: after ".", "!" or "?" (looked for first, as most places are not there) before a space or a
#: capital (not inside initials: "the U.S."), at a line break, and before a question to the listener ("do you", "what
#: about you"; its first letter looked at first)
SENTENCE = lazy(
    rf"(?<=[.!?]){_NO_END}(?:\s+|(?=[A-Z])(?![A-Z]\.))|\n+"
    r"|\s+(?=[acdhwACDHW])(?=(?i:(?:do|does|did|are|have|can|would|will)\s+you|(?:what|where|how|why|who|which)\s+"
    r"(?:do|does|did|are|is|about)\s+(?:you|your))\b)"
)
_QUESTION_START = lazy(
    r"^(?:(?:so|and|but|well|oh|hey|hi|ok|okay)[,\s]+)?(?:do|does|did|are|is|was|were|have|has|can|"
    r"could|would|will|should|shall|may|what(?!\s+i\s+(?:[a-z']+\s+){1,5}?(?:is|are)\s)(?# what i love most is X: no question)|where|who|whom|which|why|how|whats|wheres|hows)\s+"
    r"(?:you|u|your|yours|he|she|they|it|we|i|is|are|do|does|did|about|kind|sort|type|else|much|many|old|long)\b",
    re.I,
)
#: "if", "unless", ... and "otherwise" / "or else" (what holds when a condition fails: "Otherwise, you're just mean!").
CONDITIONAL = lazy(r"\b(?:if|unless|in\s+case|suppose|supposing|imagine|pretend|what\s+if|let(?:'s|\s+us)\s+say|otherwise|"
                   r"or\s+else)\b", re.I)
#: What is wished or might be ("pizza is probably my favorite" is a favourite all the same, only hedged)
IRREALIS = lazy(
    r"\b(?:wish|wished|wishes|wishing|would|could|might|should|maybe|perhaps|probably(?!\s+my\s+(?:all\s+time\s+)?favou?rite\b)|someday|"
    r"hopefully|dream(?:s|ed|t|ing)?\s+(?:of|about)|fantasi[sz]e|if\s+only|ought)\b"
    # "I hope I get promoted to manager": what one hopes for, not what holds
    r"|\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:i|we|he|she|they|my|our|his|her|their)\b"
    # "I don't know why we hang out with married couples more often": what one wishes were done more
    r"|\bwhy\s+(?:don't\s+|do\s+not\s+)?(?:we|i|you)\b[^.!?]*?\bmore\s+(?:often|much)\b",
    re.I,
)
#: :data:`CONDITIONAL` and :data:`IRREALIS` without re.I, for a lower-cased text in ASCII (:func:`conditional`)
_CONDITIONAL_LOW = lazy(CONDITIONAL.pattern)
_IRREALIS_LOW = lazy(IRREALIS.pattern)


def conditional(text: str) -> bool:
    """Whether ``text`` says a condition (:data:`CONDITIONAL`). Python's re tries each alternative of a case-insensitive
    pattern at every place; a text in ASCII is read lower-cased by the pattern without re.I, three times faster.

    >>> conditional("If I had a Dog"), conditional("I have a dog")
    (True, False)
    """
    return bool(_CONDITIONAL_LOW.search(text.lower()) if text.isascii() else CONDITIONAL.search(text))


def irrealis(text: str) -> bool:
    """Whether ``text`` says what is wished or might be (:data:`IRREALIS`), as :func:`conditional` reads it.

    >>> irrealis("I Would love a dog"), irrealis("I love my dog")
    (True, False)
    """
    return bool(_IRREALIS_LOW.search(text.lower()) if text.isascii() else IRREALIS.search(text))
_SUBJECT_START = r"(?:(?i:i|we|he|she|they|you|my|our|his|her|their|me\s+and|mine|it|that|this)|[A-Z][a-z]+\s+(?:is|was|lives|works|likes|loves|has))\b"
_VERB_START = r"(?i:used\s+to|can|love|loves|like|likes|enjoy|enjoys|hate|hates|have|has|own|owns|work|works|live|lives|play|plays|speak|speaks|study|studies|drive|drives|am|went|got|adore|prefer|prefers|teach|teaches|go|goes|eat|eats|drink|drinks|watch|watches|listen|listens|read|reads|cook|cooks|bake|bakes|want|wants|hope|hopes|plan|plans|bought|received|moved|married|divorced|separated|quit|retired|resigned|broke\s+up|split\s+up|(?:left|lost)\s+(?:my|his|her|the|him)\b)\b"
#: An adjective said of the subject before, its "is" left out: "(my son is 7) and obsessed with dinosaurs"
_BE_LEFT_OUT = (r"(?i:(?:also\s+|really\s+|totally\s+|super\s+|so\s+)?(?:obsessed\s+with|addicted\s+to|crazy\s+about|"
                r"passionate\s+about|allergic\s+to|afraid\s+of|scared\s+of|terrified\s+of))\b")
CLAUSE_SPLIT = lazy(
    rf"\s*[,;:]\s*(?:(?:and|but|so|or|because|cause|cuz|since|although|though|while|whereas|when|then|plus|as)\s+)?(?={_SUBJECT_START})"
    rf"|\s+(?:and|but|so|or|because|cause|cuz|since|although|though|while|whereas|then|plus|when|whenever|after|before|until|as)\s+(?={_SUBJECT_START})"
    rf"|\s*,?\s+(?:and|but)\s+(?=(?:(?:also|really|still|now|just|recently)\s+)?{_VERB_START}|{_BE_LEFT_OUT})"
    r"|\s*(?:,\s*)?\b(?=(?:because|although|whereas|unless|if)\b)"
    # "i'm vegetarian, so restaurant tips would help": a consequence with a subject of its own (a few words, a verb)
    r"|\s*,\s*(?:so|because|cause|cuz)\s+(?=(?:[\w'-]+\s+){1,4}(?:would|could|should|might|will|can|is|are|was|were|has|have)\b)"
    # "i really love potatoes and would rather grow them", "i like blue , but would not wear it", "i like eggs , maybe
    # you could ...", "i hate carrying bags , someone else should do it", "i am single but wish i were married": a wish
    # or a guess of its own after what holds
    r"|\s*,?\s+(?:and|but)\s+(?=(?:would|could|should|might|wish|wished)\b)"
    # "i love animals that is why i am vegan", "i love the sea , which is why i live in maine": the reason given first
    r"|\s*,?\s+(?:(?:and|so|maybe|probably|perhaps)\s+)?(?:that|which|this)\s+is\s+why\s+(?=(?:i|we)\b)"
    # "im 27, work in marketing", "I'm retired now, used to be a pilot": the subject before goes on, its "I" left out;
    # "I'm single, never married", "divorced, no kids": what is denied after the comma denies nothing before it
    r"|\s*,\s*(?=(?i:work\s+(?:at|for|as|in)|live\s+in|used\s+to\s+(?:be|live|work|teach)|never\s+(?:been\s+)?married|"
    r"no\s+(?:kids|children|pets)|not\s+married)\b)"
    r"|\s*,\s*(?:(?:and|but|so)\s+)?(?=(?:would|could|should|might)\b|(?:maybe|perhaps|probably)\s+(?:i|we|you|he|she|they|it|that|this|a|an)\b"
    r"|(?:someone|somebody|everyone|everybody|nobody)\s+(?:else\s+)?(?:would|could|should|might|can|will|has|needs?)\b)"
    # a bracket, but not one that holds an age only: "two kids, Emma (8) and Jack (5)"
    r"|\s+-+\s+|\s*\((?!\s*\d{1,3}\s*\))\s*|(?<!\(\d)(?<!\(\d\d)\s*\)\s*",
)
#: :data:`CLAUSE_SPLIT` keeping what it cuts at: the pieces, then the separator before each (tried only where a cut can
#: begin: a space, a stop, a bracket, or the first letter of "because", "although", "whereas", "unless", "if")
_CLAUSE_PARTS = lazy(r"((?=[\s,;:()bawui])(?:" + CLAUSE_SPLIT.pattern + "))")
#: A clause of time: "(I'll let you know) when I'm in Boston", "whenever I'm sad", "once I have a job"
_TIME_BEFORE = lazy(r"\b(?:when|whenever|until|till|before|after|once|as\s+soon\s+as)\s*$", re.I)
_TIME_START = lazy(r"^(?:(?:and|but|so|well|oh)[\s,]+)*(?:when|whenever|until|till|before|after|once|as\s+soon\s+as|"
                   r"(?:the\s+)?next\s+time)\s+(?=\S)", re.I)
#: ... whose verb is past ("when I moved to Denver", "after my dad died"): what it says happened
_PAST_AFTER_SUBJECT = lazy(
    r"^(?:i|we|he|she|they|you|it|(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?[\w-]+|[A-Z][\w-]+)\s+"
    r"(?:(?:just|finally|first|still|had|never)\s+)*(?:was|were|did|got|went|came|left|met|took|made|grew|began|became|saw|"
    r"knew|found|bought|ran|flew|drove|lost|won|told|said|heard|thought|felt|[a-z]{2,}ed)\b", re.I)
#: ... of being somewhere: "(whenever) i am in boston", "(when) we are back in town"
_BEING_SOMEWHERE = lazy(r"^(?:i|we|he|she|they|you)\s+(?:am|is|are)\s+(?:(?:back|here|there|over|out|down|up|finally)\s+)*(?:in|at)\b",
                        re.I)
#: ... of a state ("(when) i am a doctor", "(once) i have a job at google", "(when) we live in paris"), which holds then and
#: not yet (an activity named is still done: "(when) i do dance lessons")
_STATE_AFTER_SUBJECT = lazy(r"^(?:i|we|he|she|they|you|(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:am|is|are|have|has|live|lives|"
                            r"work|works|own|owns)\b", re.I)
#: A main clause of time to come: "i will let you know", "cannot wait to see more", "going to call you"
_TIME_TO_COME = lazy(r"\b(?:will|shall|going\s+to|cannot\s+wait|can\s+not\s+wait|let\s+(?:you|me|us)\s+know|soon|tomorrow|"
                     r"tonight|next\s+(?:week|month|year|weekend|summer|time)|(?:plan|planning|hope|hoping)\s+to)\b", re.I)
FILLER = lazy(
    r"^(?:(?:yes|yeah|yep|yup|yea|no|nope|nah|well|oh|ohh|ah|aw|aww|wow|lol|haha|hah|hehe|lmao|ok|"
    r"okay|sure|so|and|but|also|actually|hi|hello|hey|cool|nice|great|awesome|right|honestly|um|"
    r"uh|hmm|anyway|anyways|then|now|plus|as|because|cause|cuz|since|when|while|though|although|"
    r"after|before|until|whenever|currently|personally|sadly|luckily|unfortunately|fortunately|"
    r"recently|lately|me\s+too|same\s+here|same|true|indeed|hahaha|ha|understood|thanks|"
    r"thank\s+you|good|fine|interesting|sounds\s+\w+|that\s+is\s+\w+|funny|really|exactly|"
    r"absolutely|definitely|totally|cool|neat|sweet|geez|gosh|man|dude|oops|alright|wait|"
    r"besides|otherwise|still|instead|likewise|haha+|lo+l|yay|hooray|ugh|meh|whoa)\b[\s,!.]*)+",
    re.I,
)
SUBJECT = lazy(
    rf"^(?:(?P<first>(?i:me\s+and\s+(?:my|the)\s+[\w-]+|my\s+[\w-]+\s+and\s+i|i|we|myself))(?![\w'-])"
    rf"|(?P<you>(?i:you))(?![\w'-])"
    rf"|(?P<third>(?i:he|she))(?![\w'-])"
    rf"|(?i:(?P<poss>my|our|his|her|your)\s+{KIN_MODS}(?P<noun>{KIN}|{PET}))(?![\w-])"
    rf"(?:\s*,\s*(?P<lname>[a-z]+)\s*,|\s*,?\s*(?P<named>{NAME})(?=\s*,?\s+[a-z]|\s*[.!,;]?$))?"
    rf"|(?P<proper>(?!(?:I|The|This|That|It|My|Our|His|Her|We|They|You|He|She|There|What|Yes|No|Hi|Hello|Hey|Oh|So|And|But|Well|Wow|Lol|Also|Just|Maybe|Then|Now|Today|Yesterday|Tomorrow|Everyone|Nobody|Someone|Mom|Dad|Name|Names)\b){NAME})"
    rf"(?=\s+(?i:(?:just|really|also|still|finally|always|recently|already|actually|now|currently|even|usually|often)\s+)?(?i:is|was|lives|works|reports|likes|loves|enjoys|hates|has|owns|speaks|studies|plays|went|moved|was\s+born|teaches|drives|visited|attended|goes|got|spent|stayed|turned|turns|will\s+turn)\b)"
    rf")(?:\s*(?=\S)|\s*$)",
)
#: An "i" that opens a relative clause: its verb's object is the noun before it, and the clause's own verb follows ("the
#: things i love make it fun", "a company i like that needs my skills", "countries i want to visit.")
_RELATIVE_I = (
    r"(?:(?:really|also|just|always|most|still)\s+)?(?:love|loved|like|liked|enjoy|enjoyed|admire|need|use|know|want|wanted|"
    r"have|had|do|did|see|saw|read|watch|play|make|made|got|found|chose|picked|visited|met|started|joined)\s+"
    r"(?:(?:last|this)\s+(?:week|month|year|summer|time)\s+|yesterday\s+|(?:a\s+)?\w+\s+(?:days?|weeks?|months?|years?)\s+ago\s+)?"
    r"(?:(?:that|which|who)\s+|(?=(?:is|are|was|were|makes|make|made|keeps|keep|kept|gives|give|gave|helps|help|helped|needs|"
    r"means|has|brings|bring|brought|gets|takes|reminds|remind|reminded|inspires|inspire|inspired|motivates|motivate|drives)\b))"
    r"|(?:want|wanted|hope|plan|would\s+like|would\s+love)\s+to\s+(?:visit|see|try|read|watch|do|get|buy|make|explore|meet|"
    r"learn|play|have)\s*(?:[.!,;?]|$)"
)
#: The "i" (or "we") of a clause said after another's words: "she says i have his blue eyes", run-on "i live in ohio i love
#: to paint" (not an "i" that opens a relative clause)
LATE_FIRST_PERSON = lazy(rf"(?<![\w'])(?:i|we)\s+(?!{_RELATIVE_I})(?=[a-z])", re.I)
_QUESTION_TOPIC = lazy(
    r"\b(?:do|does|did|have|has|would)\s+(?:you|u|he|she|they)\s+(?:(?:ever|also|even|all|guys|two|both|really|still)\s+){0,2}"
    r"(?:like|likes|love|enjoy|eat|drink|watch|seen|play|read|listen\s+to|cook\s+with|tried|try|go(?=\s+[a-z]+ing\b)|done|do)\s+"
    r"(?P<o>(?!(?:any|some|every|no)thing\b)[^?.!,]+)\?"
    r"|\b(?:what|how)\s+about\s+(?P<o2>[^?.!,]+)\?"
    # "do you ski?": the pastime asked about is the verb's
    r"|\b(?:do|does|did)\s+(?:you|u|he|she|they)\s+(?:(?:ever|also|still)\s+)?(?P<v>ski|swim|surf|dance|knit|crochet|sew|cook|"
    r"bake|fish|hunt|hike|run|jog|paint|draw|sing|garden|camp|golf|bowl|skate|recycle|write|meditate|shop)\s*\?",
    re.I,
)
#: The gerunds of the pastimes' verbs above that double their last letter
_DOUBLED = {"swim": "swimming", "knit": "knitting", "run": "running", "jog": "jogging", "shop": "shopping"}
WISH = lazy(r"\b(?:wish|wished|wishes|wishing|dream|dreams|dreaming|dreamed|dreamt|fantasi[sz]e|if\s+only|hopefully|someday|hope|hoping)\b", re.I)
_I_FIRST = lazy(r"^\s*(?:(?:wow|oh|yes|yeah|well|so|haha|lol|ok|okay|no|nope|nice|cool|great|good|awesome|sure|hi|hello|hey)"
                r"[\s,!.]+)*i\s", re.I)
#: Where run-on chat starts another clause: a new "i" and its verb, a modal or a wish included ("i love tuna i could have
#: it every night": the wish does not take back the liking before it), or a "maybe" with its own subject ("i love to cook
#: maybe that would help")
_RUN_ON = lazy(
    rf"(?<=[a-z])\s+(?=i\s+(?!{_RELATIVE_I})(?:love|like|enjoy|hate|have|am|work|live|play|own|also|really|just|got|went|was|"
    r"grew|moved|speak|study|drive|could|would|might|should|wish|hope)\b"
    r"|maybe\s+(?:that|this|it|you|we|i|he|she|they|your|my)\b)"
    # "i love red my new condo is red", "i like dogs my dog is a lab": "my" and a verb of its own (not "of my day is")
    r"|(?<=[a-z])(?<!\bof)(?<!\bwith)(?<!\bfor)(?<!\bto)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bfrom)(?<!\babout)(?<!\bby)"
    r"(?<!\band)(?<!\bor)(?<!\bthan)(?<!\blike)(?<!\bthat)(?<!ing)\s+(?=my\s+(?:(?!(?:it|he|she|they|that|this)\b)[\w-]+\s+){0,2}(?:is|was|are|were|has|makes|"
    r"loves|says|lives|works)\b)",
    re.I,
)
#: A clause part that governs what follows it: never split after it ("i wish i had a dog").
_NOT_SPLIT = lazy(
    r"\b(?:wish|wished|hope|hoped|want|wanted|if|would|could|might|should|pretend|pretends|pretended|pretending|imagine|dream|dreamt|dreamed|"
    r"wonder|doubt|guess|suppose|unless|when|whenever|before|after|until|because|though|although|that|what|"
    r"how|why|where|who|which|say|said|says|tell|told|think|thought|believe|feel|felt|know|knew|bet|swear|mean|"
    r"like|love|hate|enjoy|miss|need|needs)\s*$|\b(?:wish|hope|if|would|could|might|pretend(?:s|ed|ing)?|imagine|dream)\b",
    re.I,
)
#: Pastimes people say they are doing right now ("just playing video games", "am watching football").
UNDER_WAY = (r"playing|watching|listening\s+to|eating|drinking|enjoying|reading|painting|drawing|knitting|crocheting|"
             r"sewing|baking|gardening|hiking|fishing|camping|swimming|running|jogging|working\s+out|cooking|grilling|singing|"
             r"dancing|crafting|sketching|quilting|surfing|skiing|hunting|biking|cycling|"
             r"bowling|skating|rollerblading|shopping|traveling|travelling")
#: "(i love) how you use it", "(i like) that he cooks", "(he needs us, so) why don't you come", "(so) please be nice":
#: another's clause inside the subject's, or a bidding, which a verb after "and" goes on
INNER_SUBJECT = lazy(r"\b(?:how|that|when|why|whether)\s+(?:(?:don't|do\s+not)\s+)?(?:you|he|she|they|people|(?-i:[A-Z][a-z]+))\s+[a-z]+|"
                     r"\bwhy\s+not\s+[a-z]+|(?:^|[,;]\s*|\bso\s+)please\s+[a-z]+", re.I)
CONTINUES = lazy(_VERB_START + r"|also\b|still\b|really\b|(?:just|recently)\s+" + _VERB_START + "|" + _BE_LEFT_OUT, re.I)
ELLIPSIS = lazy(
    # "enjoy the views!", "enjoy your trip": said to someone (not "really enjoy the views")
    r"^(?!enjoy\s+(?:the|your|yourself|yourselves|every|each|some|all)\b)"
    # "Love and acceptance can be found everywhere", "Love sure does bring us joy": love, the noun, is the subject;
    # "love and miss you": a feeling for a person, no liking of "miss"
    r"(?!love\s+(?:and|&)\s+(?:miss|appreciate|adore|respect|support|cherish|admire|value)\b)"
    r"(?!love\s+(?:(?:and|&)\s+[\w'-]+|sure|truly|really|always|never|certainly|definitely|just)\s+(?:can|could|is|are|was|were|will|"
    r"would|should|must|does|do|did|has|have|makes?|brings?|gives?|goes|go|hurts?|wins?|conquers?|heals?)\b)"
    r"(?:(?:really|also|just|totally|absolutely|still|recently|finally|happily)\s+)?(?:love|like|enjoy|adore|hate|dislike|"
    r"live\s+in|work\s+(?:at|for|as|in)|grew\s+up\s+in|used\s+to(?=\s+(?:be|live|work|teach|have|own|play)\b)|"
    # "been vegan for 3 years now", "been married since 2010", "been bartending at Sully's": what has held till now
    rf"been(?=\s+(?:vegan|vegetarian|pescatarian|sober|married|divorced|single|engaged|retired|working|living|teaching|volunteering|training|learning|a|an|{TRADE_ING})\b)|play|am|(?:got|came)\s+(?:back|home)\s+from|got\s+done|finished|"
    # news told without the "I": "just moved to Denver", "got a new job at google!!", "started working at Target",
    # "got a puppy last week"
    r"(?:moved|relocated)(?=\s+(?:back\s+)?to\b)|(?:got|landed|found)(?=\s+(?:a\s+)?(?:new\s+)?job\s+(?:at|with)\b)|"
    r"started(?=\s+(?:a\s+new\s+job|working)\s+(?:at|for)\b|\s+at\s+(?-i:[A-Z]))|(?:got|adopted|rescued)(?=\s+(?:a|an|two|three)\s+(?:new\s+)?"
    r"(?:puppy|puppies|kitten|kittens|dog|dogs|cat|cats|bunny|rabbit|hamster|parrot)\b)|"
    # "got divorced last year", "got promoted to manager", "born and raised in cebu", "thinking about moving to Denver"
    r"got(?=\s+(?:married|engaged|divorced|separated|promoted|a\s+divorce)\b)|born(?=\s+and\s+(?:raised|bred)\s+(?:in|on)\b)|"
    r"(?:thinking|considering)(?=\s+(?:(?:about|of)\s+)?(?:moving|relocating)\s+(?:back\s+)?to\b)|"
    # "married two years", "became a widow last spring", "became engaged": a marital status (marital_told.py)
    r"(?:married|became)(?=\s+(?:(?:for\s+)?(?:over\s+|almost\s+|nearly\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty)\s+(?:years?|yrs?|months?)\b|(?:an?\s+)?(?:widow|widower|engaged)\b))|"
    # "training for the Chicago marathon", "signed up for a pottery class", "volunteering at the shelter", "went to Oslo"
    # (not "Volunteering at the shelter made me happy": the gerund is the subject)
    r"(?:training|prepping|volunteering)(?=\s+(?:for|at|with)\b)(?![^,.;!?]*\b(?:made|makes|is|was|has|helps|helped|gives|gave|"
    r"keeps|kept|takes|took|feels|felt)\b)|signed\s+up(?=\s+for\b)|went(?=\s+to\b)|"
    # "learning Korean on Duolingo", "obsessed with Succession", "joined a climbing gym"
    r"learning(?=\s+(?:to\s+)?[a-z]+)(?![^,.;!?]*\b(?:is|was|has|makes|made)\b)|obsessed(?=\s+with\b)|"
    # "started volunteering at the shelter", "ran my first half marathon", "pescatarian now"
    r"started(?=\s+(?:volunteering|working|training|learning)\b)|ran(?=\s+(?:my\s+first\s+|a\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:marathon|half|5k|10k|race|ultra|triathlon)\b)|"
    r"(?:vegan|vegetarian|pescatarian|sober|single)(?=\s+(?:now|again|these\s+days)\b)|"
    r"joined(?=\s+(?:a|an|the)\s)|(?:just\s+)?back(?=\s+from\s+(?-i:[A-Z]))|"  # "just back from Kyoto"
    # "not a big fan of olives", "huge fan of jazz", "not really into sports": a leaning told without the "I'm" (not
    # "into our lives", "not a fan of the tough love": a way, or a thing at hand whose fan may be the one spoken to)
    r"(?:not\s+(?:really\s+)?)?(?:(?:a\s+)?(?:(?:big|huge|massive|major)\s+)?fan\s+of|into)(?=\s+(?!(?:the|a|an|this|that|these|"
    r"those|my|our|your|his|her|their|its|it|them|you|him|me|us)\b)[a-z])|"
    rf"(?:just|currently|busy|still)\s+(?:{UNDER_WAY}))\s+"
    r"(?!you\b|u\b|your\b|it\b|that\b|this\b|those\b|them\b|is\b|are\b|was\b|were\b|sounds?\b|seems?\b|can\b|"
    r"could\b|would\b|will\b|must\b|makes?\b|gets?\b|takes?\b|has\b|used\b|works?\b|helps?\b|keeps?\b)",
    re.I,
)


#: "i am good , just playing video games": the answer to "how are you" before what the speaker is doing.
HOW_I_AM = lazy(
    r"^i\s+am\s+(?:doing\s+)?(?:(?:very|really|pretty|so|just|quite)\s+)?(?:good|great|fine|well|okay|ok|alright|awesome)"
    r"\s*[,.!]?\s+(?:(?:just|currently|busy|out|here|sitting\s+here|at\s+home)\s+)*"
    r"(?=[a-z]+ing\b|(?:got|came)\s+(?:back|home)\s+from\s+[a-z]+ing\b)",  # "i am good , just got home from fishing"
    re.I,
)


@functools.lru_cache(maxsize=256)
def normalize(text: str) -> str:
    """Expand contractions and re-attach tokenised punctuation (each text once: a turn is read again as the turn before
    the next one, and :mod:`.introductions` reads it too).

    >>> normalize("i do n't like cats , i'm sure")
    'i do not like cats, i am sure'
    """
    text = " ".join(text.split())
    low = text.lower()
    for i, (pattern, repl, trigger) in enumerate(CONTRACTIONS):
        if trigger is not None and trigger.search(low) is None:
            continue
        text = pattern.sub(repl, text)
        if i == 0:
            low = text.lower()  # curly quotes became straight ones
    if " u" in low or " e" in low or " a" in low:  # "I'm, uh, Molly's boyfriend": the statement without the pause
        text = _PAUSED.sub(r"\1 ", text)
    if "promoted" in low:  # "got promoted!! senior designer now": promoted to it
        text = _PROMOTED_THEN.sub(lambda m: f"{m.group(1)} to {m.group(2)} now" if is_job(m.group(2)) else m.group(0), text)
    if " at " in text:  # "landed something!! UX researcher at Spotify": the speaker's job, said alone
        text = _JOB_AT_ALONE.sub(lambda m: f"I am a {m.group(0)}" if is_job(m.group("j"))
                                 and not _NOT_A_JOB_WORD & set(m.group("j").lower().split()) else m.group(0), text)
    return text.strip()


#: A pause after "I am" ("I'm, uh, Molly's boyfriend", "I am, um, a nurse"): no part of what one says one is.
_PAUSED = lazy(r"\b((?i:i\s+am|i\s+was|we\s+are))\s*,?\s+(?i:uh+|um+|er+|erm|ah+)\s*,?\s+(?=[\w])")
#: A job at an employer said alone as a sentence: "UX researcher at Spotify", "nurse at Mercy General".
_JOB_AT_ALONE = lazy(r"(?:^|(?<=[.!?]\s))(?P<j>(?:[A-Za-z]+\s+){0,2}[A-Za-z][a-z]+)\s+at\s+[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2}"
                     r"(?=\s*(?:[.!?]|$))")
_NOT_A_JOB_WORD = frozenset("i he she we they you my his her our their your is was are a an the".split())
#: A promotion, then the new job said alone: "I got promoted!! senior designer now".
_PROMOTED_THEN = lazy(r"\b(promoted)[!.]+\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+now\b", re.I)


_YOU_FIRST = lazy(r"^(?:so\s+)?you\b", re.I)


def statement_before_tail_question(sentence: str) -> str | None:
    """"i live in ohio, you?" -> "i live in ohio": a statement followed by a short question, or by a question
    of its own ("i have 2 cats , what pets do you have?").

    >>> statement_before_tail_question("i have 2 cats , what kind of pets do you have?")
    'i have 2 cats'
    >>> statement_before_tail_question("I'm a nurse working nights, any tips for sleeping during the day?")
    "I'm a nurse working nights"
    >>> statement_before_tail_question("do you have cats , or dogs?") is None
    True

    Chat also leaves the comma out before the short question: "i love cats how many do you have?", "i have two sons any
    kids?", "i live in ohio you?" (not after a verb that takes "you": "i can help you?").
    """
    head, sep, tail = sentence.rstrip(" ?").rpartition(",")
    if not sep:
        # "i am a college student and you?", "i love to bake , how about you?"
        m = _AND_YOU.search(sentence)
        if m and not m.group("about") and (m.group("before") and m.group("before").lower() in _TAKES_YOU
                                           or not _OWN_HEAD.match(sentence)):
            m = None  # "i could see you?", "is my son bugging you?": no statement before a question
        head, sep = (sentence[:m.end("before") if m.group("before") else m.start()], ",") if m else (head, sep)
        tail = ""
    if not sep or len(tail.split()) > 4 and not _QUESTION_START.match(tail.strip()) and not _ASKS.match(tail.strip()):
        return None  # a long tail that is no question of its own: "i wonder, ..." (a short one: "you?")
    if _QUESTION_START.match(head) or _YOU_FIRST.match(head.strip()):
        return None
    return head.strip()


#: What a question of its own starts with after a statement, as people ask an assistant: "I'm a nurse on nights, any
#: tips for sleeping?", "I'm allergic to peanuts, is pad thai safe?", "my dog chews shoes, what can I do?", "..., anyone
#: know a good vet?", "she's a vet, so maybe an animal theme?", "..., ideas for a gift?".
_ASKS = lazy(r"^(?:(?:so|and|but)\s+)?(?:any|anyone|anybody|what|how|where|which|why|who|is|are|should|can|could|would|do|"
             r"does|maybe|perhaps|ideas|suggestions|thoughts|tips)\b", re.I)
_AND_YOU = lazy(r"\s+(?:(?P<about>(?:and|what\s+about|how\s+about|how\s+bout)\s+(?:you|u|yourself))|hbu|wbu|how\s+many(?:\s+do\s+you\s+have)?|"
                r"what\s+(?:is|are)\s+yours|any\s+(?:kids|pets|siblings|children|hobbies)|do\s+you(?:\s+\w+){0,4}|"
                r"(?P<before>[\w']+)\s+(?:you|u))\s*\?+\s*$", re.I)
#: A statement of the speaker's own, which a short question may follow without a comma ("i have two sons any kids?";
#: not "is my daughter feeding you?")
_OWN_HEAD = lazy(r"^(?:(?:yes|yeah|no|well|oh|hi|hello|hey|ok|okay|lol|haha|cool|nice|great|so|and|but)[\s,!.]+)*(?:i|my|we|our)\b",
                 re.I)
#: Words after which a bare "you?" belongs to the clause: "i can help you?", "do you?", "thank you?"
_TAKES_YOU = frozenset("do does did are were can could will would should have has thank to for with at see love like miss "
                       "meet tell help ask about of bout told".split())

#: ", okay?", ", y'know?", ", you know that?": a tag that stresses the statement before it rather than asking anything
#: (not ", right?" nor ", is that correct?", which check a belief).
_EMPHATIC_TAG = lazy(r",\s*(?:okay|ok|all\s*right|y['’]\s*know|you\s+know(?:\s+that)?)\s*\?+\s*$", re.I)


def emphatic_tag(sentence: str) -> bool:
    """Whether ``sentence`` is a statement ending in a tag that only stresses it ("I'm his sister, okay?").

    >>> emphatic_tag("I'm his sister, okay?"), emphatic_tag("you're a great friend, you know that?")
    (True, True)
    >>> emphatic_tag("we're neighbors, right?"), emphatic_tag("is that okay?")
    (False, False)
    """
    return _EMPHATIC_TAG.search(sentence) is not None


#: "do you have pets , i have two dogs": where a question without its "?" gives way to the speaker's statement.
_ANSWER_START = lazy(
    r"(?:\s*,\s*|\s+)(?:(?:and|but|well|yes|yeah|no|nope)[\s,]+)?(?=(?:i|we)\s+(?:(?:also|really|just|actually|do|too)\s+)*"
    r"(?:love|like|enjoy|adore|hate|have|own|work|live|play|am|prefer|drive|eat|go|grew|speak|study|teach|volunteer)\b)",
    re.I,
)


def statement_after_question(sentence: str) -> str | None:
    """"do you drive to work , i hate traffic" -> "i hate traffic": a question that lost its "?" and the
    statement after it; None when the sentence ends with "?" or its question governs what follows
    ("do you know what i mean", "do you think i am crazy").

    >>> statement_after_question("do you drive to work , i hate traffic")
    'i hate traffic'
    >>> statement_after_question("do you think i am crazy") is None
    True
    """
    m = _answer_start(sentence)
    return sentence[m.end():].strip() or None if m else None


def _answer_start(sentence: str) -> re.Match[str] | None:
    """Where the speaker's statement begins after a question without its "?" (see :func:`statement_after_question`)."""
    if sentence.rstrip().endswith("?"):
        return None
    for m in _ANSWER_START.finditer(sentence):
        if m.start() == 0:
            continue
        if _NOT_SPLIT.search(sentence[:m.start()]) and not sentence[m.start():m.end()].strip().startswith(","):
            return None
        if _GOVERNS.search(sentence[:m.start()]) or _INVERTED.search(sentence[:m.start()]):
            return None
        return m
    return None


_GOVERNS = lazy(r"\b(?:think|know|believe|mean|guess|suppose|wonder|say|said|tell|that|what|if|when|where|how|why|who|which)\s*$", re.I)
#: "why do not we play chess", "shall we go hiking": "we"/"i" is the subject of the question itself (a suggestion).
_INVERTED = lazy(r"\b(?:do|does|did|not|can|could|should|shall|would|will|may|might|must)\s*$", re.I)


def split_clauses(sentence: str) -> list[tuple[str, str]]:
    """The clauses of ``sentence`` (:data:`CLAUSE_SPLIT`, then :func:`split_run_on`), each with what was cut before
    it ("when", ", and"; "" for the first and for a run-on's later parts).

    >>> split_clauses("i will call you when i am in boston")
    [('i will call you', ''), ('i am in boston', ' when ')]
    """
    parts = _CLAUSE_PARTS.split(own_relative(sentence))  # "i am a girl who likes horses": the girl is the speaker
    out: list[tuple[str, str]] = []
    before = ""
    for i in range(0, len(parts), 2):
        before += parts[i - 1] if i else ""
        piece = parts[i]
        if not piece or not piece.strip():
            continue
        out.extend((part, before if j == 0 else "") for j, part in enumerate(split_run_on(piece)))
        before = ""
    return out


def of_another_time(clause: str, before: str = "", sentence: str = "") -> bool:
    """Whether ``clause`` (after ``before``, in ``sentence``) is a clause of time, not past, that says where one will
    be or what state will hold then, not now: "(I'll let you know) when I'm in Boston", "(I'll call you) when I'm a
    doctor", "whenever I'm in Boston" (being somewhere at times is no home). A past one says what happened ("when I
    moved to Denver"), one of the present beside a present main clause what is usual ("when I have free time I
    read", "I watch Star Wars when I work in my flower shop"), and an activity is done whenever it is ("(I'll pick
    up an application) when I drive my truck into town").

    >>> of_another_time("i am in boston", " when ", "i will let you know when i am in boston")
    True
    >>> of_another_time("when i moved to denver", "", "when i moved to denver i got a dog")
    False
    >>> of_another_time("when i visit paris next month", "", "when i visit paris next month, what should i see?")
    True
    >>> of_another_time("i work in my flower shop", " when ", "i watch star wars when i work in my flower shop")
    False
    """
    start = _TIME_START.match(clause)
    if start is None and not _TIME_BEFORE.search(before):
        return False
    body = clause[start.end():] if start else clause.strip()
    if _PAST_AFTER_SUBJECT.match(body):
        return False
    if _BEING_SOMEWHERE.match(body) or _TIME_TO_COME.search(body):
        return True  # "when I'm in Boston", "when I visit Paris next month"
    main = sentence.replace(clause, " ")
    main = main if main.strip(" .!?,;") else body  # "once i have a job at google i will buy a house": one piece
    return _STATE_AFTER_SUBJECT.match(body) is not None and _TIME_TO_COME.search(main) is not None


def split_run_on(clause: str) -> list[str]:
    """"i live in manhattan i love to paint" -> two clauses; "i wish i had a dog" stays whole."""
    if not _I_FIRST.match(clause):
        return [clause]
    parts = _RUN_ON.split(clause)
    if len(parts) == 1 or any(_NOT_SPLIT.search(p) for p in parts[:-1]):
        return [clause]
    return parts


def is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION_START.match(sentence))


def question_topic(text: str) -> Entity | None:
    """The thing a question asks about ("do you like sushi?" -> sushi), if any; a question that lost its "?" before
    the speaker's answer asks it too ("do you like tacos , i love them" -> tacos).

    >>> question_topic("do you like crime novels , i love them").label
    'crime novels'
    """
    answer = _answer_start(text) if "?" not in text else None
    m = _QUESTION_TOPIC.search(f"{text[:answer.start()]}?" if answer else text) if "?" in text or answer else None
    if m is not None and m.group("v"):  # "do you ski?": skiing
        verb = m.group("v").lower()
        return Entity(_DOUBLED.get(verb) or (verb[:-1] if verb.endswith("e") else verb) + "ing", "Thing")
    obj = clean_object(m.group("o") or m.group("o2")) if m else None
    return Entity(obj, "Thing") if obj else None


IF_START = lazy(r"^(?:even\s+)?if\b", re.I)


#: Words after which the thing a clause ends on begins ("i just listened to pearl jam", "mix in some chocolate").
_BEFORE_THING = frozenset(
    "eat eating ate drink drinking drank watch watching watched play playing played wear wearing wore doing read "
    "reading tried trying having making made cooking cooked baking baked visiting visited through some the of with "
    "in on at have has had got get".split()
)
_LISTEN = frozenset(("listen", "listening", "listened"))
_NOT_A_THING = frozenset(
    "home work school bed time today tonight now day night morning week weekend while moment lot bit way life "
    "minute second hour year years month months days weeks world place city town area house job far much well fine "
    "good great best worst most same rest one ones ton tons lot lots bunch few couple kind sort type mornings evenings "
    "nights weekends two three four five six seven eight nine ten".split()
)


def trailing_thing(clause: str) -> Entity | None:
    """The thing ``clause`` ends on, if it names one.

    >>> trailing_thing("i just got done doing zumba").label
    'zumba'
    >>> trailing_thing("i am at home") is None
    True
    >>> trailing_thing("i need sewing lessons").label
    'sewing lessons'
    """
    if (lessons := _LESSONS_END.search(clause.rstrip(" .!,"))) is not None:  # "i need sewing lessons": in the craft
        return Entity(lessons.group("o").lower(), "Thing")
    words = country_spelled(clause).rstrip(" .!,").split()  # "lives in the U.K": the United Kingdom
    obj = None
    for n in range(1, min(3, len(words) - 1) + 1):
        before = words[-n - 1].lower()
        if before in _BEFORE_THING or before == "to" and n + 1 < len(words) and words[-n - 2].lower() in _LISTEN:
            obj = clean_object(" ".join(words[-n:]))
            break
    prep = _preposition_before(words, len(words) - n) if obj is not None else None
    if prep is not None:  # "... during all the tough times", "... at the games": the things said before come first
        return _thing_before_phrase(" ".join(words[:prep]), obj or "", words[prep].lower())
    if obj is not None and (pets := _COUNTED_PETS.fullmatch(obj)):  # "i have 2 cats (. i love them)": the cats
        return Entity(pets.group("p"), "Thing")
    if obj is None or obj.split()[-1].lower() in _NOT_A_THING or obj.lower() in _NOT_A_THING or obj[0].isdigit():
        return None
    return Entity(obj, "Thing")


_COUNTED_PETS = lazy(rf"{NUM}\s+(?P<p>{PET})", re.I)
#: Lessons in a craft that a clause ends on: "(i) need sewing lessons", "am taking piano classes", "signed up for
#: some dance lessons" (the craft, which a later "i am bad at it" means)
_LESSONS_END = lazy(r"\b(?:need|needs|take|takes|taking|took|want|started|start|signed\s+up\s+for|booked)\s+(?:some\s+|more\s+)?"
                    r"(?P<o>(?!(?:some|more|the|my|a|any|few|extra|private)\s)[a-z]+\s+(?:lessons|classes))$", re.I)


#: Prepositions that put what follows in a phrase of time or place, no object of the verb.
_PREPOSITIONS = frozenset("at in on during through throughout over since into across around after before under near "
                          "from".split())
_TIME_PREPOSITIONS = frozenset(("during", "throughout", "since"))
_DETERMINERS = frozenset("the a an all my our your his her their its some those these that this every each".split())
#: Time nouns a phrase ends on: "in the bad years", "through hard times"
_TIME_NOUNS = _NOT_A_THING | frozenset("times era days years".split())
#: A plural noun after a determiner, before a plural verb or a preposition: "my pets (have been)", "my cousins (at)",
#: "two dogs (in)" (not "my dog howls in": a noun then a verb)
_PLURAL_PHRASE = lazy(r"\b(?:my|our|the|these|those|some|two|three|four|five|\d+)\s+(?P<p>[a-z'-]{2,}[a-rt-z]s)"
                      r"(?=\s+(?:have|had|are|were|at|in|on|during|from|with|through|throughout|over|since)\b|\s*$)", re.I)
_PEOPLE = frozenset("people guys folks men women ladies friends cousins neighbors neighbours classmates coworkers "
                    "colleagues teammates fans students kids children parents".split())


def _preposition_before(words: list[str], start: int) -> int | None:
    """The index of the preposition that the noun phrase at ``words[start:]`` follows ("during all the tough
    times"), skipping its determiners; ``None`` when a verb or nothing comes first ("have two dogs")."""
    i = start - 1
    while i >= 0 and words[i].lower() in _DETERMINERS:
        i -= 1
    return i if i >= 0 and words[i].lower() in _PREPOSITIONS else None


def _thing_before_phrase(before: str, obj: str, prep: str) -> Entity | None:
    """What "them"/"it" means after a clause that ends on a phrase of time or place (``obj`` after ``prep``): the
    last plural noun phrase before it that can be liked ("my pets (have been with me during all the tough times)");
    nothing when that names people ("I met my cousins at the games": them, the cousins) or when the phrase was
    of time and nothing comes before it; else the phrase's own noun ("i went hiking in the mountains").

    >>> _thing_before_phrase("my pets have been with me", "tough times", "during").label
    'pets'
    >>> _thing_before_phrase("i met my cousins", "games", "at") is None
    True
    """
    earlier = list(_PLURAL_PHRASE.finditer(before))
    if earlier:
        head = earlier[-1].group("p").lower()
        if head in _PEOPLE or head in KIN_PREDICATE:
            return None
        if head not in _NOT_A_THING and (thing := clean_object(head)):
            return Entity(thing, "Thing")
    if prep in _TIME_PREPOSITIONS or not obj or obj.split()[-1].lower() in _TIME_NOUNS or obj[0].isdigit():
        return None
    return Entity(obj, "Thing")


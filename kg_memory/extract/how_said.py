"""How a name is said in one turn: to the person spoken to ("Look, Ross, I...") or of someone ("this is my agent,
Estelle", "Ross is right here"); the reading of a single turn that :mod:`.speakers` votes with.

>>> how_said("Look, Ross, I need the car.", 6, 10, "Ross")
'to'
>>> how_said("This is my agent, Estelle.", 18, 25, "Estelle")
'of'
>>> how_said("And she goes, Mark, you forgot the ring!", 14, 18, "Mark")
'of'
>>> how_said("I'm tired, Omar. Lisa, tell him.", 11, 15, "Omar"), how_said("I'm tired, Omar. Lisa, tell him.", 17, 21, "Lisa")
('of', 'to')
"""

from __future__ import annotations

import re

from .call_replies import GREETING as _GREETING
from .framework import lazy
from .lang import has_han
from .loose_calls import ZH_LOOSE, said_loosely, yes_named
from .names import plausible_name
from .speaker_vote import name_key as _key

__all__ = ["AUX", "BIDDING", "ONE_CHARACTER_NAMES", "familiar_restated", "how_said"]


_EN_YOU_BEFORE = lazy(r"\b(?:you're|you are|are you|aren't you|you're not|is that you|you must be)\s*,?\s*$", re.I)
AUX = r"(?:are|do|did|can|will|would|have|could|should|don't|didn't|can't|won't|aren't)"
#: A verb bidding the one spoken to, straight after their name ("Pheebs come on!", "Rach calm down", "Rach look, I..."):
#: base forms that a name as the subject would not take ("Ross comes", "Ross looked").
#: Not "hang on" / "hold on", said as much to one on the phone ("Phoebe hang on, Ross wants to say something").
BIDDING = r"(?<!ing\s)(?-i:come\s+on|calm\s+down|look|listen|wait|stop|relax|hurry|sit\s+down|shut\s+up)\b"
_EN_YOU_AFTER = lazy(rf"^\s*,?\s*(?:{AUX}\s+)?(?:you|your|you're|you've|you'll)\b|^\s+{BIDDING}", re.I)
_ZH_YOU_BEFORE = lazy(r"(?:你是|你就是|您是|你叫|你不是|你一定是|您一定是|你肯定是|你好[,，]?|谢谢你?[,，]?)$")
_ZH_YOU_AFTER = lazy(r"^(?:[,，]?\s*(?:你|您))")
#: Given names of one character, transliterations said when calling someone ("嘿，乔！", "怎么了，乔？", "好了，丹，你...",
#: "宾！"): a name only where it stands alone (not 乔 in 乔伊, nor 宾 in 钱德勒·宾).
ONE_CHARACTER_NAMES = frozenset("乔宾丹唐肯金雷盖杰琼简")
_DELIMITER = lazy(r"[,，.。!！?？;；:：…—\"“”]")
_LAST_DELIMITER = lazy(r"[,，.。!！?？;；:：…—\"“”][^,，.。!！?？;；:：…—\"“”]*$")


#: Words before a name that make it spoken of ("is this Hillary your chef?", "It's like firing Elmo.", "a fake Ben"), or
#: a writer's books asked for ("do you have any Agatha Christie?", "got some Stephen King?").
_SPOKEN_OF = lazy(r"\b(?:(?<!what\s)(?<!such\s)(?<!quite\s)\b(?:a|an)\s+[a-z]+|this|that|the|a|an|any|some|my|his|her|our|their|(?:his|her|their)\s+name(?:'s|\s+is|\s+was)|"
                        r"(?!(?:any|some|no|every)thing\b|(?:morn|even|darl|do|go|happen)ing\b)\w{2,}ing)\s+$", re.I)
#: "pay for your, Busty Ladies?": a thing owned, after a possessive and a pause (not "Oh my, Ross").
_OWNED_BEFORE = lazy(r"(?<!\boh\s)\b(?:my|your|his|her|our|their)\s*,\s*$", re.I)


#: Names given as examples, after "like" or "such as": "famous people with one name, like Cher, or, you know, Moses" (the
#: first before ", or", ", and"; a later one after the first and "or"/"and"). Not "I'd like to, Ross", nor "like, Ross".
_EXAMPLE_FIRST = lazy(r"\b(?:like|such\s+as)\s+$", re.I)
_EXAMPLE_NEXT = lazy(r"\s*,?\s*(?:or|and)\b")
_EXAMPLES_BEFORE = lazy(r"\b(?:like|such\s+as)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,?\s*(?:or|and)\b"
                        r"[^.!?]*$", re.I)
#: Words that give the name of someone spoken of: "to use his full name, ...", "her real name:", "他的名字是".
_NAME_GIVEN = lazy(r"(?:\b(?:his|her|their)\s+(?:(?:full|real|first|last|middle|maiden|stage|given|whole)\s+)?name"
                         r"(?:'s|\s+is|\s+was)?|(?:他|她|他们|她们)的(?:全名|真名|名字)(?:是|叫)?)\s*[,:，：]?\s*$", re.I)


#: "his name," / "her name," with nothing between, before a name that closes the sentence ("What's his name, Gemma?",
#: "I know her name, Greg."): a call of the one spoken to, not the name given.
_PLAIN_NAME_COMMA = lazy(r"\b(?:his|her)\s+name\s*,\s*$", re.I)
_CLOSES = lazy(r"\s*[.!?…]")


#: Words told again, not said now: a name after "I say," "she goes," "I tell him," "I'm like," ("My husband says buy new
#: boots, I say, Yannis, these came from Athens.", "And she goes, Mark, you forgot the ring!") is said to someone in a
#: story, not to anyone present. Not "I said, Ross, ..." (said again to Ross, or in a story: unknown).
_REPORTED = lazy(r"(?:^|[^\w'’])(?:i\s+(?:say|go|tell\s+(?:him|her|them))|(?:he|she)\s+(?:says|goes|tells\s+(?:him|her|them|me))"
                 r"|(?:i'm|i’m|i\s+was|he's|she's|he\s+was|she\s+was)\s+like)\s*,\s*$", re.I)


#: "he" / "she" opening the sentence after a name said alone, or asked back ("芬恩先生？他去芝加哥了", "Mr. Finn? He's
#: away"): the name is who the turn then speaks of.
_THIRD_AFTER = lazy(r"^\s*[.。!！?？]\s*(?:(?:he|she)\b|(?:他|她)(?!们))", re.I)  # (不是"他们"; 他去: a Han character follows)
#: "<name>, she's over there", "蒙娜，她站在那边": the name of someone pointed at, then spoken of (not "Rach, she's gone").
_TOPIC_AFTER = lazy(r"^\s*[，,]\s*(?:他|她)(?![们])\s*(?:就|正)?(?:站|坐)?在(?:那|这)(?:边|儿|里)|"
                    r"^\s*,\s*(?:he|she)(?:'s|\s+is)\s+(?:(?:standing|sitting)\s+)?(?:right\s+)?(?:over\s+)?(?:there|here)\b", re.I)
#: A verb with no subject after "<name>,", in a statement: the name is its subject, who the sentence tells of
#: ("Joey, had an imaginary childhood friend.", not "Joey, had you heard?" nor "Ross, is that you?").
_SUBJECT_OF = lazy(r"^\s*,\s*(?:had|has|was|is|used\s+to|went|got|loves|hates|likes|lives|works)\s+"
                   r"(?!(?:you|he|she|it|i|we|they|there|that|this|your)\b)[^.!?…]*[.!…]", re.I)
#: ... or a verb of saying or knowing ("I just, Phoebe, said she saw you two."; not "Ross, told you so.").
_SPEAKER_OF = lazy(r"^\s*,\s*(?:said|says|thought|thinks|saw|knows|knew|heard)\s+(?!(?:you|your)\b)[^.!?…]*[.!…]", re.I)
#: A name asked about and answered by the one asking ("Oh, Jason? Yeah, we're seeing each other."): who is meant.
_ASKED_BACK = lazy(r"^\s*\?+\s*(?:yeah|yes|yep|uh-huh|mm-hmm|right|sure)\b(?!\s*\?)", re.I)
_ONLY_OH = lazy(r"\W*(?:(?:oh|ah|um|uh|so)\W+)*$", re.I)
#: A name in a list: between "me," / "我，" and another item, or before "and <name>" / "，还有……" / "和".
_LISTED_BEFORE = lazy(r"(?:^|[\s,，.。!！?？…])(?:我|me)\s*[,，、]\s*$", re.I)
_LISTED_AFTER = lazy(r"^\s*(?:[,，、]?\s*(?:还有|以及|和)|,?\s*(?:and|or|&)\s+(?-i:[A-Z][a-z]))", re.I)


#: A name set beside a relative or role of someone's ("my agent, Estelle", "his wife, Karen,").
_ROLE = (r"(?i:my|your|his|her|our|their)\s+(?:[a-z][\w'-]*\s+){0,2}(?:ex-|great-|step-|half-)?(?:wife|husband|boyfriend|girlfriend|"
         r"fianc[eé]e?|friend|buddy|pal|boss|agent|client|assistant|roommate|neighbou?r|sister|brother|mother|father|mom|"
         r"dad|son|daughter|cousin|aunt|uncle|grand(?:mother|father|ma|pa)|niece|nephew|colleague|co-?worker|partner|date|"
         r"secretary|doctor|lawyer|teacher|student|patient|manager|supervisor|landlord|nanny|attorney|therapist|editor|"
         r"publisher|mailman|trainer|accountant|dentist|maid|driver|coach|tutor|ex(?!-))s?")
_APPOSED_TO = lazy(rf"\b{_ROLE}\s*,\s*$")
#: ... or before one ("Kip, my old roommate, ...").
_APPOSED_AFTER = lazy(rf"^\s*,\s*{_ROLE}\s*(?:[,.!?…]|$)|^\s*,\s*the\s+(?:[\w-]+\s+){{0,3}}(?:girl|guy|woman|man|lady|dude|"
                            r"kid|boy|one)\s*(?:[,.!?…]|$)", re.I)  # "Oh, Janine, the really hot dancer girl?": described
#: ... or described by what is with them, the sentence ending there: "Hannah, with the twins." (after "My daughter
#: lives in Parkview."), "Green, with ducks." (an umbrella's colour); not "Ross, with me!", "Ross, with you here, ...".
_WITH_AFTER = lazy(r"^\s*,\s*with\s+(?!(?:me|us|you|him|her|them)\b)[^.!?,;:…]*\.(?:\s|$)", re.I)
#: ... or beside a kind of person pointed at ("I know this woman, Nancy, who's a head-hunter", "那个女孩，南希，...";
#: "you should see this guy, Chandler, he ..." may call Chandler).
_KIND_AFTER = lazy(r"^\s*,\s*(?:who|whose|whom|that|which|a|an|the)\b", re.I)
_KIND_APPOSED_TO = lazy(r"(?<!you're\s)(?<!are\s)(?<!what\s)\b(?:this|that|a|the|some)\s+(?:[a-z][\w'-]*\s+)?(?:woman|man|"
                              r"guy|girl|lady|kid|boy|person|dude|gentleman|fellow|chick)\s*,\s*$|"
                              r"(?<![你您])(?:(?:这个|那个|一个|这位|那位|有个|有一个)[\u4e00-\u9fff]{0,3}?"
                              r"(?:女人|男人|女孩|男孩|家伙|姑娘|小伙子|女士|先生|人)|这位|那位)\s*[，,]\s*$", re.I)
#: ... or set after a pet one has, closing a statement ("I have a parrot, Kiwi.", "We got a puppy, Biscuit!"): the
#: pet's name (:mod:`.english.possessions` reads it), nobody called; not "Do you have a dog, Ann?", asked of Ann.
_PET_APPOSED_TO = lazy(r"\b(?:I|we|I've|we've)\s+(?:have|had|got|adopted|rescued|(?:just\s+)?got)\s+(?:a|an|one)\s+"
                       r"(?:[a-z][\w'-]*\s+){0,2}(?:dog|puppy|cat|kitten|parrot|bird|rabbit|bunny|hamster|turtle|tortoise|"
                       r"fish|goldfish|snake|lizard|gecko|iguana|pony|horse|parakeet|budgie|ferret|pig|chinchilla|hedgehog|"
                       r"corgi|poodle|beagle|lab|labrador|pug|terrier|retriever|mutt|greyhound|dachshund)\s*,\s*$", re.I)
#: What follows a pet's name set after it: the sentence's end, or a clause about the pet ("We've got a corgi, Pip, and
#: she's old.", "a cat, Mochi, who sleeps all day"): the name is the pet's, said to no one.
_PET_NAME_ENDS = lazy(r"^\s*(?:[.!]|,\s*(?:(?:and|but)\s+)?(?:he|she|it)(?:'s|\s+is|\s+was)\s|,\s*who\s)")
_NAME_BEFORE = lazy(r"(?<![\w'-])([A-Z][a-z][\w'-]*)\s*,\s*$")
#: A titled name after a word in lower case, a verb's or a preposition's ("call Mr. Demir, ", "to Dr. Ruiz, ")
_TITLED_OBJECT = lazy(r"(?<![\w'-])[a-z]+\s+(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+[A-Z][a-z][\w'-]*\s*,\s*$")
_NAME_AFTER = lazy(r"^\s*,\s*([A-Z][a-z][\w'-]*)(?:\s+[A-Z][a-z][\w'-]*)?\s*(?:,|\band\b)")


#: A later sentence of the turn calling someone else and speaking of "him"/"her" ("I have a bad knee, Omar. You know
#: that. Lisa, tell him."): the one called before, after a comma, is now spoken of, to another, and may not be the next
#: speaker; a name greeted alone ("Jennifer! Come in. Dominic, take her coat.") is still called.
_TURNED_TO_ANOTHER = lazy(r"[.!?…]\s+(?:[^.!?…]*[.!?…]\s+)*?(?:(?i:and|so|oh|okay)\s*,?\s+)?(?P<n>[A-Z][a-z][\w'-]*)\s*,\s+"
                          r"(?:[\w'-]+\s+){0,3}(?i:him|her)\b")


def _named_neighbour(before: str, after: str, name: str) -> bool:
    """Whether ``name`` stands in a list of names: another name set off by a comma just before or after it
    ("Ross, Rachel, this is Sid", "Tom Hanks, Meg Ryan, they..."), not a word said to someone ("Look, Ross")
    nor the same name called again ("Ross, Ross, it's okay"), nor one called after a titled name that a verb takes as its
    object ("Can you ring Mrs. Olsen, Tarek?": Mrs. Olsen is spoken of, Tarek called)."""
    if _TITLED_OBJECT.search(before) and re.match(r"\s*[.!?]", after):
        return False
    return any(m is not None and plausible_name(m.group(1), frozenset()) and _key(m.group(1)) != _key(name)
               for m in (_NAME_BEFORE.search(before), _NAME_AFTER.match(after)))


#: 是 and a pause before a name ("你妈妈是……冯主任？", "他就是...王磊"): the name of the one spoken of, not a call (but
#: "你是……王磊？" asks the one spoken to).
_ZH_IS_PAUSED = lazy(r"(?<!你)(?<!您)(?<!你就)(?<!您就)是\s*(?:…+|\.{2,}|。{2,})\s*$")
_ZH_AND_BEFORE = lazy(r"(?:还有|以及|和|跟)$")
_ZH_KIN = (r"(?:妻子|丈夫|太太|老婆|老公|男朋友|女朋友|男友|"
           r"女友|朋友|好友|老板|经纪人|助理|助手|室友|邻居|姐姐|妹妹|哥哥|弟弟|妈妈|母亲|爸爸|父亲|儿子|女儿|表哥|表姐|表妹|表弟|"
           r"叔叔|阿姨|舅舅|姑姑|姑妈|姨妈|舅妈|婶婶|伯伯|伯父|叔父|侄子|侄女|外甥|外甥女|孙子|孙女|奶奶|爷爷|外婆|外公|同事|搭档|"
           r"约会对象|秘书|医生|律师|老师|学生|病人|经理|上司|房东|保姆|教练|未婚妻|未婚夫|前妻|前夫|同学|客户)")
_ZH_ROLE = rf"(?:我|他|她|我们|他们|她们)的[\u4e00-\u9fff]{{0,4}}?{_ZH_KIN}"
#: ... before the name, also without 的 or with words before it: "我妹妹，迪娜，", "我最小的妹妹，迪娜，", "我的大姑妈，穆里尔。"
_ZH_ROLE_BEFORE = rf"(?:我|他|她|我们|他们|她们)(?:[\u4e00-\u9fff]{{0,3}}的[\u4e00-\u9fff]{{0,4}}?)?{_ZH_KIN}"
#: A name set beside someone's relative or role: "这是我的经纪人，埃斯特尔", "琼·特比西，我的约会对象" ("你的室友，
#: 菲比" is said to her).
_ZH_APPOSED_TO = lazy(rf"{_ZH_ROLE_BEFORE}\s*[，,、]\s*$")
_ZH_APPOSED_AFTER = lazy(rf"^\s*[，,、]\s*{_ZH_ROLE}")
#: ... or beside a relative of the one spoken to, then spoken of: "您的丈夫，乔治·布朗，他有律师吗？" (not "你的室友，菲比，你…").
_ZH_YOURS, _ZH_THEN_THIRD = lazy(rf"(?:你|您)的?{_ZH_KIN}\s*[，,、]\s*$"), lazy(r"^\s*[，,、]\s*(?:他|她)(?!们)")
#: ... or beside someone told of by kind: "有这样一个孩子，哈利，", "我有个朋友，小雪，她…" (not "你这个家伙，小明，" said to him).
_ZH_KIND_APPOSED_TO = lazy(rf"(?<![你您])[一这那有了][个位名][\u4e00-\u9fff]{{0,4}}?(?:{_ZH_KIN}|孩子|小孩|女孩|男孩|姑娘|小伙子?|"
                           r"家伙|人|男人|女人|女士|先生|老太太|老头)\s*[，,、]\s*$")
#: ... or after the familiar form of the same surname said of someone: "新娘是我们单位的小葛，葛婷婷，在医院工作" (the full
#: name says again who 小葛 is; said to no one).
_ZH_FAMILIAR_BEFORE = lazy(r"的[小老阿](?P<s>[\u4e00-\u9fff])\s*[，,、]\s*$")
_ZH_PIECE_BEFORE = lazy(r"(?:^|[，,、。！？!?.…\s])([\u4e00-\u9fff·]{1,8})\s*[，,、]\s*$")
_ZH_PIECE_AFTER = lazy(r"^\s*[，,、]\s*([\u4e00-\u9fff·]{1,8})\s*(?:[，,、。！？!?…]|和|还有|$)")  # "埃米.维尔奇": one name


def _zh_named_neighbour(before: str, after: str, name: str) -> bool:
    """Whether the Chinese ``name`` stands in a list of names: another name set off by a comma just before or after
    it ("莫妮卡，瑞秋，这是我的朋友罗杰", "汤姆·汉克斯，梅格·瑞恩，他们..."), not the same name called again."""
    from .chinese.segment import is_called_name  # Chinese text only

    for m in (_ZH_PIECE_BEFORE.search(before), _ZH_PIECE_AFTER.match(after)):
        if m is None:
            continue
        piece = _GREETING.sub("", m.group(1))
        if piece and _key(piece) != _key(name) and (piece in ONE_CHARACTER_NAMES or plausible_name(piece, frozenset())
                                                    and is_called_name(piece)):
            return True
    return False


def familiar_restated(before: str, name: str) -> bool:
    """Whether the Chinese ``name``, said after ``before``, follows the familiar form of its surname said of someone
    ("单位的小葛，葛婷婷"): the full name says again who is spoken of, and calls no one.

    >>> familiar_restated("新娘是我们单位的小葛，", "葛婷婷"), familiar_restated("小葛，", "葛婷婷")
    (True, False)
    """
    m = _ZH_FAMILIAR_BEFORE.search(before)
    return m is not None and name.startswith(m.group("s"))


def how_said(text: str, start: int, end: int, name: str) -> str:
    """How a name is said at ``text[start:end]``: ``"to"`` (to the person spoken to) or ``"of"`` (of someone)."""
    before, after = text[:start], text[end:]
    last = _LAST_DELIMITER.search(before)
    clause_start = last.start() + 1 if last else 0
    first = _DELIMITER.search(after)
    clause_end = first.start() if first else len(after)
    head = _GREETING.sub("", before[clause_start:].strip()) if before[clause_start:].strip() else ""
    if (_LISTED_BEFORE.search(before) and re.match(r"\s*[,，、]", after)) or _LISTED_AFTER.match(after):
        return "of"  # "我，瑞秋，鸡鸭们，还有孩子们": a list of people
    if _APPOSED_TO.search(before) or _APPOSED_AFTER.match(after) or _WITH_AFTER.match(after) \
            or _named_neighbour(before, after, name) or _PET_APPOSED_TO.search(before) and _PET_NAME_ENDS.match(after) \
            or _KIND_APPOSED_TO.search(before) and (has_han(name) or _KIND_AFTER.match(after)):
        return "of"  # "this is my agent, Estelle", "Tom Hanks, Meg Ryan, they...": introduced or listed
    if has_han(name) and (_ZH_AND_BEFORE.search(before) or _ZH_APPOSED_TO.search(before)
                              or _ZH_APPOSED_AFTER.match(after) or _zh_named_neighbour(before, after, name)
                              or _ZH_YOURS.search(before) and _ZH_THEN_THIRD.match(after)
                              or _ZH_KIND_APPOSED_TO.search(before) or familiar_restated(before, name)):
        return "of"  # "还有希纳·伊斯顿", "这是我的经纪人，埃斯特尔", "莫妮卡，瑞秋，这是罗杰", "有个孩子，哈利，": listed or introduced
    if _THIRD_AFTER.match(after) and (not before.strip() or before.rstrip()[-1] in ".!?。！？…") or _TOPIC_AFTER.match(after):
        return "of"  # "Mr. Bigot. He tells racist jokes.", "Mona, she's over there": the one then spoken of
    if after.lstrip().startswith(",") and re.match(rf"\s*,\s*{re.escape(name)}(?:'s|\s+is|\s+was)\b", after) \
            or _SUBJECT_OF.match(after) \
            or _SPEAKER_OF.match(after) or _ASKED_BACK.match(after) and _ONLY_OH.match(before):
        return "of"  # "Mona, Mona's standing right over there", "Joey, had a friend.", "Oh, Jason? Yeah, we...": spoken of
    if has_han(name) and _ZH_IS_PAUSED.search(before):
        return "of"  # "你妈妈是……冯主任？": the name of someone spoken of, searched for after 是
    if before.rstrip().endswith(",") and (turned := _TURNED_TO_ANOTHER.search(after)) \
            and _key(turned.group("n")) != _key(name) and plausible_name(turned.group("n"), frozenset()):
        return "of"  # "I have a bad knee, Omar. You know that. Lisa, tell him." (not "Jen! Come in. Dom, take her coat")
    if _REPORTED.search(before):
        return "of"  # "I say, Yannis, these boots...": someone's words told again, said to no one here
    if _NAME_GIVEN.search(before) and not (_PLAIN_NAME_COMMA.search(before) and _CLOSES.match(after)) \
            or _OWNED_BEFORE.search(before):
        return "of"  # "or to use his full name, Tag Sweetcheeks Jones": the name of someone spoken of (not "What's his
        # name, Gemma?", which calls the one spoken to)
    if _EXAMPLE_FIRST.search(before) and _EXAMPLE_NEXT.match(after) or _EXAMPLES_BEFORE.search(before):
        return "of"  # "like Cher, or, you know, Moses": names given as examples
    if not head.strip() and not after[:clause_end].strip():
        return "to"
    if has_han(name):
        loose = ZH_LOOSE.match(text, start) is not None and re.search(r"(?:[呢吗啊吧嘛呀哦你]|对不对|是不是|好不好|行不行|对吧|好吗)$",
                                                                         before) is not None
        loose = loose or yes_named(text, start)  # "好的鲁医生。": glued to the yes that opens the reply
        return "to" if loose or _ZH_YOU_BEFORE.search(before) or _ZH_YOU_AFTER.match(after) else "of"
    if _SPOKEN_OF.search(before):
        return "of"
    loose = said_loosely(text, start, end)  # "What's up Joe?", "I'm sorry Pheebs, I can't", "Hey Joe what's up?"
    return "to" if loose or _EN_YOU_BEFORE.search(before) or _EN_YOU_AFTER.match(after) else "of"


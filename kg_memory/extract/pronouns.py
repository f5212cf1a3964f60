"""Who "I", "you", "he" and "she" are: speakers, addressees and the people last mentioned.

A :class:`Discourse` follows the turns of one extraction call. First-person words ("I", "me", "my",
"我") are the speaker of the turn; second-person words ("you", "你") are the other speaker when the
conversation has exactly two speakers; third-person words ("he", "she", "他", "她") are the last
person mentioned whose gender fits, or nobody when that is unsure. A person's gender comes from the words that
present them ("my sister Ann") or else from their first name ("Ann", "Tom": :func:`gender_of_name`). When no rule
recorded anyone of the gender wanted, the first name said just before is taken ("Rachel called me. She ...").

>>> from kg_memory.types import Entity, Turn
>>> turns = [Turn("c", "1", "Ann", "My brother Tom lives in Oslo."), Turn("c", "2", "Bob", "Nice.")]
>>> d = Discourse(turns)
>>> d.addressee(turns[0]).label
'Bob'
>>> d.mention(turns[0], Entity("Tom", "Person"), "male")
>>> d.third_person(turns[1], "male")[0].label
'Tom'
>>> d.third_person(turns[1], "female") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from ..types import Entity, Fact, Turn
from .baby_talk import says_baby_talk
from .guesses_answered import taken_up_by
from .other_party import compared_only, named_after_pronoun, taken_up_as_other
from .place_names import opens_place
from .proposals import proposer

__all__ = ["Discourse", "FEMALE", "MALE", "cut_short_name", "gender_of_name", "gender_of_noun"]

MALE = "male"
FEMALE = "female"

_GENDERED_NOUNS = {
    MALE: (
        "husband boyfriend fiance son sons dad father daddy papa pa stepdad stepfather brother "
        "brothers grandpa grandfather granddad grandson uncle nephew man guy boy he him his "
        "丈夫 老公 先生 男朋友 男友 儿子 爸爸 父亲 爸 老爸 哥哥 弟弟 爷爷 外公 姥爷 孙子 叔叔 伯伯 舅舅 侄子 他"
    ).split(),
    FEMALE: (
        "wife girlfriend fiancee daughter daughters mom mother mum mommy mama ma stepmom "
        "stepmother sister sisters sis grandma grandmother granny granddaughter aunt niece woman "
        "lady girl she her "
        "妻子 老婆 太太 女朋友 女友 女儿 妈妈 母亲 妈 老妈 姐姐 妹妹 奶奶 外婆 姥姥 孙女 阿姨 姑姑 侄女 她"
    ).split(),
}
_GENDER_BY_NOUN = {noun: g for g, nouns in _GENDERED_NOUNS.items() for noun in nouns}
#: How many turns back a third-person pronoun may reach.
_WINDOW = 3
#: A turn that ends a phone call ("I gotta hang up, I love you", "我得挂电话了，我爱你") speaks to someone away, not to
#: anyone in the room.
_ENDS_A_CALL = re.compile(r"\b(?:gotta|got\s+to|have\s+to|need\s+to|must|should|better|'ll|will|going\s+to|gonna)\s+"
                          r"hang\s+up\b(?!\s+(?:the|your|my|his|her|this|that|a|it|them)\b)|(?:得|要|先|该|必须)挂(?:电话|了)",
                          re.I)

#: A reply in kind ("I love you, too.", "Miss you too!") or one that takes the words as said to oneself ("Me? I'm
#: fine."): its speaker is the one the turn before spoke to.
_IN_KIND = re.compile(r"^\W*(?:(?:oh|aw+|and)\W+)?(?:i\s+)?(?:love|miss|missed)\s+you\W*(?:,\s*)?too\b"
                      r"|^\W*(?:(?:oh|uh|um|who)\W+)?me\s*\?", re.I)
#: A capitalised word that may be a first name (the first of a run: not "Green" of "Rachel Green", "York"), what tells
#: that it is called out ("Rachel, ...", "Hi Rachel", "..., Rachel!") and a titled name ("Dr. Gettleman").
_NAMED = re.compile(r"(?<![\w'-])([A-Z][a-z]+)(?![\w-]|'(?![sS]\b)|[’'][sS]\w)")
_AFTER_CAPITAL = re.compile(r"(?:(?P<word>[A-Z][\w'-]*)|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|[A-Z])\.)\s+$")
#: Where a sentence begins: a capitalised word there that is no first name ("Is Kate coming?", "Tell Tom") is no
#: first name of the name that follows.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“]\s*)\W*$")
_CALLED_BEFORE = re.compile(r"(?:^\W*|[.!?]\s*|\b(?:hi|hey|hello|thanks|thank\s+you|bye|oh|yo|dear)\W*|,\s*)$", re.I)
#: A name after a greeting ("Hi Rachel! ...") is called out, whatever follows.
_GREETED = re.compile(r"\b(?:hi|hey|hello|thanks|thank\s+you|bye|yo|dear)\W*$", re.I)
#: A possessive of someone whose person follows ("Clinton's campaign guy"): a later "him" is that person.
_WHOSE_PERSON = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:guy|man|woman|girl|boy|lady|friend|friends|boss|assistant|"
                           r"roommate|colleague|partner|ex|date|kid|kids|child|baby|"
                           + "|".join(n for n in _GENDER_BY_NOUN if n.isascii() and n not in ("he", "him", "his", "she", "her")) + r")\b",
                           re.I)
#: A turn that only greets ("Hi all.", "Hey guys!"): someone came in.
_GREETING = re.compile(r"\W*(?:hi|hey|hello|hiya|morning|good\s+(?:morning|evening|afternoon))(?:\s+(?:all|everybody|everyone|"
                       r"guys|you\s+guys|there|y'all))?\W*$", re.I)
#: What follows a name called out to get someone's ear at a sentence's start ("Rachel, ...", "Joey! ...").
_HAILED = re.compile(r"\s*(?:,|!)")
#: A hedge closing the sentence after a name ("Who coaches?" - "Marisol, I think."): a name given as an answer, said
#: of someone, neither called out nor said to them.
_HEDGED = re.compile(r"\s*,\s*(?:[Ii]\s+(?:think|guess|believe|suppose)|maybe|probably)\s*[.?!…]")
#: A question that the speaker answers with a name ("Guess who got the job? Tom."): the name is no one called out.
_WHO_ASKED = re.compile(r"\bwho\b[^.!?]*\?\s*$", re.I)
_CALLED_AFTER = re.compile(r"\s*(?:,|[.!?]+(?:\s|$)|$)")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Doctor|Professor)\.?\s+[A-Z]")
#: An unnamed man or woman spoken of by a tie ("your father cried", "Dad cries"): whom a "he" or "she" after may mean.
_KIN_OF = {"male": re.compile(r"\b(?:your|his|her|my|our|their)\s+(?:father|dad|husband|brother|son|uncle|grandfather|"
                              r"grandpa|boyfriend|fianc[eé])\b|^(?:Dad|Daddy|Grandpa)\b", re.I),
           "female": re.compile(r"\b(?:your|his|her|my|our|their)\s+(?:mother|mom|mum|wife|sister|daughter|aunt|"
                                r"grandmother|grandma|girlfriend|fianc[eé]e)\b|^(?:Mom|Mommy|Mum|Grandma)\b", re.I)}
_HE = re.compile(r"\b(?:he|him|his)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers)\b", re.I)
#: A person spoken of by a role, opening a sentence ("The owner built it for his grandkids.", "The new guy quit."): a
#: "he" or "she" after it in the turn may mean them, whom no rule records, rather than someone named turns before.
_ROLE_OPENS = {g: re.compile(r"(?:^|[.!?…]\s+)\W*The\s+(?:(?:new|old|previous|last|other|first)\s+)?(?:"
                             + "|".join(nouns) + r")\b(?!['’])", re.I)
               for g, nouns in (("male", ("owner landlord seller buyer tenant doctor manager boss driver teacher coach "
                                          "neighbou?r contractor realtor agent lawyer chef guy man boy mailman").split()),
                                ("female", ("owner landlady seller buyer tenant doctor manager boss driver teacher coach "
                                            "neighbou?r contractor realtor agent lawyer chef woman lady girl").split()))}
#: A turn opening by asking back of a thing the turn before called "your X": "His lawn?", "Her car?"
_ECHOED_YOUR = re.compile(r"^\W*(?:his|her)\s+([a-z]+)\s*\?", re.I)
#: Words that are also first names in the list (of many languages): never read as names in running text.
_WORDS_TOO = frozenset("will may june april august grace hope faith joy bill mark rob sue pat art jack summer dawn rose ruby "
                       "amber daisy lily iris holly ivy sky angel frank guy sunny sandy rusty chase drew dean penny "
                       "crystal destiny harmony melody river storm trinity christian miles max don so my can ah an oh "
                       "doctor santa paris rome van buddy princess young porsche little brown queen joke precious general "
                       "gee china france sunday rich french baby pepper green york ginger honey king prince major "
                       "lord earl duke bishop page cliff glen heath wade reed dale gay noble".split())
#: Quoted words are someone else's ('He wrote "I love you" on a napkin'): a reply in kind does not answer them.
_QUOTES = re.compile(r'["“”]')


def _role_first(text: str, gender: str) -> bool:
    """Whether ``text`` speaks of someone by a role ("The owner ...") before its first pronoun of ``gender``.

    >>> _role_first("The owner built it for his grandkids. He's moving.", MALE), _role_first("He says the owner left.", MALE)
    (True, False)
    """
    role = _ROLE_OPENS[gender].search(text)
    pronoun = (_HE if gender == MALE else _SHE).search(text)
    return role is not None and (pronoun is None or role.start() < pronoun.start())


def gender_of_noun(noun: str) -> str | None:
    """The gender a kinship noun or pronoun implies, if any.

    >>> gender_of_noun("sister"), gender_of_noun("老公"), gender_of_noun("cousin")
    ('female', 'male', None)
    """
    return _GENDER_BY_NOUN.get(noun.lower())


def gender_of_name(name: str) -> str | None:
    """The gender a person's first name most often has (``data/first_names.tsv``, built from the first-name lists of
    Faker's locales), or ``None`` when unknown or shared. A Chinese name is read by its given name, after a surname of
    one or two characters (李娜: 娜; 欧阳秀英: 秀英), or its last character (王小明: 明; 阿杰: 杰); a title after the
    surname says it (李叔, 王阿姨).

    >>> gender_of_name("Rachel Green"), gender_of_name("Ross"), gender_of_name("Kim"), gender_of_name("张三")
    ('female', 'male', None, None)
    >>> gender_of_name("李娜"), gender_of_name("王小明"), gender_of_name("欧阳秀英"), gender_of_name("莫妮卡")
    ('female', 'male', 'female', None)
    >>> gender_of_name("李叔"), gender_of_name("王阿姨")  # a title of a man or a woman after the surname
    ('male', 'female')
    """
    table = _first_names()
    if _HAN_NAME.fullmatch(name):
        titled = _ZH_TITLED.search(name)  # 李叔, 王阿姨: the title says it
        if titled:
            return MALE if titled.group("m") else FEMALE
        given = (name[1:], name[2:], name[-1]) if len(name) > 2 else (name[1:],)
        return next((table[g] for g in given if g in table), None)
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return table.get(first)


#: A Chinese name as a whole: a surname and a given name, two to four characters (no transliteration with "·").
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A surname and a title of a man or a woman after it: 李叔, 张伯伯, 刘大爷, 王先生; 王姐, 李阿姨, 赵婶, 周太太.
_ZH_TITLED = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?P<m>叔叔?|伯伯?|哥哥?|大爷|大叔|爷爷|先生|舅舅?)|"
                        r"(?P<f>姐姐?|阿姨|大妈|大姐|婶婶?|奶奶|太太|小姐|女士|嫂子?|夫人))$")


def cut_short_name(word: str) -> bool:
    """Whether ``word`` is a first name cut short: the start of a known first name (``data/first_names.tsv``) one to three
    letters longer, three letters or more, and no name of its own ("Rach" of "Rachel", "Mon" of "Monica"; not "Ross").

    >>> cut_short_name("Rach"), cut_short_name("Mon"), cut_short_name("Ross"), cut_short_name("Sweet")
    (True, True, False, False)
    """
    return len(word) >= 3 and word not in _first_names() and _name_starts().get(word, 0) >= _NAMES_CUT_SHORT


#: How many known first names a word must start to be read as one of them cut short: "Rach" starts Rachel, Rachael,
#: Racheal...; "Done" or "Sup" start one rare name each.
_NAMES_CUT_SHORT = 3


@functools.cache  # a constant table, read once
def _name_starts() -> dict[str, int]:
    starts: dict[str, int] = {}
    for name in _first_names():
        if name.isalpha():
            for k in range(max(3, len(name) - 3), len(name)):
                starts[name[:k]] = starts.get(name[:k], 0) + 1
    return starts


@functools.cache  # a constant table, read once
def _first_names() -> dict[str, str]:
    text = resources.files(__package__).joinpath("data", "first_names.tsv").read_text(encoding="utf-8")
    genders = {"F": FEMALE, "M": MALE}
    return {name: genders[g] for line in text.splitlines() if not line.startswith("#")
            for name, g in [line.split("\t")]}


@dataclass
class _Mention:
    position: int
    entity: Entity
    gender: str | None
    by_name: bool = False  # the gender guessed from the first name, not said


class Discourse:
    """Speakers and mentioned people of the conversations in a batch of turns.

    Build it from all the turns of one ``extract`` call (so that the speakers are known), then
    report mentions with :meth:`mention` while reading the turns in order. ``named`` holds the names the others call
    numbered speakers by (``(Speaker 1, alternateName, "Sal")``, see :func:`~kg_memory.extract.speakers.speaker_names`):
    a speaker's own "he"/"his" never means a person of their name ("Now I'm here with Sal." - Sal: "And his wife ...").
    """

    def __init__(self, turns: Sequence[Turn], named: Sequence[Fact] = ()) -> None:
        self._own: dict[tuple[str | None, str], set[str]] = {}
        for f in named:
            if str(f.object).strip():
                self._own.setdefault((f.source.conversation if f.source else None, f.subject.label), set()).add(
                    str(f.object).split()[0])
        self._speakers: dict[str, list[str]] = {}
        self._position: dict[tuple[str, str], int] = {}
        self._at: dict[int, Turn] = {}  # the turn at each position
        self._turns: dict[str, list[Turn]] = {}
        self._index: dict[tuple[str, str], int] = {}
        for i, turn in enumerate(turns):
            names = self._speakers.setdefault(turn.conversation, [])
            if turn.speaker not in names:
                names.append(turn.speaker)
            self._position.setdefault((turn.conversation, turn.turn), i)
            self._at.setdefault(i, turn)
            same = self._turns.setdefault(turn.conversation, [])
            self._index.setdefault((turn.conversation, turn.turn), len(same))
            same.append(turn)
        self._mentions: dict[str, list[_Mention]] = {}
        self._lower: dict[str, frozenset[str]] = {}

    def speaker(self, turn: Turn) -> Entity:
        """The person saying ``turn`` ("I", "me", "my", "我")."""
        return Entity(turn.speaker, "Person")

    def addressee(self, turn: Turn) -> Entity | None:
        """The person ``turn`` speaks to ("you", "你"): the other speaker of a two-person conversation (no one when the
        turn ends a phone call, or is said to a little child: "Smile for Mommy! I love you so much")."""
        if _ENDS_A_CALL.search(turn.text) or says_baby_talk(turn.text):
            return None
        others = [s for s in self._speakers.get(turn.conversation, ()) if s != turn.speaker]
        if len(self._speakers.get(turn.conversation, ())) == 2 and len(others) == 1:
            return Entity(others[0], "Person")
        return None

    def addressed(self, turn: Turn) -> tuple[Entity, float] | None:
        """Whom ``turn`` most likely speaks to, with a confidence: the other speaker of a two-person
        conversation (0.8); in a larger one, the speaker of the turn after when it answers in kind ("I love
        you." - "I love you, too.", "How are you, Mom?" - "Me? I'm fine.": 0.7), else the speaker of the turn
        before when it is another person (0.6: a reply), else the speaker of the turn after (0.5); ``None`` for a
        monologue.

        >>> ts = [Turn("c", "1", "Ann", "Hi."), Turn("c", "2", "Bob", "Hey."), Turn("c", "3", "Cy", "I love you.")]
        >>> Discourse(ts).addressed(ts[2])[0].label, Discourse(ts).addressed(ts[0])[0].label
        ('Bob', 'Bob')
        """
        other = self.addressee(turn)
        if other is not None:
            return other, 0.8
        if _ENDS_A_CALL.search(turn.text) or says_baby_talk(turn.text):
            return None  # "I gotta hang up, I love you": said to someone on the phone; "Laugh for Daddy!": to a baby
        turns = self._turns.get(turn.conversation, [])
        at = self._index.get((turn.conversation, turn.turn))
        if at is None:
            return None
        after = turns[at + 1] if at + 1 < len(turns) else None
        if after is not None and after.speaker != turn.speaker and _IN_KIND.match(after.text) and not _QUOTES.search(turn.text):
            return Entity(after.speaker, "Person"), 0.7  # "Bye sweetie, I love you." - "I love you, too.": the one who answers
        if (news := taken_up_by(turns, at)) is not None:  # "Your brother Bram." - "Seriously?": the one whose brother
            return Entity(news, "Person"), 0.7
        if (asked := proposer(turns, at)) is not None:  # "Will you marry me?" - "No!" - "Ha!" - "I love you.": to the one who asked
            return Entity(asked, "Person"), 0.7
        if at > 0 and turns[at - 1].speaker != turn.speaker:
            return Entity(turns[at - 1].speaker, "Person"), 0.6
        if at + 1 < len(turns) and turns[at + 1].speaker != turn.speaker:
            return Entity(turns[at + 1].speaker, "Person"), 0.5
        return None

    def conversation(self, turn: Turn) -> Sequence[Turn]:
        """All the turns of ``turn``'s conversation in this batch, in order."""
        return self._turns.get(turn.conversation, [])

    def writes_lower(self, turn: Turn, word: str) -> bool:
        """Whether ``turn``'s conversation writes ``word`` in lower case somewhere ("you haven't had any closure"
        makes "Closure." no name called out)."""
        if turn.conversation not in self._lower:
            text = " ".join(t.text for t in self.conversation(turn))
            self._lower[turn.conversation] = frozenset(re.findall(r"\b[a-z][a-z'’]+\b", text))
        return word.lower() in self._lower[turn.conversation]

    def place(self, turn: Turn) -> int | None:
        """Where ``turn`` is in :meth:`conversation` (``None`` when it is not of this batch).

        >>> ts = [Turn("c", "1", "Ann", "Hi."), Turn("c", "2", "Bob", "Hey.")]
        >>> Discourse(ts).place(ts[1]), Discourse(ts[:1]).place(ts[1])
        (1, None)
        """
        return self._index.get((turn.conversation, turn.turn))

    def mentioned_here(self, turn: Turn) -> Entity | None:
        """The person ``turn`` itself last mentioned ("this is my friend Rachel, we ..."), if any."""
        position = self._position.get((turn.conversation, turn.turn), len(self._position))
        mentions = [m for m in self._mentions.get(turn.conversation, []) if m.entity.type != "Animal"]
        return mentions[-1].entity if mentions and mentions[-1].position == position else None

    def mention(self, turn: Turn, entity: Entity, gender: str | None = None) -> None:
        """Record that ``turn`` mentions the person ``entity`` (of ``gender`` when known)."""
        if entity.label in self._speakers.get(turn.conversation, ()):
            return
        mentions = self._mentions.setdefault(turn.conversation, [])
        position = self._position.get((turn.conversation, turn.turn), len(self._position))
        known = next((m for m in mentions if m.entity == entity and m.gender), None)
        if gender:
            mentions.append(_Mention(position, entity, gender))
        elif known is not None:
            mentions.append(_Mention(position, entity, known.gender, known.by_name))
        else:  # "my friend Ann": a gender read from the name
            guessed = gender_of_name(entity.label) if entity.type == "Person" else None
            mentions.append(_Mention(position, entity, guessed, guessed is not None))

    def _named_in_text(self, turn: Turn, gender: str | None) -> tuple[Entity, int] | None:
        """The person last named, by a first name of ``gender``, in the words of ``turn`` up to the first pronoun of
        that gender, of the turn before, or of the speaker's own turns a little further back (whether or not a rule
        read the name), with the position of the turn that names them: "Rachel called me. She ..." is Rachel. Only
        when one such name is found in the latest turn that has any (two, or a titled name there: "Dr. Gettleman",
        unsure); never a speaker, a surname ("Rachel Green": Rachel), a name called out ("Rachel, she ..." speaks to
        Rachel) nor a word that is also a name ("My", "Will"). A name said by someone else a little further back
        ("What about you and Emma?" - "Well..." - "Come on, Dan." - "I'm crazy about her.") is taken only when it is
        the one name of that gender in all those turns.

        >>> ts = [Turn("c", "1", "Ann", "I saw Jake and Rachel."), Turn("c", "2", "Bob", "Nice!"), Turn("c", "3", "Ann", "She is pregnant.")]
        >>> Discourse(ts).third_person(ts[2], FEMALE)[0].label
        'Rachel'
        """
        if gender not in (MALE, FEMALE):
            return None
        turns = self._turns.get(turn.conversation, [])
        at = self._index.get((turn.conversation, turn.turn))
        if at is None:
            return None
        speakers = [*self._speakers.get(turn.conversation, ()), *self._own.get((turn.conversation, turn.speaker), ())]
        window = range(at, max(-1, at - _WINDOW - 1), -1)
        # a name called out in these turns ("Joey! Are you okay?") is someone here, most likely the one speaking now
        called = {name for back in window for name in _first_names_in(turns[back].text, gender, speakers)[1]}
        for back in window:
            if back < at and _GREETING.match(turns[back].text):
                return None  # someone came in: the talk before is another scene ("Rachel came by." - "Hi all." - "She")
            text = turns[back].text
            if back == at:
                pronoun = (_HE if gender == MALE else _SHE).search(text)
                text = text[:pronoun.start()] if pronoun else text
            found = {n for n in _first_names_in(text, gender, speakers)[0] - called if not compared_only(text, n)}
            if len(found) == 1 and not _TITLED.search(text):
                if back < at - 1 and turns[back].speaker != turn.speaker and any(
                        _first_names_in(turns[other].text, gender, speakers)[0] - found for other in window):
                    return None  # said by someone else further back, and another of that gender named since or before
                return Entity(found.pop(), "Person"), self._position.get((turn.conversation, turns[back].turn), 0)
            if found or _TITLED.search(text) or back < at and _KIN_OF[gender].search(text):
                return None  # two names, a titled one, or a relative spoken of since ("your father cried" - "He's ...")
        return None

    def _named_since(self, turn: Turn, gender: str, mention: _Mention) -> bool:
        """Whether another first name of ``gender`` than ``mention``'s is said in the turns after it, up to the
        pronoun of ``turn`` (no rule recorded it: "Is Sophie coming too?"), or after its name in ``turn`` itself, up to
        the turn's last pronoun of that gender, when ``turn`` mentions it ("Reggie is history. Now I'm seeing Andre.
        He's ...")."""
        if gender not in (MALE, FEMALE):
            return False
        turns = self._turns.get(turn.conversation, [])
        at = self._index.get((turn.conversation, turn.turn))
        if at is None:
            return False
        speakers = [*self._speakers.get(turn.conversation, ()), *self._own.get((turn.conversation, turn.speaker), ())]
        own = mention.entity.label.split(maxsplit=1)[0] if mention.entity.label.strip() else ""
        if self._position.get((turn.conversation, turn.turn), 0) == mention.position:
            # up to the turn's last pronoun of that gender, since which one is being read is not known here: "Rohan.
            # He's seven. The tall one is Nikhil, he's ...": unsure, as "Reggie is history. The new one is Andre. He's"
            last = list((_HE if gender == MALE else _SHE).finditer(turn.text))[-1:]
            text = turn.text[:last[0].start()] if last else turn.text
            after = text.rfind(own) if own else -1
            return after >= 0 and bool(_first_names_in(text[after + len(own):], gender, speakers)[0] - {own})
        for back in range(at, max(-1, at - _WINDOW - 1), -1):
            if self._position.get((turn.conversation, turns[back].turn), 0) <= mention.position:
                break
            text = turns[back].text
            if back == at:
                pronoun = (_HE if gender == MALE else _SHE).search(text)
                text = text[:pronoun.start()] if pronoun else text
            if _first_names_in(text, gender, speakers)[0] - {own}:
                return True
        return False

    def third_person(self, turn: Turn, gender: str | None) -> tuple[Entity, float] | None:
        """Resolve "he"/"she" (``gender``) in ``turn`` to a person and a confidence, or ``None``.

        The most recent person mentioned in the last few turns whose known gender matches wins.
        A person of unknown gender is taken only when no other person could be meant, at a lower
        confidence.
        """
        if self._echoes_your(turn):
            return None  # "Cal will mow your lawn." - "His lawn? He lives out in Elm Bay!": he is the one told "your"
        position = self._position.get((turn.conversation, turn.turn), len(self._position))
        recent = [
            m for m in reversed(self._mentions.get(turn.conversation, []))
            if position - _WINDOW <= m.position <= position
        ]
        pet = next((m for m in recent if m.entity.type == "Animal"), None)  # never meant: a pet has no facts of a person
        candidates: list[_Mention] = []
        own = self._own.get((turn.conversation, turn.speaker), set())
        skipped = False  # the speaker's own name passed over: one left of unknown gender is no surer for it
        for m in recent:
            if m.entity.type != "Animal" and (m.entity.label.split() or [""])[0] in own:
                skipped = True
                continue  # "Now I'm here with Sal." - Sal: "And his wife ...": not Sal, the one speaking
            if m.entity.type == "Animal":
                continue
            if gender and m.gender and m.gender != gender:
                continue
            if m.position in self._at and (compared_only(said := self._at[m.position].text, m.entity.label)
                                           or gender and not m.gender and taken_up_as_other(said, m.entity.label, gender)):
                continue  # "He looks like my uncle Bert." - "He's beautiful!": not Bert; "这是大卫！他……" - "她……": not 大卫
            if all(c.entity != m.entity for c in candidates):
                candidates.append(m)
        if not candidates or gender and not any(c.gender == gender for c in candidates):
            named = self._named_in_text(turn, gender)  # "I had lunch with Jake and Rachel. She ...": Rachel
            if named is not None and (not candidates or named[1] >= candidates[0].position):
                return named[0], 0.7
        if not candidates:
            return None
        first = candidates[0]
        if gender and first.position == position and named_after_pronoun(turn.text, first.entity.label, gender):
            return None  # "She broke up with Theo because she likes me": not Theo, the other party
        if pet is not None and first.position < pet.position:
            return None  # 我养了一只猫。她三岁了。: the pet said since, not a person of a turn before
        if first.gender and first.gender == gender and self._named_since(turn, gender, first):
            return None  # "Emma is coming." - "Is Sophie coming too?" - "I can't stand her.": unsure
        if first.position < position and gender in _ROLE_OPENS and _role_first(turn.text, gender):
            return None  # "This is my husband, Yaroslav." - ... - "The owner built it. He's moving to Florida."
        if first.gender == gender and first.position < position and any(
                c.entity != first.entity and c.gender == gender and c.position == first.position for c in candidates):
            return None  # "This is my brother Lou. Lou, my roommates Marcus and Priya." - ... - "I like him.": unsure
        if gender and _set_off_after(turn.text, gender, first.entity, self._before(turn)):
            return None  # "My girl's Soraya." - "Nouria's here." - "She's a good keeper, Soraya": Soraya, said after
        if first.gender and first.gender == gender:
            return first.entity, 0.8 if first.by_name else 0.9
        if len(candidates) == 1 and not skipped:
            return first.entity, 0.7
        return None

    def _before(self, turn: Turn) -> list[str]:
        """The words of the few turns before ``turn`` (:data:`_WINDOW`)."""
        turns = self._turns.get(turn.conversation, [])
        at = self._index.get((turn.conversation, turn.turn))
        return [] if at is None else [t.text for t in turns[max(0, at - _WINDOW):at]]

    def _echoes_your(self, turn: Turn) -> bool:
        """Whether ``turn`` opens by asking back "his X?"/"her X?" of the "your X" the turn before said."""
        turns = self._turns.get(turn.conversation, [])
        at = self._index.get((turn.conversation, turn.turn))
        echo = _ECHOED_YOUR.match(turn.text)
        return bool(echo and at and re.search(rf"\byour\s+{re.escape(echo.group(1))}\b", turns[at - 1].text, re.I))

    def third_person_named(self, turn: Turn, gender: str) -> tuple[Entity, float] | None:
        """"He"/"she" (``gender``) in ``turn`` where a rule must not guess: :meth:`third_person`'s person when their
        gender was said ("my brother Tom": 0.9), or else, less surely (0.7), one whose first name has that gender when
        nobody else of that gender was mentioned or named in the last few turns ("Tom and Mike came by." - "You married
        him!": unsure); ``None`` for someone never named.

        >>> ts = [Turn("c", "1", "Ann", "Did you see Tom?"), Turn("c", "2", "Bob", "You married him!")]
        >>> found = Discourse(ts).third_person_named(ts[1], MALE)
        >>> found[0].label, found[1]
        ('Tom', 0.7)
        >>> ts[0] = Turn("c", "1", "Ann", "Did you see Tom and Mike?")
        >>> Discourse(ts).third_person_named(ts[1], MALE) is None
        True
        """
        found = self.third_person(turn, gender)
        if found is None or found[1] >= 0.9:
            return found
        if gender_of_name(found[0].label) != gender:
            return None
        position = self._position.get((turn.conversation, turn.turn), len(self._position))
        if any(m.entity != found[0] and m.gender == gender and position - _WINDOW <= m.position <= position
               for m in self._mentions.get(turn.conversation, [])):
            return None  # another person of that gender recorded in these turns
        turns = self._turns.get(turn.conversation, [])
        at = self._index.get((turn.conversation, turn.turn))
        if at is None:
            return None
        speakers = self._speakers.get(turn.conversation, ())
        first = found[0].label.split(maxsplit=1)[0]
        for back in range(at, max(-1, at - _WINDOW - 1), -1):
            if _first_names_in(turns[back].text, gender, speakers)[0] - {first} or _TITLED.search(turns[back].text):
                return None  # "Tom and Mike", "Dr. Green": another man that may be meant
        return found[0], 0.7


@functools.cache
def _pronoun_then_name(gender: str) -> re.Pattern[str]:
    """"she ..., Soraya" closing a clause: the pronoun, then a capitalised name set off by a comma at the clause's end."""
    pronoun = r"(?i:he)" if gender == MALE else r"(?i:she)"
    return re.compile(rf"\b{pronoun}\b[^.!?,;]*,\s+([A-Z][a-z'-]+)\s*(?=[,.!?;]|$)")


def _set_off_after(text: str, gender: str, meant: Entity, before: Sequence[str]) -> bool:
    """Whether ``text`` closes a "he"/"she" clause with a first name of ``gender``, other than ``meant``'s, that the
    turns ``before`` say ("My girl's Soraya." ... "She's a good keeper, Soraya"): the name may tell who "she" is (said
    after, as people do), or whom the words are said to; either way ``meant`` is unsure.

    >>> _set_off_after("She's a good keeper, Soraya.", FEMALE, Entity("Nell", "Person"), ["My girl's Soraya."])
    True
    >>> _set_off_after("She's a good keeper, Soraya.", FEMALE, Entity("Soraya", "Person"), ["My girl's Soraya."])
    False
    >>> _set_off_after("She's a good keeper.", FEMALE, Entity("Nell", "Person"), ["My girl's Soraya."])
    False
    """
    own = meant.label.split(maxsplit=1)[:1]
    said = {n for n in _pronoun_then_name(gender).findall(text) if [n] != own and gender_of_name(n) == gender}
    return any(re.search(rf"\b{re.escape(name)}\b", line) for line in before for name in said)


#: Words before a place ("moved to Florida", "lives in Georgia"): a first name after them names the place.
_TO_A_PLACE = re.compile(r"\b(?:(?:move|moved|moving|relocated|live|lives|lived|living|born|raised|based|grew\s+up)\s+"
                         r"(?:back\s+|out\s+)?(?:to|in|from|near)|visit|visited|visiting)\s+$", re.I)

#: ... or "in", "from" alone ("the best potato salad in Georgia", "a guy from Virginia"; not "in Rachel's room").
_IN_A_PLACE = re.compile(r"\b(?:in|from)\s+$", re.I)


def _first_names_in(text: str, gender: str, speakers: Sequence[str]) -> tuple[set[str], set[str]]:
    """The first names of ``gender`` that ``text`` says of someone (see :meth:`Discourse._named_in_text`), and those it
    calls out to get their ear ("Rachel, ...", "Hi Rachel!"; a name said to someone in passing, "Yes, Rachel." or
    "Rachel?", is neither): never a speaker, a surname nor a word that is also a name.
    A possessive counts ("Lisa's head"), and so does a name after a sentence's first word that is no name ("Is Kate
    coming?") or one that answers a question of who ("Guess who called? Tom.").

    >>> sorted(_first_names_in("Is Kate coming? Rachel Green is.", FEMALE, ())[0])
    ['Kate', 'Rachel']
    >>> _first_names_in("Monica's new boyfriend, or Lisa's sister?", FEMALE, ())
    (set(), set())
    >>> _first_names_in("Hi Emma! It's in Lisa's bag.", FEMALE, ()), _first_names_in("Guess who took it? Tom.", MALE, ())
    (({'Lisa'}, {'Emma'}), ({'Tom'}, set()))
    >>> _first_names_in("Good plan, Joe. Look at him.", MALE, ()), _first_names_in("Wait! Joe! Are you okay?", MALE, ())
    ((set(), set()), (set(), {'Joe'}))
    >>> _first_names_in("Joe, I think.", MALE, ()), _first_names_in("Joe, I think you're wrong.", MALE, ())
    (({'Joe'}, set()), (set(), {'Joe'}))
    """
    said: set[str] = set()
    called: set[str] = set()
    for m in _NAMED.finditer(text):
        name = m.group(1)
        if name in speakers or name.lower() in _WORDS_TOO or gender_of_name(name) != gender \
                or _WHOSE_PERSON.match(text, m.end()) or opens_place(text, m.end()):
            continue  # "Clinton's campaign guy ... him": the guy, not Clinton; "at Lincoln High. He ...": a school
        if _TO_A_PLACE.search(text, 0, m.start()) or _IN_A_PLACE.search(text, 0, m.start()) and text[m.end():m.end() + 2] \
                not in ("'s", "’s"):
            continue  # "my mom moved to Florida with her boyfriend", "the best pie in Georgia": a place, though a first name
        before = _AFTER_CAPITAL.search(text, max(0, m.start() - 20), m.start())
        if before and not (before.group("word") and before.group("word") not in _first_names()
                           and _SENTENCE_START.search(text, 0, before.start())):
            continue  # "Rachel Green": a surname
        if _HEDGED.match(text, m.end()):
            said.add(name)  # "Marisol, I think."
        elif _GREETED.search(text, 0, m.start()) or _SENTENCE_START.search(text, 0, m.start()) and _HAILED.match(text, m.end()):
            called.add(name)  # "Hi Rachel", "Rachel, come here!", "Wait! Joey! Are you okay?": someone here
        elif not (_CALLED_BEFORE.search(text, 0, m.start()) and _CALLED_AFTER.match(text, m.end())
                  and not _WHO_ASKED.search(text, 0, m.start())):  # "Yes, Rachel.", "Rachel?": said to her
            said.add(name)
    return said, called

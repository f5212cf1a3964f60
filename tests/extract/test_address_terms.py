"""Terms of address ("honey", "man", "亲爱的", "伙计") said to a speaker: a fact of their own, never a name."""

from __future__ import annotations

import pytest

from kg_memory import Memory, Turn
from kg_memory.extract import RuleExtractor


def called(*lines: str) -> set[tuple[str, str]]:
    """``(person, term)`` of the addressedAs facts the rules read in a chat of "Speaker: text" lines."""
    turns = [Turn("c", str(i), *line.split(": ", 1)) for i, line in enumerate(lines, 1)]
    return {(f.subject.label, str(f.object)) for f in RuleExtractor().extract(turns) if f.predicate == "addressedAs"}


@pytest.mark.parametrize(("lines", "expected"), [
    (("Ann: Honey, did you call the plumber?", "Tom: Yes, he comes at five."), {("Tom", "honey")}),
    (("Tom: I fixed your bike.", "Ann: Thanks, man."), {("Tom", "man")}),
    (("Ann: Hey sweetie! How was school?", "Lily: Boring."), {("Lily", "sweetie")}),
    (("Ann: Can I sit here?", "Tom: Sure, sir.", "Ann: Thank you."), {("Ann", "sir")}),
    (("Ann: Night, dude.", "Tom: Night."), {("Tom", "dude")}),
    (("Ann: Honey, is dinner ready?", "Tom: Almost, sweetie."), {("Tom", "honey"), ("Ann", "sweetie")}),
    (("安娜: 亲爱的，你今晚几点下班？", "李雷: 七点。"), {("李雷", "亲爱的")}),
    (("李雷: 我找到工作了！", "王伟: 我真为你高兴，伙计。"), {("李雷", "伙计")}),
    (("王伟: 嗨，老兄，好久不见！", "李雷: 是啊。"), {("李雷", "老兄")}),
    (("Ann: Are you coming to bed?", "Tom: Yeah, baby, in a minute."), {("Ann", "baby")}),  # a reply, then a call
])
def test_a_term_said_to_the_other_speaker(lines, expected):
    assert called(*lines) == expected


@pytest.mark.parametrize("lines", [
    ("Ann: Oh man, I forgot my keys.", "Tom: Again?"),                   # an interjection
    ("Ann: Man, this traffic is terrible.", "Tom: It is."),
    ("Ann: Oh dear.", "Tom: What happened?"),
    ("Ann: We won the raffle! Yeah, baby!", "Tom: No way."),             # a cheer
    ("Ann: Oh yeah baby! Friday at last!", "Tom: Ha."),
    ('Ann: He said "thanks, honey" and left.', "Tom: Rude."),            # someone else's words
    ("Ann: Honey, you guys should come too!", "Tom: We will."),          # said to a group
    ("Ann: Look!", "Tom: Erica, baby! You made it!", "Erica: Hi!"),      # with a name: said to that person
    ("Ann: What's his name?", "Tom: My fish, Buddy.", "Ann: Cute."),     # a name, not a call
    ("Ann: I'm off.", "Tom: Honey, wait.", "Bea: Bye!"),                 # one before, another after: a guess
    ("Ann: my dear friend Tom is here", "Tom: Hi."),                     # inside a longer phrase
    ("user: Thanks, buddy!", "assistant: You're welcome."),             # to an assistant
    ("assistant: Happy to help, sweetie.", "user: Ok."),                # by an assistant
    ("安娜: 亲爱的，你们好。", "李雷: 你好。"),                               # to a group
    ("安娜: 亲爱的罗斯来了。", "李雷: 真的？"),                               # part of a longer phrase
])
def test_no_call(lines):
    assert called(*lines) == set()


@pytest.mark.parametrize(("lines", "expected"), [
    (("Ann: Hold it right there, young man!", "Tom: ...Young man?", "Ann: You heard me."), {("Tom", "young man")}),
    (("Ann: Easy there, sir.", "Tom: Sir?! I'm twenty-two.", "Ann: Sorry."), {("Tom", "sir")}),
    (("安娜: 别挤了，先生！", "李雷: ……先生？", "安娜: 对啊。"), {("李雷", "先生")}),
    (("Ann: Where were you?", "Tom: Honey? Is that you?"), {("Ann", "honey")}),  # no term before: a call
])
def test_a_term_asked_back_is_no_call(lines, expected):
    """A term echoed as a question is the one it was said to asking back, not a call to the one who said it."""
    assert called(*lines) == expected


def test_numbered_speakers_in_a_scene_of_three():
    lines = ("Speaker 1: Hi everybody.", "Speaker 2: Honey! You're early.", "Speaker 1: The train was fast.",
             "Speaker 3: Sweetie, I'm not hungry.", "Speaker 2: Fine.")
    assert called(*lines) == {("Speaker 1", "honey")}  # Speaker 3's call falls between Speakers 1 and 2: nobody


def test_a_term_of_address_is_no_alias():
    """Two people called "honey" stay two people, and "honey" finds neither: it is no name."""
    memory = Memory(extractor=RuleExtractor())
    memory.remember([Turn("a", "1", "Ann", "Honey, is dinner ready?"), Turn("a", "2", "Tom", "Almost.")])
    memory.remember([Turn("b", "1", "Mia", "Honey, where are my glasses?"), Turn("b", "2", "Bob", "On your head.")])
    subjects = {f.subject.label for f in memory.facts() if f.predicate.endswith("addressedAs")}
    assert subjects == {"Tom", "Bob"}
    assert not [f for f in memory.facts() if f.predicate.endswith(("alternateName", "name"))]
    assert {e.label for e, _ in memory.lookup("honey", 5)}.isdisjoint({"Tom", "Bob"}) or \
        all(score < 0.9 for e, score in memory.lookup("honey", 5))


@pytest.mark.parametrize(("lines", "gone", "kept"), [
    # "Miss?" to the woman at the gate, right after the man pleading with her: not said to him (he is Mark)
    (("Speaker 1: Hi, I'm Mark.", "Speaker 2: Hello.", "Speaker 1: Please don't leave.", "Speaker 3: Miss? Your boarding pass?",
      "Speaker 1: Just one minute."), ("Speaker 1", "miss"), None),
    (("Speaker 1: I'm Julia, the new tenant.", "Speaker 2: Welcome.", "Speaker 1: Is the laundry downstairs?",
      "Speaker 3: Sir, your car is blocking the gate.", "Speaker 1: Not my car."), ("Speaker 1", "sir"), None),
    (("Speaker 1: 我是李娜。", "Speaker 2: 你好。", "Speaker 1: 我找经理。", "Speaker 3: 先生，请出示证件。", "Speaker 1: 好的。"),
     ("Speaker 1", "先生"), None),
    # the same calls to someone whose name fits, or who has no name of known gender, stay
    (("Speaker 1: Hi, I'm Julia.", "Speaker 2: Hello.", "Speaker 1: Please don't leave.", "Speaker 3: Miss? Your boarding pass?",
      "Speaker 1: Just one minute."), None, ("Speaker 1", "miss")),
    (("Speaker 1: I'm Kim.", "Speaker 2: Hello.", "Speaker 1: Please don't leave.", "Speaker 3: Sir? Your boarding pass?",
      "Speaker 1: Just one minute."), None, ("Speaker 1", "sir")),
    (("Speaker 1: Hi, I'm Julia.", "Speaker 2: Hello.", "Speaker 1: I lost my key.", "Speaker 3: Dude, again?",
      "Speaker 1: Yes."), None, ("Speaker 1", "dude")),  # "dude" is said to anyone
])
def test_a_term_of_the_other_gender_than_the_name(lines, gone, kept):
    terms = called(*lines)
    assert gone is None or gone not in terms
    assert kept is None or kept in terms

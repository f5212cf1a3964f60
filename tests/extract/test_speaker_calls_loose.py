"""English calls written loosely, read to name speakers known only as "Speaker N" (kg_memory/extract/speakers.py,
kg_memory/extract/loose_calls.py): the forms a Chinese transcript sets off with commas (嘿，乔，怎么了？) and an English
one often does not.

Invented everyday talk: a name after a greeting with no comma ("Hey Joe what's up?", "Oh Pheebs that's so sweet"), a name
closing a clause before the speaker's own words ("I'm sorry Pheebs, I can't"), "Are you ...?" opening a sentence, a name
called alone as the first sentence of a turn ("Rach?" - "Yeah?", "Jack. Could you come in?", "Mon! I'm so happy for
you!"); and look-alikes that must name nobody: a name spoken of ("Oh Ross is here!", "I can't stand Ross, he's rude"),
an interjection ("Oh Lord that's bad"), a word alone that is no name ("Coffee?", "Doctor?"), a word in a list ("Bagel.
Mail. Jail."), a name given after a greeting by its own bearer ("Hi, nice to meet you. Kate Miller.": hers), a name asked back
about someone spoken of ("my agent." - "Estelle? Why?"), a name taken up ("Marlon-" - "Marlon?!"), a name called to
someone else ("Joe?" - "There he is!"), a name after a verb taking it ("over here we have Nina Patel", "Please welcome
Lena Brooks!").
"""

from __future__ import annotations

import pytest

from kg_memory.extract.speakers import speaker_names
from kg_memory.types import Fact, Turn


def _said(*lines: tuple[int, str]) -> list[Turn]:
    return [Turn("c", str(i + 1), f"Speaker {n}", t) for i, (n, t) in enumerate(lines)]


def _names(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject.label, str(f.object)) for f in facts if f.predicate == "alternateName"}


@pytest.mark.parametrize("call, name", [
    ("Hey Joe what's up?", "Joe"),
    ("Oh Pheebs that's so sweet of you!", "Pheebs"),
    ("Wow Pheebs, you speak Italian?", "Pheebs"),
    ("Look I'm sorry Pheebs, I can't do it.", "Pheebs"),
    ("Y'know what though Mon, I have a lot of work to do.", "Mon"),
    ("Are you Phoebe Buffay?", "Phoebe Buffay"),
])
def test_a_name_said_to_someone_without_commas_names_the_one_who_answers(call: str, name: str) -> None:
    turns = _said((1, call), (2, "Yeah, well, it's been a long day."), (1, "Okay."))
    assert _names(speaker_names(turns)) == {("Speaker 2", name)}


@pytest.mark.parametrize("lines, speaker, name", [
    (((1, "Rach?"), (2, "Yeah?"), (1, "Can I borrow your car?")), "Speaker 2", "Rach"),
    (((1, "Thank you. Pheebs?"), (2, "Hmm?"), (1, "Nothing.")), "Speaker 2", "Pheebs"),
    (((1, "Jack. Could you come in here for a moment?"), (2, "Sure, one second."), (1, "Thanks.")), "Speaker 2", "Jack"),
    (((3, "Rachel always leaves her shoes here."), (2, "Sorry!"), (3, "Bye."), (2, "Oh no, the rug."),
      (1, "Rach! Hey! It's fine, you're at home!"), (2, "Oh, really?")), "Speaker 2", "Rach"),
])
def test_a_name_called_alone_names_the_one_called(lines: tuple[tuple[int, str], ...], speaker: str, name: str) -> None:
    assert (speaker, name) in _names(speaker_names(_said(*lines)))


@pytest.mark.parametrize("lines, word", [
    (((1, "Oh Ross is here!"), (2, "Great, I'll get the door."), (1, "Okay.")), "Ross"),
    (((1, "I can't stand Ross, he's so rude."), (2, "Yeah, he is."), (1, "Right?")), "Ross"),
    (((1, "Don't hit Drake, you just wait."), (2, "Fine."), (1, "Good.")), "Drake"),
    (((1, "Oh Lord that's bad."), (2, "I know."), (1, "Yeah.")), "Lord"),
    (((1, "Coffee? You look tired."), (2, "Yes please."), (1, "Here.")), "Coffee"),
    (((1, "You mean Dr. Geller?"), (2, "Doctor? Wow! I didn't know he had a nickname."), (1, "He does.")), "Doctor"),
    (((1, "Lots of words rhyme with it. Bagel. Mail. Jail. Bail."), (2, "Jail? Really?"), (1, "Yes.")), "Jail"),
    (((1, "Thank God you're here!"), (2, "What happened?"), (1, "Nothing.")), "God"),
    (((1, "I'm so mad at my agent."), (2, "Estelle? Why?"), (1, "She never calls me back.")), "Estelle"),
    (((1, "What about Ben?"), (2, "Well of course Ben, I meant my first granddaughter."), (1, "Okay.")), "Ben"),
    (((1, "Which towels are these?"), (2, "Fancy."), (1, "Fancy guest towels?"), (2, "Yes.")), "Fancy"),
    (((1, "How about a name for the baby?"), (2, "Marlon-"), (1, "Marlon?!"), (2, "-if it's a boy.")), "Marlon"),
    (((1, "Tom, Dick and Harry are coming tonight."), (2, "Fun."), (1, "Yeah.")), "Tom"),
    (((1, "Now look at this bone."), (2, "Isn't it a femur?"), (1, "Shh! And over here we have Nina Patel."),
      (2, "Whatever.")), "Nina Patel"),
    (((1, "Who's on the show?"), (2, "Guess."), (1, "Tonight we have Omar Haddad."), (2, "No way!")), "Omar Haddad"),
    (((1, "Ready?"), (2, "Ready."), (1, "Please welcome Lena Brooks!"), (2, "Woo!")), "Lena Brooks"),
])
def test_a_name_or_word_not_called_names_nobody(lines: tuple[tuple[int, str], ...], word: str) -> None:
    assert not any(name == word for _, name in _names(speaker_names(_said(*lines))))


def test_a_name_given_after_a_greeting_is_its_speakers_own() -> None:
    turns = _said((1, "I'm Joey, I play your husband."), (2, "Hi, nice to meet you. Kate Miller."), (1, "So, great play, huh?"))
    assert {(speaker, name) for speaker, name in _names(speaker_names(turns)) if name == "Kate Miller"} == {
        ("Speaker 2", "Kate Miller")}


def test_a_call_answered_by_one_who_points_the_called_one_out_does_not_name_the_one_answering() -> None:
    turns = _said((1, "Where did Joe go?"), (3, "No idea."), (1, "Joe?"), (2, "There he is!"), (3, "Oh, hi."), (1, "Hi."))
    assert ("Speaker 2", "Joe") not in _names(speaker_names(turns))

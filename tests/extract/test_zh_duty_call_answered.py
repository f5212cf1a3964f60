"""A nurse's call by full name for a duty ("吕建华，该换药了"), answered "好好，聂护士长" by the patient: the name is the
patient's, not the daughter's who spoke just before with "爸！……"."""

from tests.extract.dialogue_facts import said_names


def test_a_duty_call_answered_with_a_title_ending_in_zhang_names_the_one_answering() -> None:
    names = said_names(
        ("Speaker 1", "这点小病，过两天就好了。"),
        ("Speaker 2", "爸！你都住院了还管这些。"),
        ("Speaker 3", "吕建华，该换药了。家属先出去一下。"),
        ("Speaker 1", "好好，聂护士长。老钱，你帮我递一下杯子。"),
    )
    assert ("Speaker 1", "吕建华") in names
    assert ("Speaker 2", "吕建华") not in names

""""Listen to" a person is heeding them, not liking: "He listens to his aunt, not me.", "He listens to Rhea because
Rhea signs his checks." give Jonah no liking; music and a singer named only there still do ("He listens to Adele in
the car.", "He listens to podcasts.")."""

from tests.extract.dialogue_facts import facts


def _liked(*lines: tuple[int, str]) -> set[str]:
    return {o for s, p, o in facts(*lines) if p == "likes" and s == "Jonah"}


def test_a_relative_listened_to_is_not_liked():
    liked = _liked((1, "Is Jonah coming?"), (2, "Jonah's late. He listens to his aunt, not me."), (3, "Typical."))
    assert not liked & {"aunt", "his aunt"}


def test_a_boss_listened_to_is_not_liked():
    liked = _liked((1, "Did Jonah fix the sign?"), (2, "Jonah won't. He only listens to his boss."), (3, "Then ask her."))
    assert not liked & {"boss", "his boss"}


def test_someone_named_again_is_heeded():
    liked = _liked((1, "Is Jonah coming?"), (2, "Jonah's late again."),
                   (3, "He listens to Rhea because Rhea signs his checks."))
    assert "Rhea" not in liked


def test_music_and_a_singer_named_once_are_still_liked():
    assert "Adele" in _liked((1, "Is Jonah coming?"), (2, "Jonah's late again."), (3, "He listens to Adele in the car and forgets the time."))
    assert "podcasts" in _liked((1, "Is Jonah coming?"), (2, "Jonah's late again."), (3, "He listens to podcasts in the car and forgets the time."))

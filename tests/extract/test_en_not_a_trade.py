"""Who one is where one lives or takes part is no job: "I'm the new tenant.", "I'm a grown woman, Dana.", "I'm a
participant." give no jobTitle; trades made the same way still do ("I'm a consultant.", "I'm a policewoman.")."""

from tests.extract.dialogue_facts import told


def _jobs(text: str) -> set[str]:
    return {o for s, p, o, _ in told(text) if p == "jobTitle"}


def test_a_tenant_is_no_trade():
    assert not _jobs("Hi, I'm the new tenant in 2C.")
    assert not _jobs("I'm just a tenant here, I can't paint the walls.")


def test_a_grown_woman_is_no_trade():
    assert not _jobs("Stop fussing, I'm a grown woman.")


def test_taking_part_or_coming_is_no_trade():
    assert not _jobs("I'm a participant in the study.")
    assert not _jobs("I'm an immigrant, like my parents.")


def test_trades_made_alike_still_count():
    assert "consultant" in _jobs("I'm a consultant.")
    assert "policewoman" in _jobs("I'm a policewoman.")

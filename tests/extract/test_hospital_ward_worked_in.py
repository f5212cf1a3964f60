""""i work in labor at the hospital", "i work in pediatrics at st. jude's": a ward of a hospital is where in it one works,
the employer is named after "at" (was a worksFor of the ward). A ward with no employer after it stays as it was."""

from tests.extract.dialogue_facts import kept


def _employers(line: str) -> set[str]:
    return {o.lower() for s, p, o in kept(line) if s == "Ann" and p == "worksFor"}


def test_the_employer_after_the_ward():
    assert _employers("i work in labor at the hospital .") == {"hospital"}
    assert _employers("i work in labor and delivery at mercy general") == {"mercy general"}
    assert _employers("i work in oncology at the clinic") == {"clinic"}
    assert _employers("i work in the er at the county hospital") == {"county hospital"}


def test_look_alikes():
    assert _employers("i work in labor relations") == {"labor relations"}
    assert _employers("i work in the icu at night") == {"icu"}


def test_the_employer_after_a_named_ward_or_department():
    """"the maternity ward at the hospital", "the shipping department at a sawmill": a part of the employer (was a
    worksFor of the ward or the department)."""
    assert _employers("i work nights in the maternity ward at the hospital") == {"hospital"}
    assert _employers("i work in the shipping department at a sawmill") == {"sawmill"}
    assert _employers("i work in the burn unit at the county hospital") == {"county hospital"}
    assert _employers("i work in the ward at night") == {"ward"}

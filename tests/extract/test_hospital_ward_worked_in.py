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

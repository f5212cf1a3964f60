"""Two people introduced to each other in one turn by different forms of their names ("Ms. Okafor, this is my husband,
Daniel. Danny, this is Grace.") join those forms to a speaker the dialogue pins one of them on
(:mod:`kg_memory.extract.crossed_intros`). Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import names


def test_the_other_forms_join_the_speakers_named_elsewhere():
    got = names((1, "Hi, I'm Grace. Welcome to the gallery."), (2, "Thanks. Ms. Okafor, this is my husband, Daniel. "
                "Danny, this is Grace, she runs the place."), (3, "Hello. Great show."), (1, "Thank you, Daniel."),
                (3, "Call me Danny, everyone does."), (1, "Danny it is."))
    assert ("Speaker 1", "Ms Okafor") in got and ("Speaker 3", "Daniel") in got


def test_a_form_its_bearer_gives_someone_else_is_not_joined():
    got = names((1, "Hi, I'm Grace."), (2, "Mr. Okafor, this is my wife, Ruth. Ruthie, this is Grace."),
                (1, "Grace, please. Mr. Okafor is my father."), (3, "Nice to meet you, Grace."))
    assert ("Speaker 1", "Mr Okafor") not in got


def test_plain_mutual_introductions_still_name_nobody_by_them():
    got = names((1, "Kofi, this is Lena. Lena, this is Kofi."), (2, "Hi."), (3, "Hello."))
    assert not got

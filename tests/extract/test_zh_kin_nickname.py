"""A relative's pet name for the speaker (妈妈叫我丫丫, 我奶奶管我叫囡囡) is the speaker's alternateName; 叫我 that means
"tells me to" (妈妈叫我洗碗) gives no name."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import facts


@pytest.mark.parametrize(("said", "name"), [
    ("我叫周雨桐，妈妈叫我丫丫。", "丫丫"),
    ("我大名叫陈思远，我奶奶从小管我叫豆豆。", "豆豆"),
])
def test_a_relatives_pet_name_for_the_speaker_is_theirs(said: str, name: str) -> None:
    got = facts((1, "小朋友，你叫什么名字呀？"), (2, said))
    assert ("Speaker 2", "alternateName", name) in got, got


@pytest.mark.parametrize("said", ["妈妈叫我洗碗。", "我爸叫我早点回家。"])
def test_a_relative_telling_the_speaker_to_do_something_gives_no_name(said: str) -> None:
    got = facts((1, "你怎么还不走？"), (2, said))
    assert not any(p in ("name", "alternateName") for s, p, o in got), got

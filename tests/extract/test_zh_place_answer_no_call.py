"""在哪个城市来着？ - 温哥华，……: a place named opening the answer to where something is answers the question, and calls
nobody (issue 13): the one who asked is not named after the city. Invented scenes."""

from __future__ import annotations

from tests.extract.dialogue_facts import facts


def test_a_city_answering_where_is_no_name():
    found = facts((1, "王阿姨，您儿子在哪个城市来着？"), (2, "温哥华，离得可远了，一年回来一趟。"), (3, "妈，他下个月就回来。"),
                  (1, "那挺好的。"))
    assert not {f for f in found if f[1] in ("alternateName", "name") and f[2] == "温哥华"}

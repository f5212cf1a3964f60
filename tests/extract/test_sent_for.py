"""One called and sent to fetch someone (issue 13): the next to answer may be the one fetched, so a name in such a turn
is not theirs ("豆豆，去叫你爸过来。" - "来了来了！"; "Lucy, go get your dad." - "Coming!")."""

from __future__ import annotations

import pytest

from tests.extract.dialogue_facts import names


@pytest.mark.parametrize("lines, name", [
    (((1, "舅舅，我的红包呢？"), (2, "都上初中了还要红包？"), (3, "豆豆，别闹你舅舅。去，叫你爸把酒拿过来。"),
      (4, "来了来了，这瓶酒今天开了它！")), "豆豆"),
    (((1, "饭好了没？"), (2, "马上。妞妞，快去叫你妈下来吃饭。"), (3, "来了，今天做的什么？")), "妞妞"),
    (((1, "Uncle Jim, where is my present?"), (2, "You're thirteen, buddy."),
      (3, "Lucy, stop bugging him. Go get your dad, dinner is ready."), (4, "Coming, coming!")), "Lucy"),
])
def test_a_name_said_to_one_sent_for_someone_is_not_the_next_speakers(lines, name):
    last = f"Speaker {lines[-1][0]}"
    assert (last, name) not in names(*lines)


def test_a_name_called_with_no_errand_still_names_the_one_who_answers():
    assert ("Speaker 3", "豆豆") in names((1, "开饭了。"), (2, "豆豆，吃饭了。"), (3, "来了来了！"))

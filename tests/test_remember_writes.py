"""What remember writes stays the same on its faster paths (issue 16): turn IRIs quoted as
``urllib.parse.quote`` quotes them, turns' speakers and times written as given (written text reused
within a batch), recall's tokens of a batch the same as one text at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from kg_memory import Memory, Turn, ids
from kg_memory.recall.index import tokenize


@given(st.text(max_size=12))
@settings(max_examples=300, deadline=None)
def test_turn_iris_quote_ids_as_urllib_does(text):
    assert ids.turn_iri(text, text) == f"{ids.BASE}turn/{quote(text, safe='')}/{quote(text, safe='')}"
    assert ids.conversation_iri(text) == f"{ids.BASE}conversation/{quote(text, safe='')}"


def test_turns_keep_their_speaker_and_their_own_time_zone(tmp_path):
    noon = datetime(2024, 3, 1, 12, tzinfo=UTC)
    paris = noon.astimezone(timezone(timedelta(hours=1)))  # the same instant, written in another zone
    turns = [Turn("c", "1", "Ann", "Hi.", noon), Turn("c", "2", "Bob", "Hello.", paris),
             Turn("c", "3", "Ann", "Bye.", noon)]
    with Memory(tmp_path / "m") as memory:
        memory.remember(turns)
    with Memory(tmp_path / "m") as memory:  # a second process reads what the first wrote
        stored = {t.turn: t for t in memory.turns("c")}
    assert [(stored[n].speaker, stored[n].time.utcoffset()) for n in "123"] == \
        [("Ann", timedelta(0)), ("Bob", timedelta(hours=1)), ("Ann", timedelta(0))]
    assert stored["2"].time == noon


def test_a_batch_is_tokenized_as_each_text_alone():
    texts = ["Melanie's kids painted sunrises", "李雷在Google工作, he's painting", "painting PAINTED paints", ""]
    assert tokenize(texts) == [tokenize([t])[0] for t in texts]
    assert tokenize(texts)[0] == ["melani", "kid", "paint", "sunris"]

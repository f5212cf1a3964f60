"""LLMExtractor against a real local HTTP server speaking the chat-completions protocol."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg_memory import Memory
from kg_memory.errors import ExtractionError
from kg_memory.extract import LLMExtractor
from kg_memory.extract.llm import build_messages, parse_content, response_schema
from kg_memory.ids import RELATION_BASE
from kg_memory.types import Entity, Turn
from kg_memory.vocab import Vocabulary

TURNS = [
    Turn("c1", "1", "Ann", "I live in Paris and I went to Rome last May.", datetime(2024, 3, 10)),
    Turn("c1", "2", "Bob", "My dog Rex is 3.", datetime(2024, 3, 10)),
]


def answer(facts, raw: str | None = None) -> tuple[int, str]:
    content = raw if raw is not None else json.dumps({"facts": facts})
    return 200, json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})


GOOD = [
    {"turn": "1", "subject": "Ann", "subject_type": "Person", "predicate": "livesIn", "object": "Paris",
     "object_type": "Place", "confidence": 0.9, "occurred_at": None},
    {"turn": "1", "subject": "Ann", "subject_type": "Person", "predicate": "visited", "object": "Rome",
     "object_type": "Place", "confidence": 0.8, "occurred_at": "2023-05-01"},
    {"turn": "2", "subject": "Bob", "subject_type": "Person", "predicate": "hasPet", "object": "Rex",
     "object_type": "Animal", "confidence": 0.9, "occurred_at": None},
]


class FakeChatServer:
    """Replies with scripted (status, body) pairs, in order, and records the requests."""

    def __init__(self, script):
        self.script = list(script)
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("content-length", 0))
                server.requests.append({"path": self.path, "headers": dict(self.headers),
                                        "body": json.loads(self.rfile.read(length))})
                status, body = server.script.pop(0) if server.script else (500, "script exhausted")
                data = body.encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def extractor(server, **kwargs):
    kwargs.setdefault("backoff", 0.01)
    return LLMExtractor(server.url, "test-model", api_key="secret", **kwargs)


def test_good_answer_and_the_request_sent():
    with FakeChatServer([answer(GOOD)]) as server:
        facts = extractor(server).extract(TURNS)
    assert [(f.subject, f.predicate, f.object) for f in facts] == [
        (Entity("Ann", "Person"), "livesIn", Entity("Paris", "Place")),
        (Entity("Ann", "Person"), "visited", Entity("Rome", "Place")),
        (Entity("Bob", "Person"), "hasPet", Entity("Rex", "Animal")),
    ]
    assert facts[1].occurred_at == date(2023, 5, 1)
    assert facts[2].sources[0].turn == "2" and facts[2].sources[0].speaker == "Bob"
    (request,) = server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer secret"
    body = request["body"]
    assert body["model"] == "test-model"
    assert body["response_format"]["type"] == "json_schema"
    schema = body["response_format"]["json_schema"]["schema"]
    # issue 18: the predicate is free text (vocabulary names preferred, listed in the prompt), so that
    # relations outside the vocabulary reach the memory as open relations
    assert schema["properties"]["facts"]["items"]["properties"]["predicate"] == {
        "type": "string", "description": "a predicate of the list, else a short camelCase verb phrase"}
    assert "- livesIn: lives in" in body["messages"][0]["content"]
    user = body["messages"][-1]["content"]
    assert "I live in Paris" in user and "My dog Rex is 3." in user


def test_code_fences_and_trailing_commas_are_repaired():
    raw = "```json\n" + json.dumps({"facts": GOOD[:1]})[:-1] + ",}\n```"
    with FakeChatServer([answer(None, raw)]) as server:
        facts = extractor(server).extract(TURNS[:1])
    assert [f.predicate for f in facts] == ["livesIn"]


def test_malformed_answer_rejects_the_whole_batch():
    with FakeChatServer([answer(None, '{"facts": [{"subject": "Ann", "predicate": "livesIn", "obj')]) as server:
        with pytest.raises(ExtractionError, match="not valid JSON"):
            extractor(server).extract(TURNS)


def test_a_malformed_item_rejects_the_whole_batch():
    with FakeChatServer([answer([GOOD[0], {"subject": 3, "predicate": "likes"}])]) as server:
        with pytest.raises(ExtractionError, match="malformed fact"):
            extractor(server).extract(TURNS)


def test_server_error_then_good_is_retried():
    with FakeChatServer([(500, "boom"), (429, "slow down"), answer(GOOD[:1])]) as server:
        facts = extractor(server, max_retries=3).extract(TURNS[:1])
    assert len(server.requests) == 3
    assert [f.predicate for f in facts] == ["livesIn"]


def test_retries_are_bounded():
    with FakeChatServer([(503, "down")] * 5) as server:
        with pytest.raises(ExtractionError, match="after 3 attempts"):
            extractor(server, max_retries=2).extract(TURNS[:1])
    assert len(server.requests) == 3


def test_client_error_is_not_retried():
    with FakeChatServer([(401, "bad key")]) as server:
        with pytest.raises(ExtractionError, match="401"):
            extractor(server).extract(TURNS[:1])
    assert len(server.requests) == 1


def test_unknown_predicates_are_mapped_or_kept_as_open_relations():
    # issue 18: a predicate outside the vocabulary is kept as an open relation, no longer dropped
    items = [dict(GOOD[0], predicate="lives_in"), dict(GOOD[0], predicate="employer", object="ACME", object_type="Organization"),
             dict(GOOD[0], predicate="出生于", object="Lyon"),
             dict(GOOD[0], predicate="investsIn", object="Acme", object_type="Organization"),
             dict(GOOD[0], predicate="favouriteShoeSize", object=42, object_type="Literal")]
    with FakeChatServer([answer(items)]) as server:
        facts = extractor(server).extract(TURNS[:1])
    assert [(f.predicate, f.object.label if isinstance(f.object, Entity) else f.object) for f in facts] == [
        ("livesIn", "Paris"), ("worksFor", "ACME"), ("birthPlace", "Lyon"),
        (RELATION_BASE + "investsIn", "Acme"), (RELATION_BASE + "favouriteShoeSize", 42)]
    assert facts[3].object.type == "Organization"


def test_open_relations_from_the_llm_are_stored_and_queried():
    items = [dict(GOOD[0], predicate="investsIn", object="Acme", object_type="Organization")]
    with FakeChatServer([answer(items)]) as server, Memory() as memory:
        memory.remember(TURNS[:1], extractor=extractor(server))
        rows = memory.query("SELECT ?who ?what WHERE { ?r rdfs:label 'investsIn' . ?s ?r ?o . "
                            "?s rdfs:label ?who . ?o rdfs:label ?what }").values()
    assert rows == [{"who": "Ann", "what": "Acme"}]


def test_literals_are_typed():
    items = [dict(GOOD[2], turn="2", subject="Rex", subject_type="Animal", predicate="age", object="3", object_type="Literal")]
    with FakeChatServer([answer(items)]) as server:
        (fact,) = extractor(server).extract(TURNS)
    assert fact.object == 3 and fact.subject == Entity("Rex", "Animal")


def test_a_birth_year_is_a_number():
    items = [dict(GOOD[0], predicate="birthYear", object="1990", object_type="Literal")]
    with FakeChatServer([answer(items)]) as server:
        (fact,) = extractor(server).extract(TURNS)
    assert fact.object == 1990


def test_a_birthday_without_a_year_is_a_month_day():
    from kg_memory.types import MonthDay

    items = [dict(GOOD[2], turn="2", subject="Ann", subject_type="Person", predicate="birthday", object=o,
                  object_type="Literal") for o in ("--05-05", "1990-06-02", "May 5th")]
    with FakeChatServer([answer(items)]) as server:
        facts = extractor(server).extract(TURNS)
    assert sorted(f.object for f in facts) == [MonthDay(5, 5), MonthDay(6, 2)]  # "May 5th": dropped


def test_batches(tmp_path):
    turns = [Turn("c", str(i), "Ann", f"I like thing {i}.") for i in range(5)]
    with FakeChatServer([answer([]), answer([]), answer([])]) as server:
        extractor(server, batch_size=2).extract(turns)
    assert len(server.requests) == 3
    assert "thing 4" in server.requests[-1]["body"]["messages"][-1]["content"]


def test_cache_avoids_the_second_request(tmp_path):
    with FakeChatServer([answer(GOOD)]) as server:
        first = extractor(server, cache_dir=tmp_path).extract(TURNS)
        second = extractor(server, cache_dir=tmp_path).extract(TURNS)
    assert first == second and len(server.requests) == 1
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_cache_key_depends_on_model(tmp_path):
    with FakeChatServer([answer(GOOD), answer(GOOD)]) as server:
        LLMExtractor(server.url, "model-a", cache_dir=tmp_path).extract(TURNS)
        LLMExtractor(server.url, "model-b", cache_dir=tmp_path).extract(TURNS)
    assert len(server.requests) == 2


def test_api_key_from_environment(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("KGMEM_LLM_API_KEY", "from-env")
    assert LLMExtractor("http://x", "m").api_key == "from-env"


def test_prompt_is_a_pure_function_of_turns_and_vocabulary():
    vocab = Vocabulary.load()
    assert build_messages(TURNS, vocab) == build_messages(TURNS, vocab)
    system = build_messages(TURNS, vocab)[0]["content"]
    assert "livesIn: lives in" in system and "one current value" in system
    assert response_schema(vocab)["required"] == ["facts"]


def test_parse_content_errors_are_clear():
    with pytest.raises(ExtractionError, match="'facts' list"):
        parse_content('{"triples": []}')


def test_an_ending_from_the_llm_closes_the_stored_fact_when_it_happened():
    # Ann works for Acme (March); in September the model reads "I quit my job last week" as an ended
    # worksFor whose object is not said (the subject), and "I no longer live in Paris" as an ended livesIn.
    march, september = datetime(2024, 3, 1), datetime(2024, 9, 15)
    said = [Turn("c1", "1", "Ann", "I work for Acme and I live in Paris.", march),
            Turn("c1", "2", "Ann", "I quit my job last week. I no longer live in Paris.", september)]
    first = [dict(GOOD[0]), dict(GOOD[0], predicate="worksFor", object="Acme", object_type="Organization")]
    second = [dict(GOOD[0], turn="2", predicate="worksFor", object="Ann", object_type="Organization",
                   occurred_at="2024-09-02", ended=True),
              dict(GOOD[0], turn="2", ended=True)]
    with FakeChatServer([answer(first), answer(second)]) as server, Memory() as memory:
        memory.remember(said[:1], extractor=extractor(server))
        memory.remember(said[1:], extractor=extractor(server))
        assert memory.facts("Ann", "worksFor") == [] and memory.facts("Ann", "livesIn") == []
        history = {(f.predicate, f.object.label, f.valid_to) for f in memory.history("Ann")}
        schema = server.requests[0]["body"]["response_format"]["json_schema"]["schema"]
    assert ("worksFor", "Acme", datetime(2024, 9, 2)) in history
    assert ("livesIn", "Paris", september) in history
    assert "ended" in schema["properties"]["facts"]["items"]["required"]

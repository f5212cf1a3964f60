"""The chatbot example against a real local HTTP server speaking the chat-completions protocol."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kgmem_chatbot_example", REPO / "examples" / "chatbot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class _ChatServer(ThreadingHTTPServer):
    requests: list[dict]


class _Handler(BaseHTTPRequestHandler):
    server: _ChatServer

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
        answer = json.dumps({
            "id": "chatcmpl-1", "object": "chat.completion", "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "Noted."}}],
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def chat_server() -> Iterator[_ChatServer]:
    server = _ChatServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_second_session_prompt_carries_first_session_facts(chat_server: _ChatServer, tmp_path: Path) -> None:
    chatbot = _load_example()
    url = f"http://127.0.0.1:{chat_server.server_address[1]}/v1"
    settings = chatbot.Settings(url, "test-model", api_key="sk-test")
    store = str(tmp_path / "store")

    out1 = io.StringIO()
    assert chatbot.chat(store, "alice", settings, ["I live in Lisbon.", "/quit", "never read"], out1) == 1
    assert "assistant> Noted." in out1.getvalue()

    out2 = io.StringIO()
    assert chatbot.chat(store, "alice", settings, ["Where do I live?"], out2) == 1

    first, second = chat_server.requests
    assert first["path"] == "/v1/chat/completions" and first["model"] == "test-model"
    assert first["auth"] == "Bearer sk-test"
    system = second["messages"][0]
    assert system["role"] == "system"
    assert "Lisbon" in system["content"]
    # the second session starts a fresh dialogue: only its own message follows the system prompt
    assert [m["role"] for m in second["messages"]] == ["system", "user"]
    assert second["messages"][-1]["content"] == "Where do I live?"


def test_main_reads_stdin_and_reports_an_unreachable_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    chatbot = _load_example()
    monkeypatch.setattr("sys.stdin", io.StringIO("Hello there.\n"))
    code = chatbot.main(["--store", str(tmp_path / "store"), "--user", "bob",
                         "--llm-url", "http://127.0.0.1:9/v1"])
    assert code == 1
    assert "did not answer" in capsys.readouterr().err

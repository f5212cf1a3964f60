"""A chatbot with long-term memory: kg-memory in front of any OpenAI-compatible chat endpoint.

Every user message is remembered (facts extracted, the turn kept); before each answer the memory
recalls what bears on the message and the block goes into the system prompt. The memory lives in
a store directory, so a later session knows what an earlier one was told::

    export OPENAI_API_KEY=...            # or KGMEM_LLM_API_KEY; none for a local server
    python examples/chatbot.py --store ~/.kgmem-chat --user alice \\
        --llm-url http://localhost:8000/v1 --model llama3

    you> I live in Lisbon and my dog is called Rex.
    ...  (next day, a new session)
    you> Where should I walk my dog this weekend?     # the prompt now says: Lisbon, Rex

Type ``/quit`` (or end the input) to leave. The functions below can be driven from Python:
:func:`chat` runs one session over any input and output streams.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import IO, Any

import httpx

from kg_memory import Memory, Turn
from kg_memory.errors import InputError

SYSTEM = (
    "You are a helpful assistant with a long-term memory of earlier conversations with {user}. "
    "Use the memories below when they help; do not invent memories.\n\n{memory}"
)


@dataclass(frozen=True)
class Settings:
    """Where the language model is and how to call it."""

    llm_url: str
    model: str
    api_key: str | None = None
    budget_tokens: int = 600
    timeout: float = 60.0


def complete(client: httpx.Client, settings: Settings, messages: list[dict[str, str]]) -> str:
    """One chat-completions request; returns the assistant's text."""
    headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
    response = client.post(
        settings.llm_url.rstrip("/") + "/chat/completions",
        json={"model": settings.model, "messages": messages},
        headers=headers,
        timeout=settings.timeout,
    )
    response.raise_for_status()
    return response.json()["choices"][0]["message"]["content"]


def system_prompt(memory: Memory, user: str, message: str, budget_tokens: int) -> str:
    """The system prompt for answering ``message``: what is known about the user, then the
    memories recalled for the message, within ``budget_tokens``."""
    known = ""
    try:
        profile = memory.profile(user)
        known = "\n".join(profile.text().splitlines()[: 1 + 12]) if profile.current else ""
    except InputError:
        pass  # nothing is known about the user yet
    budget = max(0, budget_tokens - len(known) // 3)
    recalled = memory.context(message, budget_tokens=budget, speaker=user)  # "my dog" is the user's
    parts = [p for p in (f"What you know about {user}:\n{known}" if known else "", recalled) if p]
    return SYSTEM.format(user=user, memory="\n\n".join(parts) or "(no memories yet)")


def reply(memory: Memory, client: httpx.Client, settings: Settings, user: str, session: str,
          history: list[dict[str, str]], message: str) -> str:
    """Remember ``message``, recall for it, ask the model, and return its answer."""
    turn = Turn(session, str(len(history) // 2 + 1), user, message, datetime.now(timezone.utc))
    memory.remember([turn])
    prompt = system_prompt(memory, user, message, settings.budget_tokens)
    answer = complete(client, settings, [{"role": "system", "content": prompt}, *history,
                                         {"role": "user", "content": message}])
    history += [{"role": "user", "content": message}, {"role": "assistant", "content": answer}]
    return answer


def chat(store: str, user: str, settings: Settings, lines: Iterable[str], output: IO[str],
         *, transport: Any = None) -> int:
    """One chat session: read user messages from ``lines``, write answers to ``output``.

    Returns the number of messages answered. ``transport`` is passed to :class:`httpx.Client`.
    """
    session = "chat-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    history: list[dict[str, str]] = []
    answered = 0
    with Memory(store, namespace=user) as memory, httpx.Client(transport=transport) as client:
        for line in lines:
            message = line.strip()
            if not message:
                continue
            if message in ("/quit", "/exit"):
                break
            output.write(f"assistant> {reply(memory, client, settings, user, session, history, message)}\n")
            output.flush()
            answered += 1
    return answered


def _prompted(stream: IO[str], output: IO[str]) -> Iterable[str]:
    while True:
        if stream.isatty():
            output.write("you> ")
            output.flush()
        line = stream.readline()
        if not line:
            return
        yield line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chat with long-term memory (kg-memory).")
    parser.add_argument("--store", required=True, help="store directory of the memory")
    parser.add_argument("--user", default="user", help="whose memory (a namespace, and the speaker name)")
    parser.add_argument("--llm-url", default="http://localhost:8000/v1",
                        help="base URL of an OpenAI-compatible API (…/v1)")
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--budget-tokens", type=int, default=600, help="token budget of the memory block")
    args = parser.parse_args(argv)
    key = os.environ.get("KGMEM_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY")
    settings = Settings(args.llm_url, args.model, key, args.budget_tokens)
    try:
        chat(args.store, args.user, settings, _prompted(sys.stdin, sys.stdout), sys.stdout)
    except httpx.HTTPError as e:
        print(f"error: the language model did not answer: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

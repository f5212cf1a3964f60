"""Extraction with a language model behind any OpenAI-compatible ``/v1/chat/completions`` endpoint.

Turns are sent in batches with a prompt built from the vocabulary (:func:`build_messages`, a pure
function) and a JSON schema for structured output (:func:`response_schema`). Answers are validated:
predicates are mapped to the vocabulary by name, label or synonym (:meth:`~kg_memory.vocab.Vocabulary.lookup`),
and any other predicate is kept as an open relation (:func:`kg_memory.ids.relation_iri`); JSON wrapped
in code fences or with trailing commas is repaired; anything else rejects the whole batch with an
:class:`~kg_memory.errors.ExtractionError` (never half a batch). Rate limits, server errors and
timeouts are retried with exponential backoff. Answers can be cached as JSON files keyed on a hash
of the model, the prompt version and the turns.

>>> from kg_memory.types import Turn
>>> messages = build_messages([Turn("c", "1", "Ann", "I live in Paris.")], Vocabulary.load())
>>> messages[0]["role"], "livesIn" in messages[0]["content"], "Ann" in messages[1]["content"]
('system', True, True)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .._files import atomic_write_text
from ..errors import ExtractionError
from ..ids import relation_iri
from ..types import Entity, Fact, MonthDay, Turn, Value
from ..vocab import Vocabulary
from .base import event_time, make_fact

__all__ = ["LLMExtractor", "PROMPT_VERSION", "build_messages", "parse_content", "response_schema"]

logger = logging.getLogger(__name__)

#: Bump when the prompt or schema changes: cached answers of older versions are not reused.
PROMPT_VERSION = "2"

_ENTITY_TYPES = ("Person", "Place", "Organization", "Animal", "Event", "Thing")
def _fact_predicates(vocabulary: Vocabulary) -> dict[str, Any]:
    """The vocabulary's predicates about people, places and events (not the bookkeeping ones)."""
    skip = {"confidence", "validFrom", "validTo", "occurredAt", "observation", "conversation",
            "turnId", "speaker", "text"}
    return {name: p for name, p in sorted(vocabulary.predicates.items()) if name not in skip}


def build_messages(turns: Sequence[Turn], vocabulary: Vocabulary) -> list[dict[str, str]]:
    """The chat messages asking for the facts of ``turns``: a pure function of its arguments."""
    lines = []
    for name, p in _fact_predicates(vocabulary).items():
        kind = "literal" if p.literal else f"entity ({p.range})"
        one = ", one current value" if p.functional else ""
        lines.append(f"- {name}: {p.labels.get('en', name)}; object: {kind}{one}")
    system = (
        "You extract facts about people from conversation turns for a long-term memory.\n"
        "Return JSON: {\"facts\": [...]}, each fact with turn (the turn id), subject, subject_type, "
        "predicate, object, object_type, confidence (0 to 1), occurred_at (ISO date or null) and ended.\n"
        "Use these predicates where one fits:\n" + "\n".join(lines) + "\n"
        "For a relation none of them fits, write a short camelCase verb phrase (investsIn).\n"
        f"Entity types: {', '.join(_ENTITY_TYPES)}; use object_type \"Literal\" for literal objects "
        "(age as a number, dates as YYYY-MM-DD, a birthday told without its year as --MM-DD).\n"
        "Rules: write the speaker's name for I/me/my and the other speaker's name for you; resolve "
        "he/she only when sure. Give no facts for questions, hypotheticals or wishes. A negated "
        "like is a dislike; other negations give no fact. Resolve relative times (last May) against "
        "the turn's time into occurred_at. Unnamed relatives are \"<owner>'s <relation>\". Set ended to "
        "true when the turn says a fact stopped holding (I divorced Bob, I quit my job at Acme, I no longer "
        "live in Paris); occurred_at is then when it stopped, and an object not said (I quit my job) is the "
        "subject."
    )
    body = []
    for t in turns:
        when = f" ({t.time.isoformat()})" if t.time else ""
        body.append(f"[{t.turn}] {t.speaker}{when}: {t.text}")
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": "Conversation turns:\n" + "\n".join(body)},
    ]


def response_schema(vocabulary: Vocabulary) -> dict[str, Any]:
    """The JSON schema of an answer, for ``response_format={"type": "json_schema", ...}``."""
    fact = {
        "type": "object",
        "properties": {
            "turn": {"type": "string"},
            "subject": {"type": "string"},
            "subject_type": {"type": "string", "enum": list(_ENTITY_TYPES)},
            "predicate": {"type": "string",
                          "description": "a predicate of the list, else a short camelCase verb phrase"},
            "object": {"type": ["string", "number"]},
            "object_type": {"type": "string", "enum": [*_ENTITY_TYPES, "Literal"]},
            "confidence": {"type": "number"},
            "occurred_at": {"type": ["string", "null"]},
            "ended": {"type": "boolean", "description": "the turn says the fact stopped holding"},
        },
        "required": ["turn", "subject", "subject_type", "predicate", "object", "object_type",
                     "confidence", "occurred_at", "ended"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"facts": {"type": "array", "items": fact}},
        "required": ["facts"],
        "additionalProperties": False,
    }


def parse_content(content: str) -> dict[str, Any]:
    """Parse an answer's JSON, repairing code fences and trailing commas; raise ExtractionError.

    >>> parse_content('```json\\n{"facts": [],}\\n```')
    {'facts': []}
    """
    text = content.strip()
    fence = re.match(r"^```[\w-]*\s*\n?(.*?)\n?```$", text, re.S)
    if fence:
        text = fence.group(1).strip()
    for candidate in (text, re.sub(r",\s*([}\]])", r"\1", text)):
        try:
            data = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and isinstance(data.get("facts"), list):
            return data
        raise ExtractionError(f"LLM answer is not an object with a 'facts' list: {text[:200]!r}")
    raise ExtractionError(f"LLM answer is not valid JSON: {text[:200]!r}")


class LLMExtractor:
    """Extract facts with a chat-completions model.

    Parameters
    ----------
    base_url:
        The server, e.g. ``"http://localhost:8000"`` or ``"https://api.openai.com/v1"``.
    model:
        The model name sent with each request.
    api_key:
        Bearer token; defaults to ``KGMEM_LLM_API_KEY`` or ``OPENAI_API_KEY`` from the environment.
    batch_size:
        Turns per request.
    max_retries:
        Retries after a 429, a 5xx or a timeout, waiting ``backoff * 2**attempt`` seconds.
    cache_dir:
        Folder of cached answers (JSON files), or ``None`` for no cache.
    timeout:
        Seconds per request.
    """

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, batch_size: int = 8,
        max_retries: int = 3, cache_dir: str | Path | None = None, timeout: float = 60.0,
        vocabulary: Vocabulary | None = None, backoff: float = 1.0,
    ) -> None:
        self.base_url = base_url
        self.model = model
        self.api_key = api_key or os.environ.get("KGMEM_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY")
        self.batch_size = max(1, batch_size)
        self.max_retries = max_retries
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.timeout = timeout
        self.backoff = backoff
        self.vocabulary = vocabulary or Vocabulary.load()

    def __repr__(self) -> str:
        return f"LLMExtractor(base_url={self.base_url!r}, model={self.model!r}, batch_size={self.batch_size})"

    @property
    def url(self) -> str:
        """The chat-completions URL."""
        url = self.base_url.rstrip("/")
        if url.endswith("/chat/completions"):
            return url
        return (url if url.endswith("/v1") else url + "/v1") + "/chat/completions"

    def extract(self, turns: Sequence[Turn]) -> list[Fact]:
        """Return the facts of ``turns``; raise ExtractionError when a batch cannot be used."""
        import httpx

        facts: list[Fact] = []
        with httpx.Client(timeout=self.timeout) as client:
            for start in range(0, len(turns), self.batch_size):
                batch = list(turns[start:start + self.batch_size])
                facts.extend(self._batch(client, batch))
        return facts

    # -- one batch -------------------------------------------------------------------------------

    def _cache_path(self, batch: Sequence[Turn]) -> Path | None:
        if self.cache_dir is None:
            return None
        payload = json.dumps(
            [self.model, PROMPT_VERSION,
             [(t.conversation, t.turn, t.speaker, t.text, t.time.isoformat() if t.time else None) for t in batch]],
            ensure_ascii=False,
        )
        return self.cache_dir / (hashlib.sha256(payload.encode()).hexdigest() + ".json")

    def _batch(self, client: Any, batch: list[Turn]) -> list[Fact]:
        path = self._cache_path(batch)
        if path is not None and path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            logger.debug("cache hit %s", path.name)
            return self._facts(data, batch)
        data = parse_content(self._request(client, batch))
        facts = self._facts(data, batch)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, json.dumps(data, ensure_ascii=False))
        return facts

    def _request(self, client: Any, batch: list[Turn]) -> str:
        import httpx

        body = {
            "model": self.model,
            "messages": build_messages(batch, self.vocabulary),
            "temperature": 0,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "facts", "strict": True, "schema": response_schema(self.vocabulary)},
            },
        }
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        for attempt in range(self.max_retries + 1):
            retry_after = None
            try:
                response = client.post(self.url, json=body, headers=headers)
            except (httpx.TimeoutException, httpx.TransportError) as e:
                problem = f"{type(e).__name__}: {e}"
            else:
                if response.status_code == 200:
                    try:
                        return response.json()["choices"][0]["message"]["content"]
                    except (ValueError, KeyError, IndexError, TypeError) as e:
                        raise ExtractionError(f"not a chat-completions answer: {response.text[:200]!r}") from e
                problem = f"HTTP {response.status_code}: {response.text[:200]}"
                if response.status_code != 429 and response.status_code < 500:
                    raise ExtractionError(f"LLM request rejected, {problem}")
                retry_after = response.headers.get("retry-after")
            if attempt == self.max_retries:
                raise ExtractionError(f"LLM request failed after {self.max_retries + 1} attempts, last: {problem}")
            delay = self.backoff * 2 ** attempt
            if retry_after and retry_after.replace(".", "", 1).isdigit():
                delay = min(float(retry_after), 60.0)
            logger.warning("LLM request failed (%s); retrying in %.1fs", problem, delay)
            time.sleep(delay)
        raise AssertionError("unreachable")

    def _predicate(self, name: str) -> str | None:
        """The vocabulary name ``name`` means, else ``name`` as an open relation IRI (None if blank)."""
        found = self.vocabulary.lookup(name.strip())
        if found is not None and found.name in _fact_predicates(self.vocabulary):
            return found.name
        try:
            return relation_iri(name)
        except ValueError:
            return None

    def _facts(self, data: dict[str, Any], batch: list[Turn]) -> list[Fact]:
        """Validate every item first, then build the facts: a bad item rejects the batch."""
        by_id = {t.turn: t for t in batch}
        items = data["facts"]
        for item in items:
            if not isinstance(item, dict) or not all(k in item for k in ("subject", "predicate", "object")):
                raise ExtractionError(f"malformed fact in LLM answer: {item!r}")
            if not isinstance(item["subject"], str) or not isinstance(item["predicate"], str):
                raise ExtractionError(f"malformed fact in LLM answer: {item!r}")
        facts = []
        for item in items:
            predicate = self._predicate(item["predicate"])
            if predicate is None:
                logger.warning("dropping fact with a blank predicate")
                continue
            turn = by_id.get(str(item.get("turn", ""))) or (batch[0] if len(batch) == 1 else None)
            if turn is None:
                logger.warning("dropping fact for unknown turn %r", item.get("turn"))
                continue
            obj = self._object(predicate, item)
            if obj is None:
                continue
            subject = Entity(item["subject"].strip(), _entity_type(item.get("subject_type"), "Person"))
            confidence = item.get("confidence", 0.8)
            confidence = float(confidence) if isinstance(confidence, (int, float)) else 0.8
            fact = make_fact(subject, predicate, obj, confidence, turn, _iso_date(item.get("occurred_at")))
            facts.append(_ending(fact, turn) if item.get("ended") is True else fact)
        return facts

    def _object(self, predicate: str, item: dict[str, Any]) -> Entity | Value | None:
        raw = item["object"]
        p = self.vocabulary.predicates.get(predicate)
        if p is None:  # an open relation: an entity unless the model says it is a literal
            if item.get("object_type") == "Literal":
                return raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else str(raw).strip() or None
            return Entity(str(raw).strip(), _entity_type(item.get("object_type"), "Thing")) if str(raw).strip() else None
        if not p.literal:
            if not isinstance(raw, (str, int, float)) or not str(raw).strip():
                return None
            return Entity(str(raw).strip(), _entity_type(item.get("object_type"), p.range))
        if predicate == "age" or p.range.endswith("#integer"):  # an age, a birth year
            try:
                return int(float(raw))
            except (TypeError, ValueError):
                logger.warning("dropping %s %r: not a number", predicate, raw)
                return None
        if p.range.endswith("#date"):
            value = _iso_date(raw)
            if value is None:
                logger.warning("dropping %s %r: not an ISO date", predicate, raw)
            return value
        if p.range.endswith("#gMonthDay"):
            day = _month_day(raw)
            if day is None:
                logger.warning("dropping %s %r: not a month-day (--MM-DD)", predicate, raw)
            return day
        return str(raw).strip() or None


def _entity_type(value: Any, default: str) -> str:
    if value in _ENTITY_TYPES:
        return value
    return default if default in _ENTITY_TYPES else "Thing"


def _month_day(value: Any) -> MonthDay | None:
    """A birthday as the model wrote it: ``--05-05``, ``05-05``, or a full date whose month and day it keeps."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return MonthDay.fromisoformat(text if text.startswith("--") else "--" + text)
    except ValueError:
        day = _iso_date(text)
        return MonthDay.of(day) if day is not None else None


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _ending(fact: Fact, turn: Turn) -> Fact:
    """An answer's fact marked ``ended``: it closes the current fact when stored, at the time it names;
    an object that is the subject's own name ("I quit my job") ends every current value."""
    obj = fact.object
    if isinstance(obj, Entity) and obj.label.casefold() == fact.subject.label.casefold():
        obj = fact.subject
    return dataclasses.replace(fact, object=obj, ended=True, valid_from=None,
                          valid_to=event_time(fact.occurred_at, turn.time))

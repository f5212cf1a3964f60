"""Reading facts and turns from files: CSV and JSONL of facts, JSONL and text transcripts of turns.

Facts (CSV with a header, or JSON Lines) have the columns ``subject``, ``predicate``, ``object`` and
optionally ``subject_type``, ``object_type`` (a class, or ``literal``), ``datatype`` (an XSD name or
IRI for a literal object), ``confidence``, ``valid_from``, ``valid_to``, ``conversation``, ``turn``,
``speaker``, ``time``.

Turns (JSON Lines) have ``conversation``, ``turn``, ``speaker``, ``text`` and optionally ``time``
(ISO 8601); a text transcript has one ``Speaker: text`` line per turn. An empty turn (``Speaker 1:``,
or a JSON line without text) is skipped with a warning on the ``kg_memory.formats`` logger.

>>> import io
>>> facts = list(read_facts(io.StringIO("subject,predicate,object\\nAlice,age,30\\n"), "csv"))
>>> facts[0].object
30
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any, BinaryIO, cast

from .errors import ParseError, VocabularyError
from .types import Entity, Fact, MonthDay, Provenance, Turn, Value
from .vocab import XSD, Vocabulary, expand_iri

__all__ = ["FACT_FORMATS", "TURN_FORMATS", "parse_time", "parse_value", "read_facts", "read_rdf_facts", "read_turns"]

FACT_FORMATS = ("csv", "jsonl")
TURN_FORMATS = ("jsonl", "txt")
_SPEAKER_LINE = re.compile(r"^\s*([^:：]{1,60}?)\s*[:：]\s*(.*?)\s*$")
logger = logging.getLogger(__name__)
_TYPED = re.compile(r'^"(.*)"\^\^<?([^<>]+)>?$', re.S)


def parse_time(text: str | None, *, source: str = "<input>", line: int | None = None) -> datetime | None:
    """Parse an ISO 8601 date or date-time (``None`` or ``""`` gives ``None``)."""
    if text is None or str(text).strip() == "":
        return None
    try:
        return datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        raise ParseError(f"invalid ISO 8601 time {text!r}", source=source, line=line) from None


def parse_value(text: str, datatype: str | None = None) -> Value:
    """Turn text into a typed value: ``"30"`` -> 30, ``"2024-05-01"`` -> a date, ``"--05-05"`` -> a
    :class:`~kg_memory.types.MonthDay` (a birthday without a year), ``'"x"^^xsd:t'`` -> the literal's
    value; with ``datatype`` (``integer``, ``xsd:date``, ``gMonthDay``, an IRI) it is enforced.

    >>> parse_value("30"), parse_value("1.5"), parse_value("2024-05-01")
    (30, Decimal('1.5'), datetime.date(2024, 5, 1))
    >>> parse_value("--05-05"), parse_value("05-05", "gMonthDay")
    (MonthDay(month=5, day=5), MonthDay(month=5, day=5))
    """
    m = _TYPED.match(text)
    if m:
        text, datatype = m.group(1), m.group(2)
    if datatype:
        dt = datatype if "://" in datatype else expand_iri(datatype if ":" in datatype else "xsd:" + datatype)
        local = dt[len(XSD):] if dt.startswith(XSD) else None
        try:
            if local in ("integer", "int", "long", "nonNegativeInteger"):
                return int(text)
            if local in ("decimal",):
                return Decimal(text)
            if local in ("double", "float"):
                return float(text)
            if local == "boolean":
                if text not in ("true", "false", "1", "0"):
                    raise ValueError(text)
                return text in ("true", "1")
            if local == "date":
                return date.fromisoformat(text)
            if local == "dateTime":
                return datetime.fromisoformat(text.replace("Z", "+00:00"))
            if local == "gMonthDay":
                return MonthDay.fromisoformat(text if text.startswith("--") else "--" + text)
        except (ValueError, InvalidOperation):
            raise ValueError(f"{text!r} is not a valid {datatype}") from None
        return text
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+\.\d+", text):
        return Decimal(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    if re.fullmatch(r"--\d{2}-\d{2}", text):
        try:
            return MonthDay.fromisoformat(text)
        except ValueError:
            return text
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?", text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    return text


def _text_stream(source: str | IO[str] | IO[bytes]) -> IO[str]:
    if isinstance(source, str):
        return open(source, encoding="utf-8", newline="")
    if isinstance(source, io.TextIOBase) or hasattr(source, "encoding"):
        return cast(IO[str], source)
    return io.TextIOWrapper(cast(BinaryIO, source), encoding="utf-8", newline="")


def _label(source: str | IO[str] | IO[bytes], name: str | None) -> str:
    """How errors name the source: ``name``, else the path or the open file's name."""
    if name:
        return name
    return source if isinstance(source, str) else str(getattr(source, "name", "<stream>"))


def _json_lines(stream: IO[str], label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSON Lines stream."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ParseError(f"invalid JSON: {e.msg}", source=label, line=number, column=e.colno) from None
        if not isinstance(row, dict):
            raise ParseError("each line must be a JSON object", source=label, line=number)
        yield number, row


def read_facts(
    source: str | IO[str] | IO[bytes], format: str, *, name: str | None = None,
    vocabulary: Vocabulary | None = None, strict: bool = False,
) -> Iterator[Fact]:
    """Read facts from a CSV or JSONL file (path or open file); errors name the line.

    Predicates are read as :meth:`Vocabulary.canonical <kg_memory.vocab.Vocabulary.canonical>` reads
    them: by name, label or synonym, else an open relation (an error with ``strict``).
    """
    vocab = vocabulary or Vocabulary.load()
    label = _label(source, name)
    stream = _text_stream(source)
    try:
        if format == "csv":
            reader = csv.DictReader(stream)
            missing = {"subject", "predicate", "object"} - set(reader.fieldnames or [])
            if missing:
                raise ParseError(f"the CSV header lacks {', '.join(sorted(missing))}", source=label, line=1)
            for row in reader:
                yield _fact(row, vocab, label, reader.line_num, strict)
        elif format == "jsonl":
            for number, row in _json_lines(stream, label):
                yield _fact(row, vocab, label, number, strict)
        else:
            raise ParseError(f"unknown fact format {format!r}; known: {', '.join(FACT_FORMATS)}", source=label)
    except UnicodeDecodeError as e:
        raise ParseError(f"not UTF-8 text: {e.reason}", source=label) from None
    except csv.Error as e:
        raise ParseError(f"malformed CSV: {e}", source=label) from None
    finally:
        if isinstance(source, str):
            stream.close()


def _fact(row: dict[str, Any], vocab: Vocabulary, label: str, line: int, strict: bool) -> Fact:
    def field(key: str) -> str | None:
        value = row.get(key)
        return None if value is None or str(value).strip() == "" else str(value).strip()

    subject, predicate, obj = field("subject"), field("predicate"), row.get("object")
    if not subject or not predicate or obj is None or str(obj).strip() == "":
        raise ParseError("subject, predicate and object must all be given", source=label, line=line)
    try:
        predicate = vocab.canonical(predicate, strict=strict)
    except VocabularyError as e:
        raise ParseError(str(e), source=label, line=line) from None
    known = vocab.predicates.get(predicate)
    object_type = field("object_type")
    datatype = field("datatype")
    try:
        subject_type = field("subject_type") or "Thing"
        vocab.class_iri(subject_type)
        if isinstance(obj, (int, float, bool)) and object_type in (None, "literal"):
            value: Entity | Value = obj
        elif object_type == "literal" or datatype or (known is not None and known.literal and object_type is None):
            value = parse_value(str(obj), datatype or (known.range if known is not None and known.literal else None))
        else:
            value = Entity(str(obj).strip(), object_type or (known.range if known else "Thing"))
            vocab.class_iri(value.type)
        confidence = float(field("confidence") or 1.0)
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence {confidence} is not between 0 and 1")
    except (ValueError, VocabularyError) as e:
        raise ParseError(str(e), source=label, line=line) from None
    time = parse_time(field("time"), source=label, line=line)
    sources: tuple[Provenance, ...] = ()
    if field("conversation") and field("turn"):
        sources = (Provenance(field("conversation"), field("turn"), field("speaker"), time),)
    return Fact(
        Entity(subject, subject_type),
        predicate,
        value,
        confidence=confidence,
        sources=sources,
        valid_from=parse_time(field("valid_from"), source=label, line=line),
        valid_to=parse_time(field("valid_to"), source=label, line=line),
    )


def read_turns(
    source: str | IO[str] | IO[bytes], format: str, *, name: str | None = None,
    conversation: str | None = None,
) -> list[Turn]:
    """Read turns from JSONL (one object per line) or a ``Speaker: text`` transcript.

    A transcript is one conversation, named ``conversation`` (default: the file name).
    """
    label = _label(source, name)
    stream = _text_stream(source)
    turns: list[Turn] = []
    try:
        if format == "jsonl":
            for number, row in _json_lines(stream, label):
                if not str(row.get("speaker") or "").strip():
                    raise ParseError("missing speaker", source=label, line=number)
                if not str(row.get("text") or "").strip():
                    _skip_empty(label, number, str(row["speaker"]).strip())
                    continue
                turns.append(Turn(
                    str(row.get("conversation") or conversation or _stem(label)),
                    str(row.get("turn") if row.get("turn") is not None else number),
                    str(row["speaker"]).strip(),
                    str(row["text"]).strip(),
                    parse_time(row.get("time"), source=label, line=number),
                ))
        elif format == "txt":
            conv = conversation or _stem(label)
            for number, line in enumerate(stream, 1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                m = _SPEAKER_LINE.match(line)
                if not m:
                    raise ParseError("expected 'Speaker: text'", source=label, line=number)
                if not m.group(2):
                    _skip_empty(label, number, m.group(1))
                    continue
                turns.append(Turn(conv, str(len(turns) + 1), m.group(1), m.group(2)))
        else:
            raise ParseError(f"unknown turn format {format!r}; known: {', '.join(TURN_FORMATS)}", source=label)
    except UnicodeDecodeError as e:
        raise ParseError(f"not UTF-8 text: {e.reason}", source=label) from None
    finally:
        if isinstance(source, str):
            stream.close()
    return turns


def _skip_empty(label: str, line: int, speaker: str) -> None:
    logger.warning("%s, line %d: skipped an empty turn of %s", label, line, speaker)


def _stem(label: str) -> str:
    import os

    base = os.path.basename(label)
    return base.rsplit(".", 1)[0] if "." in base else base or "conversation"


def read_rdf_facts(source: str | IO[bytes], format: str, *, name: str | None = None) -> list[Fact]:
    """Facts from an RDF file, for stores that do not hold RDF (Neo4j).

    ``rdfs:label``/``skos:altLabel``/``skos:prefLabel`` (a label per language) and ``rdf:type`` (of a
    kg-memory class) triples name and type the entities; every other triple becomes a fact between entities (IRI objects) or with a literal.
    """
    import pyoxigraph as ox

    from .stores.rdf import RDF_FORMATS
    from .terms import to_python
    from .vocab import KGM, RDF, RDFS, SKOS

    label = _label(source, name)
    fmt = RDF_FORMATS.get(format)
    if fmt is None:
        raise ParseError(f"unknown RDF format {format!r}; known: {', '.join(RDF_FORMATS)}", source=label)
    try:
        triples = list(ox.parse(path=source, format=fmt) if isinstance(source, str) else ox.parse(source, format=fmt))
    except SyntaxError as e:
        raise ParseError(str(e.msg if getattr(e, "msg", None) else e), source=label, line=e.lineno, column=e.offset) from None
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    languages: dict[str, list[tuple[str, str]]] = {}
    types: dict[str, str] = {}
    rest = []
    for t in triples:
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p == RDFS + "label" and isinstance(o, ox.Literal):
            labels.setdefault(s, o.value)
        elif p == SKOS + "altLabel" and isinstance(o, ox.Literal):
            aliases.setdefault(s, []).append(o.value)
        elif p == SKOS + "prefLabel" and isinstance(o, ox.Literal) and o.language:
            languages.setdefault(s, []).append((o.language, o.value))
        elif p == RDF + "type" and o.value.startswith(KGM):
            types[s] = o.value[len(KGM):]
        else:
            rest.append(t)

    def entity(iri: str) -> Entity:
        local = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return Entity(labels.get(iri, local), types.get(iri, "Thing"), iri, tuple(aliases.get(iri, ())),
                      labels=tuple(sorted(languages.get(iri, ()))))

    return [
        Fact(entity(t.subject.value), t.predicate.value,
             to_python(t.object) if isinstance(t.object, ox.Literal) else entity(t.object.value))
        for t in rest
    ]

"""The exceptions kg-memory raises.

Every error the package raises on purpose derives from :class:`KGMemoryError`, so callers can catch
one class::

    KGMemoryError
    ├── InputError            bad user input: a file, a line, a value
    │   ├── ParseError        a malformed file or line (carries source, line, column)
    │   ├── QueryError        a SPARQL or Cypher text the engine rejects (carries the position)
    │   ├── CapacityExceeded  a write would take a namespace over its capacity (policy "reject")
    │   └── InvalidName       a name or IRI that cannot be stored (also a ValueError)
    ├── VocabularyError       an unknown predicate or class
    ├── StoreError            the backend failed
    │   ├── StoreLockedError  another process holds the store
    │   ├── NotAStoreError    the directory is not a kg-memory store
    │   ├── ConnectionFailed  a server could not be reached or refused the credentials
    │   └── UnsupportedOperation  the backend lacks a capability (see ``Store`` flags)
    ├── UnknownBackend        no store is registered for a URL scheme
    ├── ExtractionError       an extractor (the LLM one) returned unusable output
    └── FuzzyError            the entity encoder or index cannot serve a request
"""

from __future__ import annotations

__all__ = [
    "CapacityExceeded",
    "ConnectionFailed",
    "ExtractionError",
    "FuzzyError",
    "InputError",
    "InvalidName",
    "KGMemoryError",
    "NotAStoreError",
    "ParseError",
    "QueryError",
    "StoreError",
    "StoreLockedError",
    "UnknownBackend",
    "UnsupportedOperation",
    "VocabularyError",
]


class KGMemoryError(Exception):
    """Base class of every error raised by kg-memory."""


class InputError(KGMemoryError):
    """Input given by the user cannot be used."""


class ParseError(InputError):
    """A file or text is malformed.

    ``source`` names the file (or ``<stdin>``, ``<string>``), ``line`` and ``column`` are 1-based
    when known.
    """

    def __init__(
        self, message: str, *, source: str | None = None, line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        where = source or "<input>"
        if line is not None:
            where += f", line {line}"
            if column is not None:
                where += f", column {column}"
        super().__init__(f"{where}: {message}")


class QueryError(InputError):
    """The query engine rejected a query; the message carries the engine's words and position."""


class CapacityExceeded(InputError):
    """A write would take a namespace over the capacity it was given (see :mod:`kg_memory.compact`)."""


class InvalidName(InputError, ValueError):
    """A name without a letter or digit, with control characters, or a malformed IRI."""


class VocabularyError(InputError):
    """A predicate or class is not in the vocabulary and is not an IRI."""


class StoreError(KGMemoryError):
    """The storage backend failed."""


class StoreLockedError(StoreError):
    """The store is opened for writing by another process."""


class NotAStoreError(StoreError):
    """The path exists but does not hold a kg-memory store."""


class ConnectionFailed(StoreError):
    """A server could not be reached, or refused the credentials."""


class UnsupportedOperation(StoreError):
    """The backend does not offer this operation (see the capability flags of ``Store``)."""


class UnknownBackend(KGMemoryError):
    """No store backend is registered for this URL or name."""


class ExtractionError(KGMemoryError):
    """An extractor produced output that cannot be turned into facts."""


class FuzzyError(KGMemoryError):
    """The entity encoder or index cannot serve the request."""

"""Documents: remember an article as a source of facts, and summarise its key facts.

A document (plain text or Markdown, English or Chinese) is split into sentences
(:func:`split_document`: Markdown headings, list items, quotes, emphasis, links and code are
handled) and stored as the conversation ``doc:<source>``: turn ``0`` is its title, turns ``1``,
``2``... its sentences (section headings are left out), spoken by the source, at the document's time. Facts come from the memory's
own extractor (the same as for conversations), so each fact cites the sentence it came from, and
recall finds the sentences as it finds turns.

:func:`summarize` ranks the facts of a document (or about an entity) offline, without an LLM::

    key = importance(fact)                      (see kg_memory.importance)
        + 0.30 / (1 + sentence / 3)             lead: the title and first sentences carry the news
        + 0.20 mentions(subject) / max mentions centrality: the entity the document is about

>>> from kg_memory import Memory
>>> m = Memory()
>>> report = m.remember_document("# Acme moves\\n\\nMaria Lopez works for Acme Corp. She lives in Madrid.",
...                              source="acme.md")
>>> report.document, report.title, report.sentences
('doc:acme.md', 'Acme moves', 2)
>>> [(k.fact.predicate, k.fact.object.label) for k in m.summary("acme.md").facts]
[('worksFor', 'Acme Corp'), ('livesIn', 'Madrid')]
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .errors import InputError
from .types import Entity, Fact, Turn

if TYPE_CHECKING:
    from .extract.base import Extractor
    from .memory import Memory

__all__ = ["DOCUMENT_PREFIX", "DocumentReport", "KeyFact", "Sentence", "Summary", "document_id",
           "remember_document", "split_document", "split_sentences", "summarize"]

#: The conversation id of a document is this prefix and its source.
DOCUMENT_PREFIX = "doc:"

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),      # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),       # links: their text
    (re.compile(r"<[^>\n]+>"), ""),                       # HTML tags
    (re.compile(r"`([^`]*)`"), r"\1"),                    # code spans
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),             # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"), r"\1"),    # _italic_
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a Chinese sentence ends at 。！？；… (and the closing quotes or brackets after it)
_ZH_END = re.compile(r"(?<=[。！？；…!?])[”’」』）)\]]*(?=\s*[^\s”’」』）)\]])")
# an English sentence ends at . ! ? (closing quotes or brackets after it), before a space and a capital,
# digit, quote or Han character
_EN_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9" + _HAN + "])")
# abbreviations a sentence never ends with (a title before a name...)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft gov gen col lt sgt capt rep sen rev vs no nos vol fig approx dept univ "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e".split()
)
# abbreviations that end a sentence only when a usual first word follows ("Acme Corp. She ...")
_SUFFIXES = frozenset("inc ltd co corp plc llc etc est a.m p.m u.s u.k u.n e.u".split())
_STARTERS = frozenset(
    "the a an it its he she they we i you this that these those his her their our in on at by for but and "
    "so yet after before last next then there here when while".split()
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document; ``kind`` is ``title``, ``heading``, ``item`` or ``sentence``;
    ``section`` is the heading it is under."""

    text: str
    kind: str = "sentence"
    section: str | None = None


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()


def _join(lines: list[str]) -> str:
    """Lines of a paragraph as one text: no space between two Han characters."""
    out = ""
    for line in (x.strip() for x in lines):
        if out and line and not (re.match(f"[{_HAN}]", out[-1]) and re.match(f"[{_HAN}]", line[0])):
            out += " "
        out += line
    return out


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences (English and Chinese; abbreviations and initials do not end one).

    >>> split_sentences("Dr. Smith met J. K. Rowling in the U.S. on Monday. They talked! 张伟住在上海。他在阿里巴巴工作。")
    ['Dr. Smith met J. K. Rowling in the U.S. on Monday.', 'They talked!', '张伟住在上海。', '他在阿里巴巴工作。']
    """
    pieces = []
    for part in _ZH_END.split(text):
        if not part:
            continue
        start = 0
        for m in _EN_END.finditer(part):
            before = part[start:m.start()]
            word = re.search(r"([\w.]+)[.!?][\"'”’)\]]*$", before)
            if word and before.endswith("."):
                abbreviation = word.group(1).lower()
                following = re.match(r"\w+", part[m.end():])
                starter = following is not None and following.group(0).lower() in _STARTERS
                if (abbreviation in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))
                        or abbreviation in _SUFFIXES and not starter):
                    continue
            pieces.append(part[start:m.start()] + m.group(0).rstrip())
            start = m.end()
        pieces.append(part[start:])
    return [p.strip() for p in pieces if p.strip() and re.search(rf"[\w{_HAN}]", p)]


def split_document(text: str) -> list[Sentence]:
    """The sentences of a plain-text or Markdown document, in order; the first level-1 heading (or a
    short first line without end punctuation, followed by a blank line) is its ``title``.

    >>> [(s.kind, s.text) for s in split_document("# News\\n\\n## Today\\n\\n- Ann moved. She *likes* it.\\n")]
    [('title', 'News'), ('heading', 'Today'), ('item', 'Ann moved.'), ('item', 'She likes it.')]
    """
    out: list[Sentence] = []
    section: str | None = None
    paragraph: list[str] = []
    kind = "sentence"
    in_fence = False
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def flush() -> None:
        nonlocal paragraph, kind
        if paragraph:
            for s in split_sentences(_inline(_join(paragraph))):
                out.append(Sentence(s, kind, section))
        paragraph, kind = [], "sentence"

    def heading(title: str, level: int) -> None:
        nonlocal section
        flush()
        title = _inline(title)
        if not title:
            return
        first = level == 1 and not any(s.kind == "title" for s in out)
        out.append(Sentence(title, "title" if first else "heading", section))
        section = title

    for line in lines:
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence or _TABLE_SEP.match(line) and "|" in line:
            continue
        m = _HEADING.match(line)
        if m:
            heading(m.group(2), len(m.group(1)))
            continue
        if paragraph and _SETEXT.match(line) and len(paragraph) == 1:
            title = paragraph[0]
            paragraph = []
            heading(title, 1 if line.strip()[0] == "=" else 2)
            continue
        if _RULE.match(line) or not line.strip():
            flush()
            continue
        line = _QUOTE.sub("", line)
        if "|" in line and line.strip().startswith("|"):
            line = ", ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip()) + "."
        item = _ITEM.match(line)
        if item:
            flush()
            kind, line = "item", item.group(1)
        paragraph.append(line)
    flush()
    if out and out[0].kind == "sentence" and not any(s.kind == "title" for s in out):
        first = lines[0].strip() if lines else ""
        blank_after = len(lines) > 1 and not lines[1].strip()
        if first and len(first) <= 120 and blank_after and not re.search(r"[.!?。！？]$", first):
            out[0] = Sentence(out[0].text, "title", None)
    return out


def document_id(source: str | None, title: str | None, text: str) -> str:
    """The conversation id of a document: ``doc:`` and its source (else its title, else a digest).

    >>> document_id("news/acme.md", None, ""), document_id(None, "Big News", "")
    ('doc:news/acme.md', 'doc:big-news')
    """
    if source and source.strip():
        return DOCUMENT_PREFIX + source.strip()
    if title and title.strip():
        return DOCUMENT_PREFIX + re.sub(rf"[^\w{_HAN}]+", "-", title.strip().lower()).strip("-")
    return DOCUMENT_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class DocumentReport:
    """What :func:`remember_document` stored: the document's conversation id, title, sentence count
    (the title not counted) and facts."""

    document: str
    title: str | None
    source: str | None
    sentences: int
    facts: int
    stored: tuple[Fact, ...] = ()


def remember_document(memory: Memory, text: str, *, source: str | None = None, title: str | None = None,
                      time: datetime | None = None, namespace: str | None = None,
                      extractor: Extractor | None = None) -> DocumentReport:
    """Split ``text`` into sentences and remember them as the turns of the document's conversation
    (see the module docstring), extracting with ``extractor`` (default the memory's); returns a
    :class:`DocumentReport`."""
    sentences = split_document(text)
    if title is None:
        title = next((s.text for s in sentences if s.kind == "title"), None)
    body = [s for s in sentences if s.kind not in ("title", "heading")]  # a section heading alone says little
    if not body and title is None:
        raise InputError("the document has no text")
    doc = document_id(source, title, text)
    speaker = (source or title or "document").strip()
    turns = [Turn(doc, "0", speaker, title, time)] if title else []
    turns += [Turn(doc, str(i), speaker, s.text, time) for i, s in enumerate(body, start=1)]
    report = memory.remember(turns, namespace=namespace, extractor=extractor)
    return DocumentReport(doc, title, source, len(body), report.facts, report.stored)


@dataclass(frozen=True)
class KeyFact:
    """A fact of a summary, with its score and the sentence (turn) it came from."""

    fact: Fact
    score: float
    sentence: str
    turn: str | None = None


@dataclass(frozen=True)
class Summary:
    """The key facts of a document or an entity, most important first (see :func:`summarize`)."""

    of: str
    title: str | None
    facts: tuple[KeyFact, ...]

    def text(self) -> str:
        """One line per key fact, with the sentence it came from."""
        from .recall.sentences import fact_sentence

        lines = [f"{self.title or self.of}"]
        lines += [f"- {fact_sentence(k.fact)}" + (f'  ["{k.sentence}"]' if k.sentence else "") for k in self.facts]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


def _position(turn: str | None) -> int:
    return int(turn) if turn is not None and turn.isdigit() else 1_000


def summarize(memory: Memory, of: str | Entity, k: int = 10, *, namespace: str | None = None) -> Summary:
    """The ``k`` key facts of a document (its source or ``doc:`` id) or of an entity (a name or an
    :class:`Entity`), ranked as the module docstring says. Raises
    :class:`~kg_memory.errors.InputError` when neither is known."""
    from .importance import importance

    ns = memory.namespace if namespace is None else namespace
    doc = None
    if isinstance(of, str):
        for candidate in (of, DOCUMENT_PREFIX + of):
            if candidate.startswith(DOCUMENT_PREFIX) and any(True for _ in memory.store.turns(
                    namespace=ns, conversation=candidate)):
                doc = candidate
                break
    scores = importance(memory, namespace=ns)
    if doc is not None:
        turns = {t.turn: t for t in memory.store.turns(namespace=ns, conversation=doc)}
        facts = [f for f in memory.store.facts(namespace=ns, history=True)
                 if any(s.conversation == doc for s in f.sources)]
        title = turns["0"].text if "0" in turns else None
    else:
        entity = memory.entity(of, namespace=ns)
        facts = memory.facts(entity, incoming=True, namespace=ns)
        turns, title, doc = {}, entity.label, None
    mentions = Counter(x.iri for f in facts for x in (f.subject, f.object) if isinstance(x, Entity))
    top = max(mentions.values(), default=1)
    ranked = []
    texts: dict[str | None, dict[str, str]] = {}
    for f in facts:
        src = [s for s in f.sources if doc is None or s.conversation == doc]
        first = min(src, key=lambda s: _position(s.turn)) if src else None
        lead = 0.30 / (1 + _position(first.turn if first else None) / 3) if doc is not None else 0.0
        central = 0.20 * mentions.get(f.subject.iri, 0) / top
        base = min(scores.fact(f), 1.5)  # a pinned fact ranks first, by its other terms among pinned ones
        sentence = ""
        if first is not None:
            t = turns.get(first.turn or "") if doc is not None else None
            sentence = t.text if t is not None else _sentence(memory, first.conversation, first.turn, ns, texts)
        ranked.append(KeyFact(f, round(base + lead + central + (0.0 if f.is_current else -0.2), 4), sentence,
                              first.turn if first else None))
    ranked.sort(key=lambda kf: (-kf.score, _position(kf.turn), kf.fact.iri or ""))
    return Summary(doc or (of.label if isinstance(of, Entity) else of), title, tuple(ranked[:k]))


def _sentence(memory: Memory, conversation: str | None, turn: str | None, namespace: str,
              texts: dict[str | None, dict[str, str]]) -> str:
    """The text of a turn, reading each conversation once into ``texts``."""
    if conversation is None:
        return ""
    if conversation not in texts:
        texts[conversation] = {t.turn: t.text for t in memory.store.turns(namespace=namespace,
                                                                            conversation=conversation)}
    return texts[conversation].get(turn or "", "")

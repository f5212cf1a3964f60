"""One atomic write to a graph in the RDF layout (see :mod:`._rdf_layout`), for both RDF stores.

A :class:`TripleBatch` collects the triples a write removes and adds, seeing its own pending changes;
the store sends them at the end, in one transaction. Facts follow the rules of
:mod:`.write_plan`: the batch reads the stored facts the new ones touch, plans, then rewrites the
statements that changed. Entities, turns and forgetting are handled here directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from itertools import chain
from typing import Any

import pyoxigraph as ox

from .. import ids
from ..terms import to_literal, to_python
from ..types import Entity, Fact, Provenance, Turn
from ..vocab import RDF, Vocabulary
from ._rdf_layout import (
    ALT,
    CONFIDENCE,
    CONVERSATION,
    ENTITY_META,
    FACT,
    GENERATED,
    IN_CONV,
    LABEL,
    OBSERVATION,
    OCCURRED,
    PREF,
    R_OBJECT,
    R_PREDICATE,
    R_SUBJECT,
    SPEAKER,
    TEXT,
    TURN,
    TURN_ID,
    VALID_FROM,
    VALID_TO,
    A,
    QuadSource,
    is_internal,
    term,
)
from .write_plan import PlannedFact, WritePlan, fact_start, touched

__all__ = ["UNKNOWN", "TripleBatch", "one_form"]

_N = ox.NamedNode
_BLANK = ox.BlankNode
PROPERTY = _N(RDF + "Property")
_NOT_FACTS = ENTITY_META | {VALID_TO}  # predicates whose triples count as no fact, or also as a closed one
_STATEMENT = {A, R_SUBJECT, R_PREDICATE, R_OBJECT, CONFIDENCE, VALID_FROM, VALID_TO, OCCURRED, OBSERVATION}

Triple = tuple[Any, Any, Any]
#: :meth:`TripleBatch.stored_object` of a triple the batch did not read.
UNKNOWN = object()
_ONE_FORM = (_N("http://www.w3.org/2001/XMLSchema#string"), _N(RDF + "langString"))
_NT_TYPE, _NT_FACT, _NT_SUBJECT, _NT_PREDICATE, _NT_OBJECT = (str(x) for x in (A, FACT, R_SUBJECT, R_PREDICATE, R_OBJECT))
_NT_CONFIDENCE, _NT_VALID_FROM, _NT_VALID_TO = str(CONFIDENCE), str(VALID_FROM), str(VALID_TO)
_NT_OCCURRED, _NT_OBSERVATION = str(OCCURRED), str(OBSERVATION)
_NT_TURN, _NT_IN_CONV, _NT_TURN_ID = f"{A} {TURN}", str(IN_CONV), str(TURN_ID)
_NT_SPEAKER, _NT_TEXT, _NT_GENERATED = str(SPEAKER), str(TEXT), str(GENERATED)


def one_form(o: Any) -> bool:
    """Whether a term is stored only as written (an IRI, a blank node, a string): a stored triple
    with it is found by a membership test. Other typed literals are stored in canonical form."""
    return type(o) is not ox.Literal or o.datatype in _ONE_FORM


class TripleBatch:
    """Collects the quads one atomic write removes and adds, seeing its own pending changes.

    The database does not change until the store sends :meth:`update_text` (or :attr:`inserts`), so
    what a batch reads of it is read once: the stored triples of each ``(subject, predicate)``
    pattern are cached, and pending inserts are indexed by subject and predicate.
    """

    def __init__(self, db: QuadSource, graph: Any, vocabulary: Vocabulary,
                 prefetch: Callable[[list[Any]], None] | None = None) -> None:
        self.db, self.graph, self.vocabulary = db, graph, vocabulary
        #: Called with the nodes whose triples the batch is about to read (a remote view fetches them at once).
        self.prefetch: Callable[[list[Any]], None] = prefetch or (lambda nodes: None)
        self.inserts: dict[Triple, None] = {}  # (s, p, o) in insertion order
        self.deletes: dict[Triple, None] = {}
        self._pending: dict[Any, dict[Any, set[Any]]] = {}  # subject -> predicate -> objects inserted
        self._stored: dict[tuple[Any, Any, Any], list[Triple]] = {}  # (s, p, o or None) -> stored triples
        self._nodes: dict[Any, list[Triple]] = {}  # s -> every stored triple of s (read once)
        self._blank = False  # whether an insert holds a blank node
        self._entities: dict[Entity, ox.NamedNode] = {}  # entities already added by this batch
        self._same: dict[int, tuple[Entity, ox.NamedNode]] = {}  # the same, by id (kept alive by the value)
        #: Nodes that likely hold no stored triple (statement nodes of facts new to the store, turns):
        #: the counts check each once instead of each of its triples (:func:`._rdf_counts.delta`).
        self.fresh: set[Any] = set()
        #: The triples of new statement nodes as N-Triples text, a block per statement, its lines without
        #: the final " ." and joined by "\n" (write-only: the batch does not read them back), how many
        #: triples they hold, their nodes, and how many of those triples are ``validTo``.
        self.written: list[str] = []
        self.written_triples = 0
        self.written_facts = 0  # the plain triples of new current facts among them
        self.written_nodes: list[Any] = []
        self.written_closed = 0
        #: New turns (their nodes held nothing stored when added) as N-Triples text, like :attr:`written`;
        #: a turn is turned into plain inserts (:meth:`_materialize`) as soon as the batch reads or changes it.
        self._turn_text: dict[Any, tuple[Turn, list[str]]] = {}
        self._text: dict[Any, str] = {}  # N-Triples form of terms, speakers' names and times, computed once
        self._named: dict[str, ox.NamedNode] = {}  # IRI -> its node, built once (building one checks the IRI)
        self._conversations: dict[str, ox.NamedNode] = {}  # conversation id -> its node

    # -- pending-aware primitives ------------------------------------------------------------------

    def quads(self, keys: Iterable[Triple]) -> Iterator[ox.Quad]:
        """The quads of ``(s, p, o)`` keys, in this batch's graph."""
        g = self.graph
        return (ox.Quad(s, p, o, g) for s, p, o in keys)

    @property
    def size(self) -> int:
        """How many triples the batch inserts."""
        return len(self.inserts) + self.written_count

    @property
    def written_count(self) -> int:
        """How many triples the batch writes as text (new statements and new turns)."""
        return self.written_triples + sum(len(lines) for _, lines in self._turn_text.values())

    @property
    def written_turns(self) -> int:
        """How many new turns the batch writes as text."""
        return len(self._turn_text)

    def _written_lines(self) -> list[str]:
        """The blocks of :attr:`written` and the lines of new turns."""
        if not self._turn_text:
            return self.written
        return self.written + [line for _, lines in self._turn_text.values() for line in lines]

    @property
    def blank(self) -> bool:
        """Whether an insert holds a blank node (a parser would give it a new id)."""
        return self._blank and any(isinstance(t, ox.BlankNode) for triple in self.inserts for t in triple)

    def _iri(self, iri: str) -> ox.NamedNode:
        """The node of ``iri`` (each built once per batch)."""
        node = self._named.get(iri)
        if node is None:
            node = self._named[iri] = _N(iri)
        return node

    def _nt(self, t: Any) -> str:
        """The N-Triples text of the term ``t`` (each computed once per batch)."""
        s = self._text.get(t)
        if s is None:
            s = self._text[t] = str(t)
        return s

    def _text_of(self, lines: list[str], end: str) -> str:
        """``lines`` (text of triples, several per :attr:`written` block) with ``end`` after each triple.
        N-Triples text holds no raw line break but between triples (literals escape theirs)."""
        return ("\n".join(lines) + "\n").replace("\n", end)

    def _lines(self) -> list[str]:
        """Every insert as N-Triples text without the final " ." (new statements included)."""
        text, nt = self._text, self._nt
        return [f"{text.get(s) or nt(s)} {text.get(p) or nt(p)} {text.get(o) or nt(o)}"
                for s, p, o in self.inserts] + self._written_lines()

    def nquads(self) -> bytes:
        """The inserts as N-Quads (for Oxigraph's loaders: parsing text is faster than building
        ``Quad`` objects one by one; a parser gives blank nodes new ids, so not for those)."""
        g = "" if isinstance(self.graph, ox.DefaultGraph) else f" {self.graph}"
        return self._text_of(self._lines(), f"{g} .\n").encode() if self.size else b""

    def insert_quads(self) -> list[ox.Quad]:
        """The inserts as quads (blank nodes kept)."""
        out = list(self.quads(self.inserts))
        written = self._written_lines()
        if written:
            g = "" if isinstance(self.graph, ox.DefaultGraph) else f" {self.graph}"
            out += ox.parse(self._text_of(written, f"{g} .\n").encode(), format=ox.RdfFormat.N_QUADS)
        return out

    def delete_block(self) -> str:
        """The deletes as the body of ``DELETE DATA`` (:func:`._rdf_layout.data_block` of their quads)."""
        text, nt = self._text, self._nt
        body = "\n".join(f"{text.get(s) or nt(s)} {text.get(p) or nt(p)} {text.get(o) or nt(o)} ."
                         for s, p, o in self.deletes)
        return body if isinstance(self.graph, ox.DefaultGraph) else f"GRAPH {self.graph} {{\n{body}\n}}"

    def update_text(self) -> str:
        """The batch as one SPARQL update (``DELETE DATA {..} ; INSERT DATA {..}``); empty if nothing."""
        parts = []
        if self.deletes:
            parts.append(f"DELETE DATA {{ {self.delete_block()} }}")
        if self.size:
            body = self._text_of(self._lines(), " .\n")
            if not isinstance(self.graph, ox.DefaultGraph):
                body = f"GRAPH {self.graph} {{\n{body}\n}}"
            parts.append(f"INSERT DATA {{ {body} }}")
        return " ;\n".join(parts)

    def insert(self, s: Any, p: Any, o: Any) -> None:
        if s in self._turn_text:
            self._materialize(s)
        key = (s, p, o)
        if type(o) is _BLANK or type(s) is _BLANK:
            self._blank = True
        self.deletes.pop(key, None)
        self.inserts[key] = None
        self._pending.setdefault(s, {}).setdefault(p, set()).add(o)

    def delete(self, s: Any, p: Any, o: Any) -> None:
        if s in self._turn_text:
            self._materialize(s)
        key = (s, p, o)
        if key in self.inserts:
            del self.inserts[key]
            self._pending[s][p].discard(o)
        self.deletes[key] = None
        if p in ENTITY_META:
            self._entities.clear()
            self._same.clear()

    def _read(self, s: Any, p: Any, o: Any) -> list[Triple]:
        """Stored triples matching a pattern with a bound subject and predicate, read once."""
        listed = self._nodes.get(s)
        if listed is not None:
            return [k for k in listed if k[1] == p and (o is None or k[2] == o)]
        cached = self._stored.get((s, p, None))
        if cached is not None:
            return cached if o is None else [k for k in cached if k[2] == o]
        cached = self._stored.get((s, p, o))
        if cached is None:
            if o is not None and one_form(o) and isinstance(self.db, ox.Store):  # one stored form: a membership test
                cached = [(s, p, o)] if ox.Quad(s, p, o, self.graph) in self.db else []
            else:
                cached = [(s, p, q.object) for q in self.db.quads_for_pattern(s, p, o, self.graph)]  # s, p: bound
            self._stored[(s, p, o)] = cached
        return cached

    def _read_all(self, keys: Iterable[tuple[str, str, Any]]) -> list[Triple]:
        """:meth:`match` of each ``(subject IRI, predicate IRI, object term or None)`` key, in one loop:
        a key the batch has not read, with nothing pending or deleted, is read straight from the database."""
        named, stored, nodes, pending, db, g = self._named, self._stored, self._nodes, self._pending, self.db, self.graph
        store = db if isinstance(db, ox.Store) else None
        slow, turns = bool(self.deletes), self._turn_text
        out: list[Triple] = []
        for s, p, o in keys:
            sn, pn = named.get(s) or self._iri(s), named.get(p) or self._iri(p)
            by_p = pending.get(sn)
            if slow or sn in nodes or sn in turns or (by_p and pn in by_p) or (sn, pn, None) in stored or (sn, pn, o) in stored:
                out += self.match(sn, pn, o)
            elif o is not None and store is not None and one_form(o):  # one stored form: a membership test
                found = stored[(sn, pn, o)] = [(sn, pn, o)] if ox.Quad(sn, pn, o, g) in store else []
                out += found
            else:
                found = stored[(sn, pn, o)] = [(sn, pn, q.object) for q in db.quads_for_pattern(sn, pn, o, g)]
                out += found
        return out

    def stored_object(self, s: Any, p: Any, o: Any) -> Any:
        """What the batch read of a triple: the stored object equal to ``o``, None when it is not
        stored, :data:`UNKNOWN` when the batch did not read it (or cannot tell a literal's forms)."""
        node = self._nodes.get(s)
        if node is not None:
            listed = [k for k in node if k[1] == p]
        else:
            exact = self._stored.get((s, p, o))
            if exact is not None:
                return exact[0][2] if exact else None
            listed = self._stored.get((s, p, None))  # type: ignore[assignment]
            if listed is None:
                return UNKNOWN
        if not listed:
            return None
        if any(k[2] == o for k in listed):
            return o
        # a typed literal may be stored in another (canonical) form; strings have one form
        return UNKNOWN if isinstance(o, ox.Literal) and o.datatype not in _ONE_FORM else None

    def match(self, s: Any, p: Any, o: Any) -> list[Triple]:
        if self._turn_text and (s is None or s in self._turn_text):
            for node in [s] if s is not None else list(self._turn_text):
                self._materialize(node)
        if s is not None and p is not None:
            stored = self._read(s, p, o)
        elif s is not None:
            listed = self._nodes.get(s)
            if listed is None:
                listed = self._nodes[s] = [(s, q.predicate, q.object)
                                           for q in self.db.quads_for_pattern(s, None, None, self.graph)]
            stored = listed if o is None else [k for k in listed if k[2] == o]
        else:
            stored = [(q.subject, q.predicate, q.object) for q in self.db.quads_for_pattern(s, p, o, self.graph)]
        deletes = self.deletes
        if s is not None:  # the common case, nothing pending for the pattern: the stored triples left
            by_p = self._pending.get(s)
            if not by_p or (p is not None and not by_p.get(p)):
                return [k for k in stored if k not in deletes] if deletes else list(stored)
        found = {k for k in stored if k not in deletes} if deletes else set(stored)
        if s is None:
            found.update(k for k in self.inserts if (p is None or k[1] == p) and (o is None or k[2] == o))
            return list(found)
        by_p = self._pending.get(s)
        if by_p:
            for pp, objects in ((p, by_p.get(p, set())),) if p is not None else by_p.items():
                if o is None:
                    found.update((s, pp, x) for x in objects)
                elif o in objects:
                    found.add((s, pp, o))
        return list(found)

    def exists(self, s: Any, p: Any, o: Any) -> bool:
        return bool(self.match(s, p, o))

    def delete_all(self, node: Any) -> None:
        for s, p, o in self.match(node, None, None):
            self.delete(s, p, o)

    # -- entities and turns ------------------------------------------------------------------------

    def add_entity(self, entity: Entity) -> ox.NamedNode:
        same = self._same.get(id(entity))  # by identity first: the facts of a batch share their entities
        if same is not None and same[0] is entity:
            return same[1]
        node = self._entities.get(entity)
        if node is not None:  # added already: its type, label and aliases are pending
            self._same[id(entity)] = (entity, node)
            return node
        if entity.iri is None:
            raise ValueError(f"entity {entity.label!r} has no IRI: resolve it before storing")
        node = self._iri(entity.iri)
        if entity.type:
            cls = self._iri(self.vocabulary.class_iri(entity.type))
            if not self.match(node, A, cls):  # stored already (the common case): nothing to write
                self.insert(node, A, cls)
        label = ox.Literal(entity.label)
        # an entity without aliases that holds its label already (the common case) needs no read of its labels
        if entity.aliases or not self.match(node, LABEL, label):
            labels = self.match(node, LABEL, None)
            if not labels:
                self.insert(node, LABEL, label)
            elif all(o.value != entity.label for _, _, o in labels):
                self.insert(node, ALT, label)
            for alias in entity.aliases:
                if all(o.value != alias for _, _, o in labels):
                    self.insert(node, ALT, ox.Literal(alias))
        for language, name in entity.labels:  # one per language: the resolver adds only new languages
            self.insert(node, PREF, ox.Literal(name, language=language))
        self._entities[entity] = node
        self._same[id(entity)] = (entity, node)
        return node

    def add_turn(self, turn: Turn) -> ox.NamedNode:
        node = self._iri(ids.turn_iri(turn.conversation, turn.turn))
        conv = self._conversations.get(turn.conversation)
        if conv is None:
            conv = self._conversations[turn.conversation] = self._iri(ids.conversation_iri(turn.conversation))
        if (conv, A, CONVERSATION) not in self.inserts:
            self.insert(conv, A, CONVERSATION)
            self.insert(conv, LABEL, ox.Literal(turn.conversation))
        read = self._nodes.get(node)  # [] when the batch read the node and found nothing stored
        if node in self._turn_text or node in self._pending or read or self.deletes or (
                read is None and next(iter(self.db.quads_for_pattern(node, None, None, self.graph)), None) is not None):
            self._insert_turn(node, conv, turn)
        else:  # a new turn: straight to text (the batch neither reads nor counts its triples one by one)
            self._turn_text[node] = (turn, self._turn_lines(node, conv, turn))
        return node

    def _turn_lines(self, node: Any, conv: Any, turn: Turn) -> list[str]:
        """A new turn's triples as N-Triples text (as :meth:`_lines` writes them)."""
        n, values = str(node), self._text  # a turn's node is written once; speakers and (time, zone) repeat
        lines = [f"{n} {_NT_TURN}", f"{n} {_NT_IN_CONV} {self._nt(conv)}",
                 f"{n} {_NT_TURN_ID} {ox.Literal(str(turn.turn))}"]
        if turn.speaker:
            speaker = values.get(turn.speaker)
            if speaker is None:
                speaker = values[turn.speaker] = str(ox.Literal(turn.speaker))
            lines.append(f"{n} {_NT_SPEAKER} {speaker}")
        if turn.text:
            lines.append(f"{n} {_NT_TEXT} {ox.Literal(turn.text)}")
        if turn.time is not None:
            key = (turn.time, turn.time.tzinfo)  # equal times in other zones are written as given
            when = values.get(key)
            if when is None:
                when = values[key] = str(to_literal(turn.time))
            lines.append(f"{n} {_NT_GENERATED} {when}")
        return lines

    def _materialize(self, node: Any) -> None:
        """A turn written as text becomes plain inserts (the batch reads or changes it)."""
        turn, _ = self._turn_text.pop(node)
        self._insert_turn(node, self._iri(ids.conversation_iri(turn.conversation)), turn)

    def _insert_turn(self, node: Any, conv: Any, turn: Turn) -> None:
        self.fresh.add(node)
        self.insert(node, A, TURN)
        self.insert(node, IN_CONV, conv)
        self.insert(node, TURN_ID, ox.Literal(str(turn.turn)))
        if turn.speaker:
            self.insert(node, SPEAKER, ox.Literal(turn.speaker))
        if turn.text:
            self.insert(node, TEXT, ox.Literal(turn.text))
        if turn.time is not None:
            self.insert(node, GENERATED, to_literal(turn.time))

    def _source_turn(self, source: Provenance) -> None:
        """Make sure the turn a fact was observed in exists (a stub without text if it is new)."""
        if source.conversation is None or source.turn is None:
            return
        node = self._iri(ids.turn_iri(source.conversation, source.turn))
        if node not in self._turn_text and not self.exists(node, A, TURN):
            self.add_turn(Turn(source.conversation, source.turn, source.speaker or "", "", source.time))

    # -- facts -------------------------------------------------------------------------------------

    def add_facts(self, facts: Iterable[Fact], functional: set[str]) -> list[PlannedFact | None]:
        """Add facts by the rules of :mod:`.write_plan`; returns each fact's record, in order."""
        items = []
        predicates: dict[str, str] = {}  # name -> IRI (an open relation labelled once)
        add_entity = self.add_entity
        for fact in facts:
            add_entity(fact.subject)
            obj = add_entity(fact.object) if isinstance(fact.object, Entity) else term(fact.object)
            for source in fact.sources:
                self._source_turn(source)
            p = predicates.get(fact.predicate)
            if p is None:
                p = predicates[fact.predicate] = self.vocabulary.predicate_iri(fact.predicate)
                self._open_relation(p)
            items.append((fact, p, obj))
        if not items:
            return []
        plan = WritePlan(self.read_facts(items, functional), functional)
        records = [plan.add(fact, p, obj) for fact, p, obj in items]
        for record in plan.deleted:
            for triple in record.handle[0]:
                self.delete(*triple)
        for record in plan.written:
            self._write(record)
        return records

    def _open_relation(self, iri: str) -> None:
        """Label an open relation (:data:`kg_memory.ids.RELATION_BASE`) with its text, once."""
        label = ids.relation_label(iri)
        if label is not None and not self.exists(_N(iri), LABEL, None):
            self.insert(_N(iri), A, PROPERTY)
            self.insert(_N(iri), LABEL, ox.Literal(label))

    def read_facts(self, items: list[tuple[Fact, str, Any]], functional: set[str]) -> list[PlannedFact]:
        """The stored facts the batch's ``(fact, predicate IRI, object term)`` items touch: the
        current facts of their (subject, predicate) pairs (functional) or triples, and the closed
        facts whose history IRIs the rules may meet."""
        wanted = touched(items, functional)
        current = self._read_all(chain(((s, p, None) for s, p in wanted.pairs), wanted.triples))
        statements = {_N(ids.fact_iri(s.value, p.value, str(o))): (s, p, o) for s, p, o in current}
        self.prefetch(list(statements))
        records = [self._record(node, triple) for node, triple in statements.items()]
        # history IRIs: a closed fact of the batch, or a current value closed from one of the starts
        objects: dict[tuple[str, str], set[Any]] = {}
        starts: dict[tuple[str, str], set[datetime]] = {}
        closed: set[str] = set()
        for fact, p, o in items:
            s, start = fact.subject.iri or "", fact_start(fact)
            if fact.valid_to is not None:
                closed.add(ids.fact_iri(s, p, str(o), (start or fact.valid_to).isoformat()))
            elif (s, p) in wanted.pairs:
                objects.setdefault((s, p), set()).add(o)
                if start is not None:
                    starts.setdefault((s, p), set()).add(start)
        for record in records:
            if (record.subject, record.predicate) in wanted.pairs:
                objects.setdefault((record.subject, record.predicate), set()).add(record.object)
                if record.valid_from is not None:
                    starts.setdefault((record.subject, record.predicate), set()).add(record.valid_from)
        for (s, p), objs in objects.items():
            closed.update(ids.fact_iri(s, p, str(o), t.isoformat()) for o in objs for t in starts.get((s, p), ()))
        nodes = [_N(iri) for iri in sorted(closed)]
        self.prefetch(nodes)
        for node in nodes:
            props = self._props(node)
            if VALID_TO in props and R_SUBJECT in props and R_PREDICATE in props and R_OBJECT in props:
                records.append(self._record(node, None, props))
        return records

    def _props(self, node: Any) -> dict[Any, list[Any]]:
        props: dict[Any, list[Any]] = {}
        for _, p, o in self.match(node, None, None):
            props.setdefault(p, []).append(o)
        return props

    def _record(self, node: Any, triple: Triple | None, props: dict[Any, list[Any]] | None = None) -> PlannedFact:
        """A stored fact as a plan record: a current one from its plain ``triple``, a closed one from
        its statement node's ``props``. Its handle is (the triples to delete, other properties)."""
        props = self._props(node) if props is None else props
        old = [(node, p, o) for p, objects in props.items() for o in objects]
        if triple is not None:
            old.append(triple)
            s, p, o = triple
        else:
            s, p, o = props[R_SUBJECT][0], props[R_PREDICATE][0], props[R_OBJECT][0]

        def first(key: Any) -> Any:
            return to_python(props[key][0]) if key in props else None

        confidences = [float(to_python(c)) for c in props.get(CONFIDENCE, [])]
        extras = [(p2, o2) for p2, objects in props.items() if p2 not in _STATEMENT for o2 in objects]
        return PlannedFact(
            s.value, p.value, o, node.value, max(confidences) if confidences else None,
            first(VALID_FROM), first(VALID_TO) if triple is None else None, first(OCCURRED),
            [t.value for t in props.get(OBSERVATION, [])], handle=(old, extras),
        )

    def _write(self, record: PlannedFact) -> None:
        """Rewrite a fact's statement (and its plain triple while it is current): a stored one
        loses the triples it no longer has and gains only those it did not have."""
        iri = self._iri
        node, s, p, o = _N(record.iri), iri(record.subject), iri(record.predicate), record.object
        if record.handle is None:
            if not isinstance(o, ox.BlankNode):
                if not self._write_new(record, node, s, p, o) and record.current:
                    self.insert(s, p, o)
                return
            self.fresh.add(node)
        elif node not in self._nodes:  # moved to a history IRI: read once, so its triples' counts are known
            self.match(node, None, None)
        props = [(A, FACT), (R_SUBJECT, s), (R_PREDICATE, p), (R_OBJECT, o)]
        props += [(pr, to_literal(x)) for pr, x in ((CONFIDENCE, record.confidence), (VALID_FROM, record.valid_from),
                                                   (VALID_TO, record.valid_to), (OCCURRED, record.occurred_at))
                  if x is not None]
        props += [(OBSERVATION, iri(t)) for t in record.observations]
        plain = record.current
        if record.handle is not None:
            old, extras = record.handle
            props += extras
            new = {(node, pr, x) for pr, x in props}
            if plain:
                new.add((s, p, o))
            deletes = self.deletes
            kept = {t for t in old if t in new and t not in deletes}  # stored, written again: left alone
            for triple in old:
                if triple not in kept:
                    self.delete(*triple)
            if kept:
                props = [(pr, x) for pr, x in props if (node, pr, x) not in kept]
                plain = plain and (s, p, o) not in kept
        self._insert_all(node, props)
        if plain:
            self.insert(s, p, o)

    def _value(self, x: Any) -> str:
        """The N-Triples text of a Python value's literal (each computed once per batch)."""
        if isinstance(x, (date, datetime)):  # equal instants in other time zones are kept apart
            return str(to_literal(x))
        key = (type(x), x)
        v = self._text.get(key)
        if v is None:
            v = self._text[key] = str(to_literal(x))
        return v

    def _write_new(self, record: PlannedFact, node: Any, s: Any, p: Any, o: Any) -> bool:
        """A new fact's statement, straight to N-Triples text (a block of :attr:`written`), with the
        fact's plain triple when it is current and its object has one stored form (the batch read the
        triple and found it missing, or deleted: the counts add it as a fact; see :attr:`written_facts`).
        Returns whether the block holds the plain triple."""
        n = f"<{record.iri}>"  # IRIs the batch's nodes were built from (checked): their text as they are
        obj = self._text.get(o) or self._nt(o)
        block = (f"{n} {_NT_TYPE} {_NT_FACT}\n{n} {_NT_SUBJECT} <{record.subject}>\n"
                 f"{n} {_NT_PREDICATE} <{record.predicate}>\n{n} {_NT_OBJECT} {obj}")
        plain = record.valid_to is None and one_form(o) and p not in _NOT_FACTS and not is_internal(s)
        if plain:
            block += f"\n<{record.subject}> <{record.predicate}> {obj}"
            self.written_facts += 1
        if record.confidence is not None:
            block += f"\n{n} {_NT_CONFIDENCE} {self._value(record.confidence)}"
        if record.valid_from is not None:
            block += f"\n{n} {_NT_VALID_FROM} {self._value(record.valid_from)}"
        if record.valid_to is not None:
            block += f"\n{n} {_NT_VALID_TO} {self._value(record.valid_to)}"
            self.written_closed += 1
        if record.occurred_at is not None:
            block += f"\n{n} {_NT_OCCURRED} {self._value(record.occurred_at)}"
        for t in record.observations:
            key = ("turn", t)
            turn = self._text.get(key)
            if turn is None:
                turn = self._text[key] = str(_N(t))
            block += f"\n{n} {_NT_OBSERVATION} {turn}"
        self.written.append(block)
        self.written_triples += block.count("\n") + 1  # a line per triple
        self.written_nodes.append(node)
        return plain

    def _insert_all(self, s: Any, props: list[tuple[Any, Any]]) -> None:
        """:meth:`insert` of ``(s, p, o)`` for each ``(p, o)`` of ``props``, in one go."""
        inserts, deletes = self.inserts, self.deletes
        by_p = self._pending.setdefault(s, {})
        for p, o in props:
            key = (s, p, o)
            if type(o) is _BLANK:
                self._blank = True
            if deletes:
                deletes.pop(key, None)
            inserts[key] = None
            objects = by_p.get(p)
            if objects is None:
                by_p[p] = {o}
            else:
                objects.add(o)

    # -- forgetting --------------------------------------------------------------------------------

    def _remove_statement(self, node: Any) -> None:
        props = self.match(node, None, None)
        s = next((x for _, pr, x in props if pr == R_SUBJECT), None)
        p = next((x for _, pr, x in props if pr == R_PREDICATE), None)
        o = next((x for _, pr, x in props if pr == R_OBJECT), None)
        current = not any(pr == VALID_TO for _, pr, _ in props)
        for triple in props:
            self.delete(*triple)
        if current and s is not None and p is not None and o is not None:
            self.delete(s, p, o)

    def remove_fact(self, node: Any) -> int:
        if not self.exists(node, A, FACT):
            return 0
        self._remove_statement(node)
        return 1

    def remove_turns(self, turns: set[Any]) -> int:
        """Delete turns; facts left with no observation go too. Returns the facts removed (current
        and historical)."""
        count = 0
        statements = {st for t in turns for st, _, _ in self.match(None, OBSERVATION, t)}
        for t in turns:
            for st, _, _ in self.match(None, OBSERVATION, t):
                self.delete(st, OBSERVATION, t)
            self.delete_all(t)
        for st in statements:
            if not self.match(st, OBSERVATION, None) and self.exists(st, A, FACT):
                count += 1
                self._remove_statement(st)
        return count

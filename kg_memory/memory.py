"""The Memory facade: what an application holds to remember, query and forget.

>>> from kg_memory import Memory, Turn
>>> memory = Memory()                       # in memory; Memory("path/to/dir") persists
>>> report = memory.remember([Turn("c1", "1", "Alice", "I live in Paris.")])
>>> [(f.subject.label, f.predicate, f.object.label) for f in memory.facts("Alice")]
[('Alice', 'livesIn', 'Paris')]
>>> memory.query('SELECT ?city WHERE { ?p rdfs:label "Alice" ; :livesIn/rdfs:label ?city }').values()
[{'city': 'Paris'}]
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any

from ._locking import locked
from .checks import check_facts, valid_facts
from .errors import InputError, UnsupportedOperation
from .ids import is_iri, parse_fact_id
from .inputs import RememberInput, as_turns
from .resolve import EntityResolver, Merge, scope_speakers
from .results import QueryResult
from .stores import DEFAULT_NAMESPACE, Store, open_store
from .stores.write_plan import replace_fields
from .types import Entity, Fact, Provenance, Turn, Value
from .vocab import Vocabulary

if TYPE_CHECKING:
    import networkx

    from .compact import Capacity, CompactReport
    from .documents import DocumentReport, Summary
    from .export.view import GraphView
    from .extract.base import Extractor
    from .importance import Importance, Usage
    from .neural import KeyValueMemory
    from .recall import Profile, RecallConfig, Recalled
    from .recall.recaller import Recaller

__all__ = ["Memory", "RememberReport"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RememberReport:
    """What :meth:`Memory.remember` did: turns read, facts stored, entities created."""

    turns: int
    facts: int
    new_entities: int
    stored: tuple[Fact, ...] = ()


class Memory:
    """Long-term memory over a :class:`~kg_memory.stores.Store`.

    Parameters
    ----------
    store
        A store, or where to find one: ``None`` (in memory), a directory, ``bolt://...``,
        ``sparql+http://...`` (see :func:`kg_memory.stores.open_store`).
    namespace
        Whose memory this is; namespaces never see each other's facts.
    extractor
        Turns -> facts; default the offline rule extractor for English and Chinese.
    resolver
        Entity resolution (mention -> existing entity or new IRI); default an
        :class:`~kg_memory.resolve.EntityResolver` with the fuzzy index.
    tracer
        Called with every query text and its parameters (for logging or debugging).
    recall_config
        The weights of :meth:`recall` (:class:`~kg_memory.recall.RecallConfig`; default its defaults).
    """

    def __init__(
        self,
        store: Store | str | os.PathLike[str] | None = None,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        extractor: Extractor | None = None,
        resolver: EntityResolver | None = None,
        vocabulary: Vocabulary | None = None,
        tracer: Callable[[str, dict[str, Any]], None] | None = None,
        recall_config: RecallConfig | None = None,
        capacity: Capacity | Mapping[str, Capacity] | None = None,
    ) -> None:
        self.store = open_store(store, vocabulary=vocabulary)  # a Store instance keeps its own
        self.namespace = namespace
        self.vocabulary = vocabulary or self.store.vocabulary
        self._extractor = extractor
        self.resolver = resolver or EntityResolver(self.store)
        self.tracer = tracer
        self._versions: dict[str, int] = {}
        self._recall_config = recall_config
        self._capacity: dict[str | None, Capacity | None] = (
            {k: v for k, v in capacity.items()} if isinstance(capacity, Mapping) else {None: capacity} if capacity else {})
        self._usage: dict[str, Usage] = {}
        self._recaller: Recaller | None = None
        self._neural: dict[str, KeyValueMemory] = {}

    def __repr__(self) -> str:
        return f"Memory({self.store!r}, namespace={self.namespace!r})"

    def __enter__(self) -> Memory:
        self.store.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @locked
    def close(self) -> None:
        """Save the entity index (and the recall usage) and close the store."""
        self.resolver.save()
        for usage in self._usage.values():
            usage.save()
        self.store.close()

    def _ns(self, namespace: str | None) -> str:
        return namespace if namespace is not None else self.namespace

    @property
    def extractor(self) -> Extractor:
        """The extractor used by :meth:`remember` (the rule extractor unless one was given)."""
        if self._extractor is None:
            from .extract import RuleExtractor

            self._extractor = RuleExtractor()
        return self._extractor

    # -- writing --------------------------------------------------------------------------------

    def add(
        self,
        subject: str | Entity,
        predicate: str,
        object: str | Entity | Value,
        *,
        confidence: float = 1.0,
        source: Provenance | None = None,
        valid_from: datetime | None = None,
        namespace: str | None = None,
        strict: bool = False,
    ) -> Fact:
        """Remember one fact; returns it as stored, with its IRI (``fact.iri``). Names become entities,
        typed by the predicate's domain (the subject) and range (the object); ``Thing`` for a predicate
        outside the vocabulary. The predicate is a vocabulary name, label or synonym (``"出生于"``,
        ``"lives in"``), an IRI, or else an open relation (see :meth:`Vocabulary.canonical
        <kg_memory.vocab.Vocabulary.canonical>`); ``strict=True`` refuses open relations.

        >>> m = Memory()
        >>> fact = m.add("Alice", "birthPlace", "Lyon")
        >>> fact.subject.iri, fact.object.iri
        ('https://w3id.org/kg-memory/id/person.alice', 'https://w3id.org/kg-memory/id/place.lyon')
        >>> m.add("张三", "出生于", "北京").predicate
        'birthPlace'
        """
        predicate = self.vocabulary.canonical(predicate, strict=strict)
        pred = self.vocabulary.predicates.get(predicate)
        if isinstance(subject, str):
            subject = Entity(subject, pred.domain if pred is not None else "Thing")
        if isinstance(object, str) and not is_iri(object):
            if pred is not None and pred.literal:
                from .formats import parse_value

                object = parse_value(object, pred.range)
            else:
                object = Entity(object, pred.range if pred is not None else "Thing")
        fact = Fact(subject, predicate, object, confidence=confidence,
                    sources=(source,) if source else (), valid_from=valid_from)
        return self.add_facts([fact], namespace=namespace, strict=strict)[0]

    @locked
    def add_facts(self, facts: Iterable[Fact], *, namespace: str | None = None, turns: Sequence[Turn] = (),
                  strict: bool = False) -> list[Fact]:
        """Resolve the facts' predicates (as :meth:`add` does) and entities and store them in one atomic
        batch; returns the stored facts, each with its IRI."""
        ns = self._ns(namespace)
        vocab = self.vocabulary
        facts = [_with_predicate(f, vocab.canonical(f.predicate, strict=strict)) for f in facts]
        check_facts(facts)  # names with a letter or digit, no control characters, valid IRIs
        facts = scope_speakers(facts)  # "Speaker 1" of a conversation is not that of another
        capacity = self.capacity(namespace=ns)
        if capacity is not None:  # before resolution: a refused batch leaves the resolver as it was
            from .compact import check_capacity

            check_capacity(self, capacity, turns, ns)
        self.resolver.prepare(_mentions(facts), ns)  # the batch's new names: one encoding, one search
        resolved = [self._resolve_fact(f, ns) for f in facts]
        functional = {p.iri for p in self.vocabulary.predicates.values() if p.functional}
        written = self._recall_engine().follow(ns)  # recall's entries follow the write (no store read)
        try:
            stored = self.store.add(resolved, namespace=ns, turns=turns, functional=functional)
        except BaseException:
            self.resolver.rollback(ns)
            raise
        self.resolver.commit(ns)
        written(turns, stored if stored is not None else resolved)
        self._changed(ns)
        if capacity is not None and capacity.policy == "compact":
            self.compact(max_turns=capacity.max_turns, max_bytes=capacity.max_bytes, namespace=ns)
        return stored if stored is not None else resolved  # a store of another package may return nothing

    def _resolve_fact(self, fact: Fact, namespace: str) -> Fact:
        subject = self.resolver.resolve(fact.subject, namespace)
        obj = fact.object
        if isinstance(obj, Entity):
            obj = self.resolver.resolve(obj, namespace)
        elif is_iri(obj):
            obj = self.resolver.resolve(Entity(obj.rsplit("/", 1)[-1], iri=obj), namespace)
        return replace_fields(fact, subject=subject, object=obj)

    def remember(
        self,
        turns: RememberInput,
        *,
        namespace: str | None = None,
        extractor: Extractor | None = None,
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
        speakers: Mapping[str, str] | None = None,
    ) -> RememberReport:
        """Extract facts from conversation turns and store them with the turns.

        ``turns`` are :class:`Turn` objects, a string (one turn of the user), a list of strings, or
        OpenAI-style messages (``{"role", "content"}``); ``speakers`` names the roles, e.g.
        ``{"user": "Alice", "assistant": "Bot"}`` (see :mod:`kg_memory.inputs`).

        Each batch of ``batch_size`` turns is atomic; within it, facts are applied in turn order,
        so a newer value of a functional predicate closes the older one.
        """
        ns = self._ns(namespace)
        use = extractor or self.extractor
        turn_list = as_turns(turns, speakers)
        total_turns = total_facts = 0
        before = self.resolver.created
        stored: list[Fact] = []
        for start in range(0, len(turn_list), batch_size):
            batch = sorted(turn_list[start:start + batch_size], key=_time_key)
            facts = valid_facts(use.extract(batch))  # an unusable name costs its fact, not the batch
            stored += self.add_facts(facts, namespace=ns, turns=batch)
            total_turns += len(batch)
            total_facts += len(facts)
            if progress:
                progress(len(batch))
        return RememberReport(total_turns, total_facts, self.resolver.created - before, tuple(stored))

    @locked
    def ingest(
        self,
        source: str | os.PathLike[str] | IO[bytes],
        *,
        format: str,
        namespace: str | None = None,
        name: str | None = None,
        progress: Callable[[int, int], None] | None = None, strict: bool = False,
    ) -> int:
        """Load a file of triples (RDF formats) or facts (``csv``, ``jsonl``; predicates read as by :meth:`add`);
        all or nothing.

        Returns the number of triples or facts read.
        """
        from .formats import FACT_FORMATS, read_facts

        ns = self._ns(namespace)
        if format in FACT_FORMATS:
            src = os.fspath(source) if isinstance(source, (str, os.PathLike)) else source
            facts = list(read_facts(src, format, name=name, vocabulary=self.vocabulary, strict=strict))
            self.add_facts(facts, namespace=ns, strict=strict)
            if progress:
                progress(1, 1)
            return len(facts)
        if not self.store.rdf_native:
            from .formats import read_rdf_facts

            src = os.fspath(source) if isinstance(source, (str, os.PathLike)) else source
            facts = read_rdf_facts(src, format, name=name)
            self.add_facts(facts, namespace=ns)
            return len(facts)
        count = self.store.load(source, format=format, namespace=ns, name=name, progress=progress)
        self.resolver.invalidate(ns)
        self._changed(ns)
        return count

    @locked
    def forget(
        self,
        *,
        fact: str | None = None,
        entity: str | Entity | None = None,
        conversation: str | None = None,
        speaker: str | None = None,
        everything: bool = False,
        namespace: str | None = None,
        purge: bool = False,
    ) -> int:
        """Forget a fact (IRI), an entity (name or IRI), a conversation, a speaker or a whole
        namespace (``everything=True``); returns how many facts went.

        An entity goes with everything about it, and nothing else: its facts, names, merges, index
        rows and cached embeddings, entities named after it or left without facts; turns that mention
        it lose their text (stubs stay only where another entity's fact cites them, so that fact keeps
        its provenance). ``purge=True`` also rewrites the store's files (embedded store on disk only;
        others refuse before forgetting). See :mod:`kg_memory.forgetting`.

        >>> m = Memory()
        >>> _ = m.remember([Turn("c1", "1", "Bob", "Mallory lives in Paris."),
        ...                 Turn("c1", "2", "Bob", "Mallory told me she likes cats."),
        ...                 Turn("c1", "3", "Bob", "I live in Berlin.")])
        >>> m.forget(entity="Mallory"), [t.text for t in m.turns()]
        (1, ['I live in Berlin.'])
        """
        from .forgetting import forget

        ns = self._ns(namespace)
        fact = (parse_fact_id(fact) or fact) if fact is not None else None  # a short id too
        try:
            return forget(self, ns, fact=fact, entity=entity, conversation=conversation, speaker=speaker,
                          everything=everything, purge=purge)
        finally:
            self._changed(ns)

    # -- reading --------------------------------------------------------------------------------

    @locked
    def entity(self, name: str | Entity, *, namespace: str | None = None) -> Entity:
        """Find a stored entity by IRI, name or alias (exact after normalisation, then fuzzy).

        Raises :class:`~kg_memory.errors.InputError` when nothing matches.
        """
        ns = self._ns(namespace)
        if isinstance(name, Entity):
            if name.iri:
                return name
            name = name.label
        found = self.resolver.find(name, ns)
        if found is None:
            raise InputError(f"no entity called {name!r} in namespace {ns!r}")
        return found

    def facts(
        self,
        entity: str | Entity | None = None,
        predicate: str | None = None,
        *,
        history: bool = False,
        incoming: bool = False,
        namespace: str | None = None,
    ) -> list[Fact]:
        """Current facts about ``entity`` (as subject; with ``incoming`` as object too), all facts
        when ``entity`` is None; ``history=True`` adds closed ones. A fact id (IRI or short id, see
        :func:`~kg_memory.ids.parse_fact_id`) as ``entity`` gives that fact."""
        ns = self._ns(namespace)
        if isinstance(entity, str) and parse_fact_id(entity):
            return [self.get(entity, namespace=ns)]
        iri = self.entity(entity, namespace=ns).iri if entity is not None else None
        predicate = self.vocabulary.canonical(predicate) if predicate is not None else None
        out = list(self.store.facts(namespace=ns, subject=iri, predicate=predicate, history=history))
        if incoming and iri is not None:
            out += self.store.facts(namespace=ns, predicate=predicate, object=iri, history=history)
        return out

    def get(self, id: str, *, namespace: str | None = None) -> Fact:
        """The fact (current or closed) with this id: its IRI or short id (the ``id`` column of fact
        listings, :func:`~kg_memory.ids.short_fact_id`). Raises :class:`~kg_memory.errors.InputError`
        when there is none.

        >>> m = Memory()
        >>> fact = m.add("Alice", "livesIn", "Paris")
        >>> m.get(fact.iri).object.label
        'Paris'
        """
        ns = self._ns(namespace)
        found = self.store.fact(parse_fact_id(id) or id, namespace=ns)
        if found is None:
            raise InputError(f"no fact {id!r} in namespace {ns!r}")
        return found

    def history(self, entity: str | Entity, predicate: str | None = None, *, namespace: str | None = None) -> list[Fact]:
        """Every fact about ``entity``, current and closed, oldest first; for a fact id, every fact
        with that fact's subject and predicate (its predecessors and successors)."""
        if isinstance(entity, str) and parse_fact_id(entity):
            fact = self.get(entity, namespace=namespace)
            entity, predicate = fact.subject, fact.predicate
        facts = self.facts(entity, predicate, history=True, namespace=namespace)
        return sorted(facts, key=lambda f: (f.predicate, _time_or_min(f.valid_from), f.valid_to is None))

    def turns(self, conversation: str | None = None, *, namespace: str | None = None) -> list[Turn]:
        """Stored turns (of one conversation, or all)."""
        return list(self.store.turns(namespace=self._ns(namespace), conversation=conversation))

    def query(self, text: str, *, namespace: str | None = None, **params: Any) -> QueryResult:
        """Run a SPARQL query (prefixes rdf, rdfs, xsd, owl, skos, prov, schema and ``:`` pre-bound)."""
        return self._run(self.store.query, "sparql", text, namespace, params)

    def update(self, text: str, *, namespace: str | None = None, **params: Any) -> None:
        """Run a SPARQL update (or a Cypher write on Neo4j), atomically, in the namespace (SPARQL: its
        graph is the default graph; Cypher: ``$namespace``); ``params`` bind variables by name.

        An update can name other namespaces (``GRAPH <...>``), so the caches of every namespace are
        refreshed.
        """
        self._run(self.store.update, self.store.query_language or "sparql", text, namespace, params)
        for name in {self._ns(namespace), *self._versions, *self.store.namespaces()}:
            self.resolver.invalidate(name)
            self._changed(name)

    def cypher(self, text: str, *, namespace: str | None = None, **params: Any) -> QueryResult:
        """Run a Cypher query (Neo4j stores only); ``params`` become ``$parameters``."""
        return self._run(self.store.query, "cypher", text, namespace, params)

    def _run(self, method: Callable[..., Any], language: str, text: str, namespace: str | None, params: dict[str, Any]) -> Any:
        if self.store.query_language != language:
            raise UnsupportedOperation(
                f"{type(self.store).__name__} speaks {self.store.query_language or 'no query language'}, not {language}"
            )
        if self.tracer:
            self.tracer(text, params)
        return method(text, namespace=self._ns(namespace), **params)

    def stats(self, *, namespace: str | None = None) -> dict[str, int]:
        """Counts for the namespace: facts, closed_facts, entities, turns, conversations (and triples in an
        RDF store); see :meth:`~kg_memory.stores.Store.stats`."""
        return self.store.stats(namespace=self._ns(namespace))

    def namespaces(self) -> list[str]:
        """The namespaces holding data."""
        return self.store.namespaces()

    def dump(self, output: IO[bytes], *, format: str = "ttl", namespace: str | None = None) -> None:
        """Write the namespace as RDF (``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``)."""
        self.store.dump(output, format=format, namespace=self._ns(namespace))

    @locked
    def lookup(self, name: str, k: int = 5, *, namespace: str | None = None) -> list[tuple[Entity, float]]:
        """The ``k`` entities whose names are closest to ``name``, best first, with scores.

        >>> m = Memory()
        >>> _ = m.add("Zhang San", "livesIn", "Beijing")
        >>> m.lookup("Zhang Sna", 1)[0][0].label
        'Zhang San'
        """
        return self.resolver.lookup(name, self._ns(namespace), k)

    def merges(self, *, namespace: str | None = None) -> list[Merge]:
        """The fuzzy merges entity resolution made (each can be undone with :meth:`split`)."""
        return self.resolver.merges(self._ns(namespace))

    @locked
    def split(self, mention: str, *, namespace: str | None = None) -> Entity:
        """Undo the merge of ``mention`` into another entity: ``mention`` becomes an entity of its
        own and takes the facts whose source turns name it. Returns the new entity."""
        from .ids import normalize_name
        from .split import split_merge

        ns = self._ns(namespace)
        key = normalize_name(mention)
        merges = [m for m in self.resolver.merges(ns) if normalize_name(m.mention) == key]
        if not merges:
            raise InputError(f"no merge of {mention!r} is recorded in namespace {ns!r}")
        entity = split_merge(self.store, merges[-1], ns)  # one transaction; the log changes after it
        self.resolver.forget_merges(ns, mention)
        self.resolver.invalidate(ns)
        self._changed(ns)
        return entity

    # -- graphs ---------------------------------------------------------------------------------

    def graph(self, entity: str | Entity | None = None, depth: int = 1, *, history: bool = True,
              namespace: str | None = None) -> networkx.MultiDiGraph:
        """The memory as a networkx MultiDiGraph (an entity's neighbourhood when ``entity`` is
        given): nodes are entities and literal values, edges are facts with their provenance."""
        from .export import neighbourhood
        from .graph import facts_to_graph

        ns = self._ns(namespace)
        facts = list(self.store.facts(namespace=ns, history=history))
        g = facts_to_graph(facts, self.turns(namespace=ns))
        if entity is not None:
            g = neighbourhood(g, self.entity(entity, namespace=ns).iri, depth)
        return g

    def export(self, path: str | os.PathLike[str] | IO[Any], format: str | None = None, *,
               entity: str | Entity | None = None, depth: int = 1, history: bool = True,
               namespace: str | None = None) -> None:
        """Write the memory (or an entity's neighbourhood) for visualisation: ``graphml``, ``gexf``,
        ``dot``, ``cytoscape``, ``json`` (node-link, for D3) or ``html`` (a self-contained page);
        the format defaults to the file extension."""
        from .export import write_graph

        write_graph(self.graph(entity, depth, history=history, namespace=namespace), path,
                    "nodelink" if format == "json" else format)

    def show(self, entity: str | Entity | None = None, depth: int = 1, *, namespace: str | None = None,
             height: int = 600, **options: Any) -> GraphView:
        """The graph (``entity``'s neighbourhood to ``depth``) as an interactive view that Jupyter
        shows inline, offline; ``options`` go to :func:`kg_memory.export.html_data`."""
        from .export.view import GraphView

        title = f"kg-memory: {entity.label if isinstance(entity, Entity) else entity}" if entity else "kg-memory"
        return GraphView.from_graph(self.graph(entity, depth, namespace=namespace), title=title, height=height,
                                    **options)

    # -- documents, importance and capacity --------------------------------------------------------

    def remember_document(self, text: str, *, source: str | None = None, title: str | None = None,
                          time: datetime | None = None, namespace: str | None = None,
                          extractor: Extractor | None = None) -> DocumentReport:
        """Remember an article (text or Markdown; English or Chinese) as the conversation ``doc:<source>``
        of its title and sentences, so each fact cites its sentence (see :mod:`kg_memory.documents`)."""
        from .documents import remember_document

        return remember_document(self, text, source=source, title=title, time=time, namespace=self._ns(namespace),
                                 extractor=extractor)

    def summary(self, of: str | Entity, k: int = 10, *, namespace: str | None = None) -> Summary:
        """The ``k`` key facts of a document (its source or ``doc:`` id) or an entity, most important first."""
        from .documents import summarize

        return summarize(self, of, k, namespace=self._ns(namespace))

    def importance(self, *, namespace: str | None = None) -> Importance:
        """The importance of every fact and turn of the namespace (see :mod:`kg_memory.importance`)."""
        from .importance import importance

        return importance(self, namespace=self._ns(namespace))

    def compact(self, *, max_turns: int | None = None, max_bytes: int | None = None, namespace: str | None = None,
                dry_run: bool = False) -> CompactReport:
        """Remove the least important turns (then cached embeddings and closed facts) until the namespace
        fits; never a pinned memory or a current fact (see :mod:`kg_memory.compact`)."""
        from .compact import compact

        ns = self._ns(namespace)
        report = compact(self, max_turns=max_turns, max_bytes=max_bytes, namespace=ns, dry_run=dry_run)
        if report.removed and not dry_run:
            self.resolver.invalidate(ns)
            self._changed(ns)
        return report

    def pin(self, *memories: str | Fact | Turn, namespace: str | None = None) -> int:
        """Pin facts and turns (a :class:`Fact`, :class:`Turn`, fact id or ``"conversation#turn"``) so
        that compaction never removes them; returns how many exist."""
        from .compact import memory_iri

        return self.store.pin([memory_iri(m) for m in memories], namespace=self._ns(namespace))

    def unpin(self, *memories: str | Fact | Turn, namespace: str | None = None) -> int:
        """Undo :meth:`pin`; returns how many of the memories exist."""
        from .compact import memory_iri

        return self.store.pin([memory_iri(m) for m in memories], pinned=False, namespace=self._ns(namespace))

    def capacity(self, *, namespace: str | None = None) -> Capacity | None:
        """The capacity writes to the namespace enforce (its own, else the default one), or ``None``."""
        return self._capacity.get(self._ns(namespace), self._capacity.get(None))

    def set_capacity(self, capacity: Capacity | None, *, namespace: str | None = None) -> None:
        """Give the namespace a :class:`~kg_memory.compact.Capacity` (``None``: no limit, whatever the default)."""
        self._capacity[self._ns(namespace)] = capacity

    def usage(self, *, namespace: str | None = None) -> Usage:
        """How often recall returned each memory of the namespace (kept beside a store on this machine)."""
        from .importance import Usage, usage_path

        ns = self._ns(namespace)
        return self._usage.get(ns) or self._usage.setdefault(ns, Usage.load(usage_path(self.store.data_dir, ns)))

    # -- recall ---------------------------------------------------------------------------------

    def version(self, *, namespace: str | None = None) -> int:
        """A counter bumped by every write to the namespace through this memory (caches key on it)."""
        return self._versions.get(self._ns(namespace), 0)

    def _changed(self, namespace: str) -> None:
        self._versions[namespace] = self._versions.get(namespace, 0) + 1
        self._recall_engine().changed(namespace)  # a write recall's entries did not follow: rebuilt later

    def _recall_engine(self) -> Recaller:
        """The :class:`~kg_memory.recall.Recaller` of this memory (created on first use)."""
        from .recall.recaller import Recaller

        if self._recaller is None:
            self._recaller = Recaller(self, config=self._recall_config)
        return self._recaller

    def recall(self, question: str, k: int = 10, *, namespace: str | None = None,
               at: datetime | None = None, speaker: str | None = None) -> list[Recalled]:
        """The ``k`` facts and turns most relevant to ``question``, best first (see :mod:`kg_memory.recall`);
        ``speaker`` asks: "Where do I work?", "我的狗叫什么？" are about them."""
        found = self._recall_engine().recall(question, k, namespace=self._ns(namespace), at=at, speaker=speaker)
        self.usage(namespace=namespace).record(found)  # how often a memory is recalled feeds its importance
        return found

    def context(self, question: str, *, budget_tokens: int = 800, k: int = 20, namespace: str | None = None,
                at: datetime | None = None, speaker: str | None = None) -> str:
        """Recalled memories as a prompt block with dates and sources, within ``budget_tokens``."""
        from .recall import format_context

        found = self.recall(question, k, namespace=namespace, at=at, speaker=speaker)
        return format_context(found, budget_tokens=budget_tokens)

    def profile(self, entity: str | Entity, *, namespace: str | None = None) -> Profile:
        """What is known about ``entity``: current facts by predicate, then history."""
        from .recall.profile import build_profile

        return build_profile(self, entity, namespace=namespace)

    def neural(self, *, namespace: str | None = None) -> KeyValueMemory:
        """The namespace's current facts as a torch :class:`~kg_memory.neural.KeyValueMemory` (built on
        first use, then updated: closed and forgotten facts leave it, new ones join; imports torch)."""
        from .neural.sync import sync_memory

        ns = self._ns(namespace)
        self._neural[ns] = sync_memory(self, ns, self._neural.get(ns))
        return self._neural[ns]


def _with_predicate(fact: Fact, predicate: str) -> Fact:
    return fact if fact.predicate == predicate else replace_fields(fact, predicate=predicate)


def _mentions(facts: Sequence[Fact]) -> Iterator[Entity]:
    """The entities the facts name, as :meth:`Memory._resolve_fact` resolves them."""
    for fact in facts:
        yield fact.subject
        if isinstance(fact.object, Entity):
            yield fact.object
        elif is_iri(fact.object):
            yield Entity(fact.object.rsplit("/", 1)[-1], iri=fact.object)


def _time_or_min(t: datetime | None) -> datetime:
    if t is None:
        return datetime.min.replace(tzinfo=UTC)
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def _time_key(turn: Turn) -> tuple[datetime, str, int]:
    return (_time_or_min(turn.time), turn.conversation, int(turn.turn) if str(turn.turn).isdigit() else 0)

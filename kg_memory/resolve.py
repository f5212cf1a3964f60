"""Entity resolution: which stored entity a mention means, or a new IRI for it.

A mention joins an existing entity when its normalised name equals one of the entity's names (label
or alias) and the types are compatible; with the fuzzy index (:mod:`kg_memory.fuzzy`, unless
``fuzzy=False``) it also joins when the index scores it above the calibrated threshold. Otherwise a new
IRI is minted from the name and type. Before the fuzzy index, a name in Chinese characters and one in
Latin letters join when one is the pinyin of the other or a gazetteer pairs them
(:mod:`kg_memory.crosslang`: ``北京`` / ``Beijing``, ``张三`` / ``Zhang San``); the entity then carries a
label per language (:attr:`Entity.labels`). Every merge other than by an exact name is recorded
(:class:`Merge`), so that it can be undone (``Memory.split``).

>>> from kg_memory.stores import open_store
>>> resolver = EntityResolver(open_store(), fuzzy=False)
>>> resolver.resolve(Entity("Zhang San", "Person"), "default").iri
'https://w3id.org/kg-memory/id/person.zhang_san'
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from . import ids
from ._files import atomic_write_text
from .crosslang import CROSS_TYPES, CrossIndex, fuzzy_allowed, language_of
from .speakers import scope_speakers
from .stores.base import Store
from .types import Entity, types_compatible

if TYPE_CHECKING:
    from ._resolve_batch import PreparedBatch
    from .fuzzy import EntityIndex

__all__ = ["MERGE_THRESHOLD", "EntityResolver", "Merge", "scope_speakers"]

logger = logging.getLogger(__name__)


#: Fuzzy score from which a mention merges into an existing entity at ingestion. Merging two people is
#: worse than keeping a duplicate, so this is the threshold of 98% merge precision on 6,000 generated
#: name pairs unseen in training (``kg_memory.fuzzy.calibration.generated_pairs(encoder, 6000,
#: seed=321)`` and ``threshold_for_precision(..., 0.98)``), not the encoder's best-F1 threshold
#: (0.59), which `lookup` rankings and the benchmark's F1 use.
MERGE_THRESHOLD = 0.90
_KEYS_KEPT = 200_000  # normal forms of names kept by a resolver (then forgotten, and computed again)


@dataclass(frozen=True)
class Merge:
    """A mention joined to an existing entity by fuzzy matching."""

    namespace: str
    mention: str
    type: str
    into: str
    score: float
    time: str


@dataclass
class _Namespace:
    by_key: dict[str, list[str]] = field(default_factory=dict)  # normalised name -> IRIs
    entities: dict[str, Entity] = field(default_factory=dict)  # IRI -> entity
    pending: list[Entity] = field(default_factory=list)  # entities of the batch under way
    merges: list[Merge] = field(default_factory=list)  # committed merges
    pending_merges: list[Merge] = field(default_factory=list)  # merges of the batch under way
    index: EntityIndex | None = None
    index_saved: bool = False  # the index on disk equals this one: nothing to write
    prepared: PreparedBatch | None = None  # the fuzzy matches of the batch under way (see prepare)
    cross: CrossIndex | None = None  # names by gazetteer entry and pinyin, built on first use


class EntityResolver:
    """Resolves mentions to entities of one store, namespace by namespace.

    Parameters
    ----------
    store
        The store whose entities are matched.
    fuzzy
        Use the fuzzy index (:mod:`kg_memory.fuzzy`); ``False`` matches exact names only.
    threshold
        Score from which a fuzzy match merges (default :data:`MERGE_THRESHOLD`).
    directory
        Where the index and the merge log are kept between runs (default: ``index/`` inside a
        persistent store's directory; nowhere for other stores).
    """

    def __init__(self, store: Store, *, fuzzy: bool = True, threshold: float | None = None,
                 directory: str | Path | None = None) -> None:
        self.store = store
        self.fuzzy = fuzzy
        self.threshold = MERGE_THRESHOLD if threshold is None else threshold
        data_dir = store.data_dir
        self.directory = Path(directory) if directory else (data_dir / "index" if data_dir else None)
        self.created = 0
        self._spaces: dict[str, _Namespace] = {}
        self._keys: dict[str, str] = {}  # name -> its normal form (a batch meets the same names again and again)

    # -- loading --------------------------------------------------------------------------------

    def _space(self, namespace: str) -> _Namespace:
        space = self._spaces.get(namespace)
        if space is None:
            space = self._spaces[namespace] = self._load(namespace, self._load_merges(namespace))
        return space

    def _load(self, namespace: str, merges: list[Merge]) -> _Namespace:
        """The namespace's entities as the store holds them, with the merge log ``merges``."""
        space = _Namespace(merges=merges)
        for entity in self.store.entities(namespace=namespace):
            self._remember(space, entity)
        return space

    def _folder(self, namespace: str) -> Path | None:
        return self.directory / quote(namespace, safe="") if self.directory else None

    def _index(self, namespace: str) -> EntityIndex | None:
        """The namespace's fuzzy index (loaded from disk when it matches the store, else built)."""
        if not self.fuzzy:
            return None
        space = self._space(namespace)
        if space.index is None:
            from .fuzzy import EntityIndex

            folder = self._folder(namespace)
            index = None
            if folder is not None and (folder / "index.json").exists():
                try:
                    index = EntityIndex.load(folder)
                except Exception as e:  # a damaged index is rebuilt from the store, never trusted
                    logger.warning("rebuilding the entity index of %r: %s", namespace, e)
                if index is not None and len(index) != len(space.entities):
                    index = None
            space.index_saved = index is not None
            if index is None:
                index = EntityIndex()
                rows = [(e.iri, name, e.type) for e in space.entities.values() for name in (e.label, *e.aliases)]
                if rows:
                    keys, names, types = zip(*rows)
                    index.add(list(keys), list(names), list(types))
            space.index = index
        return space.index

    def _remember(self, space: _Namespace, entity: Entity) -> str:
        iri = entity.iri
        if iri is None:
            raise ValueError(f"entity {entity.label!r} has no IRI yet")
        old = space.entities.get(iri)
        if old is not None:
            names = tuple(dict.fromkeys((*old.aliases, entity.label, *entity.aliases)))
            labels = tuple(sorted({**dict(entity.labels), **dict(old.labels)}.items()))
            entity = dataclasses.replace(old, aliases=tuple(n for n in names if n != old.label), labels=labels)
        space.entities[iri] = entity
        if space.cross is not None:
            for name in (entity.label, *entity.aliases):
                space.cross.add(iri, name, entity.type)
        for name in (entity.label, *entity.aliases):
            iris = space.by_key.setdefault(self._key(name), [])
            if iri not in iris:
                iris.append(iri)
        return iri

    # -- resolving ------------------------------------------------------------------------------

    def _key(self, name: str) -> str:
        """:func:`kg_memory.ids.normalize_name` of ``name``, computed once per name."""
        key = self._keys.get(name)
        if key is None:
            if len(self._keys) >= _KEYS_KEPT:
                self._keys.clear()
            key = self._keys[name] = ids.normalize_name(name)
        return key

    def _exact(self, space: _Namespace, label: str, type: str) -> Entity | None:
        iris = space.by_key.get(self._key(label))
        if not iris:
            return None
        if len(iris) == 1:  # one entity of that name (most names): it, if the types agree
            only = space.entities[iris[0]]
            return only if types_compatible(only.type, type) else None
        candidates = [space.entities[i] for i in iris]
        candidates = [c for c in candidates if types_compatible(c.type, type)]
        if not candidates:
            return None
        return next((c for c in candidates if c.type == type), candidates[0])

    def prepare(self, entities: Iterable[Entity], namespace: str) -> None:
        """Get ready to :meth:`resolve` a batch of mentions: the names that will meet the fuzzy
        index (mentions without an exact match, and new entities) are encoded together, in one
        encoder call, instead of one at a time, and the mentions are searched in the index
        together (:mod:`kg_memory._resolve_batch`); the names the batch adds join the index in one
        call at :meth:`commit`. Resolving gives the same entities either way."""
        space = self._space(namespace)
        self._flush(space)
        names: list[str] = []
        mentions: list[tuple[str, str]] = []
        for entity in entities:
            if entity.iri is not None:
                if entity.iri not in space.entities:
                    names += (entity.label, *entity.aliases)
            elif self._exact(space, entity.label, entity.type) is None:
                names += (entity.label, *entity.aliases)
                if entity.type != "Thing":
                    mentions.append((entity.label, entity.type))
        if not names:
            return
        index = self._index(namespace)
        if index is None:
            return
        if self.threshold <= 0.75:  # every candidate could merge: resolve one by one
            index.encode_ahead(names)
            return
        from ._resolve_batch import PreparedBatch

        space.prepared = PreparedBatch(index, mentions, names, self.threshold)

    def _flush(self, space: _Namespace) -> None:
        """Add the rows of a prepared batch to the fuzzy index and end the batch."""
        if space.prepared is not None:
            space.prepared.flush()
            space.prepared = None

    def _index_rows(self, space: _Namespace, keys: list[str], names: list[str], types: list[str]) -> None:
        if space.index is None:
            return
        space.index_saved = False
        if space.prepared is not None:
            space.prepared.add(keys, names, types)
        else:
            space.index.add(keys, names, types)

    def resolve(self, entity: Entity, namespace: str) -> Entity:
        """Return ``entity`` bound to an IRI: an existing entity's, or a newly minted one."""
        space = self._space(namespace)
        if entity.iri is not None:
            known = space.entities.get(entity.iri)
            if known is None:
                self._add_pending(namespace, space, entity)
            elif any(a != known.label and a not in known.aliases for a in entity.aliases):
                names = [a for a in entity.aliases if a != known.label and a not in known.aliases]
                self._remember(space, entity)  # a speaker named in a later batch ("Speaker 2" is Joey)
                self._index_rows(space, [entity.iri] * len(names), names, [known.type] * len(names))
            return entity
        found = self._exact(space, entity.label, entity.type)
        if found is not None:
            return self._join(space, entity, found)
        into = self._across(space, entity)
        if into is not None:
            space.pending_merges.append(Merge(namespace, entity.label, entity.type, into, 1.0,
                                              datetime.now(UTC).isoformat()))
            joined = self._join(space, entity, space.entities[into])
            self._index_rows(space, [into], [entity.label], [joined.type])
            return joined
        index = self._index(namespace)
        if index is not None and entity.type != "Thing":
            from .fuzzy import resolve as fuzzy_resolve

            if space.prepared is not None and space.prepared.covers(entity.label, entity.type):
                match = space.prepared.match(entity.label, entity.type)
            else:
                self._flush(space)
                match = fuzzy_resolve(index, entity.label, entity.type, self.threshold)
            if match is not None and match.key in space.entities and fuzzy_allowed(entity.label, match.name):
                target = space.entities[match.key]
                space.pending_merges.append(Merge(namespace, entity.label, entity.type, match.key, round(match.score, 4),
                                          datetime.now(UTC).isoformat()))
                joined = self._join(space, entity, target)
                self._index_rows(space, [match.key], [entity.label], [target.type])
                return joined
        new = entity.with_iri(ids.entity_iri(entity.label, entity.type))
        if new.iri not in space.entities:
            self._add_pending(namespace, space, new)
        return new

    def _across(self, space: _Namespace, entity: Entity) -> str | None:
        """The IRI of the entity that ``entity`` names in the other script (:mod:`.crosslang`)."""
        if entity.type not in CROSS_TYPES:
            return None
        if space.cross is None:
            space.cross = CrossIndex()
            space.cross.add_all((e.iri, name, e.type) for e in space.entities.values() if e.iri is not None
                                for name in (e.label, *e.aliases))

        def names_of(iri: str) -> list[str]:
            found = space.entities.get(iri)
            return [found.label, *found.aliases] if found is not None else []

        return space.cross.match(entity.label, entity.type, names_of)

    def _join(self, space: _Namespace, mention: Entity, found: Entity) -> Entity:
        """The mention bound to the existing entity ``found``; a new surface name becomes an alias, and
        a name in a language the entity had no name in gives it a label per language."""
        if mention.label == found.label and not found.aliases and not found.labels:
            return found  # its own name again (most mentions): nothing to add
        joined = _join(mention, found)
        labels = _new_labels(found, mention.label)
        if labels:
            joined = dataclasses.replace(joined, labels=tuple(sorted({**dict(found.labels), **labels}.items())))
        if joined is not found:
            self._remember(space, joined)
        return joined

    def _add_pending(self, namespace: str, space: _Namespace, entity: Entity) -> None:
        iri = self._remember(space, entity)
        space.pending.append(entity)
        self.created += 1
        self._index_rows(space, [iri] * (1 + len(entity.aliases)), [entity.label, *entity.aliases],
                         [entity.type] * (1 + len(entity.aliases)))

    # -- reading --------------------------------------------------------------------------------

    def find(self, name: str, namespace: str) -> Entity | None:
        """The stored entity with IRI or name ``name`` (exact after normalisation), or None."""
        space = self._space(namespace)
        if name in space.entities:
            return space.entities[name]
        iris = space.by_key.get(ids.normalize_name(name), [])
        if iris:
            return max((space.entities[i] for i in iris), key=lambda e: e.type != "Thing")
        return None

    def lookup(self, name: str, namespace: str, k: int = 5) -> list[tuple[Entity, float]]:
        """Entities ranked by name similarity, best first, with scores (exact matches score 1.0)."""
        space = self._space(namespace)
        exact = [(space.entities[i], 1.0) for i in space.by_key.get(ids.normalize_name(name), [])]
        self._flush(space)
        index = self._index(namespace)
        if index is None:
            return exact[:k]
        seen = {e.iri for e, _ in exact}
        fuzzy = [(space.entities[m.key], float(m.score)) for m in index.search(name, k=k + len(exact))
                 if m.key in space.entities and m.key not in seen]
        return (exact + fuzzy)[:k]

    def merges(self, namespace: str) -> list[Merge]:
        """The fuzzy merges made in the namespace, oldest first."""
        space = self._space(namespace)
        return [*space.merges, *space.pending_merges]

    # -- transactions ---------------------------------------------------------------------------

    def commit(self, namespace: str) -> None:
        """The batch was stored: its entities and merges become part of the namespace (the merge
        log is saved)."""
        space = self._space(namespace)
        self._flush(space)
        if space.pending_merges:
            space.merges += space.pending_merges
            space.pending_merges.clear()
            self._save_merges(namespace, space.merges)
        space.pending.clear()

    def rollback(self, namespace: str) -> None:
        """The batch failed: forget the entities and merges it made, keep the committed ones."""
        space = self._spaces.pop(namespace, None)
        if space is not None:
            self._spaces[namespace] = self._load(namespace, space.merges)

    def invalidate(self, namespace: str) -> None:
        """The store changed behind the resolver's back (forget, update, bulk load, split)."""
        space = self._spaces.pop(namespace, None)
        if space is not None:
            self._save_merges(namespace, space.merges)
        folder = self._folder(namespace)
        if folder is not None and (folder / "index.json").exists():
            (folder / "index.json").unlink()

    def forget_merges(self, namespace: str, mention: str) -> list[Merge]:
        """Drop the merges of ``mention`` from the log and return them."""
        space = self._space(namespace)
        key = ids.normalize_name(mention)
        gone = [m for m in space.merges if ids.normalize_name(m.mention) == key]
        space.merges = [m for m in space.merges if m not in gone]
        space.pending_merges = [m for m in space.pending_merges if ids.normalize_name(m.mention) != key]
        self._save_merges(namespace, space.merges)
        return gone

    def forget_entities(self, namespace: str, names: Iterable[str] = ()) -> list[Merge]:
        """The store forgot entities: reload the namespace from it, drop the merges into entities it
        no longer holds or of a mention in ``names`` (normalised), and remove the forgotten entities'
        rows from the fuzzy index; the merge log and the index on disk are rewritten at once. Returns
        the merges dropped."""
        old = self._spaces.pop(namespace, None)
        if old is not None:
            self._flush(old)
        merges = old.merges if old is not None else self._load_merges(namespace)
        space = self._spaces[namespace] = self._load(namespace, [])
        keys = {ids.normalize_name(n) for n in names}
        gone = [m for m in merges if m.into not in space.entities or ids.normalize_name(m.mention) in keys]
        space.merges = [m for m in merges if m not in gone]
        self._save_merges(namespace, space.merges)
        folder = self._folder(namespace)
        index = old.index if old is not None else None
        if index is None and self.fuzzy and folder is not None and (folder / "index.json").exists():
            try:
                from .fuzzy import EntityIndex

                index = EntityIndex.load(folder)
            except Exception as e:  # a damaged index: drop it, it is rebuilt from the store
                logger.warning("dropping the entity index of %r: %s", namespace, e)
        if index is not None:
            index.remove(index.keys() - set(space.entities))
            space.index, space.index_saved = index, False
            if folder is not None:
                index.save(folder)
                space.index_saved = True
        elif folder is not None:
            for name in ("index.json", "rows.jsonl", "vectors.npz"):
                (folder / name).unlink(missing_ok=True)
        return gone

    def save(self) -> None:
        """Write each loaded namespace's index and merge log beside the store."""
        for namespace, space in self._spaces.items():
            self._save_merges(namespace, space.merges)
            folder = self._folder(namespace)
            if folder is not None and space.index is not None and not space.index_saved:
                folder.mkdir(parents=True, exist_ok=True)
                space.index.save(folder)
                space.index_saved = True

    def _load_merges(self, namespace: str) -> list[Merge]:
        folder = self._folder(namespace)
        if folder is None or not (folder / "merges.jsonl").exists():
            return []
        return _read_merges(folder / "merges.jsonl")

    def _save_merges(self, namespace: str, merges: list[Merge]) -> None:
        folder = self._folder(namespace)
        if folder is None:
            return
        if not merges and not (folder / "merges.jsonl").exists():
            return
        folder.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(dataclasses.asdict(m), ensure_ascii=False) + "\n" for m in merges)
        atomic_write_text(folder / "merges.jsonl", text)  # a crash leaves the old log or the new one


def _read_merges(path: Path) -> list[Merge]:
    """The merge log at ``path``; a damaged line (a log cut short by a crash of an older version, an
    edit by hand) is skipped with a warning naming the file and line, and the intact entries kept."""
    merges = []
    try:
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError as e:
        logger.warning("cannot read the merge log %s: %s", path, e)
        return []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            merges.append(Merge(**json.loads(line)))
        except (ValueError, TypeError) as e:
            logger.warning("%s, line %d: skipped a damaged merge entry (%s)", path, number, e)
    return merges


def _new_labels(found: Entity, mention: str) -> dict[str, str]:
    """The labels by language that naming ``found`` as ``mention`` adds: the first name of each
    language, once the entity has names in two (``{"en": "Beijing", "zh": "北京"}``); empty if none."""
    tagged = dict(found.labels)
    language = language_of(mention)
    if language is None or language in tagged:
        return {}
    first: dict[str, str] = {}
    for name in (found.label, *found.aliases, mention):
        lang = language_of(name)
        if lang is not None and lang not in tagged:
            first.setdefault(lang, name)
    return first if len(first) + len(tagged) > 1 else {}


def _join(mention: Entity, found: Entity) -> Entity:
    """The mention bound to an existing entity; a differing surface name becomes an alias."""
    aliases: tuple[Any, ...] = ()
    if mention.label != found.label and mention.label not in found.aliases:
        aliases = (mention.label,)
    if aliases == found.aliases:
        return found
    return dataclasses.replace(found, label=found.label, aliases=aliases)

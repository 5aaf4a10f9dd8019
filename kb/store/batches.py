"""Writing a planned load (`kb.store.corpus`) into the embedded store.

Each batch is one transaction; unchanged articles are found by comparing graphs; the
store is flushed at the end so the next command opens it without replaying the log.
"""

from __future__ import annotations

from itertools import chain

import pyoxigraph as ox

from kb.errors import OperationFailed
from kb.store.corpus import Batch, Select, rows
from kb.store.embedded import run_query
from kb.store.layout import ArticleLayout

BULK_CHUNK = 1_000_000
"""Quads Oxigraph's bulk loader ingests as one unit (its batch size); a bigger batch
(one huge article) is written by a transaction instead."""


def apply(store: ox.Store, batch: Batch) -> None:
    """Write one batch as one unit. A batch that only adds (a fresh load, new articles)
    goes through Oxigraph's bulk loader, which sorts it into one file per index and
    ingests them all in one RocksDB call: all or nothing, and no write-ahead log or
    memtable that grows with the store. A batch that replaces or removes is one SPARQL
    Update (one transaction: the drops, deletions and inserts together)."""
    try:
        if batch.needs_removal():
            store.update(batch.update())
        elif batch.size() > BULK_CHUNK:
            store.extend(chain(batch.article_quads(), batch.insert))
        else:
            store.bulk_extend(chain(batch.article_quads(), batch.insert))
    except OSError as error:
        raise OperationFailed(
            f"writing to the store failed, this batch unchanged: {error}"
        ) from None


def holds(store: ox.Store, article: ArticleLayout) -> bool:
    """Whether the store's graph of `article` already has exactly its triples.

    Compared as the store keeps them: Oxigraph stores some derived datatypes by their
    base type (`xsd:nonNegativeInteger` as `xsd:integer`), so when the quads as parsed
    differ, they go through an in-memory store and are compared again.
    """
    stored = set(store.quads_for_pattern(None, None, None, article.name))
    if len(stored) != len(article.quads):
        return False
    if stored == set(article.quads):  # most graphs: no derived datatype in them
        return True
    scratch = ox.Store()
    scratch.extend(article.quads)
    return stored == set(scratch)


def finish(store: ox.Store) -> None:
    """Flush the write-ahead log, so the next command opens the store at once."""
    try:
        store.flush()
    except OSError as error:
        raise OperationFailed(f"flushing the store failed: {error}") from None


def selector(store: ox.Store) -> Select:
    """`kb.store.corpus.Select` over the store (queries name their graphs)."""
    return lambda query: rows(run_query(store, query, "kb"))

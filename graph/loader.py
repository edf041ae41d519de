"""Write one document's records to a store, as a unit.

FalkorDB runs each statement atomically but has no multi-statement
transactions, so a document is loaded in generations:

1. ``PREPARE_DOCUMENT`` makes sure the Document node exists and marks the new
   generation as pending (a document seen for the first time has no ``gen``
   yet and is invisible to readers, which only list committed documents).
2. Every node the document owns (sections, measures, targets, results) is
   written under a fresh generation id: its unique ``key`` is ``id@gen``, so
   the old generation stays intact beside it. Shared nodes (departments,
   industries, places …) are merged by id. Edges carry ``gen`` and ``doc_id``.
3. ``COMMIT_DOCUMENT`` sets the Document's ``gen`` — one statement, atomic.
4. The older generation is deleted.

If a statement fails before the commit, the new generation is deleted and the
old one is untouched. If the process or the server dies before the commit, the
pending generation is left behind; the next load of the same document removes
it first, and :func:`collect_garbage` removes it for every document. Loading the
same records twice leaves the same node and relationship counts.

Two loads of one document never interleave: a load holds the document's Lock
node (taken by one atomic MERGE, so it works on both backends); a lock left by a
killed process expires after ``lock_ttl_s``. Loads of different documents may run
at once: shared nodes no edge uses any more are pruned after a load releases its
lock, and only while no other load holds one (a load writes its shared nodes before
the edges that use them), so the last of them prunes.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from graph import queries
from graph.errors import IngestError, PolicyKGError
from graph.records import DocumentRecords, EdgeRecord, NodeRecord
from graph.schema import DOCUMENT_OWNED, Label, RelType
from graph.store import GraphStore

DELETE_CHUNK = 5000
# The longest unique key FalkorDB enforces (in UTF-8 bytes); past it MERGE crashes the
# server (FalkorDB 4.16). Neo4j's index holds longer keys; the limit is one for both.
MAX_KEY_BYTES = 4096
GEN_CHARS = 12  # a generation id: this many hex digits of a uuid4


@dataclass
class LoadReport:
    doc_id: str
    gen: str
    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)
    replaced: bool = False


def _owned(label: Label) -> bool:
    return label in DOCUMENT_OWNED


def _key(label: Label, node_id: str, gen: str) -> str:
    return f"{node_id}@{gen}" if _owned(label) else node_id


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


def _key_problem(key: str) -> str | None:
    """Why the store cannot hold ``key`` as a node's unique key, or None.

    FalkorDB 4.16 crashes — the whole server, not the statement — when a key under a
    unique constraint is empty, begins or ends with whitespace (FalkorDB issue #1340) or
    is longer than 4096 bytes, so such keys never reach it."""
    if not key:
        return "is empty"
    if key != key.strip():
        return "begins or ends with whitespace"
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        return f"is longer than {MAX_KEY_BYTES} bytes"
    return None


def check_keys(records: DocumentRecords) -> None:
    """Refuse, before anything is written, a document whose records hold a node key the
    store cannot hold (see :func:`_key_problem`); the error names each such key."""
    bad: dict[tuple[str, str], str] = {}
    ends = [(n.label, n.id) for n in records.nodes]
    ends += [(e.src_label, e.src) for e in records.edges]
    ends += [(e.dst_label, e.dst) for e in records.edges]
    for label, node_id in ends:
        # the id itself, and the key written (a document's node adds its generation)
        problem = _key_problem(node_id) or _key_problem(_key(label, node_id, "0" * GEN_CHARS))
        if problem is not None:
            bad[(label.value, node_id)] = problem
    if bad:
        listed = "; ".join(
            f"{label} {node_id[:40]!r}{'…' if len(node_id) > 40 else ''} {problem}"
            for (label, node_id), problem in bad.items()
        )
        raise IngestError(
            f"{records.doc_id}: {len(bad)} node key(s) the graph cannot store: {listed}. "
            "This is an extraction bug; nothing of the document was written."
        )


def node_rows(nodes: list[NodeRecord], doc_id: str, gen: str) -> dict[Label, list[dict[str, Any]]]:
    """Rows for ``merge_nodes``, grouped by label; one row per key (later wins)."""
    grouped: dict[Label, dict[str, dict[str, Any]]] = defaultdict(dict)
    for node in nodes:
        props = dict(node.props)
        if node.evidence is not None:
            for k, v in node.evidence.as_props().items():
                props.setdefault(k, v)
        props["id"] = node.id
        if _owned(node.label):
            props["doc_id"] = doc_id
            props["gen"] = gen
        key = _key(node.label, node.id, gen)
        grouped[node.label][key] = {"key": key, "props": _clean(props)}
    return {label: list(rows.values()) for label, rows in grouped.items()}


def edge_rows(
    edges: list[EdgeRecord], doc_id: str, gen: str
) -> dict[tuple[RelType, Label, Label], list[dict[str, Any]]]:
    grouped: dict[tuple[RelType, Label, Label], dict[tuple[str, str, str], dict[str, Any]]] = (
        defaultdict(dict)
    )
    for edge in edges:
        props = dict(edge.props)
        if edge.evidence is not None:
            props.update(edge.evidence.as_props())
        props["doc_id"] = doc_id
        props["gen"] = gen
        props.setdefault("surface", "")
        src = _key(edge.src_label, edge.src, gen)
        dst = _key(edge.dst_label, edge.dst, gen)
        ident = (src, dst, str(props["surface"]))
        grouped[(edge.type, edge.src_label, edge.dst_label)][ident] = {
            "src": src,
            "dst": dst,
            "props": _clean(props),
        }
    return {k: list(v.values()) for k, v in grouped.items()}


def _delete_loop(store: GraphStore, query: str, params: dict[str, Any]) -> int:
    total = 0
    while True:
        n = store.write(query, params | {"limit": DELETE_CHUNK}).scalar() or 0
        total += int(n)
        if n < DELETE_CHUNK:
            return total


def collect_garbage(store: GraphStore) -> int:
    """Remove what interrupted loads left, for every document not being loaded now."""
    now = {"now": time.time()}
    removed = 0
    for label in DOCUMENT_OWNED:
        removed += _delete_loop(store, queries.delete_uncommitted(label), now)
    removed += int(store.write(queries.DELETE_UNCOMMITTED_DOCUMENTS, now).scalar() or 0)
    for rel in RelType:  # edges between shared nodes from generations never committed
        removed += int(store.write(queries.delete_uncommitted_edges(rel), now).scalar() or 0)
    if removed:
        removed += prune_orphans(store)
    return removed


def _collect_document_garbage(store: GraphStore, doc_id: str) -> None:
    """Under the document's lock: drop generations of it that were never committed."""
    for label in DOCUMENT_OWNED:
        _delete_loop(store, queries.delete_other_generations(label), {"doc_id": doc_id})
    for rel in RelType:
        store.write(queries.delete_other_generation_edges(rel), {"doc_id": doc_id})


def _dead_here(host: Any, pid: Any) -> bool:
    """Whether ``pid`` is a process of this host that no longer runs."""
    if host != socket.gethostname() or not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire_lock(
    store: GraphStore, doc_id: str, owner: str, *, ttl_s: float, wait_s: float
) -> None:
    """Take ``doc_id``'s load lock for ``owner``, waiting up to ``wait_s`` for its holder; a
    lock whose holder died on this host (a killed ingest) is taken over at once."""
    deadline = time.monotonic() + wait_s
    here = {"host": socket.gethostname(), "pid": os.getpid()}
    dead: list[int] = []
    while True:
        now = time.time()
        params = {"id": doc_id, "owner": owner, "now": now, "expires": now + ttl_s}
        if store.write(queries.ACQUIRE_LOCK, params | here | {"dead": dead}).scalar() == owner:
            return
        holder = store.read(queries.LOCK_HOLDER, {"id": doc_id}).rows
        if holder and _dead_here(*holder[0]) and holder[0][1] not in dead:
            dead.append(holder[0][1])
            continue
        if time.monotonic() > deadline:
            raise IngestError(
                f"{doc_id} is being loaded by another process; try again when it is done "
                f"(a lock left by a process killed on another machine expires after "
                f"{ttl_s:.0f} s)."
            )
        time.sleep(0.1)


def release_lock(store: GraphStore, doc_id: str, owner: str) -> None:
    store.write(queries.RELEASE_LOCK, {"id": doc_id, "owner": owner})


def load_document(
    store: GraphStore,
    records: DocumentRecords,
    *,
    batch_size: int | None = None,
    fail_after_batches: int | None = None,
    lock_ttl_s: float = 600.0,
    lock_wait_s: float = 120.0,
    prune: bool = True,
) -> LoadReport:
    """Load one document's records; replaces an earlier version as a unit.

    ``fail_after_batches`` makes the load raise after that many batched writes;
    it exists so that tests can fail a load midway on purpose. ``prune=False`` leaves
    the shared nodes no edge uses any more for the caller to prune once after a batch
    (``prune_orphans`` scans every shared node: once a document, a batch's load grew with
    the square of its size — 100 s of 121 s loading 600 documents).
    """
    check_keys(records)
    gen = uuid.uuid4().hex[:GEN_CHARS]
    acquire_lock(store, records.doc_id, gen, ttl_s=lock_ttl_s, wait_s=lock_wait_s)
    try:
        return _load_locked(store, records, gen, batch_size, fail_after_batches)
    finally:
        with contextlib.suppress(PolicyKGError):  # if the server is gone, the lock expires
            release_lock(store, records.doc_id, gen)
        # after the lock is gone, so that the last of loads running at once prunes
        if prune:
            with contextlib.suppress(PolicyKGError):
                prune_orphans(store)


def _load_locked(
    store: GraphStore,
    records: DocumentRecords,
    gen: str,
    batch_size: int | None,
    fail_after_batches: int | None,
) -> LoadReport:
    doc_id = records.doc_id
    _collect_document_garbage(store, doc_id)
    report = LoadReport(doc_id, gen)
    previous = store.write(queries.PREPARE_DOCUMENT, {"id": doc_id, "gen": gen}).scalar()
    report.replaced = previous is not None
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if fail_after_batches is not None and done > fail_after_batches:
            raise PolicyKGError(f"load of {doc_id} failed on purpose after {done - 1} writes")

    try:
        for label, rows in node_rows(records.nodes, doc_id, gen).items():
            step()
            store.write_batch(queries.merge_nodes(label), rows, batch_size=batch_size)
            report.nodes[label.value] = len(rows)
        for (rel, src, dst), rows in edge_rows(records.edges, doc_id, gen).items():
            step()
            store.write_batch(queries.merge_edges(rel, src, dst), rows, batch_size=batch_size)
            report.edges[rel.value] = report.edges.get(rel.value, 0) + len(rows)
        step()
        store.write(
            queries.COMMIT_DOCUMENT,
            {"id": doc_id, "gen": gen, "props": _clean(dict(records.meta))},
        )
    except BaseException:
        _rollback(store, doc_id, gen, committed_before=report.replaced)
        raise
    # The new generation is visible; drop the old one.
    for label in DOCUMENT_OWNED:
        _delete_loop(store, queries.delete_stale(label), {"doc_id": doc_id, "gen": gen})
    for rel, src, dst in _shared_edge_kinds(records.edges):
        store.write(queries.delete_stale_edges(rel, src, dst), {"doc_id": doc_id, "gen": gen})
    return report  # (load_document prunes the shared nodes no edge uses, lock released)


def _shared_edge_kinds(edges: list[EdgeRecord]) -> set[tuple[RelType, Label, Label]]:
    """Edge kinds between two nodes that the document does not own."""
    return {
        (e.type, e.src_label, e.dst_label)
        for e in edges
        if not _owned(e.src_label) and not _owned(e.dst_label)
    }


def _rollback(store: GraphStore, doc_id: str, gen: str, *, committed_before: bool) -> None:
    """Undo a failed load; best effort (if the server is gone, garbage collection finishes it)."""
    try:
        for label in DOCUMENT_OWNED:
            _delete_loop(store, queries.delete_generation(label), {"doc_id": doc_id, "gen": gen})
        for rel in RelType:
            store.write(queries.delete_edges_of_generation(rel), {"doc_id": doc_id, "gen": gen})
        if committed_before:
            store.write(queries.CLEAR_PENDING, {"id": doc_id})
        else:
            store.write(queries.DELETE_DOCUMENT_NODE, {"id": doc_id})
    except PolicyKGError:
        pass


def prune_orphans(store: GraphStore) -> int:
    """Delete shared nodes that no edge uses any more, unless a document is being loaded
    now (see ``queries.delete_orphans``). Locks are no shared nodes: they stay."""
    removed = 0
    now = {"now": time.time()}
    for label in Label:
        if label in (Label.DOCUMENT, Label.LOCK) or _owned(label):
            continue
        removed += _delete_loop(store, queries.delete_orphans(label), now)
    return removed

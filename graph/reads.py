"""Read functions the API and CLI call: each runs named queries through the guarded read."""

from __future__ import annotations

from typing import Any

from graph import queries
from graph.errors import NotFound
from graph.schema import Label, RelType
from graph.store import GraphStore


def stats(store: GraphStore) -> dict[str, dict[str, int]]:
    """Counts per label and per relationship type."""
    return {
        "labels": {
            lab.value: int(store.read(queries.count_label(lab)).scalar() or 0) for lab in Label
        },
        "relationships": {
            rel.value: int(store.read(queries.count_rel(rel)).scalar() or 0) for rel in RelType
        },
    }


def list_documents(
    store: GraphStore, *, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    rows = store.read(queries.LIST_DOCUMENTS, {"limit": limit, "offset": offset}).records()
    total = int(store.read(queries.COUNT_DOCUMENTS).scalar() or 0)
    return rows, total


def get_document(store: GraphStore, doc_id: str) -> dict[str, Any]:
    res = store.read(queries.GET_DOCUMENT, {"id": doc_id})
    if not res.rows or res.rows[0][0].get("gen") is None:
        raise NotFound(f"no document with id {doc_id!r}")
    doc = {
        k: v
        for k, v in res.rows[0][0].items()
        if not k.startswith("_") and k not in ("text", "gen", "pending")
    }
    tree = []
    for label in (Label.SECTION, Label.MEASURE):
        for row in store.read(
            queries.document_units(label), {"id": doc_id}, row_cap=100000
        ).records():
            tree.append(row | {"label": label.value})
    tree.sort(key=lambda r: r["start"])
    doc["tree"] = tree
    return doc

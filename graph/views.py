"""Views for the network pages: store → :class:`graph.render.View` (reads only)."""

from __future__ import annotations

from typing import Any

from graph import analytics, queries, reads
from graph.errors import NotFound
from graph.render import VEdge, View, VNode
from graph.schema import Label
from graph.store import GraphStore

BIG = 100_000


def _dept_node(r: dict[str, Any]) -> VNode:
    return VNode(
        r["id"],
        r["name"] or r["id"],
        "Department",
        f"{r.get('full_name') or r['id']}\n{r.get('name_en') or ''}",
    )


def _add_unit_facts(
    store: GraphStore,
    view: View,
    ids: list[str],
    *,
    departments: bool = True,
    industries: bool = True,
    targets: bool = False,
) -> None:
    if not ids:
        return
    p = {"ids": ids}
    if departments:
        for r in store.read(queries.UNITS_DEPARTMENTS, p, row_cap=BIG).records():
            view.add_node(_dept_node(r))
            view.edges.append(VEdge(r["id"], r["measure"], r["rel"], r["sentence"] or ""))
    if industries:
        for r in store.read(queries.UNITS_INDUSTRIES, p, row_cap=BIG).records():
            view.add_node(VNode(r["id"], r["name"], "Industry", f"{r['name']}\n{r['name_en']}"))
            view.edges.append(VEdge(r["measure"], r["id"], "ADDRESSES", r["sentence"] or ""))
    if targets:
        for r in store.read(queries.UNITS_TARGETS, p, row_cap=BIG).records():
            label = f"{r['comparator']}{r['value']:g}{r['unit']}"
            view.add_node(
                VNode(
                    r["id"],
                    label,
                    "Target",
                    f"{r['metric']} {label} ({r['year'] or '-'})\n{r['sentence']}",
                )
            )
            view.edges.append(VEdge(r["measure"], r["id"], "SETS_TARGET", r["sentence"] or ""))


def _add_measures(view: View, measures: list[dict[str, Any]]) -> list[str]:
    """Measure nodes (tooltip: title and evidence sentence); their ids."""
    for m in measures:
        tip = f"{m['path']} {m['title']}\n{m['evidence']['sentence']}"
        view.add_node(VNode(m["id"], m["path"], "Measure", tip))
    return [m["id"] for m in measures]


def department_view(store: GraphStore, dept_id: str) -> View:
    d = reads.get_department(store, dept_id)
    view = View(f"{d['name']} — measures, partners and industries")
    view.add_node(
        VNode(
            d["id"], d["name"], "Department", f"{d['full_name']}\n{d.get('name_en') or ''}", size=30
        )
    )
    _add_unit_facts(store, view, _add_measures(view, d["measures"]))
    return view


def industry_view(store: GraphStore, industry_id: str) -> View:
    ind = reads.get_industry(store, industry_id)
    view = View(f"{ind['name']} ({ind['name_en']}) — measures and their departments")
    view.add_node(
        VNode(ind["id"], ind["name"], "Industry", f"{ind['name']}\n{ind['name_en']}", size=30)
    )
    ids = _add_measures(view, ind["measures"])
    for m in ind["measures"]:
        view.edges.append(VEdge(m["id"], ind["id"], "ADDRESSES", m["evidence"]["sentence"] or ""))
    _add_unit_facts(store, view, ids, industries=False)
    return view


def document_view(store: GraphStore, doc_id: str) -> View:
    doc = reads.get_document(store, doc_id)
    view = View(f"{doc.get('title') or doc_id} — structure, departments and targets")
    view.add_node(
        VNode(doc_id, doc.get("title") or doc_id, "Document", doc.get("title") or doc_id, size=30)
    )
    ids = []
    for label in (Label.SECTION, Label.MEASURE):
        for r in store.read(
            queries.document_tree_edges(label), {"id": doc_id}, row_cap=BIG
        ).records():
            ids.append(r["id"])
            view.add_node(VNode(r["id"], r["path"], label.value, f"{r['path']} {r['title']}"))
            view.edges.append(VEdge(r["id"], r["parent"], "PART_OF"))
    _add_unit_facts(store, view, ids, industries=False, targets=True)
    return view


def collaboration_view(store: GraphStore) -> View:
    g = analytics.collaboration_graph(store)
    comms = analytics.communities(g)
    group = {n: i for i, c in enumerate(comms) for n in c}
    view = View("Department collaboration network — shared measures, coloured by community")
    for n, data in g.nodes(data=True):
        view.add_node(
            VNode(
                n,
                data["name"],
                "Department",
                f"{n}\n{data.get('name_en') or ''}\ncommunity {group[n]}",
                group=group[n],
                size=10 + 2 * g.degree(n, weight="weight"),
            )
        )
    for a, b, data in g.edges(data=True):
        view.edges.append(
            VEdge(a, b, "COLLABORATES", f"{data['weight']} shared measures", weight=data["weight"])
        )
    return view


def view_for(store: GraphStore, kind: str, ident: str | None) -> View:
    if kind == "department" and ident:
        return department_view(store, ident)
    if kind == "industry" and ident:
        return industry_view(store, ident)
    if kind == "document" and ident:
        return document_view(store, ident)
    if kind == "collaboration":
        return collaboration_view(store)
    raise NotFound(f"no picture of kind {kind!r}: department, industry, document or collaboration")

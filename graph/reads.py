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


# --- departments ------------------------------------------------------------

ROLE_OF = {
    RelType.LEADS.value: "lead",
    RelType.SUPPORTS.value: "support",
    RelType.RESPONSIBLE_FOR.value: "responsible",
}
RELS_FOR_ROLE = {
    "lead": (RelType.LEADS,),
    "support": (RelType.SUPPORTS,),
    "responsible": (RelType.RESPONSIBLE_FOR,),
    "any": queries.ROLE_TYPES,
}
BIG = 100_000


def evidence(row: dict[str, Any]) -> dict[str, Any]:
    """The evidence part of a row read with queries._EVIDENCE."""
    return {
        "document": row.get("doc_id"),
        "path": row.get("evidence_path"),
        "sentence": row.get("sentence"),
        "start": row.get("start"),
        "end": row.get("end"),
        "surface": row.get("surface"),
    }


def list_departments(
    store: GraphStore, *, q: str | None, role: str, industry: str | None, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    rels = RELS_FOR_ROLE[role]
    params = {"q": q, "industry": industry, "limit": limit, "offset": offset}
    rows = store.read(queries.list_departments(rels, industry is not None), params).records()
    total = store.read(queries.count_departments(rels, industry is not None), params).scalar()
    return rows, int(total or 0)


def department_roles(store: GraphStore, dept_id: str) -> list[dict[str, Any]]:
    rows = store.read(queries.DEPARTMENT_ROLES, {"id": dept_id}, row_cap=BIG).records()
    return [
        {
            "id": r["measure_id"],
            "path": r["path"],
            "title": r["title"],
            "role": ROLE_OF[r["rel"]],
            "evidence": evidence(r),
        }
        for r in rows
    ]


def department_partners(store: GraphStore, dept_id: str) -> list[dict[str, Any]]:
    partners: dict[str, dict[str, Any]] = {}
    for r in store.read(queries.DEPARTMENT_PARTNERS, {"id": dept_id}, row_cap=BIG).records():
        p = partners.setdefault(
            r["id"],
            {
                "id": r["id"],
                "name": r["name"],
                "full_name": r["full_name"],
                "name_en": r["name_en"],
                "shared_measures": 0,
                "by_role_pair": {},
            },
        )
        pair = f"{ROLE_OF[r['my_role']]}-{ROLE_OF[r['their_role']]}"
        p["by_role_pair"][pair] = p["by_role_pair"].get(pair, 0) + int(r["shared"])
        p["shared_measures"] += int(r["shared"])
    return sorted(partners.values(), key=lambda p: (-p["shared_measures"], p["id"]))


def get_department(store: GraphStore, dept_id: str) -> dict[str, Any]:
    res = store.read(queries.GET_DEPARTMENT, {"id": dept_id}).records()
    if not res:
        raise NotFound(f"no department with id {dept_id!r}")
    out = res[0]
    out["measures"] = department_roles(store, dept_id)
    out["partners"] = department_partners(store, dept_id)
    return out


# --- industries -------------------------------------------------------------


def list_industries(
    store: GraphStore, *, q: str | None, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    params = {"q": q, "limit": limit, "offset": offset}
    rows = store.read(queries.LIST_INDUSTRIES, params).records()
    return rows, int(store.read(queries.COUNT_INDUSTRIES, params).scalar() or 0)


def get_industry(store: GraphStore, industry_id: str) -> dict[str, Any]:
    res = store.read(queries.GET_INDUSTRY, {"id": industry_id}).records()
    if not res:
        raise NotFound(f"no industry with id {industry_id!r}")
    out = res[0]
    out["measures"] = [
        {"id": r["measure_id"], "path": r["path"], "title": r["title"], "evidence": evidence(r)}
        for r in store.read(queries.INDUSTRY_MEASURES, {"id": industry_id}, row_cap=BIG).records()
    ]
    return out


def industry_departments(store: GraphStore, industry_id: str, role: str) -> list[dict[str, Any]]:
    """Departments with a role on the measures naming an industry, each with its measures."""
    q = queries.industry_departments(RELS_FOR_ROLE[role])
    depts: dict[str, dict[str, Any]] = {}
    for r in store.read(q, {"id": industry_id}, row_cap=BIG).records():
        d = depts.setdefault(
            r["id"],
            {k: r[k] for k in ("id", "name", "full_name", "name_en", "kind")} | {"measures": []},
        )
        d["measures"].append(
            {
                "id": r["measure_id"],
                "path": r["path"],
                "title": r["title"],
                "role": ROLE_OF[r["rel"]],
                "evidence": evidence(r),
            }
        )
    return sorted(depts.values(), key=lambda d: (-len(d["measures"]), d["id"]))


# --- measures ---------------------------------------------------------------


def list_measures(
    store: GraphStore,
    *,
    department: str | None,
    industry: str | None,
    role: str,
    document: str | None,
    q: str | None,
    limit: int,
    offset: int,
    due: int | None = None,
) -> tuple[list[dict[str, Any]], int]:
    rels = RELS_FOR_ROLE[role]
    flags = (rels, department is not None, industry is not None)
    params = {
        "department": department,
        "industry": industry,
        "document": document,
        "q": q,
        "due": due,
        "limit": limit,
        "offset": offset,
    }
    rows = store.read(queries.page_measures(*flags), params).records()
    return rows, int(store.read(queries.count_measures(*flags), params).scalar() or 0)


def get_measure(store: GraphStore, measure_id: str) -> dict[str, Any]:
    res = store.read(queries.GET_MEASURE, {"id": measure_id}).records()
    if not res:
        raise NotFound(f"no measure with id {measure_id!r}")
    out = res[0]
    p = {"id": measure_id}
    out["departments"] = [
        {k: r[k] for k in ("id", "name", "full_name", "name_en", "kind")}
        | {"role": ROLE_OF[r["rel"]], "evidence": evidence(r)}
        for r in store.read(queries.MEASURE_ROLES, p).records()
    ]
    out["industries"] = [
        {"id": r["id"], "name": r["name"], "name_en": r["name_en"], "evidence": evidence(r)}
        for r in store.read(queries.MEASURE_INDUSTRIES, p).records()
    ]
    out["targets"] = store.read(
        queries.measure_figures(RelType.SETS_TARGET, Label.TARGET), p
    ).records()
    out["results"] = store.read(queries.measure_figures(RelType.REPORTS, Label.RESULT), p).records()
    out["mentions"] = [
        {"label": r["label"], "id": r["id"], "name": r["name"], "evidence": evidence(r)}
        for r in store.read(queries.MEASURE_MENTIONS, p).records()
    ]
    return out


# --- targets ----------------------------------------------------------------


def _target_out(store: GraphStore, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = [r["id"] for r in rows]
    leads: dict[str, list[dict[str, Any]]] = {}
    obs: dict[str, list[dict[str, Any]]] = {}
    if ids:
        for r in store.read(queries.TARGET_LEADS, {"ids": ids}, row_cap=BIG).records():
            leads.setdefault(r["target"], []).append(
                {"id": r["id"], "name": r["name"], "role": ROLE_OF[r["rel"]]}
            )
        for r in store.read(queries.TARGET_OBSERVATIONS, {"ids": ids}, row_cap=BIG).records():
            obs.setdefault(r["target"], []).append({k: r[k] for k in r if k != "target"})
    return [
        _figure(r) | {"departments": leads.get(r["id"], []), "observations": obs.get(r["id"], [])}
        for r in rows
    ]


_FIGURE_FIELDS = (
    "id",
    "document",
    "path",
    "metric",
    "comparator",
    "value",
    "unit",
    "year",
    "period",
    "growth",
    "text",
)


def _figure(r: dict[str, Any]) -> dict[str, Any]:
    """A target or result row as the API shows it: its fields, its measure, its evidence."""
    return {k: r[k] for k in _FIGURE_FIELDS} | {
        "measure": {"id": r["measure_id"], "title": r["measure_title"]},
        "evidence": {
            "document": r["document"],
            "path": r["path"],
            "sentence": r["sentence"],
            "start": r["start"],
            "end": r["end"],
        },
    }


def list_targets(
    store: GraphStore,
    *,
    year: int | None,
    department: str | None,
    industry: str | None,
    document: str | None,
    metric: str | None,
    limit: int,
    offset: int,
) -> tuple[list[dict[str, Any]], int]:
    flags = (department is not None, industry is not None)
    params = {
        "year": year,
        "department": department,
        "industry": industry,
        "document": document,
        "metric": metric,
        "limit": limit,
        "offset": offset,
    }
    rows = store.read(queries.page_targets(*flags), params).records()
    total = int(store.read(queries.count_targets(*flags), params).scalar() or 0)
    return _target_out(store, rows), total


def get_target(store: GraphStore, target_id: str) -> dict[str, Any]:
    rows = store.read(queries.GET_TARGET, {"id": target_id}).records()
    if not rows:
        raise NotFound(f"no target with id {target_id!r}")
    return _target_out(store, rows[:1])[0]


# --- indicators ------------------------------------------------------------------


def list_indicators(
    store: GraphStore, *, q: str | None, min_documents: int, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    params = {"q": q, "min_documents": min_documents, "limit": limit, "offset": offset}
    rows = store.read(queries.LIST_INDICATORS, params).records()
    return rows, int(store.read(queries.COUNT_INDICATORS, params).scalar() or 0)


def get_indicator(store: GraphStore, indicator_id: str) -> dict[str, Any]:
    """An indicator with every target and result tracking it, in time order."""
    res = store.read(queries.GET_INDICATOR, {"id": indicator_id}).records()
    if not res:
        raise NotFound(f"no indicator with id {indicator_id!r}")
    out = res[0]
    rows = store.read(queries.INDICATOR_FIGURES, {"id": indicator_id}, row_cap=BIG).records()
    out["figures"] = [_figure(r) | {"kind": r["kind"]} for r in rows]
    out["figure_count"] = len(out["figures"])
    out["documents"] = len({f["document"] for f in out["figures"]})
    return out


# --- search and neighbourhood -------------------------------------------------


def search(store: GraphStore, q: str, ids: list[str], limit: int) -> list[dict[str, Any]]:
    """Entities named ``q`` (or with an id in ``ids``), at most ``limit`` per label."""
    params = {"q": q, "ids": ids, "limit": limit}
    return store.read(queries.SEARCH, params, row_cap=limit * len(queries.SEARCH_LABELS)).records()


def neighborhood(store: GraphStore, node_id: str, depth: int, limit: int) -> dict[str, Any]:
    res = store.read(queries.neighborhood(depth), {"id": node_id, "limit": limit})
    return graph_json(res)


def graph_json(res: Any) -> dict[str, Any]:
    """Nodes and edges of a result, for any client (properties without the bulky text)."""
    nodes = [
        {
            "id": str(n.id),
            "key": n.properties.get("id"),
            "labels": n.labels,
            "properties": {
                k: v for k, v in n.properties.items() if k not in ("text", "gen", "key")
            },
        }
        for n in res.nodes.values()
    ]
    edges = [
        {
            "id": str(e.id),
            "type": e.type,
            "source": str(e.src),
            "target": str(e.dst),
            "properties": {k: v for k, v in e.properties.items() if k != "gen"},
        }
        for e in res.edges.values()
    ]
    return {"nodes": nodes, "edges": edges, "truncated": res.truncated}


def names(store: GraphStore, query: str) -> list[dict[str, Any]]:
    return store.read(query, row_cap=BIG).records()


def document_text(store: GraphStore, doc_id: str) -> tuple[str, str, list[dict[str, Any]]]:
    """The document's original text and its entity spans (offsets into that text)."""
    rows = store.read(queries.DOCUMENT_TEXT, {"id": doc_id}).records()
    if not rows or rows[0]["gen"] is None:
        raise NotFound(f"no document with id {doc_id!r}")
    spans: list[dict[str, Any]] = []
    p = {"id": doc_id}
    for q in (
        queries.DOCUMENT_ROLE_SPANS,
        queries.DOCUMENT_INDUSTRY_SPANS,
        queries.DOCUMENT_MENTION_SPANS,
        queries.document_figure_spans(Label.TARGET),
        queries.document_figure_spans(Label.RESULT),
    ):
        spans += store.read(q, p, row_cap=BIG).records()
    return rows[0]["text"] or "", rows[0]["title"] or doc_id, spans

"""What the routes call: name resolution, the Cypher console and uploads.

Path ids accept the canonical id, the Chinese name, an alias or the English
name; an unknown one is a 404 with the nearest names as suggestions.
"""

from __future__ import annotations

import difflib
import re
import uuid
from pathlib import Path
from typing import Any

from api import html
from graph import queries, reads
from graph.config import Settings
from graph.errors import NotFound, QueryFailed, QuerySyntaxError, TooLarge, WriteForbidden
from graph.loader import load_document
from graph.store import GraphStore
from ingest.nlp.lexicons import load_lexicons
from ingest.nlp.roles import resolve_department


def _suggest(name: str, rows: list[dict[str, Any]]) -> list[str]:
    pool: dict[str, str] = {}
    for r in rows:
        for field in ("name", "name_en", "id"):
            if r.get(field):
                pool[str(r[field])] = str(r["id"])
    close = difflib.get_close_matches(name, list(pool), n=5, cutoff=0.3)
    close += [k for k in pool if name and (name in k or k in name) and k not in close]
    return list(dict.fromkeys(close))[:5]


def department_candidates(store: GraphStore, name: str) -> list[str]:
    """Ids a name may denote: 市发改局 → 青州市发展和改革局 for every jurisdiction in the graph."""
    lex = load_lexicons()
    jurisdictions = [r["j"] for r in reads.names(store, queries.JURISDICTIONS)] or [None]
    return [resolve_department(name, j, lex).id for j in jurisdictions]


def department_id(store: GraphStore, name: str) -> str:
    ids = department_candidates(store, name)
    rows = store.read(queries.FIND_DEPARTMENT, {"name": name, "ids": ids}).records()
    if not rows:
        rows = store.read(queries.FIND_DEPARTMENT_BY_SURFACE, {"name": name}).records()
    if rows:
        return str(rows[0]["id"])
    suggestions = _suggest(name, reads.names(store, queries.ALL_DEPARTMENT_NAMES))
    raise NotFound(f"no department named {name!r}", suggestions=suggestions)


def industry_candidates(name: str) -> list[str]:
    lex = load_lexicons()
    entry = lex.industry_by_term.get(name) or lex.industry_by_id.get(name.lower())
    if entry is None:
        entry = next((i for i in lex.industries if i.name_en.lower() == name.lower()), None)
    return [entry.id] if entry else []


def industry_id(store: GraphStore, name: str) -> str:
    rows = store.read(queries.FIND_INDUSTRY, {"name": name}).records()
    if rows:
        return str(rows[0]["id"])
    for cand in industry_candidates(name):
        if store.read(queries.GET_INDUSTRY, {"id": cand}).rows:
            return cand
    suggestions = _suggest(name, reads.names(store, queries.ALL_INDUSTRY_NAMES))
    raise NotFound(f"no industry named {name!r}", suggestions=suggestions)


def indicator_id(store: GraphStore, name: str) -> str:
    """The indicator a name denotes: its id, or any metric naming it (GDP, 规上工业增加值增速)."""
    from ingest.nlp.indicators import indicator_of

    found = indicator_of(name, load_lexicons())
    for cand in (name, found.id if found else None):
        if cand and store.read(queries.GET_INDICATOR, {"id": cand}).rows:
            return cand
    suggestions = _suggest(name, reads.names(store, queries.ALL_INDICATOR_NAMES))
    raise NotFound(f"no indicator named {name!r}", suggestions=suggestions)


def resolve(store: GraphStore, kind: str, ident: str) -> str:
    """The canonical id of a department, industry or document named any way."""
    if kind == "department":
        return department_id(store, ident)
    if kind == "industry":
        return industry_id(store, ident)
    return ident


def picture(store: GraphStore, kind: str, ident: str | None) -> str:
    """The network page of an entity (or of the collaboration network)."""
    from graph import render, views

    key = resolve(store, kind, ident) if ident else None
    return render.network_html(views.view_for(store, kind, key))


def document_page(store: GraphStore, doc_id: str) -> str:
    """The highlighted-text page of a document."""
    text, title, spans = reads.document_text(store, doc_id)
    return html.highlighted_text(title, text, spans)


def search(store: GraphStore, q: str, limit: int) -> list[dict[str, Any]]:
    ids = industry_candidates(q) + department_candidates(store, q)
    return reads.search(store, q, ids, limit)


_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.I)


def run_cypher(
    store: GraphStore, query: str, parameters: dict[str, Any], settings: Settings
) -> dict[str, Any]:
    """A read-only statement: the database refuses writes (RO query / read transaction).

    LOAD CSV is refused here because both databases allow it in a read: it would let a
    caller read the server's import folder or make it fetch URLs.
    """
    if _LOAD_CSV.search(_COMMENTS.sub(" ", query)):
        raise WriteForbidden(
            "LOAD CSV is not allowed here: it reads files or URLs from the server."
        )
    try:
        res = store.read(
            query, parameters, timeout_ms=settings.query_timeout_ms, row_cap=settings.row_cap
        )
    except QueryFailed as exc:  # a runtime error of the caller's statement is the caller's
        raise QuerySyntaxError(f"The database refused the query: {exc.detail}") from None
    graph = reads.graph_json(res)
    return {
        "columns": res.columns,
        "rows": res.rows,
        "truncated": res.truncated,
        "nodes": graph["nodes"],
        "edges": graph["edges"],
    }


def ingest_upload(
    store: GraphStore, settings: Settings, filename: str, data: bytes
) -> dict[str, Any]:
    """Save one uploaded file under POLICYKG_HOME/uploads (a fresh name) and ingest it."""
    from graph.errors import IngestError
    from ingest.extract import extract
    from ingest.readers import OLD_FORMATS, SUPPORTED, doc_id_for, read_document

    name = Path(filename or "upload").name  # never trust a path in the name
    if len(data) > settings.upload_max_bytes:
        raise TooLarge(
            f"{name}: {len(data)} bytes is over the upload limit of {settings.upload_max_bytes}"
        )
    suffix = Path(name).suffix.lower()
    if suffix not in (*SUPPORTED, *OLD_FORMATS):  # (an old format is refused with advice)
        raise IngestError(
            f"{name}: files of type '{suffix or '(none)'}' are not read; "
            f"supported: {', '.join(SUPPORTED)}."
        )
    folder = settings.home.resolve() / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex}{suffix}"
    target.write_bytes(data)
    try:
        raw = read_document(target, max_bytes=settings.ingest_max_bytes, soffice=settings.soffice)
        raw.doc_id = doc_id_for(Path(name))
        raw.source = name
        ex = extract(raw)
        load_document(store, ex.records)
        store.snapshot()
    finally:
        target.unlink(missing_ok=True)
    return {"file": name, "doc_id": ex.doc_id, "ok": True, "counts": ex.records.counts()}

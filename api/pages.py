"""Server-rendered pages: pure functions from data to HTML (Jinja2 templates in api/templates)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape

from api import service
from graph import reads
from graph.store import GraphStore

LINK = {"Industry": "/page/industry/", "Department": "/page/department/", "Document": "/page/document/",
        "Measure": "/page/measure/"}  # fmt: skip


@lru_cache(maxsize=1)
def env() -> Environment:
    return Environment(
        loader=PackageLoader("api", "templates"), autoescape=select_autoescape(["html"])
    )


def render(template: str, **data: Any) -> str:
    return env().get_template(template).render(**data)


def home(store: GraphStore, q: str | None) -> str:
    hits = []
    if q:
        for h in service.search(store, q, 20):
            link = LINK.get(h["type"], "/graph/neighborhood?id=")
            hits.append(h | {"link": link + quote(str(h["id"]), safe="")})
    documents, _ = reads.list_documents(store, limit=100, offset=0)
    industries, _ = reads.list_industries(store, q=None, limit=30, offset=0)
    departments, _ = reads.list_departments(
        store, q=None, role="any", industry=None, limit=30, offset=0
    )
    targets, _ = reads.list_targets(
        store,
        year=None,
        department=None,
        industry=None,
        document=None,
        metric=None,
        limit=40,
        offset=0,
    )
    return render(
        "home.html",
        title="policykg",
        q=q,
        hits=hits,
        documents=documents,
        industries=industries,
        departments=departments,
        targets=targets,
    )


def entity(store: GraphStore, kind: str, ident: str) -> str:
    key = service.resolve(store, kind, ident)
    if kind == "department":
        d = reads.get_department(store, key)
        return render("department.html", title=d["name"], d=d)
    if kind == "industry":
        i = reads.get_industry(store, key)
        return render(
            "industry.html",
            title=i["name"],
            i=i,
            departments=reads.industry_departments(store, key, "any"),
        )
    if kind == "document":
        doc = reads.get_document(store, key)
        return render("document.html", title=doc.get("title") or key, doc=doc | {"id": key})
    m = reads.get_measure(store, key)
    return render("measure.html", title=f"{m['path']} {m['title']}", m=m)

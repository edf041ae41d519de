"""The home page and an entity page for each document, department, industry and measure."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import HTMLResponse

from api import pages
from api.deps import get_store
from graph.store import GraphStore

router = APIRouter(tags=["pages"])
Store = Annotated[GraphStore, Depends(get_store)]
HTML: dict[int | str, dict[str, Any]] = {200: {"content": {"text/html": {}}}}


@router.get(
    "/",
    response_class=HTMLResponse,
    responses=HTML,
    summary="Home page",
    description="Search box; lists of documents, industries, departments and targets.",
)
def home(
    store: Store,
    q: Annotated[
        str | None, Query(max_length=100, description="Search text.", examples=["花卉"])
    ] = None,
) -> HTMLResponse:
    return HTMLResponse(pages.home(store, q))


@router.get(
    "/page/{kind}/{ident:path}",
    response_class=HTMLResponse,
    responses=HTML,
    summary="An entity page",
    description="Facts with evidence, the entity's network, links to everything it touches.",
)
def entity(
    store: Store,
    kind: Annotated[
        str, Path(pattern="^(department|industry|document|measure)$", examples=["industry"])
    ],
    ident: Annotated[str, Path(description="Id, name or alias.", examples=["花卉"])],
) -> HTMLResponse:
    return HTMLResponse(pages.entity(store, kind, ident))

"""Interactive network pictures (self-contained HTML, no external resources)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from fastapi.responses import HTMLResponse

from api import service
from api.deps import get_store
from graph.store import GraphStore

router = APIRouter(prefix="/viz", tags=["pictures"])
Store = Annotated[GraphStore, Depends(get_store)]
HTML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}},
    404: {"description": "Unknown id; suggestions in the body."},
}


@router.get(
    "/collaboration",
    response_class=HTMLResponse,
    responses=HTML,
    summary="Collaboration network",
    description="Departments joined by shared measures, edge width by count, coloured by Louvain community.",
)
def collaboration(store: Store) -> HTMLResponse:
    return HTMLResponse(service.picture(store, "collaboration", None))


@router.get(
    "/{kind}/{ident}",
    response_class=HTMLResponse,
    responses=HTML,
    summary="A picture of an entity",
    description=(
        "`department`: its measures by role, partners and industries; `industry`: its measures "
        "with their departments (`/viz/industry/floriculture` pictures the flagship question); "
        "`document`: sections, measures, departments and targets."
    ),
)
def picture(
    store: Store,
    kind: Annotated[str, Path(pattern="^(department|industry|document)$", examples=["industry"])],
    ident: Annotated[str, Path(description="Id, name or alias.", examples=["floriculture"])],
) -> HTMLResponse:
    return HTMLResponse(service.picture(store, kind, ident))

"""Health and counts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from api.deps import get_store
from api.models import HealthOut, StatsOut
from graph import reads
from graph.errors import GraphUnavailable
from graph.store import GraphStore

router = APIRouter(tags=["system"])
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "/health",
    response_model=HealthOut,
    summary="Is the graph reachable?",
    description="Answers 200 with the backend's name when the graph answers, 503 otherwise.",
    responses={503: {"description": "The graph server is down."}},
)
def health(store: Store) -> HealthOut:
    h = store.health()
    if not h.ok:
        raise GraphUnavailable(h.detail)
    return HealthOut(ok=h.ok, backend=h.backend, detail=h.detail)


@router.get(
    "/stats",
    response_model=StatsOut,
    summary="Counts per label and relationship type",
    description="How many nodes of each label and relationships of each type the graph holds.",
)
def stats(store: Store) -> StatsOut:
    return StatsOut(**reads.stats(store))

"""Numeric targets, with their departments and progress."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api import service
from api.deps import get_store
from api.models import Page, TargetOut
from graph import reads
from graph.store import GraphStore

router = APIRouter(prefix="/targets", tags=["targets"])
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "",
    response_model=Page[TargetOut],
    summary="List targets",
    description=(
        "Targets with their lead departments and the reported results tracking the same "
        "indicator; `?year=2025` answers 'which targets fall due in 2025'."
    ),
)
def list_targets(
    store: Store,
    year: Annotated[
        int | None, Query(ge=1949, le=2100, description="Deadline year.", examples=[2025])
    ] = None,
    department: Annotated[str | None, Query(description="Department id, name or alias.")] = None,
    industry: Annotated[str | None, Query(description="Industry id, name or alias.")] = None,
    document: Annotated[str | None, Query(description="Document id.")] = None,
    metric: Annotated[str | None, Query(description="Text in the metric.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[TargetOut]:
    dept = service.department_id(store, department) if department else None
    ind = service.industry_id(store, industry) if industry else None
    rows, total = reads.list_targets(
        store,
        year=year,
        department=dept,
        industry=ind,
        document=document,
        metric=metric,
        limit=limit,
        offset=offset,
    )
    return Page[TargetOut](data=[TargetOut(**r) for r in rows], count=total)


@router.get(
    "/{target_id:path}",
    response_model=TargetOut,
    summary="One target",
    description="A target with its measure, lead departments, related observations and evidence.",
    responses={404: {"description": "No such target."}},
)
def get_target(
    store: Store,
    target_id: Annotated[
        str,
        Path(
            description="Target id (measure id + #tN).",
            examples=["qingzhou-county-economy-action-plan-2023-2025#一#t1"],
        ),
    ],
) -> TargetOut:
    return TargetOut(**reads.get_target(store, target_id))

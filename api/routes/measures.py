"""Measures of the documents' heading trees."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from api import service
from api.deps import get_store
from api.models import MeasureDetail, MeasureOut, Page
from graph import reads
from graph.store import GraphStore

router = APIRouter(prefix="/measures", tags=["measures"])
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "",
    response_model=Page[MeasureOut],
    summary="List measures",
    description="Measures, filtered by department (and its role), industry, document, text or the year they are due.",
)
def list_measures(
    store: Store,
    department: Annotated[
        str | None, Query(description="Department id, name or alias.", examples=["市科技局"])
    ] = None,
    industry: Annotated[str | None, Query(description="Industry id, name or alias.")] = None,
    role: Annotated[Literal["lead", "support", "responsible", "any"], Query()] = "any",
    document: Annotated[str | None, Query(description="Document id.")] = None,
    q: Annotated[str | None, Query(description="Text in the title or body.")] = None,
    due: Annotated[
        int | None, Query(description="Only measures whose deadline (完成时限) names this year.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[MeasureOut]:
    dept = service.department_id(store, department) if department else None
    ind = service.industry_id(store, industry) if industry else None
    rows, total = reads.list_measures(
        store,
        department=dept,
        industry=ind,
        role=role,
        document=document,
        q=q,
        due=due,
        limit=limit,
        offset=offset,
    )
    return Page[MeasureOut](data=[MeasureOut(**r) for r in rows], count=total)


@router.get(
    "/{measure_id:path}",
    response_model=MeasureDetail,
    summary="One measure",
    description="A measure with its departments and roles, industries, targets, results and mentions, all with evidence.",
    responses={404: {"description": "No such measure."}},
)
def get_measure(
    store: Store,
    measure_id: Annotated[
        str,
        Path(
            description="doc_id#path",
            examples=["qingzhou-county-economy-action-plan-2023-2025#三.(一).1"],
        ),
    ],
) -> MeasureDetail:
    return MeasureDetail(**reads.get_measure(store, measure_id))

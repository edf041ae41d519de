"""Industries and clusters, and the departments working on them."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from api import service
from api.deps import get_store
from api.models import DepartmentOut, IndustryOut, Page
from graph import reads
from graph.store import GraphStore

router = APIRouter(prefix="/industries", tags=["industries"])
Store = Annotated[GraphStore, Depends(get_store)]
IndId = Annotated[
    str, Path(description="Id, Chinese name, alias or English name.", examples=["floriculture"])
]


@router.get(
    "",
    response_model=Page[IndustryOut],
    summary="List industries",
    description="Industries named by some measure, with how many measures name them.",
)
def list_industries(
    store: Store,
    q: Annotated[
        str | None, Query(description="Name, alias or English name.", examples=["花卉"])
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[IndustryOut]:
    rows, total = reads.list_industries(store, q=q, limit=limit, offset=offset)
    return Page[IndustryOut](data=[IndustryOut(**r) for r in rows], count=total)


@router.get(
    "/{industry}",
    response_model=IndustryOut,
    summary="One industry",
    description="The industry and the measures naming it, with evidence.",
    responses={404: {"description": "Unknown industry; suggestions in the body."}},
)
def get_industry(store: Store, industry: IndId) -> IndustryOut:
    return IndustryOut(**reads.get_industry(store, service.industry_id(store, industry)))


@router.get(
    "/{industry}/departments",
    response_model=Page[DepartmentOut],
    summary="Departments working on an industry",
    description=(
        "Departments with a role on the measures that name the industry, each with those "
        "measures and evidence. `GET /industries/floriculture/departments?role=lead` answers "
        "'which bureaus co-lead the floriculture cluster'."
    ),
)
def industry_departments(
    store: Store,
    industry: IndId,
    role: Annotated[Literal["lead", "support", "responsible", "any"], Query()] = "any",
) -> Page[DepartmentOut]:
    rows = reads.industry_departments(store, service.industry_id(store, industry), role)
    return Page[DepartmentOut](data=[DepartmentOut(**r) for r in rows], count=len(rows))

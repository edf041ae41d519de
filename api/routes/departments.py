"""Departments: who leads, supports, is responsible for what, and who works with whom."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from api import service
from api.deps import get_store
from api.models import DepartmentDetail, DepartmentOut, Page, Partner
from graph import reads
from graph.store import GraphStore

router = APIRouter(prefix="/departments", tags=["departments"])
Store = Annotated[GraphStore, Depends(get_store)]
Role = Literal["lead", "support", "responsible", "any"]
DeptId = Annotated[str, Path(description="Id, name, alias or English name.", examples=["市科技局"])]


@router.get(
    "",
    response_model=Page[DepartmentOut],
    summary="List departments",
    description="Departments holding a role on some measure, with how many; filter by name, role and industry.",
)
def list_departments(
    store: Store,
    q: Annotated[str | None, Query(description="Part of a name (Chinese or English).")] = None,
    role: Annotated[Role, Query(description="Only departments with this role.")] = "any",
    industry: Annotated[
        str | None, Query(description="Industry id, name or alias.", examples=["floriculture"])
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[DepartmentOut]:
    ind = service.industry_id(store, industry) if industry else None
    rows, total = reads.list_departments(
        store, q=q, role=role, industry=ind, limit=limit, offset=offset
    )
    return Page[DepartmentOut](data=[DepartmentOut(**r) for r in rows], count=total)


@router.get(
    "/{dept}",
    response_model=DepartmentDetail,
    summary="One department",
    description="The measures it leads, supports or is responsible for, each with evidence, and its partners.",
    responses={404: {"description": "Unknown department; suggestions in the body."}},
)
def get_department(store: Store, dept: DeptId) -> DepartmentDetail:
    return DepartmentDetail(**reads.get_department(store, service.department_id(store, dept)))


@router.get(
    "/{dept}/partners",
    response_model=list[Partner],
    summary="Partner departments",
    description="Departments sharing measures with this one, weighted by count and role pair.",
)
def partners(store: Store, dept: DeptId) -> list[Partner]:
    return [
        Partner(**p) for p in reads.department_partners(store, service.department_id(store, dept))
    ]

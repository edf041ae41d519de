"""Indicators: what targets and results measure, across documents and years."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api import service
from api.deps import get_store
from api.models import IndicatorDetail, IndicatorOut, Page
from graph import reads
from graph.store import GraphStore

router = APIRouter(prefix="/indicators", tags=["indicators"])
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "",
    response_model=Page[IndicatorOut],
    summary="List indicators",
    description=(
        "What targets and results measure, with how many figures and documents track each; "
        "`?min_documents=2` lists those that documents share (where progress can be read)."
    ),
)
def list_indicators(
    store: Store,
    q: Annotated[
        str | None, Query(description="Text in the name, English name or id.", examples=["GDP"])
    ] = None,
    min_documents: Annotated[int, Query(ge=1, le=1000)] = 1,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[IndicatorOut]:
    rows, total = reads.list_indicators(
        store, q=q, min_documents=min_documents, limit=limit, offset=offset
    )
    return Page[IndicatorOut](data=[IndicatorOut(**r) for r in rows], count=total)


@router.get(
    "/{indicator:path}",
    response_model=IndicatorDetail,
    summary="One indicator over time",
    description=(
        "Every target and reported result tracking the indicator, by year, with evidence. "
        "Accepts the id or any metric naming it (`GDP`, `地区生产总值增长`, `规上工业增加值`)."
    ),
    responses={404: {"description": "Unknown indicator; suggestions in the body."}},
)
def get_indicator(
    store: Store,
    indicator: Annotated[str, Path(description="Id or a metric.", examples=["gdp"])],
) -> IndicatorDetail:
    return IndicatorDetail(**reads.get_indicator(store, service.indicator_id(store, indicator)))

"""Search, neighbourhoods and the read-only Cypher console."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api import service
from api.deps import get_settings, get_store
from api.models import CypherIn, CypherOut, GraphOut, Page, SearchHit
from graph import reads
from graph.config import Settings
from graph.store import GraphStore

router = APIRouter(tags=["explore"])
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "/search",
    response_model=Page[SearchHit],
    summary="Search every entity",
    description="Chinese or English, alias-aware: 花卉, 现代花卉 and floriculture find the same industry; 市发改局 finds 市发展和改革局.",
)
def search(
    store: Store,
    q: Annotated[str, Query(min_length=1, max_length=100, examples=["花卉"])],
    limit: Annotated[int, Query(ge=1, le=100, description="Most hits per entity type.")] = 20,
) -> Page[SearchHit]:
    hits = service.search(store, q, limit)
    return Page[SearchHit](data=[SearchHit(**h) for h in hits], count=len(hits))


@router.get(
    "/graph/neighborhood",
    response_model=GraphOut,
    summary="A node's neighbourhood",
    description="Nodes and edges within `depth` hops of the node with this id, for any client.",
)
def neighborhood(
    store: Store,
    id: Annotated[
        str,
        Query(
            description="A node id (industry slug, department id, measure id …).",
            examples=["floriculture"],
        ),
    ],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=2000, description="Most paths.")] = 200,
) -> GraphOut:
    return GraphOut(**reads.neighborhood(store, id, depth, limit))


@router.post(
    "/cypher",
    response_model=CypherOut,
    summary="Run read-only Cypher",
    description=(
        "Runs one statement read-only, enforced by the database (GRAPH.RO_QUERY on FalkorDB, "
        "a read transaction on Neo4j), with the time limit and row cap of the settings. "
        "400 on syntax errors, 403 on writes, 408 on time-outs."
    ),
    responses={
        400: {"description": "Invalid Cypher."},
        403: {"description": "A write was refused."},
        408: {"description": "Time limit reached."},
    },
)
def cypher(
    body: CypherIn, store: Store, settings: Annotated[Settings, Depends(get_settings)]
) -> CypherOut:
    return CypherOut(**service.run_cypher(store, body.query, body.parameters, settings))

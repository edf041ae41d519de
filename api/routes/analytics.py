"""Network analytics of the department collaboration network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from api.deps import get_store
from api.models import GraphOut
from graph import analytics
from graph.store import GraphStore

router = APIRouter(prefix="/analytics", tags=["analytics"])
CENTRALITY_EXAMPLE = [
    {
        "id": "青州市发展和改革局",
        "name": "市发展和改革局",
        "degree": 18,
        "weighted_degree": 31,
        "betweenness": 0.34,
        "eigenvector": 0.49,
    }
]
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "/centrality",
    responses={200: {"content": {"application/json": {"example": CENTRALITY_EXAMPLE}}}},
    summary="Department centrality",
    description="Degree, weighted degree (shared measures), betweenness and eigenvector centrality "
    "of each department in the collaboration network.",
)
def centrality(store: Store) -> list[dict[str, Any]]:
    return analytics.centrality(analytics.collaboration_graph(store))


@router.get(
    "/communities",
    responses={
        200: {
            "content": {"application/json": {"example": [["青州市科技局", "青州市教育和体育局"]]}}
        }
    },
    summary="Communities of departments",
    description="Louvain communities of the collaboration network (seed 42), largest first.",
)
def communities(store: Store) -> list[list[str]]:
    return analytics.communities(analytics.collaboration_graph(store))


@router.get(
    "/collaboration",
    response_model=GraphOut,
    summary="The collaboration network",
    description="Departments joined by the measures they share; `weight` is the number of shared measures.",
)
def collaboration(store: Store) -> GraphOut:
    g = analytics.collaboration_graph(store)
    nodes = [
        {"id": n, "key": n, "labels": ["Department"], "properties": d}
        for n, d in g.nodes(data=True)
    ]
    edges = [
        {"id": f"{a}|{b}", "type": "COLLABORATES", "source": a, "target": b, "properties": d}
        for a, b, d in g.edges(data=True)
    ]
    return GraphOut(nodes=nodes, edges=edges)

"""Network analytics with networkx, on graphs built from the store.

* :func:`collaboration_graph` — departments joined by the measures they share
  (edge weight = shared measures; ``roles`` counts role pairs);
* :func:`centrality` — degree, weighted degree, betweenness, eigenvector;
* :func:`communities` — Louvain communities of the collaboration network;
* :func:`department_industry_graph` — the department × industry bipartite graph
  and its projection onto departments;
* :func:`full_graph` and :func:`write_export` — the whole graph for Gephi and others.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from graph import queries
from graph.store import GraphStore

BIG = 1_000_000


def collaboration_graph(store: GraphStore) -> nx.Graph:
    g: nx.Graph = nx.Graph()
    for r in store.read(queries.DEPARTMENTS_WITH_ROLES, row_cap=BIG).records():
        g.add_node(r["id"], name=r["name"], name_en=r["name_en"] or "", kind=r["kind"] or "")
    for r in store.read(queries.COLLABORATION_PAIRS, row_cap=BIG).records():
        a, b = r["a"], r["b"]
        if not g.has_edge(a, b):
            g.add_edge(a, b, weight=0, measures=[])
        data = g.edges[a, b]
        if r["measure"] not in data["measures"]:
            data["measures"].append(r["measure"])
            data["weight"] = len(data["measures"])
    return g


def centrality(g: nx.Graph) -> list[dict[str, Any]]:
    """One row per node, sorted by weighted degree."""
    if g.number_of_nodes() == 0:
        return []
    betweenness = nx.betweenness_centrality(g, weight=None)
    try:
        eigen = nx.eigenvector_centrality(g, weight="weight", max_iter=2000)
    except nx.PowerIterationFailedConvergence:
        eigen = nx.eigenvector_centrality_numpy(g, weight="weight")
    rows = []
    for n, data in g.nodes(data=True):
        rows.append(
            {
                "id": n,
                "name": data.get("name", n),
                "degree": g.degree(n),
                "weighted_degree": g.degree(n, weight="weight"),
                "betweenness": round(betweenness[n], 6),
                "eigenvector": round(eigen[n], 6),
            }
        )
    return sorted(rows, key=lambda r: (-r["weighted_degree"], r["id"]))


def communities(g: nx.Graph, seed: int = 42) -> list[list[str]]:
    """Louvain communities (largest first); deterministic for a given seed."""
    if g.number_of_edges() == 0:
        return [[n] for n in sorted(g.nodes)]
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def department_industry_graph(store: GraphStore) -> nx.Graph:
    """Bipartite: departments (bipartite=0) and industries (bipartite=1), weighted by measures."""
    g: nx.Graph = nx.Graph()
    for r in store.read(queries.DEPARTMENT_INDUSTRY, row_cap=BIG).records():
        g.add_node(r["department"], bipartite=0, name=r["department_name"])
        g.add_node(r["industry"], bipartite=1, name=r["industry_name"])
        g.add_edge(r["department"], r["industry"], weight=int(r["measures"]))
    return g


def department_projection(b: nx.Graph) -> nx.Graph:
    """Departments joined by the industries they share (weight = shared industries)."""
    depts = [n for n, d in b.nodes(data=True) if d.get("bipartite") == 0]
    return nx.bipartite.weighted_projected_graph(b, depts)


def full_graph(store: GraphStore) -> nx.MultiDiGraph:
    """Every node and relationship (properties without the document texts)."""
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    res = store.read(queries.ALL_NODES, row_cap=BIG)
    for n in res.nodes.values():
        props = {
            k: v for k, v in n.properties.items() if k not in ("text", "gen", "key", "pending")
        }
        g.add_node(str(n.id), label=n.labels[0] if n.labels else "", **_flat(props))
    res = store.read(queries.ALL_EDGES, row_cap=BIG)
    for e in res.edges.values():
        props = {k: v for k, v in e.properties.items() if k not in ("gen",)}
        g.add_edge(str(e.src), str(e.dst), key=str(e.id), type=e.type, **_flat(props))
    return g


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    """GraphML and GEXF take scalars only: lists become JSON strings, None is dropped."""
    out: dict[str, Any] = {}
    for k, v in props.items():
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
    return out


def write_export(g: nx.MultiDiGraph, fmt: str, path: Path) -> None:
    if fmt == "graphml":
        nx.write_graphml(g, path)
    elif fmt == "gexf":
        nx.write_gexf(g, path)
    elif fmt == "json":
        path.write_text(
            json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    else:
        raise ValueError(f"unknown export format {fmt!r}: graphml, gexf or json")

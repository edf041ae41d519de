"""Collaboration network and analytics on the samples graph, against the gold."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph import analytics
from graph.store import GraphStore
from tests.conftest import load_gold


def gold_pairs() -> dict[frozenset[str], int]:
    gold = load_gold("qingzhou-county-economy-action-plan-2023-2025.json")
    pairs: dict[frozenset[str], int] = {}
    for m in gold["measures"]:
        people = sorted({d for r in ("lead", "support", "responsible") for d in m[r]})
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                key = frozenset((a, b))
                pairs[key] = pairs.get(key, 0) + 1
    return pairs


def test_collaboration_weights_match_gold(samples_store: GraphStore) -> None:
    g = analytics.collaboration_graph(samples_store)
    names = nx.get_node_attributes(g, "name")
    got = {frozenset((names[a], names[b])): d["weight"] for a, b, d in g.edges(data=True)}
    assert got == gold_pairs()


def test_centrality_and_communities(samples_store: GraphStore) -> None:
    g = analytics.collaboration_graph(samples_store)
    rows = analytics.centrality(g)
    assert len(rows) == g.number_of_nodes()
    weighted: dict[str, int] = {}
    for pair, w in gold_pairs().items():
        for name in pair:
            weighted[name] = weighted.get(name, 0) + w
    top = rows[0]
    assert top["weighted_degree"] == max(weighted.values())
    assert all(0 <= r["betweenness"] <= 1 for r in rows)
    comms = analytics.communities(g)
    assert sorted(n for c in comms for n in c) == sorted(g.nodes)  # a partition
    assert analytics.communities(g) == comms  # deterministic


def test_bipartite_projection(samples_store: GraphStore) -> None:
    b = analytics.department_industry_graph(samples_store)
    assert nx.is_bipartite(b)
    p = analytics.department_projection(b)
    assert "青州市花卉中心" in p and p.has_edge("青州市花卉中心", "青州市农业农村局")


def test_exports_open_again(samples_store: GraphStore, tmp_path: Path) -> None:
    g = analytics.full_graph(samples_store)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{fmt}"
        analytics.write_export(g, fmt, path)
        back = reader(path)
        assert back.number_of_nodes() == g.number_of_nodes()
        assert back.number_of_edges() == g.number_of_edges()
    analytics.write_export(g, "json", tmp_path / "g.json")
    assert (tmp_path / "g.json").stat().st_size > 1000

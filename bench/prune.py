"""How long a prune of the shared nodes takes as the graph grows, on the embedded server.

    .venv/bin/python bench/prune.py [--sizes 10000 100000] [--repeat 5]

Starts its own embedded FalkorDB in a temporary folder. For each size N it writes N/10
Department and N Measure nodes, N LEADS relationships (every department used) and one live
Lock, then times ``graph.loader.prune_orphans`` — which counts the live locks by a scan of
all nodes before each label's delete (``queries.delete_orphans``) — with the lock held (it
deletes nothing) and after it is released (it deletes the one orphan written for it). Prints
a markdown table of the median seconds of each.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

from _graph import throwaway_graph

from graph import queries
from graph.loader import acquire_lock, prune_orphans, release_lock
from graph.schema import Label, RelType
from graph.store import GraphStore


def _graph_of(store: GraphStore, n: int) -> None:
    """N/10 departments leading N measures, and nothing unused."""
    store.clear()
    store.ensure_schema()
    deps = [{"key": f"d{i}", "props": {"name": f"局{i}"}} for i in range(max(1, n // 10))]
    meas = [
        {"key": f"m{i}@g", "props": {"id": f"m{i}", "doc_id": "b", "gen": "g"}} for i in range(n)
    ]
    store.write_batch(queries.merge_nodes(Label.DEPARTMENT), deps)
    store.write_batch(queries.merge_nodes(Label.MEASURE), meas)
    rows = [
        {"src": f"d{i % len(deps)}", "dst": f"m{i}@g", "props": {"gen": "g", "doc_id": "b"}}
        for i in range(n)
    ]
    store.write_batch(queries.merge_edges(RelType.LEADS, Label.DEPARTMENT, Label.MEASURE), rows)


def _timed(store: GraphStore) -> tuple[float, int]:
    t = time.perf_counter()
    removed = prune_orphans(store)
    return time.perf_counter() - t, removed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with throwaway_graph(graph_name="bench") as (_, _, store):
        print(
            f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
        )
        print()
        print("| measures | nodes | prune, a load in progress (s) | prune, none (s) |")
        print("|---:|---:|---:|---:|")
        orphan = [{"key": "unused", "props": {"name": "unused"}}]
        for n in args.sizes:
            _graph_of(store, n)
            held, free = [], []
            for _ in range(args.repeat):
                acquire_lock(store, "doc", "bench", ttl_s=600, wait_s=0)
                store.write_batch(queries.merge_nodes(Label.DEPARTMENT), orphan)
                dt, removed = _timed(store)
                assert removed == 0
                held.append(dt)
                release_lock(store, "doc", "bench")
                dt, removed = _timed(store)
                assert removed == 1
                free.append(dt)
            nodes = store.read("MATCH (x) RETURN count(x) AS n").scalar()
            print(
                f"| {n:,} | {nodes:,} | {statistics.median(held):.3f} | "
                f"{statistics.median(free):.3f} |"
            )


if __name__ == "__main__":
    main()

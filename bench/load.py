"""Batched writes (UNWIND $rows … MERGE) against one query per row, on the embedded server.

    .venv/bin/python bench/load.py [--sizes 10000 100000] [--batch 2000]

Starts its own embedded FalkorDB in a temporary folder. For each size N it
creates N/10 Department and N Measure nodes, then N LEADS relationships, once
with batched UNWIND statements and once with one statement per row, and
prints rows/s of each and their ratio (markdown table on stdout).
"""

from __future__ import annotations

import argparse
import platform
import time

from _graph import throwaway_graph

from graph import queries
from graph.schema import Label, RelType


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()
    with throwaway_graph(graph_name="bench", batch_size=args.batch) as (_, _, store):
        print(
            f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
        )
        print()
        print("| relationships | batched rows/s | per-row rows/s | ratio |")
        print("|---:|---:|---:|---:|")
        for n in args.sizes:
            results = {}
            for mode in ("batched", "per-row"):
                store.clear()
                store.ensure_schema()
                deps = [
                    {"key": f"d{i}", "props": {"name": f"局{i}"}} for i in range(max(1, n // 10))
                ]
                meas = [
                    {"key": f"m{i}@g", "props": {"id": f"m{i}", "doc_id": "b", "gen": "g"}}
                    for i in range(n)
                ]
                store.write_batch(queries.merge_nodes(Label.DEPARTMENT), deps)
                store.write_batch(queries.merge_nodes(Label.MEASURE), meas)
                rows = [
                    {
                        "src": f"d{i % len(deps)}",
                        "dst": f"m{i}@g",
                        "props": {"gen": "g", "doc_id": "b", "surface": "局"},
                    }
                    for i in range(n)
                ]
                q = queries.merge_edges(RelType.LEADS, Label.DEPARTMENT, Label.MEASURE)
                t = time.perf_counter()
                if mode == "batched":
                    store.write_batch(q, rows)
                else:
                    for row in rows:
                        store.write(q, {"rows": [row]})
                dt = time.perf_counter() - t
                assert store.read(queries.count_rel(RelType.LEADS)).scalar() == n
                results[mode] = n / dt
            print(
                f"| {n:,} | {results['batched']:,.0f} | {results['per-row']:,.0f} | "
                f"{results['batched'] / results['per-row']:.1f}× |"
            )


if __name__ == "__main__":
    main()

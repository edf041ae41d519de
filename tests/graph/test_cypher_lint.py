"""Every Cypher statement of graph/ passes Neo4j's own linter.

The statements are collected from graph.queries (constants and builders,
called with every label and relationship type they accept) and from the
Neo4j DDL in graph.schema. Undeclared parameters are expected (the linter has
no parameter values) and are the only diagnostics allowed.
"""

from __future__ import annotations

import inspect
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph import queries
from graph.schema import Label, RelType, schema_statements

ROOT = Path(__file__).resolve().parents[2]
LINTER = ROOT / "tools" / "lint_cypher.mjs"


def _choices(annotation: str) -> list[object]:
    """Values to call a builder with, by the annotation of its parameter."""
    if annotation.startswith("tuple[RelType"):
        return [queries.ROLE_TYPES, (RelType.LEADS,)]
    if annotation == "bool":
        return [False, True]
    if annotation == "int":
        return [1, 2, 3]
    if "RelType" in annotation:
        return list(RelType)
    if "Label" in annotation:
        return list(Label)
    raise AssertionError(f"no test values for a builder parameter of type {annotation}")


def collect_statements() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for name, value in vars(queries).items():
        if name.startswith("_"):
            continue
        if isinstance(value, str) and name.isupper():
            out.append({"name": name, "query": value})
        elif inspect.isfunction(value) and value.__module__ == queries.__name__:
            params = list(inspect.signature(value).parameters.values())
            choices = [_choices(str(p.annotation)) for p in params]
            # vary one argument at a time: every label and type appears, without the product
            combos = {tuple(c[0] for c in choices)}
            for i, options in enumerate(choices):
                for option in options:
                    combo = [c[0] for c in choices]
                    combo[i] = option
                    combos.add(tuple(combo))
            for combo in sorted(combos, key=str):
                out.append(
                    {"name": f"{name}{tuple(str(c) for c in combo)}", "query": value(*combo)}
                )
    for i, stmt in enumerate(schema_statements("neo4j")):
        out.append({"name": f"schema[{i}]", "query": stmt})
    return out


def test_statements_were_found() -> None:
    names = {s["name"].split("(")[0] for s in collect_statements()}
    assert {"merge_nodes", "merge_edges", "COMMIT_DOCUMENT", "PING"} <= names


def test_every_statement_passes_neo4j_linter() -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "@neo4j-cypher").exists():
        pytest.fail("node and node_modules/@neo4j-cypher are needed: run `make test`")
    statements = collect_statements()
    proc = subprocess.run(
        [node, str(LINTER)],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    diagnostics = json.loads(proc.stdout)
    errors = [
        d for d in diagnostics if d["severity"] == 1 and not d["message"].startswith("Parameter $")
    ]
    assert errors == [], "\n".join(f"{e['name']}: {e['message']}" for e in errors[:20])

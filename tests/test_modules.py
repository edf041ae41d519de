"""Checks on the code itself, across graph/, ingest/ and api/."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for pkg in ("graph", "ingest", "api") for p in (ROOT / pkg).rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> Counter[str]:
    """The names a module's top level binds: assignments, functions and classes."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    """A pattern defined twice in one module shadows the first everywhere, the uses written
    for it included (normalise's card field pattern was shadowed so; a second _LEVEL_OPENING
    in roles, session 64, stripped every county's 县 before it was caught)."""
    names = _bound_at_top(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, k in names.items() if k > 1] == []

"""The curated lexicons are data: each id names one entry and each name one id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LEXICONS = Path(__file__).resolve().parents[2] / "ingest" / "nlp" / "lexicons"


@pytest.mark.parametrize("name", ["departments", "industries", "indicators"])
def test_ids_and_names_are_unique(name: str) -> None:
    rows = [
        json.loads(line) for line in (LEXICONS / f"{name}.jsonl").read_text("utf-8").splitlines()
    ]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    owner: dict[str, str] = {}
    clashes = []
    for r in rows:
        for term in {r["name"], *r.get("aliases", [])}:
            if owner.setdefault(term, r["id"]) != r["id"]:
                clashes.append((term, owner[term], r["id"]))
    assert clashes == []
    assert all(r.get("name_en") for r in rows)


def test_department_kinds_are_documented() -> None:
    rows = [
        json.loads(line)
        for line in (LEXICONS / "departments.jsonl").read_text("utf-8").splitlines()
    ]
    schema = (LEXICONS.parents[2] / "docs" / "schema.md").read_text("utf-8")
    for kind in {r["kind"] for r in rows}:
        assert kind in schema, kind

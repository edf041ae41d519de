"""The curated lexicons are data: each id names one entry and each name one id."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.nlp.lexicons import longest_first_pattern

LEXICONS = Path(__file__).resolve().parents[2] / "ingest" / "nlp" / "lexicons"


@pytest.mark.parametrize("name", ["departments", "industries", "indicators", "organisations"])
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


_ALPHABET = "ab.*新能源汽车"


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text(_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(_ALPHABET, max_size=40),
)
def test_longest_first_pattern_matches_as_the_terms_joined_longest_first(
    terms: set[str], text: str
) -> None:
    joined = re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))))
    trie = re.compile(longest_first_pattern(terms))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in joined.finditer(text)]


def test_longest_first_pattern_prefers_the_longer_term() -> None:
    rx = re.compile(longest_first_pattern(["新能源", "新能源汽车", "汽车"]))
    assert rx.findall("发展新能源汽车和新能源") == ["新能源汽车", "新能源"]

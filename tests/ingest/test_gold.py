"""Extraction on the samples, scored against ../shared/gold through a real graph.

The bars are those of the ingest issue, except ``reported`` (see
docs/extraction.md: the gold leaves out figures of paragraphs it calls
complete that no rule separates from the ones it keeps).
"""

from __future__ import annotations

from typing import Any

import pytest

from graph.store import GraphStore
from ingest.evaluate import evaluate
from tests.conftest import GOLD, SAMPLES


@pytest.fixture(scope="module")
def scores(session_store: GraphStore) -> dict[str, Any]:
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD}")
    session_store.clear()
    session_store.ensure_schema()
    return evaluate(GOLD, SAMPLES, session_store)


ACTION = "qingzhou-county-economy-action-plan-2023-2025.txt"
ANNUAL = "qingzhou-2024-development-plan.txt"


def test_roles_perfect_on_action_plan(scores: dict[str, Any]) -> None:
    doc = scores["documents"][ACTION]
    assert doc["roles"]["f1"] == 1.0, (doc["roles"]["misses"], doc["roles"]["false_hits"])
    assert doc["roles"]["tp"] > 80  # the gold holds 85 role triples
    assert doc["departments"]["f1"] == 1.0


def test_targets_on_annual_plan(scores: dict[str, Any]) -> None:
    t = scores["documents"][ANNUAL]["targets"]
    assert t["f1"] >= 0.9, (t["misses"], t["false_hits"])
    assert t["comparator_accuracy"] >= 0.9 and t["year_accuracy"] >= 0.9
    # the metric named as the gold names it (exact words); 0.90 and 0.86 on 2026-11-22
    assert t["metric_accuracy"] >= 0.85


def test_reported_on_annual_plan(scores: dict[str, Any]) -> None:
    r = scores["documents"][ANNUAL]["reported"]
    assert r["recall"] == 1.0, r["misses"]
    assert r["f1"] >= 0.88, (r["misses"], r["false_hits"])
    assert r["comparator_accuracy"] >= 0.9
    assert r["metric_accuracy"] >= 0.8


def test_industries(scores: dict[str, Any]) -> None:
    assert scores["industries"]["f1"] >= 0.8, scores["industries"]["false_hits"]


def test_action_plan_targets(scores: dict[str, Any]) -> None:
    t = scores["documents"][ACTION]["targets"]
    assert t["f1"] >= 0.9 and t["year_accuracy"] >= 0.9


def test_indicator_links_across_documents(scores: dict[str, Any]) -> None:
    links = scores["links"]
    # no two figures the gold keeps apart track one indicator
    assert links["precision"] == 1.0, links["false_hits"]
    # 9 of 13 gold pairs on 2026-11-22; the rest need local knowledge (地产/地企互采)
    assert links["recall"] >= 0.65, links["misses"]

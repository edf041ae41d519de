"""docs/cypher-cookbook.md: every query runs on the samples graph, answers what the gold
implies (computed here from ../shared/gold), and passes Neo4j's linter."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.store import GraphStore
from tests.conftest import load_gold

ROOT = Path(__file__).resolve().parents[2]
COOKBOOK = ROOT / "docs" / "cypher-cookbook.md"
ACTION = "qingzhou-county-economy-action-plan-2023-2025"
ANNUAL = "qingzhou-2024-development-plan"
ROLES = ("lead", "support", "responsible")


def recipes() -> dict[str, str]:
    text = COOKBOOK.read_text(encoding="utf-8")
    found = re.findall(r"<!-- id: ([\w-]+) -->\s*```cypher\n(.*?)```", text, re.S)
    return {rid: q.strip() for rid, q in found}


def action() -> dict[str, Any]:
    return load_gold(f"{ACTION}.json")


def annual() -> dict[str, Any]:
    return load_gold(f"{ANNUAL}.json")


def everyone(m: dict[str, Any]) -> set[str]:
    return {d for r in ROLES for d in m[r]}


def check_floriculture_leads(rows: list[dict[str, Any]]) -> None:
    expected: dict[str, set[str]] = {}
    for m in action()["measures"]:
        if "现代花卉" in m["industries"]:
            for d in m["lead"]:
                expected.setdefault(d, set()).add(m["path"])
    assert {r["department"]: set(r["measures"]) for r in rows} == expected


def check_science_bureau_leads(rows: list[dict[str, Any]]) -> None:
    expected = {m["path"] for m in action()["measures"] if "市科技局" in m["lead"]}
    assert {r["path"] for r in rows} == expected
    assert all("市科技局" in r["evidence"] for r in rows)


def check_most_leads(rows: list[dict[str, Any]]) -> None:
    counts = Counter(d for m in action()["measures"] for d in m["lead"])
    assert rows[0]["measures"] == max(counts.values())
    for r in rows:
        assert r["measures"] == counts[r["department"]], r


def check_pairs(rows: list[dict[str, Any]]) -> None:
    pairs: Counter[frozenset[str]] = Counter()
    for m in action()["measures"]:
        people = sorted(everyone(m))
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                pairs[frozenset((a, b))] += 1
    assert rows[0]["shared"] == max(pairs.values())
    for r in rows:
        assert r["shared"] == pairs[frozenset((r["first"], r["second"]))], r


def check_targets_2025(rows: list[dict[str, Any]]) -> None:
    expected = sorted(
        (m["path"], float(t["value"]), t["unit"], tuple(sorted(m["lead"])))
        for m in action()["measures"]
        for t in m["targets"]
        if t["year"] == 2025
    )
    got = sorted((r["path"], r["value"], r["unit"], tuple(sorted(r["leads"]))) for r in rows)
    assert got == expected


def check_no_lead(rows: list[dict[str, Any]]) -> None:
    listed = {m["path"] for m in action()["measures"]}
    expected = {m["path"] for m in action()["measures"] if not m["lead"]}
    assert {r["path"] for r in rows} & listed == expected


def check_industry_breadth(rows: list[dict[str, Any]]) -> None:
    depts: dict[str, set[str]] = {}
    for m in action()["measures"]:
        for ind in m["industries"]:
            depts.setdefault(ind, set()).update(everyone(m))
    by_name = {r["industry"]: r["departments"] for r in rows}
    for name in ("现代花卉", "文化旅游"):
        assert by_name[name] == len(depts[name]), name


def check_dept_to_industry(rows: list[dict[str, Any]]) -> None:
    rel = {"lead": "LEADS", "support": "SUPPORTS", "responsible": "RESPONSIBLE_FOR"}
    expected = {
        (m["path"], rel[r])
        for m in action()["measures"]
        if "现代花卉" in m["industries"]
        for r in ROLES
        if "市花卉中心" in m[r]
    }
    assert {(r["path"], r["role"]) for r in rows} == expected


def check_targets_by_unit_year(rows: list[dict[str, Any]]) -> None:
    expected = Counter(
        (t["unit"], t["year"])
        for g in (action(), annual())
        for m in g["measures"]
        for t in m["targets"]
    )
    assert {(r["unit"], r["year"]): r["targets"] for r in rows} == dict(expected)


def check_evidence(rows: list[dict[str, Any]], store: GraphStore) -> None:
    expected = sum(1 for m in action()["measures"] if "市科技局" in m["lead"])
    assert len(rows) == expected
    text = store.read("MATCH (d:Document {id: $id}) RETURN d.text AS t", {"id": ACTION}).scalar()
    for r in rows:
        assert text[r["start"] : r["end"]] == r["sentence"] and "市科技局" in r["sentence"]


def check_place_docs(rows: list[dict[str, Any]]) -> None:
    expected = {
        (annual()["title"], m["path"])
        for m in annual()["measures"]
        if "邵庄镇" in m.get("entities", {}).get("places", [])
    }
    assert expected and expected <= {(r["document"], r["path"]) for r in rows}


def check_supporters(rows: list[dict[str, Any]]) -> None:
    expected = Counter(
        s
        for m in action()["measures"]
        if "市工业和信息化局" in m["lead"]
        for s in set(m["support"])
    )
    assert {r["supporter"]: r["measures"] for r in rows} == dict(expected)


def check_crowded_measures(rows: list[dict[str, Any]]) -> None:
    sizes = {m["path"]: len(everyone(m)) for m in action()["measures"]}
    assert rows[0]["departments"] == max(sizes.values())
    for r in rows:
        assert r["departments"] == sizes[r["path"]], r


def check_floriculture_targets(rows: list[dict[str, Any]]) -> None:
    expected = sorted(
        (m["path"], float(t["value"]), t["unit"])
        for g in (action(), annual())
        for m in g["measures"]
        if "现代花卉" in m["industries"]
        for t in m["targets"]
    )
    assert sorted((r["path"], r["value"], r["unit"]) for r in rows) == expected


def check_results_2023(rows: list[dict[str, Any]]) -> None:
    got = {r["path"]: r for r in rows}
    for m in annual()["measures"]:
        if not m.get("reported"):
            continue
        gold_values = Counter(float(t["value"]) for t in m["reported"])
        values = Counter(float(v) for v in got[m["path"]]["values"])
        assert not gold_values - values, m["path"]  # every reported figure of the gold is there


def check_collectives(rows: list[dict[str, Any]]) -> None:
    rel = {"lead": "LEADS", "support": "SUPPORTS", "responsible": "RESPONSIBLE_FOR"}
    expected = {
        (d, rel[r], m["path"])
        for m in action()["measures"]
        for r in ROLES
        for d in m[r]
        if "有关" in d
    }
    assert {(r["reference"], r["role"], r["path"]) for r in rows} == expected


def check_lead_and_support(rows: list[dict[str, Any]]) -> None:
    leads = {d for m in action()["measures"] for d in m["lead"]}
    supports = {d for m in action()["measures"] for d in m["support"]}
    assert {r["department"] for r in rows} == leads & supports


def check_sections(rows: list[dict[str, Any]]) -> None:
    under_three = sum(1 for m in action()["measures"] if m["path"].startswith("三."))
    assert {r["section"]: r["measures"] for r in rows}["三"] == under_three


def check_annual_targets(rows: list[dict[str, Any]]) -> None:
    expected = sorted(
        (m["path"], float(t["value"]), t["unit"])
        for m in action()["measures"]
        for t in m["targets"]
        if t.get("period") == "annual"
    )
    assert sorted((r["path"], r["value"], r["unit"]) for r in rows) == expected


def check_progress(rows: list[dict[str, Any]]) -> None:
    links = load_gold("indicator-links.json")["links"]
    pairs = {
        (float(link["target"]["value"]), link["target"]["unit"], float(o["value"]), o["unit"])
        for link in links
        if link["target"]
        for o in link["observations"]
    }
    found = {(r["target"], r["target_unit"], r["other"], r["other_unit"]) for r in rows}
    assert found & pairs, "no indicator link of the gold was found"
    assert all(r["target_document"] != r["other_document"] for r in rows)


def check_responsible(rows: list[dict[str, Any]]) -> None:
    expected = {m["path"]: set(m["responsible"]) for m in action()["measures"] if m["responsible"]}
    assert {r["path"]: set(r["responsible"]) for r in rows} == expected


CHECKS: dict[str, Callable[..., None]] = {
    name.removeprefix("check_").replace("_", "-"): fn
    for name, fn in dict(globals()).items()
    if name.startswith("check_")
}


def test_cookbook_has_twenty_questions_each_checked() -> None:
    found = recipes()
    assert len(found) >= 20
    assert set(found) == set(CHECKS)


@pytest.mark.parametrize("rid", sorted(recipes()))
def test_recipe_answers_match_gold(rid: str, samples_store: GraphStore) -> None:
    res = samples_store.read(recipes()[rid], row_cap=10_000)
    rows = res.records()
    assert rows, f"{rid} returned nothing"
    check = CHECKS[rid]
    if check.__code__.co_argcount == 2:
        check(rows, samples_store)
    else:
        check(rows)


def test_recipes_pass_neo4j_linter() -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "@neo4j-cypher").exists():
        pytest.fail("node and node_modules/@neo4j-cypher are needed: run `make test`")
    statements = [{"name": k, "query": v} for k, v in recipes().items()]
    proc = subprocess.run(
        [node, str(ROOT / "tools" / "lint_cypher.mjs")],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    errors = [d for d in json.loads(proc.stdout) if d["severity"] == 1]
    assert errors == [], errors

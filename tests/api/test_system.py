from fastapi.testclient import TestClient

from tests.conftest import load_gold


def test_health_names_backend(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["ok"] is True and r.json()["backend"] == "falkordb-embedded"


def test_stats_counts_after_samples(client: TestClient) -> None:
    r = client.get("/stats")
    assert r.status_code == 200
    body = r.json()
    assert body["labels"]["Document"] == 2
    for rel in (
        "PART_OF",
        "LEADS",
        "SUPPORTS",
        "RESPONSIBLE_FOR",
        "ADDRESSES",
        "SETS_TARGET",
        "REPORTS",
        "ISSUED_BY",
    ):
        assert body["relationships"][rel] > 0, rel
    gold = load_gold("qingzhou-county-economy-action-plan-2023-2025.json")
    gold_leads = sum(len(m["lead"]) for m in gold["measures"])
    assert body["relationships"]["LEADS"] == gold_leads  # the annual plan assigns no departments


def test_documents_and_tree(client: TestClient) -> None:
    r = client.get("/documents")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 2
    titles = {d["title"] for d in body["data"]}
    for name in (
        "qingzhou-county-economy-action-plan-2023-2025.json",
        "qingzhou-2024-development-plan.json",
    ):
        assert load_gold(name)["title"] in titles
    doc = client.get("/documents/qingzhou-county-economy-action-plan-2023-2025").json()
    gold_paths = {
        m["path"]
        for m in load_gold("qingzhou-county-economy-action-plan-2023-2025.json")["measures"]
    }
    assert gold_paths <= {u["path"] for u in doc["tree"]}


def test_errors_have_one_shape(client: TestClient) -> None:
    r = client.get("/documents/no-such-doc")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert set(r.json()) >= {"type", "title", "status", "detail"}
    r = client.get("/documents?limit=0")
    assert r.status_code == 422 and r.json()["status"] == 422


def test_highlighted_text(client: TestClient) -> None:
    from tests.conftest import load_gold

    r = client.get("/documents/qingzhou-county-economy-action-plan-2023-2025/text")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert (
        "<mark" in page and "ent-lead" in page and "ent-industry" in page and "ent-target" in page
    )
    assert "/industries/floriculture" in page
    gold = load_gold("qingzhou-county-economy-action-plan-2023-2025.json")
    for m in gold["measures"]:
        for dept in m["lead"]:
            assert f">{dept}<" in page, dept  # every lead department of the gold is marked
    assert "http://" not in page and "https://" not in page  # nothing leaves the server
    assert client.get("/documents/nope/text").status_code == 404


def test_analytics_endpoints(client: TestClient) -> None:
    rows = client.get("/analytics/centrality").json()
    assert rows and {"degree", "weighted_degree", "betweenness", "eigenvector"} <= set(rows[0])
    comms = client.get("/analytics/communities").json()
    collab = client.get("/analytics/collaboration").json()
    assert sorted(n for c in comms for n in c) == sorted(n["id"] for n in collab["nodes"])
    assert all(e["properties"]["weight"] >= 1 for e in collab["edges"])


def test_every_operation_is_documented_with_an_example(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def schema_has_example(ref: dict) -> bool:  # type: ignore[type-arg]
        name = (
            ref.get("$ref", "").split("/")[-1]
            or ref.get("items", {}).get("$ref", "").split("/")[-1]
        )
        target = schemas.get(name, {})
        return (
            "examples" in target
            or "example" in target
            or any("examples" in p for p in target.get("properties", {}).values())
        )

    missing = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            where = f"{method.upper()} {path}"
            if not op.get("summary") or not op.get("description"):
                missing.append(f"{where}: summary/description")
            examples = any(
                "examples" in p or "example" in p or "examples" in p.get("schema", {})
                for p in op.get("parameters", [])
            )
            body = op.get("requestBody", {}).get("content", {})
            examples |= any(schema_has_example(c.get("schema", {})) for c in body.values())
            ok = op.get("responses", {}).get("200", {}).get("content", {})
            examples |= any(
                "example" in c or "examples" in c or schema_has_example(c.get("schema", {}))
                for c in ok.values()
            )
            examples |= "Example:" in op.get("description", "") or "text/html" in ok
            if not examples:
                missing.append(f"{where}: example")
    assert missing == []

"""POST /cypher: reads only (enforced by the database), time limit, row cap, error statuses."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

WRITES = [
    "CREATE (n:Department {id: 'x'})",
    "MERGE (n:Department {id: 'x'}) RETURN n",
    "MATCH (d:Department) SET d.hacked = true",
    "MATCH (d:Department) DETACH DELETE d",
    "MATCH (d:Department) REMOVE d.name",
    "CREATE INDEX FOR (n:Place) ON (n.name)",
    "MATCH (m:Measure) WITH m LIMIT 1 CREATE (m)-[:LEADS]->(m)",
    "CALL db.idx.fulltext.createNodeIndex('Measure', 'title')",
]


def test_read_query_returns_columns_rows_and_graph(client: TestClient) -> None:
    r = client.post(
        "/cypher",
        json={
            "query": "MATCH (d:Department)-[r:LEADS]->(m:Measure) WHERE d.name = $name RETURN d, r, m",
            "parameters": {"name": "市科技局"},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["d", "r", "m"] and len(body["rows"]) >= 4
    assert body["nodes"] and body["edges"] and body["truncated"] is False


@pytest.mark.parametrize("query", WRITES)
def test_every_write_form_is_refused_and_graph_unchanged(client: TestClient, query: str) -> None:
    before = client.get("/stats").json()
    r = client.post("/cypher", json={"query": query})
    assert r.status_code in (403, 400), r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/stats").json() == before


def test_syntax_error_is_400_with_database_message(client: TestClient) -> None:
    r = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert r.status_code == 400
    assert r.json()["detail"]


def test_row_cap_reports_truncation(client: TestClient) -> None:
    r = client.post("/cypher", json={"query": "UNWIND range(1, 100000) AS i RETURN i"})
    assert r.status_code == 200
    body = r.json()
    assert body["truncated"] is True and len(body["rows"]) == client.app.state.settings.row_cap  # type: ignore[attr-defined]


def test_runaway_query_times_out_and_server_keeps_answering(client: TestClient) -> None:
    r = client.post("/cypher", json={"query": "MATCH (a), (b), (c) RETURN count(*) AS n"})
    assert r.status_code == 408, r.text
    assert client.get("/health").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "load   csv with headers from 'http://127.0.0.1:9/x.csv' AS row RETURN row",
        "LOAD /* hidden */ CSV FROM 'https://example.com/x.csv' AS row RETURN row",
    ],
)
def test_load_csv_is_refused(client: TestClient, query: str) -> None:
    r = client.post("/cypher", json={"query": query})
    assert r.status_code == 403, r.text
    assert "LOAD CSV" in r.json()["detail"]


def test_cors_is_off_by_default(client: TestClient) -> None:
    r = client.get("/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in r.headers}

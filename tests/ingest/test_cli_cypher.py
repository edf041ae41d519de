"""policykg cypher and policykg shell on the samples graph."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from graph.config import Settings, get_settings
from ingest.cli import app
from tests.conftest import load_gold

QUERY = (
    "MATCH (d:Department {name: $name})-[:LEADS]->(m:Measure) RETURN m.path AS path ORDER BY path"
)


@pytest.fixture
def runner(samples_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("POLICYKG_HOME", str(samples_settings.home))
    monkeypatch.setenv("POLICYKG_GRAPH_NAME", samples_settings.graph_name)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def expected_paths() -> list[str]:
    gold = load_gold("qingzhou-county-economy-action-plan-2023-2025.json")
    return sorted(m["path"] for m in gold["measures"] if "市科技局" in m["lead"])


def test_cypher_formats(runner: CliRunner) -> None:
    r = runner.invoke(app, ["cypher", QUERY, "--param", "name=市科技局", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [row[0] for row in json.loads(r.stdout)["rows"]] == expected_paths()
    r = runner.invoke(app, ["cypher", QUERY, "-p", "name=市科技局", "-f", "csv"])
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["path"] and [x[0] for x in rows[1:]] == expected_paths()
    r = runner.invoke(app, ["cypher", QUERY, "-p", "name=市科技局"])
    assert r.exit_code == 0 and f"{len(expected_paths())} row(s)" in r.stdout


def test_cypher_is_read_only_unless_write(runner: CliRunner) -> None:
    r = runner.invoke(app, ["cypher", "CREATE (p:Place {id: 'cli-test'})"])
    assert r.exit_code == 2 and "only reads" in r.output
    r = runner.invoke(app, ["cypher", "MATCH (n RETURN n"])
    assert r.exit_code == 2 and "error" in r.output.lower()
    r = runner.invoke(
        app, ["cypher", "--write", "MERGE (p:Place {id: 'cli-test'}) RETURN p.id AS id"]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["cypher", "--write", "MATCH (p:Place {id: 'cli-test'}) DELETE p"])
    assert r.exit_code == 0


def test_shell_multi_line_statements(runner: CliRunner) -> None:
    script = "MATCH (d:Department {name: '市科技局'})-[:LEADS]->(m:Measure)\nRETURN count(m) AS n;\nMATCH (n RETURN n;\n:quit\n"
    r = runner.invoke(app, ["shell"], input=script)
    assert r.exit_code == 0, r.output
    assert f"│ {len(expected_paths())} │" in r.output
    assert "error" in r.output.lower()  # the bad statement is reported, the shell goes on

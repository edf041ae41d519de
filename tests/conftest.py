"""Shared fixtures: a real embedded FalkorDB server started in a temporary folder.

Tests against Neo4j run when NEO4J_URI is set (read through the settings
object) and are skipped with a reason otherwise.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph import embedded
from graph.config import Settings
from graph.store import GraphStore, get_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
GOLD = ROOT.parent / "shared" / "gold"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name any thread a test left running that would keep the interpreter from exiting
    (a run that hangs after its last test says why)."""
    left = [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and not t.daemon and t.is_alive()
    ]
    if left:
        terminalreporter.write_line(f"threads left running at the end: {', '.join(left)}")


def make_settings(home: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"home": home, "graph_name": "test", "query_timeout_ms": 3000}
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("policykg-home"))


@pytest.fixture(scope="session")
def session_store(settings: Settings) -> Iterator[GraphStore]:
    store = get_store(settings)
    yield store
    store.close()
    embedded.stop(settings)


@pytest.fixture
def store(session_store: GraphStore) -> GraphStore:
    """An empty graph with the schema in place, on the session's embedded server."""
    session_store.clear()
    session_store.ensure_schema()
    return session_store


def _neo4j_store(settings: Settings) -> GraphStore:
    uri = settings.neo4j_test_uri
    if not uri:
        pytest.skip("NEO4J_URI is not set: the Neo4j backend tests need a Neo4j 5 server")
    return get_store(settings.model_copy(update={"graph_url": uri, "graph_name": "policykg"}))


@pytest.fixture(params=["falkordb-embedded", "neo4j"])
def any_store(request: pytest.FixtureRequest, session_store: GraphStore, settings: Settings):
    """The store contract is checked on every backend that is reachable."""
    if request.param == "neo4j":
        st = _neo4j_store(settings)
        request.addfinalizer(st.close)
    else:
        st = session_store
    st.clear()
    st.ensure_schema()
    return st


def load_gold(name: str) -> dict[str, Any]:
    path = GOLD / name
    if not path.exists():
        pytest.skip(f"gold annotations not found at {path} (they live in ../shared/gold)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def samples_settings(settings: Settings, session_store: GraphStore) -> Settings:
    """The session's embedded server, a graph of its own loaded once from the samples."""
    from graph.loader import load_document
    from ingest.extract import extract
    from ingest.readers import read_document

    s = settings.model_copy(update={"graph_name": "samples"})
    store = get_store(s)
    store.clear()
    store.ensure_schema()
    for path in sorted(SAMPLES.glob("*.txt")):
        load_document(store, extract(read_document(path)).records)
    store.close()
    return s


@pytest.fixture(scope="session")
def samples_store(samples_settings: Settings) -> Iterator[GraphStore]:
    store = get_store(samples_settings)
    yield store
    store.close()

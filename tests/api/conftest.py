from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.config import Settings
from graph.loader import load_document
from graph.store import GraphStore, get_store
from ingest.extract import extract
from ingest.readers import read_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="session")
def api_settings(settings: Settings, session_store: GraphStore) -> Settings:
    """The session's embedded server, a graph of its own, loaded from the samples once."""
    s = settings.model_copy(update={"graph_name": "api-test"})
    store = get_store(s)
    store.clear()
    store.ensure_schema()
    for path in sorted(SAMPLES.glob("*.txt")):
        load_document(store, extract(read_document(path)).records)
    store.close()
    return s


@pytest.fixture(scope="session")
def client(api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings)) as c:
        yield c

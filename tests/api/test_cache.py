"""The response cache: replays GET answers until any write through policykg changes the graph."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.cache import ResponseCache, VersionWatcher
from api.main import create_app
from graph import embedded
from graph.loader import load_document
from graph.store import get_store
from ingest.extract import extract
from ingest.readers import read_document
from tests.conftest import SAMPLES, make_settings

ACTION_PLAN = SAMPLES / "qingzhou-county-economy-action-plan-2023-2025.txt"
DEV_PLAN = SAMPLES / "qingzhou-2024-development-plan.txt"


def doc_ids(c: TestClient) -> set[str]:
    return {d["id"] for d in c.get("/documents").json()["data"]}


def test_writes_by_another_process_retire_cached_answers(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_cache_poll_ms=50)
    other = get_store(settings)  # what `policykg ingest` in another process would use
    try:
        load_document(other, extract(read_document(ACTION_PLAN)).records)
        with TestClient(create_app(settings)) as c:
            first = c.get("/documents")
            again = c.get("/documents")
            assert first.headers["x-cache"] == "miss" and again.headers["x-cache"] == "hit"
            assert again.json() == first.json()
            assert len(first.json()["data"]) == 1
            assert "x-cache" not in c.get("/health").headers  # liveness is never replayed

            load_document(other, extract(read_document(DEV_PLAN)).records)
            deadline = time.monotonic() + 2
            while len(doc_ids(c)) == 1 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(doc_ids(c)) == 2
    finally:
        other.close()
        embedded.stop(settings)


def test_an_upload_shows_in_the_uploaders_next_answer(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        api_key=SecretStr("k"),
        api_cache_poll_ms=60_000,  # the poll never helps
    )
    try:
        with TestClient(create_app(settings)) as c:
            assert doc_ids(c) == set() and c.get("/documents").headers["x-cache"] == "hit"
            files = {"files": ("plan.txt", ACTION_PLAN.read_bytes(), "text/plain")}
            r = c.post("/documents", files=files, headers={"X-API-Key": "k"})
            assert r.status_code == 200 and r.json()[0]["ok"] is True
            assert doc_ids(c) == {"plan"}
    finally:
        embedded.stop(settings)


def test_cache_off(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_cache_entries=0)
    try:
        with TestClient(create_app(settings)) as c:
            assert "x-cache" not in c.get("/documents").headers
            assert "x-cache" not in c.get("/documents").headers
    finally:
        embedded.stop(settings)


class _Version:
    """A data-version source whose version the test moves by hand."""

    def __init__(self) -> None:
        self.version = 0

    def data_version(self) -> str:
        return str(self.version)


def test_an_answer_computed_across_a_write_is_not_kept() -> None:
    source = _Version()
    watcher = VersionWatcher(60_000)
    watcher._store = source  # type: ignore[assignment]
    watcher.poll()
    calls = 0

    async def app(scope: Any, receive: Any, send: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:  # a write lands while the first answer is being computed
            source.version += 1
            watcher.poll()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": f"answer {calls}".encode()})

    cache = ResponseCache(app, entries=8, watcher=watcher)

    async def get() -> tuple[str, bytes]:
        sent: list[dict[str, Any]] = []

        async def send(m: dict[str, Any]) -> None:
            sent.append(m)

        scope = {"type": "http", "method": "GET", "path": "/x", "query_string": b""}
        await cache(scope, None, send)  # type: ignore[arg-type]
        headers = dict(sent[0]["headers"])
        return headers[b"x-cache"].decode(), sent[1]["body"]

    assert asyncio.run(get()) == ("miss", b"answer 1")  # not kept: the version moved
    assert asyncio.run(get()) == ("miss", b"answer 2")  # kept
    assert asyncio.run(get()) == ("hit", b"answer 2")
    source.version += 1
    watcher.poll()
    assert asyncio.run(get()) == ("miss", b"answer 3")

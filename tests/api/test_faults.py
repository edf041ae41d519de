"""Uploads need a key and respect limits; a dead graph gives 503 and recovery needs no restart."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.main import create_app
from graph import embedded
from tests.conftest import SAMPLES, make_settings
from tests.ingest.genre.ofd_writer import write_ofd
from tests.ingest.test_readers_markdown import MINERU
from tests.ingest.test_readers_ofd import PLAN as OFD_PLAN
from tests.ingest.test_readers_spreadsheets import task_workbook


def test_upload_needs_key_and_limits_size(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_key=SecretStr("s3cret"), upload_max_bytes=30_000)
    try:
        with TestClient(create_app(settings)) as c:
            sample = (SAMPLES / "qingzhou-county-economy-action-plan-2023-2025.txt").read_bytes()
            files = {"files": ("plan.txt", sample, "text/plain")}
            r = c.post("/documents", files=files)
            assert r.status_code == 401 and "X-API-Key" in r.json()["detail"]
            r = c.post("/documents", files=files, headers={"X-API-Key": "wrong"})
            assert r.status_code == 401
            assert "s3cret" not in r.text
            # a hostile file name never decides where the file goes
            hostile = {"files": ("../../../etc/evil.txt", sample, "text/plain")}
            r = c.post("/documents", files=hostile, headers={"X-API-Key": "s3cret"})
            assert r.status_code == 200, r.text
            assert r.json()[0]["ok"] is True and r.json()[0]["doc_id"] == "evil"
            assert not (tmp_path.parent / "etc").exists()
            assert list((tmp_path / "falkordb").parent.rglob("evil*")) == []
            big = {"files": ("big.txt", b"x" * 40_000, "text/plain")}
            r = c.post("/documents", files=big, headers={"X-API-Key": "s3cret"})
            assert r.status_code == 200 and r.json()[0]["ok"] is False
            assert "limit" in r.json()[0]["error"]
            assert c.get("/documents/evil").status_code == 200
            # a spreadsheet task list is read as the command line reads it; an old format
            # is refused with how to convert it, any other type with what is read
            book = tmp_path / "tasks.xlsx"
            task_workbook(book)
            xlsx = {"files": ("tasks.xlsx", book.read_bytes(), "application/octet-stream")}
            r = c.post("/documents", files=xlsx, headers={"X-API-Key": "s3cret"})
            assert r.status_code == 200 and r.json()[0]["ok"] is True, r.text
            assert r.json()[0]["counts"]["Measure"] >= 2
            ofd = tmp_path / "plan.ofd"  # an electronic official document, and its task table
            write_ofd(ofd, OFD_PLAN)
            upload = {"files": ("plan.ofd", ofd.read_bytes(), "application/ofd")}
            r = c.post("/documents", files=upload, headers={"X-API-Key": "s3cret"})
            assert r.status_code == 200 and r.json()[0]["ok"] is True, r.text
            assert r.json()[0]["counts"]["LEADS"] == 3  # rows 1, 2 and 3 of its table
            # a scan's OCR output in Markdown (MinerU's): a lead in a note, two in its table
            md = {"files": ("plan.md", MINERU.encode(), "text/markdown")}
            r = c.post("/documents", files=md, headers={"X-API-Key": "s3cret"})
            assert r.status_code == 200 and r.json()[0]["ok"] is True, r.text
            assert r.json()[0]["counts"]["LEADS"] == 3
            for name, words in (("old.et", "--convert-to xlsx"), ("x.exe", "supported: .txt")):
                other = {"files": (name, b"\xd0\xcf\x11\xe0" * 8, "application/octet-stream")}
                r = c.post("/documents", files=other, headers={"X-API-Key": "s3cret"})
                assert r.status_code == 200 and r.json()[0]["ok"] is False
                assert words in r.json()[0]["error"]
    finally:
        embedded.stop(settings)


def test_uploads_refused_when_no_key_is_configured(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    try:
        with TestClient(create_app(settings)) as c:
            r = c.post(
                "/documents",
                files={"files": ("a.txt", b"x", "text/plain")},
                headers={"X-API-Key": "any"},
            )
            assert r.status_code == 401 and "disabled" in r.json()["detail"]
    finally:
        embedded.stop(settings)


def test_graph_down_gives_503_then_recovers(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    try:
        with TestClient(create_app(settings)) as c:
            assert c.get("/stats").status_code == 200
            pid = embedded.read_state(settings).pid  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
            for _ in range(100):
                if not embedded._pid_alive(pid):
                    break
                time.sleep(0.05)
            r = c.get("/health")  # never cached: says so at once
            assert r.status_code == 503 and "policykg graph start" in r.json()["detail"]
            # Cached answers may be replayed until the next data-version poll notices.
            deadline = time.monotonic() + settings.api_cache_poll_ms / 1000 + 2
            for path in ("/stats", "/documents"):
                while (r := c.get(path)).status_code == 200 and time.monotonic() < deadline:
                    time.sleep(0.02)
                assert r.status_code == 503, (path, r.text)
                assert "policykg graph start" in r.json()["detail"]
                assert "Traceback" not in r.text
            embedded.start(settings)  # what `policykg graph start` does
            assert c.get("/stats").status_code == 200
            assert c.get("/health").json()["ok"] is True
    finally:
        embedded.stop(settings)

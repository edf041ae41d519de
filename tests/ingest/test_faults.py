"""The graph server killed in the middle of an ingest: a clear message, and after
`policykg graph start` and the same ingest again, the counts of a clean run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph import embedded, queries
from graph.config import Settings
from graph.schema import Label, RelType
from graph.store import GraphStore, get_store
from tests.conftest import SAMPLES, make_settings

POLICYKG = str(Path(sys.executable).parent / "policykg")
pytestmark = pytest.mark.slow


def counts(store: GraphStore) -> dict[str, int]:
    out = {lab.value: store.read(queries.count_label(lab)).scalar() for lab in Label}
    out |= {rel.value: store.read(queries.count_rel(rel)).scalar() for rel in RelType}
    return out


def corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for i in range(copies):
        for p in SAMPLES.glob("*.txt"):
            shutil.copy(p, folder / f"{p.stem}-{i:02d}.txt")
    return folder


def ingest(settings: Settings, folder: Path) -> subprocess.Popen[str]:
    env = dict(
        os.environ, POLICYKG_HOME=str(settings.home), POLICYKG_GRAPH_NAME=settings.graph_name
    )
    return subprocess.Popen(
        [POLICYKG, "ingest", str(folder)],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_kill_server_mid_ingest_then_resume(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 15)
    clean_settings = make_settings(tmp_path / "clean")
    broken_settings = make_settings(tmp_path / "broken")
    try:
        proc = ingest(clean_settings, docs)
        assert proc.wait(300) == 0, proc.stdout.read() if proc.stdout else ""
        clean_store = get_store(clean_settings)
        clean = counts(clean_store)
        clean_store.close()
        assert clean["Document"] == 30

        state = embedded.start(broken_settings)
        store = get_store(broken_settings)
        proc = ingest(broken_settings, docs)
        deadline = time.monotonic() + 120
        while (store.read(queries.count_label(Label.DOCUMENT)).scalar() or 0) < 3:
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.02)
        os.kill(state.pid, signal.SIGKILL)
        out = proc.communicate(timeout=120)[0]
        assert proc.returncode != 0
        assert "policykg graph start" in out, out[-2000:]
        assert "Traceback" not in out

        embedded.start(broken_settings)
        proc = ingest(broken_settings, docs)
        assert proc.wait(300) == 0, proc.stdout.read() if proc.stdout else ""
        assert counts(store) == clean
        store.close()
    finally:
        embedded.stop(clean_settings)
        embedded.stop(broken_settings)


def test_two_ingests_at_once_equal_one(tmp_path: Path) -> None:
    docs = corpus(tmp_path / "docs", 4)
    one = make_settings(tmp_path / "one")
    two = make_settings(tmp_path / "two")
    try:
        assert ingest(one, docs).wait(300) == 0
        embedded.start(two)
        procs = [ingest(two, docs), ingest(two, docs)]
        for p in procs:
            assert p.wait(300) == 0, p.stdout.read() if p.stdout else ""
        a, b = get_store(one), get_store(two)
        assert counts(a) == counts(b)
        a.close()
        b.close()
    finally:
        embedded.stop(one)
        embedded.stop(two)

"""The embedded server's life cycle, on servers of their own in temporary folders."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import pytest
import redis

from graph import embedded, queries
from graph.errors import GraphUnavailable
from graph.loader import load_document
from graph.schema import Label
from graph.store import get_store
from tests.conftest import make_settings
from tests.graph.test_store_contract import small_doc


def _wait_dead(pid: int) -> None:
    for _ in range(100):
        if not embedded._pid_alive(pid):
            return
        time.sleep(0.05)


def test_start_reuse_stop(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert embedded.status(settings)[0] == "stopped"
    first = embedded.start(settings)
    try:
        again = embedded.start(settings)
        assert again.pid == first.pid and again.port == first.port  # reused, not a second one
        assert embedded.status(settings)[0] == "running"
        # it listens on loopback only
        with socket.create_connection(("127.0.0.1", first.port), timeout=1):
            pass
        client = redis.Redis(host="127.0.0.1", port=first.port)
        assert client.config_get("bind")["bind"] == "127.0.0.1"
        assert client.config_get("appendonly")["appendonly"] == "yes"
        modules = client.execute_command("MODULE", "LIST")
        args = " ".join(str(m) for m in modules)
        assert "graph" in args.lower() and "bolt" not in args.lower()
        client.close()
    finally:
        assert embedded.stop(settings) is True
    assert embedded.status(settings)[0] == "stopped"


def test_persistence_after_sigkill(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    store = get_store(settings)
    try:
        store.ensure_schema()
        load_document(store, small_doc(measures=5))
        pid = embedded.read_state(settings).pid  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
        _wait_dead(pid)
        assert embedded.status(settings)[0] == "dead"
        with pytest.raises(GraphUnavailable, match="policykg graph start"):
            embedded.running_port(settings)
        embedded.start(settings)
        # the same store object reconnects by itself
        assert store.read(queries.count_label(Label.MEASURE)).scalar() == 5
    finally:
        store.close()
        embedded.stop(settings)


def test_a_snapshot_compacts_the_append_only_file(tmp_path: Path) -> None:
    """After a bulk load the store's snapshot rewrites the append-only file: its base
    becomes a snapshot of the graph and the writes since are few, so a restart loads the
    graph instead of replaying every write (an eval's throwaway graphs included); the
    graph comes back whole after SIGKILL."""
    settings = make_settings(tmp_path)
    store = get_store(settings)
    try:
        store.ensure_schema()
        for n in range(3):  # writes, overwritten: what a replay would go through again
            load_document(store, small_doc(measures=40 + n))
        aof = settings.data_dir / "appendonlydir"
        incr_before = sum(f.stat().st_size for f in aof.glob("*.incr.aof"))
        store.snapshot()
        client = redis.Redis(host="127.0.0.1", port=embedded.read_state(settings).port)  # type: ignore[union-attr]
        for _ in range(200):
            info = client.info("persistence")
            if not info["aof_rewrite_in_progress"] and not info["aof_rewrite_scheduled"]:
                break
            time.sleep(0.05)
        client.close()
        base = sum(f.stat().st_size for f in aof.glob("*.base.rdb"))
        incr_after = sum(f.stat().st_size for f in aof.glob("*.incr.aof"))
        assert incr_after < incr_before / 10 and base > 0
        pid = embedded.read_state(settings).pid  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
        _wait_dead(pid)
        embedded.start(settings)
        assert store.read(queries.count_label(Label.MEASURE)).scalar() == 42
    finally:
        store.close()
        embedded.stop(settings)


def test_dead_server_is_reported_in_plain_words(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    store = get_store(settings)
    try:
        pid = embedded.read_state(settings).pid  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
        _wait_dead(pid)
        with pytest.raises(GraphUnavailable, match="policykg graph start"):
            store.read(queries.PING)
        health = store.health()
        assert health.ok is False and "policykg graph start" in health.detail
    finally:
        store.close()
        embedded.stop(settings)


def test_a_hung_server_is_given_up_on_not_waited_for(tmp_path: Path) -> None:
    """A server that takes a statement and never answers (here stopped with SIGSTOP, as a
    deadlock would leave it) is reported as not answering once twice the longest time limit
    and 5 s have passed; a call never blocks for ever. When it runs again, so does the store."""
    settings = make_settings(tmp_path, query_timeout_ms=200, write_timeout_ms=200)
    store = get_store(settings)
    pid = embedded.read_state(settings).pid  # type: ignore[union-attr]
    try:
        store.write("CREATE (:Probe)")
        os.kill(pid, signal.SIGSTOP)
        try:
            with pytest.raises(GraphUnavailable, match="not answering"):
                store.read(queries.PING)
            with pytest.raises(GraphUnavailable, match="not answering"):
                store.write("CREATE (:Probe)")
        finally:
            os.kill(pid, signal.SIGCONT)
        assert store.read("MATCH (p:Probe) RETURN count(p) AS n").scalar() in (1, 2)
    finally:
        store.close()
        embedded.stop(settings)


def test_memory_hungry_query_fails_alone(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, query_mem_capacity=16 * 1024 * 1024)
    store = get_store(settings)
    try:
        from graph.errors import PolicyKGError

        with pytest.raises(PolicyKGError, match="memory"):
            store.read("UNWIND range(1, 50000000) AS x RETURN collect(x) AS xs", timeout_ms=20000)
        assert store.health().ok  # the server is still there
    finally:
        store.close()
        embedded.stop(settings)


def test_secrets_are_not_shown() -> None:
    from pydantic import SecretStr

    from graph.config import Settings

    s = Settings(neo4j_password=SecretStr("hunter2"), api_key=SecretStr("k3y"))
    assert (
        "hunter2" not in repr(s) and "k3y" not in repr(s) and "hunter2" not in str(s.model_dump())
    )
    assert s.api_host == "127.0.0.1" and s.cors_origins == []

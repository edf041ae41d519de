"""API throughput and latency of the flagship question and /search, against the bare store call.

    .venv/bin/python bench/api.py [--seconds 10] [--connections 16 64]

Starts an embedded graph and `policykg serve` (one uvicorn process, uvloop and
httptools) on 127.0.0.1 in a temporary folder, loads the samples, then drives
each endpoint with wrk (Debian package `wrk`; `make bench` installs it) at each
number of concurrent connections for a bounded time. In the same run it calls
the store calls each route wraps (name resolution and the answer's queries) in a
loop, in-process, for the ratio.
Each endpoint is driven twice: with the response cache on (the default: after the
first request the answer is replayed until the graph's data version changes) and
off (`POLICYKG_API_CACHE_ENTRIES=0`: every request runs its queries). Prints a
markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)

from api import service
from graph import embedded, reads
from graph.config import Settings
from graph.loader import load_document
from graph.store import get_store
from ingest.extract import extract
from ingest.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = {
    "flagship: /industries/floriculture/departments?role=lead": "/industries/floriculture/departments?role=lead",
    "/search?q=花卉": "/search?q=%E8%8A%B1%E5%8D%89",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wrk(url: str, connections: int, seconds: int) -> tuple[float, float, float, int]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def ms(pct: str) -> float:
        m = re.search(rf"{pct}%\s+([\d.]+)(us|ms|s)", out)
        assert m, out
        v = float(m.group(1))
        return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    n_err = int(errors.group(1)) if errors else 0
    if socket_errors:
        n_err += sum(int(x) for x in socket_errors.groups())
    return rps, ms("50"), ms("99"), n_err


def bare(fn, seconds: float) -> float:  # type: ignore[no-untyped-def]
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        fn()
        n += 1
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, nargs="+", default=[16, 64])
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: `apt-get install wrk` (make bench does it)")
    home = Path(tempfile.mkdtemp(prefix="policykg-bench-api-"))
    settings = Settings(home=home)
    store = get_store(settings)
    store.ensure_schema()
    for p in sorted((ROOT / "data" / "samples").glob("*.txt")):
        load_document(store, extract(read_document(p)).records)
    bare_rps = {
        "flagship: /industries/floriculture/departments?role=lead": bare(
            lambda: reads.industry_departments(
                store, service.industry_id(store, "floriculture"), "lead"
            ),
            3,
        ),
        "/search?q=花卉": bare(lambda: service.search(store, "花卉", 20), 3),
    }
    print(
        "| endpoint | response cache | clients | requests/s | p50 ms | p99 ms | errors "
        "| bare store calls/s | API / bare |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    try:
        for cache in ("on", "off"):
            entries = "1024" if cache == "on" else "0"
            with serve(home, args.workers, entries) as base:
                for name, path in ENDPOINTS.items():
                    for c in args.connections:
                        rps, p50, p99, errors = wrk(base + path, c, args.seconds)
                        print(
                            f"| {name} | {cache} | {c} | {rps:,.0f} | {p50:.1f} | {p99:.1f} | "
                            f"{errors} | {bare_rps[name]:,.0f} | {rps / bare_rps[name]:.2f} |",
                            flush=True,
                        )
    finally:
        store.close()
        embedded.stop(settings)
        shutil.rmtree(home, ignore_errors=True)


@contextlib.contextmanager
def serve(home: Path, workers: int, cache_entries: str) -> Iterator[str]:
    """`uvicorn api.main:create_app` as its own process; yields its base URL."""
    port = free_port()
    env = dict(
        os.environ,
        POLICYKG_HOME=str(home),
        POLICYKG_API_PORT=str(port),
        POLICYKG_API_CACHE_ENTRIES=cache_entries,
    )
    cmd = [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    cmd += ["--workers", str(workers)]
    server = subprocess.Popen(cmd, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()

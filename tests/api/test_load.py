"""64 concurrent clients for 60 s on a mix of the main read endpoints: no errors.

The server runs as its own process (`policykg serve`) on 127.0.0.1; wrk drives it
(Debian package, installed by the Makefile). Bounded in time; loopback only.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from graph.config import Settings

pytestmark = pytest.mark.slow
POLICYKG = str(Path(sys.executable).parent / "policykg")


def test_64_clients_for_60_seconds(samples_settings: Settings) -> None:
    if shutil.which("wrk") is None:
        pytest.fail("wrk is not installed: `make test` installs Debian's wrk package")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(
        os.environ,
        POLICYKG_HOME=str(samples_settings.home),
        POLICYKG_GRAPH_NAME=samples_settings.graph_name,
        POLICYKG_API_PORT=str(port),
        # Every request runs its queries: the cache would replay most of this mix and hide
        # the path that can fail under load.
        POLICYKG_API_CACHE_ENTRIES="0",
    )
    server = subprocess.Popen(
        [POLICYKG, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        script = Path(__file__).with_name("mix.lua")
        out = subprocess.run(
            [
                "wrk",
                "-t2",
                "-c64",
                "-d60s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                str(script),
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=180,
        ).stdout
        print(out)
        assert "Non-2xx or 3xx responses" not in out, out
        assert "Socket errors" not in out, out
        requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
        assert requests > 1000
    finally:
        server.terminate()
        server.wait(10)

"""policykg in one Python process: an embedded graph of its own and the API on a free port.

For notebooks and scripts::

    from api.local import LocalPolicyKG
    with LocalPolicyKG(["data/samples"]) as kg:
        httpx.get(kg.url + "/industries/floriculture/departments", params={"role": "lead"})
        kg.store.read("MATCH (d:Department) RETURN count(d) AS n")

The graph lives in a temporary folder, removed on exit, or in ``home``, kept on exit; the
server is stopped either way.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from api.main import create_app
from graph import embedded
from graph.config import Settings
from graph.errors import PolicyKGError
from graph.loader import load_document
from graph.store import GraphStore, get_store
from ingest.extract import extract
from ingest.readers import iter_inputs, read_document


def repo_root(start: Path | None = None) -> Path:
    """The folder holding pyproject.toml, from ``start`` (default: the working folder) upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").exists():
            return folder
    raise FileNotFoundError("not inside the policykg repository")


def serve_in_thread(settings: Settings) -> tuple[uvicorn.Server, threading.Thread, str]:
    """The API for ``settings`` served from a thread of this process on a free port of
    127.0.0.1, once it has started (a server failing at start ends its thread: said at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise PolicyKGError(f"the API server did not start on 127.0.0.1:{port}")
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


class LocalPolicyKG:
    def __init__(self, paths: list[str | Path] | None = None, home: Path | None = None) -> None:
        self._temporary = home is None
        self.home = home or Path(tempfile.mkdtemp(prefix="policykg-local-"))
        self.paths = [Path(p) for p in (paths or [])]
        self.settings = Settings(home=self.home)
        self.store: GraphStore
        self.url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> LocalPolicyKG:
        try:
            return self._start()
        except BaseException:
            self._stop_graph()  # leave no server behind
            raise

    def _start(self) -> LocalPolicyKG:
        self.store = get_store(self.settings)
        self.store.ensure_schema()
        for f in iter_inputs(self.paths):
            load_document(self.store, extract(read_document(f)).records)
        self._server, self._thread, self.url = serve_in_thread(self.settings)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self.store.close()
        self._stop_graph()

    def _stop_graph(self) -> None:
        embedded.stop(self.settings)  # waits for the server to exit
        if self._temporary:
            shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self) -> LocalPolicyKG:
        return self.start()

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> Any:
        self.stop()

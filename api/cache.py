"""A response cache for the read API, retired by the graph's data version.

The graph changes only when something writes to it (an ingest, an upload, a
``policykg cypher --write``), and every write through a policykg store bumps a
data version kept in the database (:meth:`graph.store.GraphStore.data_version`).
So a GET answer can be kept and replayed until that version changes.

* :class:`VersionWatcher` reads the version in a background thread every
  ``api_cache_poll_ms``: requests never wait on it. A write by another process
  shows in answers within one poll; when the graph cannot be reached the
  version is ``None`` and nothing is served from the cache, so the routes
  answer 503 themselves.
* :class:`ResponseCache` is a plain ASGI middleware. It replays a 200 answer
  stored under (version, path, query string) and marks every answer it
  handles with ``X-Cache: hit`` or ``miss``. After a non-GET request (an
  upload) it re-reads the version before the answer completes, so the
  uploader's next GET already sees the new data.

An answer is stored only if the version is still the one the request began
with, so an answer computed across a write is never kept. Answers depend only
on the path, the query string and the graph (no route reads request headers
for a GET), which is what makes the key sufficient. Neo4j reports no version
(see ``Neo4jStore.data_version``), so there the cache stays empty.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.store import GraphStore

log = logging.getLogger(__name__)

#: Never replayed: liveness must be live.
UNCACHED_PATHS = frozenset({"/health"})
#: Larger answers are not kept (they are rare and would crowd out the rest).
MAX_BODY_BYTES = 2 * 1024 * 1024


class VersionWatcher:
    """Keeps ``version`` equal to the graph's data version, polled in a daemon thread."""

    def __init__(self, interval_ms: int) -> None:
        self._store: GraphStore | None = None
        self._interval = interval_ms / 1000
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.version: str | None = None

    def poll(self) -> str | None:
        if self._store is None:
            return None
        try:
            self.version = self._store.data_version()
        except Exception as exc:  # the graph is down or unreachable: cache nothing
            if self.version is not None:
                log.info("response cache off while the graph is unreachable: %s", exc)
            self.version = None
        return self.version

    def start(self, store: GraphStore) -> None:
        self._store = store
        self.poll()
        self._thread = threading.Thread(target=self._run, name="policykg-version", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.poll()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


class ResponseCache:
    """ASGI middleware replaying GET answers until the graph's data version changes."""

    def __init__(self, app: ASGIApp, *, entries: int, watcher: VersionWatcher) -> None:
        self.app = app
        self.entries = entries
        self.watcher = watcher
        self._store: OrderedDict[tuple[str, str, bytes], tuple[list[Any], bytes]] = OrderedDict()
        self._version: str | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.entries == 0:
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET":
            await self.app(scope, receive, self._refresh_before_end(send))
            return
        version = self.watcher.version
        if version is None or scope["path"] in UNCACHED_PATHS:
            await self.app(scope, receive, send)
            return
        if version != self._version:  # the graph changed: every kept answer is stale
            self._store.clear()
            self._version = version
        key = (version, scope["path"], scope.get("query_string", b""))
        hit = self._store.get(key)
        if hit is not None:
            self._store.move_to_end(key)
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._capture(send, key))

    def _capture(self, send: Send, key: tuple[str, str, bytes]) -> Send:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                message = dict(message)
                message["headers"] = [*message.get("headers", []), (b"x-cache", b"miss")]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._keep(key, start, b"".join(chunks))
            await send(message)

        return capture

    def _keep(self, key: tuple[str, str, bytes], start: dict[str, Any], body: bytes) -> None:
        if start.get("status") != 200 or len(body) > MAX_BODY_BYTES:
            return
        if self.watcher.version != key[0]:  # a write happened meanwhile: the answer may be stale
            return
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers += [(b"content-length", str(len(body)).encode()), (b"x-cache", b"hit")]
        self._store[key] = (headers, body)
        while len(self._store) > self.entries:
            self._store.popitem(last=False)

    def _refresh_before_end(self, send: Send) -> Send:
        async def refresh(message: Message) -> None:
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                await run_in_threadpool(self.watcher.poll)
            await send(message)

        return refresh

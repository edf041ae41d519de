"""FalkorDB backend (embedded or remote), through the ``falkordb`` client.

Reads use ``GRAPH.RO_QUERY`` with a per-query timeout, so the database itself
refuses writes on the read path. FalkorDB has no multi-statement transactions;
``graph.loader`` is designed for that (see its docstring).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from typing import Any

import redis.exceptions
from falkordb import FalkorDB
from falkordb.edge import Edge as FEdge
from falkordb.node import Node as FNode
from falkordb.path import Path as FPath

from graph import queries
from graph.config import Settings
from graph.errors import (
    GraphUnavailable,
    PolicyKGError,
    QueryFailed,
    QuerySyntaxError,
    QueryTimeout,
    WriteForbidden,
)
from graph.schema import falkordb_constraint_commands, schema_statements
from graph.store import GraphEdge, GraphNode, Health, QueryResult, write_in_batches


def map_error(exc: Exception, *, embedded: bool) -> PolicyKGError:
    """The one place where FalkorDB/redis exceptions become policykg errors."""
    if isinstance(exc, PolicyKGError):
        return exc
    if isinstance(exc, redis.exceptions.ConnectionError | redis.exceptions.TimeoutError):
        if embedded:
            return GraphUnavailable(
                "The embedded graph server is not answering (it may have stopped); "
                "run `policykg graph start` to bring it back (its data is kept)."
            )
        return GraphUnavailable(f"The FalkorDB server is not answering: {exc}")
    msg = str(exc)
    low = msg.lower()
    if "timed out" in low or "timeout" in low:
        return QueryTimeout("The query ran past its time limit and was stopped.")
    if "read-only" in low or "ro_query" in low:
        return WriteForbidden("This statement writes to the graph; only reads are allowed here.")
    if "mem consumption exceeded" in low or ("memory" in low and "capacity" in low):
        return QueryFailed("The query needed more memory than a query may use and was stopped.")
    if (
        "errmsg" in low
        or "invalid input" in low
        or "not defined" in low
        or "unknown function" in low
        or "syntax" in low
        or "type mismatch" in low
        or "expected" in low
    ):
        return QuerySyntaxError(msg.split(" errCtx")[0].replace("errMsg: ", ""))
    return QueryFailed(msg)


def _convert(value: Any, nodes: dict[Any, GraphNode], edges: dict[Any, GraphEdge]) -> Any:
    if isinstance(value, FNode):
        node = GraphNode(value.id, list(value.labels or []), dict(value.properties))
        nodes[value.id] = node
        return node.properties | {"_id": value.id, "_labels": node.labels}
    if isinstance(value, FEdge):
        src = value.src_node if isinstance(value.src_node, int) else value.src_node.id
        dst = value.dest_node if isinstance(value.dest_node, int) else value.dest_node.id
        edge = GraphEdge(value.id, str(value.relation), src, dst, dict(value.properties))
        edges[value.id] = edge
        return edge.properties | {"_id": value.id, "_type": edge.type}
    if isinstance(value, FPath):
        return [_convert(n, nodes, edges) for n in value.nodes()] + [
            _convert(e, nodes, edges) for e in value.edges()
        ]
    if isinstance(value, list):
        return [_convert(v, nodes, edges) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v, nodes, edges) for k, v in value.items()}
    return value


class FalkorStore:
    """A graph on a FalkorDB server."""

    def __init__(
        self,
        host: str,
        port: int,
        graph_name: str,
        settings: Settings,
        *,
        backend: str = "falkordb",
        port_resolver: Callable[[], int] | None = None,
    ) -> None:
        self.backend = backend
        self.settings = settings
        self._host = host
        self._port = port
        self._graph_name = graph_name
        self._embedded = backend == "falkordb-embedded"
        self._port_resolver = port_resolver
        self._connect()

    def _connect(self) -> None:
        # No statement runs past the longer time limit: a server that has not answered in
        # twice that and 5 s more is hung (stopped, deadlocked), and waiting longer is futile.
        longest_s = max(self.settings.query_timeout_ms, self.settings.write_timeout_ms) / 1000
        self._db = FalkorDB(
            host=self._host,
            port=self._port,
            socket_timeout=2 * longest_s + 5,
            socket_connect_timeout=2,
        )
        self._graph = self._db.select_graph(self._graph_name)

    def _call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn``; after a lost connection, reconnect once (the server may be back)."""
        try:
            return fn()
        except redis.exceptions.ConnectionError as exc:
            if self._port_resolver is not None:
                try:
                    self._port = self._port_resolver()
                except PolicyKGError:
                    raise map_error(exc, embedded=self._embedded) from None
            self._connect()
            try:
                return fn()
            except Exception as exc2:
                raise map_error(exc2, embedded=self._embedded) from None
        except Exception as exc:
            raise map_error(exc, embedded=self._embedded) from None

    # --- the contract ---------------------------------------------------

    def read(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        timeout = timeout_ms or self.settings.query_timeout_ms
        cap = row_cap or self.settings.row_cap

        def run() -> Any:
            return self._call(lambda: self._graph.ro_query(query, params or {}, timeout=timeout))

        try:
            res = run()
        except QueryFailed as exc:
            if "empty key" not in exc.detail:
                raise
            # FalkorDB refuses reads of a graph never written to; make it an empty graph.
            self.ensure_schema()
            res = run()
        return self._result(res, cap)

    def write(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        timeout = self.settings.write_timeout_ms
        res = self._call(lambda: self._graph.query(query, params or {}, timeout=timeout))
        self._bump_version()
        return self._result(res, None)

    @property
    def _version_key(self) -> str:
        return f"{self._graph_name}:policykg:data-version"

    def _bump_version(self) -> None:
        """Count a write (after it succeeded) so that readers' caches can tell."""
        self._command("INCR", self._version_key)

    def data_version(self) -> str | None:
        """The server's run id and the write counter: a restarted server (whose data may
        come from an older snapshot) never matches a version seen before it."""

        def get() -> tuple[Any, Any]:
            pipe = self._db.connection.pipeline(transaction=False)
            pipe.info("server")
            pipe.get(self._version_key)
            info, count = pipe.execute()
            return info, count

        info, count = self._call(get)
        count = count.decode() if isinstance(count, bytes) else count
        return f"{info.get('run_id', '')}:{count or 0}"

    def write_batch(
        self, query: str, rows: Sequence[dict[str, Any]], *, batch_size: int | None = None
    ) -> int:
        return write_in_batches(self.write, query, rows, batch_size or self.settings.batch_size)

    def ensure_schema(self) -> None:
        for stmt in schema_statements("falkordb"):
            try:
                self.write(stmt)
            except QueryFailed as exc:
                if "already indexed" not in exc.detail:
                    raise
        for command in falkordb_constraint_commands(self._graph_name):
            try:
                self._command(*command)
            except QueryFailed as exc:
                if "already exists" not in exc.detail.lower():
                    raise
        # Constraints are built asynchronously; wait until none is pending.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            res = self.read(queries.LIST_CONSTRAINTS)
            if all(row[-1] == "OPERATIONAL" for row in res.rows):
                return
            time.sleep(0.05)

    def _command(self, *args: str) -> Any:
        """A raw server command (constraints, snapshots), with the same error mapping."""
        return self._call(lambda: self._db.connection.execute_command(*args))

    def health(self) -> Health:
        try:
            self.read(queries.PING, timeout_ms=2000)
        except PolicyKGError as exc:
            return Health(False, self.backend, exc.detail)
        return Health(True, self.backend, f"{self._host}:{self._port}/{self._graph_name}")

    def clear(self) -> None:
        try:
            self._call(self._graph.delete)
        except QueryFailed as exc:
            if "empty key" not in exc.detail.lower() and "invalid graph" not in exc.detail.lower():
                raise
        self._graph = self._db.select_graph(self._graph_name)
        self._bump_version()

    def snapshot(self) -> None:
        """Ask the server to compact its append-only file into a snapshot of the graph
        (after a bulk load): a restart then loads the graph rather than replaying every
        write (a throwaway graph of an eval run, loaded and dropped, included)."""
        try:
            self._command("BGREWRITEAOF")
        except QueryFailed as exc:
            if "in progress" not in exc.detail.lower():
                raise

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._db.connection.close()

    # --- helpers --------------------------------------------------------

    @staticmethod
    def _result(res: Any, cap: int | None) -> QueryResult:
        header = [str(h[1]) if isinstance(h, list | tuple) else str(h) for h in (res.header or [])]
        rows = res.result_set or []
        truncated = cap is not None and len(rows) > cap
        if truncated:
            rows = rows[:cap]
        nodes: dict[Any, GraphNode] = {}
        edges: dict[Any, GraphEdge] = {}
        out = [[_convert(v, nodes, edges) for v in row] for row in rows]
        return QueryResult(header, out, truncated, nodes, edges)

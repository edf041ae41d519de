"""Neo4j 5 backend through the official driver.

Reads run in read transactions (the database refuses writes there), with the
transaction timeout as the time limit; writes run in write transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import neo4j
import neo4j.exceptions as nex
from neo4j import GraphDatabase, Query
from neo4j.graph import Node as NNode
from neo4j.graph import Path as NPath
from neo4j.graph import Relationship as NRel

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
from graph.schema import schema_statements
from graph.store import GraphEdge, GraphNode, Health, QueryResult, write_in_batches


def map_error(exc: Exception) -> PolicyKGError:
    """The one place where Neo4j driver exceptions become policykg errors."""
    if isinstance(exc, PolicyKGError):
        return exc
    if isinstance(exc, nex.ServiceUnavailable | nex.SessionExpired):
        return GraphUnavailable(f"The Neo4j server is not answering: {exc}")
    if isinstance(exc, nex.AuthError):
        return GraphUnavailable("Neo4j refused the user name or password in the settings.")
    code = getattr(exc, "code", "") or ""
    msg = getattr(exc, "message", None) or str(exc)
    if "TransactionTimedOut" in code or "Timeout" in code:
        return QueryTimeout("The query ran past its time limit and was stopped.")
    if "ForbiddenOnReadOnlyDatabase" in code or "AccessMode" in code or "Forbidden" in code:
        return WriteForbidden("This statement writes to the graph; only reads are allowed here.")
    if "SyntaxError" in code or "ParameterMissing" in code or "Statement" in code:
        return QuerySyntaxError(msg)
    return QueryFailed(msg)


def _convert(value: Any, nodes: dict[Any, GraphNode], edges: dict[Any, GraphEdge]) -> Any:
    if isinstance(value, NNode):
        node = GraphNode(value.element_id, sorted(value.labels), dict(value))
        nodes[value.element_id] = node
        return node.properties | {"_id": value.element_id, "_labels": node.labels}
    if isinstance(value, NRel):
        assert value.start_node is not None and value.end_node is not None
        edge = GraphEdge(
            value.element_id,
            value.type,
            value.start_node.element_id,
            value.end_node.element_id,
            dict(value),
        )
        edges[value.element_id] = edge
        _convert(value.start_node, nodes, edges)
        _convert(value.end_node, nodes, edges)
        return edge.properties | {"_id": value.element_id, "_type": edge.type}
    if isinstance(value, NPath):
        return [_convert(n, nodes, edges) for n in value.nodes] + [
            _convert(r, nodes, edges) for r in value.relationships
        ]
    if isinstance(value, list):
        return [_convert(v, nodes, edges) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v, nodes, edges) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


class Neo4jStore:
    backend = "neo4j"

    def __init__(self, uri: str, settings: Settings) -> None:
        self.settings = settings
        self._uri = uri
        self._db = settings.graph_name if settings.graph_name != "policykg" else None
        self._driver = GraphDatabase.driver(
            uri,
            auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
            connection_timeout=5,
            max_transaction_retry_time=2,
        )

    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self._db, default_access_mode=mode)

    def _run(
        self, query: str, params: dict[str, Any], *, mode: str, timeout_ms: int, cap: int | None
    ) -> QueryResult:
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(Query(query, timeout=timeout_ms / 1000), params)  # type: ignore[arg-type]
            columns = list(result.keys())
            nodes: dict[Any, GraphNode] = {}
            edges: dict[Any, GraphEdge] = {}
            rows: list[list[Any]] = []
            truncated = False
            for record in result:
                if cap is not None and len(rows) >= cap:
                    truncated = True
                    break
                rows.append([_convert(v, nodes, edges) for v in record.values()])
            result.consume()
            return QueryResult(columns, rows, truncated, nodes, edges)

        try:
            with self._session(mode) as session:
                if mode == neo4j.READ_ACCESS:
                    return session.execute_read(work)
                return session.execute_write(work)
        except Exception as exc:
            raise map_error(exc) from None

    def read(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        return self._run(
            query,
            params or {},
            mode=neo4j.READ_ACCESS,
            timeout_ms=timeout_ms or self.settings.query_timeout_ms,
            cap=row_cap or self.settings.row_cap,
        )

    def write(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._run(
            query,
            params or {},
            mode=neo4j.WRITE_ACCESS,
            timeout_ms=self.settings.write_timeout_ms,
            cap=None,
        )

    def write_batch(
        self, query: str, rows: Sequence[dict[str, Any]], *, batch_size: int | None = None
    ) -> int:
        return write_in_batches(self.write, query, rows, batch_size or self.settings.batch_size)

    def ensure_schema(self) -> None:
        for stmt in schema_statements("neo4j"):
            self.write(stmt)
        self.write(queries.AWAIT_INDEXES)

    def health(self) -> Health:
        try:
            self.read(queries.PING, timeout_ms=2000)
        except PolicyKGError as exc:
            return Health(False, self.backend, exc.detail)
        return Health(True, self.backend, self._uri)

    def clear(self) -> None:
        self.write(queries.CLEAR_ALL)

    def data_version(self) -> str | None:
        """Unknown: Neo4j offers no cheap cross-process change counter without plugins,
        so the API does not cache answers on this backend."""
        return None

    def snapshot(self) -> None:
        """Neo4j persists every commit; nothing to do."""

    def close(self) -> None:
        self._driver.close()

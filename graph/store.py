"""The store contract every backend fulfils, and the factory that picks one.

Reads go through :meth:`GraphStore.read`, the one guarded call: it runs the
statement read-only (enforced by the database), with a time limit, and returns
at most ``row_cap`` rows with ``truncated`` set when there were more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from graph.config import Settings
from graph.errors import InvalidInput


@dataclass
class GraphNode:
    """A node as returned to callers, independent of the driver."""

    id: Any  # the database's internal id (int on FalkorDB, str on Neo4j)
    labels: list[str]
    properties: dict[str, Any]


@dataclass
class GraphEdge:
    id: Any
    type: str
    src: Any
    dst: Any
    properties: dict[str, Any]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False
    nodes: dict[Any, GraphNode] = field(default_factory=dict)
    edges: dict[Any, GraphEdge] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column (nodes and edges as their properties)."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows else None


@dataclass
class Health:
    ok: bool
    backend: str
    detail: str


@runtime_checkable
class GraphStore(Protocol):
    """What every backend offers. Values are always passed as parameters."""

    backend: str

    def read(
        self,
        query: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_ms: int | None = None,
        row_cap: int | None = None,
    ) -> QueryResult:
        """Run a read-only statement with a time limit and a row cap."""
        ...

    def write(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run one writing statement (atomic on both backends)."""
        ...

    def write_batch(
        self, query: str, rows: Sequence[dict[str, Any]], *, batch_size: int | None = None
    ) -> int:
        """Run an ``UNWIND $rows AS row …`` statement over ``rows`` in batches."""
        ...

    def ensure_schema(self) -> None:
        """Create the unique key of every label, idempotently."""
        ...

    def health(self) -> Health: ...

    def data_version(self) -> str | None:
        """A token that changes whenever data is written through any store on this graph.

        The API's response cache keys answers by it. ``None`` means the backend
        cannot tell cheaply, and nothing is cached.
        """
        ...

    def snapshot(self) -> None:
        """Persist now, after a bulk load (an RDB save on FalkorDB; nothing on Neo4j)."""
        ...

    def clear(self) -> None:
        """Delete the whole graph (tests, ``policykg graph reset``)."""
        ...

    def close(self) -> None: ...


def batched(rows: Sequence[dict[str, Any]], size: int) -> Iterable[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def write_in_batches(
    write: Callable[[str, dict[str, Any]], Any],
    query: str,
    rows: Sequence[dict[str, Any]],
    size: int,
) -> int:
    """Run an ``UNWIND $rows`` statement once per batch of ``size`` rows; the rows written."""
    done = 0
    for chunk in batched(rows, size):
        write(query, {"rows": list(chunk)})
        done += len(chunk)
    return done


def get_store(settings: Settings) -> GraphStore:
    """The store that ``settings.graph_url`` names; starts the embedded server if needed."""
    url = settings.graph_url.strip()
    if url == "embedded":
        from graph.embedded import ensure_server, running_port
        from graph.falkor_store import FalkorStore

        host, port = ensure_server(settings)
        return FalkorStore(
            host,
            port,
            settings.graph_name,
            settings,
            backend="falkordb-embedded",
            port_resolver=lambda: running_port(settings),
        )
    if url.startswith("falkordb://") or url.startswith("redis://"):
        from urllib.parse import urlparse

        from graph.falkor_store import FalkorStore

        parsed = urlparse(url)
        graph = parsed.path.strip("/") or settings.graph_name
        return FalkorStore(
            parsed.hostname or "127.0.0.1", parsed.port or 6379, graph, settings, backend="falkordb"
        )
    if url.startswith(("bolt://", "neo4j://", "bolt+s://", "neo4j+s://")):
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(url, settings)
    raise InvalidInput(
        f"POLICYKG_GRAPH_URL={url!r} is not understood: use 'embedded', "
        "'falkordb://host:port/graph', 'bolt://host:port' or 'neo4j://host:port'."
    )

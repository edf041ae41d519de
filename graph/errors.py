"""The error hierarchy of policykg.

Every error has an HTTP-like ``status`` and a short ``title``; the API renders
them with one exception handler, the CLI prints ``detail``. Driver exceptions
are translated into these classes in one place per backend
(``falkor_store.map_error`` and ``neo4j_store.map_error``), never elsewhere.
"""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base class. ``detail`` is safe to show to a user (no secrets, no traces)."""

    status = 500
    title = "Internal error"

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class GraphUnavailable(PolicyKGError):
    status = 503
    title = "Graph server unavailable"


class QuerySyntaxError(PolicyKGError):
    status = 400
    title = "Invalid Cypher"


class QueryTimeout(PolicyKGError):
    status = 408
    title = "Query timed out"


class WriteForbidden(PolicyKGError):
    status = 403
    title = "Write refused"


class NotFound(PolicyKGError):
    status = 404
    title = "Not found"


class InvalidInput(PolicyKGError):
    status = 422
    title = "Invalid input"


class Unauthorized(PolicyKGError):
    status = 401
    title = "API key required"


class TooLarge(PolicyKGError):
    status = 413
    title = "Too large"


class QueryFailed(PolicyKGError):
    """The database refused or failed a statement for another reason."""

    status = 500
    title = "Query failed"


class IngestError(PolicyKGError):
    """A document could not be read or extracted; ``detail`` says what to do."""

    status = 422
    title = "Document could not be ingested"

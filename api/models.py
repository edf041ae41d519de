"""Response models."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """A list answer: the items of this page and how many there are in all."""

    data: list[T]
    count: int = Field(description="Number of items in all, not only on this page.")


class Problem(BaseModel):
    """Every error answer (RFC 9457, application/problem+json)."""

    type: str = Field("about:blank", description="A URI naming the kind of problem.")
    title: str
    status: int
    detail: str
    suggestions: list[str] | None = None


class HealthOut(BaseModel):
    ok: bool = Field(description="Whether the graph answers.")
    backend: str = Field(description="falkordb-embedded, falkordb or neo4j.")
    detail: str


class StatsOut(BaseModel):
    labels: dict[str, int] = Field(description="Node count per label.")
    relationships: dict[str, int] = Field(description="Relationship count per type.")


class DocumentOut(BaseModel):
    id: str
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    doc_number: str | None = None
    jurisdiction: str | None = None
    kind: str | None = None


class DocumentDetail(DocumentOut):
    tree: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Sections and measures in text order (path, title, level).",
    )
    model_config = {"extra": "allow"}

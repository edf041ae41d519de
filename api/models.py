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
    model_config = {
        "json_schema_extra": {
            "examples": [
                {"ok": True, "backend": "falkordb-embedded", "detail": "127.0.0.1:6390/policykg"}
            ]
        }
    }
    ok: bool = Field(description="Whether the graph answers.")
    backend: str = Field(description="falkordb-embedded, falkordb or neo4j.")
    detail: str


class StatsOut(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [{"labels": {"Document": 2, "Measure": 54}, "relationships": {"LEADS": 45}}]
        }
    }
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


class Evidence(BaseModel):
    """Where a fact was read: offsets are into the document's original text."""

    document: str | None = None
    path: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    surface: str | None = Field(None, description="The name as the document writes it.")


class MeasureRef(BaseModel):
    id: str
    path: str | None = None
    title: str | None = None
    role: str | None = Field(None, description="lead, support or responsible")
    evidence: Evidence | None = None


class DepartmentOut(BaseModel):
    id: str = Field(description="Jurisdiction + canonical name, e.g. 青州市花卉中心.")
    name: str | None = Field(None, description="As the documents write it, e.g. 市花卉中心.")
    full_name: str | None = None
    name_en: str | None = None
    kind: str | None = None
    measures: int | list[MeasureRef] | None = None


class Partner(BaseModel):
    id: str
    name: str | None = None
    full_name: str | None = None
    name_en: str | None = None
    shared_measures: int
    by_role_pair: dict[str, int] = Field(
        description="e.g. {'lead-support': 2}: my role - their role."
    )


class DepartmentDetail(DepartmentOut):
    jurisdiction: str | None = None
    partners: list[Partner] = Field(default_factory=list)


class IndustryOut(BaseModel):
    id: str = Field(
        description="English slug of the taxonomy's industry, e.g. floriculture; for an "
        "industry the taxonomy lacks, its name as the document writes it, e.g. 箱包."
    )
    name: str
    name_en: str | None = Field(
        default=None, description="English name; none for an industry the taxonomy lacks."
    )
    aliases: list[str] = Field(default_factory=list)
    listed: bool = Field(
        default=True,
        description="Whether the industry is in policykg's taxonomy; false for one a document "
        "names that the taxonomy lacks.",
    )
    measures: int | list[MeasureRef] | None = None


class MeasureOut(BaseModel):
    id: str
    document: str | None = None
    path: str | None = None
    title: str | None = None
    deadline: str | None = Field(None, description="When the work is due, as written (完成时限).")
    deadline_year: int | None = Field(None, description="The year the deadline names.")


class MeasureDetail(MeasureOut):
    text: str | None = None
    start: int | None = None
    end: int | None = None
    departments: list[dict[str, Any]] = Field(default_factory=list)
    industries: list[dict[str, Any]] = Field(default_factory=list)
    targets: list[dict[str, Any]] = Field(default_factory=list)
    results: list[dict[str, Any]] = Field(default_factory=list)
    mentions: list[dict[str, Any]] = Field(default_factory=list)


class TargetOut(BaseModel):
    id: str
    document: str | None = None
    path: str | None = None
    metric: str | None = None
    comparator: str | None = Field(
        None, description="> (突破), >= (达到/以上), ~ (左右), <= (以内), ="
    )
    value: float
    unit: str | None = None
    year: int | None = None
    period: str | None = None
    growth: bool | None = None
    text: str | None = None
    measure: dict[str, Any] | None = None
    departments: list[dict[str, Any]] = Field(
        default_factory=list, description="Lead or responsible departments."
    )
    observations: list[dict[str, Any]] = Field(
        default_factory=list,
        description=(
            "Reported results and other targets tracking the same indicator in documents of "
            "the same place (growth rates and levels of one indicator are both listed; "
            "`growth` tells them apart)."
        ),
    )
    evidence: Evidence | None = None


class FigureOut(BaseModel):
    id: str
    kind: str = Field(description="Target (a goal) or Result (a reported figure).")
    document: str | None = None
    path: str | None = None
    metric: str | None = Field(None, description="The metric as the document words it.")
    comparator: str | None = None
    value: float
    unit: str | None = None
    year: int | None = None
    period: str | None = None
    growth: bool | None = Field(None, description="A growth rate rather than a level.")
    text: str | None = None
    measure: dict[str, Any] | None = None
    evidence: Evidence | None = None


class IndicatorOut(BaseModel):
    id: str = Field(description="A lexicon id (gdp) or the metric's canonical key.")
    name: str | None = None
    name_en: str | None = None
    figures: int = Field(0, description="Targets and results tracking it.")
    documents: int = Field(0, description="Documents they come from.")


class IndicatorDetail(BaseModel):
    id: str
    name: str | None = None
    name_en: str | None = None
    figure_count: int = 0
    documents: int = 0
    figures: list[FigureOut] = Field(
        default_factory=list, description="Every target and result tracking it, by year."
    )


class SearchHit(BaseModel):
    type: str
    id: str | None = None
    name: str | None = None
    name_en: str | None = None


class GraphOut(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "nodes": [
                        {
                            "id": "7",
                            "key": "floriculture",
                            "labels": ["Industry"],
                            "properties": {"name": "现代花卉"},
                        }
                    ],
                    "edges": [],
                    "truncated": False,
                }
            ]
        }
    }
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    truncated: bool = False


class CypherIn(BaseModel):
    query: str = Field(
        min_length=1,
        max_length=20_000,
        examples=[
            "MATCH (d:Department)-[:LEADS]->(m:Measure) RETURN d.name, count(m) AS n ORDER BY n DESC LIMIT 5"
        ],
    )
    parameters: dict[str, Any] = Field(default_factory=dict)


class CypherOut(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {"columns": ["dept", "n"], "rows": [["市工业和信息化局", 6]], "truncated": False}
            ]
        }
    }
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
    nodes: list[dict[str, Any]] = Field(default_factory=list)
    edges: list[dict[str, Any]] = Field(default_factory=list)


class UploadResult(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {"file": "plan.docx", "ok": True, "doc_id": "plan", "counts": {"Measure": 12}}
            ]
        }
    }
    file: str
    ok: bool
    doc_id: str | None = None
    counts: dict[str, int] | None = None
    error: str | None = None

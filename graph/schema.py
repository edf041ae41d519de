"""The graph model: labels, relationship types, their keys and properties.

Labels and relationship types used in Cypher come only from these enums. The
DDL that differs between FalkorDB and Neo4j lives in :func:`schema_statements`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    DOCUMENT = "Document"
    SECTION = "Section"
    MEASURE = "Measure"
    DEPARTMENT = "Department"
    INDUSTRY = "Industry"
    TARGET = "Target"
    RESULT = "Result"
    INDICATOR = "Indicator"
    PLACE = "Place"
    ORGANIZATION = "Organization"
    PROJECT = "Project"
    PROGRAM = "Program"
    EVENT = "Event"
    LOCK = "Lock"


class RelType(StrEnum):
    PART_OF = "PART_OF"  # Section/Measure -> Section/Document
    LEADS = "LEADS"  # Department -> Section/Measure (牵头)
    SUPPORTS = "SUPPORTS"  # Department -> Section/Measure (配合)
    RESPONSIBLE_FOR = "RESPONSIBLE_FOR"  # Department -> Section/Measure (负责, 责任单位)
    ADDRESSES = "ADDRESSES"  # Section/Measure -> Industry
    SETS_TARGET = "SETS_TARGET"  # Section/Measure -> Target
    REPORTS = "REPORTS"  # Section/Measure -> Result (reported results of past years)
    TRACKS = "TRACKS"  # Target/Result -> Indicator
    MENTIONS = "MENTIONS"  # Section/Measure -> Place/Organization/Project/Program/Event
    ISSUED_BY = "ISSUED_BY"  # Document -> Department


ROLE_RELS: dict[str, RelType] = {
    "lead": RelType.LEADS,
    "support": RelType.SUPPORTS,
    "responsible": RelType.RESPONSIBLE_FOR,
}

#: Labels whose nodes belong to exactly one document; they are replaced as a
#: unit when the document is ingested again. The others are shared. Owned
#: nodes keep a stable public ``id`` (doc_id#path) and a unique ``key``
#: (id@generation), so a new generation can be written beside the old one.
#: The labels of the things a unit MENTIONS.
MENTION_LABELS: tuple[Label, ...] = (
    Label.PLACE,
    Label.ORGANIZATION,
    Label.PROJECT,
    Label.PROGRAM,
    Label.EVENT,
)

DOCUMENT_OWNED: tuple[Label, ...] = (Label.SECTION, Label.MEASURE, Label.TARGET, Label.RESULT)


@dataclass(frozen=True)
class LabelSpec:
    """A label, its unique key property, its other properties and what it means."""

    label: Label
    key: str
    properties: tuple[str, ...]
    description: str


_UNIT_PROPERTIES = (
    "id",
    "doc_id",
    "path",
    "title",
    "level",
    "kind",
    "text",
    "start",
    "end",
    "deadline",
    "deadline_year",
    "gen",
)

LABELS: dict[Label, LabelSpec] = {
    spec.label: spec
    for spec in (
        LabelSpec(
            Label.DOCUMENT,
            "id",
            ("title", "issuer", "date", "doc_number", "jurisdiction", "kind", "source", "gen"),
            "A policy document; id is the file name's stem.",
        ),
        LabelSpec(
            Label.SECTION,
            "key",
            _UNIT_PROPERTIES,
            "A heading of the document that has sub-headings; id is doc_id#path.",
        ),
        LabelSpec(
            Label.MEASURE,
            "key",
            _UNIT_PROPERTIES,
            "A leaf of the heading tree or a task-table row; id is doc_id#path.",
        ),
        LabelSpec(
            Label.DEPARTMENT,
            "id",
            ("name", "canonical_name", "full_name", "name_en", "kind", "jurisdiction"),
            "A government body; id is jurisdiction + canonical name (青州市发展和改革局).",
        ),
        LabelSpec(
            Label.INDUSTRY,
            "id",
            ("name", "name_en", "aliases"),
            "An industry or cluster from the taxonomy; id is an English slug (floriculture).",
        ),
        LabelSpec(
            Label.TARGET,
            "key",
            (
                "id",
                "doc_id",
                "path",
                "metric",
                "comparator",
                "value",
                "unit",
                "year",
                "period",
                "growth",
                "text",
                "gen",
            ),
            "A numeric goal set by a measure.",
        ),
        LabelSpec(
            Label.RESULT,
            "key",
            (
                "id",
                "doc_id",
                "path",
                "metric",
                "comparator",
                "value",
                "unit",
                "year",
                "text",
                "gen",
            ),
            "A reported result of a past year (执行情况), same shape as a target.",
        ),
        LabelSpec(
            Label.INDICATOR,
            "id",
            ("name",),
            "What targets and results measure, normalised across documents.",
        ),
        LabelSpec(Label.PLACE, "id", ("name", "kind"), "A town, street, park or zone."),
        LabelSpec(
            Label.ORGANIZATION, "id", ("name", "kind"), "An enterprise or other organisation."
        ),
        LabelSpec(
            Label.PROJECT,
            "id",
            ("name", "kind"),
            "A named project (kind capacity: named by what it makes; works: a place's works; "
            "listed: a project list's row).",
        ),
        LabelSpec(
            Label.PROGRAM,
            "id",
            ("name", "kind"),
            "A named programme, quoted in the text (kind brand: a brand, mark or indication).",
        ),
        LabelSpec(Label.EVENT, "id", ("name",), "A festival, fair or other event."),
        LabelSpec(
            Label.LOCK,
            "id",
            ("owner", "expires", "host", "pid"),
            "A document being loaded (id = doc_id), by the process pid on host; expires, and a "
            "load on the same host takes it over once that process is dead.",
        ),
    )
}


def schema_statements(backend: str) -> list[str]:
    """DDL creating a unique key for every label, idempotently, for one backend.

    Neo4j: one ``CREATE CONSTRAINT … IF NOT EXISTS`` per label (it also indexes).
    FalkorDB: an exact-match index per label; the unique constraints themselves
    are server commands, not Cypher: see :func:`falkordb_constraint_commands`.
    """
    out = []
    for spec in LABELS.values():
        if backend == "neo4j":
            name = f"{spec.label.value.lower()}_{spec.key}_unique"
            out.append(
                f"CREATE CONSTRAINT {name} IF NOT EXISTS "
                f"FOR (n:{spec.label.value}) REQUIRE n.{spec.key} IS UNIQUE"
            )
        else:
            out.append(f"CREATE INDEX FOR (n:{spec.label.value}) ON (n.{spec.key})")
    # Owned nodes are also found by their public id and by their document.
    for label in DOCUMENT_OWNED:
        for prop in ("id", "doc_id"):
            if backend == "neo4j":
                out.append(
                    f"CREATE INDEX {label.value.lower()}_{prop} IF NOT EXISTS "
                    f"FOR (n:{label.value}) ON (n.{prop})"
                )
            else:
                out.append(f"CREATE INDEX FOR (n:{label.value}) ON (n.{prop})")
    # Every relationship carries its document's id: re-ingesting a document finds its edges
    # by it (an edge index, not a scan of all edges of the type — a scan made loading the
    # whole genre corpus grow with its square).
    for rel in RelType:
        if backend == "neo4j":
            out.append(
                f"CREATE INDEX {rel.value.lower()}_doc_id IF NOT EXISTS "
                f"FOR ()-[r:{rel.value}]-() ON (r.doc_id)"
            )
        else:
            out.append(f"CREATE INDEX FOR ()-[r:{rel.value}]-() ON (r.doc_id)")
    return out


def key_property(label: Label) -> str:
    """The unique key property of a label (``key`` for document-owned labels, else ``id``)."""
    return LABELS[label].key


def falkordb_constraint_commands(graph: str) -> list[tuple[str, ...]]:
    """FalkorDB's ``GRAPH.CONSTRAINT CREATE`` commands: one unique key per label.

    They need the exact-match index of :func:`schema_statements` first and are
    built asynchronously (``CALL db.constraints()`` reports PENDING/OPERATIONAL).
    """
    return [
        (
            "GRAPH.CONSTRAINT",
            "CREATE",
            graph,
            "UNIQUE",
            "NODE",
            spec.label.value,
            "PROPERTIES",
            "1",
            spec.key,
        )
        for spec in LABELS.values()
    ]

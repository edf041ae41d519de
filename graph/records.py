"""Plain records: what ingest produces and the loader writes.

They hold no driver objects and no Cypher; ``graph.loader`` turns a
:class:`DocumentRecords` into batched ``UNWIND`` writes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from graph.schema import Label, RelType


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: offsets are into the document's original text."""

    doc_id: str
    path: str
    sentence: str
    start: int
    end: int

    def as_props(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class NodeRecord:
    label: Label
    id: str
    props: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None


@dataclass
class EdgeRecord:
    type: RelType
    src_label: Label
    src: str
    dst_label: Label
    dst: str
    props: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None


@dataclass
class DocumentRecords:
    """Everything extracted from one document."""

    doc_id: str
    meta: dict[str, Any]
    nodes: list[NodeRecord] = field(default_factory=list)
    edges: list[EdgeRecord] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for n in self.nodes:
            out[n.label.value] = out.get(n.label.value, 0) + 1
        for e in self.edges:
            out[e.type.value] = out.get(e.type.value, 0) + 1
        return out

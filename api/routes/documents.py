"""Documents and their heading trees."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api.deps import get_store
from api.models import DocumentDetail, DocumentOut, Page
from graph import reads
from graph.store import GraphStore

router = APIRouter(prefix="/documents", tags=["documents"])
Store = Annotated[GraphStore, Depends(get_store)]


@router.get(
    "",
    response_model=Page[DocumentOut],
    summary="List documents",
    description="Every ingested document with its metadata, ordered by date.",
)
def list_documents(
    store: Store,
    limit: Annotated[int, Query(ge=1, le=1000, description="Items per page.")] = 100,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> Page[DocumentOut]:
    rows, total = reads.list_documents(store, limit=limit, offset=offset)
    return Page[DocumentOut](data=[DocumentOut(**r) for r in rows], count=total)


@router.get(
    "/{doc_id}",
    response_model=DocumentDetail,
    summary="One document",
    description="A document's metadata and its heading tree of sections and measures.",
    responses={404: {"description": "No such document."}},
)
def get_document(
    store: Store,
    doc_id: Annotated[
        str,
        Path(
            description="The document id (its file name's stem).",
            examples=["qingzhou-2024-development-plan"],
        ),
    ],
) -> DocumentDetail:
    return DocumentDetail(**reads.get_document(store, doc_id))

"""Documents and their heading trees."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, File, Header, Path, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from api import service
from api.deps import get_store
from api.models import DocumentDetail, DocumentOut, Page, UploadResult
from graph import reads
from graph.config import Settings
from graph.errors import PolicyKGError, Unauthorized
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
    limit: Annotated[int, Query(ge=1, le=1000, description="Items per page.", examples=[20])] = 100,
    offset: Annotated[int, Query(ge=0, description="Items to skip.", examples=[0])] = 0,
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


@router.get(
    "/{doc_id}/text",
    response_class=HTMLResponse,
    summary="The text with entities highlighted",
    description=(
        "The document's original text as HTML, departments (by role), industries, targets, "
        "results and mentions highlighted and linked to their API pages."
    ),
    responses={200: {"content": {"text/html": {}}}, 404: {"description": "No such document."}},
)
def document_text(
    store: Store,
    doc_id: Annotated[
        str, Path(description="The document id.", examples=["qingzhou-2024-development-plan"])
    ],
) -> HTMLResponse:
    return HTMLResponse(service.document_page(store, doc_id))


def require_api_key(
    request: Request,
    x_api_key: Annotated[str | None, Header(description="The key set in POLICYKG_API_KEY.")] = None,
) -> None:
    settings: Settings = request.app.state.settings
    expected = settings.api_key.get_secret_value() if settings.api_key else None
    if not expected:
        raise Unauthorized(
            "Uploads are disabled: set POLICYKG_API_KEY on the server to enable them."
        )
    if x_api_key is None or not secrets.compare_digest(x_api_key.encode(), expected.encode()):
        raise Unauthorized("A valid X-API-Key header is required to upload documents.")


@router.post(
    "",
    response_model=list[UploadResult],
    summary="Upload and ingest documents",
    description=(
        "Multipart upload of one or more files (txt, docx, pdf, ofd, html, xlsx, xls, csv; doc, "
        "wps and rtf through LibreOffice). Each is ingested; the answer reports per file. Needs the "
        "X-API-Key header; files over the upload limit are refused. "
        "Example: `curl -F files=@plan.docx -H 'X-API-Key: …' http://127.0.0.1:8000/documents`."
    ),
    responses={401: {"description": "Missing or wrong API key."}},
    dependencies=[Depends(require_api_key)],
)
async def upload(
    store: Store,
    request: Request,
    files: Annotated[list[UploadFile], File(description="Documents to ingest.")],
) -> list[UploadResult]:
    settings: Settings = request.app.state.settings
    results = []
    for f in files:
        data = await f.read(settings.upload_max_bytes + 1)
        try:
            out = await run_in_threadpool(
                service.ingest_upload, store, settings, f.filename or "", data
            )
            results.append(UploadResult(**out))
        except PolicyKGError as exc:
            if exc.status == 503:
                raise
            results.append(UploadResult(file=f.filename or "", ok=False, error=exc.detail))
    return results

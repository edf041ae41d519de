"""The FastAPI application: store and schema at start-up, routers, one error handler."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.cache import ResponseCache, VersionWatcher
from api.routes import (
    analytics,
    departments,
    documents,
    explore,
    indicators,
    industries,
    measures,
    pages,
    system,
    targets,
    viz,
)
from graph.config import Settings, get_settings
from graph.errors import PolicyKGError
from graph.store import get_store
from ingest.nlp.lexicons import load_lexicons

log = logging.getLogger("policykg.api")
PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    watcher = VersionWatcher(settings.api_cache_poll_ms)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = get_store(settings)
        try:
            store.ensure_schema()
        except PolicyKGError as exc:  # the graph may come up later; requests will say so
            log.warning("schema not ensured at start-up: %s", exc.detail)
        app.state.store = store
        app.state.settings = settings
        load_lexicons()  # name resolution needs them; load before the first request
        # Start-up objects (lexicons, routes, schemas) never die: move them out of the
        # collector's sight, so full collections stay short and do not stall answers.
        gc.collect()
        gc.freeze()
        watcher.start(store)
        yield
        watcher.stop()
        store.close()

    app = FastAPI(
        title="policykg",
        version="0.1.0",
        summary="Chinese government policy documents as a knowledge graph, with evidence.",
        lifespan=lifespan,
    )

    @app.exception_handler(PolicyKGError)
    async def policykg_error(request: Request, exc: PolicyKGError) -> JSONResponse:
        return problem(exc.status, exc.title, exc.detail, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return problem(422, "Invalid input", "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, "HTTP error", str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return problem(500, "Internal error", "Something went wrong on the server; see its log.")

    for module in (
        system,
        documents,
        departments,
        industries,
        measures,
        targets,
        indicators,
        explore,
        analytics,
        viz,
        pages,
    ):
        app.include_router(module.router)
    # Outermost but for CORS: replayed answers skip routing, validation and the store.
    app.add_middleware(ResponseCache, entries=settings.api_cache_entries, watcher=watcher)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"]
        )
    return app

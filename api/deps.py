"""Dependencies: the settings and the store, created once per app."""

from __future__ import annotations

from fastapi import Request

from graph.config import Settings
from graph.store import GraphStore


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings

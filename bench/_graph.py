"""A throwaway embedded graph for the benchmarks that write to one."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph import embedded
from graph.config import Settings
from graph.store import GraphStore, get_store


@contextmanager
def throwaway_graph(
    prefix: str = "policykg-bench-", **settings: Any
) -> Iterator[tuple[Path, Settings, GraphStore]]:
    """A home in a temporary folder, its settings and a store on its own embedded server;
    the server is stopped and the folder removed on the way out."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    config = Settings(home=home, **settings)
    store = get_store(config)
    try:
        yield home, config, store
    finally:
        store.close()
        embedded.stop(config)
        shutil.rmtree(home, ignore_errors=True)

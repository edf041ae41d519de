"""Timing shared by the readers' benchmarks."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path


def run_times(fn: Callable[[Path], object], path: Path, runs: int = 3) -> list[float]:
    """Seconds of each of ``runs`` calls of ``fn(path)``, one after another."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t)
    return times


def best_of(fn: Callable[[Path], object], path: Path, runs: int = 3) -> float:
    """The fastest of ``runs`` calls of ``fn(path)``, in seconds."""
    return min(run_times(fn, path, runs))


def peak_mib(fn: Callable[[Path], object], path: Path) -> float:
    """The peak of Python's allocations (tracemalloc) while ``fn(path)`` runs, in MiB."""
    tracemalloc.start()
    fn(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20

"""Imported first by the benchmarks: bench/ingest.py and bench/api.py are named like the
packages they measure, so the bench/ folder must not stay on the import path. The bench's
own helper module (_timing) is imported first, so the benchmarks can still import it."""

import sys
from pathlib import Path

import _timing  # noqa: F401 - the benchmarks' own helpers, imported while bench/ is on the path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

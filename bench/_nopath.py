"""Imported first by the benchmarks: bench/ingest.py and bench/api.py are named like the
packages they measure, so the bench/ folder must not stay on the import path."""

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

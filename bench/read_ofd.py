"""OFD reading speed and memory: pages per second of the OFD reader against parsing the same
package's XML parts bare, and the reader's peak memory.

    .venv/bin/python bench/read_ofd.py [--rows 300] [--paragraphs 200]

Typesets a plan of ``paragraphs`` paragraphs followed by a ruled task table of ``rows`` rows
(five columns, long tasks wrapped in their boxes) on A4 pages with the corpus's OFD writer
(tests/ingest/genre/ofd_writer.py: one text object a line, borders as strokes), then reads it
with ``ingest.readers.ofd.read_ofd`` — lines from glyph positions, tables from the strokes by
pdfplumber's lattice method — and bare: unzipping and parsing every XML part with
ElementTree, the floor any OFD reader pays. One core, best of three runs; the reader's peak
memory by tracemalloc (Python allocations) in a separate run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import best_of, peak_mib

from ingest.readers.ofd import read_ofd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the corpus's OFD writer
from tests.ingest.genre.ofd_writer import Table, ofd_bytes, typeset


def write_plan(path: Path, paragraphs: int, rows: int) -> int:
    """Write the plan; the number of its pages."""
    blocks: list = [  # type: ignore[type-arg]
        f"　　{n}.推进第{n}项重点工作。加快花卉交易中心和冷链物流设施建设，到2026年完成投资"
        f"{n % 90 + 10}亿元，新增规上企业{n % 20 + 1}家。（县发展和改革局牵头，县财政局配合）"
        for n in range(1, paragraphs + 1)
    ]
    table: list[list[str]] = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]]
    table += [
        [
            str(r),
            f"推进第{r}项重点工作，建设花卉交易中心和冷链物流设施，完成投资{r % 90 + 10}亿元。",
            "县发展和改革局",
            "县财政局\n县自然资源局",
            "2026年12月底前",
        ]
        for r in range(1, rows + 1)
    ]
    blocks.append(Table(table, [12, 70, 28, 28, 18]))  # type: ignore[arg-type]
    pages = typeset(blocks)
    path.write_bytes(ofd_bytes(pages))
    return len(pages)


def bare(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                ET.fromstring(archive.read(name))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300)
    ap.add_argument("--paragraphs", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.ofd"
        pages = write_plan(path, args.paragraphs, args.rows)
        ours, floor = best_of(read_ofd, path), best_of(bare, path)
        print("| file | pages | size | reader s | pages/s | bare XML s | ratio | reader peak |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        print(
            f"| {args.paragraphs} paragraphs, {args.rows}-row table | {pages} "
            f"| {path.stat().st_size / 2**10:.0f} KiB | {ours:.2f} | {pages / ours:.0f} "
            f"| {floor:.2f} | {ours / floor:.1f}× | {peak_mib(read_ofd, path):.1f} MiB |"
        )


if __name__ == "__main__":
    main()

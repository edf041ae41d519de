"""Spreadsheet reading speed and memory: rows per second of the .xlsx and .xls readers
against the bare libraries, and the reader's peak memory.

    .venv/bin/python bench/read_spreadsheets.py [--rows 2000]

Writes a task list of ``rows`` rows (a title merged across, a header, a 类别 column merged
down over every five rows, seven columns of Chinese text, a date cell) as .xlsx (openpyxl)
and .xls (xlwt, a dev extra) in a temporary folder. Each is read by
``ingest.readers.spreadsheets`` (which must load the sheet whole to know its merged cells)
and by the bare library: openpyxl in its streaming read-only mode iterating values, xlrd
opening the book without formatting and reading every cell. One core, best of three runs;
the reader's peak memory by tracemalloc (Python allocations) in a separate run.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import datetime
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import best_of, peak_mib

from ingest.readers.spreadsheets import read_xls, read_xlsx

HEADER = ["类别", "序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"]


def _row(i: int) -> list[object]:
    return [
        f"{'一二三四五六七八九十'[(i // 5) % 10]}、第{i // 5 + 1}组重点任务",
        i % 5 + 1,
        f"推进第{i + 1}项重点工作，建设花卉交易中心和冷链物流设施",
        f"到2026年，完成投资{i % 90 + 10}亿元，新增规上企业{i % 20 + 1}家",
        "县发展和改革局",
        "县财政局、县自然资源局、县住房和城乡建设局",
        datetime(2026, 12, 31),
    ]


def write_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某县2026年重点任务分工表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    for i in range(rows):
        ws.append(_row(i))
    for first in range(3, rows + 3, 5):
        ws.merge_cells(
            start_row=first, start_column=1, end_row=min(first + 4, rows + 2), end_column=1
        )
    wb.save(str(path))


def write_xls(path: Path, rows: int) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("任务")
    ws.write_merge(0, 0, 0, len(HEADER) - 1, "某县2026年重点任务分工表")
    for c, v in enumerate(HEADER):
        ws.write(1, c, v)
    day = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')
    for i in range(rows):
        r = i + 2
        for c, v in enumerate(_row(i)):
            if c == 0:
                continue
            ws.write(r, c, v, day) if isinstance(v, datetime) else ws.write(r, c, v)
    for first in range(2, rows + 2, 5):
        last = min(first + 4, rows + 1)
        ws.write_merge(first, last, 0, 0, _row(first - 2)[0])
    wb.save(str(path))


def bare_xlsx(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    return sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))


def bare_xls(path: Path) -> int:
    import xlrd

    book = xlrd.open_workbook(str(path))
    return sum(len(sh.row_values(r)) for sh in book.sheets() for r in range(sh.nrows))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, xls = Path(tmp) / "tasks.xlsx", Path(tmp) / "tasks.xls"
        write_xlsx(xlsx, args.rows)
        write_xls(xls, args.rows)
        print(
            "| file | rows | size | reader rows/s | bare rows/s | reader / bare time "
            "| reader peak (tracemalloc) |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, path, ours, bare in (
            (".xlsx", xlsx, read_xlsx, bare_xlsx),
            (".xls", xls, read_xls, bare_xls),
        ):
            t_ours, t_bare = best_of(ours, path), best_of(bare, path)
            size = path.stat().st_size / 2**10
            print(
                f"| {name} | {args.rows} | {size:.0f} KiB | {args.rows / t_ours:,.0f} "
                f"| {args.rows / t_bare:,.0f} | {t_ours / t_bare:.2f}× "
                f"| {peak_mib(ours, path):.1f} MiB |"
            )


if __name__ == "__main__":
    main()

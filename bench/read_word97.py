"""Word 97–2003 reading time: seconds per .doc file through LibreOffice against reading the
same document as .docx.

    .venv/bin/python bench/read_word97.py [--rows 200] [--runs 5]

Writes a task list (a title, then a table of ``rows`` rows and six columns, then a closing
paragraph) as .docx with python-docx, saves it as .doc with LibreOffice, then reads the .doc
with ``ingest.readers.read_document`` (a LibreOffice conversion to .docx in a temporary
folder, then the .docx reader) and the .docx with the .docx reader alone; best and median of
``runs`` runs, one process at a time. Needs LibreOffice's ``soffice``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import run_times
from docx import Document

from ingest.readers import read_document
from ingest.readers.convert import convert_with_libreoffice


def write_docx(path: Path, rows: int) -> None:
    doc = Document()
    doc.add_paragraph("某县2026年重点任务分工表")
    table = doc.add_table(rows=rows + 1, cols=6)
    for c, text in enumerate(("序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限")):
        table.cell(0, c).text = text
    for r in range(1, rows + 1):
        cells = (
            str(r),
            f"推进第{r}项重点工作，建设花卉交易中心和冷链物流设施",
            f"完成投资{r % 90 + 10}亿元，新增规上企业{r % 20 + 1}家",
            "县发展和改革局",
            "县财政局、县自然资源局",
            "2026年12月底前",
        )
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_paragraph("某县人民政府办公室")
    doc.save(str(path))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "tasks.docx"
        write_docx(docx, args.rows)
        convert_with_libreoffice(docx, "doc", Path(tmp)).check_returncode()
        doc = Path(tmp) / "tasks.doc"
        print("| file | rows | size | best s | median s |")
        print("|---|---:|---:|---:|---:|")
        for name, path in ((".doc (LibreOffice, then .docx)", doc), (".docx", docx)):
            times = run_times(read_document, path, args.runs)
            size = path.stat().st_size / 2**10
            print(
                f"| {name} | {args.rows} | {size:.0f} KiB | {min(times):.2f} "
                f"| {statistics.median(times):.2f} |"
            )


if __name__ == "__main__":
    main()

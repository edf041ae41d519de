"""PDF reading speed: pages per second of the reader against pdfplumber's bare text.

    .venv/bin/python bench/read_pdf.py [--pages 40] [--rows 400]

Typesets two PDFs with reportlab (a dev extra) in a temporary folder: prose set as official
documents are printed (GB/T 9704: 22 lines of 28 characters a page, no tables) and a ruled
task table of ``rows`` rows. Each is read by ``ingest.readers.pdf.read_pdf`` (which looks
for ruled tables on every page and reads them as rows) and by pdfplumber's bare
``extract_text`` on every page; one core, best of three runs. The last column is the
decompression-bomb check ``read_document`` runs before the reader (every Flate stream
inflated a step at a time, its output thrown away).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import best_of

from ingest.readers import UNPACKED_FLOOR, check_pdf_streams
from ingest.readers.pdf import read_pdf

PARAGRAPH = (
    "　　到2026年，全县农林牧渔业总产值突破120亿元，新建和改造提升高标准农田5.5万亩，"
    "培育省级以上农业产业化龙头企业15家，粮食播种面积稳定在60万亩以上。"
    "（县农业农村局、县林业局牵头，县财政局、县商务局配合）"
)


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def prose_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    text = PARAGRAPH * (pages * 22 * 28 // len(PARAGRAPH) + 1)
    lines = [text[i : i + 28] for i in range(0, pages * 22 * 28, 28)]
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.setFont(font, 15)
        for i, line in enumerate(lines[n * 22 : (n + 1) * 22]):
            c.drawString(70, 770 - 28 * i, line)
        c.showPage()
    c.save()


def table_pdf(path: Path, rows: int) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _font()
    style = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    data: list[list[object]] = [["序号", "重点任务", "牵头单位", "配合单位"]]
    for i in range(rows):
        data.append(
            [
                str(i + 1),
                Paragraph(f"推进第{i + 1}项重点工作，建设标准化厂房{i + 1}万平方米。", style),
                Paragraph("县工业和信息化局", style),
                Paragraph("县发展和改革局、县财政局", style),
            ]
        )
    table = Table(data, colWidths=[30, 220, 110, 130], repeatRows=1)
    table.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        )
    )
    SimpleDocTemplate(str(path), pagesize=A4).build([table])


def bare_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--rows", type=int, default=400)
    args = ap.parse_args()
    import pdfplumber

    with tempfile.TemporaryDirectory() as tmp:
        prose, table = Path(tmp) / "prose.pdf", Path(tmp) / "table.pdf"
        prose_pdf(prose, args.pages)
        table_pdf(table, args.rows)
        print(
            "| PDF | pages | read_pdf pages/s | bare extract_text pages/s | read_pdf / bare time "
            "| bomb check ms |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for name, path in (("prose, no tables", prose), (f"task table, {args.rows} rows", table)):
            with pdfplumber.open(str(path)) as pdf:
                pages = len(pdf.pages)
            ours, bare = best_of(read_pdf, path), best_of(bare_text, path)
            check = best_of(lambda p: check_pdf_streams(p, UNPACKED_FLOOR), path)
            print(
                f"| {name} | {pages} | {pages / ours:.1f} | {pages / bare:.1f} | "
                f"{ours / bare:.2f}× | {check * 1000:.1f} |"
            )


if __name__ == "__main__":
    main()

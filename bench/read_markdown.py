"""Markdown reading speed and memory: MB per second of the Markdown reader on an OCR tool's
prose, on a pandoc grid table and on a pipe table, against decoding the same file bare
(the floor any reader pays), and the reader's peak memory.

    .venv/bin/python bench/read_markdown.py [--rows 2000] [--paragraphs 2000]

The files are written here: ``paragraphs`` paragraphs under ``#`` headings with bold figures,
formulas and images (as MinerU writes a scan); a task table of ``rows`` rows as pandoc writes a
grid table (cells padded to their column by display width, long tasks wrapped over three
lines, the 类别 cell merged down over every five rows); the same rows as a pipe table (as
marker writes one, two bodies in a cell parted by ``<br>``). One core, best of three runs;
the reader's peak memory by tracemalloc (Python allocations) in a separate run.
"""

from __future__ import annotations

import argparse
import tempfile
import unicodedata
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import best_of, peak_mib

from ingest.readers.markdown import read_markdown
from ingest.readers.txt import decode


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def prose(paragraphs: int) -> str:
    out = ["# 某县花卉产业三年行动方案（2025—2027年）", ""]
    for n in range(1, paragraphs + 1):
        if n % 20 == 1:
            out += [f"## （{n // 20 + 1}）第{n // 20 + 1}项重点任务", ""]
        out += [
            f"{n}.推进第{n}项重点工作。加快花卉交易中心建设，到2026年完成投资**{n % 90 + 10}亿元**，"
            f"产值年均增长 $1{n % 9} \\%$ 以上。（县发展和改革局牵头，县财政局配合）",
            "",
        ]
        if n % 50 == 0:
            out += [f"![](images/{n:06x}.jpg)", ""]
    return "\n".join(out)


def grid_table(rows: int) -> str:
    widths = [18, 8, 40, 18, 26]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    under_group = "|" + " " * (widths[0] + 2) + border[widths[0] + 3 :]

    def line(cells: list[str]) -> str:
        return "|" + "|".join(f" {pad(c, w)} " for c, w in zip(cells, widths, strict=True)) + "|"

    out = [border, line(["类别", "序号", "重点任务", "牵头单位", "配合单位"])]
    out.append(border.replace("-", "="))
    for r in range(1, rows + 1):
        task = f"推进第{r}项重点工作，建设花卉交易中心和冷链物流设施，完成投资{r % 90 + 10}亿元。"
        pieces = [task[:20], task[20:40], task[40:]]  # (the last may be empty)
        group = f"第{(r - 1) // 5 + 1}类" if r % 5 == 1 else ""
        for k, piece in enumerate(pieces):
            first = k == 0
            out.append(
                line(
                    [
                        group if first else "",
                        str(r) if first else "",
                        piece,
                        "县发展和改革局" if first else "",
                        ["县财政局", "", "县自然资源局"][k],
                    ]
                )
            )
        out.append(border if r % 5 == 0 else under_group)
    return "\n".join(out)


def pipe_table(rows: int) -> str:
    out = ["| 序号 | 重点任务 | 牵头单位 | 配合单位 |", "|:---:|---|---|---|"]
    out += [
        f"| {r} | 推进第{r}项重点工作，完成投资**{r % 90 + 10}**亿元 | 县发展和改革局 "
        "| 县财政局<br>县自然资源局 |"
        for r in range(1, rows + 1)
    ]
    return "\n".join(out)


def bare(path: Path) -> None:
    decode(path.read_bytes(), path.name)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--paragraphs", type=int, default=2000)
    args = ap.parse_args()
    files = {
        f"OCR prose, {args.paragraphs} paragraphs": prose(args.paragraphs),
        f"pandoc grid table, {args.rows} rows": grid_table(args.rows),
        f"pipe table, {args.rows} rows": pipe_table(args.rows),
    }
    print("| file | size | reader s | reader MB/s | bare decode s | ratio | reader peak |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            path = Path(tmp) / "plan.md"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            ours, floor = best_of(read_markdown, path), best_of(bare, path)
            print(
                f"| {name} | {size / 2**20:.2f} MiB | {ours:.3f} | {size / 1e6 / ours:.2f} "
                f"| {floor:.4f} | {ours / floor:.0f}× | {peak_mib(read_markdown, path):.1f} MiB |"
            )


if __name__ == "__main__":
    main()

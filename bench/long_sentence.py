"""Extraction of one very long sentence, and of one unit of very many notes: seconds and
peak memory as they grow.

    .venv/bin/python bench/long_sentence.py [--figures 1000 2000 5000 20000] [--notes 500 2000 8000]

A sentence of thousands of characters comes from a table's rows run together or a text that
lost its full stops: ``到2027年，建设项目1个，建设项目2个，…。`` with ``figures`` figures, in one
measure. Time should grow with the sentence's length, not its square: each figure's year was
once found by reading its sentence again from the start, and each figure's evidence held the
whole sentence. The notes are ``推进第1项工作。（市发改委牵头，市财政局配合）…`` in one measure (a
task list that lost its numbers): each note's role looked again for the items it gives out
from the unit's start, and each note was checked against every note found before it.
One core, best of three runs; peak memory by tracemalloc (Python
allocations) in a separate run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import best_of, peak_mib
from spacy.language import Language

from ingest.extract import extract
from ingest.nlp.pipeline import get_pipeline
from ingest.readers import RawDocument


def document(figures: int) -> str:
    items = "，".join(f"建设项目{i}个" for i in range(1, figures + 1))
    return f"某市2026年工作要点\n一、重点任务\n（一）推进项目建设。到2027年，{items}。（市发改委负责）\n"


def notes(count: int) -> str:
    body = "".join(f"推进第{i}项工作。（市发改委牵头，市财政局配合）" for i in range(1, count + 1))
    return f"某市2026年工作要点\n一、重点任务\n（一）推进工作。{body}\n"


def measure(label: str, n: int, text: str, nlp: Language) -> None:
    def run(_: Path) -> object:
        return extract(RawDocument("long", "long.txt", text, "txt"), nlp)

    seconds = best_of(run, Path("long.txt"))
    peak = peak_mib(run, Path("long.txt"))
    print(
        f"| {label} | {n:,} | {len(text):,} | {seconds:.2f} | {seconds / n * 1e6:.0f} | {peak:.0f} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures", type=int, nargs="+", default=[1000, 2000, 5000, 20000])
    ap.add_argument("--notes", type=int, nargs="+", default=[500, 2000, 8000])
    args = ap.parse_args()
    nlp = get_pipeline()
    extract(RawDocument("warm", "warm.txt", document(10), "txt"), nlp)
    print("| shape | figures or notes | characters | seconds | µs each | peak MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for n in args.figures:
        measure("figures in one sentence", n, document(n), nlp)
    for n in args.notes:
        measure("notes in one measure", n, notes(n), nlp)


if __name__ == "__main__":
    main()

"""Mentions (places, organisations, projects, events, programmes) alone: characters per
second of ``find_mentions`` over the genre corpus's text files, read and normalised.

    .venv/bin/python bench/mentions.py [--repeat 3]

The corpus's ``.txt`` documents are joined and repeated ``repeat`` times; one core, best of
three passes. Mentions are a small share of extraction (compare ``bench/ingest.py``): this
keeps their rules, which are regular expressions tried near their names' tails, from growing
into a cost of their own.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)
from _timing import best_of

from ingest.nlp.mentions import find_mentions
from ingest.normalise import normalise
from ingest.readers import read_document

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "ingest" / "genre" / "docs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted(CORPUS.glob("*.txt"))
    text = "\n".join(normalise(read_document(f).text).text for f in files) * args.repeat
    found = len(find_mentions(text))
    seconds = best_of(lambda _: find_mentions(text), CORPUS)
    print(f"{len(files)} text files × {args.repeat}: {len(text):,} characters, {found:,} mentions")
    print(f"find_mentions: {seconds:.3f} s a pass, {len(text) / seconds:,.0f} chars/s")


if __name__ == "__main__":
    main()

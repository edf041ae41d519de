"""Whole-extraction speed and memory on one core, split by stage, against spaCy's bare tokenizer.

    .venv/bin/python bench/ingest.py [--repeat 40] [--segmenter char jieba]

Extracts the sample documents ``repeat`` times (no graph writes), reports
UTF-8 MB/s and characters/s of the whole extraction, the time per stage, the
peak resident memory, and the bare tokenizer of the same spaCy pipeline over
the same texts (ratio = extraction time / tokenizer time).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import _nopath  # noqa: F401 - must come first (see the module)

from ingest.extract import extract
from ingest.nlp.pipeline import build_pipeline
from ingest.readers import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--segmenter", nargs="+", default=["char", "jieba"])
    args = ap.parse_args()
    raws = [read_document(p) for p in sorted(SAMPLES.glob("*.txt"))]
    chars = sum(len(r.text) for r in raws) * args.repeat
    mb = sum(len(r.text.encode("utf-8")) for r in raws) * args.repeat / 1e6
    print(
        f"corpus: {len(raws)} sample documents × {args.repeat} = {chars:,} characters, {mb:.2f} MB UTF-8"
    )
    print()
    print(
        "| segmenter | extraction MB/s | chars/s | normalise | structure | spaCy pipeline | records | bare tokenizer chars/s | extraction / tokenizer time |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    jieba_cache = tempfile.TemporaryDirectory(prefix="policykg-bench-jieba-")  # removed at exit
    for seg in args.segmenter:
        nlp = build_pipeline(seg, Path(jieba_cache.name) if seg == "jieba" else None)
        for raw in raws:  # warm up (lexicons, matcher, jieba dictionary, caches built on
            extract(raw, nlp)  # first use by either document)
        stages = {"normalise": 0.0, "structure": 0.0, "nlp": 0.0, "records": 0.0}
        t = time.perf_counter()
        for _ in range(args.repeat):
            for raw in raws:
                ex = extract(raw, nlp)
                for k, v in ex.timings.items():
                    stages[k] += v
        total = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(args.repeat):
            for raw in raws:
                nlp.make_doc(raw.text)
        tok = time.perf_counter() - t
        share = {k: f"{v / total:.0%}" for k, v in stages.items()}
        print(
            f"| {seg} | {mb / total:.2f} | {chars / total:,.0f} | {share['normalise']} | {share['structure']} | "
            f"{share['nlp']} | {share['records']} | {chars / tok:,.0f} | {total / tok:.1f}× |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"peak resident memory of the whole run: {peak:.0f} MiB")


if __name__ == "__main__":
    main()

"""README's tally of the blind batches' first runs is the one their table in
docs/extraction.md gives: counted from the table's cells, not kept by hand.

Each batch of the genre corpus has a column in the first-contact table ("| field | batch 1 |
…"), its cells a field's score on the batch's first run: ``1.000 (61)`` (61 found, none
wrong), ``0.889 (24 tp, 4 fp, 2 fn)``, ``—`` where the batch's gold names none and nothing
was found. A batch names a field when its gold does (tp + fn > 0); it was right when nothing
was missed or found wrongly."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_COUNTS = re.compile(r"\((\d+) tp, (\d+) fp, (\d+) fn\)|\((\d+)\)")


def table() -> dict[str, list[str]]:
    """The first-contact table's rows: a field's cells, one a batch (not the corpus's last
    column)."""
    lines = (ROOT / "docs" / "extraction.md").read_text(encoding="utf-8").split("\n")
    first = next(k for k, line in enumerate(lines) if line.startswith("| field | batch 1 |"))
    rows: dict[str, list[str]] = {}
    for line in lines[first + 2 : first + 10]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows[cells[0]] = cells[1:-1]
    return rows


def tally(cells: list[str]) -> tuple[int, int, list[str]]:
    """How many batches were right, how many name the field, and each naming one's F1."""
    right, named, f1s = 0, 0, []
    for cell in cells:
        m = _COUNTS.search(cell)
        if m is None:
            continue  # (— : none named, none found)
        tp, fp, fn = (int(m[1]), int(m[2]), int(m[3])) if m[1] else (int(m[4]), 0, 0)
        if tp + fn == 0:
            continue  # (the gold names none: a false hit is no batch naming the field)
        named += 1
        right += fp == 0 and fn == 0
        f1s.append(cell.split()[0])
    return right, named, f1s


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def stated(pattern: str) -> tuple[int, int]:
    m = re.search(pattern, readme())
    assert m is not None, pattern
    return int(m[1]), int(m[2])


def test_table_cells_parse() -> None:
    rows = table()
    assert set(rows) >= {"roles", "targets", "industries"}
    lengths = {len(cells) for cells in rows.values()}
    assert len(lengths) == 1 and lengths.pop() > 1000
    for field in ("roles", "targets", "industries"):
        for cell in rows[field]:
            assert cell.startswith("—") or _COUNTS.search(cell), (field, cell)


def test_readme_states_the_tables_tally_of_roles_and_targets() -> None:
    rows = table()
    assert (
        stated(r"roles were right on first contact in (\d+) of the (\d+) batches")
        == (tally(rows["roles"])[:2])
    )
    assert stated(r"targets in (\d+) of the (\d+) naming any") == tally(rows["targets"])[:2]


def test_readme_states_the_tables_tally_of_industries_and_each_f1() -> None:
    right, named, f1s = tally(table()["industries"])
    assert stated(r"industries in (\d+) of the (\d+) naming any") == (right, named)
    m = re.search(
        r"industries in \d+ of the \d+ naming any \(F1 each, in order: ([^)]*)\)", readme()
    )
    assert m is not None
    assert re.findall(r"\d\.\d{3}", m[1]) == f1s

"""Excel .xlsx workbooks: task lists (任务分工表) and indicator tables are often published
as spreadsheets, not as Word files.

Each visible sheet's rows become tab-separated lines, as the tables of .docx, .html and
.pdf files do, sheet after sheet with a blank line between; a hidden sheet (working notes,
lookup lists) is not part of what was published and is not read. Merged cells keep the
grid as the other readers keep it: a cell merged down is repeated in each of its rows, one
merged across is followed by empty cells — and a row holding nothing but its first cell
(a title or a group merged across the sheet, a note under the table) is that text alone,
a line of prose; columns empty in every row (a table set in from the sheet's edge) are
left out. Cells read as a reader sees them: formulas by their last computed value,
whole numbers without ``.0``, a percentage cell as ``6.5%``, a date as ``2025年12月31日``
(month only when the cell shows no day), a cell's lines (Alt+Enter) joined as
``cells.join_cell_lines`` joins a Word cell's.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.readers.cells import join_cell_lines


def read_xlsx(path: Path) -> str:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # not read_only: a read-only sheet does not know its merged cells
        workbook = openpyxl.load_workbook(str(path), data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise IngestError(
            f"{path.name}: not a readable .xlsx file ({type(exc).__name__}: {exc}); "
            "re-save it from Excel or WPS as .xlsx."
        ) from None
    sheets = [
        "\n".join(_sheet_lines(ws)) for ws in workbook.worksheets if ws.sheet_state == "visible"
    ]
    return "\n\n".join(s for s in sheets if s.strip())


def _sheet_lines(ws: Any) -> list[str]:
    # from A1 (iter_rows would start at the first row and column holding a cell), so a
    # merged range's coordinates index the grid
    rows = ws.iter_rows(min_row=1, min_col=1, max_row=ws.max_row, max_col=ws.max_column)
    grid = [[_cell_text(cell) for cell in row] for row in rows]
    for merged in ws.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else ""
        for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            row = grid[r - 1]
            row[merged.min_col - 1] = top  # merged down: the text again in each row
    # a table set in from the sheet's edge: the columns empty in every row are no part of it
    left = min((next(i for i, t in enumerate(row) if t) for row in grid if any(row)), default=0)
    lines = [_row_line(row[left:]) for row in grid]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _filled_width(row: list[str]) -> int:
    return max((i + 1 for i, text in enumerate(row) if text), default=0)


def _row_line(row: list[str]) -> str:
    """A row as a line: its cells tab-separated up to its last filled one; a row holding
    only its first cell is that text alone (a line of prose)."""
    return "\t".join(row[: _filled_width(row)])


def _cell_text(cell: Any) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime | date):
        return _date_text(value, str(cell.number_format))
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, int | float):
        return _number_text(value, str(cell.number_format))
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return join_cell_lines(lines).replace("\t", " ")


def _number_text(value: float, number_format: str) -> str:
    if "%" in number_format:
        value = value * 100
        return f"{_plain(value)}%"
    return _plain(value)


def _plain(value: float) -> str:
    """A number as written by hand: no ``.0`` on a whole number, no binary noise
    (``0.1 + 0.2`` reads ``0.3``)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.12g}"


def _date_text(value: date, number_format: str) -> str:
    """A date as the documents write one; without its day when the cell shows none
    (``yyyy"年"m"月"``), at midnight without its time."""
    shown = number_format.lower().replace('"', "")
    # the day's code d, outside the text of a format such as [$-804]
    shows_day = "d" in shown.split("]")[-1]
    text = f"{value.year}年{value.month}月"
    if shows_day or shown == "general":
        text += f"{value.day}日"
    if isinstance(value, datetime) and value.time() != time(0, 0):
        text += f" {value:%H:%M}"
    return text

"""Spreadsheets: Excel .xlsx (openpyxl), Excel 97–2003 .xls (xlrd) and .csv. Task lists
(任务分工表), indicator tables and project lists are often published as spreadsheets, not
as Word files.

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

In a workbook of several sheets, a sheet named as a part is (a task list whose parts are
its sheets: 一、产业升级, 二、绿色发展) has its name written over its table, under the title
rows it opens with; other names (Sheet2, 重点项目) are labels, not the document's text.

Many sites serve a web page or an .xlsx file under an .xls name: an .xls file is read by
what it holds, not by its name. Where an .xlsx workbook says that bodies printed in bold, red
or underlined lead (注：加粗的为牵头单位), such a body's name is marked as the asterisk rule
writes it (see ``read_xlsx``).
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.headings import HEADING_KINDS
from ingest.readers.bold import mark_bold
from ingest.readers.cells import fill_merged_leads, join_cell_lines
from ingest.role_labels import lead_emphasis


@dataclass
class _Sheet:
    """A sheet's name, its cells as text, row by row from A1, and its merged ranges as
    (first row, last row, first column, last column), 0-based and inclusive."""

    name: str
    grid: list[list[str]]
    merged: list[tuple[int, int, int, int]]


Headings = list[tuple[int, str]]


def read_workbook(path: Path) -> tuple[str, Headings]:
    """A workbook's text (.xlsx, or .xls by what it holds) and the headings its sheets' names
    make (see ``_text``: sheets named as labels, each numbering its rows from 1)."""
    headings: Headings = []
    text = read_xlsx(path, headings) if path.suffix.lower() == ".xlsx" else read_xls(path, headings)
    return text, headings


def read_xlsx(path: Path, headings: Headings | None = None) -> str:
    """An .xlsx workbook's text (see the module doc); where it says that bodies printed in
    bold, red or underlined lead (注：加粗的为牵头单位), such a body's name in a cell — the
    whole cell or a run of its rich text; where highlighted ones lead (标黄的), a filled cell —
    is written as the asterisk rule writes it (县发改局*), as the Word reader writes one.
    ``headings``, where given, takes the headings the sheets' names make."""
    text = _read_xlsx(path, None, headings)
    emphasis = lead_emphasis(text)
    if emphasis in _XLSX_EMPHASES:
        if headings is not None:
            headings.clear()
        return _read_xlsx(path, emphasis, headings)
    return text


def _read_xlsx(path: Path, emphasis: str | None, headings: Headings | None = None) -> str:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # not read_only: a read-only sheet does not know its merged cells; opened as a file,
        # as openpyxl refuses a name not ending in .xlsx (an .xlsx served as .xls); in
        # silence, as it warns of every extension it does not model (drop-down lists' data
        # validation, which Excel and WPS write) and those hold no text
        with path.open("rb") as f, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(f, data_only=True, rich_text=emphasis is not None)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise IngestError(
            f"{path.name}: not a readable .xlsx file ({type(exc).__name__}: {exc}); "
            "re-save it from Excel or WPS as .xlsx."
        ) from None
    sheets = []
    for ws in workbook.worksheets:
        if ws.sheet_state != "visible":
            continue
        # from A1 (iter_rows would start at the first row and column holding a cell), so a
        # merged range's coordinates index the grid
        rows = ws.iter_rows(min_row=1, min_col=1, max_row=ws.max_row, max_col=ws.max_column)
        grid = [
            [_value_text(_marked(c, emphasis), str(c.number_format)) for c in row] for row in rows
        ]
        merged = [
            (m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1)
            for m in ws.merged_cells.ranges
        ]
        sheets.append(_Sheet(ws.title, grid, merged))
    return _text(sheets, headings)


def _emphasised(font: Any, emphasis: str) -> bool:
    """Whether a cell's or a rich text run's font prints it as ``emphasis`` says (bold, red:
    its colour's red well above its green and blue, underline)."""
    if font is None:
        return False
    if emphasis == "bold":
        return bool(font.b)
    if emphasis == "underline":
        return font.u not in (None, "none")
    rgb = getattr(getattr(font, "color", None), "rgb", None)
    if not isinstance(rgb, str) or len(rgb) < 6:
        return False
    r, g, b = (int(rgb[-6:][i : i + 2], 16) for i in (0, 2, 4))
    return r >= 0xB0 and g <= 0x60 and b <= 0x60


def _filled(cell: Any) -> bool:
    """Whether a cell is highlighted: filled (a solid pattern's foreground; 标黄 is a cell's
    fill in a workbook, not a font's) with a colour, not white nor a grey (a header's or a
    banded row's shading); a theme's colour, which the file does not spell out, is not read."""
    from openpyxl.styles.colors import COLOR_INDEX

    fill = cell.fill
    if fill is None or getattr(fill, "fill_type", None) != "solid":
        return False
    colour = fill.fgColor
    rgb = getattr(colour, "rgb", None) if getattr(colour, "type", None) == "rgb" else None
    if getattr(colour, "type", None) == "indexed" and 0 <= colour.indexed < len(COLOR_INDEX):
        rgb = COLOR_INDEX[colour.indexed]
    if not isinstance(rgb, str) or len(rgb) < 6:
        return False
    r, g, b = (int(rgb[-6:][i : i + 2], 16) for i in (0, 2, 4))
    return max(r, g, b) - min(r, g, b) >= 0x30


_XLSX_EMPHASES = ("bold", "red", "underline", "highlight")


def _marked(cell: Any, emphasis: str | None) -> Any:
    """A cell's value, the body names it prints as ``emphasis`` marked (see ``bold.mark_bold``):
    a run of its rich text, or the whole cell."""
    value = cell.value
    if emphasis is None or value is None:
        return value
    from openpyxl.cell.rich_text import CellRichText

    if emphasis == "highlight":  # (a fill is the whole cell's)
        if isinstance(value, (str, CellRichText)) and _filled(cell):
            return mark_bold(str(value), "", "", in_cell=True)
        return value
    if isinstance(value, str):
        return mark_bold(value, "", "", in_cell=True) if _emphasised(cell.font, emphasis) else value
    if not isinstance(value, CellRichText):
        return value  # (a number, a date: as it is)
    out: list[str] = []
    marked: list[str] = []
    for block in value:  # (its parts: plain text and runs of text in a font of their own)
        text = block if isinstance(block, str) else block.text
        font = cell.font if isinstance(block, str) else block.font
        if _emphasised(font, emphasis):
            marked.append(text)
            continue
        if marked:
            out.append(mark_bold("".join(marked), "".join(out), text, in_cell=True))
            marked.clear()
        out.append(text)
    if marked:
        out.append(mark_bold("".join(marked), "".join(out), "", in_cell=True))
    return "".join(out)


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file an Excel 97–2003 book is in
_ZIP = b"PK\x03\x04"


def read_xls(path: Path, headings: Headings | None = None) -> str:
    """An .xls file by what it holds: an Excel 97–2003 workbook, or an .xlsx workbook or a
    web page (an HTML table, as many sites' "export to Excel" writes) given an .xls name."""
    with path.open("rb") as f:
        head = f.read(64)
    if head.startswith(_ZIP):
        return read_xlsx(path, headings)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        from ingest.readers.html import read_html

        return read_html(path)[0]
    return _read_biff(path, headings)


def _read_biff(path: Path, headings: Headings | None = None) -> str:
    import xlrd
    from xlrd.xldate import XLDateError, xldate_as_datetime

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True)
    except Exception as exc:  # xlrd raises many error types of its own on a damaged file
        raise IngestError(
            f"{path.name}: not a readable Excel 97–2003 (.xls) file ({type(exc).__name__}: "
            f"{exc}); re-save it from Excel or WPS as .xlsx."
        ) from None

    def text(cell: Any) -> str:
        shown = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                return _value_text(xldate_as_datetime(cell.value, book.datemode), shown)
            except (XLDateError, ValueError, OverflowError):
                return _value_text(cell.value, "General")
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return _value_text(bool(cell.value), shown)
        if cell.ctype in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER):
            return _value_text(cell.value, shown)
        return ""  # empty, blank, or an error (#DIV/0!)

    sheets = []
    for sh in book.sheets():
        if sh.visibility != 0:
            continue
        grid = [[text(sh.cell(r, c)) for c in range(sh.ncols)] for r in range(sh.nrows)]
        merged = [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]
        sheets.append(_Sheet(sh.name, grid, merged))
    return _text(sheets, headings)


def read_csv(path: Path) -> tuple[str, str]:
    """A .csv file (an open-data portal's export of a task or project list) as one sheet:
    its text decoded as a .txt file's is (UTF-8, GB18030/GBK, UTF-16), its rows split by
    the delimiter the file uses (a comma, a tab or a semicolon), a quoted cell holding
    commas or line breaks kept whole, a lead cell merged over rows (written in the first)
    leading them all; and the encoding it was read with."""
    import csv
    import io

    from ingest.readers.txt import decode

    text, encoding = decode(path.read_bytes(), path.name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",\t;"
        )
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    grid = [[_value_text(cell.strip(), "General") for cell in row] for row in rows]
    # (a workbook's merged cells are written in their first cell only)
    return _text([_Sheet(path.stem, fill_merged_leads(grid), [])]), encoding


def _text(sheets: list[_Sheet], headings: Headings | None = None) -> str:
    """The sheets' lines, a blank line between sheets. In a workbook of several sheets a
    sheet named as a part is (一、产业升级, where the parts of a task list are its sheets)
    has its name written over its table, under the title rows it opens with, unless its
    first lines already say it; other names (Sheet2, 重点项目) are labels, not text — unless
    every sheet holding a table is named so and their tables each number their rows from 1
    (主要指标, 重点任务 — batch 1486: the second sheet's rows collided with the first's, 1~2):
    then each name is written over its table and given to ``headings``, a heading the
    markup sets (its rows a part's, 重点任务.1), as a page's <h2> would be."""
    sheet_lines = [(sheet, _sheet_lines(sheet)) for sheet in sheets]
    labels = _label_sheets(sheet_lines)
    texts = []
    for sheet, lines in sheet_lines:
        name = sheet.name.strip()
        opening = [line for line in lines[:3] if "\t" not in line]
        part = any(rx.match(name) for _, rx in HEADING_KINDS)
        if len(sheets) > 1 and (part or name in labels) and name not in opening:
            table = next((i for i, line in enumerate(lines) if "\t" in line), 0)
            lines.insert(table, name)
            if name in labels and headings is not None:
                headings.append((1, name))
        texts.append("\n".join(lines))
    return "\n\n".join(t for t in texts if t)


# a sheet's default name (Sheet1, 工作表2), no label of what it holds
_DEFAULT_SHEET = re.compile(r"(?i)sheet\s*\d*|工作表\s*\d*|表\s*\d+")
_FIRST_ROW_NUMBER = re.compile(r"1[.、．]?\t")


def _label_sheets(sheet_lines: list[tuple[_Sheet, list[str]]]) -> set[str]:
    """The names of a workbook's sheets (each with its lines) that label what they hold, where
    every sheet with a table has such a name (none a part's, none a default) and each table
    numbers its rows from 1 under no part of its own — two tables or more, whose rows' numbers
    would collide."""
    tables = [(s, lines) for s, lines in sheet_lines if any("\t" in line for line in lines)]
    if len(tables) < 2:
        return set()
    names = [s.name.strip() for s, _ in tables]
    if len(set(names)) < len(names) or any(
        _DEFAULT_SHEET.fullmatch(n) or any(rx.match(n) for _, rx in HEADING_KINDS) for n in names
    ):
        return set()
    for _, lines in tables:
        if not any(_FIRST_ROW_NUMBER.match(line) for line in lines):
            return set()
        if any(
            "\t" not in line and any(rx.match(line) for _, rx in HEADING_KINDS) for line in lines
        ):
            return set()  # (its rows under parts of its own, 一、…: no collision to part)
    return set(names)


def _sheet_lines(sheet: _Sheet) -> list[str]:
    grid = sheet.grid
    for r0, r1, c0, _c1 in sheet.merged:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        top = grid[r0][c0]
        for r in range(r0 + 1, min(r1, len(grid) - 1) + 1):
            if c0 < len(grid[r]):
                grid[r][c0] = top  # merged down: the text again in each row
    # a table set in from the sheet's edge: the columns empty in every row are no part of it
    left = min((next(i for i, t in enumerate(row) if t) for row in grid if any(row)), default=0)
    lines = [_row_line(row[left:]) for row in grid]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _row_line(row: list[str]) -> str:
    """A row as a line: its cells tab-separated up to its last filled one; a row holding
    only its first cell is that text alone (a line of prose)."""
    width = max((i + 1 for i, text in enumerate(row) if text), default=0)
    return "\t".join(row[:width])


def _value_text(value: Any, number_format: str) -> str:
    """A cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime | date):
        return _date_text(value, number_format)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, int | float):
        if "%" in number_format:
            return f"{_plain(value * 100)}%"
        return _plain(value)
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return join_cell_lines(lines).replace("\t", " ")


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

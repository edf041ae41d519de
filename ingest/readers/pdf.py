"""PDF with a text layer (scans without one are refused with advice). A running header
(the same first line on every page) is dropped.

A glyph whose font gives no Unicode character for it (pdfminer writes ``(cid:123)``) is
read as U+FFFD, the replacement character, so its place shows; a PDF whose text layer is
mostly such glyphs (fonts embedded without a ToUnicode map, as some typesetting systems
write them), or mostly codes of the Private Use Area (fonts mapping their glyphs to codes of
their own), cannot be read and is refused with advice, as a scan is.

A page set in two columns (a government gazette's, 政府公报) is read column by column, a
headline across both columns in its place (pdf_columns.py).

Where the document says that bodies printed in bold or in red lead (注：加粗的为牵头单位),
such a body's name listed in a note or alone in a table's cell is marked as the asterisk rule
writes it (县发改局*), as the Word reader marks one (``_marks_for``).

The lines printed as headings — short lines larger than the body text, or of its size in a
bold face — are passed on with their levels (``headings_by_size``), for a document whose
headings no marker numbers (a Word file's Heading styles, printed).

Ruled tables (a 任务分工表 printed with its grid) are read as tables: their rows become
tab-separated lines, as .docx and .html tables do, between the text above and below
them; tables ruled across only, or not at all, too (open_tables.py), their rows going on
at the next page's head. A cell merged down over several rows is repeated in each, as Word repeats a
vertically merged cell; one merged across columns is followed by empty cells.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.headings import HEADING_START
from ingest.markup_headings import BOLD_LINE_LEVEL
from ingest.readers.bold import mark_bold
from ingest.readers.cells import NAME_OPENS, WHOLE_NAME, join_cell_lines, wraps_into
from ingest.readers.note_marks import is_note_mark
from ingest.readers.open_tables import (
    FOOT_LINES,
    Carried,
    OpenTable,
    Rule,
    Word,
    carried_on,
    tables_on_page,
)
from ingest.readers.pdf_columns import Band, column_bands, may_have_columns
from ingest.role_labels import lead_emphasis


def read_pdf(path: Path) -> tuple[str, list[tuple[int, str]]]:
    """A PDF's text (see the module doc) and the lines printed as headings (see
    ``headings_by_size``)."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pages, printed = _read_pages(pdfplumber, path, None)
        emphasis = lead_emphasis("\n".join(pages))
        if emphasis in _PDF_EMPHASES:
            # read again, the bodies printed so marked, now that the document says what bold
            # (red) type means
            pages, printed = _read_pages(pdfplumber, path, emphasis)
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(
            f"{path.name}: the PDF is damaged or truncated ({type(exc).__name__}); "
            "download it again or export it anew."
        ) from None
    except Exception as exc:  # pdfminer and pdfplumber raise many error types of their own
        raise IngestError(
            f"{path.name}: the PDF is damaged or truncated ({type(exc).__name__}: {exc}); "
            "download it again or export it anew."
        ) from None
    text = "\n\n".join(without_running_header(pages))
    if not text.strip():
        raise IngestError(f"{path.name}: the PDF has no text layer (a scan?); {OCR_ADVICE}")
    return _decoded(text, path.name), headings_by_size(printed)


def _read_pages(
    pdfplumber: Any, path: Path, emphasis: str | None
) -> tuple[list[str], list[PrintedLine]]:
    """The pages' texts (rows broken across a page's foot whole again) and printed lines."""
    read: list[_Page] = []
    printed: list[PrintedLine] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page = _as_printed(page, emphasis)
            read.append(_page_text(page, read[-1].carried if read else None))
            printed += read[-1].printed
    return _rows_rejoined(read), printed


@dataclass(frozen=True)
class PrintedLine:
    """A line of a page as printed: its text, its glyphs' size (the middle one's) and
    whether they are all set in a bold face."""

    text: str
    size: float
    bold: bool


# a bold face by its name (Word's SimHei, 黑体 for a plan's first level, any …-Bold)
_BOLD_FACE = re.compile(r"Bold|Heavy|Black|SimHei|Heiti|黑体", re.I)


def _printed(lines: list[dict[str, Any]]) -> list[PrintedLine]:
    """A page's lines (pdfplumber's ``extract_text_lines``) as printed."""
    out = []
    for line in lines:
        glyphs = [c for c in line.get("chars", []) if c["text"].strip()]
        if glyphs:
            sizes = sorted(round(c["size"] * 2) / 2 for c in glyphs)
            bold = all(_BOLD_FACE.search(c["fontname"]) for c in glyphs)
            out.append(PrintedLine(line["text"].strip(), sizes[len(sizes) // 2], bold))
    return out


# a heading is printed this much larger than the body text (Word's Heading 2: 13 pt over 11)
_LARGER = 1.15
_HEADING_LENGTH = 40  # a longer line is a paragraph's, whatever its type


def headings_by_size(lines: list[PrintedLine]) -> list[tuple[int, str]]:
    """The lines printed as headings, (level, text) in order: short lines printed larger than
    the body text (the size most glyphs have), a level for each size, the largest first;
    and short lines of the body's size set wholly in a bold face, at ``BOLD_LINE_LEVEL``.
    A heading printed over two lines of one size is one heading."""
    weight: Counter[float] = Counter()
    for line in lines:
        weight[line.size] += len(line.text)
    if not weight:
        return []
    body = weight.most_common(1)[0][0]
    sizes = sorted({ln.size for ln in lines if ln.size >= body * _LARGER}, reverse=True)
    out: list[tuple[int, str]] = []
    last_size = 0.0
    for line in lines:
        if line.size >= body * _LARGER:
            level = sizes.index(line.size) + 1
        elif line.bold and line.size >= body:
            level = BOLD_LINE_LEVEL
        else:
            last_size = 0.0
            continue
        if out and line.size == last_size and out[-1][0] == level and level != BOLD_LINE_LEVEL:
            out[-1] = (level, out[-1][1] + line.text)  # (a heading printed over two lines)
        else:
            out.append((level, line.text))
        last_size = line.size
    return [(level, text) for level, text in out if len(text) <= _HEADING_LENGTH]


_UNMAPPED = re.compile(r"\(cid:\d+\)")
_PRIVATE = re.compile("[\ue000-\uf8ff]")
# Past this share of a text layer's characters, glyphs without a Unicode character (or with
# a private code) are no stray symbol (a bullet from a symbol font) but a text layer that
# cannot be read.
UNMAPPED_SHARE = 0.05
# What to do with a scan: OCR, best by a tool that writes the tables as tables (a text layer
# of words, as ocrmypdf's Tesseract gives, loses them: the corpus's batch 97)
OCR_ADVICE = (
    "run OCR on it first and ingest the result — a tool that writes Markdown keeps the "
    "tables (for example MinerU: `mineru -p in.pdf -o out/`, then ingest the .md it writes); "
    "`ocrmypdf --force-ocr -l chi_sim in.pdf out.pdf` adds a text layer, but a table then "
    "reads as lines of words."
)
_OCR = f"{OCR_ADVICE} Or export the PDF anew from its source document."


def _decoded(text: str, name: str) -> str:
    """``text`` with each glyph pdfminer could not map (``(cid:N)``) as U+FFFD; refused when
    such glyphs, or private codes, are more than UNMAPPED_SHARE of its characters."""
    text, unmapped = _UNMAPPED.subn("\ufffd", text)
    private = len(_PRIVATE.findall(text))
    if unmapped or private:
        glyphs = sum(not c.isspace() for c in text)
        if unmapped > UNMAPPED_SHARE * glyphs:
            raise IngestError(
                f"{name}: {unmapped} of the {glyphs} characters of the PDF's text layer have "
                "no Unicode character (its fonts were embedded without a ToUnicode map), so "
                f"its text cannot be read; {_OCR}"
            )
        if private > UNMAPPED_SHARE * glyphs:
            raise IngestError(
                f"{name}: {private} of the {glyphs} characters of the PDF's text layer are "
                "private codes of its fonts (U+E000–U+F8FF), not the characters printed, so "
                f"its text cannot be read; {_OCR}"
            )
    return text


def without_running_header(pages: list[str]) -> list[str]:
    """Pages without the running header Word and WPS print at the top of each (the plan's
    title above a rule): a first line the same on every page of two or more."""
    if len(pages) < 2:
        return pages
    split = [page.lstrip().split("\n", 1) for page in pages]
    firsts = {parts[0].strip() for parts in split}
    first = next(iter(firsts))
    if len(firsts) != 1 or not first or len(first) > 50:
        return pages
    return [parts[1] if len(parts) > 1 else "" for parts in split]


def _cell_text(text: str | None) -> str:
    """A cell's lines joined: the wraps of a narrow column are not spaces."""
    return "".join(line.strip() for line in (text or "").split("\n"))


def _cell_paragraphs(
    chars: list[dict[str, Any]], box: tuple[float, float, float, float]
) -> str | None:
    """A cell's text from its glyphs: a line reaching the cell's right edge wraps into the
    next (joined bare), one ending short of it ends a paragraph — and paragraphs that are
    each a body's name are a list (joined by 、, ``join_cell_lines``), as Word's cells list
    bodies one a line (经济发展局 / 凤凰科创园管理办公室 ran together as one name).
    None when the cell has no glyphs of its own (the extracted text is kept)."""
    x0, top, x1, bottom = box
    chars = [
        c
        for c in chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
    ]
    if not chars:
        return None
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][0]["top"] - c["top"]) < c["size"] / 2:
            lines[-1].append(c)
        else:
            lines.append([c])
    paragraphs: list[str] = []
    wrapped = False
    for line in lines:
        text = "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"])).strip()
        # (a line filling the cell wraps — unless it is a name and the next opens another:
        # 市商务局（刘洋） / 市茉莉花产业发展中心, 中国移动沭阳分公司 / 中国电信沭阳分公司; or a name
        # closed by its role's mark)
        if wrapped and paragraphs and wraps_into(paragraphs[-1], text):
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        width = max(c["x1"] - c["x0"] for c in line)
        wrapped = max(c["x1"] for c in line) >= x1 - 2.5 * width
    # (paragraphs of anything else run on, as a cell's lines did: the wraps of a narrow
    # column are not spaces)
    return join_cell_lines(paragraphs, apart="")


def _grid(table: Any) -> list[list[str]]:
    """The table's rows with merged cells resolved by geometry (see the module doc)."""
    raw = table.extract()
    columns = [c.bbox for c in table.columns]
    left, top_, right, bottom_ = table.bbox
    chars = [  # (the table's glyphs, looked through cell by cell)
        c
        for c in table.page.chars
        if left <= c["x0"] and c["x1"] <= right + 1 and top_ - 2 <= c["top"] <= bottom_
    ]
    grid: list[list[str]] = []
    for r, (row, cells) in enumerate(zip(raw, (row.cells for row in table.rows), strict=True)):
        out: list[str] = []
        boxes = [b for b in cells if b is not None]
        top = min((b[1] for b in boxes), default=0.0)
        bottom = min((b[3] for b in boxes), default=0.0)
        for c, text in enumerate(row):
            if cells[c] is not None or c >= len(columns):
                box = cells[c] if c < len(cells) else None
                read = _cell_paragraphs(chars, box) if box is not None and text else None
                out.append(read if read is not None else _cell_text(text))
                continue
            cx, cy = (columns[c][0] + columns[c][2]) / 2, (top + bottom) / 2
            cover = next(
                (b for b in table.cells if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None
            )
            merged_down = cover is not None and cover[1] < top - 1 and r > 0
            out.append(grid[r - 1][c] if merged_down and c < len(grid[r - 1]) else "")
        grid.append(out)
    return grid


def _open_tables(
    page: Any, taken: list[tuple[float, float, float, float]], carried: Carried | None
) -> list[OpenTable]:
    """Tables ruled across but not down, and tables with no rules at all (see open_tables.py),
    outside the ruled tables found (``taken``: their boxes); the rows at the page's head of
    a table ``carried`` from the page before."""

    def outside(top: float, bottom: float) -> bool:
        return not any(b[1] - 3 <= top and bottom <= b[3] + 3 for b in taken)

    rules = [
        Rule(e["x0"], e["x1"], e["top"])
        for e in page.edges
        if e["orientation"] == "h" and outside(e["top"], e["top"])
    ]
    text = "".join(c["text"] for c in page.chars if outside(c["top"], c["bottom"]))
    return tables_on_page(
        rules,
        text,
        lambda: [
            Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"])
            for w in page.extract_words()
            if outside(w["top"], w["bottom"])
        ],
        snap=3.0,
        carried=carried,
        rests=True,  # (joined to their rows by _rows_rejoined)
    )


def _banded_text(page: Any, bands: list[Band]) -> str:
    """A page set in two columns read band by band: a band across the page as it is, a band
    of columns its left column down, then its right (each band cropped from midway to the
    bands beside it)."""
    x0, page_top, x1, page_bottom = page.bbox
    parts: list[str] = []
    top = page_top
    for i, band in enumerate(bands):
        bottom = page_bottom if i == len(bands) - 1 else (band.bottom + bands[i + 1].top) / 2
        bottom = max(top, bottom)
        boxes = (
            [(x0, top, x1, bottom)]
            if band.split is None
            else [(x0, top, band.split, bottom), (band.split, top, x1, bottom)]
        )
        # (characters wholly inside each box: none is read twice)
        parts += [page.within_bbox(box).extract_text() or "" for box in boxes]
        top = bottom
    return "\n".join(p for p in parts if p.strip())


# how near a horizontal rule must come to where vertical rules end to close them, in points
_CUT_SNAP = 3.0


def _cuts(page: Any) -> list[float]:
    """Where a table is cut by the page: two or more of its vertical rules end at one height
    with no horizontal rule there — a row broken across a page's foot, its rest at the next
    page's head, printed without a rule at the break (as reportlab and some word processors
    print it). The cut closes the row, as a rule would."""
    horizontal = [e for e in page.edges if e["orientation"] == "h"]
    ends: dict[float, list[float]] = {}
    for e in page.edges:
        if e["orientation"] == "v":
            for y in (e["top"], e["bottom"]):
                ends.setdefault(round(y), []).append(e["x0"])
    cuts = []
    for y, xs in ends.items():
        if len(xs) < 2:
            continue
        lo, hi = min(xs), max(xs)
        if not any(
            abs(h["top"] - y) <= _CUT_SNAP
            and h["x0"] <= lo + _CUT_SNAP
            and hi - _CUT_SNAP <= h["x1"]
            for h in horizontal
        ):
            cuts.append(float(y))
    return cuts


@dataclass
class _Page:
    """A page's text, and the cells of a row the page's head cut off its table (the rest of
    the row broken across the foot of the page before), kept out of the text."""

    text: str
    rest_of_row: list[str] | None = None
    # a table without rules closing it that runs to the page's foot, for the next page
    carried: Carried | None = None
    # the page's lines as printed, for its headings (see ``headings_by_size``)
    printed: list[PrintedLine] = field(default_factory=list)


def _rows_rejoined(pages: list[_Page]) -> list[str]:
    """The pages' texts with each row broken across a page's foot whole again: the rest of
    its cells, at the next page's head, joined to the row's cells on the page before, cell
    by cell (a row in a table's form, tab-separated, among the page's last lines); without
    such a row the rest stands as a row of its own."""
    texts: list[str] = []
    for page in pages:
        rest = page.rest_of_row
        head, _, body = page.text.partition("\n")
        if rest is None and head.startswith("\t") and texts:
            # (a row's rest under a rule drawn at the page's head, as LibreOffice and Word
            # print one: its number's cell empty — joined as a cut row is, if it can be)
            rest, page = head.split("\t"), _Page(body)
        elif rest is None and body.startswith("\t") and _repeats_a_header(head, texts):
            # (… under the table's header repeated at the page's head, as Word repeats a
            # header row marked so: the rest is the line under it; the header stays — but not
            # a whole row of its own under cells merged down from the page before)
            second, _, after = body.partition("\n")
            if not _a_whole_row(second):
                rest, page = second.split("\t"), _Page(head + "\n" + after)
        if rest is not None and texts:
            lines = texts[-1].split("\n")
            at = next(
                (i for i in range(len(lines) - 1, -1, -1) if "\t" in lines[i]),
                None,
            )
            if at is not None and len(lines) - 1 - at <= FOOT_LINES:
                cells = lines[at].split("\t")
                cells += [""] * (len(rest) - len(cells))
                rest = rest + [""] * (len(cells) - len(rest))  # (its empty cells cut too)
                if len(cells) == len(rest):
                    joined = [_across(a, b) for a, b in zip(cells, rest, strict=True)]
                    lines[at] = "\t".join(joined).rstrip("\t")
                    texts[-1] = "\n".join(lines)
                    rest = None
        text = page.text
        if rest is not None:
            text = "\t".join(rest).rstrip("\t") + "\n" + text
        texts.append(text)
    return texts


def _repeats_a_header(line: str, texts: list[str]) -> bool:
    """Whether ``line`` is a table's row of cells the pages before already hold: a header
    repeated at a page's head."""
    return "\t" in line and any(line == earlier for t in texts for earlier in t.split("\n"))


def _a_whole_row(line: str) -> bool:
    """Whether a row whose first cells are empty is a whole row under cells merged down (every
    cell after them filled, three or more), not the rest of a row a page broke (which fills
    only the cells that ran over: 元, or 作，新增…\t\t农村局)."""
    cells = line.split("\t")
    filled = [c for c in cells if c.strip()]
    first = next((i for i, c in enumerate(cells) if c.strip()), len(cells))
    return len(filled) >= 3 and all(c.strip() for c in cells[first:])


def _across(before: str, after: str) -> str:
    """A cell's text before a page break and after it, one cell: run together (a wrap) —
    but a list of names where a whole name ends the page and another opens the next
    (中国移动沭阳分公司 / 中国电信沭阳分公司)."""
    if (
        before
        and after
        and WHOLE_NAME.fullmatch(before.split("、")[-1])
        and NAME_OPENS.match(after)
    ):
        return f"{before}、{after}"
    return before + after


# what a superscript is printed in: a note's mark (digits, brackets, circled numbers, asterisks,
# daggers) or an exponent (digits, letters)
_MARKISH = re.compile(r"[0-9A-Za-z\[\]［］【】()（）①-⑳⑴-⒇❶-❿*＊†‡※注]")


def _raised_runs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Runs of characters printed smaller than the page's body text and raised above the
    baseline of the character before them (superscripts), each with that character first."""
    sizes = Counter(round(c["size"], 1) for c in chars if not c["text"].isspace())
    if len(sizes) < 2:
        return []
    body = sizes.most_common(1)[0][0]
    runs: list[list[dict[str, Any]]] = []
    for c in chars:
        if c["size"] >= 0.85 * body or not _MARKISH.match(c["text"]):
            continue  # (small print of words — a table's cells, a note — is no superscript)
        if runs and runs[-1][-1]["x1"] <= c["x0"] + 0.5 and abs(runs[-1][-1]["top"] - c["top"]) < 1:
            runs[-1].append(c)  # (the next character of the same superscript)
            continue
        # the character printed just before it on its line, of whatever size
        before = [
            o
            for o in chars
            if o is not c
            and c["x0"] - 0.6 * body <= o["x1"] <= c["x0"] + 0.5
            and o["top"] < c["bottom"]
            and c["top"] < o["bottom"]
            and o["size"] >= 0.85 * body
        ]
        if before:
            prev = max(before, key=lambda o: o["x1"])
            if c["bottom"] < prev["bottom"] - 0.15 * prev["size"]:
                runs.append([prev, c])
    return runs


def _tilted(char: dict[str, Any]) -> bool:
    """Whether a character is printed at a slant, neither across nor up the page: a
    watermark's, set diagonally over or under the text (a turn of a quarter, a table's
    vertical header, is not)."""
    a, b = char["matrix"][:2]
    return min(abs(a), abs(b)) > 0.1 * max(abs(a), abs(b))


# the ways of printing a lead a PDF's glyphs show: a bold face, red ink
_PDF_EMPHASES = ("bold", "red")


def _red_ink(char: dict[str, Any]) -> bool:
    """Whether a glyph is filled in red (RGB, or CMYK with magenta and yellow and no cyan)."""
    colour = char.get("non_stroking_color")
    if not isinstance(colour, (tuple, list)):
        return False
    if len(colour) == 3:
        r, g, b = colour
        return r >= 0.7 and g <= 0.4 and b <= 0.4
    if len(colour) == 4:
        c, m, y, _ = colour
        return c <= 0.2 and m >= 0.7 and y >= 0.7
    return False


def _emphasised(char: dict[str, Any], emphasis: str) -> bool:
    if emphasis == "bold":
        return bool(_BOLD_FACE.search(char.get("fontname", "")))
    return _red_ink(char)


def _marks_for(chars: list[dict[str, Any]], emphasis: str) -> list[dict[str, Any]]:
    """Asterisks to print after each body's name set so (``emphasis``) where it is listed —
    a cell of a table (a run apart from the rest of its line) or a list or note of a
    paragraph (see ``bold.mark_bold``) —, as the Word reader writes one: 县花卉中心*、."""
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][-1]["top"] - c["top"]) < 1.5:
            lines[-1].append(c)
        else:
            lines.append([c])
    stars: list[dict[str, Any]] = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        i = 0
        while i < len(line):
            if not _emphasised(line[i], emphasis) or line[i]["text"].isspace():
                i += 1
                continue
            j = i
            while j < len(line) and _emphasised(line[j], emphasis):
                j += 1
            run = line[i:j]
            size = max(c["size"] for c in run)
            gap_before = run[0]["x0"] - line[i - 1]["x1"] if i else None
            gap_after = line[j]["x0"] - run[-1]["x1"] if j < len(line) else None
            # (a cell's whole text: apart from the rest of a line holding more than it)
            apart = (gap_before is None or gap_before > 1.5 * size) and (
                gap_after is None or gap_after > 1.5 * size
            )
            in_cell = apart and len(run) < len(line)
            words = "".join(c["text"] for c in run)
            marked = mark_bold(
                words,
                "".join(c["text"] for c in line[:i]),
                "".join(c["text"] for c in line[j:]),
                in_cell=in_cell,
            )
            if marked != words:
                last = run[marked.index("*") - 1]
                # (set just inside the name's last glyph: read right after it, no space)
                at = last["x1"] - 0.02
                stars.append({**last, "text": "*", "x0": at, "x1": at + 0.01})
            i = j
    return stars


def _as_printed(page: Any, emphasis: str | None = None) -> Any:
    """The page as its text is printed (with ``emphasis``, the way a document says its leads
    are printed, each such body's name marked: ``_marks_for``): without a watermark's characters set diagonally
    across it (the portal's name, 仅供参考: read among the lines, they had split words and
    names, 技考能人才), nor notes' marks printed in superscript after what they annotate
    (总产值¹, 45%³: pdfplumber read them as lines of their own, cutting the line under them
    from the one it continues); a superscript after a Latin letter or a digit is an exponent
    (m², see ``note_marks``): it stays, set on the line of the character it raises (read as
    a line of its own, it had parted 30万 from its unit)."""
    dropped = {id(c) for c in page.chars if _tilted(c)}
    exponents: dict[int, dict[str, Any]] = {}
    level = [c for c in page.chars if id(c) not in dropped]
    for prev, *run in _raised_runs(level):
        if is_note_mark("".join(c["text"] for c in run), prev["text"]):
            dropped.update(id(c) for c in run)
        else:
            exponents.update((id(c), prev) for c in run)
    stars = _marks_for(level, emphasis) if emphasis else []
    if not dropped and not exponents and not stars:
        return page
    objects = {
        kind: [
            _on_line_of(o, exponents[id(o)]) if id(o) in exponents else o
            for o in objs
            if id(o) not in dropped
        ]
        for kind, objs in page.objects.items()
    }
    if stars:
        objects["char"] = [*objects.get("char", []), *stars]
    return _reset_page_class()(page, objects)


@lru_cache(maxsize=1)
def _reset_page_class() -> Any:
    """pdfplumber's derived page (as ``Page.filter`` makes one) holding the objects given."""
    from pdfplumber.page import DerivedPage

    class ResetPage(DerivedPage):
        def __init__(self, parent: Any, objects: dict[str, list[dict[str, Any]]]) -> None:
            self.bbox = parent.bbox
            self._given = objects
            super().__init__(parent)

        @property
        def objects(self) -> dict[str, list[dict[str, Any]]]:
            return self._given

    return ResetPage


_LINE_KEYS = ("top", "bottom", "doctop", "y0", "y1")


def _on_line_of(char: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """``char`` set at the height of ``base`` (an exponent on its base's line)."""
    return {**char, **{k: base[k] for k in _LINE_KEYS if k in base}}


def _page_text(page: Any, carried: Carried | None = None) -> _Page:
    """A page's text, its tables as tab-separated rows in their place: ruled tables (the
    lattice of their borders) and tables ruled across only or not at all (open_tables.py),
    the rows at its head of a table ``carried`` from the page before among them; a row cut
    off at the page's head (``_cuts``) is kept apart, to be joined to the page before."""
    cuts = _cuts(page)
    settings = {"explicit_horizontal_lines": cuts}
    # (one row is a table too: a part's only task set as measure | bodies; a frame round
    # a text, one cell, is not)
    found = [t for t in page.find_tables(settings) if len(t.columns) >= 2]
    found.sort(key=lambda t: t.bbox[1])
    grids = [_grid(t) for t in found]
    rest: list[str] | None = None
    if found and any(abs(found[0].bbox[1] - y) <= _CUT_SNAP for y in cuts):
        rest = grids[0].pop(0)  # (the first table's top is a cut: its first row continues)
    blocks: list[tuple[float, float, list[str]]] = [
        (t.bbox[1], t.bbox[3], ["\t".join(row).rstrip("\t") for row in grid])
        for t, grid in zip(found, grids, strict=True)
    ]
    opened = _open_tables(page, [t.bbox for t in found], carried)
    blocks += [(t.top, t.bottom, t.rows) for t in opened]
    if not blocks:
        left, right = page.bbox[0], page.bbox[2]
        chars = [Word(c["x0"], c["x1"], c["top"], c["bottom"], c["text"]) for c in page.chars]
        bands = None
        if may_have_columns(chars, left, right):  # (a page of prose across its width: no)
            words = [
                Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"])
                for w in page.extract_words()
            ]
            bands = column_bands(words, left, right)
        if bands:
            return _Page(_banded_text(page, bands), printed=_printed(page.extract_text_lines()))
        # (read once: the margins', the text's and the headings')
        lines = page.extract_text_lines()
        return _Page(_prose(page, _margins(lines), lines), printed=_printed(lines))
    blocks.sort(key=lambda b: b[0])
    lines = page.extract_text_lines()
    margins = _margins(lines)
    _, page_top, _, page_bottom = page.bbox
    parts: list[str] = []
    top = page_top
    for t_top, t_bottom, rows in blocks:
        if t_top > top:
            parts.append(_text_between(page, top, t_top, margins))
        parts.append("\n".join(rows) + "\n")
        top = max(top, t_bottom)
    foot = _text_between(page, top, page_bottom, margins) if top < page_bottom else ""
    parts.append(foot)
    return _Page(
        "\n".join(p for p in parts if p.strip()),
        rest,
        carried_on(opened, top, foot),
        _printed(lines),
    )


def _text_between(
    page: Any, top: float, bottom: float, margins: tuple[float, float] | None = None
) -> str:
    """The text of the characters whose middle lies between ``top`` and ``bottom``: not the
    first line of a table's cells whose glyphs rise above its top rule (a table at a page's
    head, as LibreOffice prints one, gave that line again above the table); a clause closing
    with ``；`` at the page's right margin runs on (``_prose``)."""

    def inside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        return top <= (obj["top"] + obj["bottom"]) / 2 < bottom

    x0, _, x1, _ = page.bbox
    # (filtered before cropping: a crop clips a glyph to its box, moving its middle inside)
    cropped = page.filter(inside).crop((x0, top, x1, bottom))
    return _prose(cropped, margins) if margins else str(cropped.extract_text() or "")


def _margins(lines: list[dict[str, Any]]) -> tuple[float, float] | None:
    """Where a page's lines of prose (pdfplumber's ``extract_text_lines``) start and end
    (left, right): the left edge of its lines, and the right edge most of its long lines reach
    (a justified paragraph's lines end at the margin; a line of Latin letters or a wide table
    may end past it). None for a page without text."""
    if not lines:
        return None
    left = min(line["x0"] for line in lines)
    widest = max(line["x1"] for line in lines)
    long = [round(line["x1"]) for line in lines if line["x1"] - left >= 0.8 * (widest - left)]
    return left, float(Counter(long).most_common(1)[0][0])


def _prose(
    obj: Any, margins: tuple[float, float] | None, lines: list[dict[str, Any]] | None = None
) -> str:
    """The text of a page (or a part of one), a clause closing with ``；`` at the right
    margin run on into the next line: the next line's first word (a character and the marks
    that may not open a line, or a number) would not have fitted before the margin, the next
    line follows at once at the left margin (not indented as a paragraph's first line is)
    and opens no heading — the sentence goes on, and a deadline opening it dates the clauses
    after (the normaliser, which joins the other wraps by the lines' widths, counts digits
    narrower than a word processor prints them, and missed it). ``lines``: ``obj``'s, if
    read already."""
    lines = obj.extract_text_lines() if lines is None else lines
    if not lines or margins is None:
        return str(obj.extract_text() or "")
    left, right = margins
    out: list[str] = []
    wrapped = False
    for line, nxt in zip(lines, [*lines[1:], None], strict=True):
        text = line["text"]
        if wrapped:
            out[-1] += text
        else:
            out.append(text)
        size = line["bottom"] - line["top"]
        wrapped = (
            nxt is not None
            and text.endswith(("；", ";"))
            and line["x1"] + _first_word_width(nxt) > right + 0.05 * size
            and nxt["x0"] <= left + 0.5 * size
            and nxt["top"] - line["bottom"] < size
            and not HEADING_START.match(nxt["text"])
        )
    return "\n".join(out)


# what a line cannot break inside, or open with: a number or a Latin word, closing marks
_FIRST_TOKEN = re.compile(r"[0-9A-Za-z.%]+[，。；：、）”％%]*|.[，。；：、）”％%]*")


def _first_word_width(line: dict[str, Any]) -> float:
    """The printed width of a line's first word (``_FIRST_TOKEN``), from its glyphs."""
    chars = [c for c in line.get("chars", []) if not c["text"].isspace()]
    m = _FIRST_TOKEN.match("".join(c["text"] for c in chars))
    if not m or not chars:
        return 0.0
    return float(chars[m.end() - 1]["x1"] - chars[0]["x0"])

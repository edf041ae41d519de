"""OFD (GB/T 33190, 版式文档): the fixed-layout format China's electronic official documents
(电子公文) and many government sites publish in beside or instead of PDF.

An OFD file is a zip package of XML parts: ``OFD.xml`` names each document's root
(``Doc_0/Document.xml``), which lists its pages; a page's ``Content.xml`` holds layers of
drawn objects. Text is drawn by ``TextObject``\\ s — a box (``Boundary``, in millimetres from
the page's top left), an optional transform (``CTM``), a font size — whose ``TextCode``\\ s
place characters from a start point (``X``, ``Y``: the baseline) stepping by ``DeltaX``
(``g 3 5.6`` is three steps of 5.6). Nothing marks lines, paragraphs or tables: as for a
PDF, lines are characters sharing a baseline, read left to right, and a table is its
ruled grid — the ``PathObject`` strokes a word processor draws its borders with, found as
pdfplumber finds a PDF's — whose rows become tab-separated lines between the text above
and below them. A cell merged down is repeated in each of its rows and one merged across is
followed by empty cells, as the other readers keep the grid. The lines outside the tables
printed larger than the body are passed on as headings, as a PDF's are (``headings_by_size``).

A template page (``TemplatePage``: what every page shares, a running header or footer) is
not read; a running first line on every page is dropped, as in a PDF. Signatures, seals
and annotations are not text of the document. A scan (pages of images) has no text and is
refused with what to do.
"""

from __future__ import annotations

import bisect
import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree as ET

from graph.errors import IngestError
from ingest.readers.cells import join_cell_lines
from ingest.readers.open_tables import (
    Carried,
    OpenTable,
    Rule,
    Word,
    carried_on,
    tables_on_page,
)
from ingest.readers.pdf import (
    OCR_ADVICE,
    PrintedLine,
    headings_by_size,
    without_running_header,
)

# Tolerances in millimetres (OFD's unit): pdfplumber's defaults of 3 points are about 1 mm.
_SNAP_MM = 1.0
# glyphs whose baselines differ by less than this share of the font size share a line
_SAME_LINE = 0.4
# a gap between glyphs wider than this share of the font size is a space; one wider than
# _WIDE_GAP sizes is a run of spaces (one per half size), as a layout copy keeps columns
_SPACE_GAP = 0.3
_WIDE_GAP = 1.5
# the path commands of AbbreviatedData and how many numbers each takes
_PATH_ARITY = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}


@dataclass(frozen=True)
class _Glyph:
    text: str
    x: float  # left edge, mm from the page's left
    y: float  # baseline, mm from the page's top
    size: float  # font size in mm

    @property
    def width(self) -> float:
        """The nominal advance: a CJK or full-width character is a square, others half."""
        return self.size if ord(self.text[0]) >= 0x2E80 else self.size / 2

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y - self.size * 0.35


@dataclass(frozen=True)
class _Segment:
    x0: float
    y0: float
    x1: float
    y1: float


# a cell's box: x0, top, x1, bottom
_Box = tuple[float, float, float, float]


class _Package:
    """The zip package and its XML parts, each resolved from the part naming it."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())

    def resolve(self, loc: str, base: PurePosixPath) -> str | None:
        """A location as a part's name: absolute from the package's root (``/Doc_0/…``) or
        relative to ``base``; some writers make relative ones from the root."""
        loc = loc.strip().replace("\\", "/")
        if not loc:
            return None
        candidates = [loc.lstrip("/")] if loc.startswith("/") else [str(base / loc), loc]
        for candidate in candidates:
            name = _normal(candidate)
            if name in self.names:
                return name
        return None

    def xml(self, name: str) -> ET.Element:
        return ET.fromstring(self.archive.read(name))


def _normal(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/".join(parts)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _children(el: ET.Element, name: str) -> Iterator[ET.Element]:
    return (c for c in el if _local(c.tag) == name)


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next(_children(el, name), None)


def read_ofd(path: Path) -> tuple[str, dict[str, str], list[tuple[int, str]]]:
    """The text of an OFD package's pages, its DocInfo title (when it reads as one) and the
    lines printed as headings (outside tables: see ``pdf.headings_by_size``)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise IngestError(
            f"{path.name}: not an OFD package (an OFD file is a zip archive); the file is "
            "damaged or not an OFD — download it again or export it anew."
        ) from None
    with archive:
        package = _Package(archive)
        if "OFD.xml" not in package.names:
            raise IngestError(
                f"{path.name}: the archive has no OFD.xml, so it is not an OFD document; "
                "download it again or export it anew."
            )
        root = package.xml("OFD.xml")
        pages: list[str] = []
        printed: list[PrintedLine] = []
        meta: dict[str, str] = {}
        for body in _children(root, "DocBody"):
            info = _child(body, "DocInfo")
            title = _child(info, "Title") if info is not None else None
            if title is not None and _reads_as_a_title(title.text or "") and "title" not in meta:
                meta["title"] = (title.text or "").strip()
            doc_root = _child(body, "DocRoot")
            name = (
                package.resolve(doc_root.text or "", PurePosixPath())
                if doc_root is not None
                else None
            )
            if name is None:
                continue
            pages.extend(_document_pages(package, name, printed))
    text = "\n\n".join(without_running_header(pages))
    if not text.strip():
        raise IngestError(
            f"{path.name}: the OFD has no text (pages of images — a scan?); convert it to PDF "
            f"and {OCR_ADVICE}"
        )
    return text, meta, headings_by_size(printed)


def _reads_as_a_title(title: str) -> bool:
    """DocInfo's title, when a writer filled it with one: Chinese, not a file's name."""
    title = title.strip()
    return (
        bool(re.search(r"[\u4e00-\u9fff]{4}", title))
        and not re.search(r"\.(docx?|wps|pdf|ofd)$|^Microsoft Word", title, re.I)
        and len(title) <= 120
    )


def _document_pages(package: _Package, name: str, printed: list[PrintedLine]) -> list[str]:
    """The text of a document's pages; its lines outside tables, as printed, added to
    ``printed``."""
    document = package.xml(name)
    base = PurePosixPath(name).parent
    pages_el = _child(document, "Pages")
    out: list[str] = []
    carried: Carried | None = None  # a table running on from the page before
    for page in _children(pages_el, "Page") if pages_el is not None else ():
        page_name = package.resolve(page.get("BaseLoc") or "", base)
        if page_name is None:
            raise IngestError(
                f"the OFD names a page at {page.get('BaseLoc')!r} that the package does not "
                "hold; the file is damaged — download it again or export it anew."
            )
        glyphs: list[_Glyph] = []
        segments: list[_Segment] = []
        content = _child(package.xml(page_name), "Content")
        for layer in _children(content, "Layer") if content is not None else ():
            _collect(layer, glyphs, segments)
        text, carried = _page_text(glyphs, segments, carried, printed)
        out.append(text)
    return out


def _numbers(value: str | None) -> list[float]:
    return [float(t) for t in (value or "").replace(",", " ").split()]


def _deltas(value: str | None) -> list[float]:
    """DeltaX/DeltaY: numbers, ``g N d`` standing for N of d."""
    tokens = (value or "").replace(",", " ").split()
    out: list[float] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out


class _Frame:
    """An object's coordinates on the page: its CTM, then its Boundary's origin."""

    def __init__(self, el: ET.Element) -> None:
        box = _numbers(el.get("Boundary")) or [0.0, 0.0]
        self.ox, self.oy = box[0], box[1]
        ctm = _numbers(el.get("CTM"))
        self.a, self.b, self.c, self.d, self.e, self.f = (
            ctm if len(ctm) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        )

    def point(self, x: float, y: float) -> tuple[float, float]:
        return (
            self.ox + self.a * x + self.c * y + self.e,
            self.oy + self.b * x + self.d * y + self.f,
        )

    @property
    def scale(self) -> float:
        return abs(self.a * self.d - self.b * self.c) ** 0.5


def _collect(el: ET.Element, glyphs: list[_Glyph], segments: list[_Segment]) -> None:
    """The glyphs and straight strokes of a layer, page blocks entered."""
    for child in el:
        kind = _local(child.tag)
        if kind == "PageBlock":
            _collect(child, glyphs, segments)
        elif kind == "TextObject":
            glyphs.extend(_text_glyphs(child))
        elif kind == "PathObject":
            segments.extend(_path_segments(child))


def _text_glyphs(el: ET.Element) -> Iterator[_Glyph]:
    frame = _Frame(el)
    size = float(el.get("Size") or 0) * frame.scale
    x = y = 0.0
    for code in _children(el, "TextCode"):
        text = code.text or ""
        x = float(code.get("X") or x)
        y = float(code.get("Y") or y)
        dx, dy = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
        for i, ch in enumerate(text):
            if not ch.isspace():
                px, py = frame.point(x, y)
                yield _Glyph(ch, px, py, size)
            x += dx[i] if i < len(dx) else float(el.get("Size") or 0)
            y += dy[i] if i < len(dy) else 0.0


def _path_segments(el: ET.Element) -> Iterator[_Segment]:
    """The straight strokes of a path (a table's borders), a thin filled bar counted as
    the line it draws."""
    if el.get("Stroke", "true") == "false" and el.get("Fill", "false") == "false":
        return
    data = _child(el, "AbbreviatedData")
    tokens = (data.text or "").split() if data is not None else []
    frame = _Frame(el)
    points: list[tuple[float, float]] = []
    start: tuple[float, float] | None = None
    i = 0
    while i < len(tokens):
        command = tokens[i]
        arity = _PATH_ARITY.get(command)
        if arity is None:
            return  # not a path this reader understands: no strokes from it
        args = [float(t) for t in tokens[i + 1 : i + 1 + arity]]
        i += 1 + arity
        if command in ("S", "M"):
            start = frame.point(args[0], args[1])
            points.append(start)
        elif command == "L" and points:
            end = frame.point(args[0], args[1])
            yield _Segment(*points[-1], *end)
            points.append(end)
        elif command == "C" and points and start is not None:
            yield _Segment(*points[-1], *start)
            points.append(start)
        elif arity >= 2 and len(args) == arity:
            points.append(frame.point(args[-2], args[-1]))
    if el.get("Fill") == "true" and len(points) >= 4:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if h < _SNAP_MM <= w:
            yield _Segment(min(xs), (min(ys) + max(ys)) / 2, max(xs), (min(ys) + max(ys)) / 2)
        elif w < _SNAP_MM <= h:
            yield _Segment((min(xs) + max(xs)) / 2, min(ys), (min(xs) + max(xs)) / 2, max(ys))


def _edges(segments: list[_Segment]) -> list[dict[str, Any]]:
    """Horizontal and vertical strokes as pdfplumber's edge objects."""
    edges: list[dict[str, Any]] = []
    for s in segments:
        x0, x1 = sorted((s.x0, s.x1))
        top, bottom = sorted((s.y0, s.y1))
        if bottom - top < 0.2 and x1 - x0 >= _SNAP_MM:
            edges.append(_edge(x0, top, x1, top, "h"))
        elif x1 - x0 < 0.2 and bottom - top >= _SNAP_MM:
            edges.append(_edge(x0, top, x0, bottom, "v"))
    return edges


def _edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }


def _tables(segments: list[_Segment]) -> list[list[_Box]]:
    """The ruled tables a page's strokes draw: each a list of cell boxes (x0, top, x1,
    bottom), by pdfplumber's lattice method."""
    from pdfplumber.table import (
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )

    edges = merge_edges(_edges(segments), _SNAP_MM, _SNAP_MM, _SNAP_MM, _SNAP_MM)
    cells = intersections_to_cells(edges_to_intersections(edges, _SNAP_MM, _SNAP_MM))
    tables = cells_to_tables(cells)
    out: list[list[_Box]] = []
    for table in tables:
        tops = {round(c[1], 1) for c in table}
        lefts = {round(c[0], 1) for c in table}
        if len(tops) >= 2 and len(lefts) >= 2:
            out.append([(float(a), float(b), float(c), float(d)) for a, b, c, d in table])
    return out


@dataclass(frozen=True)
class _Line:
    y: float  # baseline
    text: str
    right: float  # where its last glyph ends
    size: float


def _lines(glyphs: list[_Glyph]) -> list[_Line]:
    """Glyphs as lines of text, top to bottom."""
    rows: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.y, g.x)):
        if rows and abs(g.y - rows[-1][0].y) < _SAME_LINE * max(g.size, rows[-1][0].size):
            rows[-1].append(g)
        else:
            rows.append([g])
    out = []
    for row in rows:
        row.sort(key=lambda g: g.x)
        parts = [row[0].text]
        for prev, g in itertools.pairwise(row):
            gap = g.x - (prev.x + prev.width)
            size = max(prev.size, g.size)
            if gap > _WIDE_GAP * size:
                parts.append(" " * max(2, round(gap / (size / 2))))
            elif gap > _SPACE_GAP * size:
                parts.append(" ")
            parts.append(g.text)
        size = max(g.size for g in row)
        out.append(_Line(row[0].y, "".join(parts), row[-1].x + row[-1].width, size))
    return out


class _Lattice:
    """A ruled table's cells on the grid of their left edges (columns) and tops (rows): which
    cell covers each place, and which holds a point — found by bisection, not by trying each
    cell (a table of 1,500 cells and 30,000 characters is read in one pass)."""

    def __init__(self, cells: list[_Box]) -> None:
        self.lefts = sorted({round(c[0], 1) for c in cells})
        self.tops = sorted({round(c[1], 1) for c in cells})
        self.cover: dict[tuple[int, int], _Box] = {}
        for cell in cells:
            c0 = bisect.bisect_left(self.lefts, round(cell[0], 1))
            c1 = bisect.bisect_left(self.lefts, cell[2] - 0.5)
            r0 = bisect.bisect_left(self.tops, round(cell[1], 1))
            r1 = bisect.bisect_left(self.tops, cell[3] - 0.5)
            for r in range(r0, r1):
                for c in range(c0, c1):
                    self.cover.setdefault((r, c), cell)

    def holding(self, g: _Glyph) -> _Box | None:
        """The cell a glyph's centre is in, if any."""
        x, y = g.centre
        r = bisect.bisect_right(self.tops, y) - 1
        c = bisect.bisect_right(self.lefts, x) - 1
        cell = self.cover.get((r, c))
        if cell is not None and cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]:
            return cell
        return None


def _grid(lattice: _Lattice, held: dict[_Box, list[_Glyph]]) -> list[str]:
    """A ruled table's rows as tab-separated lines (see the module doc)."""
    texts = {cell: _cell_text(cell, glyphs) for cell, glyphs in held.items()}
    grid: list[list[str]] = []
    for r, top in enumerate(lattice.tops):
        row: list[str] = []
        for c, left in enumerate(lattice.lefts):
            cover = lattice.cover.get((r, c))
            if cover is None or round(cover[0], 1) < left:
                row.append("")  # no cell, or one merged across from the left
            elif round(cover[1], 1) < top and r > 0:
                row.append(grid[r - 1][c])  # merged down: repeated, as Word repeats it
            else:
                row.append(texts.get(cover, ""))
        grid.append(row)
    return ["\t".join(row).rstrip("\t") for row in grid]


def _cell_text(cell: _Box, glyphs: list[_Glyph]) -> str:
    """A cell's lines as one: a line filling the cell's width wrapped and runs on into the
    next; lines that end short are set apart, as a Word or HTML cell's lines are (bodies
    listed one a line joined by 、, see cells.py)."""
    paragraphs: list[str] = []
    full = False
    for line in _lines(glyphs):
        if full and paragraphs:
            paragraphs[-1] += line.text
        else:
            paragraphs.append(line.text)
        full = line.right >= cell[2] - 1.5 * line.size
    return join_cell_lines(paragraphs)


def _word(g: _Glyph) -> Word:
    """A glyph as open_tables.py's word: its box from the baseline and size."""
    return Word(g.x, g.x + g.width, g.y - g.size * 0.85, g.y + g.size * 0.15, g.text)


def _open_tables(
    glyphs: list[_Glyph],
    segments: list[_Segment],
    taken: list[tuple[float, float]],
    carried: Carried | None,
) -> list[OpenTable]:
    """Tables ruled across but not down, and tables with no rules at all (see
    open_tables.py), outside the ruled tables read (``taken``: their tops and bottoms); the
    rows at the page's head of a table ``carried`` from the page before."""
    rules = [
        Rule(min(s.x0, s.x1), max(s.x0, s.x1), s.y0)
        for s in segments
        if abs(s.y1 - s.y0) < 0.2
        and abs(s.x1 - s.x0) >= _SNAP_MM
        and not any(top - _SNAP_MM <= s.y0 <= bottom + _SNAP_MM for top, bottom in taken)
    ]
    text = "".join(g.text for g in glyphs)
    return tables_on_page(
        rules, text, lambda: [_word(g) for g in glyphs], snap=_SNAP_MM, carried=carried
    )


def _page_text(
    glyphs: list[_Glyph],
    segments: list[_Segment],
    carried: Carried | None = None,
    printed: list[PrintedLine] | None = None,
) -> tuple[str, Carried | None]:
    """A page's text, its tables as tab-separated rows in their place: ruled tables (the
    lattice of their borders) and tables ruled across only or not at all (open_tables.py);
    and the open table it ends with, if that runs to its foot, for the next page. Its lines
    outside the tables, as printed, are added to ``printed``."""
    blocks: list[tuple[float, str]] = []
    rest = glyphs
    taken: list[tuple[float, float]] = []
    for cells in _tables(segments):
        lattice = _Lattice(cells)
        held: dict[_Box, list[_Glyph]] = {}
        outside: list[_Glyph] = []
        for g in rest:
            cell = lattice.holding(g)
            if cell is None:
                outside.append(g)
            else:
                held.setdefault(cell, []).append(g)
        if not held:
            continue
        top = min(c[1] for c in cells)
        blocks.append((top, "\n".join(_grid(lattice, held)) + "\n"))
        taken.append((top, max(c[3] for c in cells)))
        rest = outside
    opened = _open_tables(rest, segments, taken, carried)
    for table in opened:
        blocks.append((table.top, "\n".join(table.rows) + "\n"))
        rest = [g for g in rest if not table.holds(_word(g))]
    lines = _lines(rest)
    if printed is not None:
        printed += [PrintedLine(ln.text.strip(), round(ln.size, 1), False) for ln in lines]
    blocks.extend((line.y, line.text) for line in lines)
    blocks.sort(key=lambda b: b[0])
    last = max((t.bottom for t in opened), default=0.0)
    bottom = max([last, *(b for _, b in taken)])
    foot = "\n".join(line.text for line in lines if line.y > last)
    return "\n".join(text for _, text in blocks), carried_on(opened, bottom, foot)

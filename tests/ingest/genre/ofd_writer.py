"""A small OFD (GB/T 33190) writer for tests and the genre corpus: typesets paragraphs and
ruled tables on A4 pages as official documents are set (GB/T 9704: a 156 mm by 225 mm type
area, 三号 text, 28 characters a line, 22 lines a page) and writes the package as the
converters county offices use write it. Its options are the ways those converters differ:

- ``glyphs``: ``"line"`` — one TextObject a line, its advances in DeltaX (``g N d`` for runs
  of equal steps); ``"char"`` — one TextObject a character (as converters from PDF write);
  ``"points"`` — a line's object in points under a CTM scaling them to millimetres.
- ``borders``: ``"lines"`` — a table's borders as strokes (``M … L …``), one per cell side;
  ``"boxes"`` — each cell a closed rectangle (``M … L … L … L … C``).
- ``absolute``: parts named from the package's root (``/Doc_0/Pages/Page_0/Content.xml``).
- ``footer``: text drawn by a template page on every page (a running footer).
- ``page_blocks``: a page's objects inside a PageBlock.
- ``title``: DocInfo's title.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
PT = 25.4 / 72  # millimetres in a point

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, TYPE_W, TYPE_H = 27.0, 37.0, 156.0, 225.0
BODY = 16 * PT  # 三号
LINE = TYPE_H / 22
CELL = 10.5 * PT  # 五号 in tables
CELL_LINE = 5.0
PAD = 1.2


@dataclass
class Run:
    """Glyphs on one baseline from x, each advancing by its width."""

    x: float
    y: float
    size: float
    text: str

    def advances(self) -> list[float]:
        return [self.size if ord(c) >= 0x2E80 else self.size / 2 for c in self.text]


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class HLine:
    """A rule across the page from x0 to x1 at y."""

    x0: float
    x1: float
    y: float


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Table:
    """Rows of cells (str or Cell), each row listing the cells that begin in it; column
    widths in millimetres summing to the type area's width; ``repeat``: how many header rows
    are printed again at the top of each page the table runs on to (Word's 重复标题行);
    ``rules``: ``"grid"`` (every cell's borders), ``"three"`` (a 三线表: a rule above the
    header, one under it, one closing the table on each page), ``"rows"`` (a rule above and
    under every row, none down) or ``"none"``."""

    rows: list[list[str | Cell]]
    widths: list[float]
    repeat: int = 0
    rules: str = "grid"


@dataclass
class Centred:
    text: str
    size: float = BODY


@dataclass
class Right:
    text: str


Block = str | Table | Centred | Right


@dataclass
class Page:
    items: list[Run | Box | HLine] = field(default_factory=list)


def _width(text: str, size: float) -> float:
    return sum(size if ord(c) >= 0x2E80 else size / 2 for c in text)


# what a word processor keeps on one line: a run of Latin letters or digits (2026, 5G, 6.5%)
# and punctuation that may not open a line, which stays with what is before it (避头), or
# close one, which goes with what follows it (避尾)
_UNIT = re.compile(r"[（《“]*(?:[0-9A-Za-z.%]+|.)[，。；：、）》”！？]*", re.S)


def _fill(text: str, first: float, rest: float, size: float) -> list[str]:
    """Lines of at most ``first`` mm, then ``rest`` mm, broken between units (above)."""
    out: list[str] = []
    line, room = "", first
    for unit in _UNIT.findall(text):
        if line and _width(line + unit, size) > room + 0.01:
            out.append(line)
            line, room = "", rest
        line += unit
    out.append(line)
    return out


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of at most ``width`` mm; a newline in the text breaks a line."""
    return [line for part in text.split("\n") for line in _fill(part, width, width, size)]


class _Setter:
    def __init__(self) -> None:
        self.pages: list[Page] = [Page()]
        self.y = TOP

    def room(self, height: float) -> None:
        if self.y + height > TOP + TYPE_H + 0.01:
            self.pages.append(Page())
            self.y = TOP

    def line(self, x: float, text: str, size: float = BODY) -> None:
        self.room(LINE)
        self.pages[-1].items.append(Run(x, self.y + LINE * 0.75, size, text))
        self.y += LINE

    def paragraph(self, text: str) -> None:
        indent = (len(text) - len(text.lstrip("　"))) * BODY
        lines = _fill(text.lstrip("　"), TYPE_W - indent, TYPE_W, BODY)
        for n, line in enumerate(lines):
            self.line(LEFT + (indent if n == 0 else 0), line)

    def table(self, table: Table) -> None:
        lefts = [LEFT + sum(table.widths[:i]) for i in range(len(table.widths) + 1)]
        # place the cells on the grid: (row, col) → (cell, rowspan, colspan)
        taken: set[tuple[int, int]] = set()
        placed: list[tuple[int, int, Cell]] = []
        for r, row in enumerate(table.rows):
            c = 0
            for item in row:
                cell = Cell(item) if isinstance(item, str) else item
                while (r, c) in taken:
                    c += 1
                placed.append((r, c, cell))
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        taken.add((r + dr, c + dc))
                c += cell.colspan
        heights = [0.0] * len(table.rows)
        lines: dict[int, list[str]] = {}
        for i, (r, c, cell) in enumerate(placed):
            width = lefts[c + cell.colspan] - lefts[c] - 2 * PAD
            lines[i] = _wrap(cell.text, width, CELL)
            need = len(lines[i]) * CELL_LINE + 2 * PAD
            if cell.rowspan == 1:
                heights[r] = max(heights[r], need)
        for i, (r, _, cell) in enumerate(placed):
            if cell.rowspan > 1:
                need = len(lines[i]) * CELL_LINE + 2 * PAD
                span = sum(heights[r : r + cell.rowspan])
                if need > span:
                    heights[r + cell.rowspan - 1] += need - span
        # rows kept together with the rows a cell spans down over
        groups: list[list[int]] = []
        end = -1
        for r in range(len(table.rows)):
            if r > end:
                groups.append([])
            groups[-1].append(r)
            for pr, _, cell in placed:
                if pr == r:
                    end = max(end, r + cell.rowspan - 1)
        tops: dict[int, list[tuple[int, float]]] = {r: [] for r in range(len(table.rows))}
        for group in groups:
            pages = len(self.pages)
            self.room(sum(heights[r] for r in group))
            if len(self.pages) > pages and group[0] >= table.repeat:
                for r in range(table.repeat):  # the header again on the new page
                    tops[r].append((len(self.pages) - 1, self.y))
                    self.y += heights[r]
            for r in group:
                tops[r].append((len(self.pages) - 1, self.y))
                self.y += heights[r]
        for i, (r, c, cell) in enumerate(placed):
            for page, top in tops[r]:
                bottom = top + sum(heights[r : r + cell.rowspan])
                x0, x1 = lefts[c], lefts[c + cell.colspan]
                items = self.pages[page].items
                if table.rules == "grid":
                    items.append(Box(x0, top, x1, bottom))
                for k, text in enumerate(lines[i]):
                    if text:
                        y = top + PAD + CELL_LINE * k + CELL * 0.9
                        items.append(Run(x0 + PAD, y, CELL, text))
        if table.rules in ("three", "rows"):
            self._rules(table, tops, heights, lefts[0], lefts[-1])
        self.y += LINE / 2

    def _rules(
        self,
        table: Table,
        tops: dict[int, list[tuple[int, float]]],
        heights: list[float],
        x0: float,
        x1: float,
    ) -> None:
        """An open table's rules, page by page (see Table)."""
        head = max(table.repeat, 1)
        by_page: dict[int, list[tuple[float, float, int]]] = {}
        for r, places in tops.items():
            for page, top in places:
                by_page.setdefault(page, []).append((top, top + heights[r], r))
        for page, rows in by_page.items():
            ys = {min(t for t, _, _ in rows), max(b for _, b, _ in rows)}
            ys |= {b for _, b, r in rows if r == head - 1}
            if table.rules == "rows":
                ys |= {b for _, b, _ in rows}
            self.pages[page].items.extend(HLine(x0, x1, y) for y in sorted(ys))


def typeset(blocks: list[Block]) -> list[Page]:
    """Paragraphs (indent with full-width spaces), centred and right-set lines, tables."""
    setter = _Setter()
    for block in blocks:
        if isinstance(block, Table):
            setter.table(block)
        elif isinstance(block, Centred):
            for text in _wrap(block.text, TYPE_W, block.size):
                setter.line(LEFT + (TYPE_W - _width(text, block.size)) / 2, text, block.size)
        elif isinstance(block, Right):
            setter.line(LEFT + TYPE_W - _width(block.text, BODY) - 4 * BODY, block.text)
        else:
            setter.paragraph(block)
    for n, page in enumerate(setter.pages, start=1):
        number = f"— {n} —"
        page.items.append(
            Run(LEFT + (TYPE_W - _width(number, 14 * PT)) / 2, TOP + TYPE_H + 12, 14 * PT, number)
        )
    return setter.pages


def _f(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".")


def _delta(steps: list[float]) -> str:
    """DeltaX with runs of equal steps written ``g N d``."""
    out: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and abs(steps[j] - steps[i]) < 1e-6:
            j += 1
        out.append(f"g {j - i} {_f(steps[i])}" if j - i > 1 else _f(steps[i]))
        i = j
    return " ".join(out)


class _Ids:
    def __init__(self) -> None:
        self.n = 10

    def __call__(self) -> int:
        self.n += 1
        return self.n


def _text_objects(run: Run, glyphs: str, ids: _Ids) -> list[str]:
    adv = run.advances()
    width = sum(adv)
    top = run.y - run.size
    if glyphs == "char":
        out, x = [], run.x
        for ch, a in zip(run.text, adv, strict=True):
            out.append(
                f'<ofd:TextObject ID="{ids()}" Boundary="{_f(x)} {_f(top)} {_f(a)} '
                f'{_f(run.size * 1.2)}" Font="2" Size="{_f(run.size)}">'
                f'<ofd:TextCode X="0" Y="{_f(run.size)}">{escape(ch)}</ofd:TextCode>'
                "</ofd:TextObject>"
            )
            x += a
        return out
    if glyphs == "points":
        return [
            f'<ofd:TextObject ID="{ids()}" Boundary="{_f(run.x)} {_f(top)} {_f(width)} '
            f'{_f(run.size * 1.2)}" CTM="{_f(PT)} 0 0 {_f(PT)} 0 0" Font="2" '
            f'Size="{_f(run.size / PT)}"><ofd:TextCode X="0" Y="{_f(run.size / PT)}" '
            f'DeltaX="{_delta([a / PT for a in adv[:-1]])}">{escape(run.text)}</ofd:TextCode>'
            "</ofd:TextObject>"
        ]
    return [
        f'<ofd:TextObject ID="{ids()}" Boundary="{_f(run.x)} {_f(top)} {_f(width)} '
        f'{_f(run.size * 1.2)}" Font="2" Size="{_f(run.size)}">'
        f'<ofd:TextCode X="0" Y="{_f(run.size)}" DeltaX="{_delta(adv[:-1])}">'
        f"{escape(run.text)}</ofd:TextCode></ofd:TextObject>"
    ]


def _path_objects(box: Box, borders: str, ids: _Ids) -> list[str]:
    w, h = box.x1 - box.x0, box.y1 - box.y0
    head = f'<ofd:PathObject ID="{{}}" Boundary="{_f(box.x0)} {_f(box.y0)} {{}} {{}}" LineWidth="0.25">'
    if borders == "boxes":
        data = f"M 0 0 L {_f(w)} 0 L {_f(w)} {_f(h)} L 0 {_f(h)} C"
        return [
            head.format(ids(), _f(w), _f(h))
            + f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>"
        ]
    sides = [(0, 0, w, 0), (0, h, w, h), (0, 0, 0, h), (w, 0, w, h)]
    return [
        head.format(ids(), _f(w), _f(h))
        + f"<ofd:AbbreviatedData>M {_f(a)} {_f(b)} L {_f(c)} {_f(d)}</ofd:AbbreviatedData>"
        "</ofd:PathObject>"
        for a, b, c, d in sides
    ]


def ofd_bytes(
    pages: list[Page],
    *,
    glyphs: str = "line",
    borders: str = "lines",
    absolute: bool = False,
    footer: str | None = None,
    page_blocks: bool = False,
    title: str | None = None,
) -> bytes:
    """The OFD package of typeset pages (see the module doc for the options)."""
    ids = _Ids()
    root = "/Doc_0/" if absolute else ""
    files: dict[str, str] = {}
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    info = f"<ofd:Title>{escape(title)}</ofd:Title>" if title else ""
    files["OFD.xml"] = (
        f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
        f"<ofd:DocInfo><ofd:DocID>0c8a4f7e2d1b4a9f8e6d5c4b3a291807</ofd:DocID>{info}"
        "<ofd:CreationDate>2026-03-02</ofd:CreationDate>"
        "<ofd:Creator>policykg tests</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    template = ""
    if footer:
        template = f'<ofd:TemplatePage ID="3" BaseLoc="{root}Tpls/Tpl_0/Content.xml"/>'
        run = Run(LEFT, TOP - 8, 10.5 * PT, footer)
        files["Doc_0/Tpls/Tpl_0/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="4">'
            + "".join(_text_objects(run, "line", ids))
            + "</ofd:Layer></ofd:Content></ofd:Page>"
        )
    page_refs = []
    for n, page in enumerate(pages):
        objects: list[str] = []
        for item in page.items:
            if isinstance(item, Run):
                objects.extend(_text_objects(item, glyphs, ids))
            elif isinstance(item, HLine):
                objects.append(
                    f'<ofd:PathObject ID="{ids()}" Boundary="{_f(item.x0)} {_f(item.y)} '
                    f'{_f(item.x1 - item.x0)} 0.5" LineWidth="0.5"><ofd:AbbreviatedData>'
                    f"M 0 0 L {_f(item.x1 - item.x0)} 0</ofd:AbbreviatedData></ofd:PathObject>"
                )
            else:
                objects.extend(_path_objects(item, borders, ids))
        body = "".join(objects)
        if page_blocks:
            body = f'<ofd:PageBlock ID="{ids()}">{body}</ofd:PageBlock>'
        uses = '<ofd:Template TemplateID="3" ZOrder="Background"/>' if footer else ""
        files[f"Doc_0/Pages/Page_{n}/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{NS}">{uses}<ofd:Content>'
            f'<ofd:Layer ID="{ids()}">{body}</ofd:Layer></ofd:Content></ofd:Page>'
        )
        page_refs.append(f'<ofd:Page ID="{ids()}" BaseLoc="{root}Pages/Page_{n}/Content.xml"/>')
    files["Doc_0/PublicRes.xml"] = (
        f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'
    )
    files["Doc_0/Document.xml"] = (
        f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{ids.n + 1}</ofd:MaxUnitID><ofd:PageArea>"
        f"<ofd:PhysicalBox>0 0 {_f(PAGE_W)} {_f(PAGE_H)}</ofd:PhysicalBox></ofd:PageArea>"
        f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{template}</ofd:CommonData>"
        f"<ofd:Pages>{''.join(page_refs)}</ofd:Pages></ofd:Document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in files.items():  # dated, so the package is the same each time
            archive.writestr(
                zipfile.ZipInfo(name, (2026, 3, 2, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED
            )
    return buffer.getvalue()


def write_ofd(path: Path, blocks: list[Block], **options: object) -> None:
    path.write_bytes(ofd_bytes(typeset(blocks), **options))  # type: ignore[arg-type]

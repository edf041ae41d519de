"""Word .docx: paragraphs and tables in body order (inside block content controls too, and
the web page or text a ``w:altChunk`` embeds, as html-docx-js and office systems' exports write
a body, read by the HTML reader);
nested tables are flattened; text boxes are read before the paragraph they are anchored
in; tracked changes read as accepted; Word's automatic numbers (一、 （一） 1. drawn by a
list definition) are put back into the text; footnotes are read after the paragraph or table
marking them, endnotes after the text; where the document says that bodies printed in
bold (red, underlined, highlighted) lead (注：加粗的为牵头单位, 标红的为牵头单位), such a body's
name is written as the asterisk rule writes it (县花卉中心*)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.markup_headings import BOLD_LINE_LEVEL
from ingest.normalise import SOFT_BREAK
from ingest.readers.bold import mark_bold
from ingest.readers.cells import field_line, join_cell_lines
from ingest.readers.docx_numbering import Numbering, W
from ingest.readers.note_marks import is_note_mark
from ingest.role_labels import lead_emphasis


@dataclass(frozen=True)
class _Reading:
    """What reading a document's paragraphs needs besides them: its list numbering, and
    how a body leading is printed, if the document says (``role_labels.lead_emphasis``:
    bold, red, underline, highlight)."""

    numbering: Numbering
    # the text of each footnote by its id, read after the paragraph or table marking it
    footnotes: dict[str, str] = field(default_factory=dict)
    lead_emphasis: str | None = None
    # the paragraphs set in a heading's style or outline level: (level, text), as read
    headings: list[tuple[int, str]] = field(default_factory=list)


# The runs of a paragraph as it reads with every tracked change accepted: its own runs and
# those inside links, smart tags, simple fields, inline content controls and insertions,
# not deleted or moved-away runs, nor the paragraphs of a text box anchored in it — nor runs
# of Word's hidden text (w:vanish), not shown nor printed: a drafter's notes, an alternative
# figure, a body pending confirmation (batch 571).
_SKIPPED = {W + "del", W + "moveFrom", W + "txbxContent"}
_OFF = {"0", "false", "off"}


def _runs(p: Any) -> Iterator[Any]:
    for r in p.iter(W + "r"):
        up = r.getparent()
        while up is not None and up is not p and up.tag not in _SKIPPED:
            up = up.getparent()
        if up is p and not _hidden(r):
            yield r


def _hidden(r: Any) -> bool:
    """Whether a run is set as hidden text (its own w:vanish, not switched off)."""
    rpr = r.find(W + "rPr")
    vanish = rpr.find(W + "vanish") if rpr is not None else None
    return vanish is not None and vanish.get(W + "val", "true").lower() not in _OFF


def _text(p: Any, reading: _Reading, *, in_cell: bool = False) -> str:
    """A paragraph's text as printed: Word's automatic number, then what was typed, tracked
    changes accepted. Shift+Enter breaks a line inside a paragraph (w:br, which python-docx
    gives as "\n"): it is written as U+2028 LINE SEPARATOR, so the normaliser can tell it
    from a paragraph's end."""
    from docx.text.run import Run

    runs = _without_note_marks([Run(r, p) for r in _runs(p._p)])
    if reading.lead_emphasis:
        typed = _emphasised_bodies_marked(runs, in_cell, reading.lead_emphasis)
    else:
        typed = "".join(r.text for r in runs)
    return reading.numbering.marker(p._p) + typed.replace("\n", SOFT_BREAK)


def _without_note_marks(runs: list[Any]) -> list[Any]:
    """The runs but those typed in superscript as a note's mark (see ``note_marks``)."""
    kept: list[Any] = []
    before = ""
    for run in runs:
        text = run.text
        if text and run.font.superscript and is_note_mark(text, before):
            continue
        kept.append(run)
        if text.strip():
            before = text
    return kept


def _emphasised_bodies_marked(runs: list[Any], in_cell: bool, emphasis: str) -> str:
    """The runs' text with each run of runs printed so (``emphasis``: bold, red, underline,
    highlight) marked where it is a body's name listed (see ``bold.mark_bold``): 县花卉中心*、
    — not a line of its own so printed (a heading, a signature)."""
    out: list[str] = []
    marked: list[str] = []

    def close(after: str) -> None:
        out.append(mark_bold("".join(marked), "".join(out), after, in_cell=in_cell))
        marked.clear()

    for run in runs:
        if _EMPHASIS[emphasis](run):
            marked.append(run.text)
        else:
            if marked:
                close(run.text)
            out.append(run.text)
    if marked:
        close("")
    return "".join(out)


def _bold(run: Any) -> bool:
    return bool(run.bold or (run.style is not None and run.style.font.bold))


def _styled(run: Any, tag: str) -> Any:
    """A run's ``w:rPr`` setting named ``tag``: its own, else its character style's (or a style
    that style is based on) — a drafter's 牵头单位 style printing leads red is the run's red."""
    rpr = run._r.find(W + "rPr")
    own = rpr.find(W + tag) if rpr is not None else None
    if own is not None:
        return own
    style = run.style if run._r.find(W + "rPr/" + W + "rStyle") is not None else None
    seen = 0
    while style is not None and seen < 10:  # (a chain of styles based on styles, loop-safe)
        rpr = style.element.find(W + "rPr")
        given = rpr.find(W + tag) if rpr is not None else None
        if given is not None:
            return given
        style, seen = style.base_style, seen + 1
    return None


def _red(run: Any) -> bool:
    """Whether a run is printed in red (its colour's red well above its green and blue)."""
    color = _styled(run, "color")
    value = (color.get(W + "val") or "") if color is not None else ""
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return False
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return r >= 0xB0 and g <= 0x60 and b <= 0x60


def _underlined(run: Any) -> bool:
    line = _styled(run, "u")
    return line is not None and (line.get(W + "val") or "single").lower() != "none"


def _highlighted(run: Any) -> bool:
    """Whether a run is highlighted or shaded (a fill that is not white or automatic)."""
    mark = _styled(run, "highlight")
    if mark is not None and (mark.get(W + "val") or "none") not in ("none", "default"):
        return True
    shade = _styled(run, "shd")
    fill = (shade.get(W + "fill") or "auto").upper() if shade is not None else "AUTO"
    return fill not in ("AUTO", "FFFFFF")


_EMPHASIS = {"bold": _bold, "red": _red, "underline": _underlined, "highlight": _highlighted}


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: Any, reading: _Reading) -> list[str]:
    """The lines of the text boxes anchored in a paragraph (a red-letter head is often
    one), each box once: DrawingML boxes carry a VML fallback that repeats them."""
    from docx.text.paragraph import Paragraph

    lines = []
    for box in p._p.iter(W + "txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        lines += [_text(Paragraph(el, p._parent), reading) for el in box.iter(W + "p")]
    return lines


@dataclass(frozen=True)
class _Chunk:
    """A ``w:altChunk``: content of another format (a web page, a text) that Word renders in
    its place on opening — the whole body of a "docx" that html-docx-js or an office
    system's export writes. ``part`` is the embedded part."""

    part: Any


def _blocks(container: Any, parent: Any) -> Iterator[Any]:
    """Paragraphs, tables and embedded chunks of a body (``container`` is its element) in
    order, those inside block content controls (w:sdt) and custom XML elements too, which
    python-docx's own iteration skips."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == W + "p":
            yield Paragraph(child, parent)
        elif child.tag == W + "tbl":
            yield Table(child, parent)
        elif child.tag == W + "altChunk":
            rid = child.get(_R_ID)
            if rid in parent.part.related_parts:
                yield _Chunk(parent.part.related_parts[rid])
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content, parent)
        elif child.tag == W + "customXml":
            # (a template's own markup around paragraphs, as Word 2007 and document systems
            # wrote it: <w:customXml w:element="正文">, its paragraphs the body's)
            yield from _blocks(child, parent)


def _cell_text(cell: Any, reading: _Reading) -> str:
    """A cell's paragraphs (and its nested tables' rows) as one line: a list of names
    one a paragraph stays a list (see ``cells.join_cell_lines``). Its paragraphs inside a
    content control count (a template's drop-down list for the body answering)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks = list(_blocks(cell._tc, cell))
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    lines = [_text(p, reading, in_cell=True).replace(SOFT_BREAK, "\n") for p in paragraphs]
    parts = [line for text in lines for line in text.split("\n")]
    for inner in (b for b in blocks if isinstance(b, Table)):  # nested: rows joined in
        for row in inner.rows:
            parts.append(field_line([_cell_text(c, reading) for c in row.cells]))
    return join_cell_lines(parts).replace("\t", " ")


_NOTES = {
    "footnotes": (W + "footnote", W + "footnoteReference"),
    "endnotes": (W + "endnote", W + "endnoteReference"),
}


def _notes(document: Any, kind: str) -> dict[str, str]:
    """The text of each of a document's footnotes (or endnotes) by its id, its paragraphs
    joined, without Word's separators and the note's own number mark."""
    from lxml import etree

    tag, _ = _NOTES[kind]
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/" + kind):
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:  # a broken notes part: the body is still read
            return {}
        notes = {}
        for note in root.iter(tag):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paragraphs = [
                "".join(t.text or "" for t in p.iter(W + "t")).strip() for p in note.iter(W + "p")
            ]
            text = "".join(p for p in paragraphs if p)
            if text:
                notes[note.get(W + "id", "")] = text
        return notes
    return {}


def _marked_notes(element: Any, reading: _Reading) -> list[str]:
    """The footnotes a paragraph or a table marks, in order: printed at the foot of its page,
    they are read after it (a convention for a table's column, a definition of what a goal
    counts)."""
    if not reading.footnotes:
        return []
    refs = [r.get(W + "id", "") for r in element.iter(_NOTES["footnotes"][1])]
    return [reading.footnotes[r] for r in refs if r in reading.footnotes]


def _numbering(document: Any) -> Numbering:
    try:
        numbering_xml = document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # no numbering part: nothing is numbered
        numbering_xml = None
    styles = {s.get(W + "styleId"): s for s in document.styles.element.findall(W + "style")}
    return Numbering(numbering_xml, styles)


# Symbols put in by Word's Insert Symbol from a symbol font (w:sym: the font and the code in
# it, no text): the marks task lists use — a matrix's ● and ○, √, ★ — and circled numbers,
# as the characters they show. Wingdings after its published Unicode mapping; Wingdings 2's
# light check mark and heavy star as the ✓ and ★ the other marks are; Symbol's radical √.
_SYMBOLS = {
    "wingdings": {
        0x6C: "●",
        0x6D: "❍",
        0x6E: "■",
        0x6F: "□",
        0x75: "◆",
        0x77: "⬥",
        0x9F: "•",
        0xA1: "○",
        0xA4: "◉",
        0xA5: "◎",
        0xA8: "◻",
        0xAB: "★",
        0xFB: "✗",
        0xFC: "✓",
        0xFD: "☒",
        0xFE: "☑",
        **{0x81 + i: chr(0x2460 + i) for i in range(10)},  # ① … ⑩
        **{0x8C + i: chr(0x2776 + i) for i in range(10)},  # ❶ … ❿
    },
    "wingdings 2": {0x50: "✓", 0x52: "☑", 0x54: "☒", 0x98: "●", 0x99: "○", 0xEA: "★"},
    "symbol": {0xB7: "•", 0xD6: "√", 0xA8: "♦"},
}


def _symbols_as_text(root: Any) -> None:
    """Write each ``w:sym`` under ``root`` whose character is known (``_SYMBOLS``) as the text
    it shows, in its place (a matrix's marks had been lost, and every role with them)."""
    from docx.oxml import OxmlElement

    for sym in list(root.iter(W + "sym")):
        font = (sym.get(W + "font") or "").strip().lower()
        try:
            code = int(sym.get(W + "char") or "", 16) & 0xFF  # (F06C: the font's 0x6C)
        except ValueError:
            continue
        shown = _SYMBOLS.get(font, {}).get(code)
        if shown is None:
            continue
        text = OxmlElement("w:t")
        text.text = shown
        sym.addprevious(text)
        sym.getparent().remove(sym)


def read_docx(path: Path) -> tuple[str, list[tuple[int, str]]]:
    """A Word document's text (see the module doc) and the paragraphs its styles or outline
    levels set as headings, (level, text) in order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(
            f"{path.name}: not a readable .docx file ({exc}); re-save it from Word as .docx."
        ) from None
    _symbols_as_text(document.element)
    footnotes = _notes(document, "footnotes")
    reading = _Reading(_numbering(document), footnotes)
    try:
        text = _read_body(document, reading)
        if emphasis := lead_emphasis(text):
            # read again (its lists counted from the start), the bodies so printed marked, now
            # that the document says what bold (red, underlined, highlighted) type means
            reading = _Reading(_numbering(document), footnotes, lead_emphasis=emphasis)
            text = _read_body(document, reading)
    except IngestError as exc:  # (an embedded chunk's: said of this file)
        raise IngestError(f"{path.name}: {exc}") from None
    # endnotes are printed after the text: read there
    endnotes = list(_notes(document, "endnotes").values())
    if endnotes:
        text += "\n\n" + "\n".join(endnotes)
    return text, reading.headings


def _read_body(document: Any, reading: _Reading) -> str:
    lines: list[str] = []
    body = document._body
    _read_blocks(body._element, body, reading, lines)
    return "\n".join(lines)


def _read_blocks(container: Any, parent: Any, reading: _Reading, lines: list[str]) -> None:
    """The lines of a body's blocks: paragraphs, and tables as tab-separated rows — but a
    table of one column is a box around text (a bordered frame, a layout table): its cells'
    paragraphs and tables are read as the body's are."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in _blocks(container, parent):
        if isinstance(block, _Chunk):
            text, headings = _chunk(block.part)
            lines += [*text.split("\n"), ""]
            reading.headings.extend(headings)
        elif isinstance(block, Paragraph):
            lines += _text_boxes(block, reading)
            lines.append(_text(block, reading))
            if level := _heading_level(block):
                reading.headings.append((level, lines[-1].strip()))
            lines += _marked_notes(block._p, reading)
        elif isinstance(block, Table) and _is_box(block):
            for row in block.rows:
                cell = row.cells[0]
                _read_blocks(cell._tc, cell, reading, lines)
            lines.append("")
        elif isinstance(block, Table):
            for row in block.rows:
                cells = []
                seen: set[int] = set()
                for cell in row.cells:
                    # a cell merged across columns repeats: its text once, then empty
                    # cells, so every row keeps the grid's columns (as HTML colspan does)
                    if id(cell._tc) in seen:
                        cells.append("")
                        continue
                    seen.add(id(cell._tc))
                    cells.append(_cell_text(cell, reading))
                lines.append("\t".join(cells))
            lines.append("")
            if notes := _marked_notes(block._tbl, reading):
                lines += [*notes, ""]


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_MHTML_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive")


def _chunk(part: Any) -> tuple[str, list[tuple[int, str]]]:
    """The text of an embedded chunk as the HTML or text reader reads its content — a web
    page, a single-file web page (html-docx-js's ``afchunk.mht``) or plain text — and a
    page's headings. Another format (RTF, a Word document) is refused with advice rather
    than left out."""
    from ingest.readers.html import html_page, mhtml_page
    from ingest.readers.txt import decode

    kind = part.content_type.split(";")[0].strip().lower()
    name = str(part.partname).rsplit("/", 1)[-1]
    if kind in _MHTML_TYPES or name.lower().endswith((".mht", ".mhtml")):
        text, _, headings = mhtml_page(part.blob, name)
        return text, headings
    if kind in _PAGE_TYPES or name.lower().endswith((".htm", ".html")):
        text, _, headings = html_page(part.blob, name)
        return text, headings
    if kind == "text/plain":
        return decode(part.blob, name)[0], []
    raise IngestError(
        f"the document embeds its text as a chunk of another format ({kind}, {name}) that "
        "cannot be read here; open it in Word and save it again as .docx."
    )


# Word's built-in heading styles, as python-docx names them, and Chinese Word's names
_HEADING_STYLE = re.compile(r"^(?:Heading|heading|标题)\s*([1-9])$")


def _heading_level(p: Any) -> int | None:
    """The heading level a paragraph is set at: its style's (Heading 2, 标题 2, or a style
    based on one), else the outline level it or its style gives (``w:outlineLvl``, 0 for
    level 1; 9 is body text), else ``BOLD_LINE_LEVEL`` for a paragraph wholly in bold."""
    style = p.style
    while style is not None:
        if (m := _HEADING_STYLE.match(style.name or "")) is not None:
            return int(m[1])
        style = style.base_style
    for holder in (p._p, p.style.element if p.style is not None else None):
        if holder is None:
            continue
        lvl = holder.find(f"{W}pPr/{W}outlineLvl")
        if lvl is not None and (value := lvl.get(f"{W}val", "")).isdigit() and int(value) < 9:
            return int(value) + 1
    return BOLD_LINE_LEVEL if _wholly_bold(p) else None


def _wholly_bold(p: Any) -> bool:
    """Whether every run of a paragraph that shows text is bold (its own, its character
    style's or, where it says nothing, its paragraph style's)."""
    from docx.text.run import Run

    shown = [r for r in (Run(r, p) for r in _runs(p._p)) if r.text.strip()]
    style_bold = p.style is not None and p.style.font.bold
    return bool(shown) and all(
        r.bold or (r.bold is None and ((r.style is not None and r.style.font.bold) or style_bold))
        for r in shown
    )


def _is_box(table: Any) -> bool:
    """A table of one column holding paragraphs or tables of its own: a frame around text.
    (A one-column list of short lines stays a table.)"""
    if len(table.columns) != 1:
        return False
    cells = [row.cells[0] for row in table.rows]
    return any(cell.tables or len(cell.paragraphs) > 1 for cell in cells)

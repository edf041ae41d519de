"""Word .docx: paragraphs and tables in body order (inside block content controls too);
nested tables are flattened; text boxes are read before the paragraph they are anchored
in; tracked changes read as accepted; Word's automatic numbers (一、 （一） 1. drawn by a
list definition) are put back into the text."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.normalise import SOFT_BREAK
from ingest.readers.cells import join_cell_lines
from ingest.readers.docx_numbering import Numbering, W

# The runs of a paragraph as it reads with every tracked change accepted: its own runs and
# those inside links, smart tags, simple fields, inline content controls and insertions,
# not deleted or moved-away runs, nor the paragraphs of a text box anchored in it.
_SKIPPED = {W + "del", W + "moveFrom", W + "txbxContent"}


def _runs(p: Any) -> Iterator[Any]:
    for r in p.iter(W + "r"):
        up = r.getparent()
        while up is not None and up is not p and up.tag not in _SKIPPED:
            up = up.getparent()
        if up is p:
            yield r


def _text(p: Any, numbering: Numbering) -> str:
    """A paragraph's text as printed: Word's automatic number, then what was typed, tracked
    changes accepted. Shift+Enter breaks a line inside a paragraph (w:br, which python-docx
    gives as "\n"): it is written as U+2028 LINE SEPARATOR, so the normaliser can tell it
    from a paragraph's end."""
    from docx.text.run import Run

    typed = "".join(Run(r, p).text for r in _runs(p._p))
    return numbering.marker(p._p) + typed.replace("\n", SOFT_BREAK)


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: Any, numbering: Numbering) -> list[str]:
    """The lines of the text boxes anchored in a paragraph (a red-letter head is often
    one), each box once: DrawingML boxes carry a VML fallback that repeats them."""
    from docx.text.paragraph import Paragraph

    lines = []
    for box in p._p.iter(W + "txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        lines += [_text(Paragraph(el, p._parent), numbering) for el in box.iter(W + "p")]
    return lines


def _blocks(container: Any, parent: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body (``container`` is its element) in order, those
    inside block content controls (w:sdt) too, which python-docx's own iteration skips."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == W + "p":
            yield Paragraph(child, parent)
        elif child.tag == W + "tbl":
            yield Table(child, parent)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content, parent)


def _cell_text(cell: Any, numbering: Numbering) -> str:
    """A cell's paragraphs (and its nested tables' rows) as one line: a list of names
    one a paragraph stays a list (see ``cells.join_cell_lines``)."""
    lines = [_text(p, numbering).replace(SOFT_BREAK, "\n") for p in cell.paragraphs]
    parts = [line for text in lines for line in text.split("\n")]
    for inner in cell.tables:  # nested table: its rows joined into the cell's text
        for row in inner.rows:
            parts.append(" ".join(_cell_text(c, numbering) for c in row.cells))
    return join_cell_lines(parts).replace("\t", " ")


def _numbering(document: Any) -> Numbering:
    try:
        numbering_xml = document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # no numbering part: nothing is numbered
        numbering_xml = None
    styles = {s.get(W + "styleId"): s for s in document.styles.element.findall(W + "style")}
    return Numbering(numbering_xml, styles)


def read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(
            f"{path.name}: not a readable .docx file ({exc}); re-save it from Word as .docx."
        ) from None
    numbering = _numbering(document)
    lines: list[str] = []
    body = document._body
    _read_blocks(body._element, body, numbering, lines)
    return "\n".join(lines)


def _read_blocks(container: Any, parent: Any, numbering: Numbering, lines: list[str]) -> None:
    """The lines of a body's blocks: paragraphs, and tables as tab-separated rows — but a
    table of one column is a box around text (a bordered frame, a layout table): its cells'
    paragraphs and tables are read as the body's are."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in _blocks(container, parent):
        if isinstance(block, Paragraph):
            lines += _text_boxes(block, numbering)
            lines.append(_text(block, numbering))
        elif isinstance(block, Table) and _is_box(block):
            for row in block.rows:
                cell = row.cells[0]
                _read_blocks(cell._tc, cell, numbering, lines)
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
                    cells.append(_cell_text(cell, numbering))
                lines.append("\t".join(cells))
            lines.append("")


def _is_box(table: Any) -> bool:
    """A table of one column holding paragraphs or tables of its own: a frame around text.
    (A one-column list of short lines stays a table.)"""
    if len(table.columns) != 1:
        return False
    cells = [row.cells[0] for row in table.rows]
    return any(cell.tables or len(cell.paragraphs) > 1 for cell in cells)

"""Word .docx: paragraphs and tables in body order; nested tables are flattened; Word's
automatic numbers (一、 （一） 1. drawn by a list definition) are put back into the text."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.normalise import SOFT_BREAK
from ingest.readers.docx_numbering import Numbering, W


def _text(p: Any, numbering: Numbering) -> str:
    """A paragraph's text as printed: Word's automatic number, then what was typed. Shift+Enter
    breaks a line inside a paragraph (w:br, which python-docx gives as "\n"): it is written
    as U+2028 LINE SEPARATOR, so the normaliser can tell it from a paragraph's end."""
    return numbering.marker(p._p) + p.text.replace("\n", SOFT_BREAK)


def _cell_text(cell: Any, numbering: Numbering) -> str:
    parts = [t.strip() for t in (_text(p, numbering) for p in cell.paragraphs) if t.strip()]
    for inner in cell.tables:  # nested table: its rows joined into the cell's text
        for row in inner.rows:
            parts.append(" ".join(_cell_text(c, numbering) for c in row.cells))
    return " ".join(parts).replace("\t", " ").replace(SOFT_BREAK, " ")


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
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(
            f"{path.name}: not a readable .docx file ({exc}); re-save it from Word as .docx."
        ) from None
    numbering = _numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_text(block, numbering))
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
    return "\n".join(lines)

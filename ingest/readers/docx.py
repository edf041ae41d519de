"""Word .docx: paragraphs and tables in body order; nested tables are flattened."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from graph.errors import IngestError


def _cell_text(cell: Any) -> str:
    parts = [p.text.strip() for p in cell.paragraphs if p.text.strip()]
    for inner in cell.tables:  # nested table: its rows joined into the cell's text
        for row in inner.rows:
            parts.append(" ".join(_cell_text(c) for c in row.cells))
    return " ".join(parts).replace("\t", " ").replace("\n", " ")


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
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
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
                    cells.append(_cell_text(cell))
                lines.append("\t".join(cells))
            lines.append("")
    return "\n".join(lines)

"""Plain text in UTF-8 or GB18030/GBK (many government files are GBK)."""

from __future__ import annotations

from pathlib import Path

from graph.errors import IngestError


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(head) * 0.05


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if looks_binary(data):
        raise IngestError(
            f"{name}: this is a binary file, not text (is it a PDF or Word file renamed .txt?); "
            "give it its real extension."
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            f"{name}: the text encoding could not be recognised; save it as UTF-8 and try again."
        )
    return str(best), str(best.encoding)


def read_txt(path: Path) -> tuple[str, str]:
    return decode(path.read_bytes(), path.name)

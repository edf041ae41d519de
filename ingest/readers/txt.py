"""Plain text in UTF-8 or GB18030/GBK (many government files are GBK), or UTF-16 as
Windows Notepad saves "Unicode" text (a byte-order mark, or none and every other byte of
ASCII a NUL). HTML character references left in by a copy from a page's source are read
as the characters they stand for."""

from __future__ import annotations

import html
import re
from pathlib import Path

from graph.errors import IngestError


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(head) * 0.05


def _utf16(data: bytes) -> str | None:
    """The UTF-16 encoding of ``data`` when it is UTF-16 text, else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"  # the byte-order mark says which end first
    head = data[:4096]
    if len(head) >= 16 and len(head) % 2 == 0:
        # no mark: the NUL half of each ASCII character (newlines, digits, punctuation)
        # falls on one side (a few Chinese characters have a NUL byte too: 一 is U+4E00)
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 16 and even * 4 <= odd:
            return "utf-16-le"
        if even > len(head) // 16 and odd * 4 <= even:
            return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if (utf16 := _utf16(data)) is not None:
        try:
            return data.decode(utf16), "utf-16"
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: binary, or another encoding
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


# HTML character references left in a text copied from a page's source (&nbsp;, &ldquo;)
_ENTITY = re.compile(
    r"&(?:nbsp|ensp|emsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|quot|amp|lt|gt"
    r"|#\d{2,6}|#x[0-9a-fA-F]{2,5});"
)


def read_txt(path: Path) -> tuple[str, str]:
    """A text file's text; HTML character references left in it by a copy from a page's
    source (two or more) are read as the characters a browser shows."""
    text, encoding = decode(path.read_bytes(), path.name)
    if len(_ENTITY.findall(text, 0, 100_000)) >= 2:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text, encoding

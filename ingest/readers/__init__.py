"""Readers: a file on disk → :class:`RawDocument` (the original text to keep as evidence).

Tables are kept in the text as lines whose cells are separated by tabs, so
the structure parser sees task tables in every format the same way.
"""

from __future__ import annotations

import base64
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import IngestError

# a web page saved under the name its server gives it — a crawler keeps the address's own:
# server-side-include pages (.shtml, TRS and most portals), .xhtml, and pages a program
# writes (.jsp, .jhtml, .asp, .aspx, .php) — read as a page is
WEB_PAGE_SUFFIXES = (".shtml", ".shtm", ".xhtml", ".jhtml", ".jsp", ".asp", ".aspx", ".php")
SUPPORTED = (
    ".txt",
    ".text",
    ".docx",
    ".pdf",
    ".ofd",
    ".html",
    ".htm",
    *WEB_PAGE_SUFFIXES,
    ".mht",
    ".mhtml",
    ".md",
    ".markdown",
    ".xlsx",
    ".xls",
    ".csv",
    ".doc",
    ".wps",
    ".rtf",
    ".odt",
    ".uot",
    ".uof",
)
# formats not read: their name and the format to save them as (the message says how)
OLD_FORMATS = {".et": ("WPS Spreadsheets (.et)", "xlsx")}


@dataclass
class RawDocument:
    doc_id: str
    source: str
    text: str
    format: str
    encoding: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    # the lines the file's markup sets as headings, (level, words) in document order: a
    # page's <h1>…<h6>, Markdown's # and underlined headings, Word's heading styles and
    # outline levels (the structure parser reads those no marker numbers: see
    # ingest.markup_headings)
    headings: list[tuple[int, str]] = field(default_factory=list)


def doc_id_for(path: Path) -> str:
    """A stable id from the file name: its stem, with unsafe characters replaced."""
    stem = path.stem.strip()
    return re.sub(r"[^\w\-.\u3400-\u9fff]+", "-", stem).strip("-") or "document"


def read_document(
    path: Path, *, max_bytes: int | None = None, soffice: str = "soffice"
) -> RawDocument:
    """Read one file; raises :class:`IngestError` with what is wrong and what to do.
    ``soffice``: LibreOffice's command, which reads .doc, .wps and .rtf files."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path}: not a file.")
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{path.name}: the file is empty; nothing to ingest.")
    if max_bytes is not None and size > max_bytes:
        raise IngestError(
            f"{path.name}: {size / 1e6:.1f} MB is larger than the ingest limit of "
            f"{max_bytes / 1e6:.1f} MB; split the document or raise POLICYKG_INGEST_MAX_BYTES."
        )
    _check_unpacked_size(path, max_bytes)
    try:
        raw = _read(path, suffix, soffice)
    except IngestError:
        raise
    except Exception as exc:
        # a damaged file the readers' libraries fail on in a way of their own (a cut XML
        # part inside a .docx or .xlsx): reported as the file's failure, the batch goes on
        raise IngestError(
            f"{path.name}: the file could not be read ({type(exc).__name__}: {exc}); it may "
            "be damaged — open it and save it again, then ingest it anew."
        ) from None
    if not raw.text.strip():
        raise IngestError(f"{path.name}: no text could be read from the file.")
    return raw


_HTML_MARK = re.compile(rb"<(?:!doctype|html|head|body|meta|title|div|p|table)\b", re.I)


def _looks_like_a_page(path: Path) -> bool:
    """Whether a file holds HTML in its first 8 KB (a program's page may be anything)."""
    with path.open("rb") as f:
        return _HTML_MARK.search(f.read(8192)) is not None


def _read(path: Path, suffix: str, soffice: str) -> RawDocument:
    """The reader of a file's format, by its name."""
    if suffix in (".txt", ".text"):
        from ingest.readers.txt import read_txt

        text, encoding = read_txt(path)
        return RawDocument(doc_id_for(path), str(path), text, "txt", encoding)
    if suffix == ".docx":
        from ingest.readers.docx import read_docx

        text, headings = read_docx(path)
        return RawDocument(doc_id_for(path), str(path), text, "docx", headings=headings)
    if suffix == ".pdf":
        from ingest.readers.pdf import read_pdf

        text, headings = read_pdf(path)
        return RawDocument(doc_id_for(path), str(path), text, "pdf", headings=headings)
    if suffix == ".ofd":
        from ingest.readers.ofd import read_ofd

        text, meta, headings = read_ofd(path)
        return RawDocument(doc_id_for(path), str(path), text, "ofd", meta=meta, headings=headings)
    if suffix in (".html", ".htm", *WEB_PAGE_SUFFIXES):
        from ingest.readers.html import read_html

        if suffix in WEB_PAGE_SUFFIXES and not _looks_like_a_page(path):
            raise IngestError(
                f"{path.name}: not a web page (no HTML in it), though its name says one; "
                "save the page again from a browser, or give the file the name of its format."
            )
        text, meta, headings = read_html(path)
        return RawDocument(doc_id_for(path), str(path), text, "html", meta=meta, headings=headings)
    if suffix in (".mht", ".mhtml"):
        from ingest.readers.html import read_mhtml

        text, meta, headings = read_mhtml(path)
        return RawDocument(doc_id_for(path), str(path), text, "mhtml", meta=meta, headings=headings)
    if suffix in (".md", ".markdown"):
        from ingest.readers.markdown import read_markdown

        text, encoding, headings, meta = read_markdown(path)
        return RawDocument(
            doc_id_for(path), str(path), text, "md", encoding, meta=meta, headings=headings
        )
    if suffix in (".xlsx", ".xls"):
        from ingest.readers.spreadsheets import read_workbook

        text, headings = read_workbook(path)
        return RawDocument(doc_id_for(path), str(path), text, suffix[1:], headings=headings)
    if suffix == ".csv":
        from ingest.readers.spreadsheets import read_csv

        text, encoding = read_csv(path)
        return RawDocument(doc_id_for(path), str(path), text, "csv", encoding)
    if suffix in (".doc", ".wps", ".rtf", ".odt", ".uot", ".uof"):
        from ingest.readers.convert import read_via_libreoffice

        text, headings = read_via_libreoffice(path, soffice)
        return RawDocument(doc_id_for(path), str(path), text, suffix[1:], headings=headings)
    if suffix == ".et":
        # a WPS Spreadsheets file holding an Excel workbook (97–2003 or .xlsx) is read as
        # one; WPS's own format is not (below)
        from ingest.readers.spreadsheets import read_xls

        try:
            return RawDocument(doc_id_for(path), str(path), read_xls(path), "et")
        except IngestError:
            pass
    if suffix in OLD_FORMATS:
        name, target = OLD_FORMATS[suffix]
        app = "Word or WPS" if target == "docx" else "Excel or WPS"
        raise IngestError(
            f"{path.name}: {name} files are not read; save it as .{target} from {app}, "
            f"or convert it: soffice --headless --convert-to {target} '{path.name}'."
        )
    raise IngestError(
        f"{path.name}: files of type '{suffix or '(none)'}' are not read; "
        f"supported: {', '.join(SUPPORTED)}."
    )


# A .docx or .xlsx is a zip archive: what it unpacks to, not its size on disk, is what
# reading it costs. Office files unpack to a few times their size, rarely twenty.
UNPACKED_FACTOR = 20
UNPACKED_FLOOR = 200 * 1024 * 1024


def _check_unpacked_size(path: Path, max_bytes: int | None) -> None:
    """Refuse an archive (a .docx, an .xlsx, an .ofd, or one under another name) that would
    unpack to more than ``UNPACKED_FACTOR`` times the ingest limit (at least
    ``UNPACKED_FLOOR``), or a PDF whose compressed streams would inflate to as much: a zip or
    decompression bomb, or a file no county publishes, would exhaust memory before any
    check inside the reader."""
    with path.open("rb") as f:
        head = f.read(1024)
    if b"%PDF-" in head:
        check_pdf_streams(path, max(UNPACKED_FACTOR * (max_bytes or 0), UNPACKED_FLOOR))
        return
    if not head.startswith(b"PK\x03\x04"):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # the reader says what is wrong with it
    limit = max(UNPACKED_FACTOR * (max_bytes or 0), UNPACKED_FLOOR)
    if unpacked > limit:
        raise IngestError(
            f"{path.name}: the file unpacks to {unpacked / 1e6:.0f} MB, more than the "
            f"{limit / 1e6:.0f} MB a document of the ingest limit may; it is not read "
            "(a damaged or malicious archive?)."
        )


# where a PDF stream's data begins (not the end of one: endstream)
_PDF_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n)")
_INFLATE_STEP = 1 << 20
# a stream written in ASCII (ASCII85 or hex) before it is Flate data: its dictionary's filters
_ASCII_THEN_FLATE = re.compile(rb"/Filter\s*\[\s*/(ASCII85Decode|A85|ASCIIHexDecode|AHx)\s*/Fl")
_DICT_REACH = 2048  # how far before ``stream`` its dictionary is looked for


def check_pdf_streams(path: Path, limit: int) -> None:
    """Inflate each Flate stream of a PDF a step at a time, output thrown away, and refuse
    the file once their total passes ``limit`` (pdfminer inflates a stream whole, in
    memory). A stream written in ASCII85 or hex first is decoded from that (to less than its
    size) and then inflated. A stream that is not Flate data fails at once and is skipped."""
    data = path.read_bytes()
    view = memoryview(data)  # (slices of it are not copies)
    total = 0
    for m in _PDF_STREAM.finditer(data):
        head = data[max(0, m.start() - _DICT_REACH) : m.start()]
        head = head[head.rfind(b"obj") + 1 :]
        ascii_filter = _ASCII_THEN_FLATE.search(head)
        source: bytes | memoryview = view[m.end() :]
        if ascii_filter:
            source = _ascii_decoded(data, m.end(), hexadecimal=ascii_filter[1].startswith(b"AH"))
        try:
            total += _inflated_size(source, limit - total)
        except zlib.error:
            continue  # not Flate data (an image's DCT, a stream of another filter)
        if total > limit:
            raise IngestError(
                f"{path.name}: the PDF's streams inflate to more than the "
                f"{limit / 1e6:.0f} MB a document of the ingest limit may; it is not "
                "read (a damaged or malicious file?)."
            )


def _inflated_size(source: bytes | memoryview, budget: int) -> int:
    """What the Flate data at the start of ``source`` inflates to, counted a step at a time
    and no further than past ``budget``."""
    inflater = zlib.decompressobj()
    pos, size = 0, 0
    while not inflater.eof and (inflater.unconsumed_tail or pos < len(source)):
        chunk: bytes | memoryview = inflater.unconsumed_tail
        if not chunk:
            chunk, pos = source[pos : pos + _INFLATE_STEP], pos + _INFLATE_STEP
        size += len(inflater.decompress(chunk, _INFLATE_STEP))
        if size > budget:
            break
    return size


def _ascii_decoded(data: bytes, start: int, *, hexadecimal: bool) -> bytes:
    """The bytes of the ASCII85 (or hex) stream data starting at ``start``; empty when it
    does not decode."""
    end = data.find(b"endstream", start)
    text = data[start : end if end >= 0 else len(data)]
    try:
        if hexadecimal:
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", text.split(b">", 1)[0])
            return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
        return base64.a85decode(text.split(b"~>", 1)[0].strip().removeprefix(b"<~"))
    except ValueError:
        return b""


# a folder's own notes in Markdown (README.md …): not documents of the folder
_NOTES = {"readme", "changelog", "license", "contributing", "notes"}


def _folder_notes(path: Path) -> bool:
    return path.suffix.lower() in (".md", ".markdown") and path.stem.lower() in _NOTES


# the folder a browser saves a complete page's parts in, beside the page (X.html, X_files/):
# its frames' pages, pictures, scripts — the page's, read through it, no documents of their own
_PARTS_FOLDER = re.compile(r"^(?P<stem>.+)(?:_files|\.files|_archivos|-Dateien)$")


def _part_of_a_saved_page(f: Path, top: Path) -> bool:
    """Whether ``f`` lies in a saved page's parts folder (below ``top``, the folder named)."""
    for folder in f.parents:
        if folder == top or top not in folder.parents:
            return False
        m = _PARTS_FOLDER.match(folder.name)
        if m and any(
            (folder.parent / (m["stem"] + suffix)).is_file()
            for suffix in (".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml")
        ):
            return True
    return False


def iter_inputs(paths: list[Path]) -> list[Path]:
    """Files named, and documents inside folders named (sorted, recursive): the supported
    ones and files in formats not read (.et), which fail with how to convert them rather
    than being left out in silence. A folder's README.md (its notes, not a document) is left
    out; named itself, it is read; so are the parts a browser saved beside a complete page
    (``X_files/``: its frames' pages are read through it)."""
    out: list[Path] = []
    wanted = (*SUPPORTED, *OLD_FORMATS)
    for p in paths:
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in wanted
                    and not _folder_notes(f)
                    and not _part_of_a_saved_page(f, p)
                )
            )
        else:
            out.append(p)
    return out

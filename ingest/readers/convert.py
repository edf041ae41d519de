"""Word 97–2003 .doc, WPS Writer .wps and .rtf files, through LibreOffice: many county sites
still publish their attachments so; and OpenDocument .odt and UOF (标文通, GB/T 20916) .uot
files, as LibreOffice and the domestic office suites save them. The file is converted to .docx in a temporary folder
(``soffice --headless --convert-to docx``, with a profile of its own, so conversions may run
side by side and never touch the user's) and read as a .docx is — its tables as rows, Word's
automatic numbers put back. Without LibreOffice the file is refused with how to convert it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from graph.errors import IngestError

FORMATS = {
    ".doc": "Word 97–2003 (.doc)",
    ".wps": "WPS Writer (.wps)",
    ".rtf": "RTF",
    ".odt": "OpenDocument text (.odt)",
    # 标文通 UOF, GB/T 20916's office format (1.0: one XML file), as domestic suites save it
    ".uot": "UOF text (.uot)",
    ".uof": "UOF (.uof)",
}
TIMEOUT_SECONDS = 120
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file a Word 97 document is in


def convert_with_libreoffice(
    source: Path,
    to: str,
    out_dir: Path,
    *,
    soffice: str = "soffice",
    infilter: str | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``soffice --headless --convert-to TO`` of ``source`` into ``out_dir`` (as
    ``<stem>.<to>``), with a profile of its own in ``out_dir`` so conversions may run side
    by side; raises :class:`subprocess.TimeoutExpired` after ``TIMEOUT_SECONDS``. (The
    genre corpus's generator and the benchmarks save Word 97 files with it too.)"""
    command = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(out_dir / 'profile').resolve().as_uri()}",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        to,
        "--outdir",
        str(out_dir),
        str(source),
    ]
    return subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)


def _package_kind(path: Path) -> str | None:
    """What a zip package holds: a Word document (``docx``), an OpenDocument file (its
    ``mimetype`` entry says so), or neither (None: a UOF 2 package, a damaged file)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument"
            ):
                return "opendocument"
    except (zipfile.BadZipFile, OSError):
        pass
    return None


def read_via_libreoffice(path: Path, soffice: str = "soffice") -> tuple[str, list[tuple[int, str]]]:
    """The text and headings (see ``read_docx``) of ``path`` (a .doc, .wps, .rtf, OpenDocument
    .odt or UOF .uot) as the .docx LibreOffice makes of it —
    read by what the file holds, as sites serve a .docx, an RTF or a web page under a .doc
    name, and a WPS Writer .wps is a Word 97 file (LibreOffice would take it for Microsoft
    Works by its name). The import filter is forced, so a damaged file fails rather than
    being read as plain text."""
    from ingest.readers.docx import read_docx

    name = FORMATS[path.suffix.lower()]
    with path.open("rb") as f:
        head = f.read(4096)
    package = _package_kind(path) if head.startswith(b"PK\x03\x04") else None
    if package == "docx":
        return read_docx(path)
    if package == "opendocument":
        infilter = "writer8"
    elif b"<uof:UOF" in head:
        infilter = "UOF text"
    elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        from ingest.readers.html import read_html

        text, _, headings = read_html(path)
        return text, headings
    elif head.startswith(b"{\\rtf"):
        infilter = "Rich Text Format"
    elif head.startswith(_OLE2):
        infilter = "MS Word 97"
    else:
        raise IngestError(
            f"{path.name}: the file holds no {name} document (neither Word 97, RTF, "
            "OpenDocument nor UOF text); open it in Word or WPS and save it as .docx."
        )
    if shutil.which(soffice) is None:
        raise IngestError(
            f"{path.name}: {name} files are read through LibreOffice, which was not found "
            f"('{soffice}'; install it: apt-get install libreoffice-writer-nogui); or save the "
            f"file as .docx from Word or WPS: soffice --headless --convert-to docx '{path.name}'."
        )
    with tempfile.TemporaryDirectory(prefix="policykg-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"document{path.suffix.lower()}"  # a plain name for the command
        shutil.copyfile(path, source)
        try:
            done = convert_with_libreoffice(
                source, "docx", folder / "out", soffice=soffice, infilter=infilter
            )
        except subprocess.TimeoutExpired:
            raise IngestError(
                f"{path.name}: LibreOffice took longer than {TIMEOUT_SECONDS} s to convert it; "
                "save it as .docx from Word or WPS and ingest that."
            ) from None
        converted = folder / "out" / "document.docx"
        if not converted.is_file():
            said = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
            raise IngestError(
                f"{path.name}: LibreOffice could not read it as {name}"
                f"{' (' + said[-1] + ')' if said else ''}; the file may be damaged — "
                "open it in Word or WPS and save it as .docx."
            )
        try:
            return read_docx(converted)
        except IngestError as exc:
            raise IngestError(f"{path.name}: {exc.detail}") from None

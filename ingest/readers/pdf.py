"""PDF with a text layer (scans without one are refused with advice)."""

from __future__ import annotations

from pathlib import Path

from graph.errors import IngestError


def read_pdf(path: Path) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pages = []
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(
            f"{path.name}: the PDF is damaged or truncated ({type(exc).__name__}); "
            "download it again or export it anew."
        ) from None
    except Exception as exc:  # pdfminer and pdfplumber raise many error types of their own
        raise IngestError(
            f"{path.name}: the PDF is damaged or truncated ({type(exc).__name__}: {exc}); "
            "download it again or export it anew."
        ) from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError(
            f"{path.name}: the PDF has no text layer (a scan?); run OCR on it first "
            "(for example `ocrmypdf -l chi_sim in.pdf out.pdf`) and ingest the result."
        )
    return text

"""The text layer of a PDF, page by page, through pypdfium2 (Chrome's PDFium engine).

The pages are joined with a blank line between them; ``meta["pages"]`` holds the offset
where each page starts, so a claim's location can name its page
(:mod:`claimcheck.report.locate`). Line ends are made ``\\n`` and PDFium's markers (soft
hyphens at line ends, unknown glyphs) removed, so the text reads as prose.

Every problem is one :class:`~.sources.BadInput`: an encrypted file, a file PDFium cannot
parse, a PDF with no text layer (a scan: claimcheck does no OCR). The file is read whole,
within ``--max-bytes``; the pages are bounded in number and their text in size, so a
crafted file cannot make the run read without end. pypdfium2 is imported only when a PDF
is read.
"""
from __future__ import annotations

import re

from ..records import Document
from .sources import BadInput

__all__ = ["pdf_document", "MAX_PAGES", "PDF_MAGIC"]

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 5000
# PDFium's soft hyphen at a line end (\x02), its "unknown glyph" marks, other controls
_JUNK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SOFT_HYPHEN_BREAK = re.compile("[\x02\u00ad]\r?\n")


def _clean(text: str) -> str:
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _reflow(_JUNK.sub("", text).strip("\n"))


_ENDS = tuple(".!?:;。！？：；")
_CLOSERS = "\"'”’»)]）」』"
_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _reflow(text: str) -> str:
    """A page's visual lines joined into paragraphs, so that a sentence broken across
    lines stays one sentence: a line break is kept where the line ends a sentence, is
    short (under 60 % of the page's longest line: a heading, a table row, a paragraph's
    end) or the next line is blank; else it becomes a space (nothing between two CJK
    characters)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    longest = max(len(line.rstrip()) for line in lines)
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        tail, head = prev.rstrip(), line.lstrip()
        if (not tail or not head or len(tail) < 0.6 * longest
                or tail.rstrip(_CLOSERS).endswith(_ENDS)):
            out.append("\n" + line)
        elif _WIDE.match(tail[-1]) and _WIDE.match(head[0]):
            out[-1] = out[-1].rstrip()
            out.append(head)
        else:
            out[-1] = out[-1].rstrip()
            out.append(" " + head)
    return "".join(out)


def _open(path: str, data: bytes):
    import pypdfium2 as pdfium  # lazily: only a run with a PDF pays for it

    if PDF_MAGIC not in data[:1024]:
        raise BadInput(path, "not a PDF file (no %PDF- header)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise BadInput(path, "encrypted PDF (it needs a password); save an "
                                 "unencrypted copy to check it") from None
        raise BadInput(path, f"corrupt or unreadable PDF ({_reason(message)})") from None


def _reason(message: str) -> str:
    found = re.search(r"PDFium: ([^)]*)", message)
    return (found.group(1) if found else message).strip().rstrip(".").lower() or "unknown error"


def _pages(path: str, pdf, limit: int) -> list[str]:
    count = len(pdf)
    if count > MAX_PAGES:
        raise BadInput(path, f"PDF has {count} pages; claimcheck reads at most {MAX_PAGES}")
    pages, total = [], 0
    for index in range(count):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                text = _clean(textpage.get_text_bounded())
            finally:
                textpage.close()
        finally:
            page.close()
        total += len(text)
        if total > limit:
            raise BadInput(path, f"the text of the PDF is larger than --max-bytes ({limit}) "
                                 f"by page {index + 1}")
        pages.append(text)
    return pages


def pdf_document(path: str, data: bytes, max_bytes: int, doc_id: str | None = None) -> Document:
    """One Document from the bytes of a PDF file, or BadInput naming ``path``."""
    pdf = _open(path, data)
    try:
        pages = _pages(path, pdf, max_bytes)
    except BadInput:
        raise
    except Exception as exc:  # noqa: BLE001 - PDFium on a damaged page
        raise BadInput(path, f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})") from None
    finally:
        pdf.close()
    if not any(p.strip() for p in pages):
        raise BadInput(path, f"no text layer in the PDF ({len(pages)} page"
                             f"{'' if len(pages) == 1 else 's'}; a scanned document? "
                             "claimcheck reads text, it does no OCR)")
    starts, parts, at = [], [], 0
    for text in pages:
        starts.append(at)
        parts.append(text)
        at += len(text) + 2
    return Document(id=doc_id or path, text="\n\n".join(parts), encoding="pdf",
                    meta={"path": path, "format": "pdf", "pages": starts})

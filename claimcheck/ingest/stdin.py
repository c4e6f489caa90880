"""``-`` as an input path: the documents of standard input.

What standard input holds is told by ``--stdin-format`` or, by default (``auto``), sniffed
from its first bytes: ``%PDF-`` is a PDF, a zip archive a DOCX, a first line that is a JSON
object a JSONL corpus, a first character ``[`` a JSON corpus, an HTML tag an HTML page,
anything else plain text. A CSV or TSV corpus cannot be told from text by its bytes:
name it (``--stdin-format csv``). CSV, TSV and JSONL are read record by record, with
``--max-bytes`` limiting each record, as for files; the other formats are read whole,
within ``--max-bytes``. The document of a single text is named ``<stdin>``, records of
a corpus keep their ids (``<stdin>:LINE`` where they have none).
"""
from __future__ import annotations

import json
import re
import sys

__all__ = ["STDIN", "STDIN_NAME", "STDIN_FORMATS", "sniff_format", "read_stdin"]

STDIN = "-"
STDIN_NAME = "<stdin>"
STDIN_FORMATS = ("auto", "text", "md", "html", "json", "jsonl", "csv", "tsv", "pdf", "docx")
_HTML = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|p|div)\b",
                   re.IGNORECASE | re.DOTALL)


def sniff_format(head: bytes) -> str:
    """The format of a stream from its first bytes (see the module's text)."""
    from .docx import OLE_MAGIC, ZIP_MAGIC
    from .pdf import PDF_MAGIC

    if head.startswith(PDF_MAGIC) or PDF_MAGIC in head[:1024]:
        return "pdf"
    if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return "docx"
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if body.startswith(b"{"):
        first = body.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if body.startswith(b"["):
        return "json"
    if _HTML.match(body[:4096]):
        return "html"
    return "text"


def read_stdin(max_bytes: int, fmt: str = "auto", stream=None):
    """(format, binary stream positioned at the start, head bytes already read).

    The head is read to sniff the format; the caller reads the stream on from there."""
    stream = stream if stream is not None else sys.stdin.buffer
    head = stream.read(min(max_bytes + 1, 1 << 16))
    if fmt == "auto":
        fmt = sniff_format(head)
    return fmt, head, stream

"""The text of a Word (.docx) file: its paragraphs, and its tables row by row.

A .docx is a zip archive whose body is ``word/document.xml``. It is read here with the
standard library's ``zipfile`` and ``defusedxml``'s streaming parser, which refuses DTDs
and entity declarations (no "billion laughs", no external entities). The body is
decompressed through a counter and refused past a bound (``--max-bytes`` times
``XML_FACTOR``, the markup of a page weighing several times its text), so a zip bomb
costs a bounded amount of work, and parsed as a stream, element by element.

The text: one line per paragraph with a blank line between paragraphs; a table is a block
of lines, one per row, its cells separated by tabs (how claimcheck's table reader reads a
row: "Revenue<TAB>48,602<TAB>44,915"). Deleted text of tracked changes is left out;
headers, footers and footnotes are not read.
"""
from __future__ import annotations

import io
import re
import zipfile

from ..records import Document
from .sources import BadInput

__all__ = ["docx_document", "ZIP_MAGIC", "XML_FACTOR"]

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, or an encrypted .docx
BODY = "word/document.xml"
XML_FACTOR = 8
MIN_XML_LIMIT = 1 << 20
MAX_MEMBERS = 10_000
_BLANKS = re.compile(r"\n{3,}")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T, _TAB, _BR, _CR = _W + "p", _W + "t", _W + "tab", _W + "br", _W + "cr"
_TBL, _TR, _TC = _W + "tbl", _W + "tr", _W + "tc"


class _Bounded(io.RawIOBase):
    """A file-like reader that refuses to give more than ``limit`` bytes."""

    def __init__(self, raw, limit: int, path: str):
        self.raw, self.left, self.limit, self.path = raw, limit, limit, path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.raw.read(min(len(buffer), self.left + 1))
        if len(chunk) > self.left:
            raise BadInput(self.path, f"the body of the DOCX decompresses to more than "
                                      f"{self.limit} bytes ({XML_FACTOR} x --max-bytes): "
                                      "a zip bomb? not read")
        self.left -= len(chunk)
        buffer[:len(chunk)] = chunk
        return len(chunk)


def _archive(path: str, data: bytes) -> zipfile.ZipFile:
    if data.startswith(OLE_MAGIC):
        raise BadInput(path, "an encrypted Word file or an old .doc file, not a .docx; save "
                             "it as .docx without a password to check it")
    if not data.startswith(ZIP_MAGIC):
        raise BadInput(path, "not a DOCX file (not a zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise BadInput(path, f"corrupt DOCX (bad zip archive: {exc})") from None
    if len(archive.infolist()) > MAX_MEMBERS:
        raise BadInput(path, f"DOCX archive has over {MAX_MEMBERS} members; not read")
    try:
        info = archive.getinfo(BODY)
    except KeyError:
        raise BadInput(path, f"not a DOCX file (no {BODY} in the archive)") from None
    if info.flag_bits & 0x1:
        raise BadInput(path, "encrypted zip archive; not read")
    return archive


def _paragraph_text(element) -> str:
    parts = []
    for node in element.iter():
        if node.tag == _T and node.text:
            parts.append(node.text)
        elif node.tag == _TAB:
            parts.append("\t")
        elif node.tag in (_BR, _CR):
            parts.append("\n")
    return "".join(parts).strip()


def _body_lines(stream) -> list[str]:
    """Lines of text from the document body, read as a stream of XML events."""
    from defusedxml.ElementTree import iterparse

    lines: list[str] = []
    rows: list[list[list[str]]] = []   # open table rows (nested tables), each a list of cells
    cells: list[list[str]] = []        # open cells: their paragraphs
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == _TR:
                rows.append([])
            elif tag == _TC:
                cells.append([])
            elif tag == _TBL and not cells:
                lines.append("")
            continue
        if tag == _P:
            text = _paragraph_text(element)
            if cells:
                if text:
                    cells[-1].append(text)
            elif text:
                lines += [text.replace("\t", " "), ""]
            element.clear()
        elif tag == _TC and cells:
            cell = " ".join(" ".join(cells.pop()).split())
            if rows:
                rows[-1].append(cell)
            elif cells:
                cells[-1].append(cell)
        elif tag == _TR and rows:
            row = rows.pop()
            if cells:          # a row of a table inside a cell: its text joins that cell
                cells[-1].append(" ".join(c for c in row if c))
            elif any(row):
                lines.append("\t".join(row))
            element.clear()
        elif tag == _TBL and not cells:
            lines.append("")
    return lines


def docx_document(path: str, data: bytes, max_bytes: int, doc_id: str | None = None) -> Document:
    """One Document from the bytes of a .docx file, or BadInput naming ``path``."""
    from defusedxml import DefusedXmlException
    from xml.etree.ElementTree import ParseError

    archive = _archive(path, data)
    limit = max(MIN_XML_LIMIT, max_bytes * XML_FACTOR)
    try:
        with archive, archive.open(BODY) as raw:
            lines = _body_lines(io.BufferedReader(_Bounded(raw, limit, path)))
    except BadInput:
        raise
    except DefusedXmlException as exc:
        raise BadInput(path, f"unsafe XML in {BODY} ({type(exc).__name__}); not read") from None
    except ParseError as exc:
        raise BadInput(path, f"corrupt DOCX: {BODY} is not well-formed XML ({exc})") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise BadInput(path, f"corrupt DOCX ({type(exc).__name__}: {exc})") from None
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")
    if not text.strip():
        raise BadInput(path, "no text in the DOCX file")
    if len(text) > max_bytes:
        raise BadInput(path, f"the text of the DOCX is larger than --max-bytes ({max_bytes})")
    return Document(id=doc_id or path, text=text, encoding="docx",
                    meta={"path": path, "format": "docx"})

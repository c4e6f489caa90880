"""PDF and DOCX files made in the tests, from our own text: no binary fixture is committed.

PDFs come from fpdf2 (a test dependency), with its core Helvetica font, so their text is
Latin-1; a page per string. DOCX files are written here by hand: the few zip members
Word needs, paragraphs and tables in WordprocessingML.
"""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def make_pdf(pages: list[str], password: str | None = None) -> bytes:
    """A PDF with one page per string (text in Windows-1252: Latin-1 and €), optionally encrypted."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    pdf.core_fonts_encoding = "windows-1252"  # has €
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text: str) -> str:
    return f"<w:p>{_run(text)}</w:p>"


def table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>"
                   for row in rows)
    return f"<w:tbl>{body}</w:tbl>"


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def make_docx(blocks: list[str | list[list[str]]] | None = None, xml: str | None = None,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A .docx whose body holds ``blocks`` (a string is a paragraph, a list of rows a
    table), or the given ``document.xml`` text."""
    if xml is None:
        xml = document_xml("".join(paragraph(b) if isinstance(b, str) else table(b)
                                   for b in blocks or ()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def zip_bomb_docx(megabytes: int) -> bytes:
    """A .docx whose body decompresses to ``megabytes`` MB (of one paragraph's spaces)."""
    buf = io.BytesIO()
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head.encode())
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()

"""What a table's column header says about the cells below it, for their frames.

A statistics release or a results table writes what its figures measure once, in the header
of each column: "同比增长（%）" (growth, year on year), "H1 FY24" (a period, the earlier one),
"Change". A cell ("3.6", "(13)%") has only its row's label beside it, so the frame pass
would read neither its role nor its period, and the cell would never meet the sentence
that states the same figure in another version.

For a cell in a row of columns (cells split by a bar, a tab or wide spacing), the header is
the nearest line above it in the same block whose fields, after the first, all hold a word
or a year. Columns are matched from the right (a header often leaves the label column
empty). The header field's cue words (measure, entity, period, role) and its years are
given to the cell as its own cues (a column of changes, "Change", "变动", makes its
percentages growth rates), but further than any word of its row, so the row's label
still wins where both speak.

Cost: one scan of at most :data:`_REACH` lines above a row, once per table row; a line
longer than :data:`_MAX_ROW` is no table row (a megabyte of text on one line is read in
windows of one sentence, and each window must not read the whole line again).
"""
from __future__ import annotations

import regex

from .cues import Cue
from .tables import fields

__all__ = ["header_cues", "fiscal_years", "HEADER_GAP"]

HEADER_GAP = 10_000     # a header's cue is never nearer than a word of the row itself
_REACH = 40             # lines above a row searched for its header
_MAX_ROW = 2_000        # characters of a line, at most, for it to be a table row
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a fiscal year as financial text writes it in any language: FY24, FY 2024, FY25E (an
# estimate); of a span (FY25-27E, FY26-FY28) the first year, where its figures begin
_FY = regex.compile(r"(?<![\p{L}\d]|[-–/] ?)FY ?((?:19|20)?\d\d)(?!\d)")
_WORD = regex.compile(r"[\p{L}]")
_BLANK = regex.compile(r"\n[ \t\u3000]*\n")


def _is_header(text: str, spans: list[tuple[int, int]]) -> bool:
    """A header's fields after the first hold a word or a year, never a bare figure."""
    if len(spans) < 2:
        return False
    for s, e in spans[1:]:
        cell = text[s:e]
        if not (_WORD.search(cell) or _YEAR.search(cell)):
            return False
    return True


def _header_of(text: str, line_start: int) -> list[tuple[int, int]] | None:
    """The header fields of the table row starting at ``line_start``, or None."""
    floor = text.rfind("\n\n", max(0, line_start - _REACH * _MAX_ROW), line_start)
    pos = line_start
    for _ in range(_REACH):
        if pos <= 0 or pos - 1 <= floor:
            return None
        lo = max(0, pos - 1 - _MAX_ROW)
        prev = text.rfind("\n", lo, pos - 1) + 1
        if prev == 0 and lo > 0:
            return None       # a line too long for a table's
        if not text[prev:pos - 1].strip():
            return None       # a blank line ends the block
        found = fields(text, prev, pos - 1)
        if _is_header(text, found):
            return found
        pos = prev
    return None


def _period_cues(text: str, s: int, e: int) -> list[Cue]:
    out = [Cue(m.start(), m.end(), "period", m.group()) for m in _YEAR.finditer(text, s, e)]
    return out + fiscal_years(text, s, e)


def fiscal_years(text: str, s: int, e: int) -> list[Cue]:
    """The period cues of the fiscal years written between ``s`` and ``e`` (FY24: 2024)."""
    if text.find("FY", s, e) < 0:
        return []
    return [Cue(m.start(), m.end(), "period", m.group(1) if len(m.group(1)) == 4
                else "20" + m.group(1)) for m in _FY.finditer(text, s, e)]


def header_cues(text: str, claims, scanner, change_column=None) -> dict[int, list[Cue]]:
    """{index of a claim in ``claims`` (one row's): the cues of its column's header}.
    ``change_column(header)``: whether a header names a column of changes ("Change",
    "变动"), whose percentages are growth rates (falls when signed)."""
    if not claims:
        return {}
    first = claims[0]
    lo = max(0, first.start - _MAX_ROW)
    line_start = text.rfind("\n", lo, first.start) + 1
    line_end = text.find("\n", first.start, first.start + _MAX_ROW)
    if (line_start == 0 and lo > 0) or (line_end < 0 and len(text) > first.start + _MAX_ROW):
        return {}             # a line too long for a table row
    line_end = len(text) if line_end < 0 else line_end
    row = fields(text, line_start, line_end)
    if len(row) < 2:
        return {}
    header = _header_of(text, line_start)
    if header is None:
        return {}
    out: dict[int, list[Cue]] = {}
    # a label glued to the first figure ("收入48,612　44,598　+9.0%"): the figure is in
    # the first column of figures all the same
    glued = first.start > row[0][0] and first.start < row[0][1] and \
        _WORD.search(text, row[0][0], first.start) is not None
    if glued:
        row = [(row[0][0], first.start), (first.start, row[0][1])] + row[1:]
    shift = len(row) - len(header)
    # a column without a period ("Change") beside columns with one ("H1 FY25  H1 FY24"):
    # the first of them, the current one, as results tables put it first
    periods = [_period_cues(text, s, e) for s, e in header]
    first = next((p for p in periods if p), [])
    for i, c in enumerate(claims):
        if c.start >= line_end:
            break
        k = next((j for j, (s, e) in enumerate(row) if s <= c.start < e), None)
        if k is None or k == 0 or not 0 <= k - shift < len(header):
            continue
        s, e = header[k - shift]
        cues = [q for q in scanner.scan(text, s, e) if q.slot != "conjunction"]
        if c.kind == "percent" and change_column is not None and \
                not any(q.slot == "role" for q in cues) and change_column(text[s:e]):
            cues.append(Cue(s, e, "role", "decline" if c.value < 0 else "growth"))
        cues += periods[k - shift] or ([] if any(q.slot == "period" for q in cues) else first)
        if cues:
            out[i] = cues
    return out

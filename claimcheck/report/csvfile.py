"""``claims.csv``: every claim of the run, one row each, built with pandas.

Values and bounds are written as exact decimal text (no float rounding); an unbounded
side is empty. The header row is plain; every cell of the other rows is quoted. Text
cells are neutralised for spreadsheets: every line-break character (CR, LF, VT, FF, the
file/group/record separators, NEL, U+2028, U+2029) becomes a space, since a spreadsheet
may start a new row at a bare CR even inside quotes, and a cell that would run as a
formula (its first non-blank character one of = + - @, a tab, or their full-width forms)
is prefixed with an apostrophe.
"""
from __future__ import annotations

import csv
import re

from ..records import decimal_text

__all__ = ["render", "COLUMNS"]

COLUMNS = ("story", "doc", "lang", "start", "end", "text", "kind", "value", "unit", "low",
           "high", "qualifier", "subject", "measure", "entity", "period", "role", "scope",
           "sentence", "alignment", "findings", "outlier")
_LINE_BREAKS = re.compile("[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_FORMULA = re.compile("[ \u00a0\u3000]*[=+\\-@\t\uff1d\uff0b\uff0d\uff20\ufe62\ufe63]")


def _cell(text) -> str:
    """A text cell a spreadsheet shows as text: no line break, no formula."""
    text = _LINE_BREAKS.sub(" ", str(text))
    return "'" + text if _FORMULA.match(text) else text


def _bound(value) -> str:
    return decimal_text(value) if value.is_finite() else ""


def rows(result) -> list[dict]:
    """The CSV rows as dicts, in document then text order."""
    story_of = {d: s.id for s in result.stories for d in s.docs}
    aligned = {(c.doc, c.start, c.end): a.id for a in result.alignments for c in a.claims}
    cited: dict[tuple, list[str]] = {}
    outliers: set[tuple] = set()
    for f in result.findings:
        if not f.passed:
            for c in f.claims:
                cited.setdefault((c.doc, c.start, c.end), []).append(f.id)
            outliers.update((c.doc, c.start, c.end) for c, g in zip(f.claims, f.groups) if g > 0)
    out = []
    for d in result.documents:
        for c in result.claims.get(d.id, ()):
            key = (c.doc, c.start, c.end)
            out.append({"story": _cell(story_of.get(d.id, "")), "doc": _cell(c.doc),
                        "lang": _cell(c.lang), "start": c.start, "end": c.end,
                        "text": _cell(c.text), "kind": _cell(c.kind),
                        "value": decimal_text(c.value), "unit": _cell(c.unit or ""),
                        "low": _bound(c.low), "high": _bound(c.high),
                        "qualifier": _cell(c.qualifier), "subject": _cell(c.subject),
                        "measure": _cell(c.measure), "entity": _cell(c.entity),
                        "period": _cell(c.period), "role": _cell(c.role),
                        "scope": _cell(c.scope),
                        "sentence": _cell(" ".join(c.sentence.split())),
                        "alignment": _cell(aligned.get(key, "")),
                        "findings": _cell(" ".join(cited.get(key, []))),
                        "outlier": "yes" if key in outliers else ""})
    return out


def render(result) -> str:
    """claims.csv text (UTF-8, comma-separated, header row, LF line ends)."""
    import pandas as pd

    frame = pd.DataFrame(rows(result), columns=list(COLUMNS), dtype=object)
    body = frame.to_csv(index=False, header=False, lineterminator="\n", quoting=csv.QUOTE_ALL)
    return ",".join(COLUMNS) + "\n" + body

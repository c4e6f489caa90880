"""``claims.csv``: every claim of the run, one row each, built with pandas.

Values and bounds are written as exact decimal text (no float rounding); an unbounded
side is empty. Text cells that a spreadsheet would run as a formula (starting with
=, +, -, @) are prefixed with an apostrophe.
"""
from __future__ import annotations

from ..records import decimal_text

__all__ = ["render", "COLUMNS"]

COLUMNS = ("story", "doc", "lang", "start", "end", "text", "kind", "value", "unit", "low",
           "high", "qualifier", "subject", "measure", "entity", "period", "role", "scope",
           "sentence", "alignment", "findings", "outlier")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


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
            out.append({"story": story_of.get(d.id, ""), "doc": _cell(c.doc), "lang": c.lang,
                        "start": c.start, "end": c.end, "text": _cell(c.text), "kind": c.kind,
                        "value": decimal_text(c.value), "unit": c.unit or "",
                        "low": _bound(c.low), "high": _bound(c.high), "qualifier": c.qualifier,
                        "subject": _cell(c.subject), "measure": c.measure, "entity": c.entity,
                        "period": c.period, "role": c.role, "scope": c.scope,
                        "sentence": _cell(" ".join(c.sentence.split())),
                        "alignment": aligned.get(key, ""), "findings": " ".join(cited.get(key, [])),
                        "outlier": "yes" if key in outliers else ""})
    return out


def render(result) -> str:
    """claims.csv text (UTF-8, comma-separated, header row, LF line ends)."""
    import pandas as pd

    frame = pd.DataFrame(rows(result), columns=list(COLUMNS), dtype=object)
    return frame.to_csv(index=False, lineterminator="\n")

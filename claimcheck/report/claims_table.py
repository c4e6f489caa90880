"""Claim lists as a table, JSON lines or CSV (for ``claimcheck extract``)."""
from __future__ import annotations

import io
import json

from ..records import Claim, decimal_text

COLUMNS = ("doc", "lang", "start", "end", "text", "value", "unit", "kind", "qualifier",
           "low", "high", "subject", "sentence", "notes")


def claims_to_jsonl(claims: list[Claim]) -> str:
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)


def claims_frame(claims: list[Claim]):
    """A pandas DataFrame of claims; values as exact decimal text, not floats."""
    import pandas as pd

    rows = []
    for c in claims:
        row = {}
        for col in COLUMNS:
            v = getattr(c, col)
            if col in ("value", "low", "high"):
                v = decimal_text(v)
            elif col == "notes":
                v = "; ".join(v)
            row[col] = v
        rows.append(row)
    return pd.DataFrame(rows, columns=list(COLUMNS))


def claims_to_csv(claims: list[Claim]) -> str:
    buf = io.StringIO()
    claims_frame(claims).to_csv(buf, index=False)
    return buf.getvalue()


def _one_line(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _path_tail(path: str, width: int) -> str:
    """A path cut at its start, never at its end, so that two files of one folder stay
    apart: "…/seeds/002_5f7db74c5636f556.txt"."""
    path = " ".join(path.split())
    return path if len(path) <= width else "…" + path[len(path) - width + 1:]


def claims_to_table(claims: list[Claim]) -> str:
    head = ("doc", "span", "kind", "value", "unit", "qual", "interval", "text", "subject")
    rows = [head]
    for c in claims:
        rows.append((
            _path_tail(c.doc, 40), f"{c.start}-{c.end}", c.kind, decimal_text(c.value),
            c.unit or "", c.qualifier, f"[{decimal_text(c.low)}, {decimal_text(c.high)}]",
            _one_line(c.text, 36), _one_line(c.subject, 30)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    out = []
    for r in rows:
        out.append("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
    return "\n".join(out) + "\n"


def render_claims(claims: list[Claim], fmt: str) -> str:
    if fmt == "jsonl":
        return claims_to_jsonl(claims)
    if fmt == "csv":
        return claims_to_csv(claims)
    return claims_to_table(claims)

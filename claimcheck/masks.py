"""Spans of text that look numeric but are not claims: identifiers, contact data, times.

These shapes are the same in every language we read, so they live here rather than in
the language files. A number that overlaps a masked span never becomes a claim.
"""
from __future__ import annotations

import bisect

import regex

# name -> pattern. Order does not matter; overlapping spans are merged.
NON_CLAIM_PATTERNS = {
    "url": r"(?:https?://|www\.)[^\s<>\"'\]\[]+",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    # +86-28-85339400, +1 (212) 555-0100
    "phone_intl": r"\+\d{1,3}(?:[\s.\-\u00a0]?\(?\d{1,5}\)?){2,6}",
    # (010)68315039, (010) 6831-5039
    "phone_area": r"\(\d{2,5}\)[\s\u00a0-]?\d{3,4}[\s-]?\d{3,5}",
    # 010-68315039, 0755-1234567
    "phone_local": r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    "tel_label": r"(?i:tel|phone|fax|t[ée]l[ée]phone|tel[ée]fono|电话|電話)[.:：]?[\s\u00a0]*\+?[\d\s().\-]{6,}\d",
    "isbn": r"(?i:isbn)(?:-1[03])?:?[\s\u00a0]*[\dXx][\d\s\-Xx]{8,16}[\dXx]",
    # registration and licence numbers: letters next to long digit runs, 京ICP备05004340号-12
    "registration": r"[\p{Han}]*\p{Lu}{2,}[\p{Han}]*\d{4,}[\p{Han}]*(?:-\d+)*",
    "record_no": r"(?<=[备號号证證:：])\s*\d{6,}(?:-\d+)*",
    # a digit run with a leading zero (0102, 05004340) is a code, not an amount
    "leading_zero": r"(?<!\d[\s\u00a0\u202f'.,]?)0\d{2,}(?![.,]\d)",
    # long unseparated digit runs (ids, account numbers)
    "long_digits": r"(?<![\d.,])\d{12,}(?![\d])",
    # model and product names: G20, A380, COVID-19, iPhone 15, Windows 11
    "model": r"(?<![\p{L}\d])(?:\p{Lu}{1,6}\d+[\p{L}\d]*|\p{Lu}{2,}[-‐]\d+|\p{Ll}+\p{Lu}\p{L}*[\s\u00a0]\d+)(?![\d])",
    # clock times: 16:06, 11:18, 9.30 am
    "time": r"(?<![\d:])(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?(?![\d:])",
    "time_ampm": r"(?i)(?<![\d.])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[\s\u00a0]?[ap]\.?m\.?(?![\p{L}])",
    # list numbering at the start of a line: "1. ", "2) ", "3、"
    "list_number": r"(?m)^[\s\u00a0•\-*]*\d{1,2}(?:[.)、．]|\s?[)）])(?=[\s\u00a0\p{L}\p{Han}])",
    # section/article references: "Article 5", "§ 12"
    "section": r"§[\s\u00a0]*\d+",
}

_MASK_RE = regex.compile("|".join(f"(?P<{k}>{v})" for k, v in NON_CLAIM_PATTERNS.items()))


class MaskSet:
    """Sorted, merged spans that claims must not overlap."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        spans.sort()
        merged: list[list] = []
        for s, e, name in spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, name])
        self.starts = [m[0] for m in merged]
        self.spans = merged

    def hits(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a masked span."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][1] > start:
            return True
        return i + 1 < len(self.spans) and self.spans[i + 1][0] < end

    def __len__(self) -> int:
        return len(self.spans)


def find_masks(text: str) -> MaskSet:
    """Masked spans of ``text`` (identifiers, contact data, times, list numbers)."""
    spans = []
    for m in _MASK_RE.finditer(text):
        s, e = m.span()
        if e > s:
            # list numbering masks only the number itself, not the text after it
            spans.append((s, e, m.lastgroup))
    return MaskSet(spans)

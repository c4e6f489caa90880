"""Spans of text that look numeric but are not claims: identifiers, contact data, times.

These shapes are the same in every language we read, so they live here rather than in
the language files. A number that overlaps a masked span never becomes a claim.
"""
from __future__ import annotations

import bisect

import regex

# name -> pattern. Order does not matter; overlapping spans are merged. Each pattern
# begins with something the regex engine can look for quickly (a digit, a literal, a word
# boundary): masks are searched through every text, so they must cost little per character.
NON_CLAIM_PATTERNS = {
    "url": r"\b(?:https?://|www\.)[^\s<>\"'\]\[]+",
    # e-mail addresses, found from the @ (the part before it is added in find_masks)
    "email": r"(?<=[\w.+-])@[\w-]+(?:\.[\w-]+)+",
    # +86-28-85339400, +1 (212) 555-0100
    "phone_intl": r"\+\d{1,3}(?:[\s.\-\u00a0]?\(?\d{1,5}\)?){2,6}",
    # (010)68315039, (010) 6831-5039
    "phone_area": r"\(\d{2,5}\)[\s\u00a0-]?\d{3,4}[\s-]?\d{3,5}",
    # 010-68315039, 0755-1234567
    "phone_local": r"(?=0)(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    # 03-1234-5678, 0120-123-456: a trunk prefix and two dashed groups (Japan, Europe)
    "phone_dashed": r"(?=0)(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])",
    "tel_label": r"(?=[TtPpFf电電])(?i:\btel|\bphone|\bfax|\bt[ée]l[ée]phone|\btel[ée]fono|电话|電話)"
                 r"[.:：]?[\s\u00a0]*\+?[\d\s().\-]{6,}\d",
    "isbn": r"\b(?i:isbn)(?:-1[03])?:?[\s\u00a0]*[\dXx][\d\s\-Xx]{8,16}[\dXx]",
    # registration and licence numbers: capitals next to long digit runs, 京ICP备05004340号-12
    "registration": r"(?=\p{Lu})(?<!\p{Lu})\p{Lu}{2,}[\p{Han}]*\d{4,}[\p{Han}]*(?:-\d+)*",
    "record_no": r"(?=\d)(?<=[备號号证證:：][\s\u00a0]{0,3})\d{6,}(?:-\d+)*",
    # a digit run with a leading zero (0102, 05004340) is a code, not an amount
    "leading_zero": r"(?=0)(?<!\d[\s\u00a0\u202f'.,]?)0\d{2,}(?![.,]\d)",
    # IP addresses: 192.168.1.2
    "ip": r"(?=\d)(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]\d)",
    # long unseparated digit runs (ids, account numbers)
    "long_digits": r"(?=\d)(?<![\d.,])\d{12,}(?![\d])",
    # model and product names: G20, A380, COVID-19, iPhone 15, Windows 11 (found from the
    # digits, looking back at the letters: only the digits need masking)
    "model": r"(?=\d)(?:(?<=(?<![\p{L}\d])\p{Lu}{1,6})\d+[\p{L}\d]*"
             r"|(?<=(?<![\p{L}\d])\p{Lu}{2,}[-‐])\d+"
             r"|(?<=(?<![\p{L}\d])\p{Ll}+\p{Lu}\p{L}*[\s\u00a0])\d+)(?![\d])",
    # lower-case codes: covid-19, scp-173, scp2-173 (but not "mid-2019", "pre-2020")
    "code": r"(?=\d)(?<=(?<![\p{L}\d])(?!(?:mid|pre|post|non|anti|over|under|top|sub|ex|co|per|the"
            r"|and|in|on|at|to)[-‐])\p{Ll}{2,4}\d?[-‐])\d+(?![\d.,]\d)",
    # clock times: 16:06, 11:18, 9.30 am
    "time": r"(?=\d)(?<![\d:])(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?(?![\d:])",
    "time_ampm": r"(?=\d)(?i)(?<![\d.])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[\s\u00a0]?[ap]\.?m\.?(?![\p{L}])",
    # Chinese clock times: 9点30分, 上午10点半 (a lone "20点" is a number)
    "time_zh": r"(?=[\d一二三四五六七八九十两])(?<![\d.])[\d一二三四五六七八九十两]{1,3}[点點](?:[\d一二三四五六七八九十]{1,3}分|半|整|钟|鐘)",
    # Japanese (and traditional Chinese) clock times: 9時, 15時30分 (but 2時間 is a duration)
    "time_ja": r"(?=\d)(?<![\d.])\d{1,2}時(?!間)(?:\d{1,2}分|半)?",
    # German clock times: 10 Uhr, 9.30 Uhr, 14:00 Uhr
    "time_uhr": r"(?=\d)(?<![\d.,])\d{1,2}(?:[.:][0-5]\d)?[\s\u00a0]?Uhr\b",
    # list numbering at the start of a line: "1. ", "2) ", "3、"
    "list_number": r"(?m)(?=\d)(?<=^[ \t\u00a0•\-*]*)\d{1,2}(?:[.)、．]|\s?[)）])(?=[\s\u00a0\p{L}\p{Han}])",
    # section/article references: "Article 5", "§ 12"
    "section": r"§[\s\u00a0]*\d+",
}

# The patterns that begin at a digit are searched as one (the engine skips to digits
# fast); the others one by one, some only when a cheap test of the text says they can
# occur. Overlapping spans are merged, so a union of the patterns masks the same text.
_DIGIT_LED = ("phone_local", "phone_dashed", "ip", "time", "time_ampm", "long_digits",
              "leading_zero", "record_no", "model", "code", "list_number", "time_ja",
              "time_uhr")
_DIGIT_RE = regex.compile("(?=\\d)(?:" + "|".join(f"(?P<{k}>{NON_CLAIM_PATTERNS[k]})"
                                                 for k in _DIGIT_LED) + ")")
_MASKS = [(name, regex.compile(pat)) for name, pat in NON_CLAIM_PATTERNS.items()
          if name not in _DIGIT_LED]
# a pattern runs only if the (case-folded) text holds one of these strings
_NEEDS = {
    "email": ("@",),
    "url": ("http", "www."),
    "tel_label": ("tel", "phone", "fax", "电话", "電話"),
    "isbn": ("isbn",),
    "time_zh": ("点", "點"),
    "section": ("§",),
    "phone_intl": ("+",),
    "phone_area": ("(",),
}


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


def _spans(text: str, lo: int, hi: int, folded: str) -> list[tuple[int, int, str]]:
    """Masked spans found in text[lo:hi] (the patterns see only that window)."""
    spans = [(m.start(), m.end(), m.lastgroup) for m in _DIGIT_RE.finditer(text, lo, hi)]
    for name, pat in _MASKS:
        needs = _NEEDS.get(name)
        if needs and not any(w in folded for w in needs):
            continue
        for m in pat.finditer(text, lo, hi):
            s, e = m.span()
            if name == "email":
                while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "._+-"):
                    s -= 1
            if e > s:
                spans.append((s, e, name))
    return spans


def find_masks(text: str) -> MaskSet:
    """Masked spans of ``text`` (identifiers, contact data, times, list numbers)."""
    return MaskSet(_spans(text, 0, len(text), text.casefold()))

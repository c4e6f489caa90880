"""How plausible a decoding of legacy CJK bytes is, to choose between code pages.

GB18030, Big5, Shift-JIS and EUC-KR all decode most double-byte text without error, so a
short Chinese text may decode "cleanly" as Korean. A wrong decoding, though, reads bytes
as characters spread evenly over the code page: rare ideographs, bopomofo, box drawing,
Hangul and Hanja side by side. Real text is made mostly of common characters. The score
is the share of non-ASCII characters that are unlikely in running text; the decoding
with the lowest score wins.

A character is common when it is a kana, a Hangul syllable of KS X 1001, CJK or
full-width punctuation, a Latin-1 letter or typographic punctuation, or an ideograph of
the first (most frequent) level of GB2312, Big5 or JIS X 0208. A switch between Hangul
and ideographs from one character to the next counts as unlikely too: Korean writes
Hanja as whole words, and rarely.
"""
from __future__ import annotations

import functools

__all__ = ["CJK_CODECS", "implausibility", "is_cjk_codec"]

# the legacy multi-byte code pages tried against each other (Python codec names)
CJK_CODECS = ("gb18030", "big5", "shift_jis", "euc_kr", "euc_jp")
_CJK_FAMILY = frozenset(CJK_CODECS) | {"gbk", "gb2312", "cp936", "cp950", "big5hkscs",
                                       "cp932", "shift_jis_2004", "shift_jisx0213", "cp949",
                                       "johab", "euc_jis_2004", "euc_jisx0213", "hz",
                                       "iso2022_jp", "iso2022_kr"}
SAMPLE = 20_000  # characters scored; enough to tell, and bounded


def is_cjk_codec(name: str) -> bool:
    return name.replace("-", "_").lower() in _CJK_FAMILY


def _in_first_level(ch: str) -> bool:
    for codec, lo, hi in (("gb2312", 0xB0A1, 0xD7F9), ("big5", 0xA440, 0xC67E),
                          ("shift_jis", 0x889F, 0x9872)):
        try:
            code = int.from_bytes(ch.encode(codec), "big")
        except UnicodeEncodeError:
            continue
        if lo <= code <= hi:
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _kind(ch: str) -> str:
    """'han', 'hangul', 'ok' (common, not a letter of either) or 'rare'."""
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:
        return "han" if _in_first_level(ch) else "rare"
    if 0xAC00 <= o <= 0xD7A3:
        try:
            ch.encode("euc_kr")
        except UnicodeEncodeError:
            return "rare"
        return "hangul"
    if (0x3040 <= o <= 0x30FF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E
            or 0xC0 <= o <= 0xFF or 0x2010 <= o <= 0x2027 or o in (0xA0, 0xB7, 0x20AC)):
        return "ok"
    return "rare"


def implausibility(text: str) -> float:
    """The share of the non-ASCII characters of ``text`` (its first SAMPLE) that are
    unlikely in running text: 0.0 for clean prose, near 1.0 for a wrong code page."""
    counted = rare = 0
    previous = ""
    for ch in text[:SAMPLE]:
        if ch < "\x80":
            continue
        counted += 1
        kind = _kind(ch)
        if kind == "rare" or {kind, previous} == {"han", "hangul"}:
            rare += 1
        previous = kind
    return rare / counted if counted else 0.0

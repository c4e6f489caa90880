"""Turn the raw bytes of an input file into text, or say clearly why not.

Order of attempts: a byte-order mark (UTF-8/16/32), UTF-16 without BOM when NUL bytes
sit in every other position, strict UTF-8, UTF-8 with a few invalid bytes replaced (the
text then carries a warning saying how many), a charset declared by an HTML page, and
finally ``charset-normalizer`` for legacy encodings (GB18030/GBK, Big5, Shift-JIS,
EUC-KR, cp1252, ...), whose candidates among the CJK code pages are ranked by how
plausible their characters are (:mod:`.plausible`). The decoded text is returned as is
(no newline normalisation), apart from one leading BOM character, so offsets into it
are stable.
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from .plausible import CJK_CODECS, implausibility, is_cjk_codec

__all__ = ["DecodeError", "Decoded", "decode_bytes", "decode_text", "declared_charset"]


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read with, and warnings about the reading."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


class DecodeError(ValueError):
    """The bytes are not text this tool can read (empty, binary or undecodable)."""


# UTF-32 marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detector / declared names mapped to the superset codec actually used for decoding.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "euc_cn": "gb18030",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
}

# C0/C1 control characters (category Cc) other than whitespace and the DOS end-of-file
# mark 0x1A: many of them mark binary content.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b\x7f-\x84\x86-\x9f]")
_WHITESPACE_BYTES = frozenset(b"\t\n\v\f\r\x1a")  # 0x1a: DOS end-of-file mark
_MAX_CONTROL_RATIO = 0.01

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


# codecs that are no character encodings of a web page: they raise on any input
# ("undefined"), turn escapes into characters, or read domain names
_NOT_PAGE_CHARSETS = frozenset({"undefined", "unicode_escape", "raw_unicode_escape",
                                "unicode_internal", "idna", "punycode", "utf_7",
                                "palmos", "mbcs", "oem", "charmap"})


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any (and
    if it names a text encoding)."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or \
            info.name.replace("-", "_") in _NOT_PAGE_CHARSETS:
        return None
    return info.name


def _canonical(name: str) -> str:
    """Python codec name, widened to the superset we decode with."""
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return name
    key = name.replace("-", "_")
    return _SUPERSETS.get(key, name)


def _control_count(text: str) -> int:
    return len(_CONTROLS.findall(text))


def _control_bytes(data: bytes) -> int:
    """C0 control bytes other than whitespace, and DEL."""
    return sum(data.count(b) for b in range(32) if b not in _WHITESPACE_BYTES) + data.count(127)


def _looks_binary(text: str) -> bool:
    """Too many control characters (NUL and friends) for this to be prose."""
    if not text:
        return False
    controls = _control_count(text)
    return controls > 1 and controls > len(text) * _MAX_CONTROL_RATIO


def _utf16_guess(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit mostly in odd/even positions."""
    if len(data) < 2:
        return None
    even = data[0::2]
    odd = data[1::2]
    half = len(data) // 2
    even_nul = even.count(0) / half
    odd_nul = odd.count(0) / half
    # Spaces, digits and Latin letters have a 0 high byte; CJK text still has enough
    # of them (the Chinese seed: 20%), while the low byte is rarely 0.
    if odd_nul >= 0.05 and even_nul <= odd_nul / 4:
        return "utf-16-le"
    if even_nul >= 0.05 and odd_nul <= even_nul / 4:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError, ValueError, TypeError):
        # UnicodeError: also the "undefined" codec; LookupError: unknown or not text
        return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of invalid sequences replaced by U+FFFD) for UTF-8 with a few invalid
    bytes: at most one in 200 (4 in a short text), and no more than the valid non-ASCII
    characters around them. Legacy text read as UTF-8 has almost no valid multi-byte
    sequence (GB18030: one for every four invalid bytes; cp1252: none), so one stray
    Latin-1 byte in a UTF-8 page is told apart from a cp1252 page."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if bad <= 0 or bad > max(4, len(data) // 200):
        return None
    valid = sum(1 for ch in text if ch >= "\x80") - text.count("\ufffd")
    return (text, bad) if bad <= valid else None


def _decode_as(data: bytes, name: str) -> tuple[str, str] | None:
    """(text, encoding) with the superset codec of ``name``, else ``name`` itself."""
    encoding = _canonical(name)
    text = _strict(data, encoding)
    if text is None and encoding != name:
        encoding, text = name, _strict(data, name)
    return None if text is None else (text, encoding)


def _most_plausible(data: bytes, names: list[str]) -> tuple[str, str] | None:
    """Of the CJK code pages ``names`` (the detector's, then ours), the strict decoding
    whose characters are the most plausible; the detector's order breaks ties."""
    best, best_score = None, None
    for name in dict.fromkeys(names):
        found = _decode_as(data, name)
        if found is None:
            continue
        score = implausibility(found[0])
        if best_score is None or score < best_score:
            best, best_score = found, score
    return best


def _detect(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer; prefer cp1252 among equally plausible single-byte guesses,
    and rank the CJK code pages by plausibility when the guess is one of them."""
    from charset_normalizer import from_bytes  # imported lazily: ~25 ms

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    if is_cjk_codec(best.encoding):
        close = [m.encoding for m in results if m.chaos <= best.chaos + 0.1]
        return _most_plausible(data, [best.encoding, *close, *CJK_CODECS])
    candidates = [best.encoding]
    tied = [m for m in results if m.chaos <= best.chaos + 0.01]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        candidates.insert(0, "cp1252")
    for name in candidates:
        found = _decode_as(data, name)
        if found is not None:
            return found
    return None


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` (read from ``path``) and return ``(text, encoding name)``; see
    :func:`decode_text`, which also says what was repaired."""
    found = decode_text(data, path, declared)
    return found.text, found.encoding


def decode_text(data: bytes, path: str, declared: str | None = None) -> Decoded:
    """Decode ``data`` (read from ``path``): the text, its encoding and any warnings.

    ``declared`` is an optional charset announced by the file itself (an HTML
    ``<meta charset>``); it is tried after BOMs and UTF-8, before detection. A leading
    BOM character is stripped; nothing else is changed, except that a UTF-8 text with a
    few invalid bytes has them replaced by U+FFFD, with a warning saying how many.
    Raises :class:`DecodeError` with a short message for empty, binary or undecodable
    input. ``path`` is used only in messages.
    """
    if not data:
        raise DecodeError("empty document")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding.replace("-sig", ""))
            if text is None:
                raise DecodeError(f"invalid {encoding} after its byte-order mark")
            return _checked(text, encoding)

    if 0 in data:
        guess = _utf16_guess(data)
        if guess is not None:
            text = _strict(data, guess)
            if text is not None and not _looks_binary(text):
                return Decoded(text, guess)
        # Prose never holds NUL bytes; allow a stray one, not a pattern of them.
        if data.count(0) > max(1, len(data) // 1000):
            raise DecodeError("binary content (NUL bytes), not text")

    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8")

    repaired = _mostly_utf8(data)
    if repaired is not None:
        text, bad = repaired
        return _checked(text, "utf-8", (f"{bad} invalid UTF-8 byte sequence"
                                        f"{'' if bad == 1 else 's'} replaced by U+FFFD",))

    if declared:
        encoding = _canonical(declared)
        if not encoding.startswith(("utf-16", "utf-32", "utf-8")):
            text = _strict(data, encoding)
            if text is not None and not _looks_binary(text):
                return Decoded(text, encoding)

    found = _detect(data)
    if found is None:
        if _control_bytes(data) > len(data) * _MAX_CONTROL_RATIO:
            raise DecodeError("binary content (control bytes), not text")
        raise DecodeError("undecodable bytes: not UTF-8 and no known encoding fits")
    return _checked(*found)


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> Decoded:
    if _looks_binary(text):
        raise DecodeError("binary content (control characters), not text")
    return Decoded(text, encoding, warnings)

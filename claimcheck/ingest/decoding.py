"""Turn the raw bytes of an input file into text, or say clearly why not.

Order of attempts: a byte-order mark (UTF-8/16/32), UTF-16 without BOM when NUL bytes
sit in every other position, strict UTF-8, a charset declared by an HTML page, and
finally ``charset-normalizer`` for legacy encodings (GB18030/GBK, Big5, Shift-JIS,
EUC-KR, cp1252, ...). The decoded text is returned as is (no newline normalisation),
apart from one leading BOM character, so offsets into it are stable.
"""
from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "decode_bytes", "declared_charset"]


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


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


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
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer; prefer cp1252 among equally plausible single-byte guesses."""
    from charset_normalizer import from_bytes  # imported lazily: ~25 ms

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    candidates = [best.encoding]
    tied = [m for m in results if m.chaos <= best.chaos + 0.01]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        candidates.insert(0, "cp1252")
    for name in candidates:
        encoding = _canonical(name)
        text = _strict(data, encoding)
        if text is None and encoding != name:
            encoding, text = name, _strict(data, name)
        if text is not None:
            return text, encoding
    return None


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` (read from ``path``) and return ``(text, encoding name)``.

    ``declared`` is an optional charset announced by the file itself (an HTML
    ``<meta charset>``); it is tried after BOMs and strict UTF-8, before detection.
    A leading BOM character is stripped; nothing else is changed. Raises
    :class:`DecodeError` with a short message for empty, binary or undecodable input.
    ``path`` is used only in messages.
    """
    if not data:
        raise DecodeError("empty document")

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding.replace("-sig", ""))
            if text is None:
                raise DecodeError(f"invalid {encoding} after its byte-order mark")
            if _looks_binary(text):
                raise DecodeError("binary content (control characters), not text")
            return text, encoding

    if 0 in data:
        guess = _utf16_guess(data)
        if guess is not None:
            text = _strict(data, guess)
            if text is not None and not _looks_binary(text):
                return text, guess
        # Prose never holds NUL bytes; allow a stray one, not a pattern of them.
        if data.count(0) > max(1, len(data) // 1000):
            raise DecodeError("binary content (NUL bytes), not text")

    text = _strict(data, "utf-8")
    if text is not None:
        if _looks_binary(text):
            raise DecodeError("binary content (control characters), not text")
        return text, "utf-8"

    if declared:
        encoding = _canonical(declared)
        if not encoding.startswith(("utf-16", "utf-32", "utf-8")):
            text = _strict(data, encoding)
            if text is not None and not _looks_binary(text):
                return text, encoding

    found = _detect(data)
    if found is None:
        if _control_bytes(data) > len(data) * _MAX_CONTROL_RATIO:
            raise DecodeError("binary content (control bytes), not text")
        raise DecodeError("undecodable bytes: not UTF-8 and no known encoding fits")
    text, encoding = found
    if _looks_binary(text):
        raise DecodeError("binary content (control characters), not text")
    return text, encoding

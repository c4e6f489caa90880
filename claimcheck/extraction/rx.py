"""Building blocks for the language patterns: surfaces, factored alternations, and the
cheap guard that keeps most attachment patterns from running at all.
"""
from __future__ import annotations

import regex

SP = r"[^\S\n]"                   # horizontal white space (incl. no-break spaces), never a newline
CJK_GAP = "[ \u3000]{0,3}"        # spaces that may stand between the characters of a CJK surface
SPACING = frozenset(" \t\u00a0\u202f\u2009\u3000\r\f\v")

# How far past its start an anchored match is read (see match_at). An attachment, a
# number word or a masked identifier is a few dozen characters; a match that comes close
# to the window's end is read again in a window four times as large.
WINDOW = 256


def match_at(pattern, text: str, pos: int, endpos: int | None = None,
             width: int = WINDOW):
    """``pattern.match(text, pos, endpos)``, with the engine reading only a window after
    ``pos``. Without an end bound the engine looks for a pattern's required literal (a
    word, a sign) all the way to the end of the text before it tries the match, so
    trying a pattern at every number of a text took time quadratic in its length.

    A match that ends within ``width // 2`` of the window's end is read again in a larger
    window (a lookahead or a longer alternative may reach past it), so the result is the
    plain match's whenever that is shorter than ``width``; a longer one is not found."""
    limit = len(text) if endpos is None else min(endpos, len(text))
    while True:
        end = pos + width
        if end >= limit:
            return pattern.match(text, pos, limit)
        m = pattern.match(text, pos, end)
        if m is None or m.end() <= end - width // 2:
            return m
        width *= 4


def first_char_set(surfaces, case_insensitive: bool) -> frozenset[str]:
    """The characters the surfaces can start with (the class of :func:`first_chars`)."""
    chars = set()
    for s in surfaces:
        ch = s[:1]
        if not ch:
            continue
        chars.add(ch)
        if case_insensitive:
            # (an upper case may be two characters: "ß".upper() is "SS")
            chars.update(ch.lower() + ch.upper() + ch.casefold())
        if ch.isspace():
            chars.update(" \t\u00a0\u202f")
    return frozenset(chars)


def first_chars(surfaces, case_insensitive: bool) -> str:
    """A character class of the characters the surfaces can start with."""
    chars = first_char_set(surfaces, case_insensitive)
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


def trie(words) -> str:
    """An alternation of words factored by common prefixes ("t(?:en|hree|wo)"), which the
    engine rejects at the first differing character instead of word by word."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [surface(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:   # a word ends here; longer ones are tried first (greedy)
            body = (body if len(alts) > 1 else f"(?:{body})") + "?"
        return body

    return emit(root)


def surface(s: str) -> str:
    pat = regex.escape(s, special_only=True)
    return pat.replace(r"\ ", SP + "+").replace(" ", SP + "+")


def _key2(text: str, i: int, forward: bool) -> str:
    """Two characters at ``i`` (forwards) or ending at ``i`` (backwards), case-folded, with
    any spacing read as one space: the key the guard looks up."""
    if forward:
        a, b = text[i], text[i + 1] if i + 1 < len(text) else ""
    else:
        a, b = (text[i - 1] if i > 0 else ""), text[i]
    if a in SPACING:
        a = " "
    if b in SPACING:
        b = " "
    return (a + b).casefold()


def _start_after(text: str, pos: int) -> int:
    """Where a forward attachment would begin: after spacing and one hyphen ("3-inch")."""
    i, n = pos, len(text)
    while i < n and text[i] in SPACING:
        i += 1
    if i < n and text[i] == "-":
        i += 1
    return i


def _end_before(text: str, lo: int, hi: int) -> int:
    """Where a reverse attachment would end (its last character): before spacing at ``hi``."""
    i = hi - 1
    while i >= lo and text[i] in SPACING:
        i -= 1
    return i


class Guarded:
    """A pattern behind a cheap test of the characters next to the number: most
    attachments are absent, and the two characters where one would begin (or end) rule
    them out before the regex runs. ``match(text, pos)`` for patterns read forwards from
    ``pos``; ``search(text, lo, hi)`` for reverse patterns anchored at ``hi``. Both return
    a regex match or None, exactly as the pattern alone would.

    ``pattern`` is a compiled pattern, or a function that compiles one for a list of
    surfaces. With a function, a match runs a pattern of only the surfaces whose first
    (or last) characters are the ones in the text: a long alternation of currency or unit
    names costs several microseconds even where it fails, a handful of names a fraction
    of that. No other surface can match there, so the result is the same. The patterns
    are compiled on first use and kept."""

    __slots__ = ("_pattern", "_build", "surfaces", "pairs", "singles", "forward", "edge",
                 "extra", "_by_single", "_by_pair", "_subsets", "_memo")

    def __init__(self, pattern, surfaces, forward: bool, extra: str = ""):
        self._build = None if isinstance(pattern, regex.Pattern) else pattern
        self._pattern = pattern if self._build is None else None
        self.forward = forward
        self.surfaces = surfaces = list(surfaces)
        self.extra = frozenset(extra)
        # the first (or last) character in every case: one set lookup rejects most texts
        self.edge = frozenset(ch for s in surfaces if s for c in ((s[0] if forward else s[-1]),)
                              for ch in (c, c.lower(), c.upper(), c.casefold())) | self.extra
        by_single: dict[str, list[str]] = {}
        by_pair: dict[str, list[str]] = {}
        for original in surfaces:
            s = original.casefold()
            if not s:
                continue
            if len(s) == 1 or is_cjk(s[0] if forward else s[-1]):
                # one-character surfaces, and CJK ones (which may be spaced out: 个 百 分 点)
                by_single.setdefault(s[0] if forward else s[-1], []).append(original)
            else:
                a, b = (s[0], s[1]) if forward else (s[-2], s[-1])
                key = ("  " if a.isspace() else a)[0] + (" " if b.isspace() else b)
                by_pair.setdefault(key, []).append(original)
        self._by_single = {k: tuple(v) for k, v in by_single.items()}
        self._by_pair = {k: tuple(v) for k, v in by_pair.items()}
        self.singles = frozenset(self._by_single) | self.extra
        self.pairs = frozenset(self._by_pair)
        self._subsets: dict[tuple, regex.Pattern] = {}
        # what _at answers for the two characters it reads (see _pair): the same few pairs
        # come back at number after number
        self._memo: dict[str, regex.Pattern | None] = {}

    @property
    def pattern(self) -> regex.Pattern:
        """The pattern of all the surfaces."""
        if self._pattern is None:
            self._pattern = self._build(self.surfaces)
        return self._pattern

    def _at(self, text: str, i: int):
        """The pattern to run when an attachment would begin (or end) at ``i``, or None
        when none can."""
        ch = text[i]
        if ch not in self.edge:
            return None
        c = ch.casefold()
        if self._build is None or c in self.extra:
            if c in self.singles or _key2(text, i, self.forward) in self.pairs:
                return self.pattern
            return None
        k1 = c if c in self._by_single else None
        k2 = _key2(text, i, self.forward)
        if k2 not in self._by_pair:
            if k1 is None:
                return None
            k2 = None
        key = (k1, k2)
        pat = self._subsets.get(key)
        if pat is None:
            pat = self._subsets[key] = self._build(self._by_single.get(k1, ())
                                                   + self._by_pair.get(k2, ()))
        return pat

    def _remembered(self, text: str, i: int):
        """:meth:`_at`, remembered by the two characters it reads (:func:`_pair`)."""
        key = _pair(text, i, self.forward)
        pat = self._memo.get(key, _UNSEEN)
        if pat is _UNSEEN:
            if len(self._memo) >= _MEMO_KEPT:
                self._memo.clear()
            pat = self._memo[key] = self._at(text, i)
        return pat

    def match(self, text: str, pos: int, endpos: int | None = None):
        n = len(text)
        if pos >= n:
            return None
        ch = text[pos]
        if ch in SPACING or ch == "-":          # (else _start_after is pos itself)
            i = _start_after(text, pos)
            if i >= n:
                return None
            ch = text[i]
        else:
            i = pos
        if ch not in self.edge:
            return None                  # (the first test of _at, without the call)
        pat = self._remembered(text, i)
        if pat is None:
            return None
        return match_at(pat, text, pos, endpos)

    def search(self, text: str, lo: int, hi: int):
        i = _end_before(text, lo, hi)
        if i < lo or text[i] not in self.edge:
            return None
        pat = self._remembered(text, i)
        # a reverse pattern's match is anchored at hi, where it ends
        return None if pat is None else pat.match(text, lo, hi)


_UNSEEN = object()
_MEMO_KEPT = 4096       # pairs remembered per pattern (then forgotten all at once)


def _pair(text: str, i: int, forward: bool) -> str:
    """The characters :func:`_key2` reads at ``i``, as written: a string of two, or of one
    at the edge of the text (one string for each distinct question)."""
    if forward:
        return text[i:i + 2]
    return text[i - 1:i + 1] if i > 0 else text[i]


class AnyOf:
    """Whether any of several guarded patterns could match at a position: the union of
    their guards, tested once. When it says no, none of them can match there (each
    pattern's own test would say no too), so a caller may skip them all."""

    __slots__ = ("edge", "singles", "pairs", "forward", "_memo")

    def __init__(self, guards, forward: bool):
        guards = list(guards)
        assert all(g.forward == forward for g in guards)
        self.forward = forward
        self.edge = frozenset().union(*(g.edge for g in guards))
        self.singles = frozenset().union(*(g.singles for g in guards))
        self.pairs = frozenset().union(*(g.pairs for g in guards))
        self._memo: dict[str, bool] = {}

    def _open(self, text: str, i: int) -> bool:
        ch = text[i]
        if ch not in self.edge:
            return False
        key = _pair(text, i, self.forward)
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= _MEMO_KEPT:
                self._memo.clear()
            hit = self._memo[key] = (ch.casefold() in self.singles
                                     or _key2(text, i, self.forward) in self.pairs)
        return hit

    def after(self, text: str, pos: int) -> bool:
        """Whether a forward pattern could match at ``pos`` (see Guarded.match)."""
        n = len(text)
        if pos >= n:
            return False
        ch = text[pos]
        if ch in SPACING or ch == "-":
            i = _start_after(text, pos)
            return i < n and self._open(text, i)
        return ch in self.edge and self._open(text, pos)

    def edge_after(self, text: str, pos: int) -> bool:
        """A looser test: whether the first character after spacing at ``pos`` is one some
        pattern (or a hyphen) begins with."""
        i, n = pos, len(text)
        while i < n and text[i] in SPACING:
            i += 1
        return i < n and (text[i] == "-" or text[i] in self.edge)

    def before(self, text: str, lo: int, hi: int) -> bool:
        """Whether a reverse pattern could end at ``hi`` within [lo, hi) (see Guarded.search)."""
        i = _end_before(text, lo, hi)
        return i >= lo and self._open(text, i)


def is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"

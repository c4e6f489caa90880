"""Building blocks for the language patterns: surfaces, factored alternations, and the
cheap guard that keeps most attachment patterns from running at all.
"""
from __future__ import annotations

import regex

SP = r"[^\S\n]"                   # horizontal white space (incl. no-break spaces), never a newline
CJK_GAP = "[ \u3000]{0,3}"        # spaces that may stand between the characters of a CJK surface
SPACING = frozenset(" \t\u00a0\u202f\u2009\u3000\r\f\v")


def first_chars(surfaces, case_insensitive: bool) -> str:
    """A character class of the characters the surfaces can start with."""
    chars = set()
    for s in surfaces:
        ch = s[:1]
        if not ch:
            continue
        chars.add(ch)
        if case_insensitive:
            chars.update({ch.lower(), ch.upper(), ch.casefold()})
        if ch.isspace():
            chars.update(" \t\u00a0\u202f")
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


class Guarded:
    """A compiled pattern behind a cheap test of the characters next to the number: most
    attachments are absent, and the two characters where one would begin (or end) rule
    them out before the regex runs. ``match(text, pos)`` for patterns read forwards,
    ``search(text, lo, hi)`` for those read backwards from ``hi``; both return a regex
    match or None, exactly as the pattern alone would."""

    __slots__ = ("pattern", "pairs", "singles", "forward", "edge")

    def __init__(self, pattern: regex.Pattern, surfaces, forward: bool, extra: str = ""):
        self.pattern = pattern
        self.forward = forward
        surfaces = list(surfaces)
        # the first (or last) character in every case: one set lookup rejects most texts
        self.edge = frozenset(ch for s in surfaces if s for c in ((s[0] if forward else s[-1]),)
                              for ch in (c, c.lower(), c.upper(), c.casefold())) | frozenset(extra)
        pairs, singles = set(), set(extra)
        for s in surfaces:
            s = s.casefold()
            if not s:
                continue
            if len(s) == 1 or is_cjk(s[0] if forward else s[-1]):
                # one-character surfaces, and CJK ones (which may be spaced out: 个 百 分 点)
                singles.add(s[0] if forward else s[-1])
            else:
                a, b = (s[0], s[1]) if forward else (s[-2], s[-1])
                pairs.add(("" + ("  " if a.isspace() else a)[0] + (" " if b.isspace() else b)))
        self.pairs, self.singles = frozenset(pairs), frozenset(singles)

    def _open(self, text: str, i: int) -> bool:
        if i < 0 or i >= len(text) or text[i] not in self.edge:
            return False
        return text[i].casefold() in self.singles or _key2(text, i, self.forward) in self.pairs

    def match(self, text: str, pos: int, endpos: int | None = None):
        i, n = pos, len(text)
        while i < n and text[i] in SPACING:
            i += 1
        if i < n and text[i] == "-":
            i += 1
        if not self._open(text, i):
            return None
        return self.pattern.match(text, pos) if endpos is None else self.pattern.match(text, pos, endpos)

    def search(self, text: str, lo: int, hi: int):
        i = hi - 1
        while i >= lo and text[i] in SPACING:
            i -= 1
        if i < lo or not self._open(text, i):
            return None
        return self.pattern.search(text, lo, hi)


def is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"

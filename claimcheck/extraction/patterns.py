"""The regular expressions built from a language's data: the building blocks.

Every pattern is composed from the surfaces listed in the language file, longest first,
with letter boundaries in word-spaced scripts. Patterns are compiled once per language and
cached. They only find candidates; :mod:`wordnum`, :mod:`cjknum` and :mod:`numerals`
decide what the candidates are worth. No pattern nests unbounded repetitions of
overlapping alternatives, so matching stays linear in the text.
"""
from __future__ import annotations

import regex

from .rx import CJK_GAP, SP, Guarded, first_chars, surface, trie


class PatternBuilder:
    """How a language's patterns are composed; expects the attributes set by Language.

    Its two halves are :class:`~.number_patterns.NumberPatterns` (where numbers start and
    what they are made of) and :class:`~.attach_patterns.AttachPatterns` (what stands
    around a number)."""

    # -- building blocks ----------------------------------------------------------------
    def alt(self, surfaces, boundaries: bool | None = None, reverse: bool = False) -> str:
        """One alternative per surface, longest first.

        Surfaces that start or end with a letter get letter boundaries in word-spaced
        scripts. Surfaces longer than two characters with a lower-case letter match
        case-insensitively when the language says so ("Chinese yuan", "kWh"); short or
        all-capital ones ("m", "MW", "RMB") match exactly. Surfaces next to each other in
        that order that share these properties form one group, so the pattern stays small
        to compile and quick to run. ``reverse``: for a pattern read right to left ((?r)),
        where a factored alternation (common prefixes) would not try the longest first:
        one group per length then.
        """
        bounds = self.boundaries if boundaries is None else boundaries
        keyed = []
        for s in set(surfaces):
            ci = self.case_insensitive and len(s) > 2 and any(ch.islower() for ch in s)
            before = bounds and s[:1].isalpha()
            after = bounds and (s[-1:].isalpha() or s[-1:] == ".")
            keyed.append(((-len(s), ci, before, after), s))
        keyed.sort()
        # consecutive surfaces (longest first) that share the flags form one group: one
        # factored alternation (see trie) still tries the longest first
        groups: list[tuple[tuple, list[str]]] = []
        for key, s in keyed:
            key = key if reverse else key[1:]
            if groups and groups[-1][0] == key:
                groups[-1][1].append(s)
            else:
                groups.append((key, [s]))
        parts = []
        for (*_, ci, before, after), words in groups:
            if not bounds and any(len(w) > 1 and all(self._cjk_char(ch) for ch in w) for w in words):
                body = "|".join(CJK_GAP.join(regex.escape(ch) for ch in w)   # 个 百 分 点
                                if all(self._cjk_char(ch) for ch in w) else surface(w)
                                for w in words)
            else:
                # lower(), not casefold(): (?i) matches ß with ß, never with "ss"
                body = trie([w.lower() if ci else w for w in words])
            body = f"(?i:{body})" if ci else f"(?:{body})"
            parts.append((r"(?<![\p{L}\p{M}])" if before else "") + body
                         + (r"(?![\p{L}\p{M}])" if after else ""))
        if not parts:
            return r"(?!x)x"
        # a cheap test of the first character lets the engine skip most positions at once
        return f"(?={first_chars([s for _, s in keyed], self.case_insensitive)})(?:{'|'.join(parts)})"

    def _after(self, surfaces) -> "Guarded":
        """Anchored at a position: optional spacing or a hyphen ("3-inch"), then a surface."""
        return Guarded(lambda some: regex.compile(f"(?:{SP}{{0,2}}|-)(?:{self.alt(some)})"),
                       surfaces, True)

    def _before(self, surfaces) -> "Guarded":
        """Read just before a position: a surface, then spacing, then the position. The
        pattern runs right to left ((?r)), anchored where it ends (see Guarded.search)."""
        return Guarded(lambda some: regex.compile(f"(?r)(?:{self.alt(some, reverse=True)}){SP}*"),
                       surfaces, False)

    def compile_all(self) -> None:
        """Build every pattern now (so that a bad surface fails at load time)."""
        for name in ("seed_re", "token_re", "joiner_re", "currency_after_re", "currency_before_re",
                     "unit_after_re", "qualifier_before_re", "qualifier_after_re", "date_scans"):
            built = getattr(self, name)
            if isinstance(built, Guarded):
                built.pattern

    @staticmethod
    def _cjk_char(s: str) -> bool:
        """Han or kana (マイナス, パーセント are written in katakana)."""
        return any("\u3400" <= ch <= "\u9fff" or "\u3041" <= ch <= "\u30ff" for ch in s)

    def word_alt(self, words) -> str:
        """Like :meth:`alt`, but lower-case words go in one factored, case-insensitive
        alternation bounded by \\b (much faster to search than one alternative each)."""
        plain = [w.lower() for w in words if self._plain_word(w)]
        other = [w for w in words if not self._plain_word(w)]
        parts = [f"(?i:{trie(plain)})\\b"] if plain else []
        if other:
            parts.append(self.alt(other))
        return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"

    def _plain_word(self, w: str) -> bool:
        """A lower-case word of letters (and inner spaces or hyphens): case-insensitive, and
        bounded by \\b at both ends."""
        return w[:1].isalpha() and w[-1:].isalpha() and w == w.lower()

"""Where a number starts and what it is made of, as regexes built from a language's data.

Digits with the language's separators, number words and their joiners, words glued into
one ("zweihundertsechs"), and runs of CJK numerals. They only find candidates; the readers
in :mod:`.numerals`, :mod:`.wordnum` and :mod:`.cjknum` decide what each is worth. No
pattern nests unbounded repetitions of overlapping alternatives, so matching stays linear.
"""
from __future__ import annotations

import functools

import regex

from .patterns import PatternBuilder
from .prefixscan import head, head_before, word_scan
from .rx import CJK_GAP, SP, Guarded, first_char_set, first_chars, match_at, surface, trie

VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
# a currency surface that may stand glued to a number: a short code or symbol ending in a
# letter ("USD", "RMB", "RM", "Rs", "$A")
GLUED_CURRENCY = regex.compile(r"\$?\p{Lu}\p{L}{0,3}")
_LATIN = regex.compile(r"\p{Latin}")
_SPACING = regex.compile(f"{SP}*")
_SPACE_JOINER = regex.compile(f"(?P<space>{SP}+)")


def _not_plus_minus(neg: str, n: dict) -> str:
    """The minus words, but not as the end of a plus-minus word (``numerals.plus_minus``:
    正負2.99個百分點 is a margin of 2.99 points either way, not minus 2.99)."""
    heads = sorted({pm[:-len(w)] for pm in n.get("plus_minus") or []
                    for w in n.get("negative") or [] if len(pm) > len(w) and pm.endswith(w)},
                   key=len, reverse=True)
    if not heads or neg == "(?!x)x":
        return neg
    return "".join(f"(?<!{regex.escape(h)})" for h in heads) + f"(?:{neg})"


class NumberPatterns(PatternBuilder):
    """The number-finding patterns of a language (a half of :class:`~.language.Language`)."""

    @functools.cached_property
    def digit_re(self) -> str:
        """Digits with the language's separators; spaces and apostrophes only before 3 digits."""
        return f"(?:{self._digit_body}|{self._digit_lead})(?:{self._digit_exp})?"

    @functools.cached_property
    def _digit_body(self) -> str:
        seps = []
        for s in sorted(set(self.decimal) | set(self.group), key=len, reverse=True):
            esc = regex.escape(s)
            if s.isspace() or s in ("'", "’"):
                seps.append(f"{esc}(?=\\d{{3}}(?!\\d))")
            else:
                seps.append(esc)
        for s, after in self.decimal_before.items():
            alts = "|".join(regex.escape(a) for a in sorted(after, key=len, reverse=True))
            seps.append(f"{regex.escape(s)}(?=\\d{{1,6}}(?:{alts}))")
        # bounded: no written number has more than a few groups, and an unbounded run of
        # "1,1,1,1..." would be read again from each of its digits (quadratic)
        return f"\\d{{1,40}}(?:(?:{'|'.join(seps)})\\d{{1,40}}){{0,8}}"

    @functools.cached_property
    def _digit_lead(self) -> str:
        """".5" / ",5": a leading decimal mark, not after a digit or another mark."""
        dec = "".join(regex.escape(d) for d in self.decimal)
        return f"(?<![\\d.,…]|\\.\\.)[{dec}]\\d+"

    _digit_exp = r"(?:[eE][-+−－]?\d+|[ ]?[x×][ ]?10\^[-+−－]?\d+)(?![\p{L}\d])"

    @functools.cached_property
    def number_token(self) -> str:
        """A written number in digits: slash fraction, digits, or a vulgar fraction."""
        slash = r"(?P<sl>(?<![/／]\d{0,6})\d{1,6}[/／]\d{1,6}(?![\d/／]))"
        return (f"{slash}|(?P<dig>{self.digit_re})|(?P<vf>[{VULGAR}])")

    @functools.cached_property
    def _vocab(self) -> dict[str, list[str]]:
        n = self.numerals
        words = list((n.get("words") or {}).keys())
        return {
            "num": words,
            "mul": list((n.get("multipliers") or {}).keys()),
            "scale": [k for k in self.raw["scales"].keys() if not self._cjk_char(k)],
            "frac": list((n.get("fractions") or {}).keys()),
            "one": list(n.get("one_words") or []),
            "neg": [w for w in n.get("negative") or [] if w[:1].isalpha()],
        }

    @functools.cached_property
    def _fused_ends(self) -> list[str]:
        """How a fused word can end: a fraction suffix ("avos"), a fraction word that takes a
        glued number ("milésimos"), or, where number words glue into one word (German
        "dreihundertzwanzig"), any number word, multiplier or scale word."""
        ends = list(self.fused_suffixes.keys()) + list(self.fused_endings)
        if self.fused_cardinals:
            v = self._vocab
            ends += [w for w in v["num"] + v["mul"] + v["scale"] if w[-1:].isalpha()]
        return sorted(set(ends), key=len, reverse=True)

    @functools.cached_property
    def fused_re(self) -> str:
        """A word that glues number words to a fraction word ("veintiunavos", "dosmilésimos")
        or, in languages that write them so, number words to each other ("zweihundertsechs")."""
        ends = self._fused_ends
        if not ends:
            return r"(?!x)x"
        alt = "|".join(surface(e) for e in ends)
        # the whole word, then a look back at how it ends: one pass over each word
        return rf"(?i:(?<![\p{{L}}\p{{M}}])\p{{L}}{{3,80}}(?<=(?:{alt}))(?![\p{{L}}\p{{M}}]))"

    @functools.cached_property
    def token_re(self) -> "Guarded":
        """One token of a number phrase, anchored: digits, a number word, or a fused word."""
        v = self._vocab
        vocab = v["num"] + v["mul"] + v["scale"] + v["frac"] + v["one"] + v["neg"]
        digits = "0123456789０１２３４５６７８９.,．，" + VULGAR
        return Guarded(regex.compile(f"{self.number_token}|(?P<w>{self.alt(vocab)})"
                                     f"|(?P<fz>{self.fused_re})"), vocab, True, extra=digits)

    @functools.cached_property
    def joiner_re(self) -> regex.Pattern:
        """What may stand between two tokens of one number phrase, by role."""
        n = self.numerals
        groups = []

        def words(name: str, surfaces) -> None:
            surfaces = [s for s in surfaces if s.strip()]
            if surfaces:
                groups.append(f"(?P<{name}>(?:{SP}+|{SP}*-{SP}*)(?:{self.alt(surfaces)})"
                              f"(?:{SP}+|{SP}*-{SP}*))")

        ratio = n.get("ratio_words") or {}
        words("ratio", [k for k, v in ratio.items() if "final" not in v])
        words("ratiofinal", [k for k, v in ratio.items() if "final" in v])
        words("point", n.get("decimal_words") or [])
        words("and", n.get("and_words") or [])
        words("of", n.get("fraction_of") or [])
        groups.append(f"(?P<hyphen>{SP}*[-‐]{SP}*)")
        groups.append(f"(?P<space>{SP}+)")
        return regex.compile("|".join(groups))

    @functools.cached_property
    def _joiner_firsts(self) -> frozenset[str] | None:
        """The characters a joiner other than plain spacing can begin with after its
        spacing (a joiner word's first letters, a hyphen); None when a joiner word
        begins with a space (then no shortcut, see joiner_at)."""
        n = self.numerals
        surfaces = [s for s in list((n.get("ratio_words") or {}).keys())
                    + list(n.get("decimal_words") or []) + list(n.get("and_words") or [])
                    + list(n.get("fraction_of") or []) if s.strip()]
        if any(s[:1].isspace() for s in surfaces):
            return None
        return first_char_set(surfaces, self.case_insensitive) | frozenset("-‐")

    def joiner_at(self, text: str, pos: int):
        """``match_at(self.joiner_re, text, pos)``. After a number most often only spacing
        and a word that joins nothing follow: when the character after the spacing opens
        no joiner word and no hyphen, the match can only be the spacing (group ``space``),
        found by its own small pattern instead of every alternative of joiner_re."""
        firsts = self._joiner_firsts
        if firsts is not None:
            end = min(len(text), pos + 64)
            i = _SPACING.match(text, pos, end).end()
            if i < end and text[i] not in firsts:
                return _SPACE_JOINER.match(text, pos, i) if i > pos else None
        return match_at(self.joiner_re, text, pos)

    @functools.cached_property
    def seed_re(self) -> regex.Pattern:
        """Where a number may start (searched through the text).

        In word-spaced scripts every number starts at a word boundary, except a leading
        decimal mark (".5") and a vulgar fraction; a leading \\b and one factored
        alternation of the words that can start a number let the engine pass over the rest
        of the text nearly as fast as it scans for digits. CJK text has no word boundaries:
        there the first character is tested instead."""
        v = self._vocab
        n = self.numerals
        starts = v["num"] + [w for w in v["frac"] + v["scale"] + v["mul"]
                             if w.casefold() in self.alone]
        follow = v["mul"] + v["scale"] + v["frac"] + v["num"] + list(n.get("and_words") or []) \
            + list((n.get("ratio_words") or {}).keys())
        money = [w for w in list(self.raw["currencies"].keys()) + list(   # "a penny", "un euro"
            (self.raw.get("currency_multiples") or {}).keys()) if w[:1].isalpha() and w[-1:].isalpha()]
        words: list[str] = []
        pct = list((self.raw["percent"].get("words") or {}).keys()) + list(
            (self.raw["percent"].get("point_words") or {}).keys())
        if pct:
            words.append(f"(?P<pw>{self.alt(pct)})")
        if v["one"] and follow:
            words.append(f"(?P<one>{self.word_alt(v['one'])}(?={SP}+{self.word_alt(follow + money)}))")
        if v["neg"]:
            nxt = self.word_alt(v["num"] + v["one"] + [w for w in v["frac"]
                                                       if w.casefold() in self.alone])
            words.append(f"(?P<neg>{self.word_alt(v['neg'])}(?={SP}+(?:\\d|{nxt})))")
        if starts:
            words.append(f"(?P<w>{self.word_alt(starts)})")
        # a half word that alone is mostly another word ("medio": average, middle) starts a
        # number only right before a scale word ("medio millón"; not "media docena", which
        # an and-word would join to a figure before it: "3 euros y media docena")
        before = [w for w in n.get("before_scale") or () if w.casefold() not in self.alone]
        scaled = v["scale"]
        if before and scaled:
            words.append(f"(?P<w>{self.word_alt(before)}(?={SP}+{self.word_alt(scaled)}))")
        else:
            before = []
        self._seed_parts = words
        # the first characters of every word above, and where each may stand (see
        # seed_scans): an article only before a number or money word, a minus word only
        # before spacing
        self._seed_firsts = pct + (v["one"] if v["one"] and follow else []) + \
            (v["neg"] if v["neg"] else []) + starts + before
        self._seed_heads = [head(w) for w in pct + starts] + \
            [head_before(w, follow + money) for w in (v["one"] if v["one"] and follow else [])] + \
            [head_before(w) for w in v["neg"]] + [head_before(w, scaled) for w in before]
        if self.numerals["grammar"] == "cjk":
            parts = [f"(?P<cjk>{self.cjk_number_re})",
                     f"(?:(?<![\\p{{Latin}}\\d])|{self._glued_before})(?:{self.number_token})"] + words
            guard = f"(?=[\\d０-９.,．，{VULGAR}]|{self._cjk_first()}|\\b)"
            return regex.compile(guard + "(?:" + "|".join(parts) + ")")
        # glued number words ("fünfundvierzig Cent" after "13 Euro und"): the main scan
        # finds them by their ending (fused_scan_re); a match at a known position needs them here
        fused = f"|(?P<fz>{self.fused_re})" if self.fused_cardinals else ""
        return regex.compile(f"{self._digit_seed}|\\b(?:{'|'.join(words) or '(?!x)x'}){fused}")

    # A short capitalised token glued to the digits after it: a currency code or symbol
    # ("USD48.3bn", "RMB52.7bn", "RM2.70", "$A31,204,550") or an identifier; the engine
    # keeps the number only when the token is one of the language's currencies (glue).
    _glued_before = r"(?<=(?<![\p{L}\d])\$?\p{Lu}\p{L}{0,3})"

    @functools.cached_property
    def glue(self) -> frozenset[str]:
        """The currency surfaces that may stand glued to a number."""
        return frozenset(k for k in self.raw["currencies"] if GLUED_CURRENCY.fullmatch(k))

    def glued_to_letters(self, text: str, s: int) -> bool:
        """Whether the number at ``s`` is glued to Latin letters that are not a currency: an
        identifier ("ABC48.3"), whose digits give no claim."""
        if not _LATIN.match(text[s - 1]):
            return False
        k = s
        while k > 0 and text[k - 1].isalpha() and s - k <= 4:
            k -= 1
        if k > 0 and text[k - 1] == "$":
            k -= 1
        return text[k:s] not in self.glue

    @functools.cached_property
    def _digit_seed(self) -> str:
        digits = (f"(?:(?P<sl>(?<![/／]\\d{{0,6}})\\d{{1,6}}[/／]\\d{{1,6}}(?![\\d/／]))|"
                  f"(?P<dig>{self._digit_body}(?:{self._digit_exp})?))")
        start = f"(?=\\d)(?:\\b(?<![\\p{{Latin}}\\d])|{self._glued_before})"
        return (f"{start}{digits}|(?P<lead>{self._digit_lead}(?:{self._digit_exp})?)"
                f"|(?P<vf>[{VULGAR}])")

    @functools.cached_property
    def seed_scans(self) -> tuple:
        """Patterns that together find what :attr:`seed_re` finds, searched separately: the
        engine searches two simple patterns faster than one that joins them (digits and
        number words), so the extractor merges their matches in text order."""
        if self.numerals["grammar"] == "cjk":
            return (self.seed_re,)
        self.seed_re  # builds _seed_parts
        words = self._seed_parts
        scans = [regex.compile(self._digit_seed)]
        if words:
            # a test of the first character after the boundary: the engine tries the
            # alternatives only at the few word starts that could open one of them
            # (case-insensitive like the words: it admits all that they admit)
            firsts = first_chars(self._seed_firsts, True)
            scans.append(word_scan(regex.compile(f"\\b(?=(?i:{firsts}))(?:{'|'.join(words)})"),
                                   self._seed_heads))
        if self.each_nth_re is not None:
            scans.append(self.each_nth_re)
        return tuple(scans)

    @functools.cached_property
    def each_nth_re(self) -> regex.Pattern | None:
        """"jeder dritte Zug", "jede fünfte Familie": one in N told with an ordinal after a
        word for each (``numerals.each_nth``); the group ``nth`` holds the ordinal's stem."""
        spec = self.numerals.get("each_nth")
        if not spec:
            return None
        alt = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))
        return regex.compile(
            f"(?i)(?<![\\p{{L}}\\p{{M}}])(?:{alt(spec['each'])})[ \u00a0]+"
            f"(?P<nth>{alt(spec['ordinals'])})(?:{alt(spec.get('endings') or [])})?"
            f"(?![\\p{{L}}\\p{{M}}])")

    @functools.cached_property
    def fused_scan_re(self) -> regex.Pattern | None:
        """The ending of a fused word ("...avos", "...milésimos", "...zwanzig"); such words
        are rare, so they are found by their ending and read back to the word start."""
        ends = self._fused_ends
        if not ends:
            return None
        return regex.compile(f"(?i:{trie([e.lower() for e in ends])})(?![\\p{{L}}\\p{{M}}])")

    def _cjk_first(self) -> str:
        """The characters a CJK numeral run can start with (numerals, signs, 半), as a class."""
        if self.numerals["grammar"] != "cjk":
            return ""
        n, cjk = self.numerals, self.cjk
        chars = list((n.get("digits") or {}).keys()) + list((n.get("units") or {}).keys())
        chars += [k for k in self.raw["scales"].keys() if self._cjk_char(k)]
        chars += list(cjk.get("approximate") or []) + list(cjk.get("half") or [])
        chars += [w for w in n.get("negative") or [] if self._cjk_char(w)]
        chars += list((self.raw["percent"].get("words") or {}).keys())
        return first_chars(chars, False)

    @functools.cached_property
    def suffix_re(self) -> regex.Pattern | None:
        """A scale abbreviation right after digits ("10k", "1.2 bn", "2,33 M")."""
        if not self.number_suffixes:
            return None
        alt = "|".join(regex.escape(s) for s in sorted(self.number_suffixes, key=len, reverse=True))
        return Guarded(regex.compile(f"{SP}{{0,2}}(?:{alt})(?![\\p{{Latin}}\\p{{N}}])"),
                       list(self.number_suffixes), True, extra="".join(self.number_suffixes))

    @functools.cached_property
    def cjk_number_re(self) -> str:
        """A run of CJK numerals, possibly mixed with digits and spaces (1.2万, 三百 五又三分之一)."""
        n = self.numerals
        cjk = self.cjk
        chars = list((n.get("digits") or {}).keys()) + list((n.get("units") or {}).keys())
        chars += [k for k in self.raw["scales"].keys() if self._cjk_char(k)]
        chars += list(cjk.get("approximate") or [])
        if not chars:
            return r"(?!x)x"
        mults = "|".join(regex.escape(c) for c in (cjk.get("multipliers") or {})) or "(?!x)x"
        core = "|".join(regex.escape(c) for c in sorted(set(chars), key=len, reverse=True))
        inner = list(n.get("decimal_words") or []) + list(cjk.get("fraction") or []) \
            + list(cjk.get("mixed") or []) + list(cjk.get("inner_over") or [])
        glue = "|".join(CJK_GAP.join(regex.escape(ch) for ch in c)
                        for c in sorted(set(inner), key=len, reverse=True)) or "(?!x)x"
        # only a decimal or fraction marker may open a run (点五, 分之一); "and" (又, と) and
        # "more than" (余, 多) before digits belong to the words around them (と1803章)
        opening = list(n.get("decimal_words") or []) + list(cjk.get("fraction") or [])
        lead = "|".join(CJK_GAP.join(regex.escape(ch) for ch in c)
                        for c in sorted(set(opening), key=len, reverse=True)) or "(?!x)x"
        half = "|".join(regex.escape(c) for c in cjk.get("half") or []) or "(?!x)x"
        neg = "|".join(regex.escape(c) for c in n.get("negative") or [] if self._cjk_char(c)) or "(?!x)x"
        neg = _not_plus_minus(neg, n)
        digits = f"(?>{self.digit_re})"
        piece = f"(?:{core}|{digits})"
        sp = "[ \u3000]{0,4}"
        # a run: optional sign and 半, optional leading digits, then a CJK numeral or marker,
        # then more pieces with inner markers (点 分之 又 余) and spaces between them
        head = f"(?:(?:{neg}){sp})?(?:(?:{half})(?={core}))?"
        marked = f"{sp}(?:{neg})?{sp}{piece}"
        first = f"(?:{digits}{sp}(?:{core}|(?:{glue}){marked})|{core}|(?:{lead}){marked})"
        rest = f"(?:{sp}(?:(?:{glue}){sp}(?:{neg})?{sp})?{piece}){{0,24}}"   # bounded: see digit_re
        # a multiplier (打, a dozen) only closes a run: 五十打; or a minus word before plain
        # digits: 负10000
        # or digits (or 半) before a multiplier: 50ダース, 半ダース
        # a minus word that opens with a numeral (零下, "below zero") is no zero: the run
        # starts with the word, never at its 零
        numeral_negs = [w for w in n.get("negative") or [] if w[:1] in chars and len(w) > 1]
        guard = "(?!" + "|".join(regex.escape(w) for w in numeral_negs) + ")" if numeral_negs else ""
        return (f"(?:{guard}{head}{first}{rest}(?:{mults})?|(?:(?:{neg}){sp})?(?:{digits}|{half}){sp}"
                f"(?:{mults})|(?:{neg}){sp}{digits})")

"""The regular expressions built from a language's data (a mixin of :class:`Language`).

Every pattern is composed from the surfaces listed in the language file, longest first,
with letter boundaries in word-spaced scripts. Patterns are compiled once per language and
cached. They only find candidates; :mod:`wordnum`, :mod:`cjknum` and :mod:`numerals`
decide what the candidates are worth. No pattern nests unbounded repetitions of
overlapping alternatives, so matching stays linear in the text.
"""
from __future__ import annotations

import functools

import regex

from .rx import CJK_GAP, SP, AnyOf, Guarded, first_chars, surface, trie

VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"


class Patterns:
    """Compiled patterns of a language; expects the attributes set by Language."""

    # -- building blocks ----------------------------------------------------------------
    def alt(self, surfaces, boundaries: bool | None = None) -> str:
        """One alternative per surface, longest first.

        Surfaces that start or end with a letter get letter boundaries in word-spaced
        scripts. Surfaces longer than two characters with a lower-case letter match
        case-insensitively when the language says so ("Chinese yuan", "kWh"); short or
        all-capital ones ("m", "MW", "RMB") match exactly. Surfaces of one length that
        share these properties form one group, so the pattern stays small to compile.
        """
        bounds = self.boundaries if boundaries is None else boundaries
        keyed = []
        for s in set(surfaces):
            ci = self.case_insensitive and len(s) > 2 and any(ch.islower() for ch in s)
            before = bounds and s[:1].isalpha()
            after = bounds and (s[-1:].isalpha() or s[-1:] == ".")
            keyed.append(((-len(s), ci, before, after), s))
        keyed.sort()
        groups: list[tuple[tuple, list[str]]] = []
        for key, s in keyed:
            if groups and groups[-1][0] == key:
                groups[-1][1].append(s)
            else:
                groups.append((key, [s]))
        parts = []
        for (_, ci, before, after), words in groups:
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
        return Guarded(lambda some: regex.compile(f"(?:{SP}*|-)(?:{self.alt(some)})"),
                       surfaces, True)

    def _before(self, surfaces) -> "Guarded":
        """Read just before a position: a surface, then spacing, then the position. The
        pattern runs right to left ((?r)), anchored where it ends (see Guarded.search)."""
        return Guarded(lambda some: regex.compile(f"(?r)(?:{self.alt(some)}){SP}*"),
                       surfaces, False)

    def compile_all(self) -> None:
        """Build every pattern now (so that a bad surface fails at load time)."""
        for name in ("seed_re", "token_re", "joiner_re", "currency_after_re", "currency_before_re",
                     "unit_after_re", "qualifier_before_re", "qualifier_after_re", "date_scans"):
            built = getattr(self, name)
            if isinstance(built, Guarded):
                built.pattern

    # -- numbers ------------------------------------------------------------------------
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
        slash = r"(?P<sl>\d{1,6}[/／]\d{1,6}(?![\d/／]))"
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

    @staticmethod
    def _cjk_char(s: str) -> bool:
        """Han or kana (マイナス, パーセント are written in katakana)."""
        return any("\u3400" <= ch <= "\u9fff" or "\u3041" <= ch <= "\u30ff" for ch in s)

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
        pct = list((self.raw["percent"].get("words") or {}).keys())
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
        self._seed_parts = words
        if self.numerals["grammar"] == "cjk":
            parts = [f"(?P<cjk>{self.cjk_number_re})",
                     f"(?<![\\p{{Latin}}\\d])(?:{self.number_token})"] + words
            guard = f"(?=[\\d０-９.,．，{VULGAR}]|{self._cjk_first()}|\\b)"
            return regex.compile(guard + "(?:" + "|".join(parts) + ")")
        # glued number words ("fünfundvierzig Cent" after "13 Euro und"): the main scan
        # finds them by their ending (fused_scan_re); a match at a known position needs them here
        fused = f"|(?P<fz>{self.fused_re})" if self.fused_cardinals else ""
        return regex.compile(f"{self._digit_seed}|\\b(?:{'|'.join(words) or '(?!x)x'}){fused}")

    @functools.cached_property
    def _digit_seed(self) -> str:
        digits = (f"(?<![\\p{{Latin}}\\d])(?:(?P<sl>\\d{{1,6}}[/／]\\d{{1,6}}(?![\\d/／]))|"
                  f"(?P<dig>{self._digit_body}(?:{self._digit_exp})?))")
        return (f"\\b{digits}|(?P<lead>{self._digit_lead}(?:{self._digit_exp})?)"
                f"|(?P<vf>[{VULGAR}])")

    @functools.cached_property
    def seed_scans(self) -> tuple[regex.Pattern, ...]:
        """Patterns that together find what :attr:`seed_re` finds, searched separately: the
        engine searches two simple patterns faster than one that joins them (digits and
        number words), so the extractor merges their matches in text order."""
        if self.numerals["grammar"] == "cjk":
            return (self.seed_re,)
        self.seed_re  # builds _seed_parts
        words = self._seed_parts
        scans = [regex.compile(self._digit_seed)]
        if words:
            scans.append(regex.compile(f"\\b(?:{'|'.join(words)})"))
        return tuple(scans)

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
        return (f"(?:{head}{first}{rest}(?:{mults})?|(?:(?:{neg}){sp})?(?:{digits}|{half}){sp}"
                f"(?:{mults})|(?:{neg}){sp}{digits})")

    # -- attachments ----------------------------------------------------------------------
    @functools.cached_property
    def after_any(self) -> "AnyOf | None":
        """Whether anything can attach after a number at a position (see attach_after);
        None when some attachment pattern has no guard to tell."""
        pats = [self.qualifier_after_re, self.currency_scale_after_re, self.points_after_re,
                self.percent_after_re, self.tenths_after_re, self.currency_after_re,
                self.unit_classifier_re, self.subunit_after_re, self.unit_after_re,
                self.unit_joiner_re, self.scale_after_re, self.half_after_re]
        if not all(isinstance(p, Guarded) for p in pats):
            return None
        return AnyOf(pats, True)

    @functools.cached_property
    def before_any(self) -> AnyOf:
        """Whether anything can attach before a number (see attach_before)."""
        return AnyOf((self.currency_before_re, self.multiple_before_re, self.qualifier_before_re,
                      self.percent_before_re), False)

    @functools.cached_property
    def scale_after_re(self):
        return self._after(self.raw["scales"].keys())

    @functools.cached_property
    def currency_scale_after_re(self):
        return self._after((self.raw.get("currency_scales") or {}).keys())

    @functools.cached_property
    def currency_after_re(self):
        return self._after(self.raw["currencies"].keys())

    @functools.cached_property
    def currency_before_re(self):
        after_only = set(self.raw.get("currency_after_only") or ())
        return self._before([k for k in self.raw["currencies"] if k not in after_only])

    @functools.cached_property
    def subunit_after_re(self):
        return self._after((self.raw.get("currency_multiples") or {}).keys())

    @functools.cached_property
    def multiple_before_re(self):
        return self._before((self.raw.get("currency_multiples") or {}).keys())

    @functools.cached_property
    def unit_joiner_re(self):
        """Words allowed between a scale word and its currency or unit ("millions de")."""
        return self._after(self.raw.get("unit_joiners") or [])

    @functools.cached_property
    def unit_after_re(self):
        """A unit name after a number; not one glued to more letters or digits ("L202",
        "m212", "L-202" are codes), and possibly in brackets ("20 (kg)")."""
        end = r"(?![\p{L}\p{M}\p{N}]|-\d)" if self.boundaries else r"(?![\p{Latin}\p{N}])"

        def build(some):
            return regex.compile(rf"(?:{SP}*|-)(?P<br>[(\[{{<])?(?:{self.alt(some)})"
                                 rf"(?(br)[)\]}}>]|{end})")
        return Guarded(build, self.raw["units"], True, extra="([{<")

    @functools.cached_property
    def unit_classifier_re(self):
        return self._after(self.raw.get("unit_classifiers") or [])

    @functools.cached_property
    def percent_after_re(self):
        return self._after(self.percent["suffix"])

    @functools.cached_property
    def points_after_re(self):
        return self._after(self.percent["points"])

    @functools.cached_property
    def tenths_after_re(self):
        return self._after(self.percent["tenths"])

    @functools.cached_property
    def percent_before_re(self):
        return self._before(self.percent["prefix"])

    @functools.cached_property
    def percent_words_re(self):
        words = list((self.raw["percent"].get("words") or {}).keys())
        return regex.compile(self.alt(words)) if words else None

    @functools.cached_property
    def half_after_re(self):
        halves = list(self.cjk.get("half") or [])
        return Guarded(regex.compile("|".join(regex.escape(h) for h in halves) or "(?!x)x"),
                       halves, True)

    @functools.cached_property
    def qualifier_before_re(self):
        return self._before(self.raw["qualifiers"]["before"].keys())

    @functools.cached_property
    def qualifier_after_re(self):
        return self._after((self.raw["qualifiers"].get("after") or {}).keys())

    @functools.cached_property
    def ordinal_before_re(self):
        return self._before(self.numerals.get("ordinal_prefix") or [])

    @functools.cached_property
    def ordinal_after_re(self):
        return regex.compile(f"(?:{self.alt(self.numerals.get('ordinal_suffix') or [])})")

    @functools.cached_property
    def classifier_after_re(self):
        return self._after(self.classifiers)

    @functools.cached_property
    def word_before_re(self):
        """The word just before a position (for not_after: "the one", "this one")."""
        return regex.compile(r"(?r)([\p{L}\p{M}']+)" + SP + r"+$")

    @functools.cached_property
    def ranges(self) -> list[tuple[regex.Pattern | None, regex.Pattern]]:
        """(opening word before the first number or None, joiner between the numbers)."""
        out = []
        for item in self.raw.get("ranges") or []:
            open_ = self._before([item["open"]]) if item.get("open") else None
            join = regex.compile(f"{SP}*(?:{self.alt([item['join']])}){SP}*")
            out.append((open_, join))
        return out

    @functools.cached_property
    def date_scans(self) -> tuple[regex.Pattern, ...]:
        """The written date formats of the language, as two patterns searched apart (see
        seed_scans): those that start with a digit, and those that start with a month name."""
        formats = self.raw["dates"].get("formats") or []
        if not formats:
            return ()
        months = self.raw["dates"].get("months") or {}
        names = self.alt(months.keys()) if months else r"(?!x)x"
        numeric = r"(?<!\d)(?:1[0-2]|0?[1-9])(?!\d)"
        pieces = {
            "{year}": r"(?P<year>(?<!\d)(?:1[6-9]|20)\d\d(?!\d))",
            "{month}": f"(?P<month>{names}|{numeric})",
            "{day}": r"(?P<day>(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:er|st|nd|rd|th|º|°)?(?!\d))",
        }
        leading = {True: f"(?P<month>{numeric})",            # in the digit scan
                   False: f"(?P<month>{self.word_alt(months.keys()) if months else '(?!x)x'})"}
        digit_alts, word_alts = [], []
        for i, fmt in enumerate(sorted(formats, key=len, reverse=True)):
            pat = regex.escape(fmt, special_only=True).replace(r"\{", "{").replace(r"\}", "}")
            pat = pat.replace(r"\ ", SP + "+").replace(" ", SP + "+")
            month_first = fmt.startswith("{month}")
            for digit_scan in ((True, False) if month_first else (True,)):
                p = pat.replace("{month}", leading[digit_scan], 1) if month_first else pat
                for key, sub in pieces.items():
                    p = p.replace(key, sub)
                # group names must be unique: number them per alternative
                p = p.replace("(?P<year>", f"(?P<year{i}>").replace(
                    "(?P<month>", f"(?P<month{i}>").replace("(?P<day>", f"(?P<day{i}>")
                (digit_alts if digit_scan else word_alts).append(f"(?:{p})")
        # month names carry their own case-insensitivity: a global flag would slow the scan
        scans = [regex.compile("(?=\\d)(?:" + "|".join(digit_alts) + ")")]
        if word_alts:
            scans.append(regex.compile("\\b(?:" + "|".join(word_alts) + ")"))
        return tuple(scans)

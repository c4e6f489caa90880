"""What may stand around a number, as regexes built from a language's data.

Currencies, units, scale words, percent signs and words, qualifiers, ordinal marks,
range joiners and written date formats. Patterns read after a number are anchored where
it ends; patterns read before it run right to left, anchored where it starts (see
:class:`~.rx.Guarded`).
"""
from __future__ import annotations

import functools

import regex

from .patterns import PatternBuilder
from .periods import PERIODS
from .rx import SP, AnyOf, Guarded


class AttachPatterns(PatternBuilder):
    """The attachment patterns of a language (a half of :class:`~.language.Language`)."""

    @functools.cached_property
    def after_any(self) -> "AnyOf | None":
        """Whether anything can attach after a number at a position (see attach_after);
        None when some attachment pattern has no guard to tell."""
        pats = [self.qualifier_after_re, self.currency_scale_after_re, self.points_after_re,
                self.basis_after_re, self.weak_points_after_re,
                self.percent_after_re, self.tenths_after_re, self.currency_after_re,
                self.unit_classifier_re, self.subunit_after_re, self.unit_after_re,
                self.unit_joiner_re, self.fraction_joiner_re, self.scale_after_re,
                self.half_after_re]
        if not all(isinstance(p, Guarded) for p in pats):
            return None
        return AnyOf(pats, True)

    @functools.cached_property
    def before_any(self) -> AnyOf:
        """Whether anything can attach before a number (see attach_before)."""
        return AnyOf((self.currency_before_re, self.multiple_before_re, self.qualifier_before_re,
                      self.percent_before_re, self.currency_glued_re, self.bound_verb_re), False)

    @functools.cached_property
    def scale_after_re(self):
        return self._after(self.raw["scales"].keys())

    @functools.cached_property
    def currency_scale_after_re(self):
        return self._after((self.raw.get("currency_scales") or {}).keys())

    @functools.cached_property
    def currency_after_re(self):
        return self._after([k for k in self.raw["currencies"] if k not in self.glued_only])

    @functools.cached_property
    def currency_before_re(self):
        after_only = set(self.raw.get("currency_after_only") or ()) | self.glued_only
        return self._before([k for k in self.raw["currencies"] if k not in after_only])

    @functools.cached_property
    def currency_glued_re(self):
        """ISO codes that are also words ("ALL", "TOP", "PEN"): a currency only when glued
        to the number ("ALL5000"), read right to left from where the number starts."""
        return Guarded(lambda some: regex.compile(f"(?r)(?:{self.alt(some, reverse=True)})"),
                       sorted(self.glued_only), False)

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
    def fraction_joiner_re(self):
        """What stands between a fraction word and its unit: "half **a** mile", "half **an**
        hour", "a quarter **of a** mile" (numerals.fraction_of and the articles of
        numerals.one_words)."""
        num = self.raw.get("numerals") or {}
        return self._after(list(num.get("fraction_of") or []) + list(num.get("one_words") or []))

    @functools.cached_property
    def unit_after_re(self):
        """A unit name after a number; not one glued to more letters or digits ("L202",
        "m212", "L-202" are codes), and possibly in brackets ("20 (kg)")."""
        # nor one before an apostrophe: "9 milliards de l'an dernier" has no litres
        end = r"(?![\p{L}\p{M}\p{N}'’]|-\d)" if self.boundaries else r"(?![\p{Latin}\p{N}])"

        # words that open with a unit's characters and are no unit: 5分野 (five fields)
        nots = self.raw.get("not_units") or ()
        skip = rf"(?!{self.alt(nots)})" if nots else ""

        def build(some):
            return regex.compile(rf"(?:{SP}{{0,2}}|-){skip}(?P<br>[(\[{{<])?(?:{self.alt(some)})"
                                 rf"(?(br)[)\]}}>]|{end})")
        return Guarded(build, self.raw["units"], True, extra="([{<")

    @functools.cached_property
    def unit_decimals_re(self):
        """A unit a race time writes as its decimal point, with its decimals glued after it
        (``unit_decimals``: 37秒12); None without them."""
        words = list(self.raw.get("unit_decimals") or ())
        if not words:
            return None
        # the decimals end the number: no digit, decimal mark or thousands separator
        # follows them, but a comma of the sentence may (越过6米30，将 ...)
        return regex.compile(rf"{SP}*(?:{self.alt(words, boundaries=False)})"
                             r"(?=[0-9０-９]{1,3}(?![0-9０-９.．]|[,，][0-9０-９]))")

    @functools.cached_property
    def glued_unit_re(self):
        """A unit name read only glued to the digits (``units_glued``: "80mm (3.1in)"; "3
        in 10" has no inches); None without them."""
        words = list(self.raw.get("units_glued") or ())
        if not words:
            return None
        return regex.compile(rf"(?:{self.alt(words, boundaries=False)})(?![\p{{L}}\p{{M}}\p{{N}}])")

    @functools.cached_property
    def glued_unit_firsts(self) -> frozenset:
        """The first characters of ``units_glued``: the cheap test before the pattern."""
        return frozenset(w[0] for w in self.raw.get("units_glued") or () if w)

    @functools.cached_property
    def compound_lead_re(self):
        """In a language without spaces, a unit that a smaller one may follow straight after
        a number (1小时55分钟, 2時間30分), which ``unit_after_re`` refuses before a digit;
        None when the language has no compounds."""
        leads = set(self.raw.get("unit_compounds") or ())
        words = [w for w, expr in (self.raw.get("units") or {}).items() if expr in leads]
        words += list(self.raw.get("compound_leads") or ())     # 3分57秒: 分 only as a lead
        if self.boundaries or not words:
            return None
        return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len,
                                                                        reverse=True)))

    @functools.cached_property
    def unit_before_dash_re(self):
        """A unit name followed by a dash and digits ("1.8 Mt-2.2 Mt", "4km-7km"): the first
        end of a range when the same unit follows the second number (see attach)."""
        end = r"(?=-\d)"

        def build(some):
            return regex.compile(rf"(?:{SP}*|-)(?:{self.alt(some)}){end}")
        return Guarded(build, self.raw["units"], True)

    @functools.cached_property
    def unit_classifier_re(self):
        return self._after(self.raw.get("unit_classifiers") or [])

    @functools.cached_property
    def counted_time_re(self):
        """Words right after a unit of time that make the figure a count of units of
        activity ("giornate **sciatore**", "working days **lost**"; see counted_time.py);
        None without them."""
        words = self.raw.get("counted_time") or []
        return self._after(words) if words else None

    @functools.cached_property
    def percent_after_re(self):
        return self._after(self.percent["suffix"])

    @functools.cached_property
    def points_after_re(self):
        return self._after(self.percent["points"])

    @functools.cached_property
    def basis_after_re(self):
        return self._after(self.raw["percent"].get("basis_points") or [])

    @functools.cached_property
    def weak_points_after_re(self):
        return self._after(self.raw["percent"].get("weak_points") or [])

    @functools.cached_property
    def points_context_re(self):
        """Words that make a bare "points" in their sentence percentage points with no
        percentage beside it: "La marge d'erreur est comprise entre 1,4 et 3,1 points"."""
        words = self.raw["percent"].get("points_context") or []
        return regex.compile(self.word_alt(words)) if words else None

    @functools.cached_property
    def tenths_after_re(self):
        return self._after(self.percent["tenths"])

    @functools.cached_property
    def percent_before_re(self):
        return self._before(self.percent["prefix"])

    @functools.cached_property
    def percent_words_re(self):
        words = list((self.raw["percent"].get("words") or {}).keys()) + list(
            (self.raw["percent"].get("point_words") or {}).keys())
        return regex.compile(self.alt(words)) if words else None

    @functools.cached_property
    def half_after_re(self):
        """A half of the unit just read: 一吨半 (cjk ``half``), "seis años y medio"
        (``numerals.half_after``, a whole word)."""
        halves = list(self.cjk.get("half") or [])
        words = list(self.numerals.get("half_after") or [])
        then = list(self.numerals.get("half_after_then") or [])
        alts = [regex.escape(h) for h in halves]
        if words:
            # not before a noun the half measures: "3 euros y media docena de huevos"; but
            # before a word of time or comparison it closes the unit: "dos horas y media
            # después" (``numerals.half_after_then``)
            ok = r"(?i:" + "|".join(regex.escape(w) for w in then) + r")(?!\p{L})" \
                if then else r"(?!x)x"
            alts.append(r"[^\S\n]?(?i:" + "|".join(regex.escape(w) for w in sorted(
                words, key=len, reverse=True)) + r")(?!\p{L})(?![^\S\n]+(?!" + ok +
                r")\p{L}{4})")
        return Guarded(regex.compile("|".join(alts) or "(?!x)x"), halves + words, True,
                       extra=" \u00a0" if words else "")

    @functools.cached_property
    def qualifier_before_re(self):
        return self._before(self.qualifier_before_surfaces)

    @functools.cached_property
    def bound_verb_re(self) -> Guarded:
        """A verb that bounds the number after it, with short words between
        (``qualifiers.between``): one or two of its ``words`` ("supera **por primera vez**
        los 6.100", "übersteigt **erstmals** 6100"), a ``mark`` ("dépasse **la barre des** 2
        millions") and an article; a verb of ``mark_verbs`` only before a mark ("a franchi la
        barre des 100"). Read right to left, anchored at the number: group ``verb`` or
        ``mverb`` is the verb. Bounded: at most two words, one mark and one article."""
        b = self.raw["qualifiers"].get("between") or {}
        verbs, mverbs = list(b.get("verbs") or ()), list(b.get("mark_verbs") or ())
        words, marks = list(b.get("words") or ()), list(b.get("marks") or ())
        arts = list(b.get("articles") or self.raw["qualifiers"].get("articles") or ())
        if not verbs or not (words or marks or arts):
            return Guarded(regex.compile(r"(?!x)x"), [], False)
        alt = functools.partial(self.alt, reverse=True)
        gap = f"(?:{SP}+(?:{alt(words)})){{0,2}}" if words else ""
        mark = f"{SP}+(?:{alt(marks)})" if marks else None
        art = f"(?:{SP}+(?:{alt(arts)}))?" if arts else ""
        body = f"(?P<verb>{alt(verbs)}){gap}" + (f"(?:{mark})?" if mark else "")
        if mark and mverbs:
            body = f"(?:{body}|(?P<mverb>{alt(mverbs)}){gap}{mark})"
        return Guarded(regex.compile(f"(?r){body}{art}{SP}*"),
                       verbs + words + marks + arts, False)

    @functools.cached_property
    def bound_negation_re(self):
        """A negation right before a bound verb, or a word before it
        (``qualifiers.between.negations``): "have not yet exceeded the 100 billion" is no
        lower bound (a negated form listed as a verb of its own, "no supera", reads the
        upper one)."""
        words = (self.raw["qualifiers"].get("between") or {}).get("negations") or ()
        return regex.compile(f"(?r)(?:{self.alt(words, reverse=True)})"
                             f"(?:{SP}+[\\p{{L}}\\p{{M}}]+)?{SP}+") if words else None

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

    # -- from-to changes (see relations.py) ----------------------------------------------
    @functools.cached_property
    def change_old_re(self):
        """A word right before the old value of a change: "von", "from", "de", 由."""
        words = (self.raw.get("changes") or {}).get("old") or []
        return self._before(words) if words else None

    @functools.cached_property
    def change_by_re(self):
        """A word before the amount of a change ("by", "um", "di"): "rose by £14 to £79" is
        the change and the new level, not a range."""
        words = (self.raw.get("changes") or {}).get("by") or []
        return self._before(words) if words else None

    @functools.cached_property
    def change_verb_re(self):
        """A verb of change right before "from ... to" that makes it a change, not a range,
        though the first value has no unit: "rose from 5 to 7 million", "ont progressé de
        4,63 à 4,71 millions"."""
        words = (self.raw.get("changes") or {}).get("verbs") or []
        return self._before(words) if words else None

    @functools.cached_property
    def change_range_cue_re(self):
        """A word before "from ... to" that makes it a range: "ranging", "allant"."""
        words = (self.raw.get("changes") or {}).get("range_cues") or []
        return self._before(words) if words else None

    # -- rates (see rates.py) -------------------------------------------------------------
    @functools.cached_property
    def rate_after_re(self):
        """A word that makes the claim before it a rate: "annually", "jährlich", "anuales"."""
        return self._after(list((self.raw.get("rates") or {}).get("after") or {}))

    @functools.cached_property
    def rate_per_re(self):
        """"per barrel", "a year", "je Kilowattstunde", "al mese", "l'anno", "/action":
        a per word, at most one word that qualifies the thing ("per dry metric tonne"),
        then the thing, which is a word of rates.things or a unit of the units table."""
        rates = self.raw.get("rates") or {}
        things = list(rates.get("things") or {}) + list(self.raw["units"])
        thing_alt = self.alt(things)
        mods = rates.get("modifiers") or []
        mod = f"(?:(?:{self.alt(mods)}){SP}+)?" if mods else ""

        not_then = rates.get("not_then") or []
        stop = f"(?!{SP}+(?:{self.alt(not_then)}))" if not_then else ""

        # a whole amount of the thing may stand between the per word and a measure: "452
        # euros les 1 000 litres", "438 €/1 000 l", "R$ 1,88 por 100 kWh" (rates._rate_at
        # keeps it only before a measure and divides by it)
        amount = r"(?:(?P<amount>[1-9]\d{0,2}(?:[ \u00a0\u202f.,'’]\d{3})+|[1-9]\d{0,5})" \
                 rf"(?![\d.,]\d){SP}*)?"

        def build(some):
            return regex.compile(f"{SP}*(?P<per>{self.alt(some)}){SP}*{amount}{mod}"
                                 f"(?P<thing>{thing_alt})(?!['’]){stop}")
        return Guarded(build, list(rates.get("per") or []), True)

    @functools.cached_property
    def rate_per_before_words(self) -> list[str]:
        """The per words :attr:`rate_per_before_re` opens with (no article)."""
        rates = self.raw.get("rates") or {}
        articles = {w.casefold() for w in rates.get("articles") or ()}
        return [w for w in rates.get("per") or () if w.casefold() not in articles and w[:1].isalpha()]

    @functools.cached_property
    def rate_per_before_re(self):
        """A per word and its thing, searched before a number: "por quarto", "per head"
        (not after an article: "bought a share for $5" is no rate)."""
        rates = self.raw.get("rates") or {}
        per = self.rate_per_before_words
        if not per:
            return None
        things = list(rates.get("things") or {}) + list(self.raw["units"])
        return regex.compile(f"(?:{self.alt(per)}){SP}+(?P<thing>{self.alt(things)})(?!['’])")

    @functools.cached_property
    def rate_before_words(self) -> list[str]:
        """The words :attr:`rate_before_re` is made of."""
        return list((self.raw.get("rates") or {}).get("before") or {})

    @functools.cached_property
    def rate_before_re(self):
        """Words before a number that make it a rate: "per capita", "Pro-Kopf", 人均, 月額."""
        words = self.rate_before_words
        return regex.compile(self.alt(words)) if words else None

    @functools.cached_property
    def per_marker_re(self):
        """每 + count + thing before a number (每股, 每10股, 每吨), count + thing + 当たり
        (1株当たり, 1平方メートル当たり) and count + thing glued to the number (1株78円):
        a per marker written with its own count."""
        rates = self.raw.get("rates") or {}
        before, after = rates.get("per_before") or [], rates.get("per_after") or []
        glued, equals = rates.get("per_glued") or [], rates.get("per_equals") or []
        if not before and not after and not glued and not equals:
            return None
        things = self.alt(list(rates.get("things") or {}) + list(self.raw["units"]))
        sp = "[ \u3000]*"
        count = "(?P<count>[0-9０-９]{1,4})"
        alts = []
        if before:
            # a thing whose name opens with its own figure (40英尺箱, a forty-foot box) is
            # read whole, before a count and a shorter thing (40 and 英尺) are tried
            named = [w for w in rates.get("things") or {} if w[:1].isdigit()]
            whole = f"(?P<thing>{self.alt(named)})|" if named else ""
            alts.append(f"(?:{self.alt(before)}){sp}(?:{whole}{count}?{sp}(?P<thing>{things}))")
        if after:
            alts.append(f"{count}?{sp}(?P<thing>{things}){sp}(?:{self.alt(after)})")
        if equals:
            # a price told as an equation, one thing = the amount (1バレル=81ドル); not
            # after a period (2020年=100 is the base of an index)
            priced = self.alt([w for w, t in (rates.get("things") or {}).items()
                               if t not in PERIODS] + list(self.raw["units"]))
            alts.append(f"{count}?{sp}(?P<thing>{priced}){sp}(?:{self.alt(equals)}){sp}"
                        f"(?=[0-9０-９]|\\Z)")
        if glued:
            # (1株78円: the count and the thing, then the amount's own digits)
            # (read up to the number, the window may end right before its digits: \Z)
            alts.append(f"{count}(?P<thing>{self.alt(glued)})(?=[0-9０-９]|\\Z)")
        return regex.compile("|".join(alts))

    @functools.cached_property
    def rate_comparative_rx(self):
        """A comparative between a claim and its per word (rates.comparatives): "R130
        **more** a month", "$2 **less** per share"."""
        words = (self.raw.get("rates") or {}).get("comparatives") or []
        if not words:
            return None
        return regex.compile(rf"{SP}+(?:{self.alt(words)})(?=[ \u00a0])")

    @functools.cached_property
    def rate_across_rx(self):
        """A joiner and one or two words after a unit, which a rate may read across:
        "toneladas de CO2 al año", "tonnes of carbon dioxide annually" (rates.across, else
        the unit joiners); where ``rates.across_bare`` is set, the joiner may be left out
        ("140 Liter Regen pro Quadratmeter"). Group ``one`` ends after the first word."""
        rates = self.raw.get("rates") or {}
        joiners = rates.get("across") or self.raw.get("unit_joiners") or []
        bare = bool(rates.get("across_bare"))
        if not joiners and not bare:
            return None
        word = r"[\p{L}\p{N}₂]+"
        join = f"(?:{self.alt(joiners)}){SP}*" if joiners else ""
        if bare:
            join = f"(?:{join})?" if join else ""
        return regex.compile(rf"{SP}+{join}(?P<one>{word})(?:{SP}+{word})?")

    @functools.cached_property
    def has_rates_before(self) -> bool:
        rates = self.raw.get("rates") or {}
        return bool(rates.get("before") or rates.get("per_before") or rates.get("per_after")
                    or rates.get("per") or rates.get("glued_before") or rates.get("per_equals"))

    @functools.cached_property
    def word_before_re(self):
        """The word just before a position (for not_after: "the one", "this one"), after a
        space or a hyphen ("first-quarter")."""
        return regex.compile(r"(?r)([\p{L}\p{M}'’]+)(?:" + SP + r"+|-)$")

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
        # an abbreviated month name (a prefix of another name of its month) may take a
        # point before the day or year: "Sept. 12", "Jan. 2025" (not "in March. 12 died")
        abbrevs = [k for k in months if any(
            o != k and months[o] == months[k] and o.casefold().startswith(k.casefold())
            for o in months)]
        point = r"\.(?=[ \u00a0]*\d)"
        joiners = self.raw["dates"].get("span_joiners") or []
        span = "|".join(f"{SP}+{regex.escape(j)}{SP}+" if j[:1].isalpha()
                        else f"{SP}*{regex.escape(j)}{SP}*" for j in joiners) or r"(?!x)x"
        pieces = {
            "{year}": r"(?P<year>(?<!\d)(?:1[6-9]|20)\d\d(?!\d))",
            "{month}": (f"(?:(?P<month>{self.alt(abbrevs)}){point}|(?P<month>{names})"
                        f"|(?P<month>{numeric}))" if abbrevs else f"(?P<month>{names}|{numeric})"),
            "{day}": r"(?P<day>(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:er|st|nd|rd|th|º|°)?(?!\d))",
            "{span}": f"(?:{span})",
        }
        words = f"(?P<month>{self.word_alt(months.keys()) if months else '(?!x)x'})"
        leading = {True: f"(?P<month>{numeric})",            # in the digit scan
                   False: f"(?:(?P<month>{self.word_alt(abbrevs)}){point}|{words})"
                   if abbrevs else words}
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

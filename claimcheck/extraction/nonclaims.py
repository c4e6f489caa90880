"""Numbers that count or measure nothing in the story: names, ranks, ages, tenors, short
dates, the base of an exchange rate.

"Fortune 500", "Ligue 1", "Gigafactory 3", "Section 232", "S&P/ASX 200", "Nifty Midcap
150", "A-66" (a number after a capitalised word, not the first of its sentence, or
glued by a hyphen to a capital); "top 10", "round of 16" and 世界500强 (the language's
``names.before`` and ``names.after``); "a 19-year-old", "aged 58", "Ilse Marten, 58,"
(ages); "two-year government bond yields", "l'OAT à 10 ans", "euríbor a 12 meses" (the
maturity of an instrument named in ``names.tenors``); 21年度末, 19年を, 8日発表 (a year
written with two digits and a day of the month, ``dates.short``); "1ドル=140円" (the one
of an exchange rate). Fixed expressions that are names (二十大) are ``names.words``.
Every word comes from the language file; the shapes here are the same in every language.
"""
from __future__ import annotations

import regex

from .atoms import Cand
from .language import Language, fold

_WORD_AFTER = regex.compile(r"[ \u00a0]*([\p{L}\p{M}]+)")

_CAP_WORD = regex.compile(r"(?r)(?:^|(?<=[^\p{L}\p{N}&/.\-]))([\p{L}][\p{L}\p{N}&/.\-]*)[ \u00a0]$")
_WORD_BEFORE_COMMA = regex.compile(r"(?r)(?<![\p{L}])(\p{L}[\p{L}\-]+),$")
_SENTENCE_END = frozenset(".!?。！？\n:;")
_ABBREVIATION = 4          # "Nr. 5", "No. 10": a word with its dot this long is an abbreviation
_TENOR_WINDOW = 30
_AGE_NEXT = frozenset("-‐ \u00a0")         # "19-year-old", "34-jährige", "25 year-old"


def _bare(c: Cand) -> bool:
    return not (c.currency or c.unit_expr or c.percent or c.per_thing)


def drop_nonclaims(text: str, cands: list[Cand], lang: Language,
                   tables: list | None = None) -> list[Cand]:
    """The claims that are not names, ranks, ages, tenors, short dates or exchange bases.
    ``tables``: the (start, end, ...) of tables whose header declares the cells' unit; in
    them a number after a capitalised label is a cell ("davon Cargo 340"), not a name."""
    if not cands:
        return cands
    names = lang.raw.get("names") or {}
    if tables:
        names = dict(names, table_spans=[(t[0], t[1]) for t in tables])
    words = _words_re(lang)
    fixed = _fixed_words(text, cands, *words) if words is not None else []
    if names.get("phone_before"):
        fixed += _phone_spans(text, cands, lang)
    bases = _rate_bases(text, cands, lang) if names.get("rate_wholes") else set()
    return [c for i, c in enumerate(cands) if i not in bases
            and not _nonclaim(text, c, lang, names)
            and not any(s <= c.num_start and c.num_end <= e for s, e in fixed)]


_AFTER_AMOUNT = " \u00a0)）]】"


def _rate_bases(text: str, cands: list[Cand], lang: Language) -> set[int]:
    """The indices of measures that are the base a price or a share is told per, cut
    from it by a bracket: "21,217 yen (about $143) per 60 kilograms", "4,268 yen (about
    $2.90) per 5 kg". Only a ``names.rate_wholes`` word and brackets stand between the
    amount and the measure. The base is part of the rate, no claim of its own (read as one
    it joined rows of tonnes, devset27); a period ("per 3 months") is left to rates.py."""
    words = _folded(lang, "rate_wholes")
    out = set()
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if not c.unit_expr or c.currency or c.percent or c.per_thing or \
                c.high_value is not None or c.qualifier != "exact" or c.start != c.num_start:
            continue
        if not (prev.currency or prev.percent) or c.start - prev.end > 24:
            continue
        between = text[prev.end:c.start].casefold().strip(_AFTER_AMOUNT)
        if between in words and not _duration(c):
            out.add(i)
    return out


_PHONE_DIGITS = regex.compile(r"\+?\d[\d \u00a0.\-]{1,16}\d(?![\d.,]?\d)")


_PREV_WORD = regex.compile(r"(?r)([\p{L}'’&]+)[ \u00a0]*$")
_SENTENCE_OPEN = regex.compile(r"(?r)(?:^|[.!?:;\n\"“«(])[ \u00a0]*$")


def _verb_before(text: str, c: Cand, lang: Language, names: dict) -> bool:
    """Whether the word of ``names.before`` right before ``c`` is a verb after its subject
    (``names.verb_before``: "Festival Admissions Top 47,300", "sales top 5 million
    units"): before a figure grouped in thousands, scaled or with a unit or currency, not
    at the start of its sentence nor after a word of ``names.rank_openers`` ("the top
    1,000 companies", "Britain's top 100"). Then ``c`` is a claim with the verb's
    qualifier ("over"), its span opening at the verb."""
    found = _verb_word(text, c, names)
    if found is None:
        return False
    m, qualifier = found
    grouped = any(ch in text[c.num_start:c.num_end] for ch in ",.'’ \u00a0\u202f") and \
        c.num_end - c.num_start >= 5
    if not (grouped or c.scaled or c.unit_expr or c.currency):
        return False
    head = text[max(0, m.start(1) - 40):m.start(1)]
    if _SENTENCE_OPEN.search(head) is not None:
        return False
    before = _PREV_WORD.search(head)
    if before is None:
        return False
    prev = fold(before.group(1))
    openers = {fold(w) for w in names.get("rank_openers") or ()}
    if prev in openers or any(prev.endswith(w) for w in openers if w[:1] in "'’s"):
        return False
    c.start, c.qualifier = m.start(1), qualifier
    return True


def _verb_word(text: str, c: Cand, names: dict):
    """The word right before exact figure ``c`` when it is one of ``names.verb_before``, and
    the qualifier it gives as a verb, or None."""
    verbs = names.get("verb_before")
    if not verbs or c.qualifier != "exact":
        return None
    m = _PREV_WORD.search(text, max(0, c.start - 24), c.start)
    if m is None:
        return None
    q = next((q for w, q in verbs.items() if fold(w) == fold(m.group(1))), None)
    return None if q is None else (m, q)


def _verb_qualifier(text: str, c: Cand, names: dict) -> None:
    """A figure that opens with a currency sign is never a rank, so a word of
    ``names.verb_before`` right before it is the verb, and gives its qualifier ("claims
    could top $180 million": over)."""
    found = _verb_word(text, c, names)
    if found is not None:
        c.start, c.qualifier = found[0].start(1), found[1]


_OF_FIGURE = regex.compile(
    r"[ \u00a0]+(\p{L}+)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?!(?:1[89]|20)\d\d(?![\d.,'’]\d))\d")


def _of_figure_after(text: str, c: Cand, lang: Language) -> bool:
    """A number followed by a word of ``changes.of`` and another figure, not a year (a word
    at most between: "480 von 1.060 geplanten Starts", "260 von rund 1.300"; not "Boeing
    737 von 1998"): a part of a total,
    no name's number, though a capitalised noun stands before it ("bis zum Abend 480")."""
    words = (lang.raw.get("changes") or {}).get("of")
    if not words:
        return False
    m = _OF_FIGURE.match(text, c.end)
    return m is not None and fold(m.group(1)) in {fold(w) for w in words}


def _phone_spans(text: str, cands: list[Cand], lang: Language) -> list[tuple[int, int]]:
    """A phone number after a word that announces one (``names.phone_before``: "llamar al
    800 004 1300", "numero verde 800 232 525", 热线12345): the digits and the spaces, dots
    and dashes between them (three characters at least), from the first plain number
    after the word. Looked for at each plain number, in the few characters before it."""
    if not any(w in text for w in _phone_forms(lang)):
        return []                  # the cheap test first: no phone word in the text
    words = _folded(lang, "phone_before")
    out: list[tuple[int, int]] = []
    for c in cands:
        if c.source != "digits" or not _bare(c) or (out and c.num_start < out[-1][1]):
            continue
        s = c.num_start            # back over the groups before it ("0800 111 0 111")
        while s > 0 and c.num_start - s < _PHONE_BACK and text[s - 1] in _PHONE_CHARS:
            s -= 1
        while s < c.num_start and not text[s].isdigit() and text[s] != "+":
            s += 1
        if not _ends_with_any(text, s, words, lang):
            continue
        m = _PHONE_DIGITS.match(text, s)
        if m is not None and m.end() >= c.num_end:
            out.append(m.span())
    return out


_PHONE_BACK = 16
_PHONE_FORMS: dict = {}


def _phone_forms(lang: Language) -> tuple[str, ...]:
    """The phone words as written, in lower case and capitalised (found without folding
    the text)."""
    forms = _PHONE_FORMS.get(lang.code)
    if forms is None:
        words = (lang.raw.get("names") or {}).get("phone_before") or ()
        forms = _PHONE_FORMS[lang.code] = tuple(
            {f for w in words for f in (w, w.lower(), w[:1].upper() + w[1:])})
    return forms
_PHONE_CHARS = frozenset("0123456789 \u00a0.-")


_WORDS_RE: dict = {}


def _words_re(lang: Language):
    """names.words as one pattern and the length of the longest (compiled once per
    language), or None."""
    if lang.code not in _WORDS_RE:
        words = (lang.raw.get("names") or {}).get("words") or ()
        _WORDS_RE[lang.code] = (regex.compile("|".join(regex.escape(w) for w in sorted(
            words, key=len, reverse=True))), max(map(len, words))) if words else None
    return _WORDS_RE[lang.code]


def _fixed_words(text: str, cands: list[Cand], pattern, longest: int) -> list[tuple[int, int]]:
    """The spans of names.words that hold a claim's number, each searched for only in the
    window around a number it could hold (二十大, "demi-écrémé", "24/7")."""
    out = []
    for c in cands:
        for m in pattern.finditer(text, max(0, c.num_start - longest), c.num_end + longest):
            if m.start() <= c.num_start and c.num_end <= m.end():
                out.append(m.span())
                break
    return out


# quotation marks that may wrap a number used as a name: «6», “5+”, „4“, 「1」
_OPEN_QUOTES = frozenset("«“„\"‘‚'「『‹")
_CLOSE_QUOTES = frozenset("»”“\"’‘'」』›")


def _quoted(text: str, c: Cand) -> bool:
    """A bare whole number standing alone between quotation marks is a name (a prize tier,
    a product, a nickname: "nessun «6»", "due «5» da 54.318 euro"), never a quantity."""
    return c.source == "digits" and _bare(c) and c.high_value is None and c.start > 0 and \
        text[c.start - 1] in _OPEN_QUOTES and text[c.end:c.end + 1] != "" and \
        text[c.end] in _CLOSE_QUOTES


def _symbol_first(text: str, c: Cand) -> bool:
    """Whether the claim opens with a currency sign ("$180 million"): a rank or a name is
    never written with one, so the word before it is a verb ("claims could top $180
    million"), not "top 10" (a currency word still opens a name: "norma Euro 7")."""
    return bool(c.currency) and c.start < c.num_start and not text[c.start].isalpha()


def _nonclaim(text: str, c: Cand, lang: Language, names: dict) -> bool:
    s, e = c.num_start, c.num_end
    if _quoted(text, c):
        return True
    if names.get("before") and c.start > 0 and c.high_value is None and \
            (text[c.start - 1] in " \u00a0" or not lang.boundaries) and \
            _ends_with_any(text, c.start, _folded(lang, "before"), lang) and \
            not _ends_with_any(text, c.start, _folded(lang, "before_inside"), lang):
        if not _symbol_first(text, c):
            return not _verb_before(text, c, lang, names)  # "top 10", "norma Euro 7"
        _verb_qualifier(text, c, names)                    # "sales top $5 billion"
    if c.currency:
        if names.get("road_words") and _route_number(text, c, lang):
            return True                              # "on the R21", "the N1 and R21 highways"
        return c.value == 1 and _next_char(text, c.end) in ("=", "＝")    # 1ドル=140円
    if c.percent:
        return False
    nxt = text[e:e + 1]
    if c.source == "digits" and _bare(c) and (
            ((names.get("score_words") or names.get("score_worded_words"))
             and _score(text, c, lang, names)) or
            (nxt == ")" and names.get("weekdays") and _weekday_day(text, c, lang))):
        return True                                  # "won 3-1", "voted 7-2", "6 for 41"
    if _age(text, c, lang, names):
        return True
    if names.get("rate_wholes") and _bare(c) and c.high_value is None and \
            c.value in _WHOLES and c.start == c.num_start and \
            _ends_with_any(text, c.start, _folded(lang, "rate_wholes"), lang) and \
            _noun_next(text, c.end, lang):
        return True                                  # "11,2 Anträge je 1000 Haushalte"
    if nxt == "." and names.get("ordinal_dot_before") and _ordinal_dot(text, c, lang):
        return True                                  # "in der 78. Minute", "am 12. Spieltag"
    if nxt in lang.short_date_marks and _short_date(text, c, lang):
        return True
    if c.unit_expr and names.get("tenors") and _tenor(text, c, lang):
        return True
    if c.unit_expr and names.get("before_period") and c.start > 0 and \
            _ends_with_any(text, c.start, _folded(lang, "before_period"), lang) and _duration(c):
        return True                                  # "the first nine months"
    if names.get("after_period") and _after_period(text, c, lang):
        return True                                  # "os três meses anteriores"
    if _moment(text, c, lang, names):
        return True              # "two years ago", "hace tres meses", "约两年前" (any qualifier)
    if c.high_value is not None:
        # "a Boeing 737-800": two whole numbers glued by a hyphen after a capitalised word
        # are a model's number, no range
        return c.source == "digits" and _bare(c) and bool(names.get("capitalized")) and \
            _MODEL.fullmatch(text, c.start, c.end) is not None and \
            _after_capitalised(text, c, c.end)
    if c.qualifier != "exact":
        # "Amaterasu-2 environ 16 minutes": a name's number takes no qualifier after it
        return c.source == "digits" and c.plain_int and _bare(c) and \
            bool(names.get("capitalized")) and _after_capital_hyphen(text, c)
    if names.get("after") and _followed_by_word(text, c, names["after"]):
        return True
    if c.source == "digits" and c.plain_int and _bare(c) and names.get("capitalized") \
            and s > 1 and (text[s - 1] == " " or text[s - 1] == "-"):
        if names.get("nouns_capitalized") and text[s - 1] == " " and _noun_after(text, c):
            return False                             # "der Produktion 1318 Beschäftigte"
        if _of_figure_after(text, c, lang):
            return False                             # "bis zum Abend 480 von 1.060 Starts"
        if _after_weekday(text, c, lang):
            return False        # "On Wednesday 634 trains were cancelled": no name, no day
        if any(a <= s < b for a, b in names.get("table_spans") or ()):
            return False        # "davon Cargo 340" under "(in Mio. Euro)": a table's cell
        if _after_capitalised(text, c) or _after_capital_hyphen(text, c) or \
                _model_number(text, c):
            return True
    return False


_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}])([\p{L}]+)[ \u00a0]$")
_MAX_DAY = 31


def _after_weekday(text: str, c: Cand, lang: Language) -> bool:
    """A number after a weekday (``dates.weekdays``) that cannot be a day of the month: above
    31, or followed by a word that is no month name ("On Monday 12 trains were cancelled";
    but "on Friday 27." and "Monday 12 May" are days)."""
    if not lang.weekdays:
        return False
    m = _WORD_BEFORE.match(text, max(0, c.num_start - 24), c.num_start)
    if m is None or m.group(1).casefold() not in lang.weekdays:
        return False
    if c.value > _MAX_DAY:
        return True
    w = _WORD_AFTER.match(text, c.end)
    return w is not None and text[c.end:c.end + 1] in " \u00a0" and \
        w.group(1).casefold() not in lang.stopwords and lang.months.find(w.group(1)) is None


def _noun_after(text: str, c: Cand) -> bool:
    """A capitalised word after one space: the counted noun of a language whose nouns are
    all capitalised (a name followed by a noun is written with hyphens there)."""
    e = c.end
    return text[e:e + 1] == " " and text[e + 1:e + 2].isupper()


def _ordinal_dot(text: str, c: Cand, lang: Language) -> bool:
    """"in der 78. Minute", "beim 5. Rennen": a whole number written with a dot, a space and
    a capitalised word after it, with an article right before it
    (``names.ordinal_dot_before``), is a position. Without the article the dot may end a
    sentence ("stieg auf 78. Die Polizei ...")."""
    e = c.num_end
    if not (c.source == "digits" and c.plain_int and _bare(c) and e + 2 < len(text)
            and text[e + 1] == " " and text[e + 2].isupper() and c.start > 0
            and text[c.start - 1] == " "):
        return False
    return _ends_with_any(text, c.start, _folded(lang, "ordinal_dot_before"), lang)


def _followed_by_word(text: str, c: Cand, words: list) -> bool:
    """One of ``words`` right after the number or after the whole claim (its unit)."""
    after = text[c.num_end:c.num_end + 12].lstrip(" \u00a0")
    return any(after.startswith(w) or text.startswith(w, c.end) for w in words)


_AGE_FROM = 100     # a duration this long before "ago" is an age ("2,100 years ago")


def _moment(text: str, c: Cand, lang: Language, names: dict) -> bool:
    """A duration that names a moment in the past ("two years ago", "hace unos tres meses",
    "约两年前"), with or without a qualifier: no claim. A long one is an age, which versions
    tell as a quantity ("a wreck of about 2,100 years ago", "de hace 2.100 años", "約2100年前")."""
    before, after = names.get("before_moment"), names.get("after_moment")
    if not (before or after) or not c.unit_expr or not c.value.is_finite() \
            or abs(c.value) >= _AGE_FROM or not _duration(c):
        return False
    if before and c.start > 0 and _ends_with_any(text, c.start, _folded(lang, "before_moment"),
                                                 lang):
        return True
    if not after:
        return False
    if not lang.boundaries:
        return _followed_by_word(text, c, after)
    m = _WORD_AFTER.match(text, c.end)
    return m is not None and m.group(1).casefold() in _folded(lang, "after_moment")


def _after_period(text: str, c: Cand, lang: Language) -> bool:
    """"aos três meses anteriores", "des dix dernières années": a duration, or a bare number
    before an adjective and a period word, that names the span a figure is compared with or
    averaged over."""
    duration = bool(c.unit_expr) and _duration(c)
    if not duration and not _bare(c):
        return False                                 # money, percentages, other measures
    words = _folded(lang, "after_period")
    window = text[c.num_end:c.end + 24].casefold()
    if not any(w in window for w in words):
        return False                                 # the cheap test first
    if duration:
        m = _WORD_AFTER.match(text, c.end)
        return m is not None and m.group(1).casefold() in words
    m = _WORD_AFTER.match(text, c.num_end)
    if m is None or m.group(1).casefold() not in words:
        return False
    n = _WORD_AFTER.match(text, m.end())
    return n is not None and lang.units.find(n.group(1)) is not None and \
        _duration_word(n.group(1), lang)


def _duration_word(word: str, lang: Language) -> bool:
    from .units import UnitError, conversion
    try:
        return conversion(lang.units.find(word))[0] == "duration"
    except UnitError:
        return False


_SCORE_DIGITS = 3          # "3-1", "1:3", "102-98": at most three digits a side
_SCORE_WINDOW = 40         # a result word this far before or after the score
_SCORE_STOPS = ".!?;。！？；\n"   # ... in the same sentence


def _score(text: str, c: Cand, lang: Language, names: dict) -> bool:
    """A match score or a tally, "beating Norvik 3-1", "unterlag mit 1:3", "以1比3负于",
    "the board voted 6-3": two whole numbers of at most three digits joined by one of
    ``names.score_joiners`` with no space (one claim when read as a range, two otherwise),
    with a word of ``names.score_words`` (won, beat, venció, unterlag, 击败, voted ...) near
    it in the sentence. Or a score joined by a word ("returned figures of 6 for 41":
    ``names.score_worded_joiners``) with a word of ``names.score_worded_words`` near it."""
    span = _joined_score(text, c, names.get("score_joiners") or ())
    words = "score_words"
    if span is None:
        span, words = _worded_score(text, c, lang), "score_worded_words"
    if span is None:
        return False
    lo, hi = span
    left, right = text[max(0, lo - _SCORE_WINDOW):lo], text[hi:hi + _SCORE_WINDOW]
    cut = max(left.rfind(ch) for ch in _SCORE_STOPS)
    ends = [k for k in (right.find(ch) for ch in _SCORE_STOPS) if k >= 0]
    window = (left[cut + 1:] + " " + right[:min(ends, default=len(right))]).casefold()
    return any(_has_word(window, w) if lang.boundaries else w in window
               for w in _folded(lang, words))


def _joined_score(text: str, c: Cand, joiners) -> tuple[int, int] | None:
    """The span of the two numbers joined by a score joiner that ``c`` is (or is one side
    of), or None."""
    s, e = c.num_start, c.num_end
    if not joiners:
        return None
    if c.high_value is not None:
        inner = text[s:e]
        if not any(_split_score(inner, j) for j in joiners):
            return None
        lo, hi = s, e
    elif e < len(text) and (j := _joiner_at(text, e, joiners)) and _digits_at(text, e + len(j)):
        lo, hi = s, e + len(j) + _digits_at(text, e + len(j))
        if e - s > _SCORE_DIGITS:
            return None
    elif s > 0 and (j := _joiner_before(text, s, joiners)) and _digits_before(text, s - len(j)):
        lo, hi = s - len(j) - _digits_before(text, s - len(j)), e
        if e - s > _SCORE_DIGITS:
            return None
    else:
        return None
    if lo > 0 and (text[lo - 1].isdigit() or text[lo - 1] in ".,-/") or \
            hi < len(text) and (text[hi].isdigit() or (text[hi] in ".,-/" and
                                                     text[hi + 1:hi + 2].isdigit())):
        return None                                   # a date, a decimal, a longer run
    return lo, hi


def _split_score(inner: str, joiner: str) -> bool:
    a, sep, b = inner.partition(joiner)
    return bool(sep) and a.isdigit() and b.isdigit() and len(a) <= _SCORE_DIGITS and \
        len(b) <= _SCORE_DIGITS


def _joiner_at(text: str, pos: int, joiners) -> str | None:
    return next((j for j in joiners if text.startswith(j, pos)), None)


def _joiner_before(text: str, pos: int, joiners) -> str | None:
    return next((j for j in joiners if text.endswith(j, 0, pos)), None)


def _digits_at(text: str, pos: int) -> int:
    """How many digits (at most _SCORE_DIGITS, else 0) start at ``pos``."""
    k = pos
    while k < len(text) and text[k].isdigit() and k - pos <= _SCORE_DIGITS:
        k += 1
    return k - pos if k - pos <= _SCORE_DIGITS else 0


def _digits_before(text: str, pos: int) -> int:
    k = pos
    while k > 0 and text[k - 1].isdigit() and pos - k <= _SCORE_DIGITS:
        k -= 1
    return pos - k if pos - k <= _SCORE_DIGITS else 0


def _weekday_day(text: str, c: Cand, lang: Language) -> bool:
    """"nesta quarta-feira (30)", "no sábado (3)": the day of the month in brackets after a
    weekday (``names.weekdays``), as Brazilian papers date a report."""
    s = c.num_start
    if not (c.plain_int and 1 <= c.value <= 31 and s > 0 and text[s - 1] == "("):
        return False
    return _ends_with_any(text, s - 1, _folded(lang, "weekdays"), lang) or \
        any(text[max(0, s - 24):s - 1].casefold().endswith(w) for w in _folded(lang, "weekdays"))


def _ends_with_any(text: str, s: int, folded: tuple[str, ...], lang: Language) -> bool:
    """Whether one of the (case-folded) words ends right before ``s`` (and a space)."""
    if not lang.boundaries:
        before = text[max(0, s - 8):s]
        return any(before.endswith(w) for w in folded)
    b = text[max(0, s - 24):s]
    stripped = b.rstrip(" \u00a0")
    if len(stripped) == len(b) or not stripped:
        return False
    low = stripped.casefold()
    if len(low) != len(stripped):
        return False
    by_end = _by_last_char(folded)
    for w in by_end.get(low[-1], ()):
        if low.endswith(w):
            k = len(low) - len(w)
            if k == 0 or not low[k - 1].isalpha():
                return True
    return False


_BY_LAST: dict = {}


def _by_last_char(folded: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words grouped by their last character (one dict lookup instead of a scan)."""
    got = _BY_LAST.get(id(folded))     # the tuples are the ones _folded keeps
    if got is None:
        groups: dict[str, list[str]] = {}
        for w in folded:
            if w:
                groups.setdefault(w[-1], []).append(w)
        got = _BY_LAST[id(folded)] = {k: tuple(v) for k, v in groups.items()}
    return got


def _next_char(text: str, pos: int) -> str:
    while pos < len(text) and text[pos] in " \u00a0\u3000":
        pos += 1
    return text[pos:pos + 1]


_MODEL = regex.compile(r"\d{1,4}-\d{1,4}")


def _after_capitalised(text: str, c: Cand, end: int | None = None,
                       start: int | None = None) -> bool:
    """"Fortune 500", "Ligue 1", "CAC 40": one space after a capitalised word that does not
    open its sentence; not a cell of a table (another number follows in its row, after
    ``end``, the end of the number by default). ``start``: where the name's number starts,
    the claim's number by default."""
    at = c.num_start if start is None else start
    m = _CAP_WORD.match(text, max(0, at - 40), at)
    if not m:
        return False
    word = m.group(1)
    cut = max(word.rfind("'"), word.rfind("’"))
    if cut >= 0:
        word = word[cut + 1:]                         # "dell'Under 21"
    if not word or not word[0].isupper():
        return False
    if word.endswith(".") and len(word) > _ABBREVIATION:
        return False          # "ins Krankenhaus. 312 Menschen": a sentence ends, no name
    i = m.start(1) - 1
    while i >= 0 and text[i] in " \u00a0\t\"'“‘(":
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return False                                 # the first word of a sentence
    k = c.num_end if end is None else end
    while k < len(text) and text[k] in " \u00a0\u3000\t":
        k += 1
    nxt, nxt2 = text[k:k + 1], text[k + 1:k + 2]
    # a table row: "EBIT 968 874", "Konzernergebnis 512 -46"
    return not (nxt.isdigit() or nxt in "%|" or (nxt in "-+−(" and nxt2.isdigit()))


def _model_number(text: str, c: Cand) -> bool:
    """"a Boeing 787-9": the two halves of a model's number glued by a hyphen after a
    capitalised word (a table cell has a space before its sign: "EBIT 512 -46")."""
    s, e = c.num_start, c.num_end
    if text[e:e + 1] == "-" and text[e + 1:e + 2].isdigit():
        return _after_capitalised(text, c, _digits_end(text, e + 1))
    if s >= 2 and text[s - 1] == "-" and text[s - 2].isdigit():
        i = s - 2
        while i > 0 and text[i - 1].isdigit():
            i -= 1
        head = _MODEL_HEAD.match(text, i, s - 1)
        return head is not None and _after_capitalised(text, c, e, i)
    return False


_MODEL_HEAD = regex.compile(r"\d{1,4}")


def _digits_end(text: str, i: int) -> int:
    while i < len(text) and text[i].isdigit():
        i += 1
    return i


def _after_capital_hyphen(text: str, c: Cand) -> bool:
    """"A-66", "M-30": a road or line number glued by a hyphen to a capital; "Amaterasu-2",
    "Falcon-9": a name's number glued by a hyphen to a capitalised word (at most
    _NAME_HEAD letters back)."""
    s = c.num_start
    if s < 2 or text[s - 1] != "-" or not text[s - 2].isalpha():
        return False
    i = s - 2
    while i > 0 and s - 1 - i < _NAME_HEAD and text[i - 1].isalpha():
        i -= 1
    return text[i].isupper() and (i == 0 or not text[i - 1].isalnum())


_NAME_HEAD = 16


def _age(text: str, c: Cand, lang: Language, names: dict) -> bool:
    s, e = c.num_start, c.num_end
    if names.get("ages_bracketed") and c.plain_int and _bare(c) and e - s <= 3 and \
            0 < c.value <= 120 and s > 1 and text[s - 1] in "（(" and \
            text[e:e + 1] in ("）", ")") and text[s - 2].isalpha():
        return True                                  # 佐藤陽斗内野手（26）が: a person's age
    nxt = text[e:e + 1]
    if (nxt in _AGE_NEXT or not lang.boundaries) and names.get("ages_after"):
        rest = text[e:e + 14].casefold()
        if any(rest.startswith(w) for w in _folded(lang, "ages_after")):
            return True                              # "19-year-old", "34-jährige", 58岁
    years = _bare(c) or (c.unit_expr and not c.currency and not c.per_thing and _years(c))
    # after an age word an age may be told in months or weeks: "babies aged 5 to 17 months"
    if s > 0 and text[s - 1] == " " and names.get("ages_before") and (years or (
            c.unit_expr and not c.currency and not c.per_thing and _years(c, 604800))):
        if _ends_with_any(text, s, _folded(lang, "ages_before"), lang):
            return True                              # "aged 58", "un niño de 7 años"
        if _after_joiner(text, s, lang) and \
                _age_list_re(lang).search(text, max(0, s - 60), s) is not None:
            return True                              # "aged 19 and 23": the second age
    # "Governor Ilse Marten, 58, told", "the senator, 72, said": a two-digit number between
    # commas after a name or a noun (not in a list of numbers)
    if nxt == "," and e - s == 2 and text[s - 2:s] == ", " and lang.boundaries and \
            c.plain_int and _bare(c):
        m = _WORD_BEFORE_COMMA.match(text, max(0, s - 42), s - 1)
        return m is not None and not _DIGIT.search(text, max(0, m.start() - 12), m.start())
    # "l'amministratore delegato, 58 anni, ha confermato", "Recoba, de 24 años,": a number
    # of years (at most three digits) between commas after a word, not in a list of numbers
    if c.unit_expr and years and c.plain_int and e - s <= 3 and lang.boundaries and \
            _next_char(text, c.end) == ",":
        m = _APPOSITION.search(text, max(0, c.start - 40), c.start)
        return m is not None and not _DIGIT.search(text, max(0, m.start() - 12), m.start() + 1)
    return False


_DIGIT = regex.compile(r"\d")


# another road's code and a list joiner before or after the number: "N1 and R21", "R21, N12"
_ROUTE_BEFORE = regex.compile(r"(?<![\p{L}\d])[A-Z]\d{1,3}[ \u00a0]*(\S+)[ \u00a0]*$")
_ROUTE_AFTER = regex.compile(r"[ \u00a0]*(\S+)[ \u00a0]*[A-Z]\d{1,3}(?![\d\p{L}])")


def _route_number(text: str, c: Cand, lang: Language) -> bool:
    """A road's number read as money: one capital letter glued to a whole number of at most
    three digits with nothing after it ("R21", where R is also the rand), named as a road by
    a word after it (``names.road_words``: "the R101 road"), by the words before it
    (``names.roads_before``: "on the R21"), or beside another such code ("the N1 and R21").
    An amount has a scale, decimals, a grouping or a unit after it ("R21 million", "R130 a
    month"), so it is never taken for one."""
    s, e = c.start, c.num_end
    if not (c.num_start - s == 1 and text[s].isupper() and c.plain_int and not c.scaled
            and c.end == e and e - c.num_start <= 3):
        return False
    after = text[e:e + 40]
    if after[:1] in (",", ".") and after[1:2].isdigit():
        return False
    rest = after.lstrip(" \u00a0").casefold()
    if any(_has_word(rest[:len(w) + 1], w) for w in _folded(lang, "road_words")):
        return True
    if _ends_with_any(text, s, _folded(lang, "roads_before"), lang):
        return True
    joiners = _joiners(lang)
    m = _ROUTE_BEFORE.search(text, max(0, s - 16), s)
    if m is not None and m.group(1).casefold() in joiners:
        return True
    m = _ROUTE_AFTER.match(text, e, min(len(text), e + 16))
    return m is not None and m.group(1).casefold() in joiners


_WORDED: dict = {}


def _worded_score(text: str, c: Cand, lang: Language) -> tuple[int, int] | None:
    """The span of a score written with a word (``names.score_worded_joiners``: bowling
    figures "5 for 57", a win-loss record 16勝5敗) that the number at ``c`` is one side of,
    or None."""
    joiners = (lang.raw.get("names") or {}).get("score_worded_joiners")
    if not joiners or not c.plain_int:
        return None
    pat = _WORDED.get(lang.code)
    if pat is None:
        alt = "|".join(regex.escape(w) for w in joiners)
        sp = "[ \u00a0]+" if lang.boundaries else "[ \u00a0]*"    # 16勝5敗: glued in CJK
        pat = _WORDED[lang.code] = regex.compile(
            rf"(?<![\d.,])\d{{1,3}}{sp}(?:{alt}){sp}\d{{1,3}}(?![\d%]|[.,]\d)")
    for m in pat.finditer(text, max(0, c.num_start - 12), min(len(text), c.num_end + 12)):
        if m.start() == c.num_start or m.end() == c.num_end:
            return m.span()
    return None


# the comma and at most one short word ("de", "di") before an age in apposition, after a word
_APPOSITION = regex.compile(r"\p{L}{2,},[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+)?$")


def _years(c: Cand, shortest: int = 0) -> bool:
    """Whether the claim is a duration written in years (an age is one), or, given
    ``shortest`` (seconds), in any unit at least that long."""
    from .units import UnitError, conversion
    try:
        kind, _, factor = conversion(c.unit_expr)
    except UnitError:
        return False
    if shortest:
        return kind == "duration" and factor >= shortest
    return kind == "duration" and abs(factor - 31557600) < 100000


_AGE_LISTS: dict = {}
_JOINERS: dict = {}


def _list_joiners(lang: Language) -> list[str]:
    """What joins the items of a list of numbers: a comma, "&" and the "and" words."""
    return [",", "&"] + list(lang.raw["numerals"].get("and_words") or ())


def _joiners(lang: Language) -> tuple[str, ...]:
    """:func:`_list_joiners`, case-folded (kept per language)."""
    got = _JOINERS.get(lang.code)
    if got is None:
        got = _JOINERS[lang.code] = tuple(j.casefold() for j in _list_joiners(lang))
    return got


def _after_joiner(text: str, s: int, lang: Language) -> bool:
    """Whether a list joiner ("," "and") and spacing stand right before ``s``: a cheap
    test that must hold wherever :func:`_age_list_re` matches before ``s``."""
    i = s
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    tail = text[max(0, i - 12):i].casefold()
    return i < s and any(tail.endswith(j) for j in _joiners(lang))


def _age_list_re(lang: Language):
    """An age word, its first age and a list joiner right before a number: "aged 19 and "."""
    got = _AGE_LISTS.get(lang.code)
    if got is None:
        words = (lang.raw.get("names") or {}).get("ages_before") or ()
        joins = _list_joiners(lang)
        alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        join = "|".join(regex.escape(j) for j in joins)
        got = _AGE_LISTS[lang.code] = regex.compile(
            rf"(?ri)(?<![\p{{L}}])(?:{alt})[ \u00a0]+\d{{1,3}}"
            rf"(?:[ \u00a0]*(?:{join})[ \u00a0]*\d{{1,3}}){{0,4}}[ \u00a0]*(?:{join})[ \u00a0]+$")
    return got


_FOLDED: dict = {}


# the wholes a rate is told per: "je 1000 Haushalte", "per 100,000 people", 每千户
_WHOLES = frozenset(10 ** k for k in range(1, 7))
_NOUN_NEXT = regex.compile(r"[ \u00a0]*[\p{L}]")


def _noun_next(text: str, pos: int, lang: Language) -> bool:
    """Whether a word (of letters or characters; no figure, sign or stop) follows: the
    noun of the whole ("Haushalte", 户)."""
    return _NOUN_NEXT.match(text, pos) is not None


def _folded(lang: Language, key: str) -> tuple[str, ...]:
    got = _FOLDED.get((lang.code, key))
    if got is None:
        got = _FOLDED[(lang.code, key)] = tuple(
            w.casefold() for w in (lang.raw.get("names") or {}).get(key) or ())
    return got


def _duration(c: Cand) -> bool:
    from .units import UnitError, conversion
    try:
        return conversion(c.unit_expr)[0] == "duration"
    except UnitError:
        return False


def _tenor(text: str, c: Cand, lang: Language) -> bool:
    """The maturity of an instrument: "two-year government bond yields" (N-year before the
    instrument), "l'OAT à 10 ans", "Bund a 10 anni" (the instrument before "à N ans")."""
    tenors = (lang.raw.get("names") or {}).get("tenors") or ()
    if text[c.num_end:c.num_end + 1] in "-‐":
        window = text[c.end:c.end + _TENOR_WINDOW]
    else:
        window = text[max(0, c.start - _TENOR_WINDOW):c.start]
        # a figure between the instrument and the duration holds the span it is told over:
        # "o IPCA acumula alta de 4,76% em 12 meses" (no tenor of the IPCA)
        window = window[max((i for i, ch in enumerate(window) if ch.isdigit()), default=-1) + 1:]
    if not any(w in window for w in tenors):
        return False
    from .units import UnitError, conversion
    try:
        if conversion(c.unit_expr)[0] != "duration":
            return False
    except UnitError:
        return False
    return any(_has_word(window, w) for w in tenors)


def _has_word(window: str, word: str) -> bool:
    i = window.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not window[i - 1].isalpha()) and (j >= len(window) or not window[j].isalpha()):
            return True
        i = window.find(word, i + 1)
    return False


def _range_of_ints(text: str, c: Cand):
    """(low, high) of a range written as two short whole numbers ("4～9"), else None."""
    if c.high_value is None:
        return None
    m = _INT_RANGE.fullmatch(text, c.num_start, c.num_end)
    return (int(m.group(1)), int(m.group(2))) if m else None


# two short whole numbers joined by a dash or by a range word of the language (1至11月): the
# text is a range the reader has already joined, so any short join that is no figure is one
_INT_RANGE = regex.compile(r"(\d{1,2})\s*[^\d\s.,]{1,3}\s*(\d{1,2})")


def _short_date(text: str, c: Cand, lang: Language) -> bool:
    """21年度末, 19年を, 26年3月期 (a year in two digits); 8日発表, ２８日の (a day of the
    month): ``dates.short``."""
    span = _range_of_ints(text, c)          # 2025年4～9月期: a range of months
    for rule in lang.raw["dates"].get("short") or ():
        mark = rule["mark"]
        if not text.startswith(mark, c.num_end) or c.source != "digits":
            continue
        if span is None and not c.plain_int:
            continue
        lo, hi = span or (c.value, c.value)
        if span is None and c.num_end - c.num_start > int(rule.get("digits", 2)):
            continue
        if not 0 < lo <= hi <= int(rule.get("max", 99)) or lo < int(rule.get("min", 0)):
            continue
        after = c.num_end + len(mark)
        nxt = text[after:after + 1]
        if nxt.isdigit() or any(text.startswith(w, after) for w in rule.get("next") or ()):
            return True
        # the second end of a span of dates: 13日至14日, 5月至7月
        if any(text.startswith(w, c.num_start - len(w), c.num_start) for w in rule.get("prev") or ()):
            return True
    return False

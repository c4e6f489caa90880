"""Language detection from script and function words, driven by the language files.

Each language file names its script and a list of frequent function words ("markers").
The dominant script narrows the candidates; marker frequency picks among them. Japanese
is told from Chinese by kana, which Chinese text does not use.
"""
from __future__ import annotations

import regex

from .language import available_languages, get_language, language_profile, variants_of

# a word; not the letters of a currency sign ("A$5.52", "US$", "R$", "HK$"), which would
# count as the Portuguese article "a" in English wire copy
_LATIN_WORD = regex.compile(r"(?>\p{Latin}+(?:'\p{Latin}+)?)(?![$＄])")
_HAN = regex.compile(r"\p{Han}")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


def detect_language(text: str, candidates: tuple[str, ...] | None = None) -> str:
    """The code of the most likely language of ``text`` among the installed ones, and of
    its regional variant when the text's evidence points to one (see :func:`variant`)."""
    code = _base_language(text, candidates)
    if candidates is None or any("-" in c for c in candidates):
        code = variant(text, code, candidates)
    return code


# a number with one inner mark: "12.3", "2,418", "1'250"; the digits after the mark say
# whether it is a decimal mark (one or two digits) or groups a thousand (three)
_MARKED = regex.compile(r"(?<![\d.,'’])\d{1,3}([.,'’])(\d+)(?![\d]|[.,'’]\d)")
_LAKH = regex.compile(r"(?<![\d.,])\d{1,2},\d\d,\d{3}(?!\d)")
# a mark that can only group thousands: two groups ("1.234.567") or a round thousand
# ("412.000 millones", "48,000 jobs"): nobody writes 412 with three decimal zeros
_GROUPING = regex.compile(r"(?<![\d.,'’])\d{1,3}([.,])(?:\d{3}\1\d{3}|000)(?![\d]|[.,]\d)")
_GROUPING_WEIGHT = 3  # one such number outweighs a few evidence words


def variant(text: str, base: str, candidates: tuple[str, ...] | None = None) -> str:
    """``base`` or one of its regional variants, whichever the text's evidence favours:
    each variant's ``detect.evidence`` surfaces, and the marks its numbers are written
    with (a decimal mark the variant reads and the base does not, or the reverse; a mark
    that can only group thousands; an apostrophe or lakh grouping). Ties keep the base."""
    codes = [c for c in variants_of(base) if candidates is None or c in candidates]
    if not codes:
        return base
    sample = text[:20000]
    base_lang = get_language(base)
    decimal_marks: dict[str, int] = {}
    for m in _MARKED.finditer(sample):
        if len(m.group(2)) <= 2:
            decimal_marks[m.group(1)] = decimal_marks.get(m.group(1), 0) + 1
    lakh = len(_LAKH.findall(sample))
    grouping_marks: dict[str, int] = {}
    for m in _GROUPING.finditer(sample):
        grouping_marks[m.group(1)] = grouping_marks.get(m.group(1), 0) + 1
    best, best_score = base, 0
    for code in codes:
        lang = get_language(code)
        # a letter or word the variant never writes (Swiss German has no ß): a text that
        # has one is not of that variant, however much it speaks of the variant's country
        if any(_count(sample, surface) for surface in lang.raw["detect"].get("never") or ()):
            continue
        score = 0
        # each evidence surface counts once: a country or a currency a story is about
        # recurs however the writer writes ("México" five times in a Madrid paper's story
        # on a Mexican highway), and must not outweigh how the numbers are written
        for surface in lang.raw["detect"].get("evidence") or ():
            score += min(1, _count(sample, surface))
        for mark, n in decimal_marks.items():
            mine, theirs = mark in lang.decimal, mark in base_lang.decimal
            if mine and not theirs:
                score += n
            elif theirs and not mine:
                score -= n
        for mark, n in grouping_marks.items():
            mine, theirs = mark in lang.decimal, mark in base_lang.decimal
            if mine and not theirs:
                score -= _GROUPING_WEIGHT * n
            elif theirs and not mine:
                score += _GROUPING_WEIGHT * n
        if lang.numerals.get("inner_group") and lakh:
            score += lakh
        if score > best_score:
            best, best_score = code, score
    return best


# scripts written without spaces between words: a surface of them is found anywhere
# ("中央社日內瓦2日電", "約新台幣484億元"), as no word boundary surrounds it
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _count(sample: str, surface: str) -> int:
    """Occurrences of an evidence surface: a whole word when it starts and ends with a
    letter of a script written with spaces and is longer than one letter, else anywhere
    ("₹", "R$", "新台幣", "ß")."""
    if len(surface) > 1 and surface[:1].isalpha() and surface[-1:].isalpha() \
            and not _UNSPACED.search(surface):
        return len(regex.findall(rf"(?<![\p{{L}}]){regex.escape(surface)}(?![\p{{L}}])", sample))
    return sample.count(surface)


def _base_language(text: str, candidates: tuple[str, ...] | None = None) -> str:
    sample = text[:20000]
    codes = [c for c in (candidates or available_languages()) if "-" not in c] or \
        list(candidates or available_languages())
    langs = [language_profile(c) for c in codes]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    words = [w.casefold() for w in _LATIN_WORD.findall(sample)]
    cjk = han + kana
    if cjk and cjk * 3 >= len(words):
        # Japanese writes its grammatical endings in kana, which Chinese never uses: one
        # kana in a headline (新型車両3万台導入へ), or 5% of a longer text, is Japanese
        script = "japanese" if kana * 20 >= cjk and kana >= 1 else "han"
        pool = [l for l in langs if l.script == script] or [l for l in langs if l.script in ("han", "japanese")]
        if not pool:
            pool = langs
        best = max(pool, key=lambda l: sum(sample.count(m) for m in l.marker_list))
        return best.code
    pool = [l for l in langs if l.script == "latin"] or langs
    counts = {l.code: 0 for l in pool}
    for w in words:
        for l in pool:
            if w in l.markers:
                counts[l.code] += 1
    # ties (a text without markers) go to the language the data files rank first
    return max(pool, key=lambda l: (counts[l.code], l.priority)).code

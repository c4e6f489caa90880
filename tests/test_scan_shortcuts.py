"""The scanning shortcuts in masks.py, dates.py and rx.py find exactly what a plain scan
finds.

Masks and dates try their patterns only at candidate positions (digit-run starts ruled
in or out by the characters around them, literal words, month-name heads), and a guarded
attachment pattern runs only the surfaces that can start where it is tried. Each of these
is only correct while its hand-written conditions agree with the regular expressions they
stand for, so these tests compare them with the patterns run in full (``finditer`` over the
whole text, or the whole alternation) on text built to hit the edges: every
pattern's trigger words and characters mixed with digits, separators, line breaks and the
letters whose case folding is unusual (İ, ß, ſ, K).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extraction import dates, masks
from claimcheck.extraction.language import available_languages, get_language
from claimcheck.extraction.prefixscan import PrefixScan
from claimcheck.extraction.rx import Guarded

TOKENS = [
    "tel", "Tel.", "TEL:", "tél", "Téléphone", "teléfono", "phone", "Fax", "电话", "電話", "isbn",
    "ISBN-13:", "http://", "https://a.b/c", "www.", "@", "a@b.co", "+86", "(010)", "(", ")", "§",
    "点", "點", "分", "半", "整", "钟", "時", "間", "Uhr", "am", "pm", "a.m.", "P.M.", "iPhone",
    "COVID", "ICP备", "京", "號", "号", "证", "备", ":", "：", "-", "‐", ".", ",", "/", "'", "•",
    "*", "、", "．", "）", "\n", "\r", "\t", " ", "\u00a0", "\u202f", "\u2028", "0", "00", "01",
    "1", "12", "31", "123", "1234", "2019", "2020", "192", "0755", "1234567", "123456789012",
    "٣", "１２", "mid", "scp", "co", "A", "AB", "Ab", "G", "İ", "ß", "ſ", "K", "é", "一", "两",
    "十", "的", "年", "月", "日", "〇", "de", " de ", "º", "er", "st", "th", "–",
    "jan", "Jan.", "SEPT.", "mai", "Mai", "MÄRZ", "märz", "nov", "novembre", "noviembre",
    "November", "ﬀ",
    # whole shapes of each mask, so that every one is met often
    " G20 ", "A380", "COVID-19", "scp-173", "iPhone 15", "16:06", "9.30 am", "10 Uhr", "192.168.1.2",
    "\n1. ", "京ICP备05004340号-12", "tel: +86 28 8533 9400", "ISBN 978-3-16-148410-0", "9点30分",
    "15時30分", "010-68315039", "03-1234-5678", "0102", "2020-11-19", "19/11/2020", "2019-2020",
]
_text = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=25).map("".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=20).map("".join),
)
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def _fresh(text: str) -> str:
    """A copy that is not the same object, so the one-text caches of masks.py recompute."""
    return "".join(list(text))


@_SETTINGS
@given(_text)
def test_digit_led_masks_match_only_at_run_starts_the_tests_leave_open(text):
    text = _fresh(text)
    runs = masks.digit_runs(text)
    starts = {s for s, _ in runs}
    for name in masks._DIGIT_LED:
        alone = masks._union(masks._BIT[name])
        for i in range(len(text)):
            if alone.match(text, i):
                assert i in starts, (name, text, i)
    full = masks._union(masks._ALL)
    expected = [(m.start(), m.end(), m.lastgroup) for m in full.finditer(text)]
    got: list = []
    masks._digit_led_spans(text, got)
    assert got == expected

def _spans(pat, text, starts):
    """(the spans of a scan tried only at ``starts`` (None: everywhere), the plain scan's)."""
    plain = [m.span() for m in pat.finditer(text)]
    if starts is None:
        return plain, plain
    return [m.span() for m in masks.matches_at(pat, text, starts)], plain



@_SETTINGS
@given(_text)
def test_other_masks_find_what_finditer_finds(text):
    text = _fresh(text)
    for name, pat in masks._masks():
        starts = masks._STARTS[name](text)
        quick, plain = _spans(pat, text, starts)
        assert quick == plain, (name, text)


@_SETTINGS
@given(_text, st.sampled_from(available_languages()))
def test_date_scans_find_what_finditer_finds(text, code):
    text = _fresh(text)
    lang = get_language(code)
    quick, plain = _spans(dates._NUMERIC, text, dates._numeric_starts(text))
    assert quick == plain
    for scan in lang.date_scans[1:]:
        starts = dates._month_starts(text, lang)
        quick, plain = _spans(scan, text, starts)
        assert quick == plain, (code, text)


_ATTACH = ("currency_after_re", "unit_after_re", "qualifier_after_re", "percent_after_re",
           "currency_before_re", "qualifier_before_re", "multiple_before_re", "unit_joiner_re")


@_SETTINGS
@given(_text, st.sampled_from(available_languages()))
def test_guarded_subsets_match_like_the_whole_alternation(text, code):
    lang = get_language(code)
    surfaces = [s for name in ("currencies", "units") for s in lang.raw[name]]
    text = text + " " + " ".join(surfaces[len(text) % 23::23])
    for name in _ATTACH:
        guarded = getattr(lang, name)
        # the same guard in front of the whole alternation: how every match was made before
        whole = Guarded(guarded.pattern, guarded.surfaces, guarded.forward, "".join(guarded.extra))
        for pos in range(len(text) + 1):
            if guarded.forward:
                got, want = guarded.match(text, pos), whole.match(text, pos)
            else:
                lo = max(0, pos - 16)
                got, want = guarded.search(text, lo, pos), whole.search(text, lo, pos)
            assert (got and got.span()) == (want and want.span()), (name, text, pos)


# -- the shortcuts of the speed9 round: candidates found by first letters or by what
# follows a number, each compared with the plain search it stands for

WORDS = [
    "un", "Un", "une", "UNE", "una", "uno", "a", "A", "an", "An", "one", "two", "deux", "cent",
    "cents", "centre", "mil", "mille", "millions", "milliards", "million", "billion", "dollars",
    "euros", "pesos", "yuans", "moins", "minus", "negative", "menos", "twenty", "vingt",
    "veintiuno", "quarante-cinq", "half", "a half percentage point", "un dixième de point",
    "dos décimas", "per", "Per", "each", "every", "por", "par", "pro", "per capita", "per head",
    "par habitant", "Pro-Kopf", "barrel", "tonne", "share", "year", "mars", "March", "Mar.",
    "marzo", "mai", "de", " de ", "to", "–", "-", "1er", "21st", "3rd", "h", "16h", "9h30",
    "12 h", "ſ", "K", "İ", "ß", "é", "\u0301", "\u00a0", " ", "  ", "\n", "\t", ",", ".", "%",
    "0", "1", "5", "12", "31", "2024", "12345", "(", ")", "元", "年", "月", "日", "每股", "人均",
]
_words_text = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=30).map("".join),
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=2)), max_size=20).map(" ".join),
)
_WORD_LANGS = ("en", "fr", "es", "de", "it", "pt", "en-IN", "es-MX")


@_SETTINGS
@given(_words_text, st.sampled_from(_WORD_LANGS))
def test_seed_word_scan_finds_what_a_search_finds(text, code):
    text = _fresh(text)
    scan = get_language(code).seed_scans[-1]
    pattern = scan.pattern if isinstance(scan, PrefixScan) else scan
    for pos in range(0, len(text) + 1, 3):
        got, want = scan.search(text, pos), pattern.search(text, pos)
        assert (got and got.span()) == (want and want.span()), (code, text, pos)


@_SETTINGS
@given(_words_text, st.sampled_from(available_languages()))
def test_format_digit_scan_finds_what_finditer_finds(text, code):
    text = _fresh(text)
    lang = get_language(code)
    if not lang.date_scans:
        return
    scan = lang.date_scans[0]
    starts = dates._format_starts(text, lang)
    quick, plain = _spans(scan, text, starts)
    assert quick == plain, (code, text)


@_SETTINGS
@given(_words_text, st.sampled_from(available_languages()))
def test_rate_words_before_are_found_as_finditer_finds_them(text, code):
    from claimcheck.extraction import rates
    text = _fresh(text)
    lang = get_language(code)
    for pattern, words in ((lang.rate_before_re, lang.rate_before_words),
                           (lang.rate_per_before_re, lang.rate_per_before_words)):
        assert rates._all_at(pattern, text, words, lang) == rates._all(pattern, text), (code, text)


@_SETTINGS
@given(_words_text, st.sampled_from(available_languages()))
def test_joiner_shortcut_matches_the_joiner_pattern(text, code):
    from claimcheck.extraction.rx import match_at
    lang = get_language(code)
    for pos in range(len(text) + 1):
        got, want = lang.joiner_at(text, pos), match_at(lang.joiner_re, text, pos)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), \
            (code, text, pos)


@_SETTINGS
@given(_words_text)
def test_glued_hours_are_found_as_finditer_finds_them(text):
    from claimcheck.extraction import frames
    text = _fresh(text)
    assert [m.span() for m in frames._glued_hours(text)] == \
        [m.span() for m in frames._GLUED_HOUR.finditer(text)], text


def _repo_paragraphs():
    """(language, text) of every paragraph of the project's real-text sets (written for the
    project) and every devset document, in each language they are written in."""
    import re as _re
    from pathlib import Path

    import yaml
    root = Path(__file__).resolve().parents[1] / "bench"
    out = []
    for path in sorted((root / "realtext").glob("*.yaml")):
        lang = _re.sub(r"^holdout\d*-", "", path.stem)
        if lang not in available_languages():
            continue
        for para in yaml.safe_load(path.read_text(encoding="utf-8")).get("paragraphs") or ():
            out.append((lang, para["text"]))
    return out


# dates and numbers in the shapes the shortcuts key on (written for this test)
_OWN_SENTENCES = [
    ("fr", "Le 12 mars 2024, la ville a reçu 3 millions d'euros ; le 1er mai, 12 personnes "
           "sont venues, et moins 5 degrés le 3 Mars. Un million de visiteurs, une centaine."),
    ("fr", "Du 12 au 14 mars, 16h30 : 2 h plus tard, 9h, puis 21 h. Vingt-deux tonnes par habitant."),
    ("es", "El 5 de mayo de 2023 llegaron 3 millones de pesos; el 12 de Marzo, una tonelada por "
           "habitante y menos 4 grados. Un millón de dólares el 1 de enero."),
    ("en", "On 12 March 2024, 3 million people paid $5 a share; from 12 to 14 March, and on "
           "March 5, 2024, a half percentage point more. 21st March, 12 people, 12 mayors."),
    ("en", "The 12-14 May meeting, 3 – 5 June, one hundred and twenty, minus 4C, per capita GDP "
           "of $12,000 and $40 per barrel, each 3 tonnes."),
    ("de", "Am 3. Mai 2024 kamen 3 Millionen Euro; am 12. März, minus 5 Grad, Pro-Kopf 12.000 Euro."),
    ("it", "Il 12 marzo 2024, 3 milioni di euro; il 1 maggio, meno 5 gradi."),
    ("pt", "Em 12 de março de 2024, 3 milhões de reais; em 1 de Maio, menos 5 graus."),
    ("zh", "2024年3月12日，人均收入3.2万元，3月12日每股派发0.5元，12月底。"),
]


def test_shortcuts_find_what_plain_scans_find_on_real_text():
    # every paragraph of the real-text sets, in its own language: the seed word scan,
    # the date formats' digit scan, the per words before a number, the joiner after one
    # and the glued hours, each against the plain search it stands for
    from claimcheck.extraction import frames, rates
    from claimcheck.extraction.rx import match_at
    paragraphs = _repo_paragraphs() + _OWN_SENTENCES
    assert len(paragraphs) > 200
    for code, text in paragraphs:
        text = _fresh(text)
        lang = get_language(code)
        scan = lang.seed_scans[-1]
        pattern = scan.pattern if isinstance(scan, PrefixScan) else scan
        pos = 0
        while True:                       # every match, as the extractor reads them
            got, want = scan.search(text, pos), pattern.search(text, pos)
            assert (got and got.span()) == (want and want.span()), (code, text, pos)
            if want is None:
                break
            pos = want.start() + 1
        if lang.date_scans:
            starts = dates._format_starts(text, lang)
            plain = [m.span() for m in lang.date_scans[0].finditer(text)]
            if starts is not None:
                assert [m.span() for m in masks.matches_at(lang.date_scans[0], text, starts)] \
                    == plain, (code, text)
        for pat, words in ((lang.rate_before_re, lang.rate_before_words),
                           (lang.rate_per_before_re, lang.rate_per_before_words)):
            assert rates._all_at(pat, text, words, lang) == rates._all(pat, text), (code, text)
        for d in masks.digit_runs(text):
            got, want = lang.joiner_at(text, d[1]), match_at(lang.joiner_re, text, d[1])
            assert (got and (got.span(), got.lastgroup)) == \
                (want and (want.span(), want.lastgroup)), (code, text, d)
        assert [m.span() for m in frames._glued_hours(text)] == \
            [m.span() for m in frames._GLUED_HOUR.finditer(text)], text


@pytest.mark.parametrize("text, code", [("a\none", "en"), ("a\none hundred", "en"),
                                        ("un\nmillón", "es")])
def test_seed_word_scan_tries_a_head_inside_a_failed_one(text, code):
    # "a\non" is a head ("a one-..."), where the pattern fails ("a" and "one" are apart by a
    # line break); the head "one" inside it must still be tried
    scan = get_language(code).seed_scans[-1]
    pattern = scan.pattern if isinstance(scan, PrefixScan) else scan
    want = pattern.search(text, 0)
    assert want is not None
    got = scan.search(text, 0)
    assert got is not None and got.span() == want.span()

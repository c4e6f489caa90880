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

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extraction import dates, masks
from claimcheck.extraction.language import available_languages, get_language
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


@_SETTINGS
@given(_text)
def test_other_masks_find_what_finditer_finds(text):
    text = _fresh(text)
    for name, pat in masks._masks():
        starts = masks._STARTS[name](text)
        plain = [m.span() for m in pat.finditer(text)]
        quick = plain if starts is None else [m.span() for m in masks.matches_at(pat, text, starts)]
        assert quick == plain, (name, text)


@_SETTINGS
@given(_text, st.sampled_from(available_languages()))
def test_date_scans_find_what_finditer_finds(text, code):
    text = _fresh(text)
    lang = get_language(code)
    plain = [m.span() for m in dates._NUMERIC.finditer(text)]
    quick = [m.span() for m in masks.matches_at(dates._NUMERIC, text, dates._numeric_starts(text))]
    assert quick == plain
    for scan in lang.date_scans[1:]:
        starts = dates._month_starts(text, lang)
        plain = [m.span() for m in scan.finditer(text)]
        quick = plain if starts is None else [m.span() for m in masks.matches_at(scan, text, starts)]
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

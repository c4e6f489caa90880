"""Two digits swapped or one changed is a slip of a figure written to the same place value:
"2,1%" for 1.2 % or "3.1%" for 9.1 %, not "约12%" against 2.1 % (a swap and a decimal mark
moved: two slips, two quantities likelier). Amounts, counts and percentages are stored as
written; a measure is stored in another unit ("19 horas" and "29 horas" in seconds straddle
a power of ten), so its slips are still read in its written digits. Text written for these
tests; figures are invented."""
import pytest

from claimcheck.extraction import extract
from claimcheck.stories.agreement import slip


def _claim(text: str, lang: str):
    (c,) = [c for c in extract(text, lang=lang) if c.kind != "date"]
    return c


@pytest.mark.parametrize("good, bad, pattern", [
    (("The shares rose 2.1% in Shanghai.", "en"), ("该公司股价上涨1.2%。", "zh"),
     "swapped digits"),
    (("Output in Japan fell 9.1% in October.", "en"), ("国内生産は3.1%減った。", "ja"),
     "wrong digit"),
    (("The company hired 4,620 staff.", "en"), ("La empresa contrató a 4.260 empleados.", "es"),
     "swapped digits"),
    (("The talks lasted 19 hours.", "en"), ("Las negociaciones duraron 29 horas.", "es"),
     "wrong digit"),
    (("The talks lasted 19 hours.", "en"), ("Las negociaciones duraron 91 horas.", "es"),
     "swapped digits"),
])
def test_a_slip_at_the_same_place_value_is_named(good, bad, pattern):
    assert slip(_claim(*good), _claim(*bad)) == pattern


@pytest.mark.parametrize("good, bad", [
    (("The shares rose 2.1% in Shanghai.", "en"), ("今年来水偏丰约12%。", "zh")),
    (("The shares rose 2.1% in Shanghai.", "en"), ("Die Aktie stieg um 12 Prozent.", "de")),
    (("Revenue rose 4.6% in the quarter.", "en"), ("Le chiffre d'affaires a progressé de 64 %.", "fr")),
])
def test_a_swap_across_the_decimal_mark_is_no_slip(good, bad):
    assert slip(_claim(*good), _claim(*bad)) is None

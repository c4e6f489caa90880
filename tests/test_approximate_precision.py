"""How far "about" reaches follows the figure's written precision.

"About 300,000", "约30万", "environ 1,2 million" are round figures, loose by a tenth: real
coverage rounds further than its writer thinks. "About 312,000", "约31.2万", "rund 4,35
Millionen" were known to a few parts in a thousand: "about" says they were rounded, not
guessed, so they reach a few units of their last digit, and an exact figure with two of
their digits swapped (32万1000 for 31.2万) is a slip, not a version that agrees."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimcheck.extraction.intervals import interval, reach, significant_digits
from tests.claims_helpers import only_claim
from tests.story_helpers import check, row_findings


def _span(lang, text):
    c = only_claim(lang, text)
    return c.low, c.high


def test_three_digits_reach_a_few_units_of_the_last():
    assert _span("en", "The recall covers about 312,000 units sold in the U.S.") == (
        Decimal(309000), Decimal(315000))
    low, high = _span("zh", "美国市场约31.2万个产品被召回。")
    assert Decimal(308000) <= low < Decimal(310000) < Decimal(314000) < high <= Decimal(316000)
    low, high = _span("de", "Betroffen sind rund 4,35 Millionen Kunden.")
    assert Decimal("4.3e6") < low < Decimal("4.35e6") < high < Decimal("4.4e6")
    low, high = _span("ja", "停電は約41万2000戸に及んだ。")
    assert Decimal(408000) <= low and high <= Decimal(416000)


def test_round_figures_stay_a_tenth_loose():
    low, high = _span("en", "About 300,000 people fled the coast.")
    assert low <= Decimal(270000) and high >= Decimal(330000)
    low, high = _span("zh", "约30万人撤离。")
    assert low <= Decimal(270000) and high >= Decimal(330000)
    low, high = _span("fr", "environ 1,2 million de personnes ont été évacuées.")
    assert low <= Decimal("1.08e6") and high >= Decimal("1.32e6")
    low, high = _span("es", "Unas 15 personas resultaron heridas.")
    assert low <= Decimal("13.5") and high >= Decimal("16.5")


def test_nearly_follows_precision_too():
    low, high = _span("en", "Turnout reached nearly 67.4% of registered voters.")
    assert Decimal("67") <= low < Decimal("67.4") < high <= Decimal("67.5")
    low, high = _span("en", "Nearly 200 people died.")
    assert low <= Decimal(180) and high == Decimal(200)


def test_reach_is_never_wider_than_a_tenth():
    assert reach(Decimal(100), Decimal("0.10")) == Decimal(10)       # 1 digit: a tenth
    assert reach(Decimal(101), Decimal("0.10")) == Decimal(3)        # 3 digits: 3 units
    assert reach(Decimal("10.1"), Decimal("0.01")) == Decimal("0.101")   # capped
    assert significant_digits(Decimal(312000)) == 3
    assert significant_digits(Decimal("0.38")) == 2


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10 ** 12), st.integers(min_value=2, max_value=7))
def test_an_exact_figure_lies_within_about_its_own_rounding(x, digits):
    """An exact figure agrees with "about" itself rounded to two significant digits or more
    (the interval of "about 312,000" holds 311,724)."""
    exact = Decimal(x)
    rounded = round(exact, digits - exact.adjusted() - 1)
    low, high = interval(rounded, 0, "about")
    assert low <= exact <= high


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100, max_value=999), st.integers(min_value=0, max_value=4))
def test_a_swap_of_two_digits_leaves_the_reach(n, shift):
    """Two neighbouring digits of a three-digit approximation swapped move it out of its
    reach whatever its scale (312 -> 321, 312 -> 132)."""
    digits = str(n)
    assume(digits[-1] != "0")        # "about 510" has two significant digits: a tenth
    for k in range(2):
        if digits[k] == digits[k + 1] or (k == 0 and digits[1] == "0"):
            continue
        swapped = digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:]
        approx = Decimal(n).scaleb(shift)
        low, high = interval(approx, shift, "about")
        assert not low <= Decimal(int(swapped)).scaleb(shift) <= high


TOY_EN = ("Brightway Toys is recalling 1.1 million plush rattles worldwide after reports that "
          "the squeaker can come loose. In the United States, about 312,000 rattles were "
          "sold, the company said.")
TOY_ZH = ("明途玩具宣布在全球召回110万个毛绒摇铃，原因是发声器可能脱落。公司表示，美国售出约31.2万个。")
TOY_JA = ("明途トイズは、発音部品が外れるおそれがあるとして、ぬいぐるみのガラガラ110万個を世界で"
          "回収すると発表した。販売数はアメリカでは32万1000個だった。")


def test_an_exact_figure_with_swapped_digits_is_flagged():
    _, findings = check({"en.txt": TOY_EN, "zh.txt": TOY_ZH, "ja.txt": TOY_JA})
    flagged = [f for f in findings if not f.passed and f.severity in ("warning", "error")
               and any(c.text.startswith("32万1000") for c in f.claims)]
    assert flagged and flagged[0].pattern == "swapped digits", findings


def test_an_exact_figure_close_to_a_precise_approximation_is_only_a_note():
    """Two rounded per-show averages of two tours, 5 % apart, that a row met: outside the
    narrow reach of "约5万2100" but no swap of digits links them: a note, not a flag."""
    texts = {"ja.txt": "前回のツアーでは1公演あたりの観客数は約5万2100人だった。",
             "en.txt": "Each show drew 55,000 people, the promoter said."}
    langs = {"ja.txt": "ja", "en.txt": "en"}
    found = row_findings(texts, langs, [("ja.txt", "約5万2100"), ("en.txt", "55,000")])
    assert found and all(f.severity == "info" for f in found), found

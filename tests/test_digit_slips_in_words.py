"""A digit is mistyped or swapped only in a figure written with digits: "Nueve
desaparecidos" against "2 missing" is another figure (an earlier count, another group),
not a key slip, while "200万辆" against "one million" may be one. Sentences written for
this test."""
from __future__ import annotations

from claims_helpers import claim_at

from claimcheck.stories.agreement import slip


def test_a_figure_in_words_is_no_digit_slip():
    good = claim_at("Two people are still missing, rescuers said.", "en", "Two")
    good_digits = claim_at("2 people are still missing, rescuers said.", "en", "2")
    bad = claim_at("Nueve personas siguen desaparecidas.", "es", "Nueve")
    assert slip(good_digits, bad) is None
    assert slip(good, bad) is None
    # the same outlier written in digits is a wrong digit
    bad_digits = claim_at("9 personas siguen desaparecidas.", "es", "9 personas")
    assert slip(good_digits, bad_digits) == "wrong digit"


def test_a_slip_in_digits_against_words_is_still_named():
    good = claim_at("The tunnel will take one million trucks off the road.", "en", "one million")
    bad = claim_at("隧道将使200万辆卡车不再走公路。", "zh", "200万")
    assert slip(good, bad) == "wrong digit"

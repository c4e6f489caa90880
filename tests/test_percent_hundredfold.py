"""A decimal slip moves the decimal mark one place ("4,7 %" for 47%) or a few (a thousands
separator read as a decimal comma); a percentage a hundred times another ("0,4 %" against
"about 40%") is no mark moved but two quantities (a monthly change and a yearly one, a
share and a rate), and is not named a slip. Sentences written for this test."""
from __future__ import annotations

from claims_helpers import claim_at

from claimcheck.stories.agreement import slip


def test_a_percentage_a_hundred_times_another_is_no_decimal_slip():
    good = claim_at("Rents in the city have risen by about 40% since 2019.", "en", "about 40%")
    bad = claim_at("El alquiler subió un 0,4% en noviembre.", "es", "0,4%")
    assert slip(good, bad) is None


def test_a_percentage_ten_times_another_is_still_a_decimal_slip():
    good = claim_at("Rents in the city have risen by 4.2% in a year.", "en", "4.2%")
    bad = claim_at("El alquiler subió un 42% en un año.", "es", "42%")
    assert slip(good, bad) == "decimal slip"


def test_an_amount_a_hundred_times_another_is_still_a_decimal_slip():
    good = claim_at("The fund raised 3.5 million euros.", "en", "3.5 million euros")
    bad = claim_at("El fondo recaudó 350 millones de euros.", "es", "350 millones de euros")
    assert slip(good, bad) == "decimal slip"

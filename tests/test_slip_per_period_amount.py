"""A slip between a daily output and the same output written without "a day" is read in
the figures as written, though both are stored in cubic metres."""
from claimcheck.extraction import extract
from claimcheck.stories.agreement import slip


def _claim(text: str, lang: str):
    (c,) = [c for c in extract(text, lang=lang) if c.kind != "date"]
    return c


def test_swapped_digits_between_a_rate_and_its_amount():
    good = _claim("Output will be cut by 150,000 bpd in Iraq.", "en")
    bad = _claim("Die Förderung im Irak sinkt um 510.000 Barrel.", "de")
    assert good.unit != bad.unit           # m**3/day against m**3
    assert slip(good, bad) == "swapped digits"


def test_wrong_digit_between_a_rate_and_its_amount():
    good = _claim("The group will cut 2,700,000 bpd from May.", "en")
    bad = _claim("Le groupe réduira sa production de 2.800.000 barils dès mai.", "fr")
    assert slip(good, bad) == "wrong digit"


def test_two_different_outputs_have_no_slip():
    good = _claim("The group will cut 150,000 bpd from May.", "en")
    bad = _claim("Le groupe réduira sa production de 870.000 barils dès mai.", "fr")
    assert slip(good, bad) is None

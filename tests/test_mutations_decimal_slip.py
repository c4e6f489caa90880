"""bench/mutations.py plants a decimal slip as a translation writes it: a whole number
with thousands separators becomes ten times larger, grouped the same way ("14'820" ->
"148'200"), never a malformed run ("14'8200"), and the planted text still reads as a
figure ten times the original."""
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from claimcheck.extraction import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import mutations  # noqa: E402


@pytest.mark.parametrize("text, lang, planted", [
    ("14'820 Läuferinnen und Läufer kamen ins Ziel.", "de-CH", "148'200"),
    ("La tempête a fait 2 300 sinistrés.", "fr", "23 000"),
    ("A record crowd of 60,739 watched the final.", "en", "607,390"),
    ("El recorte es de 300.000 barriles diarios.", "es", "3.000.000"),
    # not grouped: the decimal mark moves, or a zero is added, as before
    ("The line is 57.5 km long.", "en", "5.75 km"),
    ("Der Konzern beschäftigt 120 Menschen.", "de", "1200"),
])
def test_a_decimal_slip_keeps_the_grouping(text, lang, planted):
    assert planted in mutations._plant("decimal slip", text, lang)


@given(st.integers(min_value=1000, max_value=99_999_999),
       st.sampled_from([("en", ","), ("fr", "\u202f"), ("de", "."), ("de-CH", "'")]))
def test_the_planted_figure_reads_as_ten_times_the_original(n, style):
    lang, sep = style
    written = f"{n:,}".replace(",", sep)
    planted = mutations._regrouped_times_ten(written, lang)
    (claim,) = extract(f"Il y a {planted} habitants." if lang == "fr" else
                       f"There are {planted} people." if lang == "en" else
                       f"Es gibt {planted} Einwohner.", lang=lang)
    assert claim.value == Decimal(n) * 10

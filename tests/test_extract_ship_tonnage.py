"""Ships' tonnages in millions glued to "m" ("43.18m dwt", "12.5m cgt") are millions of
tonnes, not metres: TradeWinds-style copy was read as lengths of 43.18 m and joined no row
of the Chinese or German versions (4818万载重吨, 48,18 Mio. tdw). Text written for these
tests; figures invented."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck import extract


def _claims(text, lang="en"):
    return {c.text: c for c in extract(text, lang=lang, doc=f"{lang}.txt")}


@pytest.mark.parametrize("text,figure,value", [
    ("Chinese yards delivered 43.18m dwt last year, up 11.2%.", "43.18m", "43180000"),
    ("The orderbook stood at 208.1m dwt at the end of December.", "208.1m", "208100000"),
    ("South Korea won orders for 12.5m cgt in the first half.", "12.5m", "12500000"),
])
def test_m_before_a_tonnage_is_million(text, figure, value):
    c = _claims(text)[figure]
    assert c.unit is None and c.kind in ("count", "number")
    assert c.value == Decimal(value)


def test_m_before_no_tonnage_stays_metres():
    c = _claims("The new dry dock is 480m long and 106m wide.")["480m"]
    assert (c.kind, c.unit, c.value) == ("length", "m", Decimal(480))

"""A plant restarted after thirteen years: "4812日ぶりに" ("for the first time in 4812
days") is a span of days, never a day of the month and never a bare number."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

import claimcheck

DAY = D(86400)


@pytest.mark.parametrize("text,written,days", [
    ("瀬戸電力は上浦原発3号機を2013年3月の定期検査入りから4812日ぶりに再稼働させました。",
     "4812日ぶり", 4812),
    ("運休していた路線は8日ぶりに運転を再開した。", "8日ぶり", 8),
])
def test_days_since_is_a_span_of_days(text, written, days):
    spans = [c for c in claimcheck.extract(text, lang="ja") if c.kind == "duration"]
    assert [(c.text, c.unit, c.value) for c in spans] == [(written, "s", days * DAY)]


def test_a_day_of_the_month_stays_a_date():
    claims = claimcheck.extract("8日午後2時に原子炉を起動した。", lang="ja")
    assert not [c for c in claims if c.kind == "duration"]

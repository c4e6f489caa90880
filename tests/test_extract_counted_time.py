"""Person-days are counts, not durations (devset17 FINDINGS, "The missed disagreements"):
"41.000 giornate sciatore" was read as 41,000 days in seconds and could never meet the Swiss
"410'000 Skitage". A unit of time followed by a person, an activity or its loss (the
language's ``counted_time``), or scaled by millions on a unit of a day or less, is a count
of units of activity, with its number as written and a measure the lexicon names (skier
days, working days lost). Real durations stay durations."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck.extraction import extract


def _one(text: str, lang: str, written: str):
    got = [c for c in extract(text, lang=lang) if c.text.startswith(written)]
    assert got, [c.text for c in extract(text, lang=lang)]
    return got[0]


@pytest.mark.parametrize("lang,text,written,value,measure", [
    ("it", "In Leventina gli impianti hanno contato 38.500 giornate sciatore, il 12% in meno.",
     "38.500", 38500, "skier_days"),
    ("pt", "A estância de Valcorvo vendeu 262 mil dias de esqui na temporada passada.",
     "262 mil", 262000, "skier_days"),
    ("es", "Las huelgas de Ribalta costaron 1,7 millones de jornadas de trabajo perdidas.",
     "1,7 millones", 1700000, None),
    ("en", "Across the region 318,000 working days were lost to walkouts in March.",
     "318,000", 318000, "workdays_lost"),
    ("en", "The stoppages cost 2.6 million working days lost last year, the union said.",
     "2.6 million", 2600000, "workdays_lost"),
    ("pt", "A paralisação custou 1,4 milhão de dias de trabalho perdidos em Ourival.",
     "1,4 milh", 1400000, "workdays_lost"),
    ("it", "La vertenza di Castelbrando ha fatto perdere 96 giornate di lavoro perse in tutto.",
     "96", 96, "workdays_lost"),
    ("fr", "La ligne a exigé 3 200 heures-hommes de maintenance.", "3 200", 3200, None),
])
def test_units_of_activity_are_counts(lang, text, written, value, measure):
    c = _one(text, lang, written)
    assert c.kind in ("count", "number") and c.unit is None     # no duration
    assert c.value == Decimal(value)
    if measure:
        assert c.measure == measure


def test_millions_of_days_are_counted():
    c = _one("Some 4.3 million days are estimated to have been lost since June.", "en", "Some")
    assert c.kind == "count" and c.value == Decimal(4300000)


@pytest.mark.parametrize("lang,text,written,seconds", [
    ("en", "A 24-hour strike followed three days of rain in Marlowe.", "three days", 259200),
    ("en", "Permits are issued within 10 working days of the request.", "10 working days",
     864000),
    ("it", "Lo sciopero di 41 giornate di un solo operaio ha fermato la linea.", "41 giornate",
     3542400),
    ("es", "Tras tres días de lluvia, la estación abrió.", "tres días", 259200),
    ("fr", "Après trois jours de pluie, la station a rouvert.", "trois jours", 259200),
])
def test_real_durations_stay_durations(lang, text, written, seconds):
    c = _one(text, lang, written)
    assert c.kind == "duration" and c.value == Decimal(seconds)

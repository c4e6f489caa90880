"""A duration that names a moment in the past ("two years ago", "hace tres meses", "约两年前")
is no claim, with or without a qualifier before it; a duration that is one ("about two
years to build", "工期约两年") stays. Sentences written for this test."""
from __future__ import annotations

import pytest

import claimcheck

MOMENTS = [
    ("Two years ago, the plant shipped 1.2 million units.", "en"),
    ("About three months ago the price was 120 euros.", "en"),
    ("Hace tres meses, el precio era de 120 euros.", "es"),
    ("Hace unos dos años la planta producía 1,2 millones de unidades.", "es"),
    ("价格约为一年前的两倍，达到120元。", "zh"),
    ("约两年前，该厂年产120万台。", "zh"),
    ("約3年前に比べて120万台多い。", "ja"),
    ("Il y a environ deux ans, l'usine produisait 1,2 million d'unités.", "fr"),
]


@pytest.mark.parametrize("text,lang", MOMENTS)
def test_a_moment_in_the_past_is_no_duration(text, lang):
    claims = claimcheck.extract(text, lang)
    assert claims, text                              # the figure beside it is read
    assert all(c.kind != "duration" for c in claims), [(c.text, c.kind) for c in claims]


@pytest.mark.parametrize("text,lang,seconds", [
    ("The tunnel took about two years to build.", "en", 63115200),
    ("Las obras duraron unos tres meses.", "es", 7889400),
    ("该隧道工期约两年。", "zh", 63115200),
])
def test_a_duration_stays_a_claim(text, lang, seconds):
    (c,) = [c for c in claimcheck.extract(text, lang) if c.kind == "duration"]
    assert c.value == seconds and c.qualifier == "about"


@pytest.mark.parametrize("text,lang,value", [
    ("The wreck dates from about 2,100 years ago.", "en", 2100),
    ("Hallado un barco romano de hace 2.100 años.", "es", 2100),
    ("約2100年前のローマ時代の沈没船が見つかった。", "ja", 2100),
    ("这艘约2100年前的沉船长约28米。", "zh", 2100),
])
def test_an_age_told_as_a_moment_stays_a_claim(text, lang, value):
    ages = [c for c in claimcheck.extract(text, lang) if c.kind == "duration"]
    assert len(ages) == 1 and ages[0].value == value * 31557600, [(c.text, c.value) for c in ages]

"""The cities of a survey are counted as cities in every language (bench/devset5
housing-prices: "70 cities", "70个大中城市", "70都市", "70 grandes villes" were orphans with
no measure; devset3 heatwave: the cities on red alert). Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import extract
from claims_helpers import measure_at as _measure


def test_cities_of_a_price_survey_in_every_language():
    cases = [("en", "Prices fell in 41 of the 70 cities surveyed.", "70"),
             ("fr", "Les prix ont baissé dans 41 grandes villes sur 70.", "41"),
             ("es", "La alerta roja cubre ya 12 ciudades del país.", "12"),
             ("de", "Die Preise sanken in 41 Städten.", "41"),
             ("pt", "A onda de calor atinge 12 cidades do interior.", "12"),
             ("it", "L'allerta rossa riguarda 12 città.", "12"),
             ("zh", "70个大中城市中，新房价格环比下降的城市有41个。", "70"),
             ("ja", "主要70都市のうち41都市で下落した。", "70")]
    for lang, text, number in cases:
        assert _measure(text, lang, number) == "cities", (lang, text)


def test_a_city_count_beside_a_rate_leaves_the_rate_alone():
    claims = extract("31个大城市城镇调查失业率为5.2%。", lang="zh")
    rate = next(c for c in claims if c.kind == "percent")
    count = next(c for c in claims if c.kind != "percent")
    assert count.measure == "cities"
    assert rate.measure == "unemployment"

"""A measure word whose nearest figure is a count it cannot measure: the count names a
place or a group on the way ("inflation in the 19 countries that use the euro eased to
3.1%", "le trajet entre les deux villes passe de quatre heures à 50 minutes"). The word
went to the count, which dropped it, and the figure it measures kept none of its own, or
took the count's noun (the countries) as its measure. It now goes to the nearest figure
of its clause that it can measure. Also the words of the time a trip takes (the drive,
3時間かかっていた). Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import extract

from story_helpers import check


def _frames(text: str, lang: str):
    return [(c.text, c.measure) for c in extract(text, lang=lang) if c.kind != "date"]


def test_inflation_past_the_count_of_countries():
    assert _frames("Inflation in the 19 countries that use the euro eased to 3.1% in May "
                   "from 3.4% in April.", "en") == \
        [("19", "countries"), ("3.1%", "cpi"), ("3.4%", "cpi")]


def test_trip_past_the_count_of_cities():
    assert _frames("Le trajet entre les deux villes passe de quatre heures à 50 minutes.",
                   "fr") == [("deux", "cities"), ("quatre heures", "travel_time"),
                             ("50 minutes", "travel_time")]


def test_a_measure_word_that_fits_its_count_stays_with_it():
    # the count can be the measure's (a count of projects): the word stays there
    assert _frames("Les deux villes ont signé 12 projets pour 3 milliards d'euros.", "fr")[1] \
        == ("12", "project")


def test_the_time_a_trip_takes_in_japanese_and_english():
    assert _frames("これまでフェリーで4時間かかっていた両市の間は50分に短縮される。", "ja") == \
        [("4時間", "travel_time"), ("50分", "travel_time")]
    assert _frames("The drive took four hours by ferry.", "en") == \
        [("four hours", "travel_time")]


def test_versions_of_a_crossing_time_share_a_row():
    rows, _ = check({
        "fr.txt": "Le pont est ouvert\n\nLe trajet entre les deux villes passe de quatre "
                  "heures en ferry à 50 minutes.",
        "ja.txt": "橋が開通\n\nこれまでフェリーで4時間かかっていた両市の間は50分に短縮される。",
        "en.txt": "Bridge opens\n\nThe drive between the two cities, which took four hours "
                  "by ferry, now takes 50 minutes.",
    })
    durations = [r for r in rows if any(c.text in ("quatre heures", "4時間") for c in r.claims)]
    assert len(durations) == 1
    assert {c.doc for c in durations[0].claims} >= {"fr.txt", "ja.txt"}

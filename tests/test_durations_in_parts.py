"""A duration written in parts ("3 hours 40 minutes") is precise to its last part, and its
digits are read as written, so that a slip of one part is seen."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.stories.agreement import judge, slip
from claimcheck.stories.mentions import written_digits


def duration(text: str, lang: str, doc: str = "a.txt"):
    return next(c for c in extract(text, lang=lang, doc=doc) if c.kind == "duration")


@pytest.mark.parametrize("text, lang, seconds", [
    ("The journey will take 3 hours 40 minutes.", "en", 13200),
    ("El viaje durará 3 horas y 40 minutos.", "es", 13200),
    ("Die Fahrt dauert heute 3 Stunden 40 Minuten.", "de", 13200),
    ("目前两地间旅行时间为3小时40分钟。", "zh", 13200),
    ("The journey will take 1 hour 55 minutes.", "en", 6900),
])
def test_a_duration_in_parts_is_precise_to_the_minute(text, lang, seconds):
    c = duration(text, lang)
    assert c.value == seconds
    assert (c.low, c.high) == (Decimal(seconds - 30), Decimal(seconds + 30))


def test_an_hour_apart_disagrees():
    good = [duration("The journey takes 3 hours 40 minutes today.", "en", "en.txt"),
            duration("Die Fahrt dauert heute 3 Stunden 40 Minuten.", "de", "de.txt"),
            duration("目前两地间旅行时间为3小时40分钟。", "zh", "zh.txt")]
    bad = duration("El viaje dura hoy 4 horas y 40 minutos.", "es", "es.txt")
    verdict = judge(good + [bad])
    assert verdict.outliers == (3,)
    assert written_digits(bad, bad.value) == "440"
    assert slip(good[0], bad) == "wrong digit"


def test_minutes_apart_disagree_too():
    # before, "1 hour 55 minutes" stood for 1.5 to 2.5 hours and agreed with "1 hour 40"
    a = duration("The journey will take 1 hour 55 minutes.", "en", "en.txt")
    b = duration("Le trajet durera 1 heure 40 minutes.", "fr", "fr.txt")
    assert not judge([a, b]).agree


@pytest.mark.parametrize("text, lang, seconds", [
    ("The winner finished in 2 hours 4 minutes and 37 seconds.", "en", 7477),
    ("Il a bouclé le parcours en 2 heures 5 minutes et 12 secondes.", "fr", 7512),
    ("Die Siegerin lief 2 Stunden 18 Minuten 9 Sekunden.", "de", 8289),
])
def test_a_duration_in_three_parts_is_one_claim_precise_to_the_second(text, lang, seconds):
    claims = [c for c in extract(text, lang=lang, doc="a.txt") if c.kind == "duration"]
    assert [c.value for c in claims] == [seconds]
    assert (claims[0].low, claims[0].high) == (Decimal(seconds) - Decimal("0.5"),
                                               Decimal(seconds) + Decimal("0.5"))


def test_a_list_of_durations_is_not_one():
    text = "Delays of 2 hours, 30 minutes and 15 minutes were reported at three airports."
    values = [c.value for c in extract(text, lang="en", doc="a.txt") if c.kind == "duration"]
    assert values == [7200, 1800, 900]


@pytest.mark.parametrize("text, lang, seconds", [
    ("She won the women's race in 2 hours, 19 minutes and 44 seconds on Monday.", "en", 8384),
    ("He crossed the line in two hours, four minutes and 37 seconds.", "en", 7477),
    ("Elle s'est imposée en 2 heures, 21 minutes et 5 secondes.", "fr", 8465),
])
def test_a_race_time_with_a_comma_is_one_claim(text, lang, seconds):
    values = [c.value for c in extract(text, lang=lang, doc="a.txt") if c.kind == "duration"]
    assert values == [seconds]


def test_two_parts_after_a_comma_stay_two():
    # nothing smaller follows the minutes: a list as much as a time
    text = "The journey takes 3 hours, 20 minutes longer than by car."
    values = [c.value for c in extract(text, lang="en", doc="a.txt") if c.kind == "duration"]
    assert values == [10800, 1200]

"""A moment of the day is a period: the turnout at noon and the turnout at 6 p.m. are one
measure at two moments of one day. A clock time in digits frames the claims of its own
clause; the lexicon's words for noon frame what follows them in the sentence."""
from __future__ import annotations

import pytest

import claimcheck


def periods(text: str, lang: str) -> dict[str, str]:
    return {c.text: c.period for c in claimcheck.extract(text, lang=lang) if c.kind != "date"}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Turnout reached 38.4% by 3 p.m., against 21.7% at noon.",
     {"38.4%": "T15", "21.7%": "T12"}),
    ("pt", "A participação era de 22,6% às 11h30 e de 47,9% às 17h15.",
     {"22,6%": "T11", "47,9%": "T17"}),
    ("de", "Die Beteiligung lag um 14 Uhr bei 36,2 Prozent.", {"36,2 Prozent": "T14"}),
    ("fr", "La participation s'élevait à 19,8 % à midi.", {"19,8 %": "T12"}),
    ("es", "Al mediodía, la participación era del 24,3 %.", {"24,3 %": "T12"}),
    ("it", "A mezzogiorno l'affluenza era del 17,5%.", {"17,5%": "T12"}),
    ("zh", "截至中午，投票率为27.6%。", {"27.6%": "T12"}),
    ("ja", "投票率は15時時点で33.1%だった。", {"33.1%": "T15"}),
])
def test_a_figure_at_a_moment_of_the_day(lang, text, expected):
    got = periods(text, lang)
    assert {k: got.get(k) for k in expected} == expected


def test_a_clock_time_in_a_clause_of_its_own_frames_nothing_else():
    """The hour an earthquake struck is the event's, not its magnitude's or depth's."""
    got = periods("The quake struck at 3:42 a.m., with a magnitude of 5.8 and a depth of "
                  "12 km.", "en")
    assert got["5.8"] == "" and got["12 km"] == ""


def test_a_moment_does_not_carry_to_the_next_figure():
    got = periods("At 14:00 turnout stood at 41.3%; 2.1 million ballots had been cast.", "en")
    assert got["41.3%"] == "T14"
    assert "T14" not in got["2.1 million"]


def test_an_hour_glued_to_h_is_a_moment_unless_it_is_a_duration():
    assert periods("A adesão chegou a 61% às 15h, segundo o sindicato.", "pt")["61%"] == "T15"
    got = {c.text: c.kind for c in claimcheck.extract("Une grève de 12h est prévue jeudi.", "fr")}
    assert got.get("12h") == "duration"

"""A figure told as the previous edition's of an event ("en los anteriores comicios", "at the
previous election") is an earlier value of unknown year: it never stands for the current
figure of another version, however close their digits, and a change measured from that
event is not dated by it."""
from __future__ import annotations

import pytest

from story_helpers import check, flags

from claimcheck.extraction.engine import extract


def periods(text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {c.text: (c.period, c.role) for c in extract(text, lang) if c.kind != "date"}


@pytest.mark.parametrize("lang, text, earlier, change", [
    ("es", "La participación fue del 64,7 %, 13,3 puntos más que en los anteriores comicios, "
           "cuando se situó en el 51,4 %.", "51,4 %", "13,3 puntos"),
    ("fr", "La participation a atteint 64,7 %, en hausse de 13,3 points par rapport au "
           "précédent scrutin, où elle s'était établie à 51,4 %.", "51,4 %", "13,3 points"),
    ("it", "L'affluenza è salita di 13,3 punti rispetto alle precedenti elezioni, quando si "
           "fermò al 51,4%.", "51,4%", "13,3 punti"),
])
def test_the_previous_event_dates_its_figure_not_the_change(lang, text, earlier, change):
    got = periods(text, lang)
    assert got[earlier][0] == "prev_event"
    assert "prev_event" not in got[change][0]


def test_a_current_figure_reads_no_previous_event():
    got = periods("La participación fue del 64,7 % a las 20.00 horas.", "es")
    assert "prev_event" not in got["64,7 %"][0]


EN = """Turnout hits record in Alveria vote

Turnout rose to 64.7%, the electoral commission said on Sunday. By 4 p.m., 51.9% of the
9.3 million registered voters had already cast a ballot.
"""
ES = """Participación récord en Alveria

La participación fue del 64,7 %, 13,3 puntos más que en los anteriores comicios, cuando se
situó en el 51,4 %. A las 16.00 horas había votado ya el 51,9 % de los 9,3 millones de
electores.
"""


def test_the_previous_elections_turnout_is_no_slip_of_the_afternoon_figure():
    rows, found = check({"en.txt": EN, "es.txt": ES})
    for row in rows:
        written = {c.text for c in row.claims}
        assert not {"51,4 %", "51.9%"} <= written, written
    raised = flags(found)
    assert not any(c.text == "51,4 %" for f in raised for c in f.claims), \
        [f.message for f in raised]

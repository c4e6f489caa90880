"""Clock times written with words ("a las 16.00 horas", "à 17 heures", "alle ore 19") are a
moment of the day: no claim (not 16 hours, not a count of 19), and a period (T16) for the
figures they frame, also when they open the sentence as a clause of their own ("By 4 p.m.,
51.9% had voted"). The words are language data (names.clock_before, clock_after,
clock_prefix)."""
from __future__ import annotations

import pytest

from claimcheck import extract


def read(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.kind, c.period) for c in extract(text, lang) if c.kind != "date"]


@pytest.mark.parametrize("lang, text, figure, period", [
    ("es", "A las 16.00 horas había votado el 51,9 % del censo.", "51,9 %", "T16"),
    ("es", "Hasta las 14:00 horas la participación se situaba en el 40,2 %.", "40,2 %", "T14"),
    ("fr", "À 17 heures, la participation atteignait 51,9 %.", "51,9 %", "T17"),
    ("fr", "Vers 9h, le trafic était perturbé sur 60 % des lignes.", "60 %", "T09"),
    ("it", "Alle ore 19 l'affluenza era del 51,9%.", "51,9%", "T19"),
    ("it", "Alle 19.30 l'affluenza era salita al 55,2%.", "55,2%", "T19"),
    ("pt", "Até às 12 horas, votaram 25,3% dos eleitores inscritos.", "25,3%", "T12"),
    ("pt", "Às 16h00, a afluência era de 51,9%.", "51,9%", "T16"),
    ("en", "By 4 p.m., 51.9% of registered voters had cast a ballot.", "51.9%", "T16"),
])
def test_a_clock_time_is_a_moment_not_a_claim(lang, text, figure, period):
    got = read(text, lang)
    assert got == [(figure, "percent", period)], got


@pytest.mark.parametrize("lang, text, figure", [
    ("es", "La huelga de 16 horas obligó a cancelar 3.000 vuelos.", "16 horas"),
    ("es", "El Gobierno transferirá 900 millones a las 16 comunidades autónomas.", "16"),
    ("fr", "La grève de 24 heures a mobilisé 40 % des agents.", "24 heures"),
    ("it", "Alle 19 regioni andranno 2 miliardi di euro.", "19"),
])
def test_a_duration_or_a_count_stays_a_claim(lang, text, figure):
    assert figure in [t for t, _, _ in read(text, lang)]


def test_an_hour_inside_a_clause_with_a_verb_does_not_date_what_follows():
    got = read("The quake struck at 4:17 a.m., killing 12 people and injuring 300.", "en")
    assert all(period == "" for _, _, period in got), got


def test_two_moments_of_one_day():
    got = read("At noon, turnout was 25.3%, and by 4 p.m. it had reached 51.9%.", "en")
    assert [p for _, _, p in got] == ["T12", "T16"]


def test_clock_hours_reads_any_text_first_called_without_a_scan():
    """The masks cache starts empty: asking for the clock hours of a text never scanned
    (the empty text included) scans it instead of failing on the empty cache."""
    from claimcheck.extraction import masks
    assert masks.clock_hours("") == []
    text = "Le scrutin ferme à 20h00 ; à 17 heures, 40 % avaient voté."
    assert [hour for _, _, hour in masks.clock_hours(text)] == [20]


@pytest.mark.parametrize("lang, sentence", [
    ("es", "A las {h}.00 horas la participación era del {p},5 %."),
    ("en", "At {h}:00, turnout stood at {p}.5%."),
])
def test_each_sentence_takes_its_own_clock_time(lang, sentence):
    """A long report of hourly turnouts: every figure takes the hour of its own sentence
    (the clock times of a document are looked up per sentence by position)."""
    text = " ".join(sentence.format(h=h, p=h + 20) for h in range(8, 21))
    got = [(c.text, c.period) for c in extract(text, lang) if c.kind == "percent"]
    assert [p for _, p in got] == [f"T{h:02d}" for h in range(8, 21)], got

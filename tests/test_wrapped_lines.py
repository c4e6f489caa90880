"""Plain-text press releases and wire copy are often wrapped at a fixed width: a line break
inside a sentence does not end it (the figure on the next line keeps its sentence's
measure), while headlines, table rows and list items keep their own lines."""
from __future__ import annotations

from claimcheck import extract

WRAPPED = """Unemployment falls in Valdoria

El paro registrado bajó en 23.500 personas en octubre, hasta un total de
2,41 millones, y la tasa de paro se situó en el 11,2 %, la más baja desde
2008, según los datos publicados el martes por el instituto de estadística."""


def by_text(text: str, lang: str):
    return {c.text: c for c in extract(text, lang) if c.kind != "date"}


def test_a_wrapped_sentence_is_one_sentence():
    text = ("La participación fue del 64,7 %, 13,3 puntos más que en los anteriores comicios,"
            " cuando se\nsituó en el 51,4 %.")
    got = by_text(text, "es")
    assert got["51,4 %"].sentence_start == got["64,7 %"].sentence_start == 0
    assert got["51,4 %"].measure == "turnout"


def test_a_line_that_goes_on_in_lower_case_continues_the_sentence():
    got = by_text("Consumer prices rose 2.9% in the year to March, and\ncore inflation was 3.1%.",
                  "en")
    assert got["2.9%"].sentence_start == got["3.1%"].sentence_start


def test_headline_and_body_stay_apart():
    got = by_text(WRAPPED, "es")
    first = WRAPPED.index("El paro")
    assert {c.sentence_start for c in got.values()} == {first}
    assert got["2,41 millones"].sentence.startswith("El paro registrado")


def test_table_rows_keep_their_lines():
    table = "Revenue  1,234  1,118\nNet profit  456  402\n2025 outlook  1,300"
    starts = {c.text: c.sentence_start for c in extract(table, "en")}
    assert starts["1,234"] != starts["456"] != starts["1,300"]


def test_a_list_keeps_its_items_apart():
    items = "Key figures:\n- revenue of $1.2 billion\n- 4,100 employees"
    starts = {c.text: c.sentence_start for c in extract(items, "en")}
    assert starts["$1.2 billion"] != starts["4,100"]

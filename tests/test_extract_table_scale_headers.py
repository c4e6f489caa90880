"""A table's header that gives only a scale ("(em mil)", "(in thousands)", 单位：万标箱) or
a percentage ("in Prozent") applies to the cells below it, and only there; a capitalised
row label before a cell ("davon Cargo 340") is the cell's label, not a name's number; 'm'
glued to a figure before a counted noun with no plural 's' ("38.64m teu") is million."""
from __future__ import annotations

from decimal import Decimal as D

from claimcheck.extraction.engine import extract


def claims(text: str, lang: str):
    return list(extract(text, doc=f"{lang}.txt", lang=lang))


def by_text(text: str, lang: str) -> dict:
    return {c.text: c for c in claims(text, lang)}


FOLHA = """A campanha terminou no domingo com 5,82 milhões de doses aplicadas.

Doses aplicadas por grupo (em mil)
Idosos 2.310
Crianças 970
Gestantes 138
Total 5.820

Até agora, o estado registrou 3.412 internações e 212 óbitos.
"""


def test_pt_scale_alone_in_a_header_makes_thousands_of_the_cells():
    got = by_text(FOLHA, "pt")
    assert got["2.310"].value == D(2310000) and got["2.310"].kind == "count"
    assert got["970"].value == D(970000)
    assert got["5.820"].value == D(5820000)
    # the paragraph after the table is no cell of it
    assert got["3.412"].value == D(3412)
    assert got["212"].value == D(212)


def test_en_in_thousands_header():
    text = ("Passengers by airport (in thousands)\n"
            "Heathrow 6,512\n"
            "Gatwick 3,804\n\n"
            "The airline flew 214 routes.\n")
    got = by_text(text, "en")
    assert got["6,512"].value == D(6512000)
    assert got["3,804"].value == D(3804000)
    assert got["214"].value == D(214)


def test_a_bracketed_scale_without_a_label_declares_nothing():
    text = ("Analysts expect sales to grow (millions) of units\n"
            "Region 12\n")
    got = by_text(text, "en")
    assert all(c.value != D(12000000) for c in got.values())


def test_zh_header_after_a_label_with_a_scale_and_a_counted_noun():
    text = ("10月单月，全港完成42.10万标箱。各码头10月集装箱吞吐量如下（单位：万标箱）：\n\n"
            "码头\t10月\t同比\n"
            "1号码头\t8.62\t+2.1%\n"
            "4号码头\t18.73\t+13.5%\n"
            "合计\t42.10\t+6.8%\n")
    got = by_text(text, "zh")
    assert got["18.73"].value == D(187300)
    assert got["8.62"].value == D(86200)
    # the change column keeps its percentages
    assert all(c.kind == "percent" and c.value < 20 for t, c in got.items() if "%" in t)


def test_de_header_in_prozent_makes_the_cells_percentages():
    text = ("Projektionen der Notenbank (in Prozent)\n"
            "Inflation 2026: 2,8\n"
            "Inflation 2027: 2,3\n"
            "BIP 2027: 1,7\n\n"
            "Die Arbeitslosenquote liegt bei 5,2 Prozent.\n")
    got = by_text(text, "de")
    for cell in ("2,8", "2,3", "1,7"):
        assert got[cell].kind == "percent" and got[cell].unit == "percent"
    assert got["2026"].kind == "date"


def test_de_capitalised_row_labels_are_cells_not_names():
    text = ("Alpenair-Kennzahlen drittes Quartal (in Mio. Euro)\n"
            "Umsatz 2.840 (Vorjahr 2.630)\n"
            "davon Passage 2.210\n"
            "davon Cargo 340\n"
            "Bereinigtes Ebit 412 (Vorjahr 368)\n")
    got = by_text(text, "de")
    assert got["340"].value == D(340000000) and got["340"].unit == "EUR"
    assert got["412"].value == D(412000000)
    assert got["368"].value == D(368000000)


def test_a_capitalised_name_s_number_outside_a_table_stays_a_name():
    got = by_text("Der Flug mit dem Airbus 340 landete sicher in Wien.", "de")
    assert "340" not in got


def test_en_m_before_a_counted_noun_without_plural_s_is_million():
    text = ("The port handled 38.64m teu in the first ten months, against 3.673m TEU a "
            "year earlier. About 3.5m people live in the region.")
    got = by_text(text, "en")
    assert got["38.64m"].value == D(38640000) and not got["38.64m"].unit
    assert got["3.673m"].value == D(3673000)
    assert [c.value for c in got.values() if "3.5m" in c.text] == [D(3500000)]


def test_en_m_is_still_metres_before_an_adjective_or_after_an_article():
    got = by_text("The 2.1m wall fell on a 1.8m tall man near the 400m track.", "en")
    assert got["2.1m"].unit == "m"
    assert got["1.8m"].unit == "m"
    got = by_text("Waves of 4.5m NNE of the cape hit the coast.", "en")
    assert got["4.5m"].unit == "m"



ACCOUNTS_EN = """Third-quarter figures (in millions of euros)
Revenue 2,840 (prior year 2,630)
of which Cargo 340
Adjusted EBIT 412 (prior year: 368)
"""


def test_en_header_with_of_between_the_scale_and_the_currency():
    got = by_text(ACCOUNTS_EN, "en")
    assert got["2,840"].value == D(2840000000) and got["2,840"].unit == "EUR"
    assert got["340"].value == D(340000000)
    assert got["368"].value == D(368000000) and got["368"].period == "prev"


def test_header_scale_words_that_are_vague_in_a_sentence():
    rows = "Lisboa 6512\nPorto 3804\n"
    for lang, head in (("pt", "em milhares"), ("es", "en miles de personas"),
                       ("fr", "en milliers de passagers"), ("it", "in migliaia"),
                       ("en", "in thousands of passengers")):
        got = by_text(f"Passageiros ({head})\n{rows}", lang)
        assert got["6512"].value == D(6512000), (lang, head)
    # in a sentence "milhares" stays vague: no exact thousands of a cell
    got = claims("Milhares de pessoas protestaram; 214 foram detidas.", "pt")
    assert [c.value for c in got if c.text == "214"] == [D(214)]


def test_ja_header_with_a_scale_and_a_counter():
    got = by_text("空港別の旅客数（単位：千人）\n羽田 6512\n成田 3804\n", "ja")
    assert got["6512"].value == D(6512000) and got["6512"].kind == "count"

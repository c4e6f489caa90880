"""An amount and its conversion in brackets ("an 8.4 billion euro ($9.1 billion) project")
are one quantity: the conversion joins the row of the amount it converts, and is never
compared with it (stories/conversions.py)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.agreement import judge
from claimcheck.stories.align import align_story

STORY = {
    "en.txt": "Iberian and Brazilian firms sign offshore wind deal\n\nLISBON, May 6 (Wire) - "
              "Three utilities signed an agreement on Tuesday for a {en} euro ($9.1 billion) "
              "offshore wind project off the coast of Ceará. The wind farm will have 2.4 "
              "gigawatts of capacity.\n",
    "pt.txt": "Acordo prevê parque eólico no mar do Ceará\n\nLisboa - Três empresas assinaram "
              "nesta terça-feira um acordo para um parque eólico marítimo com investimento de "
              "R$ 52,1 bilhões (8,4 bilhões de euros) no litoral do Ceará. O parque terá "
              "2,4 gigawatts de capacidade.\n",
    "fr.txt": "Accord pour un parc éolien en mer au large du Ceará\n\nLisbonne, 6 mai - Trois "
              "énergéticiens ont signé mardi un accord pour un parc éolien en mer de 8,4 "
              "milliards d'euros au large du Ceará. Le parc aura une capacité de 2,4 "
              "gigawatts.\n",
    "de.txt": "Offshore-Windpark vor Ceará vereinbart\n\nLissabon - Drei Versorger haben am "
              "Dienstag einen Vertrag über einen Offshore-Windpark für 8,4 Milliarden Euro vor "
              "der Küste von Ceará unterzeichnet. Der Park soll 2,4 Gigawatt leisten.\n",
}


def rows(en: str = "8.4 billion"):
    texts = {d: t.format(en=en) if d == "en.txt" else t for d, t in STORY.items()}
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def row_with(found, doc: str, text: str):
    return next((a for a in found
                 if any(c.doc == doc and c.text == text for c in a.claims)), None)


def test_conversions_join_the_row_of_the_amount_they_convert():
    found = rows()
    row = row_with(found, "fr.txt", "8,4 milliards d'euros")
    texts = {(c.doc, c.text) for c in row.claims}
    assert ("en.txt", "$9.1 billion") in texts
    assert ("pt.txt", "R$ 52,1 bilhões") in texts and ("pt.txt", "8,4 bilhões de euros") in texts
    assert "an amount and its conversion in brackets" in row.reason
    verdict = judge(list(row.claims))
    assert verdict.agree
    # the dollars and the reais are shown with the quantity, not compared with the euros
    assert {c.unit for c, g in zip(row.claims, verdict.groups) if g == -1} == {"USD", "BRL"}


def test_an_amount_is_never_compared_with_its_own_conversion():
    found = rows(en="9.4 billion")
    row = row_with(found, "en.txt", "$9.1 billion")
    assert row is not None and ("en.txt", "9.4 billion euro") in {
        (c.doc, c.text) for c in row.claims}
    verdict = judge(list(row.claims))
    assert not any(row.claims[i].unit == "USD" for i in verdict.outliers)
    assert [g for c, g in zip(row.claims, verdict.groups) if c.unit == "USD"] == [-1]


def test_a_bracket_in_the_same_currency_is_no_conversion():
    from claimcheck.stories.conversions import _is_conversion
    from claimcheck.stories.mentions import mentions_of

    text = ("The group spent 8.4 billion euros (7.9 billion euros a year earlier) on new "
            "plants and 2.1 billion euros (about $2.3 billion) on grids.")
    ms = mentions_of("en.txt", tuple(extract(text, doc="en.txt")), text)
    pairs = [(a.claim.text, b.claim.text) for a, b in zip(ms, ms[1:]) if _is_conversion(a, b)]
    assert pairs == [("2.1 billion euros", "about $2.3 billion")]


# Two versions convert the same dollar amount into euros: their conversions group with each
# other first, and that row of conversions joins the amount's row with both of them.
SALE = {
    "en.txt": "Lindqvist portrait sells in London\n\nLONDON (Wire) - A 1921 portrait by Ada "
              "Lindqvist sold for $51.8 million at Marlowe's on Wednesday, fees included.\n",
    "fr.txt": "Un portrait de Lindqvist adjugé à Londres\n\nUn portrait de 1921 d'Ada Lindqvist "
              "a été vendu mercredi {fr} millions de dollars (44,6 millions d'euros) chez "
              "Marlowe's, frais compris.\n",
    "de.txt": "Lindqvist-Porträt in London versteigert\n\nEin Porträt von Ada Lindqvist aus dem "
              "Jahr 1921 ist am Mittwoch bei Marlowe's für 51,8 Millionen Dollar (rund 44,6 "
              "Millionen Euro) einschließlich Aufgeld versteigert worden.\n",
}


def sale_rows(fr: str = "51,8"):
    texts = {d: t.format(fr=fr) if d == "fr.txt" else t for d, t in SALE.items()}
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def test_every_versions_conversion_joins_the_amounts_row():
    row = row_with(sale_rows(), "en.txt", "$51.8 million")
    texts = {(c.doc, c.text) for c in row.claims}
    assert {("fr.txt", "44,6 millions d'euros"), ("de.txt", "rund 44,6 Millionen Euro"),
            ("fr.txt", "51,8 millions de dollars"), ("de.txt", "51,8 Millionen Dollar")} <= texts


def test_a_slip_in_the_amount_is_judged_beside_the_conversions():
    found = sale_rows(fr="5,18")
    row = row_with(found, "en.txt", "$51.8 million")
    assert any(c.text == "5,18 millions de dollars" for c in row.claims)
    verdict = judge(list(row.claims))
    assert [row.claims[i].text for i in verdict.outliers] == ["5,18 millions de dollars"]

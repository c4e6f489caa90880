"""Rain told as a volume per square metre is a depth: a litre on a square metre stands a
millimetre high. Spanish, German, Italian and French weather reports write "312 litros por
metro cuadrado", "120 Liter pro Quadratmeter", "l/m²" where English and Brazilian ones
write "312 mm" or "312 milímetros". The claim stays what the text says (a rate, in SI
m³/m², 0.312 for 312 litres a square metre); alignment reads its dimension as a length
(0.312 m), so the versions' figures are one quantity and a slip of one is compared. A
price per square metre stays a rate of its currency."""
from __future__ import annotations

from decimal import Decimal

from claimcheck.extraction.engine import extract
from claimcheck.stories.mentions import mentions_of

from story_helpers import check, flags

ES = ("Temporal en la sierra de Río\n\nCayeron 312 litros por metro cuadrado en 24 horas, "
      "más que la media de todo noviembre, según el instituto de meteorología.")
EN = ("Storm in Rio's mountains\n\nSome 312 mm of rain fell in 24 hours, more than the "
      "whole November average, the weather institute said.")
PT = ("Temporal na serra do Rio\n\nChoveu 312 milímetros em 24 horas, mais do que a média "
      "de todo o mês de novembro, segundo o instituto de meteorologia.")
IT = ("Maltempo nella regione di Rio\n\nSono caduti 3.120 millimetri di pioggia in 24 ore, "
      "più della media dell'intero mese di novembre.")
DE = ("Unwetter im Tessin\n\nIn Locarno fielen 312 Liter pro Quadratmeter in 24 Stunden, "
      "mehr als im ganzen November üblich.")


def _dims(text, lang):
    claims = tuple(extract(text, lang=lang, doc=lang))
    return {m.claim.text: (m.dim, m.claim.value) for m in mentions_of(lang, claims, text)}


def test_litres_per_square_metre_have_the_dimension_of_millimetres():
    es, en = _dims(ES, "es"), _dims(EN, "en")
    assert es["312 litros por metro cuadrado"] == ("length", Decimal("0.312"))
    assert next(v for k, v in en.items() if k.endswith("312 mm")) == ("length",
                                                                      Decimal("0.312"))
    assert _dims(DE, "de")["312 Liter pro Quadratmeter"][0] == "length"
    rent = _dims("Die Miete beträgt 14 Euro pro Quadratmeter.", "de")
    assert rent["14 Euro pro Quadratmeter"][0].startswith("rate:EUR/")


def test_rain_in_litres_and_in_millimetres_is_one_row_and_a_slip_is_flagged():
    rows, findings = check({"es.txt": ES, "en.txt": EN, "pt.txt": PT, "it.txt": IT})
    row = next(r for r in rows if any(c.doc == "es.txt" and c.text.startswith("312")
                                      for c in r.claims))
    assert {c.doc for c in row.claims} >= {"es.txt", "en.txt", "pt.txt"}
    assert any("3.120" in f.message for f in flags(findings)), [f.message for f in flags(findings)]

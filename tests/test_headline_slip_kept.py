"""A title line restates its body: when one of the two statements slipped (the title's
"3,84 millones" over the body's "38,4 millones", or the body's "542 Euro je 1.000 Liter"
under the title's "45,2 Cent je Liter"), the slipped statement stays in the row of the
quantity its twin holds, so the version's disagreement is flagged rather than left in a
row of its own. A title figure a power of ten off a body figure of another measure ("will
cost €2.3 billion" over "€2.3 million of research funding") is another quantity."""
from __future__ import annotations

from story_helpers import check, flags, mention

from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.clustering import twice_ok
from claimcheck.stories.identity import evidence


def _row_of(rows, doc: str, text: str):
    return next((a for a in rows if any(c.doc == doc and c.text == text for c in a.claims)),
                None)


PARCELS_ES = """La portuguesa Lusopost reparte {head} de paquetes en Navidad

La empresa postal portuguesa Lusopost entregó 38,4 millones de paquetes entre el 15 de
noviembre y el 31 de diciembre, un 11,6% más que un año antes. El negocio de paquetería
ingresó 212 millones de euros en el periodo, un 9,3% más.
"""
PARCELS_PT = """Lusopost entrega mais de 38 milhões de encomendas no Natal

A Lusopost entregou 38,4 milhões de encomendas entre 15 de novembro e 31 de dezembro,
mais 11,6% do que no mesmo período do ano anterior. As receitas da área de encomendas
somaram 212 milhões de euros, mais 9,3%.
"""
PARCELS_PT2 = """Lusopost bate recorde com 38,4 milhões de encomendas

Passaram pela rede do operador postal 38,4 milhões de encomendas na época natalícia, um
crescimento de 11,6%. O negócio de encomendas faturou 212 milhões de euros.
"""


def test_a_slipped_title_figure_stays_with_its_body():
    texts = {"es.txt": PARCELS_ES.format(head="3,84 millones"), "pt.txt": PARCELS_PT,
             "pt2.txt": PARCELS_PT2}
    rows, found = check(texts)
    row = _row_of(rows, "es.txt", "3,84 millones")
    assert row is not None
    assert any(c.doc == "es.txt" and c.text == "38,4 millones" for c in row.claims)
    assert any(c.doc == "pt.txt" and c.text == "38,4 milhões" for c in row.claims)
    assert any(any(c.text == "3,84 millones" for c in f.claims) for f in flags(found))


def test_the_faithful_title_agrees():
    texts = {"es.txt": PARCELS_ES.format(head="38,4 millones"), "pt.txt": PARCELS_PT,
             "pt2.txt": PARCELS_PT2}
    rows, found = check(texts)
    row = _row_of(rows, "es.txt", "38,4 millones")
    assert sum(c.doc == "es.txt" for c in row.claims) == 2
    assert not any(any(c.doc == "es.txt" for c in f.claims) for f in flags(found))


MILK_DE = """Molkerei zahlt Bauern 45,2 Cent je Liter

Die Molkerei Bocage Lait zahlt ihren Lieferanten im zweiten Quartal {body}, teilte
das Unternehmen mit. Die Bauern hatten mehr gefordert.
"""
MILK_FR = """Bocage Lait paiera 452 € les 1 000 litres

La laiterie Bocage Lait versera à ses producteurs 452 € les 1 000 litres au deuxième
trimestre, a annoncé l'entreprise. Les éleveurs réclamaient davantage.
"""
MILK_FR2 = """Prix du lait : accord chez Bocage Lait

Les producteurs de Bocage Lait toucheront 452 €/1 000 l au deuxième trimestre, selon
l'accord signé mardi.
"""


def test_a_slipped_body_figure_stays_with_its_title():
    texts = {"de.txt": MILK_DE.format(body="542 Euro je 1.000 Liter"), "fr.txt": MILK_FR,
             "fr2.txt": MILK_FR2}
    rows, found = check(texts)
    row = _row_of(rows, "de.txt", "542 Euro je 1.000 Liter")
    assert row is not None
    assert any(c.doc == "de.txt" and c.text == "45,2 Cent je Liter" for c in row.claims)
    assert any(any(c.text == "542 Euro je 1.000 Liter" for c in f.claims)
               for f in flags(found))


COST_EN = """Floating wind farm off Viana to cost €2.3 billion

LISBON -- Tidewater Renewables said its floating wind farm off Viana do Castelo will be
built with the Japanese trading house Hoshino. Hoshino will contribute 31.48 billion yen,
and the EU will provide €2.3 million of research funding.
"""


def test_a_title_a_power_of_ten_off_another_measure_is_another_quantity():
    lex = default_lexicon()
    a = mention("en.txt", "en", COST_EN, "€2.3 billion")
    b = mention("en.txt", "en", COST_EN, "€2.3 million")
    assert a.titled and a.unrestated
    assert not twice_ok(a, b, evidence(a, b, lex), lex)


def test_a_title_its_body_writes_again_is_restated():
    faithful = mention("es.txt", "es", PARCELS_ES.format(head="38,4 millones"),
                       "38,4 millones")
    slipped = mention("es.txt", "es", PARCELS_ES.format(head="3,84 millones"),
                      "3,84 millones")
    assert faithful.titled and not faithful.unrestated
    assert slipped.titled and slipped.unrestated

"""A lone slipped figure placed by the sentence it stands in (stories/parallel.py): the
figures beside it did not slip, so the other versions' same sentence says which of their
figures it tells, in whatever order the language puts the two ends of a change."""
from __future__ import annotations

from story_helpers import check, flags

import pytest

from claimcheck.stories import align as align_module
from claimcheck.stories import identity as identity_module
from claimcheck.stories.parallel import PLACED_BY_SENTENCE


@pytest.fixture
def no_change_ends(monkeypatch):
    """The slips below sit at one end of a change whose other end agrees, which the
    aligner now reads as frame evidence of its own (stories/change_ends.py); without it,
    the sentence pass alone must place them."""
    monkeypatch.setattr(identity_module, "ends_agree", lambda a, b: "")

WATER_EN = """Aguas del Valle wins a 30-year water concession

The city of Montalbo awarded Aguas del Valle a 30-year concession on Tuesday. Under the
contract 240 kilometres of mains will be replaced and losses cut to 32% by 2029 from 38%. Tariffs will rise by 4.5% in January.
"""
WATER_ES = """Aguas del Valle gana una concesión de agua por 30 años

El ayuntamiento de Montalbo adjudicó el martes a Aguas del Valle una concesión de 30 años.
El contrato prevé sustituir 240 kilómetros de tuberías y bajar las pérdidas del {figure} al
32% en 2029. Las tarifas subirán un 4,5% en enero.
"""
WATER_MX = """Aguas del Valle obtiene la concesión del agua en Montalbo

El cabildo de Montalbo otorgó este martes a Aguas del Valle una concesión por 30 años. El
contrato incluye cambiar 240 kilómetros de red y bajar las pérdidas de 38% a 32% en 2029. La tarifa subirá 4.5% en enero.
"""
WATER_FR = """Aguas del Valle remporte une concession de l'eau de 30 ans

La ville de Montalbo a attribué mardi à Aguas del Valle une concession de 30 ans.
Le contrat prévoit de remplacer 240 kilomètres de conduites et de ramener les pertes de
38 % à 32 % d'ici 2029. Les tarifs augmenteront de 4,5 % en janvier.
"""


def _water(figure: str, fr: bool = True, extra: str = ""):
    texts = {"en.txt": WATER_EN, "es.txt": WATER_ES.format(figure=figure) + extra,
             "mx.txt": WATER_MX}
    if fr:
        texts["fr.txt"] = WATER_FR
    return check(texts)


def _row_of(rows, doc: str, text: str):
    return next((a for a in rows if any(c.doc == doc and c.text == text for c in a.claims)),
                None)


def test_a_figure_no_slip_explains_joins_its_row_by_its_sentence():
    # "320 kilómetros" for 240: no typical slip of the figure and no measure read; the
    # percentages beside it place it in the row the other three versions share
    es = WATER_ES.format(figure="38%").replace("240 kilómetros", "320 kilómetros")
    rows, found = check({"en.txt": WATER_EN, "es.txt": es, "mx.txt": WATER_MX,
                         "fr.txt": WATER_FR})
    row = _row_of(rows, "es.txt", "320 kilómetros")
    assert row is not None and PLACED_BY_SENTENCE in row.reason
    assert {c.doc for c in row.claims} == {"en.txt", "es.txt", "mx.txt", "fr.txt"}
    flag = next(f for f in flags(found) if any(c.text == "320 kilómetros" for c in f.claims))
    assert flag.severity == "warning"        # placed by its sentence: never an error
    assert "es: 320 kilómetros" in flag.message


def test_three_lone_counterparts_become_one_row(no_change_ends):
    # "del 48% al 32%" for 38%: with three versions the faithful 38% is told by two only,
    # so no row holds it; the three mentions are each other's only counterpart in the same
    # sentence, though English tells the two ends of the change in the other order
    rows, found = _water("48%", fr=False)
    row = _row_of(rows, "es.txt", "48%")
    assert row is not None and PLACED_BY_SENTENCE in row.reason
    assert {(c.doc, c.text) for c in row.claims} == {
        ("en.txt", "38%"), ("es.txt", "48%"), ("mx.txt", "38%")}
    assert any(any(c.text == "48%" for c in f.claims) for f in flags(found))


def test_without_the_pass_the_slip_is_compared_with_nothing(monkeypatch, no_change_ends):
    monkeypatch.setattr(align_module, "place_by_sentence", lambda rows, lexicon: rows)
    rows, found = _water("48%", fr=False)
    row = _row_of(rows, "es.txt", "48%")
    assert row is None or len(row.claims) == 1
    assert not any(c.text == "48%" for f in flags(found) for c in f.claims)


def test_the_other_end_of_the_change_places_the_slip_without_the_pass(monkeypatch):
    # "del 48% al 32%": 32% agrees in the three versions, so the slipped old end is placed
    # by its change, with the faithful 38%s, even with the sentence pass off
    monkeypatch.setattr(align_module, "place_by_sentence", lambda rows, lexicon: rows)
    rows, found = _water("48%", fr=False)
    row = _row_of(rows, "es.txt", "48%")
    assert row is not None and "the other end of its change agrees" in row.reason
    assert {(c.doc, c.text) for c in row.claims} == {
        ("en.txt", "38%"), ("es.txt", "48%"), ("mx.txt", "38%")}
    assert any(any(c.text == "48%" for c in f.claims) for f in flags(found))


def test_the_faithful_figure_agrees_and_nothing_is_flagged():
    rows, found = _water("38%", fr=False)
    assert not any(c.text == "38%" for f in flags(found) for c in f.claims)


def test_a_sentence_that_tells_one_more_percentage_places_nothing():
    # Spanish adds a figure the others leave out: which of its two percentages is the
    # others' 38 % is guesswork, and neither is placed by the sentence
    extra = "48% (frente al 41% de la media nacional)"
    rows, _ = _water(extra, fr=False)
    row = _row_of(rows, "es.txt", "48%")
    assert row is None or PLACED_BY_SENTENCE not in row.reason

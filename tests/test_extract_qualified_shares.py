"""A qualifier before a share with its article keeps its bound: French "plus de la
moitié", "près de la moitié", "environ la moitié", "plus des trois quarts" and Italian "più
della metà", "meno della metà" had been read as an exact half (or three quarters), the
qualifier lost. Text written for these tests; figures invented."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claimcheck import extract


@pytest.mark.parametrize("text,lang,figure,value,qualifier", [
    ("Plus de la moitié des élèves de terminale ont obtenu une mention.", "fr",
     "Plus de la moitié", "0.5", "over"),
    ("Près de la moitié des communes du département sont en alerte sécheresse.", "fr",
     "Près de la moitié", "0.5", "under"),
    ("Moins de la moitié des sondés approuvent la réforme.", "fr",
     "Moins de la moitié", "0.5", "under"),
    ("Environ la moitié des lits de réanimation sont occupés.", "fr",
     "Environ la moitié", "0.5", "about"),
    ("Près des trois quarts des surfaces brûlées sont des forêts.", "fr",
     "Près des trois quarts", "0.75", "under"),
    ("Più della metà dei comuni della provincia è in zona rossa.", "it",
     "Più della metà", "0.5", "over"),
    ("Meno della metà dei posti letto è ancora disponibile.", "it",
     "Meno della metà", "0.5", "under"),
])
def test_a_qualified_share_keeps_its_bound(text, lang, figure, value, qualifier):
    found = [c for c in extract(text, lang=lang, doc=f"{lang}.txt")
             if c.value == Decimal(value)]
    assert [(c.text, c.qualifier) for c in found] == [(figure, qualifier)]


@pytest.mark.parametrize("text,lang,figure,qualifier", [
    ("Le chômage recule à 7,3 %, avec plus de 2 000 postes créés.", "fr", "plus de 2 000", "over"),
    ("Più del 40% dei voti è andato alla coalizione.", "it", "Più del 40%", "over"),
])
def test_a_qualified_figure_is_read_as_before(text, lang, figure, qualifier):
    found = {c.text: c.qualifier for c in extract(text, lang=lang, doc=f"{lang}.txt")}
    assert found.get(figure) == qualifier

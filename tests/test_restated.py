"""Versions that state one figure with one qualifier but a slip apart: "about 4,500"
against "rund 4.050" overlap as intervals, yet one of them is mistranslated."""
from __future__ import annotations

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.stories.agreement import judge


def claim(text: str, lang: str, doc: str, figure: str):
    found = [c for c in extract(text, lang=lang, doc=doc) if c.text.startswith(figure)
             or figure in c.text]
    assert found, f"{figure!r} not read in {text!r}"
    return found[0]


WORKERS = [
    ("About 4,500 people will work on the site.", "en", "en.txt", "About 4,500"),
    ("Environ 4 500 personnes travailleront sur le chantier.", "fr", "fr.txt", "Environ 4 500"),
    ("Unas 4.500 personas trabajarán en la obra.", "es", "es.txt", "Unas 4.500"),
]


@pytest.mark.parametrize("slipped, why", [
    ("Rund 4.050 Menschen werden auf der Baustelle arbeiten.", "swapped"),
    ("Rund 5.500 Menschen werden auf der Baustelle arbeiten.", "wrong digit"),
    ("Rund 4.600 Menschen werden auf der Baustelle arbeiten.", "another digit, same place"),
])
def test_an_approximation_a_slip_apart_is_an_outlier(slipped, why):
    claims = [claim(*w) for w in WORKERS] + [claim(slipped, "de", "de.txt", "Rund")]
    verdict = judge(claims)
    assert verdict.outliers == (3,), why
    assert set(verdict.groups[:3]) == {0}


def test_bounds_stated_alike_a_digit_apart_disagree():
    claims = [claim("More than 1,000 workers were hired.", "en", "en.txt", "More than 1,000"),
              claim("Plus de 1 000 ouvriers ont été embauchés.", "fr", "fr.txt", "Plus de 1 000"),
              claim("Más de 2.000 trabajadores fueron contratados.", "es", "es.txt", "Más de 2.000")]
    assert judge(claims).outliers == (2,)


def test_a_range_with_one_end_slipped_disagrees():
    claims = [claim("Capex will be between $850 million and $1.1 billion.", "en", "en.txt",
                    "between"),
              claim("Les investissements seront compris entre 850 millions et 1,1 milliard de dollars.",
                    "fr", "fr.txt", "entre"),
              claim("Die Investitionen liegen zwischen 950 Millionen und 1,1 Milliarden Dollar.",
                    "de", "de.txt", "zwischen")]
    assert all(c.qualifier == "range" for c in claims)
    assert judge(claims).outliers == (2,)


@pytest.mark.parametrize("other", [
    ("Rund 4.500 Menschen werden auf der Baustelle arbeiten.", "de", "de.txt", "Rund"),
    # another qualifier of the same figure
    ("Knapp 4.500 Menschen werden auf der Baustelle arbeiten.", "de", "de.txt", "Knapp"),
    # an exact figure inside the approximation agrees
    ("Auf der Baustelle werden 4.480 Menschen arbeiten.", "de", "de.txt", "4.480"),
])
def test_agreeing_statements_stay_together(other):
    claims = [claim(*w) for w in WORKERS] + [claim(*other)]
    assert judge(claims).agree


def test_two_versions_each_way_still_disagree():
    claims = [claim(*WORKERS[0]), claim(*WORKERS[1]),
              claim("Rund 4.050 Menschen werden dort arbeiten.", "de", "de.txt", "Rund"),
              claim("Cerca de 4.050 pessoas vão trabalhar na obra.", "pt", "pt.txt", "Cerca")]
    # two documents against two: one statement is a slip of the other, whichever it is
    verdict = judge(claims)
    assert not verdict.agree
    assert {verdict.groups[i] for i in (0, 1)} != {verdict.groups[i] for i in (2, 3)}


def test_a_bare_figure_with_a_scale_word_is_compared_in_the_row_s_unit():
    claims = [claim("Le programme vise 9,64 millions de femmes.", "fr", "fr.txt", "9,64"),
              claim("Das Programm erreicht 9,64 Mio. Frauen.", "de", "de.txt", "9,64"),
              claim("The scheme reaches 1.64 million women.", "en", "en.txt", "1.64")]
    kinds = {c.kind for c in claims}
    assert "count" in kinds
    verdict = judge(claims)
    # the en figure disagrees with the two others, whether they read as counts or bare
    assert verdict.outliers == (2,)


def test_a_bare_figure_without_its_size_is_not_compared():
    # zh writes 78 (cents, as the headline says elsewhere): not compared with 78 cents
    claims = [claim("Le dividende intérimaire est de 78 cents par action.", "fr", "fr.txt", "78"),
              claim("中期股息为每股78。", "zh", "zh.txt", "78")]
    verdict = judge(claims)
    assert verdict.agree


def test_a_slip_is_seen_against_the_statement_with_its_own_qualifier():
    # most versions write "more than 180 hectares (about 445 acres)": the acres are checked
    # against the acres, though more versions state the hectares
    claims = []
    for doc in ("a.txt", "b.txt", "c.txt"):
        text = "The plant will occupy more than 180 hectares (about 445 acres) of farmland."
        claims += [c for c in extract(text, lang="en", doc=doc) if c.kind == "area"]
    claims.append(claim("La usina ocupará más de 180 hectáreas de tierras agrícolas.", "es",
                        "d.txt", "más de 180"))
    slipped = "The plant will occupy more than 180 hectares (about 454 acres) of farmland."
    claims += [c for c in extract(slipped, lang="en", doc="e.txt") if c.kind == "area"]
    verdict = judge(claims)
    assert [claims[i].text for i in verdict.outliers] == ["about 454 acres"]


@pytest.mark.parametrize("a, b", [
    (("Plus de 4 000 maisons ont été endommagées.", "fr", "fr.txt", "Plus de 4 000"),
     ("地震造成房屋受损4200余间。", "zh", "zh.txt", "4200余")),
    (("About 4,000 people will work on the site.", "en", "en.txt", "About 4,000"),
     ("Rund 4.200 Menschen werden auf der Baustelle arbeiten.", "de", "de.txt", "Rund")),
])
def test_a_bound_rounded_the_way_its_qualifier_rounds_is_no_slip(a, b):
    # "more than 4,000" is "4,200-odd" rounded down: a paraphrase, not a wrong digit
    assert judge([claim(*a), claim(*b)]).agree


def test_a_range_told_to_two_precisions_is_one_statement():
    # "1.1 billion" (1.05 up to 1.15) and "1,100 millones" (1,099.5 up to 1,100.5): the
    # bounds differ, the ends as written do not
    claims = [claim("Suppliers may invest between $700 million and $1.3 billion.", "en",
                    "en.txt", "between"),
              claim("Les fournisseurs investiraient entre 700 millions et 1,3 milliard de "
                    "dollars.", "fr", "fr.txt", "entre"),
              claim("Los proveedores invertirían entre 700 y 1,300 millones de dólares.",
                    "es-MX", "es.txt", "entre")]
    assert judge(claims).outliers == ()

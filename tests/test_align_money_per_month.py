"""Money told per a span of time is the amount of one span: a typical bill of "343 pesos
al mes" in one version and "343 pesos" in another, whose sentence says it is the monthly
bill, are one quantity and can share a row (a price per share or per tonne still pairs
with a plain amount only on a named measure). Text written for these tests; the city and
figures are invented."""
from __future__ import annotations

from claimcheck.extraction import default_lexicon
from claimcheck.stories.identity import evidence

from story_helpers import check, flags, mention

ELIMPARCIAL = ("Sube el agua en Ciudad Arenales\n\n"
               "Para un hogar que consume 20 metros cúbicos, el recibo típico pasará de 312 a "
               "{} al mes a partir de enero, informó el organismo operador.\n")
MILENIO = ("Ciudad Arenales aprueba alza al agua\n\n"
           "Con el ajuste, una familia que consume 20 metros cúbicos pagará 343 pesos "
           "mensuales, frente a 312 pesos actuales.\n")
REUTERS = ("Mexican city approves water tariff rise\n\n"
           "A household using 20 cubic meters will see its monthly bill rise to 343 pesos "
           "from 312 pesos, the utility said.\n")


def test_a_monthly_amount_and_the_amount_are_not_ruled_apart():
    a = mention("es.txt", "es", ELIMPARCIAL.format("343 pesos"), "343 pesos al mes")
    b = mention("en.txt", "en", REUTERS, "343 pesos")
    assert a.claim.kind == "rate" and b.claim.kind == "money"
    assert evidence(a, b, default_lexicon()) is not None


def test_a_price_per_share_is_still_ruled_apart_from_a_plain_amount():
    a = mention("en.txt", "en", "The offer values each share at HK$12.40.", "HK$12.40")
    b = mention("fr.txt", "fr", "Le groupe a levé 12,40 milliards de dollars de Hong Kong "
                "l'an dernier.", "12,40 milliards de dollars de Hong Kong")
    assert a.claim.kind == "rate" and a.claim.unit == "HKD/share"
    assert evidence(a, b, default_lexicon()) is None


def test_the_monthly_bill_is_one_row_and_a_slip_in_it_is_flagged():
    rows, _ = check({"es-MX-1.txt": ELIMPARCIAL.format("343 pesos"), "es-MX-2.txt": MILENIO,
                     "en.txt": REUTERS})
    row = next(r for r in rows if any(c.doc == "en.txt" and c.text == "343 pesos"
                                      for c in r.claims))
    assert {c.doc for c in row.claims} == {"es-MX-1.txt", "es-MX-2.txt", "en.txt"}
    _, findings = check({"es-MX-1.txt": ELIMPARCIAL.format("334 pesos"),
                         "es-MX-2.txt": MILENIO, "en.txt": REUTERS})
    assert any("334 pesos" in f.message for f in flags(findings)), \
        [f.message for f in flags(findings)]

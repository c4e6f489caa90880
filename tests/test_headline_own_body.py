"""A headline figure belongs to the row of its own body's figure, whatever the headlines of
the other versions say: two headlines that agree with each other (a slip "9,9 milhões" and
another version's bound "mais de 9 milhões") are no row of their own when their bodies
tell the figure, so the slip is compared with its body's 9,6 milhões. The join rests on
the frame, never on the figure: a headline ten times off joins as one that agrees. A
headline whose very figure its body writes again for a part ("21.000 Heizlüfter in
Österreich" over "weltweit 310.000 ... davon 21.000 in Österreich") restates that part
and stays out of the total's row. Text written for this test."""
from __future__ import annotations

from story_helpers import check, flags

EN = ("Faro airport handles record passenger numbers in 2026\n\n"
      "FARO, Jan 8 (Wire) - Faro airport in southern Portugal handled 9.6 million passengers "
      "last year, up 7.2% from 8.96 million in 2025, operator Aerosul said on Thursday. "
      "Low-cost airlines carried 71% of the traffic.\n")
ES = ("El aeropuerto de Faro cierra 2026 con récord de pasajeros\n\n"
      "El aeropuerto de Faro, en el sur de Portugal, recibió 9,6 millones de pasajeros el año "
      "pasado, un 7,2% más que en 2025, según informó el jueves el operador Aerosul. Las "
      "aerolíneas de bajo coste transportaron el 71% del tráfico.\n")
PT = ("Aeroporto de Faro bate recorde: {head} de passageiros em 2026\n\n"
      "O aeroporto de Faro recebeu 9,6 milhões de passageiros em 2026, mais 7,2% do "
      "que em 2025, anunciou a Aerosul esta quinta-feira. As companhias de baixo custo "
      "transportaram 71% do tráfego.\n")
PT2 = ("Aeroporto de Faro recebeu mais de 9 milhões de passageiros em 2026\n\n"
       "O aeroporto de Faro recebeu 9,6 milhões de passageiros em 2026, mais 7,2% do "
       "que no ano anterior, segundo a Aerosul. As companhias de baixo custo "
       "transportaram 71% do tráfego.\n")


def _story(head):
    return check({"en.txt": EN, "es.txt": ES, "pt.txt": PT.format(head=head),
                  "pt2.txt": PT2})


def _row_of(rows, doc, text):
    return next((r for r in rows if any(c.doc == doc and c.text == text for c in r.claims)),
                None)


def test_a_headline_slip_that_agrees_with_another_headline_is_compared_with_its_body():
    rows, findings = _story("9,9 milhões")
    row = _row_of(rows, "pt.txt", "9,9 milhões")
    assert row is not None and ("pt.txt", "9,6 milhões") in {(c.doc, c.text) for c in row.claims}
    got = [{c.text for c in f.claims} for f in flags(findings)]
    assert any({"9,9 milhões", "9,6 milhões"} <= t for t in got), got


def test_a_headline_ten_times_off_joins_its_body_as_one_that_agrees():
    for head in ("96 milhões", "9,6 milhões", "mais de 9 milhões"):
        rows, _ = _story(head)
        row = _row_of(rows, "pt.txt", head)
        assert row is not None, head
        assert {("pt.txt", "9,6 milhões"), ("en.txt", "9.6 million")} <= \
            {(c.doc, c.text) for c in row.claims}, head


def test_headline_bounds_that_hold_raise_nothing():
    rows, findings = _story("mais de 9 milhões")
    assert flags(findings) == []
    row = _row_of(rows, "pt2.txt", "mais de 9 milhões")
    assert row is not None and ("pt2.txt", "9,6 milhões") in {(c.doc, c.text) for c in row.claims}


EN_RECALL = ("Heater maker Calora recalls 310,000 fan heaters over fire risk\n\n"
             "VIENNA (Wire) - Austrian appliance maker Calora is recalling 310,000 fan heaters "
             "sold worldwide since 2024 because a faulty switch can overheat, the company said "
             "on Monday. It has received 57 reports of melted casings.\n")
DE_RECALL = ("Rückruf: 21.000 Heizlüfter in Österreich verkauft\n\n"
             "Der Haushaltsgerätehersteller Calora ruft weltweit 310.000 Heizlüfter zurück. Ein "
             "defekter Schalter kann überhitzen. Verkauft wurden die Geräte seit 2024, davon "
             "21.000 in Österreich. Dem Unternehmen liegen 57 Meldungen über geschmolzene "
             "Gehäuse vor.\n")


def test_a_headline_that_restates_a_part_its_body_tells_stays_out_of_the_total():
    rows, findings = check({"en.txt": EN_RECALL, "de.txt": DE_RECALL})
    total = _row_of(rows, "de.txt", "310.000")
    assert total is not None
    assert "21.000" not in {c.text for c in total.claims}
    assert flags(findings) == []

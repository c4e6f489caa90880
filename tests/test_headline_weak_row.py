"""A headline figure that a slip sends into a weak row of another version's figure (a
forecast met by chance) goes back to the row of its own body's lead, where the slip is
compared with what the headline restates; a headline whose figure agrees with its row, or
that names no measure, stays where it is. Text written for this test."""
from __future__ import annotations

from story_helpers import check, flags

EN = ("Chile industrial output rises 0.7% in August\n\n"
      "SANTIAGO, Sept 30 (Wire) - Chile's industrial output rose 0.7% in August from July, "
      "the statistics institute said on Tuesday, above the 0.4% gain expected by economists. "
      "Output had fallen 0.2% in July. From a year earlier it was up 2.6%.\n")
ES = ("La producción industrial de Chile sube un {head} en agosto\n\n"
      "Santiago, 30 sep (Agencia).- La producción industrial de Chile creció un 0,7 % en "
      "agosto respecto a julio, informó el martes el instituto de estadísticas, tras caer un "
      "0,2 % en julio. En comparación anual, la producción aumentó un 2,6 %.\n")
PT = ("Produção industrial do Chile sobe 0,7% em agosto\n\n"
      "A produção industrial do Chile cresceu 0,7% em agosto na comparação com julho, acima "
      "da alta de 0,4% esperada por economistas. Em julho, a produção tinha recuado 0,2%. "
      "Na comparação anual, a alta foi de 2,6%.\n")


def _texts(head):
    return {"en.txt": EN, "es.txt": ES.format(head=head), "pt.txt": PT}


def _row_of(rows, doc, text):
    return next((r for r in rows if any(c.doc == doc and c.text == text for c in r.claims)),
                None)


def test_a_headline_slip_is_compared_with_its_own_body():
    rows, findings = check(_texts("0,9 %"))
    row = _row_of(rows, "es.txt", "0,9 %")
    assert row is not None
    assert {c.text for c in row.claims} >= {"0,7 %", "0.7%", "0,7%"}
    assert any(any(c.text == "0,9 %" for c in f.claims) for f in flags(findings))


def test_an_agreeing_headline_raises_nothing():
    rows, findings = check(_texts("0,7 %"))
    row = _row_of(rows, "es.txt", "0,7 %")
    assert row is not None and {c.text for c in row.claims} >= {"0.7%", "0,7%"}
    assert not [f for f in flags(findings) if any(c.doc == "es.txt" for c in f.claims)]

"""The euro area is a place, not a measure: "la zone euro", "la zona del euro", "euro zone
inflation" read as the measure zone, so a French or Spanish inflation rate measured a
zone and stayed apart from the other versions' inflation. Once the rate names its
measure, an earlier month's rate that Spanish tells with "cuando fue del" ("cinco
décimas menos que en octubre, cuando fue del 2,9 %") must read as the earlier value, or it
would be compared with another version's forecast. Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import extract

from story_helpers import check, flags


def _frames(text: str, lang: str):
    return [(c.text, c.measure, c.role) for c in extract(text, lang=lang)
            if c.kind == "percent"]


def test_the_euro_area_names_no_zone():
    assert _frames("L'inflation dans la zone euro a reculé à 2,1 % en mai.", "fr") == \
        [("2,1 %", "cpi", "decline")]
    assert [m for _, m, _ in _frames("La inflación de la zona del euro bajó al 2,1 % en "
                                     "mayo.", "es")] == ["cpi"]
    # a zone of a territory is still one
    assert [(c.text, c.measure) for c in extract("Le chantier touche trois zones de la "
                                                 "ville.", lang="fr")] == [("trois", "zone")]


def test_the_month_before_told_with_cuando_fue():
    assert _frames("La inflación de la zona del euro se situó en el 2,1 % en mayo, tres "
                   "décimas menos que en abril, cuando fue del 2,4 %.", "es")[-1] == \
        ("2,4 %", "cpi", "old")


def test_versions_of_euro_area_inflation_are_one_row_and_not_a_forecast():
    rows, findings = check({
        "en.txt": "Euro zone inflation eases\n\nInflation in the 20 countries sharing the "
                  "euro fell to 2.1% in May from 2.4% in April, below expectations for 2.2%.",
        "fr.txt": "Zone euro : l'inflation ralentit\n\nLa hausse des prix dans la zone euro "
                  "a ralenti à 2,1 % en mai, après 2,4 % en avril. Les analystes tablaient "
                  "sur 2,2 %.",
        "es.txt": "La inflación baja\n\nLa inflación de la zona del euro se situó en el "
                  "2,1 % en mayo, tres décimas menos que en abril, cuando fue del 2,4 %.",
    })
    may = [r for r in rows if any(c.text == "2,1 %" for c in r.claims)]
    assert len(may) == 1 and {c.doc for c in may[0].claims} == {"en.txt", "fr.txt", "es.txt"}
    assert not flags(findings)

"""A measure and its conversion into another unit, in brackets: a slip in either is
compared with the quantity's row, not left alone."""
from story_helpers import check, flags

_EN = ("Quake shakes coastal towns\n\n"
       "The earthquake struck at a depth of {km} km ({miles} miles) under the bay on Monday "
       "night, the geological survey said. Some 3,200 homes were damaged in the province.\n")
_FR = ("Un séisme secoue la côte\n\n"
       "Le séisme s'est produit à 28 km de profondeur sous la baie lundi soir, selon "
       "l'institut géologique. Quelque 3 200 maisons ont été endommagées dans la province.\n")
_ES = ("Un sismo sacude la costa\n\n"
       "El sismo se produjo a 28 km de profundidad bajo la bahía el lunes por la noche, "
       "según el instituto geológico. Unas 3.200 viviendas sufrieron daños en la provincia.\n")


def _story(km: str, miles: str) -> dict[str, str]:
    return {"en.txt": _EN.format(km=km, miles=miles), "fr.txt": _FR, "es.txt": _ES}


def _row_of(rows, text: str):
    return next(r for r in rows if any(c.text == text for c in r.claims))


def test_a_slipped_conversion_joins_the_row_of_its_measure_and_is_flagged():
    rows, findings = check(_story("28", "27"))
    row = _row_of(rows, "27 miles")
    assert {c.text for c in row.claims} >= {"28 km", "27 miles"}
    assert any(any(c.text == "27 miles" for c in f.claims) for f in flags(findings))


_EN_MINE = ("Miners trapped underground\n\n"
            "Rescuers are trying to reach 12 miners trapped at a depth of about {m} metres "
            "(2,034 feet) in the northern mine, the company said on Tuesday.\n")
_FR_MINE = ("Des mineurs piégés\n\n"
            "Les secouristes tentent d'atteindre 12 mineurs bloqués à environ 620 mètres de "
            "profondeur dans la mine du nord, a indiqué mardi la compagnie.\n")
_ES_MINE = ("Mineros atrapados\n\n"
            "Los rescatistas intentan llegar a 12 mineros atrapados a unos 620 metros de "
            "profundidad en la mina del norte, informó el martes la empresa.\n")


def test_a_slipped_measure_joins_the_row_of_its_conversion_and_is_flagged():
    for slipped in ("6200", "820"):
        text = f"about {slipped} metres"
        rows, findings = check({"en.txt": _EN_MINE.format(m=slipped), "fr.txt": _FR_MINE,
                                "es.txt": _ES_MINE})
        row = _row_of(rows, text)
        assert {c.text for c in row.claims} >= {"2,034 feet", "environ 620 mètres"}
        assert any(any(c.text == text for c in f.claims) for f in flags(findings))


def test_a_faithful_conversion_raises_no_flag():
    rows, findings = check(_story("28", "17"))
    assert not flags(findings)
    assert {c.text for c in _row_of(rows, "17 miles").claims} >= {"28 km", "17 miles"}

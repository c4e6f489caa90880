"""A short figure that three versions or more tell once each, left alone in some of them
because the clause names its measure by a turn the lexicon does not read (stories/
lone_groups.py): one quantity."""
from __future__ import annotations

from pathlib import Path

from claimcheck.stories.lone_groups import GROUPED_ALONE, LONE_GROUP_CONFIDENCE
from story_helpers import folder_rows, row_of

LEAD = {
    "en": ("Harlow Mills shares slide after profit warning\n\nLONDON, May 6 (Wire) - Harlow "
           "Mills warned on Tuesday that its yearly profit would miss forecasts after a wet "
           "spring hurt flour demand.\n\n"),
    "de": ("Harlow Mills nach Gewinnwarnung unter Druck\n\nLONDON, 6. Mai (Agentur) - Harlow "
           "Mills hat am Dienstag gewarnt, dass der Jahresgewinn nach einem nassen Frühjahr "
           "unter den Prognosen bleiben werde.\n\n"),
    "es": ("Harlow Mills se hunde tras su aviso de resultados\n\nLONDRES, 6 de mayo (Agencia) "
           "- Harlow Mills advirtió el martes que su beneficio anual no alcanzará las "
           "previsiones tras una primavera lluviosa.\n\n"),
    "it": ("Harlow Mills affonda dopo l'allarme sugli utili\n\nLONDRA, 6 maggio (Agenzia) - "
           "Harlow Mills ha avvertito martedì che l'utile annuale sarà inferiore alle attese "
           "dopo una primavera piovosa.\n\n"),
    "pt": ("Harlow Mills afunda após alerta de lucros\n\nLONDRES, 6 de maio (Agência) - A "
           "Harlow Mills avisou na terça-feira que o lucro anual ficará abaixo das previsões "
           "depois de uma primavera chuvosa.\n\n"),
}
BODY = {
    # "in late trade" gives the English figure a measure of its own (trade)
    "en": "The stock changed hands in late trade some {p} under the high it reached in "
          "January. The group, founded in 1871, runs mills across the Midlands.",
    "de": "Die Aktie ging zuletzt etwa {p} unter dem Hoch vom Januar über den Tisch. Der "
          "Konzern beschäftigt in Deutschland 40 Menschen.",
    "es": "Sus acciones se negociaban al cierre cerca del {p} por debajo del máximo de enero. "
          "La harinera tiene 6 almacenes en Andalucía.",
    "it": "Le azioni passavano di mano in chiusura circa il {p} sotto il massimo di gennaio, "
          "secondo 3 operatori sentiti in sala.",
    "pt": "Os títulos trocavam de mãos no fecho cerca de {p} abaixo do máximo de janeiro, "
          "numa sessão com 17 negócios.",
}


def rows(folder: Path, figures: dict[str, str], extra: dict[str, str] | None = None):
    for lang, p in figures.items():
        text = LEAD[lang] + BODY[lang].format(p=p) + (extra or {}).get(lang, "")
        (folder / f"{lang}.txt").write_text(text + "\n", encoding="utf-8")
    return folder_rows(folder)


def test_the_version_whose_clause_names_another_measure_joins_the_others(tmp_path):
    found = rows(tmp_path, {"en": "23%", "de": "23%", "es": "23%", "it": "23%"})
    row = row_of(found, "en.txt", "some 23%")
    assert row is not None, "the English figure stayed alone"
    assert sorted(Path(c.doc).name for c in row.claims) == ["de.txt", "en.txt", "es.txt",
                                                            "it.txt"]
    mine = dict(zip((c.text for c in row.claims), row.confidences))
    assert mine["some 23%"] == LONE_GROUP_CONFIDENCE
    assert GROUPED_ALONE in row.reason


def test_it_joins_though_another_version_slipped(tmp_path):
    found = rows(tmp_path, {"en": "23%", "de": "23%", "es": "23%", "it": "23%", "pt": "32%"})
    row = row_of(found, "en.txt", "some 23%")
    assert row is not None, "the English figure stayed alone"
    assert sorted(c.text for c in row.claims) == ["cerca de 32%", "cerca del 23%",
                                                  "circa il 23%", "etwa 23%", "some 23%"]


def test_a_version_that_tells_the_figure_twice_is_left_alone(tmp_path):
    # which of its two 23% is the quantity is guesswork
    found = rows(tmp_path, {"en": "23%", "de": "23%", "es": "23%", "it": "23%"},
                 {"en": " Its flour volumes were 23% lower than a year ago."})
    assert row_of(found, "en.txt", "some 23%") is None


def test_three_versions_are_needed(tmp_path):
    found = rows(tmp_path, {"en": "23%", "de": "23%"})
    assert row_of(found, "en.txt", "some 23%") is None

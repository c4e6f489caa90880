"""A range written with its larger end first ("entre 22 et 20 kilomètres"), as a slipped
translation leaves it: read as one range over both ends, with a note, so that the figure
keeps its row and the slip is seen; never where the two numbers are a score, a vote or a
change."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.agreement import judge, slip
from claimcheck.stories.align import align_story

NOTE = "a range written with its larger end first"


def figures(text: str, lang: str):
    return [c for c in extract(text, lang=lang, doc=f"{lang}.txt") if c.kind != "date"]


@pytest.mark.parametrize("text, lang, written, low, high", [
    ("The burn scar now stretches 28 to 22 kilometres along the ridge.", "en",
     "28 to 22 kilometres", 21500, 28500),
    ("Le front de l'incendie s'étend entre 22 et 20 kilomètres le long de la crête.", "fr",
     "entre 22 et 20 kilomètres", 19500, 22500),
    ("火线沿山脊延伸22至20公里。", "zh", "22至20公里", 19500, 22500),
    ("延焼範囲は尾根沿いに28～22キロに及んだ。", "ja", "28～22キロ", 21.5, 28.5),
    ("L'inflazione di fondo è attesa tra il 4,4% e il 3,9% nel 2025.", "it",
     "tra il 4,4% e il 3,9%", Decimal("3.85"), Decimal("4.45")),
])
def test_a_range_with_its_ends_reversed_is_one_claim_over_both(text, lang, written, low, high):
    claims = figures(text, lang)
    assert [c.text for c in claims] == [written]
    c = claims[0]
    assert c.qualifier == "range" and NOTE in c.notes
    assert (c.low, c.high) == (Decimal(str(low)), Decimal(str(high)))
    assert c.low <= c.value <= c.high


@pytest.mark.parametrize("text, lang", [
    ("The Senate voted 52 to 48 on Tuesday to pass the bill.", "en"),      # a vote
    ("The Hawks beat the Lions 28-22 on Sunday.", "en"),                  # a score
    ("Le chômage est passé de 28 % à 22 % en dix ans.", "fr"),            # a fall
    ("Die Quote sank von 28 auf 22 Prozent.", "de"),
    ("The bill cuts the corporate tax rate 35% to 21%.", "en"),         # a rate's fall
    ("Le texte abaisse le taux d'imposition 33 % à 25 %.", "fr"),
])
def test_no_reversed_range_where_the_numbers_are_no_range(text, lang):
    for c in figures(text, lang):
        assert c.qualifier != "range" and NOTE not in c.notes, c.text


def test_ends_too_far_apart_are_no_range():
    claims = figures("Il tracciato passa da 950 e 22 chilometri.", "it")
    assert all(NOTE not in c.notes for c in claims)


def test_a_range_in_order_has_no_note():
    (c,) = figures("The burn scar stretches 18 to 22 kilometres along the ridge.", "en")
    assert c.qualifier == "range" and NOTE not in c.notes


GOOD = [("The burn scar stretches 18 to 22 kilometres along the ridge.", "en"),
        ("Die Brandschneise ist zwischen 18 und 22 Kilometer lang.", "de"),
        ("A área ardida estende-se entre 18 e 22 quilómetros ao longo da serra.", "pt")]


@pytest.mark.parametrize("slipped, lang, name", [
    ("Le front de l'incendie s'étend entre 28 et 22 kilomètres le long de la crête.", "fr",
     "wrong digit"),
    ("Le front de l'incendie s'étend entre 81 et 22 kilomètres le long de la crête.", "fr",
     "swapped digits"),
    ("延焼範囲は尾根沿いに180～22キロメートルに及んだ。", "ja", "decimal slip"),
])
def test_a_reversed_range_is_an_outlier_with_its_slip_named(slipped, lang, name):
    claims = [figures(t, la)[0] for t, la in GOOD] + [figures(slipped, lang)[0]]
    verdict = judge(claims)
    assert verdict.outliers == (3,)
    assert slip(claims[0], claims[3]) == name


def test_ranges_one_end_apart_name_the_end_s_slip():
    a = figures("Capex will be between $850 million and $1.1 billion.", "en")[0]
    b = figures("Die Investitionen liegen zwischen 950 Millionen und 1,1 Milliarden Dollar.",
                "de")[0]
    assert slip(a, b) == "wrong digit"


STORY = {
    "en.txt": "Ridge fire contained after four days\n\nFirefighters said on Friday the blaze "
              "had burned 18 to 22 kilometres along the Serra ridge and forced 1,200 people "
              "from their homes. About 340 firefighters were deployed.\n",
    "de.txt": "Waldbrand am Serra-Kamm eingedämmt\n\nDas Feuer hat sich nach Angaben der "
              "Feuerwehr vom Freitag zwischen 18 und 22 Kilometer entlang des Serra-Kamms "
              "ausgebreitet; 1.200 Menschen mussten ihre Häuser verlassen. Rund 340 "
              "Feuerwehrleute waren im Einsatz.\n",
    "pt.txt": "Incêndio na serra dominado ao fim de quatro dias\n\nO fogo percorreu entre 18 e "
              "22 quilómetros ao longo da Serra, segundo os bombeiros, e obrigou 1200 pessoas "
              "a sair de casa. Cerca de 340 bombeiros estiveram no terreno.\n",
    "fr.txt": "L'incendie de la Serra maîtrisé après quatre jours\n\nLe feu a parcouru entre "
              "{ends} kilomètres le long de la crête de la Serra, selon les pompiers, et 1 200 "
              "personnes ont dû quitter leur domicile. Quelque 340 pompiers ont été déployés.\n",
}


def story_rows(tmp_path: Path, ends: str):
    texts = {k: v.format(ends=ends) if k == "fr.txt" else v for k, v in STORY.items()}
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def test_the_reversed_range_keeps_its_row_and_disagrees(tmp_path):
    rows = story_rows(tmp_path, "28 et 22")
    row = next(a for a in rows if any(c.doc == "fr.txt" and "28 et 22" in c.text
                                      for c in a.claims))
    assert {c.doc for c in row.claims} == set(STORY)
    verdict = judge(list(row.claims))
    (out,) = verdict.outliers
    assert row.claims[out].doc == "fr.txt"


def test_the_range_in_order_agrees(tmp_path):
    rows = story_rows(tmp_path, "18 et 22")
    row = next(a for a in rows if any(c.doc == "fr.txt" and "18 et 22" in c.text
                                      for c in a.claims))
    assert len(row.claims) == 4 and judge(list(row.claims)).agree

"""Figures told in a list of named entities (stories.series): each figure gets its item's
names, read on the side the list writes them, and two versions' figures of one measure
told of two entities never share a row, whatever their values; one entity's figure in
another language still does."""
from __future__ import annotations

from claimcheck.extraction import default_lexicon, detect_language
from claimcheck.extraction.engine import extract
from claimcheck.stories.identity import evidence
from claimcheck.stories.mentions import mentions_of
from claimcheck.stories.series import mark_series, series_names


def _names(text: str, lang: str) -> dict:
    """{figure as written: its item's names} of one document."""
    claims = tuple(extract(text, lang=lang, doc="d"))
    found = series_names(claims, text, lang, default_lexicon())
    return {c.text: found[(c.start, c.end)] for c in claims if (c.start, c.end) in found}


def _story(texts: dict) -> dict:
    """{(document, figure as written): mention} of a story, its series marked."""
    lexicon = default_lexicon()
    claims = {d: tuple(extract(t, lang=detect_language(t), doc=d)) for d, t in texts.items()}
    mentions = [m for d, t in texts.items() for m in mentions_of(d, claims[d], t)]
    mark_series(mentions, claims, texts, lexicon)
    return {(m.doc, m.claim.text): m for m in mentions}


TABLE_DE = ("Die Zahlen nach Bundesländern (Anträge Januar bis Oktober):\n\n"
            "Bayern: 71.200 (+18,4 %)\nBaden-Württemberg: 58.900 (+24,1 %)\n"
            "Niedersachsen: 36.700 (+19,5 %)\nSachsen: 9.800 (+31,2 %)\n"
            "Berlin: 4.100 (+9,7 %)\n")


def test_a_tables_rows_are_told_of_their_labels():
    names = _names(TABLE_DE, "de")
    assert names["71.200"] == {"bavaria"}
    assert names["9.800"] == {"saxony"}
    assert names["36.700"] == {"lower saxony"}
    assert names["31,2 %"] == {"saxony"}        # the row's second column


def test_names_before_the_figures_and_a_second_figure_of_an_item():
    text = ("Bavaria led with 71,200 applications (+18.4%), ahead of Baden-Württemberg "
            "with 58,900 (+24.1%) and Lower Saxony with 36,700 (+19.5%).")
    names = _names(text, "en")
    assert names["71,200"] == {"bavaria"}
    assert names["18.4%"] == {"bavaria"}         # the item's own name, not the next one's
    assert names["58,900"] == {"baden-wurttemberg"}
    assert names["36,700"] == {"lower saxony"}   # not also Saxony's


def test_names_after_the_figures():
    text = "Le taux de réussite atteint 94,2 % à Rennes, 91,8 % à Lille et 88,0 % à Nantes."
    names = _names(text, "fr")
    assert names["91,8 %"] == {"lille"}
    assert names["88,0 %"] == {"nantes"}


def test_a_list_whose_ends_disagree_is_read_neither_way():
    # the first item is named before its figure, the last after it: read either way,
    # one figure would take its neighbour's name
    text = ("La región educativa de Rennes alcanzó un 94,2 % de aprobados, frente al 86,7 % "
            "de Créteil, en la periferia de París, y al 71,5 % del departamento de Mayotte.")
    assert _names(text, "es") == {}


def test_a_script_without_spaces_reads_its_own_clause():
    text = "対象は米国で41万2000台、中国で18万6000台、ドイツで5万7300台。"
    names = _names(text, "ja")
    assert names["41万2000"] == {"united states"}
    assert names["18万6000"] == {"china"}
    assert names["5万7300"] == {"germany"}


def test_two_lands_figures_of_one_measure_are_never_one_quantity():
    texts = {
        "de.txt": ("Arbeitslosenquote nach Ländern\n\nIm Oktober lag die Arbeitslosenquote "
                   "bundesweit bei 6,1 Prozent.\n\nBayern: 3,6 Prozent Arbeitslose\n"
                   "Baden-Württemberg: 4,1 Prozent Arbeitslose\nNiedersachsen: 5,9 Prozent "
                   "Arbeitslose\nSachsen: 6,8 Prozent Arbeitslose\n"),
        "en.txt": ("Unemployment by state\n\nThe unemployment rate stood at 6.1 percent in "
                   "October. Saxony had an unemployment rate of 6.8 percent, Lower Saxony "
                   "5.9 percent and Bavaria 3.6 percent.\n"),
    }
    lexicon = default_lexicon()
    m = _story(texts)
    saxony_de, lower_saxony_de = m[("de.txt", "6,8 Prozent")], m[("de.txt", "5,9 Prozent")]
    saxony_en, bavaria_en = m[("en.txt", "6.8 percent")], m[("en.txt", "3.6 percent")]
    # Saxony's figure in both languages (Sachsen, Saxony) may be one quantity ...
    assert evidence(saxony_en, saxony_de, lexicon) is not None
    # ... Lower Saxony's or Bavaria's never is Saxony's, whatever the values
    assert evidence(saxony_en, lower_saxony_de, lexicon) is None
    assert evidence(bavaria_en, saxony_de, lexicon) is None
    # the nationwide figure is no item of the list
    assert evidence(m[("en.txt", "6.1 percent")], m[("de.txt", "6,1 Prozent")],
                    lexicon) is not None


def test_a_slipped_figure_still_meets_its_own_entity():
    # Saxony's 6,8 told as 8,6 in one version: the names, not the value, say whose it is
    texts = {
        "de.txt": ("Arbeitslosenquote nach Ländern\n\nBayern: 3,6 Prozent Arbeitslose\n"
                   "Niedersachsen: 5,9 Prozent Arbeitslose\nSachsen: 8,6 Prozent "
                   "Arbeitslose\n"),
        "en.txt": ("Unemployment by state\n\nSaxony had an unemployment rate of 6.8 "
                   "percent, Lower Saxony 5.9 percent and Bavaria 3.6 percent.\n"),
    }
    m = _story(texts)
    assert evidence(m[("en.txt", "6.8 percent")], m[("de.txt", "8,6 Prozent")],
                    default_lexicon()) is not None


def test_a_place_against_a_person_is_not_set_apart():
    # one figure told of where it was set in one version and of whom in the other
    texts = {
        "en.txt": ("The old record of 3:55.38 was set in Brisbane, and Tokyo saw 3:56.10 "
                   "in the heats."),
        "fr.txt": ("L'ancien record de Julia Marchetti (3'55\"38) tombe, devant celui de "
                   "Hana Moriyama (3'56\"10)."),
    }
    m = _story(texts)
    brisbane, marchetti = m[("en.txt", "3:55.38")], m[("fr.txt", "3'55\"38")]
    from claimcheck.stories.series import series_apart
    assert not series_apart(brisbane, marchetti)

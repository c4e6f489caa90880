"""Two rows that each agree on one percentage written with a decimal part ("9.8%", "9,8 %")
are one quantity when nothing in their frames rules the join out: the versions of a tariff
rise that name it a price in one clause and leave the measure out in another. Whole
percentages ("10%"), which a story's quantities share by chance, and two lone mentions,
which the passes for lone figures place, are not joined this way (stories/merging.py).
Text written for these tests; places and figures are invented."""
from __future__ import annotations

from claimcheck.extraction import default_lexicon
from claimcheck.stories.clustering import Cluster
from claimcheck.stories.merging import join_same_figure

from story_helpers import mention

TEXTS = {
    "a.txt": ("es", "Las tarifas del agua subirán en promedio {} a partir de enero en "
                    "Ciudad Arenales."),
    "b.txt": ("en", "Water bills in Ciudad Arenales will rise by an average of {} from "
                    "January."),
    "c.txt": ("es", "El recibo del agua en Ciudad Arenales subirá de media un {} desde "
                    "enero."),
    "d.txt": ("de", "Die Wasserpreise in Ciudad Arenales steigen ab Januar im Schnitt um {}."),
}
WRITTEN = {"a.txt": "{}%", "b.txt": "{}%", "c.txt": "{}%", "d.txt": "{} Prozent"}


def _mentions(figure: str):
    out = {}
    for doc, (lang, text) in TEXTS.items():
        written = WRITTEN[doc].format(figure.replace(".", ",") if lang != "en" and lang != "es"
                                      or doc == "c.txt" else figure)
        out[doc] = mention(doc, lang, text.format(written), written)
    return out


def _rows(ms, groups):
    return [Cluster([ms[d] for d in g], [0.8] * len(g), []) for g in groups]


def test_two_rows_that_agree_on_a_decimal_percentage_are_joined():
    ms = _mentions("9.8")
    joined = join_same_figure(_rows(ms, [("a.txt", "b.txt"), ("c.txt", "d.txt")]),
                              default_lexicon())
    assert len(joined) == 1
    assert {m.doc for m in joined[0].members} == set(TEXTS)


def test_a_row_and_a_lone_mention_of_it_are_joined():
    ms = _mentions("9.8")
    joined = join_same_figure(_rows(ms, [("a.txt", "b.txt", "c.txt"), ("d.txt",)]),
                              default_lexicon())
    assert len(joined) == 1


def test_whole_percentages_and_two_lone_mentions_are_left_apart():
    ms = _mentions("10")
    assert len(join_same_figure(_rows(ms, [("a.txt", "b.txt"), ("c.txt", "d.txt")]),
                                default_lexicon())) == 2
    ms = _mentions("9.8")
    assert len(join_same_figure(_rows(ms, [("a.txt",), ("c.txt",)]), default_lexicon())) == 2

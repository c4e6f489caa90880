"""Bare figures (a number no clause names: "i lupi sono 1.140", "on en dénombre 1 140",
"davon 1140") placed beside the versions' other mentions of the figure
(stories/bare_figures.py), while a frameless figure one digit off another stays apart."""
from __future__ import annotations

from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.bare_figures import BARE_CONFIDENCE, PLACED_BARE, place_bare_figures
from claimcheck.stories.clustering import Cluster
from claimcheck.stories.mentions import bare_figure
from story_helpers import check, mention

LYNX = {
    "it.txt": "Censimento della lince: in Italia sono 1.482 esemplari\n\nROMA, 3 marzo - "
              "Il nuovo monitoraggio nazionale stima in Italia 1.482 linci. Nelle regioni "
              "alpine gli animali sono 1.137, contro i 941 del censimento precedente.\n",
    "fr.txt": "Le lynx progresse en Italie\n\nROME, 3 mars - L'Italie compte désormais "
              "1 482 lynx selon le nouveau recensement national. Dans l'arc alpin, on en "
              "dénombre 1 137, répartis sur neuf régions.\n",
    "de.txt": "Mehr Luchse in Italien\n\nRom – In Italien leben nach einer neuen Erhebung "
              "1482 Luchse, davon 1137 im Alpenraum.\n",
}


def _row(rows, doc: str, text: str):
    return next((r for r in rows if any(c.doc == doc and c.text == text for c in r.claims)),
                None)


def test_a_bare_figure_of_three_digits_is_one():
    m = mention("de.txt", "de", LYNX["de.txt"], "1137")
    assert bare_figure(m.claim)


def test_bare_figures_told_alike_by_the_versions_share_a_row():
    rows, _ = check(LYNX)
    row = _row(rows, "de.txt", "1137")
    assert row is not None, "the Alpine count stayed alone"
    assert {(c.doc, c.text) for c in row.claims} >= {("it.txt", "1.137"), ("fr.txt", "1 137")}
    assert PLACED_BARE in row.reason
    mine = dict(zip(((c.doc, c.text) for c in row.claims), row.confidences))
    assert mine[("it.txt", "1.137")] == mine[("fr.txt", "1 137")] == BARE_CONFIDENCE
    assert row.confidence <= BARE_CONFIDENCE     # a warning at most, never an error


def test_a_frameless_figure_one_digit_off_is_not_placed():
    # a series of scores: 81.6 and 86.1 are each other's swapped digits, not one figure
    en = "Toto University slipped to 31st, its score falling to 81.6 from 82.3."
    zh = "北辰大学以86.1分位列第19位。"
    a = mention("en.txt", "en", en, "81.6")
    b = mention("zh.txt", "zh", zh, "86.1")
    rows = place_bare_figures([], [a, b], default_lexicon())
    assert rows == []


def test_a_version_that_writes_the_figure_twice_bare_stays_out():
    # the Italian text writes 1.137 twice without a noun: which is the Alpine count is
    # guesswork, so only the two versions that write it once are placed
    it = "Nelle regioni alpine sono 1.137, contro 941. Tabella - Alpi: 1.137."
    fr = "Dans l'arc alpin, on en dénombre 1 137, contre 941."
    de = "In Italien leben Luchse, davon 1137 im Alpenraum."
    twice = [m for m in _mentions("it.txt", "it", it) if bare_figure(m.claim)
             and m.claim.value == 1137]
    assert len(twice) == 2
    lone = Cluster([mention("de.txt", "de", de, "1137")], [1.0], [])
    fr_bare = mention("fr.txt", "fr", fr, "1 137")
    out = place_bare_figures([lone], twice + [fr_bare], default_lexicon())
    assert [sorted(m.doc for m in r.members) for r in out] == [["de.txt", "fr.txt"]]


def _mentions(doc, lang, text):
    from claimcheck.extraction.engine import extract
    from claimcheck.stories.mentions import mentions_of

    return mentions_of(doc, tuple(extract(text, lang=lang, doc=doc)), text)


GERS = {
    "en.txt": "Most outbreaks were in the Landes, with Gers with 29.",
    "es.txt": "La mayoría de los focos están en las Landas, seguidas del Gers con 29.",
    "fr.txt": "Les Landes concentrent l'essentiel des foyers, devant le Gers avec 29.",
}


def _bare(doc: str, lang: str, text: str, value: int):
    return next(m for m in _mentions(doc, lang, text)
                if bare_figure(m.claim) and m.claim.value == value)


def test_a_two_digit_bare_figure_needs_three_versions_for_a_row_of_its_own():
    lang = {"en.txt": "en", "es.txt": "es", "fr.txt": "fr"}
    ms = [_bare(d, lang[d], t, 29) for d, t in GERS.items()]
    assert place_bare_figures([], ms[:2], default_lexicon()) == []
    rows = place_bare_figures([], ms, default_lexicon())
    assert [sorted(m.doc for m in r.members) for r in rows] == [["en.txt", "es.txt", "fr.txt"]]

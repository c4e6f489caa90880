"""Two figures far apart (more than 30 %) that no typical slip links are a note unless the
frames are sure (0.9) that they are one quantity: a translation slips by a digit, a scale
word or a decimal mark, and a figure that far off with none of these is another quantity
met by the row (Zurich's passengers against Munich's). A typical slip that far apart is
still flagged, and so is a far figure on sure frames. Text written for these tests;
figures are invented."""
from __future__ import annotations

from story_helpers import row_findings

DE = ("Schneechaos in München\n\n"
      "Am Flughafen München fielen am Montag 480 Flüge aus. Betroffen waren nach Angaben "
      "einer Sprecherin mehr als 55.000 Passagiere.\n")
FR = ("Chaos neigeux à Munich\n\n"
      "L'aéroport de Munich a annulé 480 vols lundi ; plus de 55 000 passagers ont été "
      "touchés, selon une porte-parole.\n")
CH = ("Schneefall legt Zürich lahm\n\n"
      "Am Flughafen Zürich wurden am Dienstag 126 Flüge gestrichen. Am Montag waren es 180 "
      "gewesen, rund 23'000 Passagiere waren davon betroffen.\n")
TEXTS = {"de.txt": DE, "fr.txt": FR, "ch.txt": CH}
LANGS = {"de.txt": "de", "fr.txt": "fr", "ch.txt": "de-CH"}
ROW = [("de.txt", "mehr als 55.000"), ("fr.txt", "plus de 55 000"), ("ch.txt", "rund 23'000")]


def test_far_figures_with_no_typical_slip_on_unsure_frames_are_a_note():
    found = row_findings(TEXTS, LANGS, ROW, confidence=0.85)
    assert found and all(f.severity == "info" for f in found), \
        [(f.severity, f.message) for f in found]


def test_far_figures_on_sure_frames_are_still_flagged():
    found = row_findings(TEXTS, LANGS, ROW, confidence=0.95)
    assert found and all(f.severity in ("warning", "error") for f in found), \
        [(f.severity, f.message) for f in found]


def test_a_typical_slip_far_apart_is_still_flagged():
    texts = dict(TEXTS, **{"ch.txt": CH.replace("rund 23'000", "rund 5'500")})
    row = ROW[:2] + [("ch.txt", "rund 5'500")]
    found = row_findings(texts, LANGS, row, confidence=0.85)
    assert found and all(f.severity in ("warning", "error") for f in found), \
        [(f.severity, f.message) for f in found]

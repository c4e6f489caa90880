"""A row may meet two quantities of one story (a festival's admissions and its tickets
sold). When the versions of the majority tell the outlier's very figure elsewhere, as
another quantity, the outlier is likelier that quantity than a slip that happens to write a
figure the story holds: the disagreement is only noted. A figure no majority version tells
is still flagged, and so is one against a majority of a single version, which may be the
one that slipped. Text written for these tests; figures are invented."""
from __future__ import annotations

from story_helpers import row_findings

FR = ("Le festival de Cervia bat son record\n\n"
      "Le festival du film de Cervia a clos dimanche sa 31e édition sur un record de "
      "74 300 entrées en neuf jours. Il a vendu 52 600 billets, malgré deux soirées "
      "annulées pour cause de pluie.\n")
IT = ("Cervia, festival da record\n\n"
      "Bilancio da record per il festival del cinema di Cervia: 74.300 spettatori e "
      "52.600 biglietti venduti in nove giorni, nonostante due serate annullate.\n")
ES = ("El festival de Cervia cierra con récord\n\n"
      "Según los organizadores, el festival registró 74.300 entradas, un 7,8 % más que en "
      "la edición anterior.\n")
TEXTS = {"fr.txt": FR, "it.txt": IT, "es.txt": ES}
LANGS = {"fr.txt": "fr", "it.txt": "it", "es.txt": "es"}


def test_an_outlier_the_majority_tells_as_another_quantity_is_a_note():
    # the aligner's row of tickets sold, where es's admissions landed
    found = row_findings(TEXTS, LANGS, [("fr.txt", "52 600"), ("it.txt", "52.600"),
                                        ("es.txt", "74.300")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("tells both figures" in (f.reason or "") for f in found)


def test_a_figure_no_majority_version_tells_is_still_flagged():
    texts = dict(TEXTS, **{"es.txt": ES.replace("74.300", "52.800")})
    found = row_findings(texts, LANGS, [("fr.txt", "52 600"), ("it.txt", "52.600"),
                                        ("es.txt", "52.800")])
    assert found and all(f.severity in ("warning", "error") for f in found), \
        [(f.severity, f.message) for f in found]


def test_a_majority_of_one_version_is_no_witness():
    # it's body slips its own headline's figure; es alone tells the other: the version
    # that tells both figures may be the one that slipped
    it = ("Cervia, venduti 52.600 biglietti\n\n"
          "Bilancio da record per il festival del cinema di Cervia: 74.300 spettatori e "
          "56.200 biglietti venduti in nove giorni, nonostante due serate annullate.\n")
    es = ("Cervia vende 52.600 entradas\n\n"
          "El festival de Cervia vendió 52.600 entradas en nueve días, según los "
          "organizadores.\n")
    texts = {"it.txt": it, "es.txt": es}
    for row in ([("it.txt", "56.200"), ("es.txt", "52.600")],
                [("es.txt", "52.600"), ("it.txt", "56.200")]):
        found = row_findings(texts, {"it.txt": "it", "es.txt": "es"}, row)
        assert found and all(f.severity in ("warning", "error") for f in found), \
            [(f.severity, f.message) for f in found]

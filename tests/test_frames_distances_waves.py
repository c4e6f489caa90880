"""Lengths of a sea accident, an offshore site and an exclusion zone: what each one
measures. The distance from a place ("60 km off the island of", "de l'île", "de la
isla", "nordöstlich von"), the radius of a zone ("dans un rayon de", "un radio de",
"Sperrzone"), and the height of the waves ("in waves up to", "des vagues", "olas de")
had no word in the lexicon in some languages, so one version's figure named no measure
and stayed out of the row its other versions shared. Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import extract

from story_helpers import check, flags


def _measures(text: str, lang: str):
    return [(c.text, c.measure) for c in extract(text, lang=lang) if c.kind == "length"]


def test_distance_from_an_island_or_a_bearing():
    assert _measures("The platform stands 45 km off the island of Malden.", "en") == \
        [("45 km", "distance")]
    assert _measures("La plateforme est située à 45 kilomètres de l'île de Malden.", "fr") == \
        [("45 kilomètres", "distance")]
    assert _measures("La plataforma está a 45 kilómetros de la isla de Malden.", "es") == \
        [("45 kilómetros", "distance")]
    assert _measures("Die Plattform liegt rund 45 Kilometer südwestlich von Malden.", "de") \
        == [("rund 45 Kilometer", "distance")]


def test_radius_of_an_exclusion_zone():
    assert _measures("Les autorités ont évacué les villages situés dans un rayon de "
                     "six kilomètres.", "fr") == [("six kilomètres", "zone")]
    assert _measures("Evacuaron las aldeas dentro de un radio de 6 kilómetros del "
                     "cráter.", "es") == [("6 kilómetros", "zone")]
    assert _measures("Die Sperrzone wurde auf sechs Kilometer erweitert.", "de") == \
        [("sechs Kilometer", "zone")]


def test_wave_height_is_not_the_distance_before_it():
    assert _measures("Le cargo a sombré à 8 km des côtes, dans des vagues de 5 mètres.",
                     "fr") == [("8 km", "distance"), ("5 mètres", "wave_height")]
    assert _measures("El carguero se hundió con olas de hasta cinco metros.", "es") == \
        [("hasta cinco metros", "wave_height")]


def test_a_slipped_offshore_distance_is_compared_with_confidence():
    # the French version mistypes 45 as 65: the frames alone (a distance in every
    # version) make it one quantity, with the confidence of a named measure
    rows, findings = check({
        "en.txt": "Wind farm approved\n\nThe farm, 45 km off the island of Malden, will "
                  "have 80 turbines.",
        "fr.txt": "Parc éolien approuvé\n\nLe parc, situé à 65 kilomètres de l'île de "
                  "Malden, comptera 80 turbines.",
        "es.txt": "Parque eólico aprobado\n\nEl parque, a 45 kilómetros de la isla de "
                  "Malden, tendrá 80 turbinas.",
        "de.txt": "Windpark genehmigt\n\nDer Park rund 45 Kilometer südwestlich von "
                  "Malden erhält 80 Turbinen.",
    })
    (row,) = [r for r in rows if any(c.kind == "length" for c in r.claims)]
    assert {c.doc for c in row.claims} == {"en.txt", "fr.txt", "es.txt", "de.txt"}
    assert row.concept == "distance" and min(row.confidences) >= 0.8
    (flag,) = flags(findings)
    assert flag.severity == "error" and "65 kilomètres" in flag.message

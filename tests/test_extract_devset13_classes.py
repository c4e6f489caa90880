"""Classes the thirteenth held-out set (bench/devset13) showed, on text written for these
tests (race times have their own file, test_extract_race_times.py): the trains a collision
counts ("two regional trains") took the toll's measure from their sentence."""
from __future__ import annotations

import pytest

from claims_helpers import claim_at as at
from story_helpers import check, flags


# ---------------------------------------------------------------- the trains of a collision

@pytest.mark.parametrize("lang, text, figure", [
    ("en", "Five people were killed when two regional trains collided near Linz.", "two"),
    ("fr", "Cinq morts dans la collision de deux trains régionaux près de Linz.", "deux"),
    ("es", "Cinco muertos en el choque de dos trenes regionales cerca de Linz.", "dos"),
    ("it", "Cinque morti nello scontro tra due treni regionali vicino a Linz.", "due"),
    ("de", "Fünf Tote beim Zusammenstoss von zwei Regionalzügen bei Linz.", "zwei"),
    ("pt", "Cinco mortos no choque entre dois comboios regionais perto de Linz.", "dois"),
])
def test_the_trains_of_a_collision_are_no_toll(lang, text, figure):
    assert at(text, lang, figure).measure == "trains"


def test_trains_cancelled_stay_cancellations():
    text = "About 180 trains were cancelled and 12,000 homes lost power."
    assert at(text, "en", "About 180").measure == "cancellations"


def test_a_speed_of_trains_is_no_count_of_trains():
    text = "The new trains will run at 160 km/h on the upgraded line."
    assert at(text, "en", "160 km/h").measure != "trains"


# five versions of one collision: the first toll (4 dead) beside the later one (6 dead)
TOLL_STORY = {
    "it.txt": "Due treni regionali si sono scontrati a Linz. Secondo il primo bilancio i morti "
              "sono 4 e i feriti 30.",
    "it2.txt": "Salgono a 6 i morti dello scontro tra treni. Nelle prime ore i morti accertati "
               "erano 4.",
    "fr.txt": "Le bilan de la collision entre deux trains régionaux s'est alourdi à 6 morts, "
              "contre 4 dans le bilan initial.",
    "en.txt": "The death toll from a collision between two regional trains rose to six, up "
              "from four.",
    "pt.txt": "O choque entre dois comboios fez 6 mortos. O primeiro balanço dava conta de 4 "
              "mortos.",
}


def test_the_two_trains_are_not_compared_with_the_toll():
    _, findings = check(TOLL_STORY)
    assert not [f for f in flags(findings)
                if {c.text for c in f.claims} & {"two", "deux", "dois", "Due"}]

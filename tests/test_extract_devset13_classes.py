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


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "Once open, the line can carry 140 trains a day.", "140"),
    ("fr", "La ligne pourra accueillir 140 trains par jour.", "140"),
    ("es", "La línea podrá recibir 140 trenes al día.", "140"),
])
def test_trains_a_day_stay_traffic(lang, text, figure):
    assert at(text, lang, figure).measure == "traffic"


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


# ---------------------------------------------------------------- a first toll, told as such

@pytest.mark.parametrize("lang, text, figure", [
    ("it", "Secondo il primo bilancio della prefettura i morti sono 4.", "4"),
    ("fr", "Selon un premier bilan, 4 personnes ont été tuées.", "4"),
    ("es", "Según el primer balance, 4 personas murieron.", "4"),
    ("pt", "O primeiro balanço dava conta de 4 mortos.", "4 mortos"),
    ("en", "According to the first toll, 4 people were killed.", "4"),
    ("de", "Nach einer ersten Bilanz gab es 4 Tote.", "4 Tote"),
])
def test_a_first_toll_is_an_earlier_figure(lang, text, figure):
    assert "prev_report" in at(text, lang, figure).period.split(",")


def test_a_current_toll_has_no_earlier_period():
    assert at("The death toll rose to 6 on Tuesday.", "en", "6").period == ""


def test_a_first_toll_is_not_compared_with_the_later_toll():
    _, findings = check(TOLL_STORY)
    assert not flags(findings)


def test_a_slip_in_the_later_toll_is_still_flagged():
    texts = dict(TOLL_STORY)
    texts["de.txt"] = "Zugunglück bei Linz: Die Zahl der Toten ist auf 9 gestiegen."
    texts["es.txt"] = "El choque de dos trenes cerca de Linz dejó 6 muertos."
    _, findings = check(texts)
    assert [f for f in flags(findings) if "9" in {c.text for c in f.claims}]


def test_old_ends_of_from_tos_are_not_compared_with_a_later_level():
    # the first report's 4 dead, the later reports' 7 ("contre 4", "up from four") and a
    # version that gives only the 7
    texts = {
        "it.txt": "Scontro tra treni, 4 morti\n\nSecondo il primo bilancio i morti sono 4 e i "
                  "feriti 30, 6 dei quali gravi.",
        "fr.txt": "Autriche: sept morts dans une collision entre deux trains\n\nLe bilan de la "
                  "collision s'est alourdi à 7 morts, contre 4 dans le bilan initial. Les "
                  "blessés sont 41, dont 9 grièvement.",
        "en.txt": "Death toll in Austrian train collision rises to seven\n\nVIENNA, Nov 24 - "
                  "The death toll rose to seven on Tuesday, up from four reported on Monday, "
                  "and 41 people were injured, 9 of them seriously.",
        "ja.txt": "オーストリアで列車衝突 7人死亡\n\n地元当局によると、これまでに7人が死亡、41人が"
                  "けがをした。けが人のうち9人は重傷だという。",
        "de.txt": "Zugunglück: Zahl der Toten steigt auf sieben\n\nDie Zahl der Todesopfer ist "
                  "auf 7 gestiegen. 41 Menschen wurden verletzt, 9 davon schwer.",
    }
    _, findings = check(texts)
    assert not flags(findings)


# ---------------------------------------------------------------- a bare 1 tells no scale slip

def test_a_bare_one_is_no_scale_slip_of_a_round_figure():
    from claimcheck.stories.agreement import slip

    good = at("The line is used by about 9,500 passengers a day.", "en", "about 9,500")
    one = at("其中1列火车当时时速94公里。", "zh", "1")
    assert slip(good, one) is None


def test_two_digits_still_tell_a_loose_scale_slip():
    from claimcheck.stories.agreement import slip

    good = at("Sales reached 9,480 units.", "en", "9,480")
    bad = at("Sales reached about 95 units.", "en", "about 95")
    assert slip(good, bad) == "decimal slip"


# ---------------------------------------------------------------- a depth in feet of water

def test_a_depth_told_in_feet_of_water():
    c = at("The wreck lies in 62 feet of water off the cape.", "en", "62 feet")
    assert c.measure == "depth"
    assert at("水深62メートルの海底に沈んでいた。", "ja", "水深62メートル").measure == "depth"


# ---------------------------------------------------------------- a conversion computed wrongly

def _bracket_confidence(conversion: str) -> float:
    """The confidence the mention of ``conversion`` gets in the row of the figure it
    converts, when that figure sits in its row on weak clues (0.44)."""
    from claimcheck.extraction.engine import extract
    from claimcheck.stories.clustering import Cluster
    from claimcheck.stories.mentions import mentions_of
    from claimcheck.stories.unit_brackets import join_unit_brackets

    text = f"The train was travelling at 112 km/h ({conversion}) near Linz."
    figure, converted = mentions_of("en.txt", tuple(extract(text, lang="en", doc="en.txt")), text)
    other_text = "Le train roulait à 112 km/h près de Linz."
    other = mentions_of("fr.txt", tuple(extract(other_text, lang="fr", doc="fr.txt")),
                        other_text)[0]
    home = Cluster([figure, other], [0.44, 0.6], [])
    rows = join_unit_brackets([home, Cluster([converted], [1.0], [])], [figure, converted, other])
    row = next(r for r in rows if converted in r.members)
    assert row is home
    return row.confidences[row.members.index(converted)]


def test_a_conversion_its_own_figure_contradicts_is_sure_enough_to_flag():
    assert _bracket_confidence("82 mph") == 0.6      # 112 km/h is 70 mph


def test_a_right_conversion_keeps_the_confidence_of_its_figure():
    assert _bracket_confidence("70 mph") == 0.44


SPEED_STORY = {
    "it.txt": "Il treno viaggiava a 112 km/h in un tratto dove il limite è di 80 km/h.",
    "fr.txt": "Le train roulait à 112 km/h sur une voie limitée à 80 km/h.",
    "es.txt": "El tren circulaba a 112 kilómetros por hora en un tramo limitado a 80.",
}


def test_a_wrong_conversion_in_brackets_is_flagged():
    texts = dict(SPEED_STORY)
    texts["en.txt"] = ("The train was travelling at 112 km/h (82 mph) on a stretch with a limit "
                       "of 80 km/h (50 mph).")
    _, findings = check(texts)
    found = flags(findings)
    assert len(found) == 1 and "82 mph" in {c.text for c in found[0].claims}


def test_a_right_conversion_in_brackets_is_not_flagged():
    texts = dict(SPEED_STORY)
    texts["en.txt"] = ("The train was travelling at 112 km/h (70 mph) on a stretch with a limit "
                       "of 80 km/h (50 mph).")
    _, findings = check(texts)
    assert not flags(findings)

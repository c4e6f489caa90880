"""A dateline that names only its day ("台北21日電", "新华社北京18日电", "【共同】……21日")
dates a version for the running tallies of a developing event: read in the month that puts
it nearest the story's dated versions, an earlier day's toll is an update, not a slip.
Stories written for this test."""
from __future__ import annotations

from story_helpers import check, flags

from claimcheck.stories.reports import _nearest_mmdd

ZH_DAY1 = ("颱風銀杏登陸宜蘭 2死87傷\n\n（中央社記者台北21日電）颱風銀杏今天清晨在宜蘭縣登陸，"
           "中央災害應變中心統計，截至晚間已造成2人死亡、87人受傷，4800人撤離。")
ES_DAY2 = ("El tifón Ginkgo deja cinco muertos en Taiwán\n\nTaipéi, 22 sep (EFE).- El tifón "
           "Ginkgo ha dejado cinco muertos y 131 heridos, según el centro de emergencias. Más de "
           "6.000 personas fueron evacuadas.")
EN_DAY2 = ("Typhoon Ginkgo death toll in Taiwan rises to 5\n\nTAIPEI, Sept. 22 (Wire) - The death "
           "toll from Typhoon Ginkgo rose to five, and 131 people were injured, the emergency "
           "centre said. More than 6,000 people were evacuated.")


def test_a_day_only_dateline_takes_the_nearest_month():
    assert _nearest_mmdd(21, 922) == 921
    assert _nearest_mmdd(4, 1103) == 1104        # the day after, not a month before
    assert _nearest_mmdd(30, 102) == 1230        # the month before


def test_an_earlier_days_toll_is_no_disagreement():
    rows, found = check({"zh-TW.txt": ZH_DAY1, "es.txt": ES_DAY2, "en.txt": EN_DAY2})
    assert not [f for f in flags(found) if any(c.doc == "zh-TW.txt" for c in f.claims)]


def test_a_slip_between_versions_of_one_day_is_still_flagged():
    slipped = EN_DAY2.replace("131 people", "113 people")
    rows, found = check({"zh-TW.txt": ZH_DAY1, "es.txt": ES_DAY2, "en.txt": slipped})
    assert any("113" in f.message for f in flags(found))


def test_french_agency_datelines_with_abbreviated_months_are_dates():
    import claimcheck

    got = [(c.text, c.value, c.kind) for c in claimcheck.extract(
        "Taipei, 22 sept 2026 (AFP) - Le bilan s'est alourdi à cinq morts.", "fr")]
    assert got[0] == ("22 sept 2026", 20260922, "date")
    assert [c.value for c in claimcheck.extract("Jakarta, 3 nov (AFP) - L'éruption", "fr")
            if c.kind == "date"] == [1103]
    # "sept" is still seven where it counts something
    counted = claimcheck.extract("Les sept pays ont signé l'accord.", "fr")
    assert [(c.value, c.kind) for c in counted] == [(7, "count")]


def test_italian_and_portuguese_agency_datelines_are_dates():
    import claimcheck

    def dates(text, lang):
        return [c.value for c in claimcheck.extract(text, lang) if c.kind == "date"]

    assert dates("(ANSA) - GIACARTA, 4 NOV - È salito a sei il bilancio.", "it") == [1104]
    assert dates("ROMA, 4 nov. (Adnkronos) - Il bilancio", "it") == [1104]
    assert dates("Jacarta, 3 nov (Lusa) - Pelo menos quatro mortos.", "pt") == [1103]
    # "3 set" is three sets, not September
    assert dates("Ha vinto per 3 set a 1.", "it") == []


EN_DEC31 = ("Ferry fire off Jeju leaves 3 dead\n\nJEJU, Dec. 31 (Wire) - A fire aboard a "
            "passenger ferry killed three people and injured 42, the coast guard said.")
FR_JAN1 = ("Incendie d'un ferry à Jeju : le bilan monte à sept morts\n\nSéoul, 1er janvier "
           "(AFP) - L'incendie d'un ferry au large de Jeju a fait sept morts et 58 blessés, "
           "selon les garde-côtes.")
ES_JAN1 = ("Sube a siete el número de muertos en el incendio de un ferri en Jeju\n\nSeúl, 1 "
           "ene (EFE).- El incendio de un ferri frente a Jeju ha causado siete muertos y 58 "
           "heridos, según la guardia costera.")


def test_datelines_across_the_turn_of_a_year_are_ordered():
    from claimcheck.stories.reports import _circular

    order = _circular({"a": 1231, "b": 101, "c": 1230})
    assert order["c"] < order["a"] < order["b"]
    assert order["b"] - order["c"] == 2
    # without the turn of a year, the calendar order
    order = _circular({"a": 301, "b": 228})
    assert order["b"] < order["a"]


def test_new_years_eve_toll_is_an_earlier_value_on_new_years_day():
    rows, found = check({"en.txt": EN_DEC31, "fr.txt": FR_JAN1, "es.txt": ES_JAN1})
    assert not [f for f in flags(found) if any(c.doc == "en.txt" for c in f.claims)]
    # the slip between the two versions of January 1 is still flagged
    rows, found = check({"en.txt": EN_DEC31, "fr.txt": FR_JAN1,
                         "es.txt": ES_JAN1.replace("58 heridos", "85 heridos")})
    assert any("85" in f.message for f in flags(found))

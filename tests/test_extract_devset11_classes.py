"""Classes the eleventh held-out set (bench/devset11) showed, on text written for these
tests: a percentage change followed by the plain old level ("down 8.4% from 23,150"), a
decline written after its number in French ("8,4 % de moins"), cubic kilometres written
km3, in cubic miles, in Japanese and in traditional Chinese, a German turnover told by a
verb ("der ... 1,2 Milliarden Euro umsetzte"), the share of its volume that a body lost,
the first appointments a waiting list counts beside the operations, unaccompanied minors
(French "mineurs" alone is also the miners) and the workers of a plant who are missing."""
from __future__ import annotations

from decimal import Decimal

import pytest


from claims_helpers import claim_at as at
from claims_helpers import non_dates as claims
from story_helpers import check, flags


# ---------------------------------------------------------------- a change, then the old level

def test_a_percentage_before_the_plain_old_level_stays_a_decline():
    text = "Some 21,204 asylum requests were filed by June, down 8.4% from 23,150 a year earlier."
    change = at(text, "en", "8.4%")
    old = at(text, "en", "23,150")
    assert change.role == "decline"
    assert old.role == "old" and old.unit != "percent" and old.value == Decimal("23150")


def test_a_from_to_of_two_percentages_keeps_its_ends():
    text = "The jobless rate fell to 4.1% from 4.6% in the quarter."
    assert at(text, "en", "4.1%").role == "new"
    assert at(text, "en", "4.6%").role == "old"


def test_a_french_decline_written_after_its_number():
    text = "Les demandes ont atteint 21 204, soit 8,4 % de moins qu'un an plus tôt."
    assert at(text, "fr", "8,4 %").role == "decline"


CHANGE = {
    "it.txt": "Asilo: 21.204 domande da gennaio, -8,4%\n\nSono 21.204 le domande di asilo "
              "presentate da gennaio a giugno, l'8,4% in meno rispetto allo stesso periodo "
              "dell'anno scorso.",
    "en.txt": "Asylum requests fall 8%\n\nSome 21,204 asylum requests were filed between "
              "January and June, down 8.4% from 23,150 in the same period last year.",
    "fr.txt": "Les demandes d'asile en baisse de 8,4 %\n\nQuelque 21 204 demandes d'asile "
              "ont été déposées entre janvier et juin, soit 8,4 % de moins qu'un an plus tôt.",
}


def test_a_signed_change_agrees_with_the_same_change_told_in_words():
    rows, found = check(CHANGE)
    assert not flags(found), [f.message for f in flags(found)]


def test_a_slipped_change_is_still_flagged():
    texts = dict(CHANGE, **{"fr.txt": CHANGE["fr.txt"].replace("8,4 %", "84 %")})
    rows, found = check(texts)
    assert any("84 %" in f.message for f in flags(found)), [f.message for f in flags(found)]


# ---------------------------------------------------------------- cubic kilometres

@pytest.mark.parametrize("text, lang, figure, value", [
    ("Le lac contient environ 2,7 km3 d'eau.", "fr", "2,7 km3", Decimal("2.7E+9")),
    ("Der See fasst rund 2,7 km3 Wasser.", "de", "2,7 km3", Decimal("2.7E+9")),
    ("El embalse almacena 2,7 km3 de agua.", "es", "2,7 km3", Decimal("2.7E+9")),
    ("湖の貯水量は約2.7立方キロメートル。", "ja", "2.7立方キロメートル", Decimal("2.7E+9")),
    ("水庫蓄水量約為2.7立方公里。", "zh", "2.7立方公里", Decimal("2.7E+9")),
    ("儲槽容量為3000立方公尺。", "zh", "3000立方公尺", Decimal("3000")),
])
def test_cubic_kilometres_and_metres_in_every_script(text, lang, figure, value):
    c = at(text, lang, figure)
    assert (c.kind, c.unit, c.value) == ("volume", "m**3", value)


def test_cubic_miles_are_converted():
    c = at("The lake holds about 0.65 cubic miles of water.", "en", "0.65 cubic miles")
    assert (c.kind, c.unit) == ("volume", "m**3")
    assert abs(c.value - Decimal("2.709E+9")) < Decimal("0.01E+9")


# ---------------------------------------------------------------- a turnover told by a verb

def test_a_german_turnover_told_by_a_verb_is_revenue():
    text = "Der Konzern, der im vergangenen Jahr 1,2 Milliarden Euro umsetzte, baut Stellen ab."
    assert at(text, "de", "1,2 Milliarden Euro").measure == "revenue"


def test_a_false_friend_in_a_turnover_told_by_a_verb_is_flagged():
    texts = {
        "en.txt": "Toolmaker cuts jobs\n\nThe toolmaker, which had revenue of 1.2 billion "
                  "euros last year, will cut 300 jobs.",
        "fr.txt": "Le fabricant d'outils supprime 300 emplois\n\nLe groupe, dont le chiffre "
                  "d'affaires a atteint 1,2 milliard d'euros l'an dernier, supprimera 300 postes.",
        "de.txt": "Werkzeughersteller streicht Stellen\n\nDer Hersteller, der im vergangenen "
                  "Jahr 1,2 Billionen Euro umsetzte, streicht 300 Stellen.",
    }
    rows, found = check(texts)
    assert any("Billionen" in f.message for f in flags(found)), [f.message for f in flags(found)]


# ---------------------------------------------------------------- the share of a volume lost

@pytest.mark.parametrize("text, lang, figure", [
    ("The lake's reservoirs lost 2.1% of their volume over the summer.", "en", "2.1%"),
    ("Les réservoirs ont perdu 2,1 % de leur volume cet été.", "fr", "2,1 %"),
    ("Die Speicherseen haben 2,1 Prozent ihres Volumens verloren.", "de", "2,1 Prozent"),
    ("I bacini hanno perso il 2,1% del loro volume.", "it", "2,1%"),
    ("貯水池の体積は夏の間に2.1%減った。", "ja", "2.1%"),
])
def test_the_share_of_its_volume_a_body_lost(text, lang, figure):
    assert at(text, lang, figure).measure == "volume"


def test_sales_in_volume_terms_are_no_volume():
    text = "Le vendite al dettaglio sono cresciute dello 0,6% in volume a marzo."
    assert at(text, "it", "0,6%").measure != "volume"


# ---------------------------------------------------------------- first appointments

@pytest.mark.parametrize("text, lang, figure", [
    ("Another 530,000 people were waiting for a first hospital appointment.", "en",
     "530,000 people"),
    ("Otras 530.000 personas esperan una primera consulta en el hospital.", "es",
     "530.000 personas"),
    ("Outras 530 mil pessoas aguardam uma primeira consulta hospitalar.", "pt-PT",
     "530 mil pessoas"),
])
def test_people_waiting_for_a_first_appointment_count_consultations(text, lang, figure):
    assert at(text, lang, figure).measure == "consultations"


# ---------------------------------------------------------------- unaccompanied minors

@pytest.mark.parametrize("text, lang, figure", [
    ("Unaccompanied minors numbered 3,118.", "en", "3,118"),
    ("Parmi eux figurent 3 118 mineurs non accompagnés.", "fr", "3 118"),
    ("Unter ihnen waren 3118 unbegleitete Minderjährige.", "de", "3118"),
    ("I minori stranieri non accompagnati sono 3.118.", "it", "3.118"),
    ("Entre ellos hay 3.118 menores no acompañados.", "es", "3.118"),
])
def test_unaccompanied_minors_are_minors_not_miners(text, lang, figure):
    assert at(text, lang, figure).measure == "minors"


def test_french_miners_stay_miners():
    text = "Quelque 3 118 mineurs travaillent encore dans le bassin."
    assert at(text, "fr", "3 118").measure == "miners"


# ---------------------------------------------------------------- missing workers

@pytest.mark.parametrize("text, lang, figure", [
    ("Three workers remained missing on Wednesday.", "en", "Three workers"),
    ("Cuatro trabajadores están desaparecidos.", "es", "Cuatro trabajadores"),
    ("Zwei Arbeiter werden noch vermisst.", "de", "Zwei Arbeiter"),
])
def test_workers_who_are_missing_count_the_missing(text, lang, figure):
    assert at(text, lang, figure).measure == "missing"


def test_a_plants_workforce_stays_workers():
    text = "The plant employs about 650 workers."
    assert at(text, "en", "650 workers").measure != "missing"


# ---------------------------------------------------------------- German nouns before a count

@pytest.mark.parametrize("text, figure", [
    ("Auf der zentralen Mittelmeerroute kamen bis Ende Mai 2174 Menschen ums Leben.", "2174"),
    ("Im Werk arbeiten in der Produktion 1318 Beschäftigte.", "1318"),
    ("In der Region 4500 Arbeitsplätze sollen bis 2030 entstehen.", "4500"),
])
def test_a_german_count_after_a_noun_is_no_name(text, figure):
    c = at(text, "de", figure)
    assert c.kind == "count" and c.value == Decimal(figure)


@pytest.mark.parametrize("text", [
    "Die Firma steht auf der Liste Fortune 500 weit oben.",
    "Die Linie 11 fährt wieder.",
    "Der Konzern baut die Gigafactory 4 in Brandenburg.",
    # a ranking written without hyphens, a noun after it
    "Der Konzern gehört zu den Fortune 500 Unternehmen.",
    "Die Fortune Global 500 Liste wächst.",
])
def test_german_names_with_a_number_stay_names(text):
    assert not [c for c in claims(text, "de") if c.value in (500, 11, 4)]

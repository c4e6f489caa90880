"""What a number measures in the news of strikes, hospitals under strain, heatwaves,
takeover bids and port results: measure words the third held-out set (bench/devset3) found
missing, in every language of the lexicon, and words that name something else there (a
prize or a subsidy for a bid premium, a loan margin, a risk premium)."""
from __future__ import annotations

import pytest

from test_frames_domains import assert_measures, measures

# A strike's turnout: the share of the workforce that walked out, as unions and ministries
# give it.
STRIKE = [
    ("en", "Strike turnout among train drivers reached 66%, the union said.", {"66%": "turnout"}),
    ("fr", "Le taux de grévistes atteignait 35 % chez les contrôleurs aériens.",
     {"35 %": "turnout"}),
    ("es", "La huelga de maquinistas tuvo un seguimiento del 63 % en la primera jornada.",
     {"63 %": "turnout"}),
    ("de", "Die Streikbeteiligung der Lokführer lag nach Angaben der Gewerkschaft bei 71 Prozent.",
     {"71 Prozent": "turnout"}),
    ("pt", "A adesão à greve chegou a 57%, segundo o sindicato dos professores.",
     {"57%": "turnout"}),
    ("it", "L'adesione allo sciopero dei trasporti è stata del 48% secondo i sindacati.",
     {"48%": "turnout"}),
    ("zh", "据工会统计，罢工参与率达到45%。", {"45%": "turnout"}),
    ("ja", "組合によると、スト参加率は52%だった。", {"52%": "turnout"}),
]


@pytest.mark.parametrize("lang, text, expected", STRIKE, ids=[s[0] for s in STRIKE])
def test_a_strike_s_turnout(lang, text, expected):
    assert_measures(text, lang, expected)


# Hospitals under strain: operations and appointments postponed, emergency visits.
HOSPITALS = [
    ("en", "Hospitals postponed 4,310 scheduled operations and 22,900 outpatient appointments.",
     {"4,310": "surgeries", "22,900": "consultations"}),
    ("fr", "Les hôpitaux ont reporté 3 120 opérations chirurgicales et 18 400 consultations.",
     {"3 120": "surgeries", "18 400": "consultations"}),
    ("es", "Se aplazaron 2.640 intervenciones quirúrgicas y 15.300 consultas externas.",
     {"2.640": "surgeries", "15.300": "consultations"}),
    ("de", "Die Kliniken verschoben 1.870 planbare Eingriffe.", {"1.870": "surgeries"}),
    ("pt", "Foram adiadas 3.450 cirurgias programadas e 27.100 consultas.",
     {"3.450": "surgeries", "27.100": "consultations"}),
    ("it", "Sono stati rinviati 1.960 interventi chirurgici.", {"1.960": "surgeries"}),
    ("zh", "全市医院推迟择期手术1250台。", {"1250": "surgeries"}),
    ("ja", "予定手術は340件が延期された。", {"340": "surgeries"}),
]


@pytest.mark.parametrize("lang, text, expected", HOSPITALS, ids=[h[0] for h in HOSPITALS])
def test_operations_and_appointments_postponed(lang, text, expected):
    assert_measures(text, lang, expected)


@pytest.mark.parametrize("lang, text, claim", [
    ("en", "Emergency room visits rose 17% during the heat.", "17%"),
    ("fr", "Les passages aux urgences ont bondi de 17 % pendant la canicule.", "17 %"),
    ("it", "Gli accessi al pronto soccorso sono saliti del 17% con il caldo.", "17%"),
    ("pt", "Os atendimentos de urgência subiram 17% durante a onda de calor.", "17%"),
    ("zh", "高温期间急诊量增长17%。", "17%"),
])
def test_emergency_visits(lang, text, claim):
    assert measures(text, lang)[claim] == "emergency_visits"


# A heatwave's reading, said through the thermometer; Italian power demand.
@pytest.mark.parametrize("lang, text, claim, measure", [
    ("fr", "Le thermomètre a grimpé jusqu'à 43,8 °C à Perpignan.", "jusqu'à 43,8 °C", "temperature"),
    ("es", "El termómetro marcó 44,1 grados en Córdoba.", "44,1 grados", "temperature"),
    ("it", "La colonnina di mercurio ha superato i 42,6 gradi a Foggia.",
     "ha superato i 42,6 gradi",
     "temperature"),
    ("it", "La domanda elettrica ha toccato un picco di 58,2 gigawatt.", "58,2 gigawatt",
     "electricity"),
])
def test_a_heatwave_s_readings(lang, text, claim, measure):
    assert measures(text, lang)[claim] == measure


def test_a_temperature_measure_goes_to_no_duration():
    """A heatwave's 'temperatures' near a length of time: the days are no temperature."""
    got = measures("Temperatures will stay high for another 11 days in the south.", "en")
    assert got["11 days"] == ""


# A takeover premium: the share of the price above the market's, in every language; the
# words that mean a prize, a subsidy, a loan margin or a country's risk premium keep those.
PREMIUM = [
    ("en", "The bid values the bank at 412p a share, a 41% premium to Friday's close.",
     {"41%": "premium"}),
    ("fr", "Le prix offert fait ressortir une prime de 18 % sur le dernier cours.",
     {"18 %": "premium"}),
    ("es", "La oferta incluye una prima del 22 % sobre el precio de cierre.", {"22 %": "premium"}),
    ("de", "Das Angebot enthält einen Kursaufschlag von 33 Prozent.", {"33 Prozent": "premium"}),
    ("pt", "A oferta embute um ágio de 29% sobre a cotação de sexta-feira.", {"29%": "premium"}),
    ("it", "Il prezzo incorpora un premio del 25% rispetto alla media del mese.",
     {"25%": "premium"}),
    ("zh", "收购价较停牌前收盘价溢价率为35%。", {"35%": "premium"}),
    ("ja", "買収価格のプレミアムは40%となる見通しだ。", {"40%": "premium"}),
]


@pytest.mark.parametrize("lang, text, expected", PREMIUM, ids=[p[0] for p in PREMIUM])
def test_a_takeover_premium(lang, text, expected):
    assert_measures(text, lang, expected)


@pytest.mark.parametrize("lang, text, claim, measure", [
    ("it", "Il premio del torneo vale 3 milioni di euro.", "3 milioni di euro", "prize_money"),
    ("fr", "Une prime de 4 000 euros sera versée aux acheteurs.", "4 000 euros", ""),
    ("es", "La prima de riesgo cerró en 95 puntos básicos.", "95 puntos básicos", "yield"),
    ("de", "Die Bank gewährt den Kredit mit einem Aufschlag von 0,45 Prozentpunkten.",
     "0,45 Prozentpunkten", ""),
])
def test_words_that_are_no_bid_premium(lang, text, claim, measure):
    got = measures(text, lang)[claim]
    assert got != "premium"
    if measure:
        assert got == measure


# Mergers' synergies and a port's shipping routes.
@pytest.mark.parametrize("lang, text, claim, measure", [
    ("en", "The merger should bring cost savings of $140 million a year.",
     "$140 million a year",
     "synergies"),
    ("de", "Die Synergien sollen 85 Millionen Euro pro Jahr erreichen.",
     "85 Millionen Euro pro Jahr",
     "synergies"),
    ("fr", "Les synergies attendues atteignent 95 millions d'euros.", "95 millions d'euros",
     "synergies"),
    ("es", "El puerto abrió 12 nuevas rutas marítimas el año pasado.", "12", "routes"),
    ("zh", "港口全年新开国际航线17条。", "17", "routes"),
    ("en", "The terminal added 9 new shipping routes.", "9", "routes"),
])
def test_synergies_and_routes(lang, text, claim, measure):
    assert measures(text, lang)[claim] == measure


def test_a_currency_that_firmed_is_no_count_of_companies():
    got = measures("The zloty firmed 0.8% against the euro.", "en")
    assert got["0.8%"] != "company"

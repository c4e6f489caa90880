"""What a number measures in drug-trial results, football transfers, wildfires and airline
results, and numbers that are no quantity there: classes the fourth held-out set
(bench/devset4) found. Measure words in every language of the lexicon; a trial phase is a
name; a concessive clause ("although", "obwohl") has its own measure; a Spanish dateline's
"mar" is March."""
from __future__ import annotations

from decimal import Decimal

import pytest

import claimcheck
from test_frames_domains import assert_measures, measures

# A relative risk: the figure is the risk's, not a count of the event whose risk it is.
RISK = [
    ("en", "The pill cut the risk of stroke by 30% against placebo.", {"30%": "risk"}),
    ("fr", "Le vaccin réduit de 18 % le risque de décès chez les plus de 80 ans.",
     {"18 %": "risk"}),
    ("es", "El fármaco redujo un 24 % el riesgo de muerte por infarto.", {"24 %": "risk"}),
    ("de", "Das Mittel senkte das Risiko eines Herzinfarkts um 12 Prozent.",
     {"12 Prozent": "risk"}),
    ("pt", "O remédio reduziu em 15% o risco de internação.", {"15%": "risk"}),
    ("it", "La terapia riduce del 33% il rischio di ricovero.", {"33%": "risk"}),
    ("zh", "该药物使死亡风险降低了19%。", {"19%": "risk"}),
    ("ja", "新薬は死亡リスクを26%低下させた。", {"26%": "risk"}),
]


@pytest.mark.parametrize("lang, text, expected", RISK, ids=[s[0] for s in RISK])
def test_a_relative_risk(lang, text, expected):
    assert_measures(text, lang, expected)


# A footballer's deal: release clause (pt 'multa' is no fine here), goals and matches.
SPORT = [
    ("en", "His release clause is 250 million euros; he scored 17 goals in 35 matches.",
     {"250 million euros": "release_clause", "17": "goals", "35": "matches"}),
    ("es", "Su cláusula de rescisión es de 400 millones y marcó 11 goles en 30 partidos.",
     {"400 millones": "release_clause", "11": "goals", "30": "matches"}),
    ("pt", "A multa rescisória é de 300 milhões de euros; ele fez 9 gols em 28 jogos.",
     {"300 milhões de euros": "release_clause", "9": "goals", "28": "matches"}),
    ("fr", "Sa clause libératoire atteint 180 millions d'euros, pour 14 buts en 33 matchs.",
     {"180 millions d'euros": "release_clause", "14": "goals", "33": "matches"}),
    ("it", "La clausola rescissoria è di 120 milioni; ha segnato 8 gol in 26 partite.",
     {"120 milioni": "release_clause", "8": "goals", "26": "matches"}),
    ("de", "Die Ausstiegsklausel liegt bei 90 Millionen Euro; er erzielte 12 Tore in 31 Partien.",
     {"90 Millionen Euro": "release_clause", "12": "goals", "31": "matches"}),
]


@pytest.mark.parametrize("lang, text, expected", SPORT, ids=[s[0] for s in SPORT])
def test_a_footballer_s_deal(lang, text, expected):
    assert_measures(text, lang, expected)


# The share of a wildfire under control, beside counts of the same sentence.
CONTAINED = [
    ("en", "The blaze was 60% contained by Thursday evening.", {"60%": "containment"}),
    ("es", "El incendio está contenido en un 40 %, según los bomberos.", {"40 %": "containment"}),
    ("pt", "O fogo está 70% controlado, informou a Defesa Civil.", {"70%": "containment"}),
    ("fr", "L'incendie était maîtrisé à 55 % jeudi soir.", {"55 %": "containment"}),
    ("it", "L'incendio è contenuto al 65%, secondo i vigili del fuoco.", {"65%": "containment"}),
    ("zh", "目前火势控制率为45%。", {"45%": "containment"}),
]


@pytest.mark.parametrize("lang, text, expected", CONTAINED, ids=[s[0] for s in CONTAINED])
def test_a_fire_s_containment(lang, text, expected):
    assert_measures(text, lang, expected)


def test_cost_of_risk_is_its_own_measure():
    assert_measures("Il costo del rischio è sceso a 38 punti base da 52.", "it",
                    {"38 punti base": "cost_of_risk"})
    assert_measures("Cost of risk fell to 38 basis points.", "en",
                    {"38 basis points": "cost_of_risk"})


def test_a_concessive_clause_has_its_own_measure():
    """What follows 'obwohl' / 'although' is another clause: the fare's fall is no revenue."""
    got = measures("Der Umsatz stieg um 4 Prozent auf 9,2 Milliarden Euro, obwohl der "
                   "durchschnittliche Ticketpreis um 9 Prozent sank.", "de")
    assert got["4 Prozent"] == "revenue" and got["9 Prozent"] == "price"
    got = measures("Sales grew 4% to $9.2 billion even though the order book shrank 9%.", "en")
    assert got["4%"] == "revenue" and got["9%"] != "revenue"
    assert_measures("Analysten erwarten einen Spitzenumsatz von 2,5 Milliarden Dollar.", "de",
                    {"2,5 Milliarden Dollar": "revenue"})


def test_a_trial_phase_is_a_name():
    for lang, text, count in [
        ("en", "A Phase 2 study of 900 adults met its goal.", "900"),
        ("es", "Un ensayo de fase 2 con 840 pacientes cumplió su objetivo.", "840"),
        ("pt", "Um estudo de fase 3 com 1.120 pacientes foi concluído.", "1.120"),
        ("fr", "Un essai de phase 3 mené auprès de 2 300 patients.", "2 300"),
    ]:
        got = claimcheck.extract(text, lang=lang)
        assert [c.text for c in got] == [count], (lang, got)


def test_a_decimal_word_does_not_take_grouped_digits():
    """'con' joins spoken decimals ("15 dólares con 50"), never a grouped number: "3 con
    6.412" is two numbers, not 3.6412."""
    got = {c.text: c.value for c in claimcheck.extract(
        "El grupo 2 con 1.250 alumnos pagó 15 dólares con 50.", lang="es")}
    assert got.get("1.250 alumnos", got.get("1.250")) == 1250
    assert got["15 dólares con 50"] == Decimal("15.5")
    assert not any(str(v).startswith("2.1") for v in got.values())


def test_a_spanish_dateline_march():
    """'Quito, 14 mar (EFE)' is a date (so the report is dated for running tallies), and
    'mar' after other words stays the sea."""
    got = claimcheck.extract("Quito, 14 mar (EFE).- Al menos 9 personas murieron.", lang="es")
    assert [(c.kind, c.value) for c in got][:2] == [("date", 314), ("count", 9)]
    got = claimcheck.extract("El barco quedó a 12 millas del mar abierto.", lang="es")
    assert [c.kind for c in got] == ["length"] or all(c.kind != "date" for c in got)


def test_a_bare_number_is_no_physical_quantity():
    """A verb that names an area ('covers') does not make a bare number an area: the number
    keeps what the figure before it counted."""
    got = {c.text: c.measure for c in claimcheck.extract(
        "The recall covers cars built since 2021, including 240,000 vehicles in France, "
        "98,000 in Spain and 31,500 in Italy.", lang="en")}
    assert got["240,000"] == "vehicle"
    assert got["98,000"] != "area" and got["31,500"] != "area"
    # with its unit, the area is still one
    assert_measures("The park covers 36.9 km2.", "en", {"36.9 km2": "area"})


def test_a_count_named_before_its_number_takes_no_currency():
    """A bare 'milioni' after an amount of money is money, unless the measure words of its
    own clause all name something counted (passengers, customers)."""
    got = {c.text: (c.kind, c.unit) for c in claimcheck.extract(
        "L'utile netto è salito a 840 milioni di euro, dopo 710 milioni. I passeggeri sono "
        "saliti del 4% a 52,6 milioni. Il fatturato è cresciuto a 4,1 miliardi.", lang="it")}
    assert got["710 milioni"] == ("money", "EUR")
    assert got["52,6 milioni"][1] is None
    assert got["4,1 miliardi"] == ("money", "EUR")
    got = {c.text: c.unit for c in claimcheck.extract(
        "Los depósitos sumaron 98.000 millones de euros, y el crédito a clientes alcanzó "
        "120.500 millones.", lang="es")}
    assert got["120.500 millones"] == "EUR"
    got = {c.text: c.unit for c in claimcheck.extract(
        "Profit rose to 1.4 billion euros as passengers neared 90 million.", lang="en")}
    assert got["neared 90 million"] is None      # ("neared": a bound, read with it)


def test_the_level_after_a_rate_of_change_and_from_is_the_earlier_one():
    """"up 6% from 71.2 million": the change, then the level it started from."""
    got = {c.text: c.role for c in claimcheck.extract(
        "The port handled 75.5 million tonnes, up 6% from 71.2 million.", lang="en")}
    assert got["71.2 million"] == "old" and got["75.5 million tonnes"] != "old"
    got = {c.text: c.role for c in claimcheck.extract(
        "Sales rose 6% to 75.5 million euros.", lang="en")}
    assert got["75.5 million euros"] != "old"

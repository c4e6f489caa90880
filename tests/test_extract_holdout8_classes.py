"""Classes of misreads found on the seventh and eighth held-out sets
(bench/realtext/holdout7-*.yaml, holdout8-*.yaml): a bare number in a parallel clause that
takes the unit of the claim before it ("un 4,2% en Jaén y en Córdoba, un 3,6"), the old
value after "contro il/i" in Italian, a per-period word followed by a year (a date, no
rate: "49,8 Prozent im Jahr 2021"), French phone numbers in pairs and short hotlines after
a phone label. Literal expectations on sentences written for these tests (not the
benchmark's)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from claims_helpers import non_dates as claims


def by_text(text: str, lang: str) -> dict:
    return {c.text: c for c in claims(text, lang)}


# ------------------------------------------------------- a unit carried into a parallel clause

@pytest.mark.parametrize("lang,text,bare,value,unit", [
    ("es", "Las exportaciones de aceite crecieron un 4,2% en Jaén y en Córdoba, un 3,6, "
           "según la patronal.", "3,6", "3.6", "percent"),
    ("es", "El plazo medio de pago es de 48 días en Aragón y en Galicia, de 71, según el "
           "informe.", "71", "6134400", "s"),
    ("es", "Habrá ayudas de hasta 3.000 euros por vivienda inundada y de 1.500 para los "
           "comercios.", "1.500", "1500", "EUR/household"),
    ("fr", "La région a touché 8 millions d'euros en 2022 et 11 en 2023 pour ses routes.",
     "11", "11000000", "EUR"),
    ("pt", "O desemprego caiu para 6,1% no Norte e no Alentejo, para 5,4, segundo o INE.",
     "5,4", "5.4", "percent"),
])
def test_a_bare_number_in_a_parallel_clause_takes_the_unit(lang, text, bare, value, unit):
    got = by_text(text, lang)[bare]
    assert got.value == D(value)
    assert got.unit == unit


@pytest.mark.parametrize("lang,text,bare", [
    # a count in the second clause: no unit to carry
    ("es", "Murieron 4 personas y en Lorca, 12 resultaron heridas.", "12"),
    # the clause after the and-word is not built like the first one
    ("es", "Los precios subieron un 3,1% y en la capital llegaron a 14 comercios.", "14"),
    # too far apart in value to be the same measure
    ("fr", "Le taux atteint 4,5 % en Corse et 180 en Bretagne selon l'Insee.", "180"),
])
def test_no_unit_is_carried_without_a_parallel(lang, text, bare):
    got = by_text(text, lang)
    assert got[bare].unit in (None, "")


# ------------------------------------------------------- the old value after "contro il"

@pytest.mark.parametrize("text,old,value,unit", [
    ("L'affluenza si è fermata al 61,2 per cento, contro il 66,0 del 2019.", "66,0", "66.0",
     "percent"),
    ("Il fatturato è salito a 310 milioni di euro, contro i 285 del 2023.", "285",
     "285000000", "EUR"),
])
def test_the_old_value_after_contro_and_an_article(text, old, value, unit):
    got = by_text(text, "it")[old]
    assert (got.value, got.unit, got.role) == (D(value), unit, "old")


# ------------------------------------------------------- a period word before a year

@pytest.mark.parametrize("lang,text,claim", [
    ("de", "Die Quote lag bei 54,1 Prozent nach 49,8 Prozent im Jahr 2021.", "49,8 Prozent"),
    ("en", "Turnout was 61% against 58% in the year 2019.", "58%"),
])
def test_a_period_word_before_a_year_is_a_date_not_a_rate(lang, text, claim):
    got = by_text(text, lang)
    assert got[claim].unit == "percent"
    assert all(c.kind != "rate" for c in got.values())


def test_a_period_word_alone_still_makes_a_rate():
    got = by_text("Die Miete stieg um 3 Prozent im Jahr.", "de")
    assert got["3 Prozent im Jahr"].unit == "percent/year"


# ------------------------------------------------------- phone numbers

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour tout renseignement : 01 53 44 20 10."),
    ("fr", "La mairie répond au 05 61 22 29 22 du lundi au vendredi."),
    ("zh", "市场监管投诉电话：12315。"),
])
def test_phone_numbers_are_no_claims(lang, text):
    assert claims(text, lang) == []


def test_spaced_thousands_after_a_zero_stay_numbers():
    got = by_text("Le déficit atteint 0,5 % et 12 000 emplois sont menacés.", "fr")
    assert got["12 000"].value == D(12000)


# ------------------------------------------------------- a price whose thing is its subject

@pytest.mark.parametrize("lang,text,claim,value,unit", [
    ("es-MX", "El litro de diésel se vende en 25.10 pesos en la frontera norte.", "25.10 pesos",
     "25100", "MXN/m**3"),
    ("pt-BR", "Em Goiás, o quilo do café chegou a R$ 42,80 na semana.", "R$ 42,80", "42.80",
     "BRL/kg"),
    ("fr", "Le litre de gazole s'affiche à 1,72 euro en moyenne.", "1,72 euro", "1720",
     "EUR/m**3"),
    ("it", "Il chilo di pane arriva a 4,20 euro a Milano.", "4,20 euro", "4.20", "EUR/kg"),
])
def test_a_price_is_per_the_thing_its_subject_names(lang, text, claim, value, unit):
    got = by_text(text, lang)[claim]
    assert (got.value, got.unit) == (D(value), unit)


def test_a_sack_that_holds_a_measure_still_names_the_thing_of_the_price():
    got = by_text("A saca de 60 kg de milho era cotada a R$ 71,20 em Cascavel, alta de "
                  "R$ 1,40 no dia.", "pt-BR")
    assert got["60 kg"].unit == "kg"
    assert got["R$ 71,20"].unit == got["R$ 1,40"].unit == "BRL/sack"


def test_a_package_named_by_no_thing_word_keeps_a_plain_price():
    got = by_text("O pacote de 5 kg de arroz custa R$ 29,90.", "pt-BR")
    assert got["R$ 29,90"].unit == "BRL"


# ------------------------------------------------------- age bands

@pytest.mark.parametrize("lang,text,kept", [
    ("de", "Gut zwei Drittel der Toten waren älter als 80 Jahre.", ["Gut zwei Drittel"]),
    ("fr", "La couverture des 70 ans et plus atteint 51 %.", ["51 %"]),
    ("es", "La vacuna es gratuita para los mayores de 65 años.", []),
    ("it", "La copertura degli over 65 è al 52%.", ["52%"]),
])
def test_an_age_band_is_no_claim(lang, text, kept):
    assert [c.text for c in claims(text, lang)] == kept


def test_a_duration_is_still_a_claim():
    assert [c.text for c in claims("La obra duró más de 12 años.", "es")] == ["más de 12 años"]


# ------------------------------------------------------- a sentence that opens with a number

@pytest.mark.parametrize("text,kept", [
    ("Sie fuhren ins Krankenhaus. 312 Menschen starben.", ["312"]),
    ("Der Zug stand im Bahnhof. 45 Fahrgäste warteten.", ["45"]),
])
def test_a_number_after_a_capitalised_noun_and_a_full_stop_is_read(text, kept):
    assert [c.text for c in claims(text, "de")] == kept


def test_an_abbreviation_with_its_dot_still_names_a_number():
    assert claims("Er wohnt in der Hauptstraße Nr. 12 in Bonn.", "de") == []


# ------------------------------------------------------- ordinals written with a dot

@pytest.mark.parametrize("text,kept", [
    ("Den Siegtreffer erzielte Reyes in der 78. Minute.", []),
    ("Am 12. Spieltag gewann Lindenau mit drei Toren.", ["drei"]),
    ("Die Zahl der Toten stieg auf 78. Die Polizei ermittelt.", ["78"]),
])
def test_a_number_with_a_dot_after_an_article_is_a_position(text, kept):
    assert [c.text for c in claims(text, "de")] == kept


# ------------------------------------------------------- gross and net before the period

@pytest.mark.parametrize("lang,text,claim,unit", [
    ("es", "El salario medio subió a 2.150 euros brutos al mes.", "2.150 euros brutos al mes",
     "EUR/month"),
    ("fr", "Le salaire atteint 2 150 euros bruts par mois.", "2 150 euros bruts par mois",
     "EUR/month"),
    ("it", "Lo stipendio è di 1.850 euro lordi al mese.", "1.850 euro lordi al mese",
     "EUR/month"),
    ("de", "Er verdient 4.100 Euro brutto im Monat.", "4.100 Euro brutto im Monat", "EUR/month"),
    ("pt-BR", "O piso é de R$ 3.200 brutos por mês.", "R$ 3.200 brutos por mês", "BRL/month"),
    ("en", "She earns $52,000 gross a year.", "$52,000 gross a year", "USD/year"),
])
def test_gross_and_net_stand_between_an_amount_and_its_period(lang, text, claim, unit):
    assert by_text(text, lang)[claim].unit == unit


# ------------------------------------------------------- a change after a rate and a place

def test_a_change_after_a_rate_placed_in_a_town_and_a_day_is_per_the_same_thing():
    got = by_text("A saca era negociada a R$ 128,50 em Sorriso nesta segunda-feira, queda de "
                  "R$ 3,20 na semana.", "pt-BR")
    assert got["R$ 3,20"].unit == "BRL/sack"


# ------------------------------------------------------- names and ids

@pytest.mark.parametrize("lang,text", [
    ("pt-BR", "Doações pelo PIX com a chave 92.958.800/0001-38."),
    ("pt-BR", "O CPF 123.456.789-09 foi bloqueado pela Receita."),
])
def test_tax_ids_are_no_claims(lang, text):
    assert claims(text, lang) == []


def test_amounts_with_dots_stay_amounts():
    assert by_text("A empresa faturou R$ 12.345.678 no ano.", "pt-BR")["R$ 12.345.678"].value \
        == D(12345678)


def test_a_kind_of_basket_is_no_count():
    assert [c.text for c in claims("He hit six 3-pointers in the game.", "en")] == ["six"]


# ------------------------------------------------------- a price per measure that carries on

@pytest.mark.parametrize("lang,text,claim,unit", [
    ("es", "La vivienda nueva se vende a 3.150 euros por metro cuadrado. En Málaga el precio "
           "llegó a 4.020 euros.", "4.020 euros", "EUR/m**2"),
    ("fr", "Le gazole s'échange à 1,69 euro le litre en moyenne. Dans les Alpes, il atteint "
           "1,84 euro.", "1,84 euro", "EUR/m**3"),
    ("de", "Örtlich fielen 80 Liter Regen pro Quadratmeter, in Passau waren es 65 Liter.",
     "65 Liter", "m**3/m**2"),
])
def test_a_plain_amount_after_a_price_per_measure_is_per_that_measure(lang, text, claim, unit):
    assert by_text(text, lang)[claim].unit == unit


@pytest.mark.parametrize("lang,text,claim", [
    # a rate per period: a one-off payment after a wage stays an amount
    ("es", "El sueldo es de 2.100 euros al mes y la paga extra de 2.300 euros.", "2.300 euros"),
    # far from the price in size: a flat, not a square metre
    ("es", "El metro cuadrado cuesta 3.150 euros. Un piso medio cuesta 280.000 euros.",
     "280.000 euros"),
    # a new paragraph starts another story
    ("es", "El gasóleo cuesta 1,45 euros por litro.\n\nLa entrada del museo cuesta 1,50 euros.",
     "1,50 euros"),
])
def test_no_rate_is_carried_to_other_amounts(lang, text, claim):
    assert by_text(text, lang)[claim].unit == "EUR"


# ------------------------------------------------------- a fraction told with "parte"

@pytest.mark.parametrize("text,claim,value", [
    ("Traumatología concentra una cuarta parte de los pacientes.", "una cuarta parte", "0.25"),
    ("Una tercera parte de los vecinos vive de alquiler.", "Una tercera parte", "1/3"),
])
def test_a_fraction_told_with_parte(text, claim, value):
    from fractions import Fraction
    got = by_text(text, "es")[claim]
    assert abs(Fraction(got.value) - Fraction(value)) < Fraction(1, 10 ** 20)


def test_an_ordinal_with_another_noun_is_no_fraction():
    assert claims("Es el cuarto partido de la temporada.", "es") == []


# ------------------------------------------------------- phone numbers after a word for them

@pytest.mark.parametrize("lang,text", [
    ("es-MX", "Para reportar fugas, los vecinos pueden llamar al 800 112 3344."),
    ("it", "Il Comune ha attivato il numero verde 800 441 200."),
    ("es", "El servicio atendió las llamadas al 112 durante la noche."),
    ("zh", "市民可拨打热线12345反映问题。"),
    ("de", "Die Stadt ist unter der Nummer 0800 111 0 111 erreichbar."),
])
def test_a_number_after_a_phone_word_is_no_claim(lang, text):
    assert claims(text, lang) == []


@pytest.mark.parametrize("lang,text,kept", [
    ("es", "Hubo 300 llamadas al servicio de urgencias.", ["300"]),
    ("en", "The company will call back 2,000 workers.", ["2,000"]),
])
def test_counts_near_phone_words_stay_claims(lang, text, kept):
    assert [c.text for c in claims(text, lang)] == kept


# ------------------------------------------------------- Japanese box scores

def test_a_score_with_a_horizontal_bar_is_no_claim():
    assert claims("ライオンズは延長戦の末に6―5で勝った。", "ja") == []


def test_a_place_in_the_batting_order_is_no_claim():
    assert [c.text for c in claims("田村は「4番・一塁」で先発し、2打点を挙げた。", "ja")] == ["2"]


@pytest.mark.parametrize("text", ["田村は3安打を放った。", "田村は4打数で終わった。"])
def test_box_score_counters_count(text):
    assert [c.kind for c in claims(text, "ja")] == ["count"]

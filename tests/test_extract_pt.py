"""Portuguese extraction (Brazilian and European), with literal expectations."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck
from claimcheck.extraction.detect import detect_language

INF = D("Infinity")


one = one_for("pt")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("A cidade tem 1.234.567 habitantes.", D(1234567)),
    ("A cidade tem 1 234 567 habitantes.", D(1234567)),
    ("O valor médio é 1.234,56 no total.", D("1234.56")),
    ("O valor médio é 21,75 no total.", D("21.75")),
    ("O valor médio é 2.300 no total.", D(2300)),        # a dot groups thousands
    ("O valor médio é 0.683 no total.", D("0.683")),     # a leading 0 is no thousand
])
def test_digits_and_separators(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value", [
    ("vinte e oito acordos", D(28)),
    ("duzentos acordos", D(200)),
    ("duzentas pessoas", D(200)),
    ("trezentos e quarenta e sete acordos", D(347)),
    ("mil e cem acordos", D(1100)),
    ("dois mil trezentos e quarenta e sete acordos", D(2347)),
    ("dezesseis acordos", D(16)),
    ("dezasseis acordos", D(16)),                     # European spelling
    ("treze milhões quatrocentos e cinquenta e dois mil pessoas", D(13_452_000)),
    ("meia dúzia de ovos", D(6)),
    ("um terço da população", D(1) / D(3)),
    ("três quartos da população", D("0.75")),
    ("três milhões e meio de euros", D(3_500_000)),
    ("quarenta e sete vírgula vinte e oito", D("47.28")),
    ("cinco trilhões com três quartos", D(5_750_000_000_000)),
])
def test_number_words(text, value):
    assert claimcheck.extract(text, "pt")[0].value == value


@pytest.mark.parametrize("text,value", [
    ("um vinte e um avos", D(1) / D(21)),             # "avos": the cardinal is the denominator
    ("três vinte e um avos", D(3) / D(21)),
    ("cento e trinta e dois cinco avos", D("26.4")),
    ("três dois milésimos", D("0.0015")),              # 3/2000
    ("cem mil bilionésimos", D("0.0001")),             # 100000/10^9, not 100/(1000 x 10^9)
])
def test_denominator_words(text, value):
    assert claimcheck.extract(text, "pt")[0].value == value


@pytest.mark.parametrize("text,value,unit", [
    ("A receita chegou a 2,3 bilhões de reais.", D(2_300_000_000), "BRL"),   # Brazil: 10^9
    ("A receita chegou a R$ 2,3 bilhões.", D(2_300_000_000), "BRL"),
    ("A receita chegou a R$ 2,3 bi.", D(2_300_000_000), "BRL"),
    ("A receita chegou a 2,3 mil milhões de euros.", D(2_300_000_000), "EUR"),  # Portugal: 10^9
    ("A dívida é de 1,5 bilião de euros.", D(1_500_000_000_000), "EUR"),       # Portugal: 10^12
    ("A dívida é de 3 trilhões de dólares.", D(3 * 10 ** 12), "USD"),          # Brazil: 10^12
    ("Custou US$ 150 milhões.", D(150_000_000), "USD"),
    ("Custou 5 milhões de euros.", D(5_000_000), "EUR"),
    ("Custou um bilhão de dólares.", D(10 ** 9), "USD"),
])
def test_scales(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_bilhoes_precision():
    c = one("A receita chegou a 2,3 bilhões de reais.")
    assert (c.low, c.high) == (D(2_250_000_000), D(2_350_000_000))


@pytest.mark.parametrize("text,iso", [
    ("Pagou 30 reais.", "BRL"), ("Pagou R$ 30.", "BRL"), ("Pagou 30 €.", "EUR"),
    ("Pagou 30 euros.", "EUR"), ("Pagou 30 dólares.", "USD"), ("Pagou US$ 30.", "USD"),
    ("Pagou 30 libras esterlinas.", "GBP"), ("Pagou 30 ienes.", "JPY"), ("Pagou 30 yuans.", "CNY"),
    ("Pagou 30 francos suíços.", "CHF"),
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


def test_real_is_a_currency_only_after_the_number():
    assert one("O valor real é 5.").kind == "number"


def test_money_with_cents():
    c = one("Custou apenas 15 dólares e 15 centavos.")
    assert (c.value, c.unit) == (D("15.15"), "USD")


@pytest.mark.parametrize("text,value,unit", [
    ("A área é de 36 quilômetros quadrados.", D(36_000_000), "m**2"),
    ("A área é de 36 quilómetros quadrados.", D(36_000_000), "m**2"),
    ("A área é de 36 km².", D(36_000_000), "m**2"),
    ("A fazenda tem 120 hectares.", D(1_200_000), "m**2"),
    ("A fábrica produz 500 toneladas.", D(500_000), "kg"),
    ("O parque tem 480 MW.", D(480_000_000), "W"),
    ("A linha tem 12 quilômetros.", D(12_000), "m"),
])
def test_units(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_mi_alone_is_a_mile_not_a_million():
    c = one("A estrada tem 5 mi.")
    assert (c.kind, c.value) == ("length", D("8046.72"))


@pytest.mark.parametrize("text,value,unit", [
    ("A taxa é de 7%.", D(7), "percent"),
    ("A taxa é de 7 por cento.", D(7), "percent"),
    ("A taxa é de trinta e cinco por cento.", D(35), "percent"),
    ("A taxa subiu 2,5 pontos percentuais.", D("2.5"), "percentage_point"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("Mais de 500 convidados.", "over", D(500), INF),
    ("Pelo menos 500 convidados.", "over", D(500), INF),
    ("Cerca de 500 convidados.", "about", D(450), D(550)),
    ("Aproximadamente 500 convidados.", "about", D(450), D(550)),
    ("Quase 500 convidados.", "under", D(450), D(500)),
    ("Até 500 convidados.", "under", D(0), D(500)),
    ("Entre 12 e 20 quilômetros.", "range", D(11_500), D(20_500)),
    ("De 12 a 20 quilômetros.", "range", D(11_500), D(20_500)),
])
def test_qualifiers(text, qualifier, low, high):
    c = claimcheck.extract(text, "pt")[0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_pelo_menos_is_not_minus():
    assert one("Pelo menos 5 feridos.").value == D(5)


def test_count_with_subject():
    c = one("Foram assinados 28 acordos de cooperação.")
    assert (c.kind, c.value, c.subject) == ("count", D(28), "acordos de cooperação")


@pytest.mark.parametrize("text,value", [
    ("Assinado em 8 de abril de 2026.", D(20260408)),
    ("Assinado em 08/04/2026.", D(20260408)),
    ("Assinado em março de 2026.", D(202603)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


def test_the_article_um_is_not_one():
    assert claimcheck.extract("Foi assinado um acordo com uma empresa.", "pt") == []


def test_ordinals_are_not_claims():
    assert claimcheck.extract("Subimos ao 4º piso.", "pt") == []


@pytest.mark.parametrize("text,code", [
    ("A empresa disse que o investimento total será de R$ 2,3 bilhões.", "pt"),
    ("O parque eólico ao largo de Saint-Nazaire custará 2,3 bilhões de euros e terá uma "
     "capacidade de 480 MW.", "pt"),
    ("La empresa dijo que la inversión total será de 2.300 millones de euros.", "es"),
])
def test_portuguese_is_told_from_spanish(text, code):
    # the regional variant (pt-BR for "R$" and "bilhões") is a form of the same language
    assert detect_language(text).split("-")[0] == code

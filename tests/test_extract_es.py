"""Spanish extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from claims_helpers import one_for

import claimcheck

INF = D("Infinity")


one = one_for("es")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("La ciudad tiene 1.234.567 habitantes.", D(1234567)),
    ("La ciudad tiene 1 234 567 habitantes.", D(1234567)),
    ("La ciudad tiene 1\u202f234\u202f567 habitantes.", D(1234567)),
    ("La ciudad tiene 1'234'567 habitantes.", D(1234567)),
    ("La ciudad tiene 2.300 habitantes.", D(2300)),        # a dot groups thousands
    ("La tasa es de 21,75 en promedio.", D("21.75")),
    ("La tasa es de 0.683 en promedio.", D("0.683")),      # a leading 0 is no thousand
    ("El precio es de 1.111,11 en promedio.", D("1111.11")),
])
def test_digits_and_separators(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value,unit", [
    ("La inversión es de 21.750 millones de RMB.", D(21_750_000_000), "CNY"),
    ("Costó 2,5 mil millones de dólares.", D(2_500_000_000), "USD"),
    ("La deuda llega a un billón de euros.", D(10 ** 12), "EUR"),   # long scale: 10^12
    ("La deuda llega a 3 billones de euros.", D(3 * 10 ** 12), "EUR"),
    ("Costó US$ 150 millones.", D(150_000_000), "USD"),
    ("Costó 5 M€.", D(5_000_000), "EUR"),
])
def test_scales(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_21_750_millones_precision():
    c = one("La inversión es de 21.750 millones de RMB.")
    assert (c.low, c.high) == (D(21_749_500_000), D(21_750_500_000))


@pytest.mark.parametrize("text,value", [
    ("nueve propuestas", D(9)),
    ("veintiocho acuerdos", D(28)),
    ("treinta y dos países", D(32)),
    ("doscientas personas", D(200)),
    ("ciento veinte personas", D(120)),
    ("dos mil trescientos invitados", D(2300)),
    ("un tercio de la población", D(1) / D(3)),
    ("tres cuartos de la población", D("0.75")),
    ("tres millones y medio de euros", D(3_500_000)),
    ("veinte con tres quintos", D("20.6")),
    ("cuarenta y siete coma veintiocho", D("47.28")),
    ("tres veintiunavos", D(3) / D(21)),
])
def test_number_words(text, value):
    assert claimcheck.extract(text, "es")[0].value == value


def test_the_article_un_is_not_one():
    assert claimcheck.extract("Se firmó un acuerdo con una empresa.", "es") == []


@pytest.mark.parametrize("text,iso", [
    ("Pagó 30 €.", "EUR"), ("Pagó 30 euros.", "EUR"), ("Pagó $30.", "USD"),
    ("Pagó 30 dólares.", "USD"), ("Pagó 30 libras esterlinas.", "GBP"),
    ("Pagó 30 yuanes.", "CNY"), ("Pagó 30 yenes.", "JPY"), ("Pagó 30 pesos mexicanos.", "MXN"),
    ("Pagó C$ 30.", "CAD"),
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


def test_money_with_cents():
    c = one("Solo cuesta 15 dólares y 15 centavos.")
    assert (c.value, c.unit) == (D("15.15"), "USD")


@pytest.mark.parametrize("text,value,unit", [
    ("El área es de 36,9 kilómetros cuadrados.", D(36_900_000), "m**2"),
    ("El área es de 36,9 km2.", D(36_900_000), "m**2"),
    ("El área es de 36,9 km².", D(36_900_000), "m**2"),
    ("La finca tiene 120 hectáreas.", D(1_200_000), "m**2"),
    ("La central produce 5 GWh.", D(18 * 10 ** 12), "J"),
    ("La central tiene 200 MW.", D(200_000_000), "W"),
    ("Recorrió 10 millas.", D("16093.44"), "m"),
])
def test_units(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("La tasa es del 7 %.", D(7), "percent"),
    ("La tasa es del 7 por ciento.", D(7), "percent"),
    ("La tasa es del cien por cien.", D(100), "percent"),
    ("La tasa subió 2,5 puntos porcentuales.", D("2.5"), "percentage_point"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("Más de 500 invitados.", "over", D(500), INF),
    ("Al menos 5 heridos.", "over", D(5), INF),
    ("Casi 50 personas.", "under", D(45), D(50)),
    ("Hasta 1.000 empleos.", "under", D(0), D(1000)),
    ("Menos de 10 muertos.", "under", D(0), D(10)),
    ("Unos 30 días.", "about", D(2_289_600), D(2_894_400)),
    ("Alrededor de 30 personas.", "about", D(27), D(33)),
    ("Entre 12 y 20 kilómetros.", "range", D(11_500), D(20_500)),
])
def test_qualifiers(text, qualifier, low, high):
    c = claimcheck.extract(text, "es")[0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_at_least_is_not_minus():
    assert one("Al menos 5 heridos.").value == D(5)


def test_count_with_subject():
    c = one("Asistieron 500 invitados.")
    assert (c.kind, c.value, c.subject) == ("count", D(500), "invitados")


@pytest.mark.parametrize("text", [
    "Llame al +34 912 345 678.", "Vea https://ejemplo.es/2020/15 hoy.",
    "La reunión empieza a las 16:06.", "1. Primer punto", "El G20 se reunió.",
])
def test_non_claims(text):
    assert [c for c in claimcheck.extract(text, "es") if c.kind != "date"] == []


@pytest.mark.parametrize("text,value", [
    ("Firmado el 19 de noviembre de 2020.", D(20201119)),
    ("Firmado el 20/11/2020.", D(20201120)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


def test_ordinals_are_not_claims():
    assert claimcheck.extract("Quedó 3º y luego 1ª.", "es") == []

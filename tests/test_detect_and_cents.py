"""Language detection does not read the letters of a currency sign as words ("A$5.52" is
no Portuguese article), and cents of a named dollar and dividends per share in Chinese and
Japanese (每股78澳分, 1株78豪セント, 每股10港仙) are amounts per share in that currency.
Text written for this test."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

import claimcheck
from claimcheck.extraction import detect_language

WIRE = ("Coolabah profit falls\n\nCoolabah Resources said underlying profit fell to A$5.52 "
        "billion from A$6.30 billion a year earlier, above a consensus estimate of A$5.41 "
        "billion. Revenue fell to A$19.48 billion.")


def test_currency_letters_are_no_words_of_a_language():
    assert detect_language(WIRE).split("-")[0] == "en"
    amounts = [c.value for c in claimcheck.extract(WIRE, detect_language(WIRE))
               if c.kind == "money"]
    assert amounts[:2] == [D("5520000000"), D("6300000000")]
    # a Brazilian text keeps its own: "R$" is no word, the articles still are
    pt = "A empresa informou que o lucro caiu para R$ 5,5 bilhões no trimestre, a menor alta."
    assert detect_language(pt).split("-")[0] == "pt"


@pytest.mark.parametrize("lang,text,span,value,unit", [
    ("zh", "中期股息为每股78澳分，上年同期为92澳分。", "78澳分", D("0.78"), "AUD/share"),
    ("zh", "汇丰宣布派发第三次股息每股10港仙。", "10港仙", D("0.10"), "HKD/share"),
    ("zh", "公司每股派息3.2欧分。", "3.2欧分", D("0.032"), "EUR/share"),
    ("ja", "中間配当は1株78豪セントとした。", "78豪セント", D("0.78"), "AUD/share"),
    ("ja", "期末配当は1株40円とする。", "40円", D("40"), "JPY/share"),
])
def test_cents_of_a_named_dollar_and_dividends_per_share(lang, text, span, value, unit):
    claims = {c.text: c for c in claimcheck.extract(text, lang)}
    assert (claims[span].value, claims[span].unit) == (value, unit)
    assert "1" not in claims            # the 1 of 1株 is no claim of its own


# Portuguese variants by spelling, not only by topic: a Brazilian site on a European lottery
# names Portugal and euros, but writes "prêmio" and "econômica" as Brazil does; a Lisbon
# paper writes "prémio", "económica" and "equipa". Text written for this test.
_PT_BR_ON_EUROPE = (
    "Apostador português leva prêmio recorde de 198 milhões de euros\n\n"
    "Um apostador de Portugal acertou os cinco números e as duas estrelas do sorteio de "
    "sexta-feira e levou o prêmio de 198 milhões de euros, cerca de R$ 1,2 bilhão. A equipe "
    "de apoio da loteria disse que a situação econômica do ganhador não será divulgada.\n")
_PT_PT = (
    "Apostador de Braga ganha prémio de 198 milhões de euros\n\n"
    "Um apostador de Braga ganhou o prémio de 198 milhões de euros. A equipa de apoio da "
    "lotaria disse que a situação económica do vencedor não será divulgada.\n")


@pytest.mark.parametrize("text, code", [(_PT_BR_ON_EUROPE, "pt-BR"), (_PT_PT, "pt-PT")])
def test_portuguese_variant_by_its_spelling(text, code):
    assert detect_language(text) == code

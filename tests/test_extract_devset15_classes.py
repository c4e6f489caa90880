"""Classes the fifteenth held-out set (bench/devset15) showed, on text written for these
tests: the odds of a prize ("1 in 95,344,200", "una su 95.344.200") had no measure, so the
versions' odds stayed in no row, and Spanish "1 entre 95.344.200" was read as two numbers.
The odds now share a row; a decimal slip of one version's N ("1 entre 9,5 millones" for
1 in 95,344,200) is still not flagged (its figure is stored as 1/N, whose digits are no
longer N's; see bench/devset15/FINDINGS.md). French "dont" followed by a clause of its own
("dont le coût est estimé à") was read as "of which"; Spanish "eleva de 15 a 35 por ciento"
(a verb of change in the present) was read as a range."""
from __future__ import annotations

import pytest

import claimcheck
from claims_helpers import measure_at
from story_helpers import check, flags


# ---------------------------------------------------------------- the odds of a prize

@pytest.mark.parametrize("lang, text, figure", [
    ("en", "The odds of winning the top prize are one in 95,344,200.", "one in"),
    ("fr", "La probabilité de remporter le gros lot est d'une chance sur 95 344 200.",
     "95 344 200"),
    ("es", "La probabilidad de acertar la combinación es de 1 entre 95.344.200.",
     "1 entre"),
    ("pt", "A probabilidade de acertar a chave é de 1 em 95.344.200.", "1 em"),
    ("it", "La probabilità di indovinare la sestina è di una su 95.344.200.", "una su"),
    ("de", "Die Wahrscheinlichkeit für den Hauptgewinn liegt bei 1 zu 95.344.200.",
     "95.344.200"),
    ("zh", "头奖的中奖概率为9534万4200分之一。", "9534万4200"),
    ("ja", "1等の当選確率は約9534万分の1だ。", "約9534万"),
])
def test_the_odds_of_a_prize_are_a_measure(lang, text, figure):
    assert measure_at(text, lang, figure) == "odds"


ODDS_STORY = {
    "en.txt": "Lottery jackpot won in Lisbon\n\nA single ticket won the €143m jackpot. The "
              "odds of winning it are one in 95,344,200, the operator said.",
    "fr.txt": "Le jackpot remporté à Lisbonne\n\nUn seul ticket a remporté le jackpot de 143 "
              "millions d'euros. La probabilité de le gagner est de 1 sur 95 344 200.",
    "pt.txt": "Jackpot sai em Lisboa\n\nUm único boletim ganhou o jackpot de 143 milhões de "
              "euros. A probabilidade de ganhar é de 1 em 95.344.200.",
    "es.txt": "El bote cae en Lisboa\n\nUn único boleto ganó el bote de 143 millones de euros. "
              "La probabilidad de acertar es de 1 entre 9,5 millones.",
}


def test_agreeing_odds_are_not_flagged():
    texts = dict(ODDS_STORY)
    texts["es.txt"] = texts["es.txt"].replace("9,5 millones", "95.344.200")
    _, findings = check(texts)
    assert not flags(findings)


# ------------------------------------------------------------ a part marker far from its number

# French "dont" is "of which" right before a figure ("dont 412 millions") but "whose" when a
# relative clause follows it ("dont le coût est estimé à"): that figure is no part
WHOSE_COST = ("Le projet est chiffré à 1,34 milliard d'euros. Il se raccordera au pipeline "
              "entre Barcelone et Marseille dont le coût est estimé à 2,5 milliards d'euros.")


def _part_failures(texts):
    _, findings = check(texts)
    return [f for f in findings if f.check == "part_whole" and not f.passed]


def test_a_relative_clause_after_dont_is_no_part():
    assert not _part_failures({"fr.txt": WHOSE_COST, "en.txt": "The project costs €1.34bn."})


@pytest.mark.parametrize("text", [
    "O investimento total está estimado em 1,34 mil milhões de euros, dos quais 2,5 mil milhões "
    "serão financiados a fundo perdido.",
    "O investimento total está estimado em 1,34 mil milhões de euros, dos quais mais de 2,5 mil "
    "milhões serão financiados pela União Europeia.",
])
def test_a_part_right_after_its_marker_is_still_checked(text):
    assert _part_failures({"pt.txt": text, "de.txt": "Das Projekt kostet 1,34 Mrd. Euro."})



# ------------------------------------------------------------ a from-to after a present verb

@pytest.mark.parametrize("lang, text, old, new", [
    ("es", "El decreto eleva de 15 a 35 por ciento el arancel al acero.", "15", "35 por ciento"),
    ("es", "El banco reduce de 8 a 6 por ciento su previsión de crecimiento.", "8",
     "6 por ciento"),
    ("es-MX", "La Secretaría de Economía eleva de 15 a 35 por ciento el arancel al acero.",
     "15", "35 por ciento"),
])
def test_a_from_to_after_a_present_verb_of_change(lang, text, old, new):
    claims = [c for c in claimcheck.extract(text, lang) if c.kind != "date"]
    assert [(c.text, c.role) for c in claims] == [(old, "old"), (new, "new")]

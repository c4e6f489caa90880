"""A parenthesis is an aside: its words frame the claims inside it and the rest of the
clause it closes in (a gloss: "operating profit (EBIT)"), and nothing after the next clause
mark; what its claims carry (a year earlier, a basis of comparison) ends with it."""
from __future__ import annotations

import pytest

import claimcheck


def frames(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """{claim text: (measure, period)} for the quantities of ``text``."""
    return {c.text: (c.measure, c.period) for c in claimcheck.extract(text, lang=lang)
            if c.kind != "date"}


@pytest.mark.parametrize("lang, text, inside, after, measure_after", [
    ("de", "Der Umsatz lag bei 8,4 Milliarden Euro (Vorjahr: 7,9 Milliarden Euro) und der "
           "Konzern beschäftigte 23.500 Mitarbeiter.", "7,9 Milliarden Euro", "23.500",
     "worker"),
    ("en", "Sales reached $4.6 billion (up 12% year on year) and the chain had 1,840 stores.",
     "12%", "1,840", "stores"),
    ("fr", "Le chiffre d'affaires a atteint 2,1 milliards d'euros (contre 1,8 milliard l'an "
           "dernier) et le groupe compte 9 300 salariés.", "1,8 milliard", "9 300", "worker"),
])
def test_an_aside_s_period_stays_inside_it(lang, text, inside, after, measure_after):
    got = frames(text, lang)
    assert got[inside][1] in ("prev", "yoy")           # the aside's own figure keeps it
    assert got[after] == (measure_after, "")           # the figure after it does not


def test_a_gloss_still_names_what_follows_it():
    assert frames("Das operative Ergebnis (Ebit) stieg um 6,3 Prozent.", "de")["6,3 Prozent"][0] \
        == "operating_profit"


def test_a_gloss_does_not_reach_past_the_next_clause():
    text = ("The budget deficit is put at 3.4 per cent of gross domestic product (GDP), "
            "against 3.9 per cent in the revised estimates.")
    assert frames(text, "en")["3.9 per cent"][0] == "fiscal_deficit"


# A verb after an aside in a clause of no claim of its own is the amount's before the
# aside: German and Japanese put the verb last, after the conversion in brackets.
@pytest.mark.parametrize("lang, text, amount, measure", [
    ("de", "Insgesamt sollen rund 3,4 Milliarden Yuan (etwa 440 Millionen Euro) investiert "
           "werden.", "rund 3,4 Milliarden Yuan", "investment"),
    ("ja", "同社は新工場に34億元（約700億円）を投資する。", "34億元", "investment"),
    ("en", "Up to 65mm (2.6in) of rainfall is expected over the hills, the forecasters said.",
     "Up to 65mm", "rainfall"),
])
def test_the_words_after_an_aside_frame_the_amount_before_it(lang, text, amount, measure):
    assert frames(text, lang)[amount][0] == measure


def test_the_words_after_an_aside_still_frame_what_follows():
    # "investiert werden" also names the part told after the next comma, as before
    got = frames("Insgesamt sollen 3,4 Milliarden Yuan (440 Millionen Euro) investiert "
                 "werden, davon 1,2 Milliarden Yuan in der ersten Phase.", "de")
    assert got["3,4 Milliarden Yuan"][0] == got["1,2 Milliarden Yuan"][0] == "investment"


def test_a_clause_with_its_own_claim_after_an_aside_keeps_its_words():
    # the aside closes into a clause that has a figure of its own: its words are that
    # figure's, not the amount's before the aside
    got = frames("Die Werft baut 12 Schiffe (davon 4 Fähren) und investiert 300 Millionen "
                 "Euro.", "de")
    assert got["300 Millionen Euro"][0] == "investment"
    assert got["12"][0] == "ships"

"""Two short figures a digit apart that only two versions of a three-version story tell are
often two quantities met by chance (one version's background figure against another's), and
the row is a note; unless the row's evidence answers that doubt: two digits swapped in a row
surer than one clue (a swap is some ten times rarer by chance than one digit changed), or the
two figures told in parallel sentences whose other figures share a row. Text written for
these tests; the mine, the company and the figures are invented."""
from __future__ import annotations

from story_helpers import check, failed_with

EN = ("Andara copper mine output rises 6%\n\n"
      "SANTIAGO, May 6 (Wire) - The Andara copper mine produced 412,000 tonnes of copper "
      "last year, up 6% from a year earlier, its operator Minera Sur said on Tuesday. "
      "The company plans to invest $1.3 billion in a new concentrator by 2028.\n")


def _parallel(es_workers: str, de_workers: str) -> dict[str, str]:
    # the workers told in the sentence that tells the investment, in both versions
    return {
        "en.txt": EN,
        "es.txt": ("La mina Andara eleva un 6% su producción de cobre\n\n"
                   "La mina de cobre Andara produjo 412.000 toneladas de cobre el año pasado, "
                   "un 6% más que un año antes, informó el martes la operadora Minera Sur. La "
                   f"mina, que emplea a {es_workers} trabajadores, invertirá 1.300 millones de "
                   "dólares en una nueva planta concentradora hasta 2028.\n"),
        "de.txt": ("Kupfermine Andara steigert Förderung um 6 Prozent\n\n"
                   "Die Kupfermine Andara hat im vergangenen Jahr 412.000 Tonnen Kupfer "
                   "gefördert, 6 Prozent mehr als im Vorjahr, teilte der Betreiber Minera Sur "
                   f"am Dienstag mit. Die Mine mit {de_workers} Beschäftigten will bis 2028 1,3 "
                   "Milliarden Dollar in eine neue Aufbereitungsanlage investieren.\n"),
    }


def _apart(es_workers: str, de_workers: str) -> dict[str, str]:
    # the workers told each in a sentence of its own
    return {
        "en.txt": EN,
        "es.txt": ("La mina Andara eleva un 6% su producción de cobre\n\n"
                   "La mina de cobre Andara produjo 412.000 toneladas de cobre el año pasado, "
                   "un 6% más que un año antes, informó el martes la operadora Minera Sur. "
                   "Invertirá 1.300 millones de dólares en una nueva planta concentradora "
                   f"hasta 2028. La mina emplea a {es_workers} trabajadores.\n"),
        "de.txt": ("Kupfermine Andara steigert Förderung um 6 Prozent\n\n"
                   "Die Kupfermine Andara hat im vergangenen Jahr 412.000 Tonnen Kupfer "
                   "gefördert, 6 Prozent mehr als im Vorjahr, teilte der Betreiber Minera Sur "
                   "am Dienstag mit. Bis 2028 will sie 1,3 Milliarden Dollar in eine neue "
                   f"Aufbereitungsanlage investieren. Die Mine zählt {de_workers} "
                   "Beschäftigte.\n"),
    }


def _severity(texts: dict[str, str], figure: str) -> list[tuple]:
    _, findings = check(texts)
    return [(f.severity, f.pattern) for f in failed_with(findings, figure)]


def test_agreeing_workers_raise_nothing():
    assert _severity(_parallel("6.800", "6800"), "6800") == []
    assert _severity(_apart("6.800", "6800"), "6800") == []


def test_two_swapped_digits_are_flagged_in_a_sentence_of_their_own():
    found = _severity(_apart("6.800", "8600"), "8600")
    assert found and found[0][0] in ("warning", "error")
    assert found[0][1] == "swapped digits"


def test_one_digit_changed_in_parallel_sentences_is_flagged():
    found = _severity(_parallel("6.800", "7800"), "7800")
    assert found and found[0][0] in ("warning", "error")
    assert found[0][1] == "wrong digit"


def test_one_digit_changed_in_sentences_that_share_nothing_stays_a_note():
    # two figures of two digits a digit apart, the one confirming the other on their frame
    # alone: as likely two quantities of the story as one figure gone wrong
    found = _severity(_apart("6.800", "7800"), "7800")
    assert found and all(s == "info" for s, _ in found)

"""The other end of a from-to change is a frame of its own: two versions' new values whose
old values agree are one quantity whatever their own figures, so a slipped new value
stays in its row and is compared (and the same holds for old values)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.change_ends import ends_agree
from claimcheck.stories.identity import evidence
from claimcheck.stories.mentions import mentions_of

from tests.cli import run_cli

DE = ("Der Holzvorrat ist leicht gesunken, vor allem weil Stürme der Fichte zusetzen; ihr "
      "Anteil am Vorrat fiel von 44 auf {new} Prozent.")
FR = "L'épicéa ne représente plus que 37 % du volume, contre 44 % auparavant."
IT = "La quota dell'abete rosso è scesa dal 44 al 37%."


def _mention(text: str, lang: str, written: str, doc: str):
    claims = extract(text, lang=lang, doc=doc)
    ms = mentions_of(doc, claims, text)
    return next(m for m in ms if m.claim.text == written)


def test_a_new_value_whose_old_value_agrees_shares_its_change():
    de = _mention(DE.format(new=47), "de", "47 Prozent", "de")
    fr = _mention(FR, "fr", "37 %", "fr")
    assert ends_agree(de, fr) == "44"
    ev = evidence(de, fr, default_lexicon())
    assert ev is not None and ev.whose
    assert any("other end of its change" in r for r in ev.reasons)


def test_old_values_meet_through_their_new_values_too():
    de = _mention(DE.format(new=37), "de", "44", "de")
    it = _mention(IT, "it", "44", "it")
    assert ends_agree(de, it) == "37 Prozent"


def test_changes_with_other_old_values_or_single_digits_stay_apart():
    de = _mention("Die Quote stieg von 45 auf 52 Prozent.", "de", "52 Prozent", "de")
    fr = _mention(FR, "fr", "37 %", "fr")
    assert ends_agree(de, fr) == ""
    small_a = _mention("Le taux est passé de 5 % à 7 %.", "fr", "7 %", "a")
    small_b = _mention("La tasa pasó del 5% al 9%.", "es", "9%", "b")
    assert ends_agree(small_a, small_b) == ""


def test_a_slipped_share_in_a_change_is_flagged_end_to_end(tmp_path):
    versions = {
        "de-nzz.txt": ("Landesforstinventar: Der Schweizer Wald wächst auf 1,32 Millionen "
                       "Hektaren\n\nIm Wald der Schweiz stehen rund 535 Millionen Bäume. "
                       "Der Holzvorrat ist auf 419 Millionen Kubikmeter gesunken. "
                       + DE.format(new=47)),
        "fr-letemps.txt": ("Inventaire forestier: la forêt suisse couvre 1,32 million "
                           "d'hectares\n\nLa Suisse compte environ 535 millions d'arbres. "
                           "Le volume de bois sur pied recule à 419 millions de m³. " + FR),
        "it-rsi.txt": ("Inventario forestale: il bosco svizzero copre 1,32 milioni di "
                       "ettari\n\nNel Paese crescono circa 535 milioni di alberi; il volume "
                       "di legname è di 419 milioni di metri cubi. " + IT),
    }
    for name, text in versions.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    proc = run_cli("run", str(tmp_path), "--out", str(tmp_path / "out"), "--fail-on",
                   "warning")
    assert "1 story" in proc.stdout, proc.stdout
    assert proc.returncode == 1, proc.stdout + proc.stderr
    flagged = [line for line in proc.stdout.splitlines() if "47 Prozent" in line]
    assert flagged and "37" in flagged[0], proc.stdout

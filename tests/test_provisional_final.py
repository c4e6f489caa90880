"""A decline verb makes a change a fall, compared with a signed figure by its size; and a
provisional count against the final one that revised it is an update, not a disagreement
(stories/revisions.py, checks/types/agree.py ``_revised``; language data ``reports``)."""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction.engine import extract
from claimcheck.stories.revisions import FINAL, PROVISIONAL, is_revision, report_status
from story_helpers import flags, row_findings


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le chiffre d'affaires a baissé de 1,5 % l'an dernier, selon le panel Orvia."),
    ("fr", "Les ventes de mangas ont chuté de 6,5 % après plusieurs années de croissance."),
    ("en", "Revenue slipped 1.5% to €3.86bn, the Orvia panel said."),
    ("en", "Sales sank 1.5% last year."),
    ("es", "Las ventas de libros descendieron un 1,5 % el año pasado."),
    ("es", "Las ventas caen un 1,5 % en enero, según el panel."),
    ("es", "Las ventas retroceden un 1,5 % en enero."),
    ("pt", "As vendas caem 1,5% em janeiro, segundo o painel."),
    ("pt", "Em setembro, as vendas haviam recuado 1,5%."),
    ("de", "Der Umsatz schrumpft um 1,5 Prozent, teilte der Verband mit."),
    ("it", "Le vendite sono scese dell'1,5% nel 2028."),
    ("it", "Le vendite sono diminuite dell'1,5% nel 2028."),
    ("it", "Le vendite scendono dell'1,5% a gennaio."),
    ("zh", "去年图书销售额跌了1.5%。"),
    ("ja", "昨年の書籍の売上高は1.5%下がった。"),
    ("ja", "昨年の書籍の売上高は1.5%落ち込んだ。"),
])
def test_a_decline_verb_makes_the_change_a_fall(lang, text):
    (c,) = [c for c in claimcheck.extract(text, lang=lang) if c.kind == "percent"]
    assert c.role == "decline", (c.text, c.role)


PROVISIONAL_FR = (
    "Livre : les ventes reculent en 2028\n\n"
    "Selon le bilan provisoire du panel Orvia publié mardi, 347,5 millions d'exemplaires ont "
    "été vendus en 2028. Le chiffre d'affaires a baissé de 1,5 %, à 3,86 milliards d'euros.\n\n"
    "Le bilan définitif est attendu fin mars.\n")
FINAL_FR = (
    "Marché du livre 2028 : 3,87 milliards d'euros\n\n"
    "Le bilan définitif du panel Orvia, présenté lundi, révise les chiffres de janvier : "
    "348,4 millions d'exemplaires ont été vendus en 2028, pour un chiffre d'affaires de 3,87 "
    "milliards d'euros (-1,3 %).\n")
FINAL_EN = (
    "French book sales fall below €3.8bn\n\n"
    "France's book market shrank in 2028, according to final figures from the Orvia panel. "
    "Revenue slipped 1.3% to €3.87bn.\n")
UNMARKED_FR = (
    "Marché du livre 2028\n\n"
    "Le panel Orvia a présenté lundi ses chiffres : 348,4 millions d'exemplaires ont été "
    "vendus en 2028, pour un chiffre d'affaires de 3,87 milliards d'euros (-1,3 %).\n")
TEXTS = {"fr-lesechos.txt": PROVISIONAL_FR, "fr-livreshebdo.txt": FINAL_FR,
         "en-bookseller.txt": FINAL_EN}
LANGS = {"fr-lesechos.txt": "fr", "fr-livreshebdo.txt": "fr", "en-bookseller.txt": "en",
         "fr-panel.txt": "fr"}


def test_a_provisional_fall_beside_the_final_one_is_an_update():
    found = row_findings(TEXTS, LANGS, [("fr-lesechos.txt", "1,5 %"),
                                        ("fr-livreshebdo.txt", "-1,3 %"),
                                        ("en-bookseller.txt", "1.3%")])
    assert not flags(found)
    (note,) = found
    assert note.severity == "info" and "updated figure" in note.message
    assert "provisional 1,5 %" in note.message and "final -1,3 %" in note.message


def test_a_fall_told_by_a_verb_is_compared_with_a_signed_figure_by_its_size():
    # no version says which count it gives: the two falls differ by 0.2 points, not 2.8
    texts = {"fr-lesechos.txt": PROVISIONAL_FR.replace("provisoire", "annuel").replace(
        "Le bilan définitif est attendu fin mars.", ""), "fr-panel.txt": UNMARKED_FR}
    found = row_findings(texts, LANGS, [("fr-lesechos.txt", "1,5 %"),
                                        ("fr-panel.txt", "-1,3 %")])
    assert found and all("2.8" not in f.message for f in found)
    assert any("0.2 percentage points" in f.message for f in found), \
        [f.message for f in found]


def test_a_provisional_figure_against_an_unmarked_one_stays_compared():
    # only one side says which count it is: nothing tells an update from a slip
    texts = {"fr-lesechos.txt": PROVISIONAL_FR, "fr-panel.txt": UNMARKED_FR}
    found = row_findings(texts, LANGS, [("fr-lesechos.txt", "3,86 milliards d'euros"),
                                        ("fr-panel.txt", "3,87 milliards d'euros")])
    assert found and all("updated figure" not in f.message for f in found)


def test_a_majority_partly_unmarked_is_no_final_count():
    # one version of the majority says final, another does not say: the provisional
    # version's figure may be a slip of a figure the second tells of another count
    texts = {"fr-lesechos.txt": PROVISIONAL_FR, "fr-livreshebdo.txt": FINAL_FR,
             "fr-panel.txt": UNMARKED_FR}
    found = row_findings(texts, LANGS, [("fr-lesechos.txt", "3,86 milliards d'euros"),
                                        ("fr-livreshebdo.txt", "3,87 milliards d'euros"),
                                        ("fr-panel.txt", "3,87 milliards d'euros")])
    assert found and all("updated figure" not in f.message for f in found)


def test_a_slip_beside_the_revision_is_still_flagged():
    # the provisional 3,86 is set aside; the headline's "below €3.8bn" against the body's
    # €3.87bn is still a disagreement
    found = row_findings(TEXTS, LANGS, [("fr-lesechos.txt", "3,86 milliards d'euros"),
                                        ("fr-livreshebdo.txt", "3,87 milliards d'euros"),
                                        ("en-bookseller.txt", "below €3.8bn"),
                                        ("en-bookseller.txt", "€3.87bn")])
    (flag,) = flags(found)
    assert any(c.text == "below €3.8bn" for c in flag.claims)
    assert "3,86" not in flag.message.split("(")[0]


def test_a_provisional_figure_far_from_the_final_one_is_a_slip():
    # 3 910 for 3 190: a revision moves a count by a few percent, not by a fifth
    prov = ("Sécurité routière : le bilan 2027\n\n3 910 personnes ont été tuées sur les routes "
            "en 2027, selon le bilan provisoire publié jeudi par l'observatoire.\n")
    final = ("Road deaths\n\nThe observatory has published its final figures for 2027: 3,214 "
             "people died on the roads of mainland France.\n")
    final_it = ("Sicurezza stradale\n\nLe vittime della strada sono state 3.214 nel 2027, "
                "secondo il bilancio definitivo dell'osservatorio.\n")
    texts = {"fr-lemonde.txt": prov, "en-connexion.txt": final, "it-ilsole.txt": final_it}
    langs = {"fr-lemonde.txt": "fr", "en-connexion.txt": "en", "it-ilsole.txt": "it"}
    found = row_findings(texts, langs, [("fr-lemonde.txt", "3 910"),
                                        ("en-connexion.txt", "3,214"),
                                        ("it-ilsole.txt", "3.214")])
    assert found and all("updated figure" not in f.message for f in found)


def _status(lang: str, text: str, figure: str) -> str | None:
    c = next(c for c in extract(text, lang=lang, doc="d")
             if c.kind != "date" and (figure.startswith(c.text) or c.text.startswith(figure)))
    return report_status(c, text)


@pytest.mark.parametrize("lang, text, figure, status", [
    # the nearest word of its sentence: a final report recalling the provisional count
    ("en", "The observatory has published its final figures for 2027: 3,214 people died, "
           "slightly above the provisional count of 3,190 released in January.", "3,214",
     FINAL),
    ("en", "The observatory has published its final figures for 2027: 3,214 people died, "
           "slightly above the provisional count of 3,190 released in January.", "3,190",
     PROVISIONAL),
    # a sentence with neither takes its version's first word: a provisional report that
    # ends announcing the final one
    ("fr", PROVISIONAL_FR, "1,5 %", PROVISIONAL),
    ("es", "Los incendios calcinaron 42.300 hectáreas, según el balance provisional de la "
           "Consejería. En 2025 ardieron 16.900 hectáreas. La cifra definitiva se conocerá "
           "en octubre.", "16.900 hectáreas", PROVISIONAL),
    ("de", "Die Versicherer zahlen 2,9 Milliarden Euro. Die Bilanz sei vorläufig, die "
           "endgültigen Zahlen würden im Frühjahr vorgelegt.", "2,9 Milliarden Euro",
     PROVISIONAL),
    ("it", "Le vittime sono state 3.214 nel 2027, secondo il bilancio definitivo "
           "dell'osservatorio.", "3.214", FINAL),
    ("pt", "A campanha avistou 1.790 cachalotes, segundo dados preliminares do instituto.",
     "1.790 cachalotes", PROVISIONAL),
    ("ja", "総務省は25日、国勢調査の速報値を発表した。総人口は1億2214万人だった。", "1億2214万人",
     PROVISIONAL),
    ("ja", "総務省は25日、国勢調査の確定値を発表した。総人口は1億2216万人だった。", "1億2216万人",
     FINAL),
    ("zh", "根据最终数据，日本总人口为1.2216亿人。", "1.2216亿人", FINAL),
    ("zh", "人口普查初步结果显示，日本总人口为1.2214亿人。", "1.2214亿人", PROVISIONAL),
    ("en", "Revenue rose 4.1% to €118m, the company said.", "4.1%", None),
])
def test_a_figure_is_told_provisional_or_final(lang, text, figure, status):
    assert _status(lang, text, figure) == status


def test_a_word_inside_another_is_no_mark():
    # "improvisional" is no "provisional"; a stem covers its own endings ("vorläufigen")
    assert _status("en", "An improvisional show drew 3,214 people.", "3,214 people") is None
    assert _status("de", "Nach vorläufigen Angaben kamen 3214 Menschen.", "3214 Menschen") \
        == PROVISIONAL


@pytest.mark.parametrize("lang, final_text, prov_text, final_fig, prov_fig, revision", [
    ("en", "Deaths: 3,214.", "Deaths: 3,190.", "3,214", "3,190", True),
    ("en", "Deaths: 3,214.", "Deaths: 3,910.", "3,214", "3,910", False),
    ("fr", "Le chiffre d'affaires a reculé de 1,3 %.", "Le chiffre d'affaires a baissé de "
           "1,5 %.", "1,3 %", "1,5 %", True),
    ("fr", "Le chiffre d'affaires a reculé de 1,3 %.", "Le chiffre d'affaires a baissé de "
           "4,5 %.", "1,3 %", "4,5 %", False),
])
def test_a_revision_moves_a_figure_a_little(lang, final_text, prov_text, final_fig, prov_fig,
                                            revision):
    final = next(c for c in extract(final_text, lang=lang, doc="a") if c.text == final_fig)
    prov = next(c for c in extract(prov_text, lang=lang, doc="b") if c.text == prov_fig)
    assert is_revision(final, prov) is revision

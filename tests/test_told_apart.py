"""Figures a version itself tells apart (claimcheck.stories.told_apart): a row that met this
year's figure and last year's, or the story's figure and another entity's told "by
comparison", makes no flag. Text written for these tests; names and figures are invented."""
from __future__ import annotations

from claimcheck import extract
from claimcheck.extraction import default_lexicon
from claimcheck.stories.told_apart import compared_aside, told_together
from story_helpers import row_findings

FR = ("Mexique : les effectifs scolaires reculent à 12,6 millions d'élèves\n\n"
      "Le pays compte cette année 12,6 millions d'élèves dans le primaire et le secondaire, "
      "soit 2,1 % de moins que l'an dernier (12,87 millions), selon le ministère.\n")
EN = ("Enrollment falls in Mexico's schools\n\n"
      "Enrollment in primary and secondary schools fell 2.1% this school year to 12,600,400 "
      "students, from 12,871,200 a year earlier, the ministry said on Thursday.\n")
ES = ("Baja la matrícula escolar\n\n"
      "La matrícula de primaria y secundaria quedó en 12.600.400 alumnos este ciclo; el "
      "ciclo anterior había cerrado con 12.871.200 alumnos, informó la secretaría.\n")
YEARS = {"fr.txt": FR, "en.txt": EN, "es.txt": ES}
YEARS_LANGS = {"fr.txt": "fr", "en.txt": "en", "es.txt": "es"}


def _claim(text, lang, figure, nth=0):
    found = [c for c in extract(text, lang=lang, doc=f"{lang}.txt") if c.text == figure]
    return found[nth]


def test_this_years_figure_in_last_years_row_is_a_note():
    # the headline's 12,6 millions met the row of last year's figure (en, es, fr's bracket)
    found = row_findings(YEARS, YEARS_LANGS, [("en.txt", "12,871,200"),
                                              ("es.txt", "12.871.200"),
                                              ("fr.txt", "12,6 millions")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("in one sentence" in (f.reason or "") for f in found)


def test_a_sentence_with_both_figures_is_found():
    claims = {d: tuple(extract(t, lang=YEARS_LANGS[d], doc=d)) for d, t in YEARS.items()}
    good = next(c for c in claims["en.txt"] if c.text == "12,871,200")
    bad = next(c for c in claims["fr.txt"] if c.text == "12,6 millions")
    assert told_together(claims, good, bad) == "fr.txt"


def test_a_slip_no_sentence_writes_beside_the_figure_is_still_flagged():
    # es writes last year's figure as 12.817.200 (two digits swapped): no sentence of the
    # story writes it, so the row's disagreement stands
    texts = dict(YEARS, **{"es.txt": ES.replace("12.871.200", "12.817.200")})
    found = row_findings(texts, YEARS_LANGS, [("en.txt", "12,871,200"),
                                              ("es.txt", "12.817.200")])
    assert any(f.severity in ("warning", "error") for f in found), \
        [(f.severity, f.message) for f in found]


def test_a_from_to_pair_and_a_conversion_are_no_witness():
    en = "Youth unemployment rose to 41.2% from 36.8% a year earlier."
    de = "Die Jugendarbeitslosigkeit stieg von 36,8 auf 41,2 Prozent."
    claims = {"en.txt": tuple(extract(en, lang="en", doc="en.txt")),
              "de.txt": tuple(extract(de, lang="de", doc="de.txt"))}
    new = next(c for c in claims["en.txt"] if c.text == "41.2%")
    old = next(c for c in claims["de.txt"] if "36,8" in c.text)
    assert told_together(claims, new, old) == ""
    ship = "Three tugs pulled the 294m (965ft) ship off the rocks."
    other = "The 294-metre (865-ft) vessel struck rocks near the island."
    claims = {"a.txt": tuple(extract(ship, lang="en", doc="a.txt")),
              "b.txt": tuple(extract(other, lang="en", doc="b.txt"))}
    good = next(c for c in claims["a.txt"] if c.text == "965ft")
    bad = next(c for c in claims["b.txt"] if c.text == "865-ft")
    assert told_together(claims, good, bad) == ""


ZH = ("海滨乐园开园\n\n运营方预计，乐园年接待游客将达1200万人次，可带动直接就业1.8万个。"
      "作为对比，上海一家同类乐园2026年接待游客约1450万人次。\n")
JA = ("テーマパークが開業\n\n運営会社は年間1200万人の来場を見込む。雇用は1万8000人を生む。\n")
EN_PARK = ("Theme park opens\n\nThe operator expects 12 million visitors a year and says the "
           "park will create 18,000 jobs.\n")
PARK = {"zh.txt": ZH, "ja.txt": JA, "en.txt": EN_PARK}
PARK_LANGS = {"zh.txt": "zh", "ja.txt": "ja", "en.txt": "en"}


def test_another_entitys_figure_told_for_comparison_is_a_note():
    found = row_findings(PARK, PARK_LANGS, [("zh.txt", "1200万"), ("ja.txt", "1200万"),
                                            ("en.txt", "12 million"), ("zh.txt", "约1450万")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("told for comparison" in (f.reason or "") for f in found)


def test_comparison_openers_are_language_data():
    lexicon = default_lexicon()
    assert lexicon.opens_comparison("À titre de comparaison, à Paris, le loyer moyen est de ",
                                    "fr")
    assert lexicon.opens_comparison("Zum Vergleich: in Bremen kostet ein Liter ", "de-CH")
    assert lexicon.opens_comparison("A modo de comparación, el parque de Shanghái recibió ",
                                    "es")
    assert lexicon.opens_comparison("By comparison, Shanghai's park drew ", "en")
    # a comparison with the year before dates the story's own figure: no opener
    assert not lexicon.opens_comparison("Im Vergleich zum Vorjahr stieg der Umsatz um ", "de")
    assert not lexicon.opens_comparison("The comparisons with last year show ", "en")


def test_both_sides_told_for_comparison_are_compared():
    # every version tells the Shanghai park's figure after "by comparison": one quantity
    en = "By comparison, a similar park in Shanghai received 14.5 million visitors in 2026."
    fr = ("À titre de comparaison, un parc comparable de Shanghai a accueilli 15,4 millions "
          "de visiteurs en 2026.")
    lexicon = default_lexicon()
    good = _claim(en, "en", "14.5 million")
    bad = _claim(fr, "fr", "15,4 millions")
    assert not compared_aside(lexicon, bad, [good])


HB = ("Impfstoffwerk liefert Rekordmenge aus\n\n"
      "Das Marburger Werk hat 2027 rund 468 Millionen Dosen ausgeliefert.\n\n"
      "Ausgelieferte Dosen nach Impfstoff (in Millionen)\n"
      "Grippe 246\n"
      "Pneumokokken 121\n"
      "RSV 74\n"
      "Andere 27\n")
DPA = ("Marburg (dpa) - Das Werk hat 2027 so viele Dosen ausgeliefert wie nie zuvor: 468 "
       "Millionen Impfstoffdosen gingen in 74 Länder. 141 Millionen Dosen gingen an Länder "
       "mit niedrigem Einkommen, darunter 246 Millionen Grippeimpfdosen.\n")
EN_VAX = ("The plant, whose 2,812 staff supply 74 countries, shipped 246 million flu doses "
          "in 2027.\n")
VAX = {"de-hb.txt": HB, "de-dpa.txt": DPA, "en.txt": EN_VAX}
VAX_LANGS = {"de-hb.txt": "de", "de-dpa.txt": "de", "en.txt": "en"}


def test_a_table_cell_against_a_figure_that_never_names_its_row_is_a_note():
    # the cell 'RSV 74' (74 million doses) met the row of 74 countries
    found = row_findings(VAX, VAX_LANGS, [("de-dpa.txt", "74"), ("en.txt", "74"),
                                          ("de-hb.txt", "74")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("table cell of 'rsv'" in (f.reason or "") for f in found)


def test_a_table_cell_whose_row_the_figure_names_is_still_compared():
    # the flu row written 264 against dpa's "246 Millionen Grippeimpfdosen": the label
    # 'Grippe' stands in dpa's sentence, so the cell is that figure, slipped
    texts = dict(VAX, **{"de-hb.txt": HB.replace("Grippe 246", "Grippe 264")})
    found = row_findings(texts, VAX_LANGS, [("de-dpa.txt", "246 Millionen"),
                                            ("en.txt", "246 million"), ("de-hb.txt", "264")])
    assert any(f.severity in ("warning", "error") for f in found), \
        [(f.severity, f.message) for f in found]

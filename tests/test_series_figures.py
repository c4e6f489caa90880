"""A story that gives one measure for many places or categories (rents by city, pass rates
by exam, medals by country) holds figures a digit apart by chance. Two such figures in one
row are a note, not a flag, when the outlier's version writes the majority's figure too
(in its body), or when the outlier is told of a place no majority version names. A slip of
the row's own figure is still flagged, and so is a headline that contradicts its body.
A games' medal table the day before the close is an earlier tally, not a slip. Text
written for these tests; places other than real cities, and every figure, are invented."""
from __future__ import annotations

from story_helpers import check, flags, row_findings

# --- the outlier's version writes the majority's figure elsewhere --------------------------

FR = ("Bac 2026: un taux de réussite de 91,2 %\n\n"
      "Le taux de réussite au baccalauréat atteint 91,2 % cette année, selon les chiffres "
      "publiés vendredi par le ministère.\n\n"
      "Par voies, le bac général affiche 95,8 %, la voie technologique 90,3 % et la voie "
      "professionnelle 83,4 %.\n")
EN = ("France's baccalaureate pass rate reaches 91.2 percent\n\n"
      "The pass rate for France's baccalaureate reached 91.2 percent this year, the "
      "education ministry said on Friday.\n\n"
      "On the general track it was 95.8 percent; the technological track came in at 90.3 "
      "percent and the vocational track at 83.4 percent.\n")
ES = ("La tasa de aprobados del bachillerato francés llega al 91,2 %\n\n"
      "El 91,2 % de los candidatos aprobó el bachillerato en Francia, según el ministerio "
      "de Educación.\n\n"
      "Por modalidades, el general registró un 95,8 % de aprobados; el tecnológico, un "
      "90,3 %, y el profesional, un 83,4 %. En la academia de Rennes el tecnológico llegó "
      "al 90,8 %.\n")
TEXTS = {"fr.txt": FR, "en.txt": EN, "es.txt": ES}
LANGS = {"fr.txt": "fr", "en.txt": "en", "es.txt": "es"}


def test_a_figure_a_digit_off_when_its_version_writes_the_majoritys_too_is_a_note():
    # a row that met Rennes' 90,8 % with the national technological 90,3 %: es writes
    # 90,3 % in its body too, so its 90,8 % is another quantity
    found = row_findings(TEXTS, LANGS, [("fr.txt", "90,3 %"), ("en.txt", "90.3 percent"),
                                        ("es.txt", "90,8 %")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("tells both figures" in (f.reason or "") for f in found)


def test_a_wrong_digit_its_version_writes_nowhere_else_is_flagged():
    es = ES.replace("el tecnológico, un 90,3 %", "el tecnológico, un 90,8 %").replace(
        " En la academia de Rennes el tecnológico llegó al 90,8 %.", "")
    texts = dict(TEXTS, **{"es.txt": es})
    found = row_findings(texts, LANGS, [("fr.txt", "90,3 %"), ("en.txt", "90.3 percent"),
                                        ("es.txt", "90,8 %")])
    assert flags(found), [(f.severity, f.message) for f in found]
    assert any(f.pattern == "wrong digit" for f in flags(found))


def test_a_headline_a_digit_off_its_own_body_is_still_flagged():
    # the Spanish headline slips the body's 91,2 %: a headline may contradict its body
    es = ES.replace("llega al 91,2 %", "llega al 91,7 %")
    texts = dict(TEXTS, **{"es.txt": es})
    found = row_findings(texts, LANGS, [("fr.txt", "91,2 %"), ("en.txt", "91.2 percent"),
                                        ("es.txt", "91,7 %")])
    assert flags(found), [(f.severity, f.message) for f in found]


# --- the outlier is told of a place the majority never names -------------------------------

RENT_EN = ("Spanish rents hit a record\n\n"
           "Asking rents in Spain rose to a record 13.40 euros per square metre in October, "
           "the property portal Vivanda said on Tuesday, up 8.1% from a year earlier.\n")
RENT_PT = ("Rendas em Espanha batem recorde\n\n"
           "As rendas pedidas em Espanha subiram para um recorde de 13,40 euros por metro "
           "quadrado em outubro, segundo o portal Vivanda, mais 8,1% do que há um ano.\n")
RENT_ES = ("El alquiler marca un nuevo récord\n\n"
           "El precio medio del alquiler en España subió en octubre hasta 13,40 euros por "
           "metro cuadrado, según el portal Vivanda.\n\n"
           "En Madrid el alquiler subió un 2,1% en el mes, hasta 19,60 euros.\n")
RENT = {"en.txt": RENT_EN, "pt.txt": RENT_PT, "es.txt": RENT_ES}
RENT_LANGS = {"en.txt": "en", "pt.txt": "pt", "es.txt": "es"}


def test_a_figure_told_of_a_place_the_majority_never_names_is_a_note():
    found = row_findings(RENT, RENT_LANGS, [("en.txt", "8.1%"), ("pt.txt", "8,1%"),
                                            ("es.txt", "2,1%")])
    assert found
    assert all(f.severity == "info" for f in found), [(f.severity, f.message) for f in found]
    assert any("madrid" in (f.reason or "").lower() for f in found)


def test_a_place_the_majority_names_too_gives_no_such_note():
    en = RENT_EN + "\nIn Madrid, rents rose 8.1% in the month to 19.60 euros.\n"
    pt = RENT_PT + "\nEm Madrid, as rendas subiram 8,1% no mês, para 19,60 euros.\n"
    texts = dict(RENT, **{"en.txt": en, "pt.txt": pt})
    found = row_findings(texts, RENT_LANGS, [("en.txt", "8.1%"), ("pt.txt", "8,1%"),
                                             ("es.txt", "2,1%")])
    assert not any("do not name" in (f.reason or "") for f in found), \
        [(f.severity, f.reason) for f in found]


# --- a medal table the day before the close --------------------------------------------------

SAT_FR = ("Jeux d'Océanie: la Chine déjà assurée de la première place\n\n"
          "PERTH, 28 nov 2026 (AFP) - La Chine a assuré samedi sa première place au tableau "
          "des médailles des Jeux d'Océanie, à la veille de la clôture, avec 121 médailles "
          "d'or.\n")
SUN_EN = ("China tops Oceania Games medal table\n\n"
          "PERTH, Nov 29 (Reuters) - China finished top of the Oceania Games medal table on "
          "Sunday with 128 gold medals.\n")
SUN_ES = ("China gana el medallero de los Juegos de Oceanía\n\n"
          "PERTH, 29 nov (EFE) - China terminó el domingo en lo más alto del medallero de los "
          "Juegos de Oceanía con 128 medallas de oro.\n")


def test_the_medal_table_of_the_day_before_the_close_is_no_slip_of_the_final_one():
    rows, findings = check({"fr.txt": SAT_FR, "en.txt": SUN_EN, "es.txt": SUN_ES})
    assert not [f for f in flags(findings) if any(c.text.startswith("121") for c in f.claims)], \
        [f.message for f in flags(findings)]
    # the two final reports still agree on the final tally, in one row
    assert any({c.doc for c in r.claims} >= {"en.txt", "es.txt"}
               and all(c.value == 128 for c in r.claims if c.doc != "fr.txt") for r in rows)


def test_a_slip_between_two_reports_of_the_same_day_is_still_flagged():
    es = SUN_ES.replace("128 medallas", "123 medallas")
    rows, findings = check({"en.txt": SUN_EN, "es.txt": es,
                            "pt.txt": SUN_EN.replace("Reuters", "AP")})
    assert [f for f in flags(findings) if any(c.text.startswith("123") for c in f.claims)], \
        [(f.severity, f.message) for f in findings if not f.passed]

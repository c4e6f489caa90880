"""A figure's measure read two ways: one version names it by the counted noun ("47,400
seats"), another by the clause's subject ("la capienza sale a 47.400 posti"). Two chosen
measures that conflict are one measure when either is among the other's readings (the
measures its own words name), so the figure joins its row, and a slip of it is compared;
a word the version gives another figure, or the counted noun beside a framing word, is
no reading."""
from __future__ import annotations

from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.identity import MEDIUM, evidence
from claimcheck.stories.readings import readings
from story_helpers import check, failed_with, flags, mention

EN = ("Milan's club will reopen its stadium on Sunday after a revamp that cost 145 million "
      "euros.\n\nCapacity rises to 47,400 seats from 41,900, and the club expects ticket "
      "revenue of 18 million euros a year.")
IT = ("Lo stadio riapre domenica dopo una ristrutturazione da 145 milioni di euro.\n\n"
      "La capienza sale a 47.400 posti (erano 41.900), con 42 sky box.")


def test_the_old_end_of_a_capacity_joins_the_row_of_its_version_in_another_language():
    lex = default_lexicon()
    en = mention("en", "en", EN, "41,900")
    it = mention("it", "it", IT, "41.900")
    assert en.claim.measure != it.claim.measure and not lex.related(en.claim.measure,
                                                                    it.claim.measure)
    # the figure carries the readings of the one before it, whose clause names a capacity
    assert "capacity" in readings(en, lex)
    ev = evidence(en, it, lex)
    assert ev is not None and ev.measure and ev.confidence >= MEDIUM


def test_a_slip_of_a_figure_read_two_ways_is_flagged():
    rows, findings = check({"en.txt": EN.replace("41,900", "14,900"), "it.txt": IT})
    row = next(r for r in rows if any(c.text == "14,900" for c in r.claims))
    assert any(c.text == "41.900" for c in row.claims)
    assert failed_with(flags(findings), "14,900")


def test_a_counted_noun_after_the_count_is_a_reading():
    lex = default_lexicon()
    ja = mention("ja", "ja", "全国の約1万2000の基地局で不具合が確認されたということです。",
                 "約1万2000")
    assert "station" in readings(ja, lex)


def test_the_nearest_measure_word_is_the_reading():
    lex = default_lexicon()
    de = mention("de", "de", "In Kenia sind inzwischen zwölf Bezirke betroffen.", "zwölf")
    assert "affected" not in readings(de, lex)
    pt = mention("pt", "pt", "A companhia aérea de baixo custo registrou lucro líquido de "
                 "1,92 bilhão de euros no ano fiscal.", "1,92 bilhão de euros")
    assert "cost" not in readings(pt, lex)


def test_the_counted_noun_beside_a_framing_word_is_no_reading():
    lex = default_lexicon()
    text = ("The ferry, licensed to carry 150 passengers, had 212 people on board when it "
            "capsized.")
    capacity = mention("en", "en", text, "150")
    assert capacity.claim.measure == "licensed_capacity"
    assert "passenger" not in readings(capacity, lex)


def test_a_word_the_version_gives_another_figure_is_no_reading():
    lex = default_lexicon()
    text = ("Rescuers pulled 167 survivors from the water. More than 300 rescuers and a "
            "dozen boats were searching on Monday.")
    survivors = mention("en", "en", text, "167")
    assert survivors.claim.measure == "rescued"
    assert readings(survivors, lex) == {"rescued"}


def test_a_measure_read_two_ways_needs_the_figure_too():
    # "Schiffe mit einer Kapazität von 14.000 TEU" and a canal's added "capacidad para
    # unos 12 a 15 tránsitos diarios": both name a capacity, the figures say nothing
    lex = default_lexicon()
    de = mention("de", "de", "Bei einer Absenkung um vier Fuß müssen Schiffe mit einer "
                 "Kapazität von 14.000 TEU auf etwa 1.200 Stellplätze verzichten.", "14.000")
    es = mention("es", "es", "El embalse añadiría capacidad para unos 25 tránsitos "
                 "diarios.", "unos 25")
    ev = evidence(de, es, lex)
    assert ev is None or ev.confidence < MEDIUM

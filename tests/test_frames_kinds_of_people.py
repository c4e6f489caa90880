"""A count whose counted noun only says "people" (人, personnes, pessoas) takes the kind of
person its clause names: the lexicon's ``kinds_of`` (bench/devset5 mine-collapse, devset4
air-crash, devset earthquake: "死亡人数升至9人" was read as plain people and never met the
other versions' dead). Text written for this test."""
from __future__ import annotations

import pytest

from claimcheck.extraction import default_lexicon, extract
from claimcheck.extraction.lexicon import Lexicon, LexiconError
from claims_helpers import measure_at as _measure


def test_zh_toll_counted_in_people_is_the_dead():
    text = "据县政府通报，山体滑坡事故死亡人数已由此前的4人升至11人，另有2人失踪。"
    assert _measure(text, "zh", "4") == "deaths"
    assert _measure(text, "zh", "11") == "deaths"
    assert _measure(text, "zh", "2") == "missing"


def test_people_with_a_casualty_word_after_them():
    cases = [("fr", "Cinq personnes ont été blessées lors de l'explosion de l'entrepôt.", "Cinq",
              "injured"),
             ("fr", "Douze personnes ont perdu la vie dans l'incendie du marché.", "Douze",
              "deaths"),
             ("pt", "Outras 14 pessoas estão desaparecidas após a enchente.", "14", "missing"),
             ("es", "Siete personas perdieron la vida en el choque del autobús.", "Siete",
              "deaths"),
             ("zh", "爆炸造成31人受伤，其中重伤6人。", "31", "injured")]
    for lang, text, number, measure in cases:
        assert _measure(text, lang, number) == measure, (lang, text)


def test_people_without_a_kind_stay_people():
    # no kind of person in the clause: the counted noun decides
    assert _measure("The town of 8,400 people lies on the river.", "en", "8,400") == "people"
    # a kind of person in another clause does not reach the count
    text = "Nine were killed, and 300 people were watching from the stands."
    assert _measure(text, "en", "300") == "people"


def test_a_measure_that_is_no_kind_of_person_keeps_the_counted_noun():
    text = "The fair drew visitors from 64 countries."
    assert _measure(text, "en", "64") == "countries"


def test_the_previous_count_passes_its_kind_only_within_its_clause():
    text = "事故造成3人死亡，12人在医院接受治疗。"
    assert _measure(text, "zh", "3") == "deaths"
    assert _measure(text, "zh", "12") != "deaths"


def test_part_counted_as_people_still_finds_its_whole():
    from claimcheck.checks.types.part_whole import _counted_as_generic
    lex = default_lexicon()
    claims = extract("地震造成88人受伤，其中重伤9人。", lang="zh")
    part = next(c for c in claims if c.text.startswith("9"))
    assert part.measure == "injured"
    assert _counted_as_generic(lex, part)


def test_kinds_of_names_a_generic_measure_and_known_concepts(tmp_path):
    lex = default_lexicon()
    assert lex.kind_of("deaths", "people") and not lex.kind_of("people", "deaths")
    assert not lex.kind_of("visitors", "countries")
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("concepts:\n  people:\n    en: [people]\n  deaths:\n    en: [dead]\n"
                   "kinds_of:\n  deaths: [people]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="kinds_of"):
        Lexicon.load(bad)

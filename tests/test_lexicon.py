"""The concept lexicon: the data is intact and reads the same way in every language."""
from __future__ import annotations

import pytest

from claimcheck.extraction.lexicon import (
    Lexicon,
    LexiconError,
    default_lexicon,
    rules_resource,
)

LEX = default_lexicon()
CORE_LANGS = ("en", "fr", "es", "zh")


def test_every_concept_and_scope_has_the_core_languages():
    import yaml

    data = yaml.safe_load(rules_resource("lexicon.yaml").read_text(encoding="utf-8"))
    for section in ("concepts", "scope"):
        for cid, per in data[section].items():
            missing = [lang for lang in CORE_LANGS if not per.get(lang)]
            assert not missing, f"{section}.{cid} lacks {missing}"
    assert set(CORE_LANGS) <= set(data["part_markers"])


@pytest.mark.parametrize("subject, lang, concept", [
    ("total planned investment", "en", "investment"),
    ("investissement total prévu", "fr", "investment"),
    ("inversión prevista total", "es", "investment"),
    ("计划投资总额", "zh", "investment"),
    ("cooperation agreements", "en", "agreement"),
    ("accords de coopération", "fr", "agreement"),
    ("acuerdos de cooperación", "es", "agreement"),
    ("合作协议", "zh", "agreement"),
    ("项目", "zh", "project"),
    ("propuestas", "es", "proposal"),
    ("Saint-Nazaire coûtera", "fr", "cost"),
    ("empleos permanentes", "es", "job"),
    ("进出口总额达", "zh", "trade"),
])
def test_concepts_of(subject, lang, concept):
    assert concept in LEX.concepts_of(subject, "", lang)


def test_longest_chinese_word_wins():
    # 工人 is "worker"; the 人 inside it must not also read as "people"
    assert LEX.concepts_of("工人", "", "zh") == {"worker"}
    assert LEX.concepts_of("约70万人", "", "zh") == {"people"}


def test_sentence_is_a_fallback_only():
    assert LEX.concepts_of("", "计划投资总额", "zh") == {"investment"}
    assert LEX.concepts_of("projects", "with a total investment of", "en") == {"project"}


def test_scope_part_and_relations():
    assert LEX.scope_of("总投资", "zh") == {"total"}
    assert LEX.scope_of("一期投资", "zh") == {"phase1"}
    assert LEX.scope_of("la primera fase costará", "es") == {"phase1"}
    assert LEX.has_part_marker(", of which, ", "en") and LEX.has_part_marker("其中", "zh")
    assert LEX.has_part_marker(" de los cuales, ", "es") and not LEX.has_part_marker("total", "en")
    assert LEX.compatible(frozenset({"investment"}), frozenset({"cost"})) is True
    assert LEX.compatible(frozenset({"agreement"}), frozenset({"project"})) is False
    assert LEX.compatible(frozenset(), frozenset({"project"})) is None


def test_names():
    assert LEX.canonical_name("成都") == "Chengdu"
    assert LEX.canonical_name("Pékin") == "Beijing"
    assert LEX.names_in_cjk("日本三菱重工在成都") == ["Mitsubishi", "Chengdu"]


@pytest.mark.parametrize("text, message", [
    ("concepts:\n  x:\n    en: [a]\nextra: 1\n", ":4: unknown key 'extra'"),
    ("concepts:\n  x:\n    english: [a]\n", ":3: 'english' is not a language code"),
    ("concepts:\n  x:\n    en: a\n", ":3: 'concepts.x.en' must be a list"),
    ("concepts:\n  x:\n    en: [a]\nrelated:\n  - [x, y]\n", ":5: each 'related' item"),
])
def test_bad_lexicon_names_file_and_line(tmp_path, text, message):
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Lexicon.load(path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)

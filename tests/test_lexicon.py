"""The concept lexicon: the data is intact and reads the same way in every language."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest
import yaml

from claimcheck.extraction import lexicon as lexicon_module
from claimcheck.extraction.cues import fold_same_length, is_cjk_word
from claimcheck.extraction.lexicon import (
    Lexicon,
    LexiconError,
    default_lexicon,
    rules_resource,
)

LEX = default_lexicon()
CORE_LANGS = ("en", "fr", "es", "zh")
# the languages every measure concept is written in ("any": the same in all of them)
LANGS = ("en", "fr", "es", "de", "pt", "it", "zh", "ja")
# concepts with no words in some of LANGS, and why (none today)
LANGUAGE_SPECIFIC: dict[str, tuple[tuple[str, ...], str]] = {}
# the cue sections and the slot their words fill
CUE_SECTIONS = {"concepts": "measure", "entities": "entity", "periods": "period",
                "roles": "role", "scope": "scope"}
# one-character CJK words, each kept on purpose (the file says why next to each)
ONE_CHARACTER_WORDS = {
    "人", "户", "戶", "距", "辆", "輛", "駅", "艘", "隻", "煤", "铜", "銅", "锂", "鋰",  # measures
    "増", "減", "占", "佔",                                                         # roles
    "总", "總", "共", "総",                                                            # scope
    "含",                                                                                # part marker
    "而", "但",                                                                          # conjunctions
}
# two concepts a word of one is read as a stem of the other's word (concepts_of reads a
# word of four letters or more as a stem), and why that is accepted
STEM_OVERLAPS_ACCEPTED = {
    ("operating_profit", "ebitda"): "EBIT is a stem of EBITDA; the cue scanner takes the "
                                    "exact word, so frames read EBITDA as ebitda",
    ("loans", "creditors"): "Italian credito is a stem of creditore, creditori; the cue "
                            "scanner takes the exact word, so 'circa 3800 creditori' counts "
                            "creditors (tests/test_extract_devset12_classes.py)",
}


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Lexicons loaded by these tests cache in a folder of their own."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))


def _data() -> dict:
    return yaml.safe_load(rules_resource("lexicon.yaml").read_text(encoding="utf-8"))


def _key(word) -> str:
    """A word as the cue scanner compares it."""
    word = str(word)
    return word if is_cjk_word(word) else " ".join(fold_same_length(word).split())


def test_every_concept_and_scope_has_the_core_languages():
    data = _data()
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
    ("社会消费品零售总额", "zh", "retail_sales"),
    ("Einzelhandelsumsätze", "de", "retail_sales"),
    ("ventes au détail", "fr", "retail_sales"),
    ("taux de chômage", "fr", "unemployment"),
    ("lucro líquido", "pt", "net_profit"),
    ("utile netto", "it", "net_profit"),
    ("tasa de paro", "es", "unemployment"),
    ("営業利益", "ja", "operating_profit"),
    ("死者", "ja", "deaths"),
    ("震源深度", "zh", "depth"),
    ("carbon sink", "en", "carbon_sink"),
    ("foreign direct investment", "en", "foreign_investment"),
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
    assert LEX.names_in_cjk("日本三菱重工在成都") == ["Japan", "Mitsubishi", "Chengdu"]
    # a country is one name in every language, of the kind "country"
    assert {LEX.canonical_name(n) for n in ("Australie", "Austrália", "澳大利亚")} == {"Australia"}
    assert LEX.names_written("detrás de Estados Unidos (97) y 美国队") == {"United States"}
    assert LEX.name_kind("australia") == "country" and LEX.name_kind("asia") == "continent"
    assert LEX.name_kind("chengdu") == ""


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


def test_every_concept_has_words_in_all_eight_languages():
    data = _data()
    for cid, per in data["concepts"].items():
        missing = tuple(lang for lang in LANGS if not per.get(lang) and not per.get("any"))
        expected = LANGUAGE_SPECIFIC.get(cid, ((), ""))[0]
        assert missing == expected, f"concepts.{cid} lacks {missing}"
    assert 120 <= len(data["concepts"]) <= 275 and 30 <= len(data["entities"]) <= 80


def test_no_word_names_two_things():
    """Per language ('any' words count in every language): a folded word belongs to one
    concept, or one entity, or one period, role, scope, part marker or conjunction."""
    data = _data()
    owners: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for section, slot in CUE_SECTIONS.items():
        for cid, table in data[section].items():
            for lang, words in table.items():
                for w in words:
                    owners[lang][_key(w)].add((slot, cid))
    for section in ("part_markers", "conjunctions"):
        for lang, words in data[section].items():
            for w in words:
                owners[lang][_key(w)].add((section, section))
    clashes = []
    for lang in LANGS:
        merged = defaultdict(set)
        for table in (owners[lang], owners["any"]):
            for key, who in table.items():
                merged[key] |= who
        clashes += [(lang, key, sorted(who)) for key, who in merged.items() if len(who) > 1]
    assert not clashes


def test_no_word_reads_as_a_stem_of_an_unrelated_concept():
    """concepts_of reads a word of four letters or more as a stem (up to three more
    letters) and a shorter one with a plural s; a word of one concept must not be read as
    another, unrelated concept's word that way."""
    data = _data()
    found = set()
    for lang in LANGS:
        words = defaultdict(set)
        for cid, per in data["concepts"].items():
            for code in (lang, "any"):
                for w in per.get(code, []):
                    key = _key(w)
                    if not is_cjk_word(key) and " " not in key:
                        words[key].add(cid)
        for stem, a in words.items():
            for word, b in words.items():
                extends = (word.startswith(stem) and 0 < len(word) - len(stem) <= 3
                           if len(stem) >= 4 else word == stem + "s")
                if not extends:
                    continue
                for x in a:
                    for y in b - a:
                        if not LEX.related(x, y) and (x, y) not in STEM_OVERLAPS_ACCEPTED:
                            found.add((lang, stem, x, word, y))
    assert not found


def test_words_are_strings_and_one_character_cjk_words_are_the_listed_ones():
    data = _data()
    one_char = set()
    for section in (*CUE_SECTIONS, "part_markers", "conjunctions"):
        tables = data[section].values() if section in CUE_SECTIONS else [data[section]]
        for table in tables:
            for words in table.values():
                for w in words:
                    assert isinstance(w, str), f"{section}: {w!r} is not a string (quote it)"
                    if is_cjk_word(w) and len(w) == 1:
                        one_char.add(w)
    assert one_char == ONE_CHARACTER_WORDS


def test_related_pairs_name_two_concepts_once():
    pairs = [frozenset(p) for p in _data()["related"]]
    assert all(len(p) == 2 for p in pairs)
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("a, b, same", [
    ("disposable_income", "revenue", False),   # a household's income is not a company's
    ("cpi", "cost", False),
    ("industrial_output", "company", False),
    ("gdp", "cpi", False),
    ("deaths", "injured", False),
    ("magnitude", "depth", False),
    # kinds of person are not one another: "1,000 workers" and "80 jobs" of one sentence
    ("people", "worker", False),
    ("job", "worker", False),
    ("investment", "cost", True),
    ("investment", "project", True),
    ("budget", "spending", True),
    ("visitors", "attendance", True),
    ("cpi", "inflation_forecast", True),
])
def test_relations_between_concepts(a, b, same):
    assert LEX.compatible(frozenset({a}), frozenset({b})) is same


@pytest.mark.parametrize("subject, lang, concept, not_concept", [
    ("household income", "en", "disposable_income", "revenue"),
    ("consumer prices", "en", "cpi", "cost"),
    ("industrial output", "en", "industrial_output", "company"),
    ("居民人均可支配收入", "zh", "disposable_income", "revenue"),
    ("Verbraucherpreise", "de", "cpi", "cost"),
    ("suppressions de postes", "fr", "layoffs", "job"),
    ("Haushalte", "de", None, "budget"),          # households are an entity, not a budget
    ("ministre des Finances", "fr", None, "funding"),
    ("s'élève à 2 978,6 milliards", "fr", None, "students"),
    ("the Company's shares", "en", "share_price", "agreement"),
    ("62台风机", "zh", "turbine", "wind_speed"),
])
def test_concepts_of_is_precise(subject, lang, concept, not_concept):
    found = LEX.concepts_of(subject, "", lang)
    assert (concept is None or concept in found) and not_concept not in found


SMALL = """concepts:
  investment:
    en: [investment]
    zh: [投资]
  worker:
    en: [worker]
    zh: [工人]
"""


def test_the_validated_lexicon_is_cached_and_refreshed(tmp_path, monkeypatch):
    path = tmp_path / "lexicon.yaml"
    path.write_text(SMALL, encoding="utf-8")
    first = Lexicon.load(path)
    caches = list((tmp_path / "cache").glob("lexicon-lexicon-*.json"))
    assert len(caches) == 1 and json.loads(caches[0].read_text(encoding="utf-8"))["prepared"]

    # unchanged file: read from the cache, the YAML is not parsed again
    import claimcheck.extraction.lexicon as lexicon_module

    def no_yaml(*args, **kwargs):
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(lexicon_module, "load_yaml_with_lines", no_yaml)
    again = Lexicon.load(path)
    assert again.concepts_of("工人", "", "zh") == first.concepts_of("工人", "", "zh") == {"worker"}
    monkeypatch.undo()
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))

    # changed file (another size): parsed again, the cache follows
    path.write_text(SMALL + "  project:\n    en: [project]\n", encoding="utf-8")
    changed = Lexicon.load(path)
    assert "project" in changed.concept_ids and changed.concepts_of("projects", "", "en") == {"project"}


def test_a_bad_lexicon_is_never_cached(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text(SMALL + "extra: 1\n", encoding="utf-8")
    for _ in range(2):  # the second load fails the same way: nothing was cached
        with pytest.raises(LexiconError) as err:
            Lexicon.load(path)
        assert str(err.value).startswith(f"{path}:8:")
    assert not list((tmp_path / "cache").glob("lexicon-*.json"))


def test_a_corrupt_cache_is_ignored(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text(SMALL, encoding="utf-8")
    Lexicon.load(path)
    (cache,) = (tmp_path / "cache").glob("lexicon-*.json")
    cache.write_text("{not json", encoding="utf-8")
    assert Lexicon.load(path).concepts_of("investment", "", "en") == {"investment"}


def _reference_match(table, text, lang):
    """concepts_of as first written: every entry of every id tested in turn (the indexed
    matcher must find the same ids)."""
    words = lexicon_module._WORD.findall(lexicon_module.fold(text))
    found = set()
    for attempt in ([lang] if lang else [], None):
        if attempt == []:
            continue
        masked = text
        for cid, per in table.items():
            for code, e in per.items():
                if attempt is not None and code not in attempt:
                    continue
                for i, w in enumerate(words):
                    if w in e.words or (w.endswith("s") and w[:-1] in e.words) or any(
                            w.startswith(s) and len(w) - len(s) <= 3 for s in e.stems) or any(
                            tuple(words[i:i + len(p)]) == p for p in e.phrases):
                        found.add(cid)
                        break
        hits = sorted(((w, cid) for cid, per in table.items() for code, e in per.items()
                       if attempt is None or code in attempt for w in e.cjk),
                      key=lambda x: len(x[0]), reverse=True)
        for word, cid in hits:
            if word in masked:
                found.add(cid)
                masked = masked.replace(word, "\x00" * len(word))
        if found:
            break
    return found


@pytest.mark.parametrize("text, lang", [
    ("上半年，全省社会消费品零售总额9842.6亿元，同比增长4.7%", "zh"),
    ("Per-capita disposable income was 21,375 yuan, up 5.9% in nominal terms", "en"),
    ("Les ventes au détail n'ont augmenté que de 4,7 %, et les prix à la consommation de 0,2 %", "fr"),
    ("Die Einzelhandelsumsätze stiegen um 4,7 Prozent auf 984,3 Milliarden Yuan", "de"),
    ("地震で死者は19人、負傷者は164人となった", "ja"),
    ("as vendas no varejo cresceram 4,7% no primeiro semestre", "pt"),
    ("las exportaciones crecieron un 5,2 % interanual", "es"),
    ("il tasso di disoccupazione è sceso", None),
    ("GDP grew 5.6% while CPI rose 0.2%", "zh"),
])
def test_indexed_matching_finds_what_testing_every_entry_finds(text, lang):
    for table in (LEX._concepts, LEX._scopes, {"part": LEX._parts}):
        assert LEX._match(table, text, lang) == _reference_match(table, text, lang)

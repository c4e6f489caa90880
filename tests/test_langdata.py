"""Language files: each loads, validates and compiles; a broken copy is an error that names
file:line; the schema is documented in claimcheck/lang/README.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.extraction import language as langdata
from claimcheck.extraction.language import (
    LANG_DIR,
    LanguageError,
    available_languages,
    load_language,
)
from claimcheck.extraction.language_schema import SCHEMA

LANGS = ("en", "fr", "es", "zh")


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Broken copies must not leave entries in the user's cache."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))


def test_the_four_languages_are_installed():
    assert set(LANGS) <= set(available_languages())


@pytest.mark.parametrize("code", available_languages())
def test_language_file_loads_validates_and_compiles(code):
    lang = load_language(LANG_DIR / f"{code}.yaml", code, compile_now=True)
    assert lang.code == code and lang.name
    assert lang.seed_re.pattern and lang.token_re.pattern
    assert lang.currencies and lang.units and lang.scales


@pytest.mark.parametrize("code", available_languages())
def test_every_unit_is_a_known_pint_expression(code):
    from claimcheck.extraction.units import UnitError, conversion

    lang = load_language(LANG_DIR / f"{code}.yaml", code)
    unknown = []
    for surface, expr in lang.raw["units"].items():
        try:
            conversion(expr)
        except UnitError as exc:
            if "unknown unit" in str(exc):
                unknown.append((surface, expr))
    assert not unknown


def broken_copy(tmp_path: Path, code: str, old: str, new: str) -> Path:
    text = (LANG_DIR / f"{code}.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"{code}.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(needle)


@pytest.mark.parametrize("old,new,needle,message", [
    ("  ordinal_suffix: [st, nd, rd, th]", "  ordinal_sufix: [st, nd, rd, th]", "ordinal_sufix",
     "unknown key numerals.ordinal_sufix"),
    ("  USD: USD\n", "  USD: US_DOLLAR\n", "US_DOLLAR", "must be an ISO 4217 code"),
    ('    "more than": over', '    "more than": plenty', "plenty", "must be one of"),
    ("  thousand: 3\n", "  thousand: three\n", "thousand: three", "power of ten"),
    ("    nine: 9\n", "    nine: nueve\n", "nine: nueve", "must be a number"),
    ('    one: [the, this, that, which, each, every, any, "no", another]',
     "    one: [the, this, that, which, each, every, any, no, another]", "one: [the",
     "numerals.not_after.one must map to a list of words"),
    ("    out of: [proper]", "    out of: [sometimes]", "out of:", "must be a list of"),
    ("  pence: [GBP, -2]", "  pence: [GBP, pence]", "pence: [GBP, pence]", "currency_multiples.pence"),
])
def test_broken_copy_names_file_and_line(tmp_path, old, new, needle, message):
    path = broken_copy(tmp_path, "en", old, new)
    with pytest.raises(LanguageError) as err:
        load_language(path, "en")
    text = str(err.value)
    assert text.startswith(f"{path}:{line_of(path, needle)}:"), text
    assert message in text, text


def test_invalid_yaml_names_file_line_and_column(tmp_path):
    path = broken_copy(tmp_path, "fr", "  decimal: [\",\"]", "  decimal: [\",\"")
    with pytest.raises(LanguageError) as err:
        load_language(path, "fr")
    assert re.match(rf"{re.escape(str(path))}:\d+:\d+: invalid YAML", str(err.value)), err.value


def test_missing_required_key(tmp_path):
    path = broken_copy(tmp_path, "es", "sentences:\n  terminators:", "sentences:\n  terminadores:")
    with pytest.raises(LanguageError, match=r"unknown key sentences.terminadores"):
        load_language(path, "es")


def test_code_must_match_the_file_name(tmp_path):
    path = tmp_path / "xx.yaml"
    path.write_text((LANG_DIR / "en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(LanguageError, match="does not match file name"):
        load_language(path, "xx")


def test_unknown_language_lists_the_available_ones():
    with pytest.raises(LanguageError, match=r"available: ([\w-]+, )*en, ([\w-]+, )*es, ([\w-]+, )*fr"):
        langdata.get_language("tlh")


def test_an_edited_file_is_validated_again(tmp_path):
    """The JSON cache never hides an edit: it is keyed by size and modification time."""
    path = broken_copy(tmp_path, "en", "x", "x")
    assert load_language(path, "en").code == "en"
    path.write_text(path.read_text(encoding="utf-8").replace("  USD: USD\n", "  USD: usd\n"),
                    encoding="utf-8")
    with pytest.raises(LanguageError, match="ISO 4217"):
        load_language(path, "en")


def test_readme_documents_every_schema_key():
    readme = (LANG_DIR / "README.md").read_text(encoding="utf-8")
    missing = []

    def walk(schema, prefix=""):
        for key, (spec, _req) in schema.items():
            name = f"{prefix}{key}"
            documented = (f"`{key}`" in readme or f"`{name}`" in readme
                          or f"`{name}." in readme)     # a section documented by its keys
            if not documented:
                missing.append(name)
            if isinstance(spec, dict) and key not in ("cjk", "fused"):
                walk(spec, f"{name}.")

    walk(SCHEMA)
    assert not missing, missing


def test_engine_never_names_a_language():
    """Language knowledge lives in the data files: no `lang == "zh"` in the engine."""
    pattern = re.compile(r"""(code|lang|language)\s*[!=]=\s*["'](en|fr|es|zh|ja|de|pt)["']""")
    package = Path(langdata.__file__).parents[1]
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 40
    offenders = [(path.name, m) for path in modules
                 for m in pattern.findall(path.read_text(encoding="utf-8"))]
    assert not offenders

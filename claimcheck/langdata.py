"""Load and validate the per-language data files in ``claimcheck/lang/``.

A language is data only: this module reads ``<code>.yaml``, checks it against the schema
below (unknown keys, wrong types and bad values are errors that name ``file:line``) and
wraps it in a :class:`Language`. The regular expressions built from the data live in
:mod:`claimcheck.langpatterns`. Nothing here knows any particular language; the schema is
documented for people who write language files in ``claimcheck/lang/README.md``.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from fractions import Fraction
from pathlib import Path

import regex

from .langpatterns import Patterns

LANG_DIR = Path(__file__).with_name("lang")

# key -> (type, required). Nested mappings are described by their own tables.
_SCHEMA: dict = {
    "code": (str, True),
    "name": (str, True),
    "script": (str, True),
    "case_insensitive": (bool, False),
    "detect": ({"markers": (list, True), "priority": (int, False)}, True),
    "numerals": ({
        "decimal": (list, True),
        "group": (list, True),
        "grammar": (str, True),
        "words": (dict, False),
        "one_words": (list, False),
        "multipliers": (dict, False),
        "and_words": (list, False),
        "and_joins": (dict, False),
        "negative": (list, False),
        "decimal_words": (list, False),
        "fractions": (dict, False),
        "alone": (list, False),
        "plain_fractions": (list, False),
        "compound_denominators": (bool, False),
        "denominator_words": (list, False),
        "ratio_words": (dict, False),
        "fraction_of": (list, False),
        "fused": ({"joiners": (list, False), "suffixes": (dict, False), "elided": (list, False),
                   "fractions": (list, False), "cardinals": (bool, False),
                   "inverting_joiners": (list, False)}, False),
        "additive_bases": (dict, False),
        "number_suffixes": (dict, False),
        "not_after": (dict, False),
        "digits": (dict, False),
        "units": (dict, False),
        "cjk": ({
            "fraction": (list, False),
            "mixed": (list, False),
            "approximate": (list, False),
            "inner_over": (list, False),
            "half": (list, False),
            "abbreviated_tail": (bool, False),
            "multipliers": (dict, False),
            "lone_context": (list, False),
            "weak_digits": (list, False),
            "article_digits": (list, False),
            "positional": (bool, False),
        }, False),
        "ordinal_prefix": (list, False),
        "ordinal_suffix": (list, False),
    }, True),
    "scales": (dict, True),
    "currency_scales": (dict, False),
    "currencies": (dict, True),
    "currency_default": (dict, False),
    "currency_after_only": (list, False),
    "currency_multiples": (dict, False),
    "unit_joiners": (list, False),
    "unit_classifiers": (list, False),
    "units": (dict, True),
    "unit_compounds": (dict, False),
    "unit_contexts": (dict, False),
    "percent": ({
        "suffix": (list, True),
        "prefix": (list, False),
        "tenths": (list, False),
        "points": (list, False),
        "words": (dict, False),
        "complement": (list, False),
    }, True),
    "qualifiers": ({"before": (dict, True), "after": (dict, False), "not_after": (dict, False)},
                   True),
    "ranges": (list, False),
    "counts": ({
        "stopwords": (list, False),
        "max_words": (int, False),
        "classifiers": (list, False),
        "joiners": (list, False),
        "max_chars": (int, False),
        "noun_before": (bool, False),
    }, True),
    "dates": ({"months": (dict, False), "formats": (list, False)}, True),
    "sentences": ({"terminators": (list, True)}, True),
    "lists": ({
        "intro": (list, False),
        "separators": (list, False),
        "conjunctions": (list, False),
        "open_markers": (list, False),
        "ends": (list, False),
    }, False),
}

SCRIPTS = ("latin", "han", "japanese")
GRAMMARS = ("western", "cjk")
QUALIFIER_WORDS = ("over", "under", "near", "about")
RATIO_KINDS = ("final", "proper")
_ISO = regex.compile(r"^[A-Z]{3}(\|[A-Z]{3})*$")


class LanguageError(ValueError):
    """A language data file is missing or invalid; the message names file:line."""


def _dotted(where: str, key) -> str:
    return f"{where}.{key}" if where else str(key)


def _check(node, schema: dict, lines: dict, path: Path, where: str = "") -> None:
    """Keys known, types right, required keys present; recursive over nested tables."""
    if not isinstance(node, dict):
        raise LanguageError(f"{path}:1: {where or 'top level'} must be a mapping")
    for key, value in node.items():
        line = lines.get((where, key), 1)
        if key not in schema:
            allowed = ", ".join(sorted(schema))
            raise LanguageError(f"{path}:{line}: unknown key {_dotted(where, key)}"
                                f" (expected one of: {allowed})")
        spec, _required = schema[key]
        name = _dotted(where, key)
        if isinstance(spec, dict):
            _check(value, spec, lines, path, name)
        elif spec is dict and value is None:
            continue
        elif not isinstance(value, spec) or (spec is int and isinstance(value, bool)):
            raise LanguageError(f"{path}:{line}: {name} must be a {spec.__name__}")
        elif spec is list and key != "ranges":
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    item_line = lines.get((name, i), line)
                    raise LanguageError(f"{path}:{item_line}: {name} item {item!r} must be a "
                                        f"string (quote yes/no/on/off and numbers)")
        elif spec is dict:
            for k in value:
                if not isinstance(k, str):
                    raise LanguageError(f"{path}:{lines.get((name, k), line)}: {name} key {k!r} "
                                        f"must be a string (quote yes/no/on/off and numbers)")
    for key, (_spec, required) in schema.items():
        if required and key not in node:
            raise LanguageError(f"{path}:1: missing key {_dotted(where, key)}")


def _validate_values(raw: dict, lines: dict, path: Path) -> None:
    """Values the type check cannot see: enumerations, numbers, ISO codes."""
    def fail(section: str, key, message: str):
        raise LanguageError(f"{path}:{lines.get((section, key), 1)}: {message}")

    if raw["script"] not in SCRIPTS:
        fail("", "script", f"script must be one of {SCRIPTS}")
    num = raw["numerals"]
    if num["grammar"] not in GRAMMARS:
        fail("numerals", "grammar", f"grammar must be one of {GRAMMARS}")
    for section, table in (("scales", raw.get("scales")), ("currency_scales", raw.get("currency_scales")),
                           ("numerals.number_suffixes", num.get("number_suffixes"))):
        for k, v in (table or {}).items():
            if not isinstance(v, int) or isinstance(v, bool):
                fail(section, k, f"{section}.{k} must be a power of ten (int)")
    for section, table in (("numerals.words", num.get("words")),
                           ("numerals.multipliers", num.get("multipliers")),
                           ("numerals.fractions", num.get("fractions")),
                           ("numerals.digits", num.get("digits")),
                           ("numerals.units", num.get("units")),
                           ("numerals.additive_bases", num.get("additive_bases")),
                           ("numerals.cjk.multipliers", (num.get("cjk") or {}).get("multipliers")),
                           ("numerals.fused.suffixes", (num.get("fused") or {}).get("suffixes")),
                           ("percent.words", raw["percent"].get("words"))):
        for k, v in (table or {}).items():
            if isinstance(v, bool) or not isinstance(v, (int, float, str)):
                fail(section, k, f"{section}.{k} must be a number")
            try:
                Fraction(str(v))
            except ValueError:
                fail(section, k, f"{section}.{k} must be a number, not {v!r}")
    for i, w in enumerate(num.get("denominator_words") or ()):
        if w not in (num.get("fractions") or {}):
            fail("numerals.denominator_words", i, f"numerals.denominator_words: {w!r} must also "
                                                  f"be listed in numerals.fractions")
    for k, v in (num.get("ratio_words") or {}).items():
        if not isinstance(v, list) or not set(v) <= set(RATIO_KINDS):
            fail("numerals.ratio_words", k, f"numerals.ratio_words.{k} must be a list of "
                                            f"{RATIO_KINDS}")
    for section, table in (("numerals.not_after", num.get("not_after")),
                           ("numerals.and_joins", num.get("and_joins")),
                           ("qualifiers.not_after", raw["qualifiers"].get("not_after"))):
        for k, v in (table or {}).items():
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                fail(section, k, f"{section}.{k} must map to a list of words (quote yes/no/on/off)")
    for k, v in raw["currencies"].items():
        if not isinstance(v, str) or not _ISO.match(v):
            fail("currencies", k, f"currencies.{k} must be an ISO 4217 code (or codes joined by |)")
    for k, v in (raw.get("currency_multiples") or {}).items():
        ok = (isinstance(v, list) and len(v) in (2, 3) and isinstance(v[0], str) and _ISO.match(v[0])
              and isinstance(v[1], int) and not isinstance(v[1], bool) and v[1] != 0
              and (len(v) == 2 or v[2] == "compound"))
        if not ok:
            fail("currency_multiples", k, f"currency_multiples.{k} must be [ISO code, power of ten] "
                                          f"or [ISO code, power of ten, compound]")
    for k, v in (raw.get("unit_compounds") or {}).items():
        if not isinstance(v, dict) or not all(isinstance(x, str) and isinstance(y, str)
                                              for x, y in v.items()):
            fail("unit_compounds", k, f"unit_compounds.{k} must map written unit names to "
                                      f"pint expressions")
    for k, v in (raw.get("unit_contexts") or {}).items():
        if k not in raw["units"]:
            fail("unit_contexts", k, f"unit_contexts.{k}: {k!r} must also be listed in units")
        if not isinstance(v, dict) or not all(
                isinstance(x, str) and isinstance(y, list) and all(isinstance(w, str) for w in y)
                for x, y in v.items()):
            fail("unit_contexts", k, f"unit_contexts.{k} must map pint expressions to lists of "
                                     f"words")
    pct = raw["percent"]
    for i, w in enumerate(pct.get("complement") or ()):
        if w not in (pct.get("tenths") or []) + (pct.get("suffix") or []):
            fail("percent.complement", i, f"percent.complement: {w!r} must also be listed in "
                                          f"percent.tenths or percent.suffix")
    for side in ("before", "after"):
        for k, v in (raw["qualifiers"].get(side) or {}).items():
            if v not in QUALIFIER_WORDS:
                fail("qualifiers." + side, k, f"qualifier {k!r} must be one of {QUALIFIER_WORDS}")
    for i, item in enumerate(raw.get("ranges") or []):
        if not isinstance(item, dict) or "join" not in item or set(item) - {"open", "join"}:
            fail("ranges", i, "each range needs 'join' and optionally 'open'")


class Lookup(dict):
    """A surface -> value table that also answers for case/space variants of a key."""

    def __init__(self, table: dict):
        super().__init__()
        for k, v in table.items():
            self[str(k)] = v
            self.setdefault(fold(str(k)), v)

    def find(self, surface: str):
        if surface in self:
            return self[surface]
        return self.get(fold(surface))


_SPACES = regex.compile(r"[\s\u00a0\u202f]+")


@functools.lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Case- and space-insensitive key: "Square  Kilometres" -> "square kilometres"."""
    return _SPACES.sub(" ", s).replace("’", "'").casefold()


_fold = fold  # older name, kept for callers


class Language(Patterns):
    """A language's validated data, its lookup tables and (from Patterns) its regexes."""

    def __init__(self, code: str, raw: dict, path: Path):
        self.code = code
        self.name = raw["name"]
        self.script = raw["script"]
        self.raw = raw
        self.path = path
        num = raw["numerals"]
        self.numerals = num
        self.cjk = num.get("cjk") or {}
        self.case_insensitive = bool(raw.get("case_insensitive", False))
        # word-spaced scripts need letter boundaries around words
        self.boundaries = self.script == "latin"
        self.decimal = tuple(num["decimal"])
        self.group = tuple(num["group"])
        self.words = Lookup(num.get("words") or {})
        self.multipliers = Lookup(num.get("multipliers") or {})
        self.fractions = Lookup(num.get("fractions") or {})
        self.scales = Lookup(raw.get("scales") or {})
        self.currency_scales = Lookup(raw.get("currency_scales") or {})
        self.number_suffixes = dict(num.get("number_suffixes") or {})
        self.cjk_digits = Lookup(num.get("digits") or {})
        self.cjk_units = Lookup(num.get("units") or {})
        self.currencies = Lookup(raw["currencies"])
        self.currency_multiples = Lookup(raw.get("currency_multiples") or {})
        self.units = Lookup(raw["units"])
        self.qualifiers_before = Lookup(raw["qualifiers"]["before"])
        self.qualifiers_after = Lookup(raw["qualifiers"].get("after") or {})
        self.qualifiers_not_after = {k: tuple(v) for k, v in
                                     (raw["qualifiers"].get("not_after") or {}).items()}
        p = raw["percent"]
        self.percent = {k: tuple(p.get(k) or ()) for k in
                        ("suffix", "prefix", "tenths", "points")}
        self.percent_words = Lookup(p.get("words") or {})
        self.one_words = frozenset(fold(w) for w in num.get("one_words") or ())
        self.negative_words = frozenset(fold(w) for w in num.get("negative") or ())
        self.and_words = frozenset(fold(w) for w in num.get("and_words") or ())
        self.and_joins = {fold(k): frozenset(fold(x) for x in v)
                          for k, v in (num.get("and_joins") or {}).items()}
        self.decimal_words = frozenset(fold(w) for w in num.get("decimal_words") or ())
        self.alone = frozenset(fold(w) for w in num.get("alone") or ())
        self.plain_fractions = frozenset(fold(w) for w in num.get("plain_fractions") or ())
        self.denominator_words = frozenset(fold(w) for w in num.get("denominator_words") or ())
        self.ratio_words = {fold(k): tuple(v) for k, v in (num.get("ratio_words") or {}).items()}
        self.additive_bases = {int(k): int(v) for k, v in (num.get("additive_bases") or {}).items()}
        self.not_after = {fold(k): frozenset(fold(x) for x in v)
                          for k, v in (num.get("not_after") or {}).items()}
        fused = num.get("fused") or {}
        self.fused_suffixes = Lookup(fused.get("suffixes") or {})
        self.fused_joiners = tuple(fused.get("joiners") or ())
        self.fused_elided = tuple(fused.get("elided") or ())
        self.fused_endings = tuple(fused.get("fractions") or ())
        self.fused_cardinals = bool(fused.get("cardinals", False))
        self.fused_inverting = frozenset(fold(w) for w in fused.get("inverting_joiners") or ())
        counts = raw["counts"]
        self.stopwords = frozenset(fold(w) for w in counts.get("stopwords") or ())
        self.subject_joiners = frozenset(fold(w) for w in counts.get("joiners") or ())
        self.classifiers = tuple(counts.get("classifiers") or ())
        self.months = Lookup(raw["dates"].get("months") or {})
        self.markers = frozenset(fold(w) for w in raw["detect"]["markers"])
        self.currency_default = dict(raw.get("currency_default") or {})
        self.terminators = tuple(raw["sentences"]["terminators"])
        self.unit_compounds = {k: Lookup(v) for k, v in (raw.get("unit_compounds") or {}).items()}
        self.unit_contexts = {k: tuple((expr, tuple(words)) for expr, words in v.items())
                              for k, v in (raw.get("unit_contexts") or {}).items()}
        self.percent_complement = frozenset(fold(w) for w in p.get("complement") or ())

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def __hash__(self) -> int:
        return hash(self.code)


@functools.lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The compiled data of language ``code`` (cached); LanguageError if unknown or invalid."""
    if not regex.fullmatch(r"[a-z]{2,3}", code or ""):
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    path = LANG_DIR / f"{code}.yaml"
    if not path.is_file():
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    return load_language(path, code)


def load_language(path: Path, code: str | None = None, compile_now: bool = False) -> Language:
    """Read, validate and wrap one language file (any path; tests load broken copies).

    The validated data is cached (see :func:`_validated`); the regular expressions are
    compiled on first use, or at once with ``compile_now``."""
    raw = _validated(Path(path))
    code = code or raw["code"]
    if raw["code"] != code:
        raise LanguageError(f"{path}:1: code {raw['code']!r} does not match file name")
    lang = Language(code, raw, Path(path))
    if compile_now:
        try:
            lang.compile_all()
        except regex.error as exc:  # a surface that makes a broken pattern
            raise LanguageError(f"{path}:1: a surface makes an invalid pattern: {exc}") from None
    return lang


_CACHE_FORMAT = 1


def _cache_file(path: Path) -> Path:
    base = os.environ.get("CLAIMCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "claimcheck")
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:12]
    return Path(base) / f"lang-{path.stem}-{digest}.json"


def _validated(path: Path) -> dict:
    """The file's data, parsed and validated; from a JSON cache when the file is unchanged.

    Parsing YAML is the slow part of a cold start (pint caches its registry the same way).
    The cache is keyed by the file's path, size and modification time and by the cache
    format; any problem reading or writing it just means parsing the YAML again."""
    try:
        st = path.stat()
    except OSError:
        raise LanguageError(f"{path}:1:1: cannot read the language file") from None
    key = [_CACHE_FORMAT, str(path.resolve()), st.st_size, st.st_mtime_ns]
    cache = _cache_file(path)
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return stored["raw"]
    except (OSError, ValueError, AttributeError):
        pass
    from .yamlload import YamlError, load_yaml_with_lines   # only when the cache misses

    try:
        raw, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise LanguageError(str(exc)) from None
    _check(raw, _SCHEMA, lines, path)
    _validate_values(raw, lines, path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": key, "raw": raw}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cache)
    except (OSError, TypeError, ValueError):
        pass
    return raw


@functools.lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))


def pow10(exp: int):
    """10**exp as an exact Decimal."""
    from decimal import Decimal

    return Decimal(1).scaleb(exp)

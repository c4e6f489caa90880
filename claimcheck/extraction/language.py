"""Load and validate the per-language data files in ``claimcheck/extraction/lang/``.

A language is data only: this module reads ``<code>.yaml``, checks it against the schema
(:mod:`.language_schema`; errors name ``file:line``), caches the validated data, and wraps
it in a :class:`Language`. The regular expressions built from the data live in
:mod:`~claimcheck.extraction.number_patterns` and :mod:`~claimcheck.extraction.attach_patterns`. Nothing here knows any particular language; the schema is
documented for people who write language files in ``claimcheck/extraction/lang/README.md``.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import regex

from . import jsoncache
from .attach_patterns import AttachPatterns
from .language_schema import LanguageError, validate, validate_shared
from .number_patterns import NumberPatterns

LANG_DIR = Path(__file__).with_name("lang")

class Lookup(dict):
    """A surface -> value table that also answers for case/space variants of a key."""

    def __init__(self, table: dict):
        super().__init__()
        for k, v in table.items():
            self[str(k)] = v
            self.setdefault(fold(str(k)), v)

    def find(self, surface: str):
        v = self.get(surface, _ABSENT)
        return self.get(fold(surface)) if v is _ABSENT else v


_SPACES = regex.compile(r"[\s\u00a0\u202f]+")
_ABSENT = object()


def base_code(code: str | None) -> str:
    """A language code without its region ("de-CH" -> "de", "pt" -> "pt", None -> ""): a
    regional variant reads its base language's words."""
    return (code or "").split("-")[0]


@functools.lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Case- and space-insensitive key: "Square  Kilometres" -> "square kilometres"."""
    return _SPACES.sub(" ", s).replace("’", "'").casefold()


class Language(NumberPatterns, AttachPatterns):
    """A language's validated data, its lookup tables and (from NumberPatterns and AttachPatterns) its regexes."""

    def __init__(self, code: str, raw: dict, path: Path):
        raw = _with_shared_currencies(raw)
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
        # marks that are a decimal point only before digits and one of these surfaces
        # ("0・9%" in Japanese; "3・11" stays a name)
        self.decimal_before = {m: tuple(after) for m, after in
                               (num.get("decimal_before") or {}).items()}
        self.ratio_nouns = tuple(num.get("ratio_nouns") or ())    # ratio_nouns.py
        self.words = Lookup(num.get("words") or {})
        self.multipliers = Lookup(num.get("multipliers") or {})
        self.fractions = Lookup(num.get("fractions") or {})
        self.scales = Lookup(raw.get("scales") or {})
        self.currency_scales = Lookup(raw.get("currency_scales") or {})
        self.number_suffixes = dict(num.get("number_suffixes") or {})
        self.cjk_digits = Lookup(num.get("digits") or {})
        self.cjk_units = Lookup(num.get("units") or {})
        self.currencies = Lookup(raw["currencies"])
        self.glued_only = frozenset(raw["currency_glued_only"])
        self.currency_multiples = Lookup(raw.get("currency_multiples") or {})
        self.units = Lookup(raw["units"])
        before, not_after = _with_articles(raw["qualifiers"])
        self.qualifier_before_surfaces = tuple(before)
        self.qualifiers_before = Lookup(before)
        self.qualifiers_after = Lookup(raw["qualifiers"].get("after") or {})
        self.qualifiers_not_after = not_after
        # the bound each verb of qualifiers.between gives (attach_patterns.bound_verb_re)
        between = raw["qualifiers"].get("between") or {}
        self.bound_verb_kinds = Lookup(dict(
            {v: raw["qualifiers"]["before"][v] for v in between.get("verbs") or ()},
            **(between.get("mark_verbs") or {})))
        p = raw["percent"]
        self.percent = {k: tuple(p.get(k) or ()) for k in
                        ("suffix", "prefix", "tenths", "points")}
        self.percent_words = Lookup(p.get("words") or {})
        self.point_words = Lookup(p.get("point_words") or {})
        self.one_words = frozenset(fold(w) for w in num.get("one_words") or ())
        self.article_numbers = frozenset(fold(w) for w in num.get("article_numbers") or ())
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
        self.not_counted = frozenset(fold(w) for w in counts.get("not_counted") or ())
        self.subject_joiners = frozenset(fold(w) for w in counts.get("joiners") or ())
        self.count_modifiers = frozenset(fold(w) for w in counts.get("modifiers") or ())
        self.classifiers = tuple(counts.get("classifiers") or ())
        self.months = Lookup(raw["dates"].get("months") or {})
        # the names of the days of the week ("Monday", "Montag"), folded: no proper names
        self.weekdays = frozenset(fold(str(w)) for w in raw["dates"].get("weekdays") or ())
        self.markers = frozenset(fold(w) for w in raw["detect"]["markers"])
        self.currency_default = dict(raw.get("currency_default") or {})
        self.currency_fixed = frozenset(raw.get("currency_fixed") or ())
        self.terminators = tuple(raw["sentences"]["terminators"])
        self.unit_compounds = {k: Lookup(v) for k, v in (raw.get("unit_compounds") or {}).items()}
        self.compound_leads = Lookup(raw.get("compound_leads") or {})
        self.unit_contexts = {k: tuple((expr, tuple(words)) for expr, words in v.items())
                              for k, v in (raw.get("unit_contexts") or {}).items()}
        self.percent_complement = frozenset(fold(w) for w in p.get("complement") or ())
        changes = raw.get("changes") or {}
        # the words that mark a change's new value (between old and new), its old value
        # (between new and old: "to 9 minutes from 26"), and, in languages that write them
        # after the number (320キロから360キロに), both
        self.change_new = Lookup({w: True for w in changes.get("new") or ()})
        self.change_old = Lookup({w: True for w in changes.get("old_between") or ()})
        self.change_old_after = Lookup({w: True for w in changes.get("old_after") or ()})
        self.change_new_after = tuple(changes.get("new_after") or ())
        self.short_date_marks = frozenset(r["mark"][:1] for r in raw["dates"].get("short") or ())
        # the words that introduce an amount's conversion into another currency, bracketed
        # or not ("soit environ", 约合, "umgerechnet"); folded, longest first
        self.conversion_words = tuple(sorted(
            {fold(w) for w in (raw.get("conversions") or {}).get("words") or ()},
            key=len, reverse=True))
        rates = raw.get("rates") or {}
        self.rate_things = Lookup(rates.get("things") or {})
        self.rate_after = Lookup(rates.get("after") or {})
        self.rate_before = Lookup(rates.get("before") or {})
        self.rate_units = Lookup(rates.get("units") or {})
        self.rate_articles = frozenset(fold(w) for w in rates.get("articles") or ())

    @property
    def base(self) -> str:
        """The language a regional variant belongs to ("es" for "es-MX"); its own code else."""
        return self.raw.get("variant_of") or self.code

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def __hash__(self) -> int:
        return hash(self.code)


_CODE = regex.compile(r"[a-z]{2,3}(?:-[A-Z]{2})?")


def _with_articles(qualifiers: dict) -> tuple[dict, dict]:
    """The qualifiers written before a number, each also with an article of the language's
    ``qualifiers.articles`` after it ("casi el 27%", "al menos un 27%", "quasi il 27%"),
    and their ``not_after`` words likewise; not those of ``qualifiers.no_articles`` ("hasta
    los 8,46 euros" after a rise is the new value, not "up to")."""
    before = dict(qualifiers["before"])
    not_after = {k: tuple(v) for k, v in (qualifiers.get("not_after") or {}).items()}
    bare = frozenset(qualifiers.get("no_articles") or ())
    for article in qualifiers.get("articles") or ():
        for word, kind in qualifiers["before"].items():
            if word in bare:
                continue
            joined = f"{word} {article}"
            before.setdefault(joined, kind)
            if word in not_after:
                not_after.setdefault(joined, not_after[word])
    return before, not_after


@functools.lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The compiled data of language ``code`` (cached); LanguageError if unknown or invalid.

    A regional variant (``es-MX``, ``de-CH``, ``en-IN``) is a file of its own that names its
    ``base`` language and gives only what differs (see lang/README.md)."""
    if not _CODE.fullmatch(code or ""):
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    path = LANG_DIR / f"{code}.yaml"
    if not path.is_file():
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    return load_language(path, code)


class Profile:
    """What detection needs of a language, without building its patterns or tables."""

    __slots__ = ("code", "script", "markers", "marker_list", "priority")

    def __init__(self, code: str, raw: dict):
        self.code = code
        self.script = raw["script"]
        self.marker_list = tuple(raw["detect"]["markers"])
        self.markers = frozenset(fold(w) for w in self.marker_list)
        self.priority = raw["detect"].get("priority", 0)


@functools.lru_cache(maxsize=None)
def language_profile(code: str) -> Profile:
    """The script, markers and priority of an installed language (for detection)."""
    if not _CODE.fullmatch(code or "") or not (LANG_DIR / f"{code}.yaml").is_file():
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    return Profile(code, _validated(LANG_DIR / f"{code}.yaml"))


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


_CACHE_FORMAT = 2
SHARED_CURRENCIES = Path(__file__).with_name("currencies.yaml")


def shared_currencies() -> dict:
    """The currency codes and symbols every language reads (currencies.yaml), validated
    and cached like a language file."""
    return _validated_shared()


@functools.lru_cache(maxsize=1)
def _validated_shared() -> dict:
    path = SHARED_CURRENCIES
    key = [_CACHE_FORMAT] + _stat_key(path)
    return jsoncache.cached(jsoncache.cache_path(path, "lang"), key, "raw",
                            lambda: _parsed(path, validate_shared))


def _parsed(path: Path, check) -> dict:
    """The file's YAML, checked by ``check(raw, lines, path)`` (only when the cache misses)."""
    from ..yamlload import YamlError, load_yaml_with_lines

    try:
        raw, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise LanguageError(str(exc)) from None
    if check is validate and isinstance(raw, dict) and raw.get("base") is not None:
        raw, lines = _merged(raw, lines, path)
    check(raw, lines, path)
    return raw


def _with_shared_currencies(raw: dict) -> dict:
    """The language's data with the shared codes and symbols under its own currency
    names (its own entries win), and the codes read only glued to a number."""
    shared = shared_currencies()
    table = {c: c for c in shared["codes"]}
    table.update(shared["symbols"])
    table.update(raw["currencies"])
    out = dict(raw)
    out["currencies"] = table
    out["currency_glued_only"] = [c for c in shared["glued_only"] if c not in raw["currencies"]]
    return out


def _stat_key(path: Path) -> list:
    try:
        st = path.stat()
    except OSError:
        raise LanguageError(f"{path}:1:1: cannot read the language file") from None
    return [str(path.resolve()), st.st_size, st.st_mtime_ns]


def _validated(path: Path) -> dict:
    """The file's data, parsed and validated; from a JSON cache when the file is unchanged.

    Parsing YAML is the slow part of a cold start (pint caches its registry the same way).
    The cache is keyed by the file's path, size and modification time (and its base
    file's, for a regional variant) and by the cache format; any problem reading or
    writing it just means parsing the YAML again."""
    key = [_CACHE_FORMAT] + _stat_key(path)
    base_path = _base_path(path)
    if base_path is not None:
        key += _stat_key(base_path)
    return jsoncache.cached(jsoncache.cache_path(path, "lang"), key, "raw",
                            lambda: _parsed(path, validate))


_BASE_KEY = regex.compile(r"(?m)^base:[ \t]*[\"']?([a-z]{2,3})[\"']?[ \t]*(?:#.*)?$")


def _base_path(path: Path) -> Path | None:
    """The base language file a regional variant names (``base: es``), read cheaply for
    the cache key; None for a file of a whole language."""
    try:
        head = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    m = _BASE_KEY.search(head)
    return path.with_name(f"{m.group(1)}.yaml") if m else None


def _merged(variant: dict, lines: dict, path: Path) -> tuple[dict, dict]:
    """A regional variant over its base language: mappings are merged key by key (the
    variant's value wins; a null value removes the base's key), anything else the
    variant gives replaces the base's."""
    base_code = variant["base"]
    if not isinstance(base_code, str) or not _CODE.fullmatch(base_code) or "-" in base_code:
        raise LanguageError(f"{path}:{lines.get(('', 'base'), 1)}: base must name a language "
                            f"file of this folder (en, es ...), not {base_code!r}")
    base_path = path.with_name(f"{base_code}.yaml")
    if not base_path.is_file():
        raise LanguageError(f"{path}:{lines.get(('', 'base'), 1)}: base language "
                            f"{base_code!r} not found")
    base = json.loads(json.dumps(_validated(base_path)))      # a private copy

    def merge(into: dict, over: dict) -> None:
        for k, v in over.items():
            if v is None:
                into.pop(k, None)
            elif isinstance(v, dict) and isinstance(into.get(k), dict):
                merge(into[k], v)
            else:
                into[k] = v

    merge(base, {k: v for k, v in variant.items()})
    base["variant_of"] = base_code
    base.pop("base", None)
    return base, lines


@functools.lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Codes of the installed languages and regional variants (en, en-IN, es, es-MX ...)."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml") if _CODE.fullmatch(p.stem)))


def variants_of(code: str) -> tuple[str, ...]:
    """The regional variants installed for a base language ("es" -> ("es-MX",))."""
    return tuple(c for c in available_languages() if c.startswith(code + "-"))


def pow10(exp: int):
    """10**exp as an exact Decimal."""
    from decimal import Decimal

    return Decimal(1).scaleb(exp)

"""Load, validate and compile the per-language data files in ``claimcheck/lang/``.

A language is data only: this module reads ``<code>.yaml``, checks it against the schema
below (unknown keys and wrong types are errors that name ``file:line``), and compiles
the regular expressions the extractor uses. Nothing here knows any particular language.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import regex
import yaml

from .yamlload import YamlError, load_yaml_with_lines

LANG_DIR = Path(__file__).with_name("lang")

# key -> (type, required). Nested mappings are described by their own tables.
_SCHEMA: dict = {
    "code": (str, True),
    "name": (str, True),
    "script": (str, True),
    "case_insensitive": (bool, False),
    "detect": ({"markers": (list, True)}, True),
    "numerals": ({
        "decimal": (list, True),
        "group": (list, True),
        "grammar": (str, True),
        "words": (dict, False),
        "one_words": (list, False),
        "multipliers": (dict, False),
        "joiners": (list, False),
        "digits": (dict, False),
        "units": (dict, False),
        "decimal_words": (list, False),
        "ordinal_prefix": (list, False),
        "ordinal_suffix": (list, False),
    }, True),
    "scales": (dict, True),
    "currency_scales": (dict, False),
    "currencies": (dict, True),
    "currency_default": (dict, False),
    "unit_joiners": (list, False),
    "units": (dict, True),
    "percent": ({
        "suffix": (list, True),
        "prefix": (list, False),
        "tenths": (list, False),
        "points": (list, False),
    }, True),
    "qualifiers": ({"before": (dict, True), "after": (dict, False)}, True),
    "ranges": (list, False),
    "counts": ({
        "stopwords": (list, False),
        "max_words": (int, False),
        "classifiers": (list, False),
        "joiners": (list, False),
        "max_chars": (int, False),
    }, True),
    "dates": ({"months": (dict, False), "formats": (list, False)}, True),
    "sentences": ({"terminators": (list, True)}, True),
}

SCRIPTS = ("latin", "han", "japanese")
GRAMMARS = ("western", "cjk")
QUALIFIER_WORDS = ("over", "under", "near", "about")
_ISO = regex.compile(r"^[A-Z]{3}(\|[A-Z]{3})*$")


class LanguageError(ValueError):
    """A language data file is missing or invalid; the message names file:line."""


def _check(node, schema: dict, lines: dict, path: Path, where: str = "") -> None:
    if not isinstance(node, dict):
        raise LanguageError(f"{path}:1: {where or 'top level'} must be a mapping")
    for key, value in node.items():
        line = lines.get((where, key), 1)
        if key not in schema:
            allowed = ", ".join(sorted(schema))
            raise LanguageError(f"{path}:{line}: unknown key {where + '.' if where else ''}{key}"
                                f" (expected one of: {allowed})")
        spec, _required = schema[key]
        if isinstance(spec, dict):
            _check(value, spec, lines, path, f"{where}.{key}" if where else key)
        elif spec is dict and value is None:
            continue
        elif not isinstance(value, spec) or (spec is int and isinstance(value, bool)):
            raise LanguageError(f"{path}:{line}: {where + '.' if where else ''}{key} must be a "
                                f"{spec.__name__}")
        elif spec is list and key not in ("ranges",):
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    item_line = lines.get((f"{where}.{key}" if where else key, i), line)
                    raise LanguageError(f"{path}:{item_line}: {where + '.' if where else ''}{key} "
                                        f"item {item!r} must be a string (quote yes/no/on/off)")
        elif spec is dict:
            for k in value:
                if not isinstance(k, str):
                    raise LanguageError(f"{path}:{line}: {where + '.' if where else ''}{key} key "
                                        f"{k!r} must be a string (quote yes/no/on/off and numbers)")
    for key, (_spec, required) in schema.items():
        if required and key not in node:
            raise LanguageError(f"{path}:1: missing key {where + '.' if where else ''}{key}")


def _alternation(surfaces, case_insensitive: bool, boundaries: bool) -> str:
    """One regex alternative per surface, longest first.

    Surfaces that start or end with a letter get letter boundaries in word-spaced scripts.
    All-lowercase surfaces longer than two characters match case-insensitively when the
    language says so; short or capitalised ones ("m", "MW", "RMB") match exactly.
    """
    parts = []
    for s in sorted(set(surfaces), key=lambda x: (-len(x), x)):
        pat = regex.escape(s, special_only=True)
        pat = pat.replace(r"\ ", r"[\s\u00a0]+").replace(" ", r"[\s\u00a0]+")
        if case_insensitive and s == s.lower() and len(s) > 2:
            pat = f"(?i:{pat})"
        if boundaries:
            if s[:1].isalpha():
                pat = r"(?<![\p{L}\p{M}])" + pat
            if s[-1:].isalpha() or s[-1:] == ".":
                pat = pat + r"(?![\p{L}\p{M}])"
        parts.append(pat)
    return "|".join(parts) if parts else r"(?!x)x"


def _fold(s: str) -> str:
    return regex.sub(r"[\s\u00a0]+", " ", s).casefold()


class Lookup(dict):
    """A surface -> value table that also answers for case/space variants of a key."""

    def __init__(self, table: dict):
        super().__init__()
        for k, v in table.items():
            self[str(k)] = v
            self.setdefault(_fold(str(k)), v)

    def find(self, surface: str):
        if surface in self:
            return self[surface]
        return self.get(_fold(surface))


@dataclass(frozen=True)
class Language:
    """A language's compiled data. Built once per code and cached."""

    code: str
    name: str
    script: str
    raw: dict
    path: Path

    # -- simple accessors over the validated data --------------------------------------
    @property
    def case_insensitive(self) -> bool:
        return bool(self.raw.get("case_insensitive", False))

    @property
    def boundaries(self) -> bool:
        """Whether words are separated by spaces (so letter boundaries matter)."""
        return self.script == "latin"

    @functools.cached_property
    def numerals(self) -> dict:
        return self.raw["numerals"]

    @functools.cached_property
    def decimal(self) -> tuple[str, ...]:
        return tuple(self.numerals["decimal"])

    @functools.cached_property
    def group(self) -> tuple[str, ...]:
        return tuple(self.numerals["group"])

    @functools.cached_property
    def words(self) -> Lookup:
        return Lookup(self.numerals.get("words") or {})

    @functools.cached_property
    def multipliers(self) -> Lookup:
        return Lookup(self.numerals.get("multipliers") or {})

    @functools.cached_property
    def scales(self) -> Lookup:
        return Lookup(self.raw.get("scales") or {})

    @functools.cached_property
    def currency_scales(self) -> Lookup:
        return Lookup(self.raw.get("currency_scales") or {})

    @functools.cached_property
    def cjk_digits(self) -> Lookup:
        return Lookup(self.numerals.get("digits") or {})

    @functools.cached_property
    def cjk_units(self) -> Lookup:
        return Lookup(self.numerals.get("units") or {})

    @functools.cached_property
    def currencies(self) -> Lookup:
        return Lookup(self.raw["currencies"])

    @functools.cached_property
    def units(self) -> Lookup:
        return Lookup(self.raw["units"])

    @functools.cached_property
    def qualifiers_before(self) -> Lookup:
        return Lookup(self.raw["qualifiers"]["before"])

    @functools.cached_property
    def qualifiers_after(self) -> Lookup:
        return Lookup(self.raw["qualifiers"].get("after") or {})

    @functools.cached_property
    def percent(self) -> dict:
        p = self.raw["percent"]
        return {k: tuple(p.get(k) or ()) for k in ("suffix", "prefix", "tenths", "points")}

    @functools.cached_property
    def one_words(self) -> frozenset:
        return frozenset(_fold(w) for w in self.numerals.get("one_words") or ())

    @functools.cached_property
    def stopwords(self) -> frozenset:
        return frozenset(_fold(w) for w in self.raw["counts"].get("stopwords") or ())

    @functools.cached_property
    def subject_joiners(self) -> frozenset:
        return frozenset(_fold(w) for w in self.raw["counts"].get("joiners") or ())

    @functools.cached_property
    def classifiers(self) -> tuple[str, ...]:
        return tuple(self.raw["counts"].get("classifiers") or ())

    @functools.cached_property
    def months(self) -> Lookup:
        return Lookup(self.raw["dates"].get("months") or {})

    @functools.cached_property
    def markers(self) -> frozenset:
        return frozenset(_fold(w) for w in self.raw["detect"]["markers"])

    @functools.cached_property
    def currency_default(self) -> dict:
        return dict(self.raw.get("currency_default") or {})

    # -- compiled patterns -------------------------------------------------------------
    def alt(self, surfaces) -> str:
        return _alternation(surfaces, self.case_insensitive, self.boundaries)

    @functools.cached_property
    def word_number_re(self) -> str:
        """A run of number words joined by the language's joiners ("twenty-eight")."""
        n = self.numerals
        vocab = list((n.get("words") or {}).keys()) + list((n.get("multipliers") or {}).keys())
        vocab += [k for k, v in self.raw["scales"].items() if len(k) > 2]
        if not vocab:
            return r"(?!x)x"
        word = f"(?:{self.alt(vocab)})"
        joiners = "|".join(regex.escape(j).replace(r"\ ", r"[\s\u00a0]+").replace(" ", r"[\s\u00a0]+")
                           for j in sorted(n.get("joiners") or [" "], key=len, reverse=True))
        lead = ""
        if n.get("one_words"):
            lead = f"(?:(?:{self.alt(n['one_words'])})[\\s\\u00a0]+(?=(?:{self.alt(list((n.get('multipliers') or {}).keys()) + list(self.raw['scales'].keys()))})))?"
        return f"{lead}{word}(?:(?:{joiners}){word})*"

    @functools.cached_property
    def word_token_re(self) -> regex.Pattern:
        """One number word at a time, for parsing a run found by ``word_number_re``."""
        n = self.numerals
        vocab = (list((n.get("words") or {}).keys()) + list((n.get("multipliers") or {}).keys())
                 + list(self.raw["scales"].keys()) + list(n.get("one_words") or []))
        return regex.compile(self.alt(vocab))

    @functools.cached_property
    def cjk_number_re(self) -> str:
        """A run of CJK numerals, possibly mixed with Arabic digits (1.2万, 314億8000万)."""
        n = self.numerals
        chars = list((n.get("digits") or {}).keys()) + list((n.get("units") or {}).keys())
        chars += [k for k in self.raw["scales"].keys() if not k.isascii()]
        if not chars:
            return r"(?!x)x"
        alts = "|".join(regex.escape(c) for c in sorted(set(chars), key=len, reverse=True))
        dec = "|".join(regex.escape(c) for c in (n.get("decimal_words") or []))
        core = f"(?:{alts})"
        if dec:
            core = f"(?:{alts}|(?:{dec})(?=(?:{alts})))"
        return f"(?:\\d+(?:\\.\\d+)?)?(?:{core})+(?:\\d+(?:\\.\\d+)?(?:{core})+)*"

    @functools.cached_property
    def digit_re(self) -> str:
        """Digits with the language's separators; spaces and apostrophes only before 3 digits."""
        seps = []
        for s in sorted(set(self.decimal) | set(self.group), key=len, reverse=True):
            esc = regex.escape(s)
            if s.isspace() or s == "'":
                seps.append(f"{esc}(?=\\d{{3}}(?!\\d))")
            else:
                seps.append(esc)
        return f"\\d+(?:(?:{'|'.join(seps)})\\d+)*"

    @functools.cached_property
    def atom_re(self) -> regex.Pattern:
        parts = [f"(?P<digits>(?<![\\p{{Latin}}\\d]){self.digit_re})"]
        if self.numerals["grammar"] == "cjk":
            parts.insert(0, f"(?P<cjk>{self.cjk_number_re})")
        parts.append(f"(?P<words>{self.word_number_re})")
        return regex.compile("|".join(parts))

    def _after(self, surfaces) -> regex.Pattern:
        """Anchored at a position: optional spacing, then one of the surfaces."""
        sp = r"[\s\u00a0]*" if self.boundaries else r"[\s\u00a0]?"
        return regex.compile(f"{sp}(?:{self.alt(surfaces)})")

    def _before(self, surfaces) -> regex.Pattern:
        """Matched against the text just before a position: a surface, then spacing, then end."""
        sp = r"[\s\u00a0]*" if self.boundaries else r"[\s\u00a0]?"
        return regex.compile(f"(?:{self.alt(surfaces)}){sp}$")

    @functools.cached_property
    def scale_after_re(self):
        return self._after(self.raw["scales"].keys())

    @functools.cached_property
    def currency_scale_after_re(self):
        return self._after((self.raw.get("currency_scales") or {}).keys())

    @functools.cached_property
    def currency_after_re(self):
        return self._after(self.raw["currencies"].keys())

    @functools.cached_property
    def currency_before_re(self):
        return self._before(self.raw["currencies"].keys())

    @functools.cached_property
    def unit_joiner_re(self):
        """Words allowed between a scale word and its currency or unit ("millions de")."""
        return self._after(self.raw.get("unit_joiners") or [])

    @functools.cached_property
    def unit_after_re(self):
        return self._after(self.raw["units"].keys())

    @functools.cached_property
    def percent_after_re(self):
        return self._after(self.percent["suffix"])

    @functools.cached_property
    def points_after_re(self):
        return self._after(self.percent["points"])

    @functools.cached_property
    def tenths_after_re(self):
        return self._after(self.percent["tenths"])

    @functools.cached_property
    def percent_before_re(self):
        return self._before(self.percent["prefix"])

    @functools.cached_property
    def qualifier_before_re(self):
        return self._before(self.raw["qualifiers"]["before"].keys())

    @functools.cached_property
    def qualifier_after_re(self):
        return self._after((self.raw["qualifiers"].get("after") or {}).keys())

    @functools.cached_property
    def ordinal_before_re(self):
        return self._before(self.numerals.get("ordinal_prefix") or [])

    @functools.cached_property
    def ordinal_after_re(self):
        return regex.compile(f"(?:{self.alt(self.numerals.get('ordinal_suffix') or [])})")

    @functools.cached_property
    def classifier_after_re(self):
        return self._after(self.classifiers)

    @functools.cached_property
    def ranges(self) -> list[tuple[regex.Pattern | None, regex.Pattern]]:
        """(opening word before the first number or None, joiner between the numbers)."""
        out = []
        for item in self.raw.get("ranges") or []:
            open_ = self._before([item["open"]]) if item.get("open") else None
            sp = r"[\s\u00a0]*"
            join = regex.compile(f"{sp}(?:{self.alt([item['join']])}){sp}")
            out.append((open_, join))
        return out

    @functools.cached_property
    def date_re(self) -> regex.Pattern | None:
        formats = self.raw["dates"].get("formats") or []
        if not formats:
            return None
        months = self.raw["dates"].get("months") or {}
        month_alt = self.alt(months.keys()) if months else r"(?!x)x"
        pieces = {
            "{year}": r"(?P<year>(?<!\d)(?:1[6-9]|20)\d\d(?!\d))",
            "{month}": f"(?P<month>{month_alt}|(?<!\\d)(?:1[0-2]|0?[1-9])(?!\\d))",
            "{day}": r"(?P<day>(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:er|st|nd|rd|th|º|°)?(?!\d))",
        }
        alts = []
        for i, fmt in enumerate(sorted(formats, key=len, reverse=True)):
            pat = regex.escape(fmt, special_only=True).replace(r"\{", "{").replace(r"\}", "}")
            pat = pat.replace(r"\ ", r"[\s\u00a0]+").replace(" ", r"[\s\u00a0]+")
            for key, sub in pieces.items():
                pat = pat.replace(key, sub)
            # only the first alternative keeps group names; others are renamed per branch
            pat = pat.replace("(?P<year>", f"(?P<year{i}>").replace(
                "(?P<month>", f"(?P<month{i}>").replace("(?P<day>", f"(?P<day{i}>")
            alts.append(f"(?:{pat})")
        flags = regex.IGNORECASE if self.case_insensitive else 0
        return regex.compile("|".join(alts), flags)

    @functools.cached_property
    def terminators(self) -> tuple[str, ...]:
        return tuple(self.raw["sentences"]["terminators"])


def _validate_values(raw: dict, lines: dict, path: Path) -> None:
    def line(section, key):
        return lines.get((section, key), 1)

    if raw["script"] not in SCRIPTS:
        raise LanguageError(f"{path}:{line('', 'script')}: script must be one of {SCRIPTS}")
    if raw["numerals"]["grammar"] not in GRAMMARS:
        raise LanguageError(f"{path}:{line('numerals', 'grammar')}: grammar must be one of {GRAMMARS}")
    for section in ("scales", "currency_scales"):
        for k, v in (raw.get(section) or {}).items():
            if not isinstance(v, int) or isinstance(v, bool):
                raise LanguageError(f"{path}:{line(section, k)}: {section}.{k} must be a power of ten (int)")
    for k, v in raw["currencies"].items():
        if not isinstance(v, str) or not _ISO.match(v):
            raise LanguageError(f"{path}:{line('currencies', k)}: currencies.{k} must be an ISO 4217 code")
    for side in ("before", "after"):
        for k, v in (raw["qualifiers"].get(side) or {}).items():
            if v not in QUALIFIER_WORDS:
                raise LanguageError(f"{path}:{line('qualifiers.' + side, k)}: qualifier {k!r} must be "
                                    f"one of {QUALIFIER_WORDS}")
    for k, v in (raw["numerals"].get("words") or {}).items():
        try:
            Fraction(str(v))
        except ValueError:
            raise LanguageError(f"{path}:{line('numerals.words', k)}: numerals.words.{k} must be a number") from None
    for item in raw.get("ranges") or []:
        if not isinstance(item, dict) or "join" not in item or set(item) - {"open", "join"}:
            raise LanguageError(f"{path}:1: each range needs 'join' and optionally 'open'")


@functools.lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The compiled data of language ``code`` (cached); LanguageError if unknown or invalid."""
    if not regex.fullmatch(r"[a-z]{2,3}", code or ""):
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    path = LANG_DIR / f"{code}.yaml"
    if not path.is_file():
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available_languages())}")
    try:
        raw, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise LanguageError(str(exc)) from None
    _check(raw, _SCHEMA, lines, path)
    _validate_values(raw, lines, path)
    if raw["code"] != code:
        raise LanguageError(f"{path}:{lines.get(('', 'code'), 1)}: code {raw['code']!r} does not match file name")
    return Language(code=code, name=raw["name"], script=raw["script"], raw=raw, path=path)


@functools.lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))


def pow10(exp: int) -> Decimal:
    return Decimal(1).scaleb(exp)

"""What a language data file must contain: the schema and the rules its values follow.

Unknown keys, wrong types and bad values are errors that name ``file:line``. The schema
is documented for the people who write language files in ``lang/README.md``; a test
checks that the two agree.
"""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import regex

__all__ = ["SCHEMA", "validate", "LanguageError", "SCRIPTS", "GRAMMARS", "QUALIFIER_WORDS",
           "RATIO_KINDS"]

# key -> (type, required). Nested mappings are described by their own tables.
SCHEMA: dict = {
    "code": (str, True),
    "name": (str, True),
    "variant_of": (str, False),
    "script": (str, True),
    "case_insensitive": (bool, False),
    "detect": ({"markers": (list, True), "priority": (int, False), "evidence": (list, False),
               "never": (list, False)},
               True),
    "numerals": ({
        "decimal": (list, True),
        "group": (list, True),
        "inner_group": (int, False),
        "decimal_before": (dict, False),
        "grammar": (str, True),
        "words": (dict, False),
        "one_words": (list, False),
        "article_numbers": (list, False),
        "multipliers": (dict, False),
        "collective": (list, False),
        "and_words": (list, False),
        "and_joins": (dict, False),
        "negative": (list, False),
        "plus_minus": (list, False),
        "decimal_words": (list, False),
        "fractions": (dict, False),
        "alone": (list, False),
        "half_after": (list, False),
        "half_after_then": (list, False),
        "plain_fractions": (list, False),
        "before_scale": (list, False),
        "compound_denominators": (bool, False),
        "denominator_words": (list, False),
        "ratio_words": (dict, False),
        "ratio_nouns": (list, False),
        "each_nth": ({"each": (list, True), "ordinals": (dict, True), "endings": (list, False)},
                     False),
        "fraction_of": (list, False),
        "fused": ({"joiners": (list, False), "suffixes": (dict, False), "elided": (list, False),
                   "fractions": (list, False), "cardinals": (bool, False),
                   "inverting_joiners": (list, False)}, False),
        "additive_bases": (dict, False),
        "number_suffixes": (dict, False),
        "not_after": (dict, False),
        "not_before": (dict, False),
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
    "currency_fixed": (list, False),
    "currency_after_only": (list, False),
    "currency_multiples": (dict, False),
    "subunit_currencies": (dict, False),
    "unit_joiners": (list, False),
    "unit_classifiers": (list, False),
    "counted_time": (list, False),
    "units": (dict, True),
    "units_glued": (dict, False),
    "unit_compounds": (dict, False),
    "not_units": (list, False),
    "compound_leads": (dict, False),
    "unit_decimals": (list, False),
    "unit_contexts": (dict, False),
    "unit_documents": (dict, False),
    "currency_documents": (dict, False),
    "currency_documents_only": (list, False),
    "unit_scales": (dict, False),
    "unit_scale_nouns": (list, False),
    "multiple_documents": (dict, False),
    "currency_countries": (dict, False),
    "multiples": ({
        "glued": (list, False),
        "after": (list, False),
    }, False),
    "percent": ({
        "suffix": (list, True),
        "prefix": (list, False),
        "tenths": (list, False),
        "points": (list, False),
        "basis_points": (list, False),
        "weak_points": (list, False),
        "points_context": (list, False),
        "words": (dict, False),
        "point_words": (dict, False),
        "complement": (list, False),
    }, True),
    "rates": ({
        "per": (list, False),
        "things": (dict, False),
        "after": (dict, False),
        "before": (dict, False),
        "price_before": (list, False),
        "glued_before": (dict, False),
        "per_before": (list, False),
        "per_after": (list, False),
        "per_glued": (list, False),
        "per_equals": (list, False),
        "modifiers": (list, False),
        "articles": (list, False),
        "not_then": (list, False),
        "across": (list, False),
        "across_bare": (bool, False),
        "comparatives": (list, False),
        "units": (dict, False),
    }, False),
    "tables": ({"labels": (list, False), "joiners": (list, False), "scales": (dict, False)},
               False),
    "names": ({
        "capitalized": (bool, False),
        "nouns_capitalized": (bool, False),
        "before": (list, False),
        "before_period": (list, False),
        "rate_wholes": (list, False),
        "after_period": (list, False),
        "before_moment": (list, False),
        "after_moment": (list, False),
        "after": (list, False),
        "ages_after": (list, False),
        "ages_bracketed": (bool, False),
        "ages_before": (list, False),
        "ordinal_dot_before": (list, False),
        "phone_before": (list, False),
        "score_worded_joiners": (list, False),
        "score_worded_words": (list, False),
        "tenors": (list, False),
        "words": (list, False),
        "score_joiners": (list, False),
        "score_words": (list, False),
        "weekdays": (list, False),
        "before_inside": (list, False),
        "verb_before": (dict, False),
        "rank_openers": (list, False),
        "road_words": (list, False),
        "roads_before": (list, False),
        "clock_before": (list, False),
        "clock_after": (list, False),
        "clock_prefix": (list, False),
    }, False),
    "conversions": ({"words": (list, False)}, False),
    "reports": ({"provisional": (list, False), "final": (list, False)}, False),
    "changes": ({
        "old": (list, False),
        "old_between": (list, False),
        "of": (list, False),
        "delta": (list, False),
        "new": (list, False),
        "old_after": (list, False),
        "new_after": (list, False),
        "range_cues": (list, False),
        "verbs": (list, False),
        "by": (list, False),
        "dated_old": (list, False),
        "period_old": (list, False),
        "parts": (list, False),
        "plus": (list, False),
        "more_after": (dict, False),
        "more_before": (dict, False),
    }, False),
    "qualifiers": ({"before": (dict, True), "after": (dict, False), "not_after": (dict, False),
                    "spans": (list, False), "articles": (list, False),
                    "no_articles": (list, False), "between": (dict, False)},
                   True),
    "ranges": (list, False),
    "counts": ({
        "stopwords": (list, False),
        "not_counted": (list, False),
        "max_words": (int, False),
        "classifiers": (list, False),
        "joiners": (list, False),
        "max_chars": (int, False),
        "noun_before": (bool, False),
        "plural_endings": (list, False),
        "modifiers": (list, False),
        "of_total": (list, False),
    }, True),
    "dates": ({"months": (dict, False), "formats": (list, False), "short": (list, False),
               "span_joiners": (list, False), "weekdays": (list, False)}, True),
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
_BETWEEN_KEYS = {"verbs": list, "words": list, "marks": list, "articles": list,
                 "negations": list, "mark_verbs": dict}


def _validate_between(qualifiers: dict, fail) -> None:
    """``qualifiers.between``: lists of words, its ``verbs`` entries of ``before`` that bound
    (over or under), its ``mark_verbs`` bounds (read only before a mark)."""
    between = qualifiers.get("between") or {}
    for k, v in between.items():
        kind = _BETWEEN_KEYS.get(k)
        if kind is None or not isinstance(v, kind) or not all(isinstance(w, str) for w in v):
            fail("qualifiers.between", k, f"qualifiers.between.{k}: unknown key or not a "
                                          f"{'mapping' if kind is dict else 'list'} of words")
    for i, w in enumerate(between.get("verbs") or ()):
        if qualifiers["before"].get(w) not in ("over", "under"):
            fail("qualifiers.between.verbs", i, f"qualifiers.between.verbs: {w!r} must be a "
                                                f"bound (over or under) of qualifiers.before")
    for k, v in (between.get("mark_verbs") or {}).items():
        if v not in ("over", "under"):
            fail("qualifiers.between.mark_verbs", k, f"{k!r} must give over or under")
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
        elif spec is list and key not in ("ranges", "short"):
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
                           ("percent.words", raw["percent"].get("words")),
                           ("percent.point_words", raw["percent"].get("point_words"))):
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
                           ("numerals.not_before", num.get("not_before")),
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
    for k, v in (raw.get("subunit_currencies") or {}).items():
        if k not in (raw.get("currency_multiples") or {}) or not isinstance(v, list) or not v \
                or not all(isinstance(x, str) and len(x) == 3 and x.isupper() for x in v):
            fail("subunit_currencies", k, f"subunit_currencies.{k}: {k!r} must be listed in "
                                          f"currency_multiples and map to a list of ISO codes")
    for k, v in (raw.get("unit_compounds") or {}).items():
        if not isinstance(v, dict) or not all(isinstance(x, str) and isinstance(y, str)
                                              for x, y in v.items()):
            fail("unit_compounds", k, f"unit_compounds.{k} must map written unit names to "
                                      f"pint expressions")
    for k, v in (raw.get("compound_leads") or {}).items():
        if not isinstance(v, str) or v not in (raw.get("unit_compounds") or {}):
            fail("compound_leads", k, f"compound_leads.{k} must name a unit of unit_compounds")
    for k, v in (raw.get("currency_documents") or {}).items():
        if k not in raw["currencies"]:
            fail("currency_documents", k, f"currency_documents.{k}: {k!r} must also be listed "
                                          f"in currencies")
        if not isinstance(v, dict) or not all(
                isinstance(x, str) and len(x) == 3 and x.isupper() and isinstance(y, list)
                and all(isinstance(w, str) for w in y) for x, y in v.items()):
            fail("currency_documents", k, f"currency_documents.{k} must map ISO codes to lists "
                                          f"of words")
    for i, k in enumerate(raw.get("currency_documents_only") or ()):
        if k not in (raw.get("currency_documents") or {}):
            fail("currency_documents_only", i, f"currency_documents_only: {k!r} must also be "
                                               f"listed in currency_documents")
    for k, v in (raw.get("multiple_documents") or {}).items():
        if k not in (raw.get("currency_multiples") or {}):
            fail("multiple_documents", k, f"multiple_documents.{k}: {k!r} must also be listed "
                                          f"in currency_multiples")
        if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
            fail("multiple_documents", k, f"multiple_documents.{k} must be a list of words")
    for key in ("unit_contexts", "unit_documents"):
        for k, v in (raw.get(key) or {}).items():
            if k not in raw["units"]:
                fail(key, k, f"{key}.{k}: {k!r} must also be listed in units")
            if not isinstance(v, dict) or not all(
                    isinstance(x, str) and isinstance(y, list) and all(isinstance(w, str) for w in y)
                    for x, y in v.items()):
                fail(key, k, f"{key}.{k} must map pint expressions to lists of words")
    pct = raw["percent"]
    for i, w in enumerate(pct.get("complement") or ()):
        if w not in (pct.get("tenths") or []) + (pct.get("suffix") or []):
            fail("percent.complement", i, f"percent.complement: {w!r} must also be listed in "
                                          f"percent.tenths or percent.suffix")
    for side in ("before", "after"):
        for k, v in (raw["qualifiers"].get(side) or {}).items():
            if v not in QUALIFIER_WORDS:
                fail("qualifiers." + side, k, f"qualifier {k!r} must be one of {QUALIFIER_WORDS}")
    _validate_between(raw["qualifiers"], fail)
    for i, rule in enumerate(raw["dates"].get("short") or []):
        if not isinstance(rule, dict) or not isinstance(rule.get("mark"), str) or \
                set(rule) - {"mark", "digits", "max", "min", "next", "prev", "day"} or \
                not isinstance(rule.get("day", False), bool) or \
                not all(isinstance(w, str) for w in (rule.get("next") or []) + (rule.get("prev") or [])):
            fail("dates.short", i, "each dates.short rule needs 'mark' (text) and optionally "
                                   "'digits', 'max', 'min' (numbers), 'next', 'prev' (lists of text) and "
                                   "'day' (true for the day of the month)")
    for i, item in enumerate(raw.get("ranges") or []):
        if not isinstance(item, dict) or "join" not in item or set(item) - {"open", "join"}:
            fail("ranges", i, "each range needs 'join' and optionally 'open'")



def validate_shared(raw, lines: dict, path: Path) -> None:
    """Check the shared currency file (currencies.yaml): ``codes`` and ``glued_only`` are
    lists of ISO codes (the second a part of the first), ``symbols`` maps surfaces to ISO
    codes."""
    if not isinstance(raw, dict) or set(raw) != {"codes", "glued_only", "symbols"}:
        raise LanguageError(f"{path}:1: expected exactly the keys codes, glued_only, symbols")
    codes = raw["codes"]
    for name in ("codes", "glued_only"):
        items = raw[name]
        if not isinstance(items, list):
            raise LanguageError(f"{path}:{lines.get(('', name), 1)}: {name} must be a list")
        for i, c in enumerate(items):
            if not isinstance(c, str) or not regex.fullmatch(r"[A-Z]{3}", c) or \
                    (name == "glued_only" and c not in codes):
                raise LanguageError(f"{path}:{lines.get((name, i), 1)}: {name} item {c!r} must "
                                    f"be an ISO 4217 code" + (" listed in codes"
                                                             if name == "glued_only" else ""))
    if not isinstance(raw["symbols"], dict):
        raise LanguageError(f"{path}:{lines.get(('', 'symbols'), 1)}: symbols must be a mapping")
    for k, v in raw["symbols"].items():
        if not isinstance(k, str) or not isinstance(v, str) or not _ISO.match(v):
            raise LanguageError(f"{path}:{lines.get(('symbols', k), 1)}: symbols.{k} must be an "
                                f"ISO 4217 code")


def validate(raw, lines: dict, path: Path) -> None:
    """Check a parsed language file against :data:`SCHEMA` and its value rules; raise
    :class:`LanguageError` naming ``file:line`` at the first problem."""
    _check(raw, SCHEMA, lines, path)
    _validate_values(raw, lines, path)

"""Typed rule parameters: each check type declares its keys, the loader parses them here.

Parsing happens once, at load time, and turns YAML values into frozen objects (selectors,
tolerances, exact Decimals). Every problem raises :class:`ParamError` naming the dotted key
at fault, so the loader can report ``file:line:col``. Nothing is evaluated.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .base import ParamError


@dataclass(frozen=True)
class Param:
    """One rule key of a check type. ``type`` is a name in :data:`PARSERS`."""

    type: str
    required: bool = False
    default: object = None
    choices: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class Tolerance:
    """How far apart two values may be and still count as equal: an absolute amount (in
    the claims' unit) and/or a fraction of the reference value. The larger margin wins."""

    abs: Decimal | None = None
    rel: Decimal | None = None

    def margin(self, reference: Decimal) -> Decimal:
        """The allowed difference around ``reference`` (0 without a tolerance)."""
        m = Decimal(0)
        if self.abs is not None:
            m = self.abs
        if self.rel is not None and reference.is_finite():
            m = max(m, self.rel * abs(reference))
        return m

    def allows(self, abs_diff: Decimal | None, rel_diff: Decimal | None) -> bool:
        """Whether a measured difference is within the tolerance."""
        if self.abs is not None and abs_diff is not None and abs_diff <= self.abs:
            return True
        return self.rel is not None and rel_diff is not None and rel_diff <= self.rel

    def describe(self) -> str:
        parts = []
        if self.abs is not None:
            parts.append(f"±{format(self.abs.normalize(), 'f')}")
        if self.rel is not None:
            parts.append(f"±{format((self.rel * 100).normalize(), 'f')}%")
        return " or ".join(parts) or "none"


NO_TOLERANCE = Tolerance()


def parse_decimal(value, key: str, *, percent_ok: bool = False) -> Decimal:
    """A YAML number, or a numeric string ("1.3e9"; "5%" where ``percent_ok``), as an exact
    Decimal. Floats go through their shortest repr, so 0.05 stays 0.05."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ParamError(key, "expected a number")
    scale = Decimal(1)
    text = value if isinstance(value, str) else repr(value)
    text = text.strip().replace("_", "")
    if percent_ok and text.endswith("%"):
        text, scale = text[:-1].strip(), Decimal("0.01")
    try:
        number = Decimal(text) * scale
    except InvalidOperation:
        raise ParamError(key, f"expected a number, got {value!r}") from None
    except ArithmeticError:  # 1e999999999 overflows the decimal context
        raise ParamError(key, f"number out of range: {value!r}") from None
    if not number.is_finite():
        raise ParamError(key, f"expected a finite number, got {value!r}")
    return number


def parse_tolerance(value, key: str, ctx) -> Tolerance:
    """``{abs: 1e8, rel: 2%}``; a bare number or percentage string is shorthand for
    ``rel`` when it ends in % and for ``abs`` otherwise."""
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        is_pct = isinstance(value, str) and value.strip().endswith("%")
        number = parse_decimal(value, key, percent_ok=True)
        return Tolerance(rel=number) if is_pct else Tolerance(abs=number)
    if not isinstance(value, dict) or not value:
        raise ParamError(key, "expected a mapping with abs and/or rel (e.g. {rel: 2%})")
    out = {}
    for name, item in value.items():
        if name not in ("abs", "rel"):
            raise ParamError(f"{key}.{name}", f"unknown key {name!r} (expected abs or rel)")
        number = parse_decimal(item, f"{key}.{name}", percent_ok=name == "rel")
        if number < 0:
            raise ParamError(f"{key}.{name}", "expected a number >= 0")
        out[name] = number
    return Tolerance(**out)


def parse_string(value, key: str, ctx) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParamError(key, "expected a non-empty string")
    return value


def parse_strings(value, key: str, ctx) -> tuple[str, ...]:
    """A list of non-empty strings (a single string is a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ParamError(key, "expected a non-empty list of strings")
    return tuple(parse_string(v, f"{key}.{i}", ctx) for i, v in enumerate(value))


def parse_fraction(value, key: str, ctx) -> float:
    """A number between 0 and 1 (a confidence threshold)."""
    number = parse_decimal(value, key)
    if not 0 <= number <= 1:
        raise ParamError(key, f"expected a number between 0 and 1, got {value!r}")
    return float(number)


def parse_boolean(value, key: str, ctx) -> bool:
    if not isinstance(value, bool):
        raise ParamError(key, "expected true or false")
    return value


def parse_date(value, key: str, ctx) -> str:
    """An ISO date (YAML reads 2020-11-19 as a date; a quoted string is accepted too)."""
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ParamError(key, f"expected a date as YYYY-MM-DD, got {value!r}")


def parse_choice(value, key: str, ctx, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        name = key.rsplit(".", 1)[-1]
        raise ParamError(key, f"bad value {value!r} for {name} (expected one of "
                              f"{', '.join(choices)})")
    return value


_CURRENCY_PAIR = re.compile(r"([A-Z]{3})/([A-Z]{3})")


@dataclass(frozen=True)
class Rates:
    """Exchange rates of one date: (from, to) -> how many ``to`` one ``from`` buys."""

    date: str
    pairs: dict

    def find(self, a: str, b: str) -> tuple[bool, Decimal] | None:
        """(convert_a, rate): convert a's amount into b's currency when convert_a,
        else b's into a's; None when no rate is written for either direction."""
        if (a, b) in self.pairs:
            return True, self.pairs[(a, b)]
        if (b, a) in self.pairs:
            return False, self.pairs[(b, a)]
        return None


def parse_rates(value, key: str, ctx) -> Rates:
    """``{date: 2020-11-19, EUR/CNY: 7.8}``: a date and at least one positive rate."""
    if not isinstance(value, dict):
        raise ParamError(key, "expected a mapping: {date: YYYY-MM-DD, EUR/CNY: 7.8}")
    if "date" not in value:
        raise ParamError(key, "rates need the 'date' they hold for (rates are never fetched)")
    pairs = {}
    for name, item in value.items():
        where = f"{key}.{name}"
        if name == "date":
            continue
        m = _CURRENCY_PAIR.fullmatch(str(name))
        if not m or m.group(1) == m.group(2):
            raise ParamError(where, f"bad currency pair {name!r} (expected two ISO codes "
                                    "such as EUR/CNY)")
        rate = parse_decimal(item, where)
        if rate <= 0:
            raise ParamError(where, "a rate must be greater than 0")
        pairs[(m.group(1), m.group(2))] = rate
    if not pairs:
        raise ParamError(key, "expected at least one rate such as EUR/CNY: 7.8")
    return Rates(parse_date(value["date"], f"{key}.date", ctx), pairs)



def _selector(value, key, ctx):
    from .select import parse_selector

    return parse_selector(value, key, ctx)


def _parts(value, key, ctx):
    from .select import parse_parts

    return parse_parts(value, key, ctx)


def _concept(value, key, ctx):
    from .select import check_concept

    check_concept(parse_string(value, key, ctx), key, ctx)
    return value


def _decimal(value, key, ctx):
    return parse_decimal(value, key)


PARSERS = {
    "decimal": _decimal,
    "concept": _concept,
    "selector": _selector,
    "parts": _parts,
    "rates": parse_rates,
    "tolerance": parse_tolerance,
    "string": parse_string,
    "strings": parse_strings,
    "fraction": parse_fraction,
    "boolean": parse_boolean,
    "date": parse_date,
}


def selector_params() -> dict[str, Param]:
    """The claim filter a rule may write at its top level (agree, convert, part_whole)."""
    from ..records import KINDS, ROLES

    return {
        "concept": Param("concept", doc="a concept id of the lexicon"),
        "entity": Param("string", doc="an entity id of the lexicon (the claim's frame)"),
        "period": Param("string", doc="period tokens of the claim's frame (2024, H1, prev ...)"),
        "role": Param("choice", choices=ROLES, doc="the claim's role (level, growth, share, "
                                                   "old, new ...)"),
        "scope": Param("string", doc="the claim's scope (total, part, phase1 ...)"),
        "kind": Param("choice", choices=KINDS, doc="a claim kind"),
        "unit": Param("string", doc="a unit or currency code"),
        "lang": Param("string", doc="a language code"),
        "doc": Param("string", doc="a glob on the document id or file name"),
        "text": Param("string", doc="a literal over the claim's number"),
        "near": Param("string", doc="a literal in the claim's sentence"),
    }


def scope_params() -> dict[str, Param]:
    """Where a multi-claim check looks: each document alone, or the story as a whole."""
    return {
        "scope": Param("choice", default="document", choices=("document", "story"),
                       doc="document (default) or story"),
        "doc": Param("string", doc="a glob on the document id or file name"),
        "lang": Param("string", doc="a language code"),
    }


@dataclass(frozen=True)
class LoadContext:
    """What parsing may consult: the lexicon's concept ids (None: not checked)."""

    concepts: frozenset[str] | None = None


def parse_params(schema: dict[str, Param], raw: dict, ctx: LoadContext) -> dict:
    """Parse a rule's check-specific keys against ``schema``; defaults fill the gaps.
    Unknown keys are the caller's business (it knows the common keys too)."""
    out = {}
    for name, param in schema.items():
        if name not in raw:
            if param.required:
                raise ParamError(name, f"missing required key {name!r} ({param.doc or param.type})")
            out[name] = param.default
            continue
        if param.type == "choice":
            out[name] = parse_choice(raw[name], name, ctx, param.choices)
        else:
            out[name] = PARSERS[param.type](raw[name], name, ctx)
    return out

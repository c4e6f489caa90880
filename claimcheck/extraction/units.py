"""The one pint registry, built lazily and cached, and conversion to SI base form.

Startup matters: importing pint and building its registry takes most of a second, and a
cold ``claimcheck extract`` has half a second in all. So the conversions pint computes
(one exact factor per unit expression of the language files) are kept in a small JSON
cache next to pint's own definition cache; a later process reads the factor there and
does not import pint at all. The cache is keyed by the definitions file and pint's
version, and is only an optimisation: when it cannot be read or written, pint is asked.
"""
from __future__ import annotations

import functools
import os
from decimal import Decimal, localcontext
from pathlib import Path

from . import jsoncache

DEFINITIONS = Path(__file__).with_name("units.txt")
_CACHE_FORMAT = 3

# dimensionality -> (kind, SI unit written as in claim records)
_TARGETS = {
    "[length]": ("length", "m"),
    "[length] ** 2": ("area", "m**2"),
    "[length] ** 3": ("volume", "m**3"),
    "[mass]": ("mass", "kg"),
    "[length] ** 2 * [mass] / [time] ** 2": ("energy", "J"),
    "[length] ** 2 * [mass] / [time] ** 3": ("power", "W"),
    "[time]": ("duration", "s"),
    "[length] / [time]": ("speed", "m/s"),
    "[mass] / [length] / [time] ** 2": ("pressure", "Pa"),
}
# temperatures keep their scale (a Celsius or Fahrenheit reading converts with an offset,
# which a factor cannot carry): the unit as the language file names it, factor 1
_TEMPERATURES = {"degC": "degC", "degF": "degF", "K": "K", "kelvin": "K"}


class UnitError(ValueError):
    """A unit expression that pint cannot read or that has no supported dimension."""


@functools.lru_cache(maxsize=1)
def registry():
    """The process-wide pint registry with claimcheck's definitions (built on first use)."""
    import pickle

    import pint

    try:
        ureg = pint.UnitRegistry(non_int_type=Decimal, cache_folder=":auto:")
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, AttributeError):
        # no writable cache folder, or a cache file another process is still writing (workers
        # that start together on a fresh machine) or left truncated: build without the cache
        ureg = pint.UnitRegistry(non_int_type=Decimal, cache_folder=None)
    ureg.load_definitions(str(DEFINITIONS))
    return ureg


def _dim_key(dimensionality) -> str:
    parts = sorted(dimensionality.items())
    num = [f"{d}" + (f" ** {p}" if p != 1 else "") for d, p in parts if p > 0]
    den = [f"{d}" + (f" ** {-p}" if p != -1 else "") for d, p in parts if p < 0]
    s = " * ".join(num)
    if den:
        s += " / " + " / ".join(den)
    return s


def _from_pint(expr: str) -> tuple[str, str, Decimal] | str:
    """(kind, SI unit, factor), or the reason the expression has no supported kind."""
    import pint

    ureg = registry()
    try:
        with localcontext() as ctx:
            ctx.prec = 40
            q = ureg.Quantity(Decimal(1), expr)
            key = _dim_key(q.dimensionality)
            if key == "[temperature]" and expr in _TEMPERATURES:
                return "temperature", _TEMPERATURES[expr], Decimal(1)
            if key not in _TARGETS:
                return f"unsupported dimension {key} for unit {expr!r}"
            kind, target = _TARGETS[key]
            factor = q.to(target.replace("**", " ** ")).magnitude
    except (pint.errors.PintError, AttributeError, TypeError) as exc:
        return f"unknown unit {expr!r}: {exc}"
    return kind, target, _clean(Decimal(factor))


def round_si(value: Decimal) -> Decimal:
    """A converted measure to the 20 significant digits conversion factors are exact to
    (30 亩 is 20000 m², not 20000.0000000000000001). Infinite bounds stay infinite."""
    if not value.is_finite():
        return value
    with localcontext() as ctx:
        ctx.prec = 20
        return (+value).normalize()


def _clean(factor: Decimal) -> Decimal:
    """Round away pint's last-digit noise (0.30479999...97 -> 0.3048): definitions are
    exact to far fewer than 20 significant digits, so 20 keep every real digit."""
    with localcontext() as ctx:
        ctx.prec = 20
        return (+factor).normalize()


class _FactorCache:
    """Factors pint computed in earlier processes, as a JSON file (see the module doc)."""

    def __init__(self):
        self.path = jsoncache.cache_dir() / "unit-factors.json"
        self.key = None
        self.entries: dict[str, list] = {}
        try:
            st = DEFINITIONS.stat()
        except OSError:
            return
        self.key = [_CACHE_FORMAT, st.st_size, st.st_mtime_ns, _pint_version()]
        self.entries = dict(jsoncache.load(self.path, self.key, "entries") or {})

    def get(self, expr: str):
        return self.entries.get(expr)

    def put(self, expr: str, entry: list) -> None:
        self.entries[expr] = entry
        if self.key is not None:
            jsoncache.store(self.path, self.key, "entries", self.entries)


def _pint_version() -> str:
    """Which pint is installed, cheaply (importing pint or importlib.metadata is not)."""
    from importlib.util import find_spec

    spec = find_spec("pint")
    if spec is None or not spec.origin:
        return "?"
    st = os.stat(spec.origin)
    return f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"


def _all_unit_expressions() -> list[str]:
    from .language import LanguageError, available_languages, get_language

    out = []
    for code in available_languages():
        try:
            raw = get_language(code).raw
        except LanguageError:
            continue             # reported where that language is used, not here
        out += list(raw["units"].values()) + list((raw.get("units_glued") or {}).values())
        for table in (raw.get("unit_compounds") or {}).values():
            out += list(table.values())
        for key in ("unit_contexts", "unit_documents"):
            for table in (raw.get(key) or {}).values():
                out += list(table.keys())
        out += list(((raw.get("rates") or {}).get("things") or {}).values())
    return sorted(set(out))


@functools.lru_cache(maxsize=1)
def _factor_cache() -> _FactorCache:
    return _FactorCache()


def kind_of(expr: str | None) -> str | None:
    """What a unit expression measures ("volume" for ``l``, "area" for ``hectare``), or None
    when it is no unit pint knows (a named thing: share, person)."""
    if not expr:
        return None
    try:
        return conversion(expr)[0]
    except UnitError:
        return None


@functools.lru_cache(maxsize=512)
def conversion(expr: str) -> tuple[str, str, Decimal]:
    """(kind, SI unit, exact factor) for a pint unit expression such as ``km**2``."""
    cache = _factor_cache()
    entry = cache.get(expr)
    if entry is None:
        # pint is loaded now anyway: convert every unit the language files name, so that
        # later processes find them all in the cache and never import pint
        for other in [expr] + _all_unit_expressions():
            if cache.get(other) is None:
                result = _from_pint(other)
                cache.entries[other] = ([result] if isinstance(result, str)
                                        else [result[0], result[1], str(result[2])])
        cache.put(expr, cache.entries[expr])
        entry = cache.get(expr)
    if len(entry) == 1:
        raise UnitError(entry[0])
    return entry[0], entry[1], Decimal(entry[2])

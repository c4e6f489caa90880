"""The one pint registry, built lazily and cached, and conversion to SI base form.

Startup matters: nothing here imports pint until a measure is actually converted, and
the registry is built once per process (with pint's on-disk definition cache).
"""
from __future__ import annotations

import functools
from decimal import Decimal, localcontext
from pathlib import Path

DEFINITIONS = Path(__file__).with_name("data") / "units.txt"

# dimensionality -> (kind, SI unit written as in claim records)
_TARGETS = {
    "[length]": ("length", "m"),
    "[length] ** 2": ("area", "m**2"),
    "[length] ** 3": ("volume", "m**3"),
    "[mass]": ("mass", "kg"),
    "[length] ** 2 * [mass] / [time] ** 2": ("energy", "J"),
    "[length] ** 2 * [mass] / [time] ** 3": ("power", "W"),
    "[time]": ("duration", "s"),
}


class UnitError(ValueError):
    """A unit expression that pint cannot read or that has no supported dimension."""


@functools.lru_cache(maxsize=1)
def registry():
    """The process-wide pint registry with claimcheck's definitions (built on first use)."""
    import pint

    try:
        ureg = pint.UnitRegistry(non_int_type=Decimal, cache_folder=":auto:")
    except (OSError, PermissionError):  # no writable cache folder: build without it
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


@functools.lru_cache(maxsize=512)
def conversion(expr: str) -> tuple[str, str, Decimal]:
    """(kind, SI unit, exact factor) for a pint unit expression such as ``km**2``."""
    import pint

    ureg = registry()
    try:
        with localcontext() as ctx:
            ctx.prec = 40
            q = ureg.Quantity(Decimal(1), expr)
            key = _dim_key(q.dimensionality)
            if key not in _TARGETS:
                raise UnitError(f"unsupported dimension {key} for unit {expr!r}")
            kind, target = _TARGETS[key]
            factor = q.to(target.replace("**", " ** ")).magnitude
    except (pint.errors.PintError, AttributeError, TypeError) as exc:
        raise UnitError(f"unknown unit {expr!r}: {exc}") from None
    return kind, target, Decimal(factor)

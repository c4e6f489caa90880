"""The ranges currencies' values kept (``rules/currency_bands.yaml``), loaded and checked
once per process: how far a conversion in brackets may stray before it is a slip."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

import regex

from ..yamlload import load_yaml_with_lines

__all__ = ["Bands", "BandsError", "default_bands"]

_CODE = regex.compile(r"[A-Z]{3}")


class BandsError(ValueError):
    """A bad bands file; the message is ``path:line: problem``."""


@dataclass(frozen=True)
class Bands:
    """``bands[code] = (low, high)``: units of the currency per US dollar since ``since``."""

    since: int
    bands: dict[str, tuple[Decimal, Decimal]]

    def rate_range(self, src: str, dst: str) -> tuple[Decimal, Decimal] | None:
        """The lowest and highest units of ``dst`` per unit of ``src`` the bands allow, or
        None when either currency is not listed."""
        a, b = self.bands.get(src), self.bands.get(dst)
        if a is None or b is None:
            return None
        return b[0] / a[1], b[1] / a[0]

    @classmethod
    def load(cls, path) -> "Bands":
        """Read and validate a bands file; BandsError naming ``path:line`` if bad."""
        data, lines = load_yaml_with_lines(path)

        def fail(parent: str, key, problem: str):
            return BandsError(f"{path}:{lines.get((parent, key), 1)}: {problem}")

        if not isinstance(data, dict) or set(data) != {"since", "bands"}:
            raise BandsError(f"{path}:1: expected exactly the keys 'since' and 'bands'")
        since = data["since"]
        if not isinstance(since, int) or isinstance(since, bool):
            raise fail("", "since", f"'since' must be a year, not {since!r}")
        if not isinstance(data["bands"], dict) or not data["bands"]:
            raise fail("", "bands", "'bands' must map currency codes to [low, high]")
        out = {}
        for code, pair in data["bands"].items():
            if not isinstance(code, str) or not _CODE.fullmatch(code):
                raise fail("bands", code, f"{code!r} is no currency code (three capitals)")
            if not (isinstance(pair, list) and len(pair) == 2 and all(
                    isinstance(x, (int, float)) and not isinstance(x, bool) and x > 0
                    for x in pair) and pair[0] <= pair[1]):
                raise fail("bands", code, f"{code}: expected [low, high], two positive "
                                          f"numbers with low <= high, not {pair!r}")
            out[code] = (Decimal(str(pair[0])), Decimal(str(pair[1])))
        return cls(since, out)


@functools.lru_cache(maxsize=1)
def default_bands() -> Bands:
    """The bands shipped in ``rules/currency_bands.yaml``."""
    from ..extraction.lexicon import rules_resource

    with resources.as_file(rules_resource("currency_bands.yaml")) as path:
        return Bands.load(path)

"""The ranges currencies' values kept (``rules/currency_bands.yaml``), loaded and checked
once per process: how far a conversion in brackets may stray before it is a slip.

The bands since 2010 are wide (the euro was worth 1.45 dollars in 2011 and 0.96 in 2022), too
wide to tell a conversion a quarter off. A story written in the last few years is judged by
those years' bands alone (:meth:`Bands.for_years`), with a smaller margin for the months
after them; a story that names no year that recent keeps the wide bands."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

import regex

from ..yamlload import load_yaml_with_lines

__all__ = ["Bands", "BandsError", "default_bands", "story_years"]

_CODE = regex.compile(r"[A-Z]{3}")


class BandsError(ValueError):
    """A bad bands file; the message is ``path:line: problem``."""


WIDE_MARGIN = Decimal("1.5")    # the bands since 2010, for the years they do not cover


@dataclass(frozen=True)
class Bands:
    """``bands[code] = (low, high)``: units of the currency per US dollar from ``since`` (to
    ``until``, when given); a rate may stray beyond them by ``margin`` (a factor either way).
    ``recent`` are the bands of the last few years, when the file gives them."""

    since: int
    bands: dict[str, tuple[Decimal, Decimal]]
    margin: Decimal = WIDE_MARGIN
    until: int | None = None
    recent: "Bands | None" = None

    def for_years(self, years) -> "Bands":
        """The bands to judge a story that names ``years`` by: the recent bands when it
        names a year from the year before them on (it was written while they held), else
        these. A history year ("since 1998") beside a recent one changes nothing: the story
        was written after the latest."""
        recent = self.recent
        if recent is not None and any(y >= recent.since - 1 for y in years):
            return recent
        return self

    def years_text(self) -> str:
        """"since 2010", "in 2023-2025": the years these bands cover, for a message."""
        return f"in {self.since}-{self.until}" if self.until else f"since {self.since}"

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

        if not isinstance(data, dict) or not {"since", "bands"} <= set(data) \
                or not set(data) <= {"since", "bands", "recent"}:
            raise BandsError(f"{path}:1: expected the keys 'since' and 'bands' (and "
                             f"'recent', optional)")
        since = _year(data["since"], lambda problem: fail("", "since", problem))
        wide = cls(since, _bands(data["bands"], "bands", fail))
        recent = data.get("recent")
        if recent is None:
            return wide
        keys = {"since", "until", "margin", "bands"}
        if not isinstance(recent, dict) or set(recent) != keys:
            raise fail("", "recent", "'recent' must have exactly the keys 'since', 'until', "
                                     "'margin' and 'bands'")
        first = _year(recent["since"], lambda problem: fail("recent", "since", problem))
        last = _year(recent["until"], lambda problem: fail("recent", "until", problem))
        margin = recent["margin"]
        if not (first <= last and first >= since):
            raise fail("recent", "since", f"the recent years {first}-{last} must lie after "
                                          f"{since} and run forwards")
        if not (isinstance(margin, (int, float)) and not isinstance(margin, bool)
                and 1 <= margin <= 2):
            raise fail("recent", "margin", f"'margin' must be a factor from 1 to 2, "
                                           f"not {margin!r}")
        bands = _bands(recent["bands"], "recent.bands", fail)
        for code, (low, high) in bands.items():
            outer = wide.bands.get(code)
            if outer is None or low < outer[0] or high > outer[1]:
                raise fail("recent.bands", code, f"recent band of {code} must lie within its band "
                                          f"since {since}")
        return cls(since, wide.bands, recent=cls(first, bands, Decimal(str(margin)), last))


def _year(value, fail) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(f"expected a year, not {value!r}")
    return value


def _bands(raw, key: str, fail) -> dict[str, tuple[Decimal, Decimal]]:
    """{code: (low, high)} of the ``bands`` mapping at the dotted ``key``, validated."""
    if not isinstance(raw, dict) or not raw:
        parent, _, name = key.rpartition(".")
        raise fail(parent, name, f"'{name}' must map currency codes to [low, high]")
    out = {}
    for code, pair in raw.items():
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise fail(key, code, f"{code!r} is no currency code (three capitals)")
        if not (isinstance(pair, list) and len(pair) == 2 and all(
                isinstance(x, (int, float)) and not isinstance(x, bool) and x > 0
                for x in pair) and pair[0] <= pair[1]):
            raise fail(key, code, f"{code}: expected [low, high], two positive "
                                  f"numbers with low <= high, not {pair!r}")
        out[code] = (Decimal(str(pair[0])), Decimal(str(pair[1])))
    return out


def story_years(claims) -> set[int]:
    """The years the story's documents name, as dates or years ("2024", "3 March 2025",
    "2025年"): ``claims`` maps each document to its claims."""
    out = set()
    for doc_claims in claims.values():
        for c in doc_claims:
            if c.kind != "date" or not c.value.is_finite():
                continue
            digits = str(int(c.value)) if c.value == c.value.to_integral_value() else ""
            if len(digits) in (4, 6, 8):          # 2024, 202403, 20240303
                out.add(int(digits[:4]))
    return out


@functools.lru_cache(maxsize=1)
def default_bands() -> Bands:
    """The bands shipped in ``rules/currency_bands.yaml``."""
    from ..extraction.lexicon import rules_resource

    with resources.as_file(rules_resource("currency_bands.yaml")) as path:
        return Bands.load(path)

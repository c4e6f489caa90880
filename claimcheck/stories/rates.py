"""Bracketed conversions of one story must imply one exchange rate.

Wire copy converts an amount where it states it: "50 million yuan ($6.9 million)", "A$19.48
billion (US$12.76 billion)", "120億元（約2500億円）". A row compares the figures of its main
currency only, so a slip in a conversion ("US$12.76 trillion", "約100億円") is compared with
nothing. Yet every conversion states a rate: the converted figure over the amount. The
conversions of one currency pair in one story are made within days of each other, at
rates a few per cent apart at most, so a conversion whose rate disagrees with the rate that
two conversions or more of the story agree on is a slip of the conversion or of its amount;
so is one of two conversions whose rates are a power of ten apart.

Each conversion stands for an interval of rates (its two figures as rounded, or as
approximated: "約10億円"), widened by :data:`RATE_SLACK` for the days and the outlets
between them; a pair written the other way round ("8,4 mil milhões de euros (cerca de
52,1 mil milhões de reais)" beside "R$ 52,1 bilhões (8,4 bilhões de euros)") counts with its
rate inverted. A conversion between two currencies whose values stayed within known bands
(``rules/currency_bands.yaml``: units per US dollar since 2010, and in the last few years)
is also checked alone: a rate outside what the bands allow is a slip ("5000万元（約100億円）"
is 200 yen a yuan). A story that names a recent year is judged by the recent years' bands,
widened by their margin; any other by the bands since 2010, widened by half. No rate is
ever fetched.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from ..records import Claim
from .conversions import BRACKET_GAP
from .mentions import per_item_numerator

__all__ = ["Conversion", "conversions_of", "currency_of", "rate_outliers", "band_outliers",
           "band_power", "RATE_SLACK"]

RATE_SLACK = Decimal("0.05")   # rates of the days and outlets of one story
_MIN_SUPPORT = 2               # conversions agreeing on the rate an outlier is judged by


@dataclass(frozen=True)
class Conversion:
    """``converted`` written in brackets right after ``amount``; the rate interval is of
    one unit of ``pair[0]`` in ``pair[1]`` (the pair in a fixed order). A ``stated`` rate
    is one the story gives ("($1 = 0.9280 euros)": ``stories.stated_rates``); its amount is
    the one of the rate."""

    amount: Claim
    converted: Claim
    pair: tuple[str, str]
    low: Decimal
    high: Decimal
    rate: Decimal
    stated: bool = False

    @property
    def currency(self) -> str:
        """The currency of the amount (of a price per item, its numerator)."""
        return self.pair[1] if self.pair[0] == currency_of(self.converted) else self.pair[0]

    def holds(self, rate: Decimal) -> bool:
        return self.low * (1 - RATE_SLACK) <= rate <= self.high * (1 + RATE_SLACK)


def currency_of(c: Claim) -> str | None:
    """The currency of an amount, or of a price per an item or a span of time: "1.288
    ienes por hora (cerca de R$ 47)", "$71 a barrel (€65)" convert the price, and their
    rate is the same exchange rate."""
    unit = c.unit if c.kind == "money" else \
        per_item_numerator(c.unit) if c.kind == "rate" else None
    if not unit or "|" in unit or "/" in unit or not (len(unit) == 3 and unit.isupper()):
        return None
    return unit


def _conversion(a: Claim, b: Claim) -> Conversion | None:
    ua, ub = currency_of(a), currency_of(b)
    if not ua or not ub or ua == ub or a.qualifier not in ("exact", "about") \
            or b.qualifier not in ("exact", "about"):
        return None
    if a.sentence_start != b.sentence_start or b.start <= a.end or a.doc != b.doc:
        return None
    s = a.sentence_start
    if BRACKET_GAP.fullmatch(a.sentence[a.end - s:b.start - s]) is None:
        return None
    if not (a.low > 0 and b.low > 0 and a.high.is_finite() and b.high.is_finite()):
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        low, high, rate = b.low / a.high, b.high / a.low, b.value / a.value
        if ua > ub:       # one order per pair: the rate of the other direction inverted
            low, high, rate = 1 / high, 1 / low, 1 / rate
    return Conversion(a, b, tuple(sorted((ua, ub))), low, high, rate)


def conversions_of(claims: dict[str, tuple[Claim, ...]]) -> list[Conversion]:
    """Every bracketed conversion of the story's documents, in document and text order."""
    out = []
    for doc_claims in claims.values():
        money = [c for c in doc_claims if currency_of(c) is not None]
        for a, b in zip(money, money[1:]):
            found = _conversion(a, b)
            if found is not None:
                out.append(found)
    return out


def rate_outliers(conversions: list[Conversion], stated: list[Conversion] = ()
                  ) -> list[tuple[Conversion, list[Conversion]]]:
    """(conversion, the conversions agreeing on the story's rate) for every conversion
    whose rate disagrees with the rate the story states for its pair (``stated``:
    :func:`_told`), or else with a rate that
    :data:`_MIN_SUPPORT` conversions or more of its pair agree on, and that more
    conversions support than its own. Where no rate has that support, two conversions of
    one pair whose rates are a power of ten apart (a scale word or a decimal mark slipped
    in one of them) are each other's outlier: the later one is given, with the earlier one
    as the rate it is judged by."""
    by_pair: dict[tuple[str, str], list[Conversion]] = {}
    for c in conversions:
        by_pair.setdefault(c.pair, []).append(c)
    told: dict[tuple[str, str], list[Conversion]] = {}
    for c in stated:
        told.setdefault(c.pair, []).append(c)
    out = []
    for pair, group in by_pair.items():
        rates = _told(told.get(pair), group)
        if rates:
            out.extend((c, rates) for c in group if not c.holds(rates[0].rate))
            continue
        if len(group) < 2:
            continue
        support = {id(c): [d for d in group if d.holds(c.rate)] for c in group}
        best = max(group, key=lambda c: len(support[id(c)]))
        agreeing = support[id(best)]
        if len(agreeing) < _MIN_SUPPORT or len(group) <= _MIN_SUPPORT:
            if len(group) == 2 and _powers_apart(group[0].rate, group[1].rate):
                out.append((group[1], [group[0]]))
            continue
        for c in group:
            if not c.holds(best.rate) and len(support[id(c)]) < len(agreeing):
                out.append((c, agreeing))
    return out


def _told(rates: list[Conversion] | None, group: list[Conversion]) -> list[Conversion]:
    """The rates a story states for one pair, when they judge its conversions: they agree
    with each other, and no other rate holds more of the pair's conversions than theirs
    and :data:`_MIN_SUPPORT` of them at least (a rate line that slipped, "($1 = 0.8260
    euros)" beside two conversions at 0.926, judges nothing; one conversion against the
    line is the conversion's slip)."""
    if not rates or not all(r.holds(rates[0].rate) for r in rates):
        return []
    held = sum(c.holds(rates[0].rate) for c in group)
    if any(sum(d.holds(c.rate) for d in group) > max(held, _MIN_SUPPORT - 1) for c in group):
        return []
    return rates


def _powers_apart(x: Decimal, y: Decimal) -> bool:
    """Two rates 10**k apart (k >= 1), give or take :data:`RATE_SLACK` twice over."""
    lo, hi = sorted((x, y))
    k = hi.adjusted() - lo.adjusted()
    return any(step >= 1 and abs(lo.scaleb(step) - hi) <= hi * RATE_SLACK * 2
               for step in (k - 1, k, k + 1))


def band_power(low_rate: Decimal, high_rate: Decimal, low: Decimal,
               high: Decimal) -> int | None:
    """The power of ten k nearest zero, of three or more either way, whose division brings
    the rates ``low_rate`` to ``high_rate`` within ``low`` to ``high`` (a scale word slipped:
    "1,6 billion d'euros" for 12,7 milliards de yuans), or None. The bands are too wide to
    tell a decimal mark moved from a first digit changed, so smaller powers are not sought."""
    for k in sorted(range(-_MAX_POWER, _MAX_POWER + 1), key=abs):
        if abs(k) >= _MIN_POWER and low_rate.scaleb(-k) <= high and low <= high_rate.scaleb(-k):
            return k
    return None


_MIN_POWER, _MAX_POWER = 3, 12


def band_outliers(conversions: list[Conversion], bands) -> list[tuple[Conversion, Decimal,
                                                                       Decimal]]:
    """(conversion, lowest, highest rate allowed) for every conversion whose rate lies
    wholly outside what the currencies' bands (``rules/currency_bands.yaml``, the ones
    chosen for the story: ``Bands.for_years``) allow, widened by their margin:
    "5000万元（約100億円）" is 200 yen a yuan, where a yuan has been worth 10 to 27 yen."""
    out = []
    for c in conversions:
        allowed = bands.rate_range(*c.pair)
        if allowed is None:
            continue
        with localcontext() as ctx:
            ctx.prec = 28
            lo, hi = allowed[0] / bands.margin, allowed[1] * bands.margin
        if c.high < lo or c.low > hi:
            out.append((c, lo, hi))
    return out

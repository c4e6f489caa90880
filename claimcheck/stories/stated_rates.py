"""Exchange rates a story states: "($1 = 0.9280 euros)", "(€1 = $1.16)", "1ドル=140円".

Wire copy that converts amounts closes with the rates it used, one line in brackets. Such a
line fixes the rate of its currency pair for the whole story: a conversion in brackets of
that pair anywhere in the story ("452 euros ($398)") must be at that rate, give or take
the few per cent the days between versions allow (``rates.RATE_SLACK``), even where it is
the story's only conversion and the currencies' bands are too wide to judge it.

The one of a rate is no claim (``extraction.nonclaims`` drops it), so the rate is read from
the figure after the equals sign, and the currency of the one from the words written with
it, read by the document's own language data: the one is re-read as a two ("$2", "2ドル",
"2 euros"), which the extractor takes for an amount and gives its currency. Only figures
right after "1 =" at the start of a bracket, a line or a list of rates are read, and each
lookback is bounded to a few characters.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, localcontext

import regex

from ..records import Claim
from .rates import Conversion, currency_of

__all__ = ["stated_rates"]

_LOOKBACK = 30      # "(US$1 = " and "(1 Schweizer Franken = " fit
# the one of a rate with the sign or the words of its currency, right before the equals
# sign, at the start of a bracket, a list of rates or a sentence ("下期の前提為替レートは1ドル
# =145円" is an assumption of the company's, not a rate the story converts at); group
# ``one`` is the digit to re-read as a two
_ONE = regex.compile(
    r"(?:(?<=[(（\[;；])|^)\s*(?P<unit>[^\s\d()（）\[\]=＝;；,，.。]{0,4}(?P<one>1)"
    r"(?:[.,]0{1,4})?[^\d()（）\[\]=＝;；,，.。]{0,22}?)\s*[=＝]\s*\Z")


def stated_rates(claims: dict[str, tuple[Claim, ...]]) -> list[Conversion]:
    """Every rate the story's documents state, as a conversion of one unit of a currency
    (``amount``, a claim made for the one) into the figure after the equals sign."""
    out = []
    for doc_claims in claims.values():
        for c in doc_claims:
            found = _stated(c)
            if found is not None:
                out.append(found)
    return out


def _stated(c: Claim) -> Conversion | None:
    quoted = currency_of(c)
    if quoted is None or c.qualifier != "exact" or not c.low > 0:
        return None
    offset = c.start - c.sentence_start
    window_start = max(0, offset - _LOOKBACK)
    window = c.sentence[window_start:offset]
    m = _ONE.search(window)
    if m is None or (m.start() == 0 and window_start > 0):
        return None     # the window cut a longer text: no start of a bracket or a line
    base = _currency_of_one(m.group("unit"), m.start("one") - m.start("unit"), c.lang)
    if base is None or base == quoted:
        return None
    start = c.sentence_start + window_start + m.start("unit")
    one = replace(c, start=start, end=start + len(m.group("unit")), text=m.group("unit"),
                  value=Decimal(1), low=Decimal(1), high=Decimal(1), unit=base, kind="money",
                  qualifier="exact", notes=(), measure="", entity="", role="", scope="")
    with localcontext() as ctx:
        ctx.prec = 28
        low, high, rate = c.low, c.high, c.value
        if base > quoted:       # one order per pair, as stories.rates does
            low, high, rate = 1 / high, 1 / low, 1 / rate
    return Conversion(one, c, tuple(sorted((base, quoted))), low, high, rate, stated=True)


def _currency_of_one(words: str, at: int, lang: str) -> str | None:
    """The currency of "$1", "1ドル", "1 euro": the words re-read, with the one as a two,
    by the extractor of the document's language."""
    from ..extraction import extract

    two = words[:at] + "2" + words[at + 1:]
    found = [c for c in extract(two.strip(), lang=lang or None, doc="rate")
             if c.kind == "money" and c.value == 2]
    return currency_of(found[0]) if len(found) == 1 else None

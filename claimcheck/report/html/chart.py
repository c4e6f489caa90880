"""The interval chart of a finding card: each source's interval on one shared axis.

Positions are the one place in the report with approximate arithmetic, and they only
place pixels. They are computed with 60 significant digits, so that two 30-digit amounts
that differ in their last digit are still two points; an axis too narrow even for that
puts every point in the middle, and a chart that cannot be drawn at all is left out of
its card (it is decoration: the card states the values).
"""
from __future__ import annotations

from decimal import ROUND_CEILING, Decimal, localcontext

from ...records import Claim, decimal_text
from .common import esc

_LOG_RATIO = 20  # draw a log axis when the largest bound is this many times the smallest
_PRECISION = 60
_MAX_TICKS = 12


def _compact(v: Decimal) -> str:
    """21750000000 -> "21.75bn", for axis ticks and bar labels."""
    if abs(v) >= Decimal(10) ** 15:
        return format(v, ".3g")
    with localcontext() as ctx:
        ctx.prec = 40
        for power, suffix in ((12, "T"), (9, "bn"), (6, "M"), (3, "k")):
            if abs(v) >= Decimal(10) ** power:
                return decimal_text(v.scaleb(-power).quantize(Decimal("0.01")).normalize()) + suffix
        return decimal_text(v.quantize(Decimal("0.01")).normalize())


def chart(claims: list[Claim], bad: set[int], labels: list[str]) -> str:
    """An inline SVG: each claim's interval on one shared axis; ``bad`` rows in red.

    Points are dots, ranges bars, unbounded sides arrows. The axis is logarithmic when
    the bounds differ by more than ``_LOG_RATIO`` times (a x10 or x1000 slip). An empty
    string when there is nothing to draw, or the values defeat the arithmetic."""
    try:
        return _chart(claims, bad, labels)
    except ArithmeticError:   # Overflow of an astronomical value, ...
        return ""


def _chart(claims: list[Claim], bad: set[int], labels: list[str]) -> str:
    finite = [v for c in claims for v in (c.low, c.high, c.value) if v.is_finite()]
    if len(claims) < 2 or not finite:
        return ""
    lo, hi = min(finite), max(finite)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        log = lo > 0 and hi / lo >= _LOG_RATIO
        f = (lambda v: v.ln()) if log else (lambda v: v)
        a, b = f(lo), f(hi)
        span = (b - a) or (abs(b) / 10 if b else Decimal(1))
        a, b = a - span * Decimal("0.12"), b + span * Decimal("0.12")
        if not log and lo >= 0:
            a = max(a, Decimal(0))
        w, x0, x1, row, top = 430, 96, 416, 24, 6
        width = b - a

        def pos(v: Decimal) -> Decimal:
            if not width:   # narrower than 60 digits can tell: the middle
                return Decimal(x0 + x1) / 2
            return x0 + (f(v) - a) / width * (x1 - x0)
        rows = [_chart_row(c, labels[i], i in bad, pos, x0, x1, top + i * row + 14)
                for i, c in enumerate(claims)]
        axis_y = top + len(claims) * row + 4
        ticks = _ticks(lo, hi, log, a, b, f)
        tick_svg = "".join(
            f'<line class="axis" x1="{pos(t):.1f}" x2="{pos(t):.1f}" y1="{axis_y}" '
            f'y2="{axis_y + 4}"/>'
            f'<text class="tick" x="{pos(t):.1f}" y="{axis_y + 15}" text-anchor="middle">'
            f'{esc(_compact(t))}</text>' for t in ticks)
    h = axis_y + 20
    scale = "log scale" if log else "linear scale"
    return (f'<figure class="chart"><svg class="intervals" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="interval of each source, {scale}">'
            f'<line class="axis" x1="{x0}" x2="{x1}" y1="{axis_y}" y2="{axis_y}"/>'
            f'{tick_svg}{"".join(rows)}</svg>'
            f'<figcaption>Each source\'s interval ({scale}); red = outlier, → = "over" '
            f'(no upper bound)</figcaption></figure>')


def _ticks(lo: Decimal, hi: Decimal, log: bool, a: Decimal, b: Decimal, f) -> list[Decimal]:
    """Powers of ten on a log axis; round steps (1, 2 or 5 x 10^k) on a linear one."""
    if log:
        ticks = [Decimal(10) ** k for k in range(lo.adjusted(), hi.adjusted() + 2)]
        ticks = [t for t in ticks if a <= f(t) <= b]
        ticks = ticks[::-(-len(ticks) // 6)]  # at most six labels, however wide the range
        return ticks if len(ticks) >= 2 else [lo, hi]
    if a == b:
        return [a]
    raw = (b - a) / 4
    step = next(m * Decimal(10) ** raw.adjusted() for m in (1, 2, 5, 10)
                if m * Decimal(10) ** raw.adjusted() >= raw)
    t = (a / step).to_integral_value(rounding=ROUND_CEILING) * step
    ticks = []
    while t <= b and len(ticks) < _MAX_TICKS:
        ticks.append(t)
        if t + step == t:   # a step below the precision: no further tick
            break
        t += step
    return ticks


def _chart_row(c: Claim, label: str, bad: bool, pos, x0: int, x1: int, y: int) -> str:
    """One source: its label, a dot (point) or bar (interval), arrows for open sides."""
    lo = pos(c.low) if c.low.is_finite() else Decimal(x0)
    hi = pos(c.high) if c.high.is_finite() else Decimal(x1)
    parts = [f'<text class="lbl" x="2" y="{y + 4}">{esc(label)}</text>']
    if hi - lo < 3:
        mid = pos(c.value) if c.value.is_finite() else lo
        parts.append(f'<circle class="pt" cx="{mid:.1f}" cy="{y}" r="5"/>')
    else:
        parts.append(f'<line class="iv" x1="{lo:.1f}" x2="{hi:.1f}" y1="{y}" y2="{y}"/>')
    if not c.high.is_finite():
        parts.append(f'<path class="pt" d="M{x1 + 8} {y} L{x1 - 2} {y - 6} L{x1 - 2} {y + 6} Z"/>')
    if not c.low.is_finite():
        parts.append(f'<path class="pt" d="M{x0 - 8} {y} L{x0 + 2} {y - 6} L{x0 + 2} {y + 6} Z"/>')
    value = c.low if not c.high.is_finite() else c.value
    prefix = "≥" if not c.high.is_finite() else "≤" if not c.low.is_finite() else ""
    right_half = (lo + hi) / 2 > (x0 + x1) / 2
    tx, anchor = (lo - 9, "end") if right_half else (hi + 9, "start")
    parts.append(f'<text class="val" x="{tx:.1f}" y="{y + 4}" text-anchor="{anchor}">'
                 f'{esc(prefix + _compact(value))}</text>')
    return f'<g class="{"row bad" if bad else "row"}">{"".join(parts)}</g>'

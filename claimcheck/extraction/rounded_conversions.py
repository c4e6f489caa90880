"""A measure converted into another unit in brackets is rounded by its writer.

"1,500 metres (4,900 feet)", "a 300-km (190-mile) pipeline", "1,200 kg (2,650 lb)": the
bracketed figure is the first one converted and rounded, 4,921 feet to the hundred, 186
miles to the ten. Read to its last digit it would disagree with the figure it converts (and
with every other version's figure of the quantity). So a figure whose digits end in zeros,
in brackets right after a figure in another unit of the same kind (the language's unit
words name both), stands for what rounds to it: half a unit of its last non-zero digit
either way, or of its second significant digit when it has only one ("9,800 feet (3,000
meters)" is 2,987 m: 2,950 to 3,050). A part in the same unit ("the 2,000-km pipeline
(1,200 km of it offshore)"), a bracket after a figure of another kind ("3.98円で、標準家庭
（月260キロワット時）"), a figure outside brackets and a figure with no trailing zero keep the
precision they are written to; a conversion with a wrong digit ("(5,900 feet)") still
disagrees.
"""
from __future__ import annotations

from decimal import Decimal

import regex

from .atoms import Cand
from .language import Language
from .units import UnitError, conversion

__all__ = ["rounding_half"]

# before the figure: a figure, its unit (a few characters, no digit, no bracket), an
# opening bracket and at most a short word ("about", "environ", "约"); searched only in
# the few characters before the figure
_BEFORE = regex.compile(r"\d([^\d()（）\n]{1,25})[(（][^\d()（）\n]{0,12}$")
_WINDOW = 45


def rounding_half(text: str, c: Cand, lang: Language) -> Decimal | None:
    """Half the rounding step of ``c`` as written, when ``c`` is an exact whole figure
    ending in zeros in brackets right after a figure in another unit of its kind; else
    None."""
    if c.qualifier != "exact" or c.scaled or c.high_value is not None or c.extra_measures \
            or not c.unit_expr:
        return None
    v = c.value
    if not v.is_finite() or v <= 0 or v != v.to_integral_value():
        return None
    sign, digits, zeros = v.normalize().as_tuple()
    if not isinstance(zeros, int):
        return None
    zeros = min(zeros, len(digits) + zeros - 2)     # two significant digits at least
    if zeros < 1:
        return None
    m = _BEFORE.search(text[max(0, c.start - _WINDOW):c.start])
    if m is None or not _other_unit_of_kind(m.group(1).strip(" -\u00a0"), c.unit_expr, lang):
        return None
    return Decimal(5).scaleb(zeros - 1)


def _other_unit_of_kind(word: str, expr: str, lang: Language) -> bool:
    """``word`` is a unit of the language of the same kind as ``expr`` but another one."""
    other = lang.units.find(word) if word else None
    if other is None or other == expr:
        return False          # no unit (a noun), or the same unit: a part, not a conversion
    try:
        return conversion(other)[0] == conversion(expr)[0]
    except UnitError:
        return False

"""The two ends of one change, and what one end says about the other's identity.

"Der Anteil fiel von 44 auf 37 Prozent", "37 % du volume, contre 44 % auparavant", "dal
44 al 37%": each version tells the change as an old and a new value in one sentence.
Where no measure word names the figures, the new value's identity across versions rests
on its own figure, so a slip of it ("von 44 auf 47 Prozent") pushes it out of its row.
Its other end, told alike by both versions, is a frame that does not hang on the
figure: two new values whose old values are one figure (or two old values whose new ones
are) are the two ends of one change, whatever their own figures say. Each end's partner
is set when a document's mentions are built (:func:`.mentions.mark_partners`).
"""
from __future__ import annotations

from .mentions import Mention

__all__ = ["ends_agree"]


def ends_agree(a: Mention, b: Mention) -> str:
    """The other end both mentions share, as written in ``a``'s version ("44"), when ``a``
    and ``b`` are the same end of a change whose other ends are one figure of two
    significant digits or a hundred or more (a single digit is shared by too many
    changes); else ""."""
    pa, pb = a.partner, b.partner
    if pa is None or pb is None or a.claim.role != b.claim.role or pa.dim != pb.dim:
        return ""
    ca, cb = pa.claim, pb.claim
    if pa.digits != pb.digits or not (ca.low <= cb.high and cb.low <= ca.high):
        return ""
    if len(pa.digits.strip("0")) < 2 and abs(ca.value) < 100:
        return ""
    return ca.text

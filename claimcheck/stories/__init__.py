"""Stage 3, stories: documents and their claims in; stories and aligned quantities out.

:mod:`.grouping` decides which documents report the same event (claims are only ever
compared within a story); :mod:`.align` decides, within a story, which claims of the
documents speak of the same quantity and gives each row an
:class:`~claimcheck.records.Alignment` with a confidence and a reason; :mod:`.compare`
says whether two claims agree, by how much they differ and what the likely slip is. The
checks (:mod:`claimcheck.checks`) run on what this stage gives them.
"""
from __future__ import annotations

from .align import HIGH_CONFIDENCE, MAY_DIFFER, align_story
from .compare import Comparison, compare, format_percent, format_quantity
from .grouping import group_stories

__all__ = ["group_stories", "align_story", "HIGH_CONFIDENCE", "MAY_DIFFER", "Comparison",
           "compare", "format_quantity", "format_percent"]

"""Which versions of a story are older reports: an archive article, last year's release.

A story folder may hold an article written years before the others (the first ecological
report of 2019 beside the 2024 one). Its figures are of their time: "71 percent" there and
"73.4%" now are an update, not a disagreement, even where neither names its year. A
version's date is the first full date in its lead (its dateline: "June 5, 2019 –",
"2024年6月5日"; a year alone may be the year its figures are of); a version dated more than :data:`OLDER_DAYS` before the story's median date
is an older report, and the aligner treats its figures as earlier values.

A developing event's reports differ by hours: a flash report's "12 dead, 5 missing" and
the next day's "19 dead, 2 missing" are two moments of one toll. A version whose dateline
(month and day are enough: "3月18日电", "March 19") is a day or more before the story's
latest one tells the running tallies of the lexicon (``running_measures``: the dead, the
injured, the missing) as they stood then (:func:`earlier_days`).
"""
from __future__ import annotations

import datetime as dt
import statistics

from ..records import Claim

__all__ = ["older_reports", "earlier_days", "OLDER_DAYS"]

OLDER_DAYS = 180       # a version this much older than the story's median date
_RUNNING_DAYS = 30     # datelines this close: one developing event
_LEAD_CHARS = 400      # where a dateline stands


def _lead_dates(claims):
    """The values of the exact dates in a version's lead (its first characters), in order."""
    for c in claims:
        if c.start > _LEAD_CHARS:
            return
        if c.kind == "date" and c.qualifier == "exact":
            yield int(c.value) if c.value == c.value.to_integral_value() else 0


def _report_day(claims) -> int | None:
    """The day number of the first full date in a version's lead, or None."""
    for v in _lead_dates(claims):
        if 19000101 <= v <= 21001231:     # a full date (a year alone may be the data's)
            try:
                return dt.date(v // 10000, v // 100 % 100, v % 100).toordinal()
            except ValueError:
                return None
    return None


def older_reports(claims: dict[str, list[Claim] | tuple[Claim, ...]]) -> frozenset[str]:
    """The documents dated well before the story's other versions."""
    days = {d: day for d, cs in claims.items() if (day := _report_day(cs)) is not None}
    if len(days) < 2:
        return frozenset()
    median = statistics.median(days.values())
    return frozenset(d for d, day in days.items() if day < median - OLDER_DAYS)


def _dateline(claims) -> int | None:
    """The month and day (MMDD) of the first date in a version's lead, with or without its
    year ("March 19", "3月18日", "2024年6月5日"), or None."""
    for v in _lead_dates(claims):
        if 19000101 <= v <= 21001231:
            v %= 10000
        return v if 101 <= v <= 1231 and 1 <= v % 100 <= 31 else None
    return None


def earlier_days(claims: dict[str, list[Claim] | tuple[Claim, ...]]) -> frozenset[str]:
    """The versions dated a day or more before the story's latest dateline, within a few
    weeks of it: their running tallies are earlier values."""
    days = {d: day for d, cs in claims.items() if (day := _dateline(cs)) is not None}
    if len(set(days.values())) < 2:
        return frozenset()
    ordinal = {d: dt.date(2000, v // 100, v % 100).toordinal() for d, v in days.items()
               if _valid(v)}
    if not ordinal:
        return frozenset()
    latest = max(ordinal.values())
    return frozenset(d for d, day in ordinal.items() if latest - _RUNNING_DAYS <= day < latest)


def _valid(mmdd: int) -> bool:
    try:
        dt.date(2000, mmdd // 100, mmdd % 100)
    except ValueError:
        return False
    return True

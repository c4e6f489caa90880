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

import regex

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


def _day_only(text: str, claims) -> int | None:
    """The day of a dateline that names only its day ("新华社北京18日电", "台北21日電",
    "【台北共同】……21日早朝"): the latest day of the month in the lead (a lead tells the
    event's day before the report's: "18日未明に起きた地震で、……19日、死者が19人に"), read
    with the day rule of the language's ``dates.short`` (the rule marked ``day: true``), or
    None."""
    if not text or not claims:
        return None
    from ..extraction.language import get_language

    try:
        rules = [r for r in get_language(claims[0].lang).raw["dates"].get("short") or ()
                 if r.get("day") is True]
    except KeyError:
        return None
    lead = text[:_LEAD_CHARS]
    found = []
    for rule in rules:
        mark, nexts = rule["mark"], [w for w in rule.get("next") or () if w]
        for m in _DAY.finditer(lead):
            after = m.end() + len(mark)
            if lead.startswith(mark, m.end()) and any(lead.startswith(w, after) for w in nexts):
                found.append(int(m.group()))
    days = [d for d in found if 1 <= d <= 31]
    return max(days) if days else None


_DAY = regex.compile(r"(?<![\d.,，月/])\d{1,2}(?!\d)")


def earlier_days(claims: dict[str, list[Claim] | tuple[Claim, ...]],
                 texts: dict[str, str] | None = None) -> frozenset[str]:
    """The versions dated a day or more before the story's latest dateline, within a few
    weeks of it: their running tallies are earlier values. A dateline that names only its
    day is read in the month that puts it nearest the story's latest dated version; the
    datelines, which give no year, are ordered across the turn of a year (Dec 31 before
    Jan 1) by starting the year after the widest gap between them."""
    days = {d: day for d, cs in claims.items() if (day := _dateline(cs)) is not None}
    if texts:
        only = {d: day for d in claims if d not in days and
                (day := _day_only(texts.get(d, ""), claims[d])) is not None}
        if only:
            dated = {d: v for d, v in days.items() if _valid(v)}
            latest = days[max(dated, key=_circular(dated).get)] if dated else 1231
            for d, day in only.items():
                days[d] = _nearest_mmdd(day, latest)
    if len(set(days.values())) < 2:
        return frozenset()
    ordinal = _circular({d: v for d, v in days.items() if _valid(v)})
    if not ordinal:
        return frozenset()
    latest = max(ordinal.values())
    return frozenset(d for d, day in ordinal.items() if latest - _RUNNING_DAYS <= day < latest)


def _circular(mmdd: dict[str, int]) -> dict[str, int]:
    """Day numbers for month-day dates of unknown year, counted from the date after the
    widest gap between them on the year's circle: 1230 and 0102 are two days apart, the
    first before the second."""
    if not mmdd:
        return {}
    doy = {d: dt.date(2000, v // 100, v % 100).timetuple().tm_yday for d, v in mmdd.items()}
    ring = sorted(set(doy.values()))
    gaps = [((ring[(i + 1) % len(ring)] - ring[i]) % 366 or 366, ring[(i + 1) % len(ring)])
            for i in range(len(ring))]
    start = max(gaps)[1]
    return {d: (v - start) % 366 for d, v in doy.items()}


def _nearest_mmdd(day: int, latest: int) -> int:
    """The MMDD of day ``day`` of the month before, of or after ``latest``'s, whichever is
    nearest to it (4 beside 1103 is 1104; 30 beside 0102 is 1230)."""
    month = latest // 100
    ref = dt.date(2000, month, latest % 100).toordinal()
    best = None
    for m in ((month - 2) % 12 + 1, month, month % 12 + 1):
        if not _valid(m * 100 + day):
            continue
        o = dt.date(2000, m, day).toordinal()
        gap = min(abs(o - ref), 366 - abs(o - ref))
        if best is None or gap < best[0]:
            best = (gap, m * 100 + day)
    return best[1] if best else latest


def _valid(mmdd: int) -> bool:
    try:
        dt.date(2000, mmdd // 100, mmdd % 100)
    except ValueError:
        return False
    return True

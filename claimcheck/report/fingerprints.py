"""Stable fingerprints of findings, for baselines, suppressions and code-scanning tools.

A fingerprint says *which* discrepancy a finding is, in words that survive a re-run, an
edit elsewhere in a document, another document added to the run, or the documents given
in another order. It is built from:

- the rule id;
- the quantity's identity, read from the frame of its mentions (measure, entity, period,
  role, unit), never from the row's number or position in the story;
- for an ``agree`` finding, the sorted (document, value) of the outliers and the majority
  figure (its value only: another version that agrees with it changes nothing); for the
  other checks, the sorted (document, value) of every claim;
- for a finding without claims (a check that could not be made), its message.

The story is present through its documents (each outlier's, or each claim's), not through
its id: an automatic story is named from its evidence, and the name can change with the
order of the documents (the seeds' Chengdu story is "mikihouse" when they are given in
reverse order). Only a finding without claims, which has no document, uses the story id.

Offsets, line numbers, sentences and confidences never enter it. Values are the exact
normalised values with their unit ("21750000000 CNY"), so a changed figure is a new
finding.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter

from ..records import Claim, Finding, decimal_text

__all__ = ["fingerprint", "identity", "quantity_name", "doc_key", "FINGERPRINT_VERSION"]

FINGERPRINT_VERSION = "1"
_SLOTS = ("measure", "entity", "period", "role")


def doc_key(doc: str) -> str:
    """A document id as the fingerprint names it: a normalised path with ``/``, relative
    to the working folder when it lies below it (``./seeds/en.txt`` and ``seeds/en.txt``
    are one document); a corpus record's id unchanged."""
    if not doc or "\n" in doc:
        return doc
    path = os.path.normpath(doc)
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive
            rel = path
        if not rel.startswith(".."):
            path = rel
    return path.replace(os.sep, "/")


def _vote(values) -> str:
    """The most frequent non-empty value; a tie goes to the smallest, so the order of the
    mentions (and of the documents) never matters."""
    counts = Counter(v for v in values if v)
    if not counts:
        return ""
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def _compared(f: Finding) -> list[Claim]:
    if not f.groups:
        return list(f.claims)
    return [c for c, g in zip(f.claims, f.groups) if g >= 0]


def identity(f: Finding) -> dict[str, str]:
    """The quantity a finding speaks of, from its mentions' frames: measure, entity,
    period, role and unit (the kind when no mention has a unit)."""
    claims = _compared(f)
    out = {slot: _vote(getattr(c, slot) for c in claims) for slot in _SLOTS}
    out["unit"] = _vote(c.unit for c in claims) or _vote(c.kind for c in claims)
    return out


def quantity_name(f: Finding) -> str:
    """The identity for people: ``investment, level (CNY)``."""
    ident = identity(f)
    words = [ident[s].replace("_", " ").replace(",", " ") for s in _SLOTS if ident[s]]
    unit = ident["unit"]
    if not words:
        return unit
    return f"{', '.join(words)} ({unit})" if unit else ", ".join(words)


def _value(c: Claim) -> str:
    text = decimal_text(c.value)
    if c.qualifier != "exact":
        text = f"{c.qualifier} {text}"
    return f"{text} {c.unit}" if c.unit else text


def _majority(f: Finding) -> str:
    """The figure most versions support: the most precise mention of group 0 that is no
    bound agreeing with every group (exact first, then the narrowest interval, then the
    smallest value text), so that it does not depend on the order of the documents."""
    members = [c for i, (c, g) in enumerate(zip(f.claims, f.groups))
               if g == 0 and i not in f.bridges] or \
              [c for c, g in zip(f.claims, f.groups) if g == 0]
    if not members:
        return ""

    def precision(c: Claim):
        finite = c.low.is_finite() and c.high.is_finite()
        return (c.qualifier != "exact", not finite, (c.high - c.low) if finite else 0,
                _value(c))

    return _value(min(members, key=precision))


def _parts(f: Finding) -> list:
    parts: list = [FINGERPRINT_VERSION, f.rule,
                   [identity(f)[k] for k in (*_SLOTS, "unit")]]
    if f.groups:
        parts.append(_majority(f))
        parts.append(sorted([doc_key(c.doc), _value(c)]
                            for c, g in zip(f.claims, f.groups) if g > 0))
    else:
        parts.append(sorted([doc_key(c.doc), _value(c)] for c in f.claims))
    if not f.claims:
        parts += [f.story, " ".join(f.message.split())]
    return parts


def fingerprint(f: Finding) -> str:
    """32 hexadecimal digits that name the finding across runs (see the module doc)."""
    text = json.dumps(_parts(f), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

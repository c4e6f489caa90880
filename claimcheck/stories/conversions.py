"""An amount and its conversion in brackets: one quantity.

Wire copy converts an amount where it states it: "an 8.4 billion euro ($9.1 billion)
project", "R$ 52,1 bilhões (8,4 bilhões de euros)", "86.51 billion pesos (about $4.2
billion)". Across versions an amount in another currency joins a row only when both name
their measure (the figures cannot be compared), so the converted figure of a version often
stands alone or in a row of its own. The bracket itself says what it is: the amount right
before it, in another currency, in the same sentence. This pass puts the converted figure
in the row of the amount it converts, with the other figures of its row when they all
agree with it (a figure that disagrees is not left alone, compared with nothing). Each version's conversion moves by its own bracket ("138,6 millions de
dollars (119 millions d'euros)" and "138,6 Millionen Dollar (rund 119 Millionen Euro)"
grouped with each other both join the dollars' row), a slipped one as surely as the
others.

Judging is unchanged: a row compares the figures of its main currency only, so a
conversion is shown with its quantity and never flagged against it.
"""
from __future__ import annotations

import functools
import unicodedata

import regex

from ..extraction.language import LanguageError, fold, get_language
from .clustering import Cluster
from .identity import figures_agree
from .mentions import Mention

__all__ = ["join_conversions", "BY_CONVERSION"]

BY_CONVERSION = "an amount and its conversion in brackets"
# between an amount (or a measure) and its conversion: an opening bracket, and at most a
# short word ("about", "environ", "cerca de", "约")
BRACKET_GAP = regex.compile(r"\s*[(（][^()（）\d]{0,12}")
# or a word of the language's ``conversions`` data, right after a comma or an opening
# bracket that ends the gap's few other words ("1386万美元（含佣金）成交，约合人民币9.98亿元",
# "$138.6 million on Thursday, or €119 million"), or right after the amount
_SEPARATED = regex.compile(r"(?:[^\d]*[,，、;；:：(（])?\s*")
_GAP_MAX = 60
_TAIL_MAX = 12    # after the word and before the figure: "environ", "US$", 人民币


@functools.lru_cache(maxsize=64)
def _words(lang: str) -> tuple[str, ...]:
    try:
        return get_language(lang).conversion_words if lang else ()
    except LanguageError:
        return ()


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def _converting_gap(gap: str, lang: str, second: str) -> bool:
    """The text between an amount and the next one (``second``, as written) says the
    second converts the first. The conversion word may be read as the second's qualifier
    ("unos 197.000 millones de dólares"): it is sought up to the second's first digit."""
    if BRACKET_GAP.fullmatch(gap):
        return True
    words = _words(lang)
    if not words or len(gap) > _GAP_MAX:
        return False
    head = gap + second
    digit = regex.search(r"\d", head)
    head = fold(head[:digit.start()] if digit else head)
    for w in words:
        at = head.rfind(w)
        if at < 0 or not _SEPARATED.fullmatch(head, 0, at):
            continue
        tail = head[at + len(w):]
        if tail and _latin(w[-1]) and tail[0].isalpha():
            continue    # "o" is not "over"
        if at and _latin(w[0]) and head[at - 1].isalpha():
            continue
        if len(tail) <= _TAIL_MAX:
            return True
    return False


def _is_conversion(a: Mention, b: Mention) -> bool:
    """``b`` is written right after ``a`` as its conversion, in another currency: in
    brackets, or after a word of the language's ``conversions`` ("soit", 约合)."""
    ca, cb = a.claim, b.claim
    ua, ub = a.currency, b.currency
    if not ua or not ub or set(ua.split("|")) & set(ub.split("|")):
        return False
    if ca.sentence_start != cb.sentence_start or cb.start <= ca.end:
        return False
    s = ca.sentence_start
    gap = ca.sentence[ca.end - s:cb.start - s]
    return _converting_gap(gap, b.lang, cb.text)


def _followers(rest: list[Mention], b: Mention, ra: Cluster, converting: set[str]) -> bool:
    """The figures left in the conversion's former row follow it: every one agrees with it,
    in its currency, from a version the amount's row does not hold yet, or from a version
    that converts the amount itself (``converting``): its headline tells the converted
    figure ("... With $171 Million" over "RMB1.24 billion ($171 million)")."""
    docs = {m.doc for m in ra.members}
    return all(figures_agree(m.claim, b.claim) and m.currency == b.currency
               and (m.doc not in docs or m.doc in converting) for m in rest)


def join_conversions(rows: list[Cluster], mentions: list[Mention]) -> list[Cluster]:
    """Rows (single mentions included) after placing each bracketed conversion in the row
    of the amount it converts. The figures of the conversion's former row that are no
    conversion themselves come along when they all agree with it; when they do not,
    they stay as a row of their own, or, were only one left, with the conversion; the other conversions of that row move by their own brackets, so a slipped
    one moves as surely as the others."""
    row_of = {id(m): r for r in rows for m in r.members}
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    pairs = [(a, b) for ms in by_doc.values() for a, b in zip(ms, ms[1:])
             if _is_conversion(a, b)]
    converted = {id(b) for _, b in pairs}
    # the versions that convert an amount into a currency, by that currency
    converting: dict[str, set[str]] = {}
    for _, b in pairs:
        converting.setdefault(b.currency, set()).add(b.doc)
    for a, b in pairs:
        ra, rb = row_of.get(id(a)), row_of.get(id(b))
        if ra is None or rb is None or ra is rb:
            continue
        if any(m.doc == b.doc and m.currency == b.currency for m in ra.members):
            continue    # the version would hold the converted figure twice
        rest = [(m, c) for m, c in zip(rb.members, rb.confidences)
                if id(m) not in converted]
        confidence = ra.confidences[ra.members.index(a)]
        moving = [(b, confidence)]
        if rest and _followers([m for m, _ in rest], b, ra, converting.get(b.currency, set())):
            moving += [(m, min(confidence, c)) for m, c in rest]
        elif len(rest) == 1 and rest[0][0].currency == b.currency:
            continue    # alone, a figure that disagrees would be compared with nothing

        gone = {id(m) for m, _ in moving}
        keep = [(m, c) for m, c in zip(rb.members, rb.confidences) if id(m) not in gone]
        rb.members[:] = [m for m, _ in keep]
        rb.confidences[:] = [c for _, c in keep]
        for m, c in moving:
            ra.members.append(m)
            ra.confidences.append(c)
            row_of[id(m)] = ra
        ra.reasons.append(BY_CONVERSION)
    _headlines_follow(pairs, rows, row_of, by_doc)
    return [r for r in rows if r.members]


def _headlines_follow(pairs, rows: list[Cluster], row_of: dict, by_doc: dict) -> None:
    """A headline that tells its own version's conversion ("Voltera investit 1,55 milliard
    d'euros" over "12,06 milliards de yuans (1,55 milliard d'euros)") joins the row its
    conversion is in, when it stands elsewhere as its version's only mention there."""
    for _, b in pairs:
        rb = row_of.get(id(b))
        if rb is None:
            continue
        for h in by_doc.get(b.doc, ()):
            if not h.headline or h is b or h.currency != b.currency \
                    or not figures_agree(h.claim, b.claim):
                continue
            rh = row_of.get(id(h))
            if rh is rb or any(m.doc == h.doc and m.currency == h.currency and m is not b
                               for m in rb.members):
                continue    # the row holds the converted figure of that version already
            if rh is not None:
                if any(m.doc == h.doc for m in rh.members if m is not h):
                    continue
                i = rh.members.index(h)
                del rh.members[i], rh.confidences[i]
            rb.members.append(h)
            rb.confidences.append(rb.confidences[rb.members.index(b)])
            row_of[id(h)] = rb
            rb.reasons.append(BY_CONVERSION)

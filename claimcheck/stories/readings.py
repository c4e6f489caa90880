"""The other readings of a figure's measure: the measure its clause names besides the one
extraction chose.

Extraction gives each figure one measure, the counted noun's or a framing word's, and two
versions often choose differently for one figure: "Capacity rises to 47,400 seats from
41,900" reads seats (the counted noun), "La capienza sale a 47.400 posti (erano 41.900)"
a capacity (the clause's subject); "up to 260 trains a day are expected to use the line"
reads traffic, "bis zu 260 Züge" trains; "全国の約1万2000の基地局" reads the company of
"会社によりますと", "约1.2万个基站" base stations. Two measures named and unrelated keep
the figures apart for good (a slip of either is then never compared), so a figure's
readings are the measures named by its own words: the chosen one, its counted noun, the
words of its clause before it, and the few words right after it (a counted noun written
after the number, 基地局, "sightings of sperm whales"). Two figures whose chosen measures
differ are one measure when either's chosen measure is among the other's readings.
A word the version gives another figure as its chosen measure is no reading ("licensed to
carry 150 passengers" beside "212 passengers on board": the passengers are the 212).

Only the figure's own clause is read: a measure of the clause before ("Euro" said in the
sentence before) is no reading of it, and the figure's value is never one.
"""
from __future__ import annotations

import regex

from .mentions import Mention

__all__ = ["readings", "read_alike"]

_COUNTS = frozenset(("count", "number"))
_BEFORE, _AFTER = 50, 14        # characters read before and after the figure
# a clause ends at these marks (a comma of a list, a semicolon, a colon, a full stop of
# any script); a decimal comma or point between digits is no mark
# another figure too: the words beyond it are its own ("21 morts et 24 disparus")
_MARK = regex.compile(r"(?<!\d)[,;:](?!\d)|[,;:](?=\s)|[，；：、。！？!?]|\.(?=\s)|\d+")


def _clause_before(text: str) -> str:
    """The end of ``text`` back to the last clause mark in it, when no other figure stands
    there: the clause's subject is a reading of its first figure only (the words between
    two figures tell the first: "21 personas murieron y 24 continúan desaparecidas")."""
    cut, figure = 0, False
    for m in _MARK.finditer(text):
        figure = m.group()[0].isdigit()
        cut = m.end()
    return "" if figure else text[cut:]


_SPACE = regex.compile(r"\s+")


def _word_cuts(text: str) -> list[int]:
    """Where the last two, four, eight words of ``text`` start, then its start (text in a
    script without spaces is read whole, or from its last spaces)."""
    starts = [m.end() for m in _SPACE.finditer(text.rstrip())]
    return [starts[-k] for k in (2, 4, 8) if len(starts) >= k] + [0]


def _word_ends(text: str) -> list[int]:
    """Where the first one, two, four words of ``text`` end, then its end."""
    ends = [m.start() for m in _SPACE.finditer(text.lstrip())]
    lead = len(text) - len(text.lstrip())
    return [lead + ends[k - 1] for k in (1, 2, 4) if len(ends) >= k] + [len(text)]


def _clause_after(text: str) -> str:
    """The start of ``text`` up to the first clause mark or figure in it."""
    m = _MARK.search(text)
    return text[:m.start()] if m else text


def readings(m: Mention, lexicon) -> frozenset:
    """The measures the figure's own words name (its chosen measure among them), those a
    figure of its kind can have; read once per mention."""
    if m.readings is not None:
        return m.readings
    c = m.claim
    at = c.start - c.sentence_start
    end = c.end - c.sentence_start
    words = (_clause_before(c.sentence[max(0, at - _BEFORE):at]),)
    if c.kind in _COUNTS and not lexicon.framing_measure(c.measure):
        # the counted noun, or the words right after the count when extraction took none
        # ("約1万2000の基地局"); not after an amount or a share, where they tell the whole
        # ("0,7% del fatturato"), nor beside a framing word, which says the counted noun
        # is not what the count is ("licensed to carry 150 passengers")
        words += (c.subject or _clause_after(c.sentence[end:end + _AFTER]),)
    found = set()
    for i, text in enumerate(words):
        if not text.strip():
            continue
        # the nearest measure word only: before the figure ("de baixo custo Aerolow
        # registrou lucro líquido de 1,92 bilhão": a profit), and after it ("zwölf
        # Bezirke betroffen": districts)
        tries = [text[cut:] for cut in _word_cuts(text)] if i == 0 else \
            [text[:cut] for cut in _word_ends(text)]
        for part in tries:
            new = {x for x in lexicon.concepts_of(part, lang=c.lang)
                   if lexicon.fits(x, c.kind) and not lexicon.generic_measure(x)
                   and (x == c.measure or not m.doc_told.get(x, set()) - {c.value})}
            if new:
                found |= new
                break
    if not found and c.measure and m.prior is not None and \
            m.prior.claim.measure == c.measure and not c.subject:
        # a figure that carries the measure of the one before it carries its readings
        # ("Capacity rises to 47,400 seats from 41,900")
        found = set(readings(m.prior, lexicon))
    if c.measure:
        found.add(c.measure)
    m.readings = frozenset(found)
    return m.readings


def read_alike(a: Mention, b: Mention, lexicon) -> bool:
    """Whether the chosen measure of either figure is among the readings of the other
    (both chosen, and unrelated: extraction read one figure by another of its words)."""
    ma, mb = a.claim.measure, b.claim.measure
    return any(lexicon.related(ma, x) for x in readings(b, lexicon)) or \
        any(lexicon.related(x, mb) for x in readings(a, lexicon))

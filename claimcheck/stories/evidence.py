"""What one document offers as evidence that it reports the same event as another.

Computed once per document, from its text and claims alone, so that it can run wherever
the document was extracted (a worker process, a Dask partition):

- names: capitalised words in Latin script (Chengdu, Mitsubishi, Saint-Nazaire), and the
  names written in Chinese or Japanese that the lexicon's ``names`` table spells in Latin
  (成都 = Chengdu). Whether a Latin name counts depends on the whole corpus (a word that
  only ever opens a sentence is not a name; a word also written in lower case is a common
  word; a language that capitalises its nouns vouches for no capitalised word), so the
  document records what the corpus-wide decision needs: the words it writes inside a
  sentence, its lower-case words, and how many of its words inside sentences are
  capitalised;
- numbers: money amounts and measures with their units (21.75 billion yuan, 36.9 km²),
  percentages, counts;
- dates: full dates (2024-05-04) and months (May 2024).

A document is also dated, for the date window of linking.py: by its record's ``date``
field, else by the first full date written near its top (a dateline: "LYON, 8 October
2024 —", 【名古屋=2026年3月3日】).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import regex

from ..extraction.lexicon import fold
from ..records import Claim, Document
from .compare import format_quantity

__all__ = ["DocEvidence", "document_evidence", "BASE", "AMOUNT_KINDS", "parse_day"]

# Base weights, in tenths: a name or an amount shared by two documents weighs 1, two of
# them link the documents (before the document-frequency factor of linking.py).
BASE = {"name": 10, "common": 3, "generic": 2, "amount": 10, "percent": 5, "count": 5,
        "small": 2, "date": 5}
AMOUNT_KINDS = ("money", "area", "length", "mass", "volume", "energy", "power", "duration",
                "speed", "temperature")
# names in Latin script only: a Latin name glued to Chinese text ("Mikihouse中国区") ends
# where the Latin letters do
_NAME = regex.compile(r"(?<![\p{Latin}\p{M}])(?=\p{Latin})\p{Lu}[\p{Latin}\p{M}]*"
                      r"(?:['’\-]\p{Latin}[\p{Latin}\p{M}]*)*")
_LOWER_WORD = regex.compile(r"(?<![\p{Latin}\p{M}])\p{Ll}[\p{Latin}\p{M}]*")
_BEFORE_SENTENCE = regex.compile(r"(?:^|[.!?:;\n»\"“”]|--|—)[\s\u00a0\"“«(]*$")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
DATELINE_CHARS = 300  # a full date this close to the top of a text dates the document


@dataclass(frozen=True, slots=True)
class DocEvidence:
    """One document's evidence, before the corpus-wide decisions.

    ``names``: (key, label, occurrences, raw key, generic) in order of first appearance;
    ``raw`` is the folded word as written, which must be seen inside a sentence somewhere
    in the corpus for the name to count ("" when it always counts: a name the lexicon
    knows). ``numbers``: (key, label, base weight, group). ``inner``: raw keys this
    document writes inside a sentence; ``lower``: its lower-case words (folded);
    ``day``: the document's date (record field, else dateline) as a day number, or None;
    ``lang`` its language; ``capitals`` and ``words``: how many of the Latin words inside
    its sentences are capitalised, out of how many."""

    names: tuple[tuple[str, str, int, str, bool], ...]
    numbers: tuple[tuple[tuple, str, int, str], ...]
    inner: frozenset[str]
    lower: frozenset[str]
    day: int | None = None
    lang: str = ""
    capitals: int = 0
    words: int = 0


def parse_day(date: str | None) -> int | None:
    """A record's ``date`` ("2024-05-04", "2024-05-04T10:00Z") as a day number, or None."""
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None


def _dateline_day(claims: list[Claim]) -> int | None:
    for c in claims:
        if c.start > DATELINE_CHARS:
            break
        if c.kind == "date" and c.qualifier == "exact" and 19000101 <= c.value <= 29991231:
            return parse_day(f"{int(c.value):08d}"[:4] + "-" + f"{int(c.value):08d}"[4:6]
                             + "-" + f"{int(c.value):08d}"[6:])
    return None


def _fold(word: str) -> str:
    """lexicon.fold, without its Unicode normalisations for an ASCII word."""
    return word.lower() if word.isascii() else fold(word)


def _better_label(old: str, new: str) -> bool:
    """"Glasgow" reads better than the dateline's "GLASGOW"."""
    return old.isupper() and not new.isupper()


def latin_names(text: str, skip: list[tuple[int, int]] | tuple = ()
                ) -> tuple[dict[str, tuple[str, int]], set[str], int]:
    """({folded name: (spelling, occurrences)}, names seen inside a sentence, how many
    capitalised words stand inside a sentence).

    A capitalised word that only ever opens a sentence ("Il", "During") is not a name
    unless another document writes it inside a sentence; an all-capital word of three
    letters or more (NDRC, TOD) is returned with the others but its spelling tells (see
    :func:`is_acronym`). Words inside the ``skip``
    spans (dates: "May 4, 2026") are not names. Linear in the text: the spans are sorted
    once and each word is looked up by bisection."""
    spans = sorted(skip)
    starts = [s for s, _ in spans]
    reach = []  # furthest end among the spans up to each index (spans may nest)
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    seen: dict[str, tuple[str, int]] = {}
    inner: set[str] = set()
    inside = 0
    for m in _NAME.finditer(text):
        word = m.group()
        key = _fold(word)
        if len(key) < 3:
            continue
        i = bisect.bisect_left(starts, m.end()) - 1  # last span starting before the word ends
        if i >= 0 and reach[i] > m.start():
            continue
        first, n = seen.get(key, (word, 0))
        seen[key] = (word if _better_label(first, word) else first, n + 1)
        at_start = _BEFORE_SENTENCE.search(text, max(0, m.start() - 6), m.start())
        if not at_start:
            inside += 1
            inner.add(key)
    return seen, inner, inside


def is_acronym(word: str) -> bool:
    """NDRC, TOD: a name wherever it stands."""
    return word.isupper() and len(word) >= 3


_WIDE_GENERIC: dict[int, list[str]] = {}


def _wide_generic(lexicon) -> list[str]:
    """The lexicon's generic names that are not ASCII (中国, España), sorted, once."""
    found = _WIDE_GENERIC.get(id(lexicon))
    if found is None:
        found = _WIDE_GENERIC[id(lexicon)] = sorted(a for a in lexicon.generic if not a.isascii())
    return found


def _lang(doc: Document, claims: list[Claim]) -> str:
    """The document's language, else its claims' (documents given without one)."""
    return doc.lang or next((c.lang for c in claims), "")


def _months(lang: str | None):
    """The month names of a language's data ("january", "jan"), as a lookup."""
    from ..extraction.language import LanguageError, Lookup, get_language

    try:
        return get_language(lang).months if lang else Lookup({})
    except LanguageError:
        return Lookup({})


def _names(doc: Document, lexicon, claims: list[Claim]):
    found, inner, inside = latin_names(doc.text,
                                       [(c.start, c.end) for c in claims if c.kind == "date"])
    months = _months(_lang(doc, claims))
    out = []
    for raw, (word, count) in found.items():
        if raw in lexicon.boilerplate or months.find(word) is not None:
            continue
        canonical = lexicon.canonical_name(word)  # a known name counts even first in a sentence
        key, label = (fold(canonical), canonical) if canonical else (raw, word)
        always = canonical or is_acronym(word)
        out.append((key, label, count, "" if always else raw, key in lexicon.generic))
    if _CJK.search(doc.text):  # names in Han or kana, and generic ones (中国)
        for canonical in lexicon.names_in_cjk(doc.text):
            key = fold(canonical)
            out.append((key, canonical, 1, "", key in lexicon.generic))
    for alias in _wide_generic(lexicon):
        if alias in doc.text:
            out.append((alias, alias, 1, "", True))
    return tuple(out), frozenset(inner), inside


def _numbers(claims: list[Claim]):
    out: dict[tuple, tuple[tuple, str, int, str]] = {}
    for c in claims:
        if not c.value.is_finite():
            continue
        value = c.value.normalize()
        if c.kind == "date":
            if c.value >= 19000101 or (c.qualifier == "exact" and c.value >= 190001):
                key = ("date", value)
                out.setdefault(key, (key, c.text, BASE["date"], "dates"))
            continue
        if c.kind in AMOUNT_KINDS:
            key, weight = (c.kind, c.unit, value), BASE["amount"]
            label = c.text if c.qualifier == "range" else format_quantity(c.value, c.unit, c.kind)
        elif c.kind == "percent":
            key, weight, label = ("percent", value), BASE["percent"], c.text
        elif c.kind in ("count", "number"):
            # a count and a bare number share a key: 70万人 (count) vs 700,000 (number)
            key = ("count", value)
            weight = BASE["count"] if abs(value) > 12 else BASE["small"]
            label = format_quantity(c.value, None)
        else:
            continue
        if key not in out or out[key][2] < weight:
            out[key] = (key, label, weight, "numbers")
    return tuple(out.values())


def document_evidence(doc: Document, claims, lexicon) -> DocEvidence:
    """The evidence of one document (its text and claims are not kept)."""
    claims = list(claims)
    words = _LOWER_WORD.findall(doc.text)
    names, inner, inside = _names(doc, lexicon, claims)
    lower = frozenset(_fold(w) for w in set(words))
    day = parse_day(doc.date)
    return DocEvidence(names, _numbers(claims), inner, lower,
                       day if day is not None else _dateline_day(claims), _lang(doc, claims),
                       inside, inside + len(words))

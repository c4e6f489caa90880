"""The entity a figure of a list or series is told of ("Bayern: 71.200, Sachsen: 9.800",
"Oberbayern mit 24.600 Anträgen ..., Niederbayern mit 8.900", "中国17枚、日本15枚").

A story that gives one measure for many regions, schools, banks or countries fills one
frame many times: the same measure, period and role for every figure. Once the measure is
named for the list (applications, a pass rate), every figure of the list may join one row,
and one Land's figure reads as a slip of another's. The names beside the
figures tell them apart, whatever their values: a slip is one entity's figure told wrong,
so a value never says whose a figure is.

A *series* is two figures or more of one kind (a bare number counts with the counts) and
of at most one measure in one sentence, or in a run of short lines (a table's rows), each
told of names of its own: the capitalised words between it and its neighbouring figures
(stories.own_names; the lexicon's names of several words or in Han or kana), read on the
side the list writes them. The side is read at the list's ends: before its figures when
the first has a name before it and the last none after it ("Bayern: 71.200 ... Berlin:
4.100 (+9,7 %)"); after them when the first has none before and the last one after
("94,2 % à Rennes, 91,8 % à Lille"); a list whose ends disagree is read neither way. A
figure with no name before it, next after another of its sentence, keeps that one's names
("Bavaria led with 71,200 applications (+18.4%)": both Bavaria's). Words several items
share ("Anträgen") and names told beside more than a third of the version's figures of
the kind (its setting) are no item's. A script written without spaces reads a fifth of
the window before a figure (its clause is shorter).

Two figures of two versions are *of two entities* (:func:`series_apart`) when both are
series figures, their names do not meet, and the names say so:

- each is told of a place the lexicon knows, of one kind (two Länder, two countries): the
  lexicon writes each place in every language, so one place's figure meets its own name
  on both sides; or
- neither is told of a place the lexicon knows, and one side's name is proper (a version
  in another language writes it too; a German version capitalises every noun, so a noun
  is no entity) and the other version tells it beside another of its figures of the kind
  in a series ("Marchetti" told apart by a version that gives Marchetti's figure
  elsewhere). A place against a name of no place ("set in Brisbane", "de la Canadienne
  Julia Marchetti") may be one figure told of where and of whom, and is never apart.

Only a pair that names one measure on both sides is kept apart (identity.evidence): where
the measure is the list's, the list's names are what tells its figures apart; a figure
without a measure keeps its old, weaker evidence.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..extraction.language import base_code
from .mentions import CAPITALISED, lower_words
from .own_names import READ_BEFORE, calendar_words, canonical_folded, lexicon_names_in, name_windows

_WIDE = 1 / 3        # a name beside more of a version's figures of a kind is its setting
_ROW = 80            # a line at most this long, with a figure, is a table's row
# characters read after a figure, up to the next figure: a list that names its items after
# their figures may write a place some words on ("71,5 % del departamento de ultramar de
# Mayotte")
_AFTER = 80


def _group_keys(claims, text: str) -> list:
    """A key per claim: its sentence, or the first of a run of short lines (a table)."""
    keys, row_key, row_end = [], None, -2
    for c in claims:
        s, e = c.sentence_start, c.sentence_start + len(c.sentence)
        row = len(c.sentence.strip()) <= _ROW and (s == 0 or text[s - 1] == "\n") \
            and (e >= len(text) or text[e:e + 1] == "\n")
        if row:
            if row_key is None or s > row_end + 2 or text[row_end:s].count("\n") > 1:
                row_key = ("row", s)
            row_end = e
            keys.append(row_key)
        else:
            keys.append(("sentence", s))
    return keys


def _sides(claims, text: str, lower: frozenset, lexicon, before: int) -> list:
    """(names before, names after, whether the names before are its own and not carried)
    for each claim, bounded by its neighbouring figures and ``before`` characters. A figure
    with no name before it, next after another figure of its sentence, is told of that
    figure's names ("Bavaria led with 71,200 applications (+18.4%)": both Bavaria's)."""
    return [(_whole(names), _whole(after), own) for _, names, after, own in name_windows(
        claims, text, lower, lexicon, before, before * _AFTER // READ_BEFORE)]


def _whole(names) -> frozenset:
    """Names without the words of a longer name among them ("lower saxony", not also
    "lower" and "saxony"): Saxony's figure is not Lower Saxony's."""
    parts = {p for n in names for p in regex.split(r"[\s\-]+", n) if p != n}
    return frozenset(n for n in names if n not in parts)


def _window(lang: str) -> int:
    """Characters read before a figure: a script without spaces writes a clause in far
    fewer characters ("サウジアラビアが日量50万バレル"), so its window is a fifth."""
    from ..extraction.language import LanguageError, get_language

    try:
        language = get_language(lang) if lang else None
    except LanguageError:
        language = None
    return READ_BEFORE if language is None or language.boundaries else READ_BEFORE // 5


def _kind(c) -> str:
    """A list's figures of one kind: a bare number is a count its list's noun names once
    ("Baden-Württemberg with 85,900")."""
    return "count" if c.kind in ("count", "number") else c.kind


def series_names(claims, text: str, lang: str, lexicon) -> dict:
    """{(start, end): names} for the figures of one document told in a series; figures
    in none are left out. ``claims``: every claim of the document (sorted here by
    position)."""
    claims = sorted(claims, key=lambda c: c.start)
    if not claims:
        return {}
    lower = lower_words(text) | calendar_words(lang)
    sides = _sides(claims, text, lower, lexicon, _window(lang))
    keys = _group_keys(claims, text)
    groups: dict = {}
    for i, c in enumerate(claims):
        groups.setdefault(keys[i], []).append(i)
    # names beside many of the version's figures of a kind, on one side: its setting (a
    # list's name is read on both sides of its neighbours, so the sides count apart)
    beside: Counter = Counter()
    figures: Counter = Counter()
    for i, c in enumerate(claims):
        figures[_kind(c)] += 1
        for side in (0, 1):
            for n in sides[i][side]:
                beside[(side, _kind(c), n)] += 1

    out: dict = {}
    for members in groups.values():
        side = _side(members, sides)
        if side is None:
            continue
        by_kind: dict = {}
        for i in members:
            by_kind.setdefault(_kind(claims[i]), []).append(i)
        for kind, items in by_kind.items():
            wide = max(1, _WIDE * figures[kind])
            own = [frozenset(n for n in sides[i][side] if beside[(side, kind, n)] <= wide)
                   for i in items]
            _items(claims, items, own, out)
    return out


def _side(members, sides) -> int | None:
    """The side a list writes its names on, read at its ends: before its figures when its
    first figure has a name of its own before it and its last none after it ("Bayern:
    71.200 ... Berlin: 4.100 (+9,7 %)", "Oberbayern mit 24.600 ..., Niederbayern mit
    8.900."); after them when the first has none before and the last one after ("94,2 % à
    Rennes, 91,8 % à Lille"); None when the ends disagree ("Rennes ... 94,2 %, frente al
    86,7 % de Créteil ... y al 71,5 % de Mayotte"): a list read the wrong way gives every
    figure its neighbour's name."""
    def own(i, side):
        # a word several of the list's figures have on one side is the list's noun
        # ("Bayern: 71.200 Anträge ... Sachsen: 9.800 Anträge"), not an item's name
        return sides[i][side] - common[side] if side or sides[i][2] else frozenset()

    common = [frozenset(n for n, k in Counter(
        n for i in members if side or sides[i][2] for n in sides[i][side]).items() if k > 1)
        for side in (0, 1)]
    before, after = own(members[0], 0), own(members[-1], 1)
    if before and not after:
        return 0
    if not before and after:
        return 1
    return None


def _items(claims, items, own, out: dict) -> None:
    """The names of each figure of one kind of a list (``own``: read on the list's side),
    into ``out``: those of its item alone, when two items or more have names of their
    own."""
    if len(items) < 2:
        return
    shared = Counter(n for s in set(own) for n in s)
    names = [frozenset(n for n in s if shared[n] == 1) for s in own]
    # a list tells one measure (named once or for every item); figures of two measures in
    # a sentence are two quantities, not items of one list
    if len({claims[i].measure for i in items} - {""}) > 1 \
            or len({s for s in names if s}) < 2:
        return
    for i, s in zip(items, names):
        if s:
            out[(claims[i].start, claims[i].end)] = s


def _known(lexicon, name: str) -> bool:
    """A place the lexicon knows in every language, and not one it calls generic (a
    country every story of it names, often the story's setting)."""
    return lexicon is not None and name not in lexicon.generic \
        and lexicon.canonical_name(name) is not None


def written_names(text: str, lexicon) -> frozenset:
    """Every name a document writes (capitalised words and the lexicon's names of several
    words or in Han or kana), in the lexicon's one spelling."""
    return frozenset({canonical_folded(lexicon, m.group()) for m in CAPITALISED.finditer(text)}
                     | lexicon_names_in(lexicon, text))


def mark_series(mentions, claims: dict, texts: dict, lexicon) -> None:
    """Set on every mention of a series figure its ``series`` (the names of its item),
    ``proper_series`` (those the lexicon knows as places, and those a version in another
    language writes too), ``series_kinds`` (the kinds of place of the known ones:
    "country", "" for a region or a city) and ``doc_series`` (every (kind of figure, name)
    its version tells a series figure of). One pass over each document's claims."""
    docs = {m.doc for m in mentions}
    langs = {d: base_code(next((c.lang for c in claims.get(d, ())), "")).casefold()
             for d in docs}
    writes = {d: written_names(texts.get(d, ""), lexicon) for d in docs}
    by_lang: dict = {}
    for d in docs:
        by_lang.setdefault(langs[d], set()).update(writes[d])
    by_doc: dict = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    for d, ms in by_doc.items():
        found = series_names(claims.get(d, ()), texts.get(d, ""), langs[d], lexicon)
        if not found:
            continue
        elsewhere = set().union(*(ns for lg, ns in by_lang.items() if lg != langs[d]))
        kinds = {(c.start, c.end): _kind(c) for c in claims.get(d, ())}
        told = frozenset((kinds[k], n) for k, names in found.items() for n in names)
        for m in ms:
            names = found.get((m.claim.start, m.claim.end))
            if not names:
                continue
            known = {n for n in names if _known(lexicon, n)}
            m.series = names
            m.proper_series = frozenset(known | {n for n in names if n in elsewhere})
            m.series_kinds = frozenset(lexicon.name_kind(n) for n in known)
            m.doc_series = told


def series_apart(a, b) -> bool:
    """Whether two figures are told of two entities of a series (see the module's
    docstring); never on their values."""
    sa, sb = a.series, b.series
    if not sa or not sb or sa & sb or a.doc == b.doc:
        return False         # one version's own figures are told apart by its frames
    if a.series_kinds & b.series_kinds:
        return True          # two places the lexicon knows, of one kind (two Länder)
    if a.series_kinds or b.series_kinds:
        return False         # a place against a person or a company: the same figure may
        #                      be told of both ("3'55\"38 de Julia Marchetti", "3:55.38 set
        #                      in Brisbane")
    ka, kb = _kind(a.claim), _kind(b.claim)
    return any((ka, n) in b.doc_series for n in a.proper_series) or \
        any((kb, n) in a.doc_series for n in b.proper_series)

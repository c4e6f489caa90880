"""A figure told of one entity against a figure another version tells of another.

A story that gives one measure for several banks, regions or teams ("Italy's Banca
Adriatica lost only 250 basis points to end at 12.8%, and Spain's Caja Iberica finished at
10.3%") fills rows whose frames cannot tell its figures apart, and a row that meets two of
them reads as a slip. The names beside the figures (own_names) can, without looking at the
values: a slip is exactly one entity's figure told wrong, so a value never says which
entity a figure is of. Two tests, each on an outlier and a majority figure of another
version that share no name:

- the outlier is told of a name that the majority's version tells beside a figure of the
  same kind outside the row, while the majority's figure is told of another name of the
  same kind: the outlier is that entity's figure, and the majority's another's ("Banca
  Adriatica ... 15,3%" against "Caja Iberica 10.3%", in a version that gives Banca
  Adriatica figures of its own);
- the majority's figure is told of a country or a continent that the outlier's own version
  tells beside a figure of the same kind outside the row, and the outlier is told of
  another country: that version gives the majority's country its figure elsewhere, so its
  outlier is another country's ("India 4.12 lakh" against "Japan 812,430", in a version
  that gives Japan's output too).

A name told beside more than a third of the outlier's version's figures of the kind is that
version's setting (its dateline city, its country), not one entity of a series, and sets
nothing apart; nor does a name the lexicon calls generic. The version that tells a name
elsewhere must tell it there without the other name (a company and the town it builds in
are told together, two banks apart). An outlier told of no name is weighed only when its
version tells a series of countries or continents (see :func:`_nameless`). A name counts
only when it is an entity's and not a capitalised noun: a place the lexicon knows, or a
word a version in another language writes too (German capitalises every noun; a bank's
name crosses languages; de and de-CH are one language). Where the names say two entities,
agree.py weakens the finding to a note and keeps the row: it may still hold one entity's
figure in another version.
"""
from __future__ import annotations

from ..extraction.language import base_code


def _base(lang: str) -> str:
    """A language without its region (de-CH, de: de), so that two German versions do not
    vouch for each other's nouns."""
    return base_code(lang).casefold()


_WIDE = 1 / 3   # a name told beside more of a version's figures of a kind is its setting


def _narrow(index, doc: str, name: str, kind: str) -> bool:
    """Whether ``doc`` tells ``name`` beside at most a third of its figures of the kind: one
    entity of a series, not the story's setting (its dateline city, its country), which a
    version tells beside many of its figures."""
    return index.share(doc, name, kind) <= _WIDE


def _proper(index, name: str, lang: str) -> bool:
    """A folded name that is an entity's: a place the lexicon knows, or one a document in
    another language than ``lang`` writes; never a name the lexicon calls generic (a
    country every story shares)."""
    if index.generic(name):
        return False
    if index.place(name):
        return True
    base = _base(lang)
    return any(_base(index.lang(d)) != base and name in index.writes(d)
               for d in index.docs())


def other_entity(index, bad, majority, row) -> tuple | None:
    """(a name of one figure, a name of the other) when the outlier ``bad`` and a figure of
    the ``majority`` (other versions) are told of two entities, by one of the tests of the
    module's docstring; None when a majority figure shares a name with the outlier, or the
    names do not tell. ``row`` is every mention of the row (figures outside it are the
    entity's figures elsewhere). ``index`` is a stories.own_names.NameIndex."""
    inrow = {(c.doc, c.start) for c in row}
    mine = index.own(bad)
    if not mine:
        return _nameless(index, bad, majority, inrow)
    others = [c for c in majority if c.doc != bad.doc]
    if any(mine & index.own(c) for c in others):
        return None

    def apart(doc: str, name: str, kind: str, peer: str) -> bool:
        # ``doc`` tells ``name`` beside a figure of the kind outside the row, and not
        # beside ``peer`` there
        return any((x.doc, x.start) not in inrow and peer not in index.own(x)
                   for x in index.told(doc, name, kind))

    ours = sorted(n for n in mine if _proper(index, n, bad.lang)
                  and _narrow(index, bad.doc, n, bad.kind))
    for c in others:
        theirs = sorted(m for m in index.own(c) if _proper(index, m, c.lang))
        for n in ours:
            for m in theirs:
                if index.kind(m) == index.kind(n) and apart(c.doc, n, bad.kind, m):
                    return n, m
        for m in theirs:
            for n in ours:
                if index.kind(m) and index.kind(n) == index.kind(m) \
                        and _narrow(index, bad.doc, m, c.kind) \
                        and apart(bad.doc, m, c.kind, n):
                    return n, m
    return _places_apart(index, bad, mine, others)


def _places_apart(index, bad, mine: frozenset, others: list) -> tuple | None:
    """The fourth test: the outlier told of a country (or a continent) and the majority's
    figures told of another one, with no marker ("La France elle-même vise 6,5 gigawatts"
    against "Portugal 5.5GW", "India's industry produced 4.12 lakh" against "Japan's
    Kanemoto ... 812,430"). A version that slips writes the wrong figure, not another
    country beside it: when every majority figure told of a name of that kind names one
    and the same other one, and the story knows both (the outlier's version writes the
    majority's name somewhere, or a majority version the outlier's), the figures are two
    countries'. The story must say that both are entities of its figures: two majority
    versions or more name the other country beside the row's figure, or the outlier's
    version tells the majority's country beside a figure of its own, or a majority version
    the outlier's, a country no generic one (China beside a story of China's figures is
    its subject, not a second entity of a series); a country one version writes beside the figure as a company's
    nationality ("ハルヴォルセン・ライン（ノルウェー）は...862個") against the port one other
    version names is no such pair. Only names of a kind the lexicon knows, in their one spelling across
    languages, so that versions in several languages meet on them; even a country the
    lexicon calls generic (France, Japan: one many stories share) counts, for the kind
    says it is an entity and the test asks for two of them. The outlier's name must be
    one of a series, not its version's setting: told beside at most a third of its
    version's figures of every kind (of one kind, a version that gives one figure of
    another country's beside its own story's is all "series"). The caller has made sure
    that no majority figure shares a name with the outlier."""
    for n in sorted(mine):
        kind = index.kind(n)
        if not kind or index.setting_share(bad.doc, n) > _WIDE:
            continue
        told = [c for c in others if any(index.kind(m) == kind for m in index.own(c))]
        if not told:
            continue
        common = frozenset.intersection(*(
            frozenset(m for m in index.own(c) if index.kind(m) == kind) for c in told))
        inrow = {(c.doc, c.start) for c in others} | {(bad.doc, bad.start)}
        for m in sorted(common - {n}):
            witnesses = {c.doc for c in told}
            if len(witnesses) >= 2 or (not index.generic(m) and index.tells(bad.doc, m, inrow)) \
                    or (not index.generic(n)
                        and any(index.tells(d, n, inrow) for d in witnesses)):
                return n, m
    return None


def _nameless(index, bad, majority, inrow: set) -> tuple | None:
    """The third test: an outlier told of no name, against a majority figure told of a name
    that the outlier's own version tells beside another figure of the kind, outside the
    row, in a version that tells a series of such names (other names of the same kind the
    lexicon knows, countries or continents, each beside a figure of the kind: "China 128,
    Japan 61, Australia 47"). That version gives the entity's figure elsewhere and the
    measure for several entities, so its nameless figure is most likely another entity's,
    or the whole's. Names of no kind (companies, towns, people) make no series: a story's
    own company and the town it builds in are told beside many figures, and say nothing
    of a nameless one."""
    for c in majority:
        if c.doc == bad.doc:
            continue
        for m in sorted(index.own(c)):
            kind = index.kind(m)
            if not kind or not _proper(index, m, c.lang) \
                    or not _narrow(index, bad.doc, m, c.kind) or not any(
                    (x.doc, x.start) not in inrow for x in index.told(bad.doc, m, c.kind)):
                continue
            if any(n != m and index.kind(n) == kind and _proper(index, n, bad.lang)
                   for n in index.beside(bad.doc, c.kind)):
                return m, m
    return None

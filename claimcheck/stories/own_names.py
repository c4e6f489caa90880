"""The names a figure is told of, and two figures told of different names.

A story that gives one measure for many places, companies or teams ("China (128 oros),
Estados Unidos (97)", "Berlin 1,681 Euro, Bremen 1,686 Euro", "Caja Ibérica finished at
10.3%") gives frames that cannot tell its figures apart: every figure is the same measure,
of the same period, with the same role. The name written beside each figure can. A figure's
*own names* are the capitalised words between it and its neighbouring figures in its
sentence (a bounded window on each side: a list's neighbour's name is cut off at the
neighbour's figure), folded, without the page's furniture.

Two figures are *named apart* when neither's own names meet the other's, the names are
of one kind (two countries, two continents, or two names of no kind the lexicon lists: two
banks, two states), and the versions say the names are two things: each version tells a
figure of that kind beside the other's name, or the majority's version tells the outlier's
very figure beside the outlier's name. Canada's 99 medals against the United States' 97 in
versions that tell both countries are two countries' figures, not a slip. A name written
differently across languages and missing from the lexicon (Bavaria, Bayern) is not seen in
the other version, so it never sets two figures apart. A name is read in its one spelling
of the lexicon's ``names`` table where it has one (Australie, 澳大利亚 = Australia; Estados
Unidos = United States), so that the versions of a story in several languages meet on it.
A sentence's next figure with no name before it keeps the names of the figure before it;
days and months are no names.
"""
from __future__ import annotations

import functools

from ..extraction.cues import fold_same_length

from .mentions import CAPITALISED, lower_words   # a capitalised word of four letters or more

READ_BEFORE, READ_AFTER = 120, 30    # characters read before and after a figure, at most


def _folded(word: str) -> str:
    return fold_same_length(word).casefold()


def lexicon_names_in(lexicon, window: str) -> set:
    """The lexicon's names of several words or in Han or kana written in ``window``."""
    if lexicon is None:
        return set()
    return {_folded(n) for n in lexicon.names_written(window)}


def canonical_folded(lexicon, word: str) -> str:
    """A name in its one spelling across languages (Australie, Australia), folded."""
    canonical = lexicon.canonical_name(word) if lexicon is not None else None
    return _folded(canonical) if canonical else _folded(word)


def one_spelling(names, lexicon) -> frozenset:
    """Folded names in the lexicon's one spelling where it has one (torino, turín: turin),
    so that two languages meet on a place."""
    return frozenset(canonical_folded(lexicon, n) for n in names)


def _window_names(text: str, a: int, b: int, lower: frozenset, lexicon) -> set:
    out = set()
    if a >= b:
        return out
    for m in CAPITALISED.finditer(text, a, b):
        if _folded(m.group()) in lower:
            continue   # a word the document writes in lower case too (or a day, a month)
        out.add(canonical_folded(lexicon, m.group()))
    out |= lexicon_names_in(lexicon, text[a:b])
    if lexicon is not None:
        out = {n for n in out if n not in lexicon.boilerplate}
    return out


def name_windows(claims, text: str, lower: frozenset, lexicon=None, before: int = READ_BEFORE,
                 after: int = READ_AFTER):
    """For each claim of one document (in text order): (the claim, the names before it,
    the names after it, whether the names before are its own). The windows run between
    each figure and its neighbours in its sentence, at most ``before`` and ``after``
    characters. A figure with no name before it, next after another figure of its
    sentence, is told of that figure's names ("Mexico had 14 gold and 63 medals": both
    Mexico's; they are not its own then). One pass over the claims."""
    carried: set = set()
    for i, c in enumerate(claims):
        sentence_end = c.sentence_start + len(c.sentence)
        prev = claims[i - 1] if i else None
        same = prev is not None and prev.sentence_start == c.sentence_start \
            and prev.end <= c.start
        lo = max(c.sentence_start, prev.end if same else 0, c.start - before)
        nxt = claims[i + 1].start if i + 1 < len(claims) else sentence_end
        hi = min(sentence_end, max(nxt, c.end), c.end + after)
        names = _window_names(text, lo, c.start, lower, lexicon)
        own = bool(names)
        if not names and same and c.start - prev.end <= before:
            names = carried
        carried = names
        yield c, names, _window_names(text, c.end, hi, lower, lexicon), own


def own_names(claims, text: str, lower: frozenset, lexicon=None) -> dict:
    """{(start, end): names} for the claims of one document (in text order): the names
    written between each figure and its neighbours in its sentence, within a bounded
    window on each side (:func:`name_windows`). A sentence's first word counts only when
    the document never writes it in lower case."""
    return {(c.start, c.end): frozenset(before | after)
            for c, before, after, _ in name_windows(claims, text, lower, lexicon)}


def named_apart(index: "NameIndex", mine, theirs) -> tuple[str, str] | None:
    """(a name of ``mine``, a name of ``theirs``) when two figures of two versions are told
    of different names of one kind (two countries, two banks: the lexicon's
    ``name_kinds``), and the versions say the names are two things told apart: each
    version tells a figure of its kind beside the other's name, or one version tells the
    other's very figure (its value, kind and unit) beside the other's name ("Mecklenburg-
    Vorpommern 1,748 Euro" in both). None otherwise."""
    ours, other = index.own(mine), index.own(theirs)
    if not ours or not other or ours & other:
        return None
    kind = index.kind
    ours_there = sorted(n for n in ours if n in index.beside(theirs.doc, mine.kind))
    other_here = sorted(n for n in other if n in index.beside(mine.doc, theirs.kind))
    for n in ours_there:
        for m in other_here:
            if kind(n) == kind(m):
                return n, m
    for n in ours_there:
        peers = sorted(m for m in other if kind(m) == kind(n))
        if peers and any(_same_figure(x, mine) for x in index.told(theirs.doc, n, mine.kind)):
            return n, peers[0]
    return None


def _same_figure(a, b) -> bool:
    """One figure written twice: the same unit and overlapping bounded intervals (a bound,
    "more than 8 billion", meets too many figures to say which)."""
    return a.unit == b.unit and all(x.is_finite() for x in (a.low, a.high, b.low, b.high)) \
        and a.low <= b.high and b.low <= a.high


@functools.lru_cache(maxsize=64)
def calendar_words(lang: str) -> frozenset:
    """A language's names of months and days (folded): capitalised, yet no names."""
    from ..extraction.language import LanguageError, get_language

    try:
        language = get_language(lang) if lang else None
    except LanguageError:
        return frozenset()
    if language is None:
        return frozenset()
    return frozenset(_folded(str(m)) for m in language.months) | language.weekdays


class NameIndex:
    """Each document's lower-case words and its figures' own names, read once per story."""

    def __init__(self, texts: dict, claims: dict, lexicon=None):
        self._texts, self._claims, self._lexicon = texts, claims, lexicon
        self._lower: dict[str, frozenset] = {}
        self._docs: dict[str, dict] = {}
        self._beside: dict[tuple, dict] = {}
        self._writes: dict[str, frozenset] = {}
        self._kinds: dict[tuple, int] = {}      # (doc, kind) -> figures of that kind
        self._named: dict[str, dict] = {}       # doc -> name -> starts of its figures

    def lower(self, doc: str) -> frozenset:
        """The words document ``doc`` writes in lower case (folded; mentions.lower_words)."""
        if doc not in self._lower:
            self._lower[doc] = lower_words(self._texts.get(doc, ""))
        return self._lower[doc]

    def _own(self, doc: str) -> dict:
        if doc not in self._docs:
            claims = self._claims.get(doc, ())
            lower = self.lower(doc) | calendar_words(self.lang(doc))
            self._docs[doc] = own_names(claims, self._texts.get(doc, ""), lower, self._lexicon)
        return self._docs[doc]

    def writes(self, doc: str) -> frozenset:
        """Every name document ``doc`` writes anywhere (capitalised words and the lexicon's
        names of several words or in Han or kana), in the lexicon's one spelling: whether a
        version speaks of a place at all."""
        if doc not in self._writes:
            text = self._texts.get(doc, "")
            self._writes[doc] = frozenset(
                {canonical_folded(self._lexicon, m.group()) for m in CAPITALISED.finditer(text)}
                | lexicon_names_in(self._lexicon, text))
        return self._writes[doc]

    def lang(self, doc: str) -> str:
        """The language of document ``doc`` (its first figure's), or ""."""
        claims = self._claims.get(doc, ())
        return claims[0].lang if claims else ""

    def generic(self, name: str) -> bool:
        """Whether the lexicon calls a folded name generic (a country every story shares)."""
        return self._lexicon is not None and name in self._lexicon.generic

    def share(self, doc: str, name: str, kind: str) -> float:
        """The share of ``doc``'s figures of one kind that are told of ``name``."""
        key = (doc, kind)
        if key not in self._kinds:
            self._kinds[key] = sum(1 for c in self._claims.get(doc, ()) if c.kind == kind)
        figures = self._kinds[key]
        return len(self.told(doc, name, kind)) / figures if figures else 0.0

    def _by_name(self, doc: str) -> dict:
        """Each name of ``doc``'s figures -> the starts of the figures told of it (built
        once per document, so that the questions below cost no pass over its figures)."""
        if doc not in self._named:
            named: dict[str, list] = {}
            for c in self._claims.get(doc, ()):
                for n in self.own(c):
                    named.setdefault(n, []).append(c.start)
            self._named[doc] = named
        return self._named[doc]

    def setting_share(self, doc: str, name: str) -> float:
        """The share of all of ``doc``'s figures, of every kind, that are told of ``name``:
        a version's setting (its country, its dateline city) stands beside many of them,
        one entity of a series beside a few, even where it holds every figure of one kind
        (a story of one country's target in gigawatts that names another's)."""
        claims = self._claims.get(doc, ())
        if not claims:
            return 0.0
        return len(self._by_name(doc).get(name, ())) / len(claims)

    def tells(self, doc: str, name: str, besides=frozenset()) -> bool:
        """Whether ``doc`` tells any figure, of any kind, beside ``name``, other than the
        figures ``besides`` holds ((doc, start) pairs)."""
        return any((doc, start) not in besides for start in self._by_name(doc).get(name, ()))

    def docs(self) -> tuple:
        """The story's documents."""
        return tuple(self._claims)

    def place(self, name: str) -> bool:
        """Whether a folded name is a place the lexicon's names table knows, and not one
        it calls generic (a country every story shares)."""
        lexicon = self._lexicon
        return lexicon is not None and name not in lexicon.generic and \
            lexicon.canonical_name(name) is not None

    def kind(self, name: str) -> str:
        """The kind of place a name is ("country", "continent"; "" for any other)."""
        return self._lexicon.name_kind(name) if self._lexicon is not None else ""

    def own(self, claim) -> frozenset:
        """The names ``claim``'s figure is told of (see :func:`own_names`)."""
        return self._own(claim.doc).get((claim.start, claim.end), frozenset())

    def _figures(self, doc: str, kind: str) -> dict:
        key = (doc, kind)
        if key not in self._beside:
            out: dict = {}
            for c in self._claims.get(doc, ()):
                if c.kind == kind:
                    for n in self.own(c):
                        out.setdefault(n, []).append(c)
            self._beside[key] = out
        return self._beside[key]

    def beside(self, doc: str, kind: str):
        """The names beside the figures of one kind (counts, money, percentages) in
        ``doc`` (a mapping: ``name in beside(...)``)."""
        return self._figures(doc, kind)

    def told(self, doc: str, name: str, kind: str) -> list:
        """The figures of one kind that ``doc`` tells beside ``name``."""
        return self._figures(doc, kind).get(name, [])

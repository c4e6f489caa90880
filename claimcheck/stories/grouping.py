"""Group documents into stories: claims are only compared within a story.

Automatic grouping uses evidence that crosses languages:

- names: capitalised words in Latin script (Chengdu, Mitsubishi, Saint-Nazaire), and names
  written in Chinese or Japanese that the lexicon's ``names`` table spells in Latin
  (成都 = Chengdu). A name counts fully only when it is not also a common word somewhere in
  the corpus ("Technology" is also written "technology"); country names count little,
  wire-service furniture (PRNewswire, Photo) not at all;
- numbers: the same money amount or measure in two documents (21.75 billion yuan,
  36.9 km²) is strong evidence, a shared small count (3, 11) weak;
- dates: the same full date.

Two documents whose shared evidence weighs at least :data:`LINK` are linked, and a story is
a connected group. A manifest (``stories: {name: [paths or globs]}``) or the ``story``
field of corpus records fixes the grouping instead; documents that neither names are
grouped automatically among themselves.
"""
from __future__ import annotations

import fnmatch
import glob
import os
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..extraction.lexicon import fold
from ..ingest.story_manifest import load_story_manifest
from ..records import Claim, Document, Story
from .compare import format_quantity

__all__ = ["group_stories", "LINK"]

LINK = Decimal("2.0")  # least shared evidence for two documents to be one story
# names in Latin script only: a Latin name glued to Chinese text ("Mikihouse中国区") ends
# where the Latin letters do
_NAME = regex.compile(r"(?<![\p{Latin}\p{M}])(?=\p{Latin})\p{Lu}[\p{Latin}\p{M}]*"
                      r"(?:['’\-]\p{Latin}[\p{Latin}\p{M}]*)*")
_LOWER_WORD = regex.compile(r"(?<![\p{Latin}\p{M}])\p{Ll}[\p{Latin}\p{M}]*")
_BEFORE_SENTENCE = regex.compile(r"(?:^|[.!?:;\n»\"“”]|--|—)[\s\u00a0\"“«(]*$")
_WEIGHTS = {"name": Decimal(1), "common": Decimal("0.3"), "generic": Decimal("0.2"),
            "amount": Decimal(1), "percent": Decimal("0.5"), "count": Decimal("0.5"),
            "small": Decimal("0.2"), "date": Decimal("0.5")}
_AMOUNT_KINDS = ("money", "area", "length", "mass", "volume", "energy", "power", "duration")


@dataclass(frozen=True)
class _Evidence:
    key: tuple
    label: str
    weight: Decimal
    group: str  # "names", "numbers" or "dates"
    count: int = 1  # occurrences in the document (names), to name a lone story


def _latin_names(text: str, skip: tuple[tuple[int, int], ...] = ()
                 ) -> tuple[dict[str, tuple[str, int]], set[str]]:
    """({folded name: (first spelling, occurrences)}, names seen inside a sentence).

    A capitalised word that only ever opens a sentence ("Il", "During") is not a name
    unless another document writes it inside a sentence; an all-capital word of three
    letters or more (NDRC, TOD) counts wherever it stands. Words inside the ``skip``
    spans (dates: "May 4, 2026") are not names."""
    seen: dict[str, tuple[str, int]] = {}
    inner: set[str] = set()
    for m in _NAME.finditer(text):
        word = m.group()
        key = fold(word)
        if len(key) < 3 or any(s < m.end() and m.start() < e for s, e in skip):
            continue
        first, n = seen.get(key, (word, 0))
        seen[key] = (first, n + 1)
        at_start = _BEFORE_SENTENCE.search(text, max(0, m.start() - 6), m.start())
        if not at_start or (word.isupper() and len(word) >= 3):
            inner.add(key)
    return seen, inner


def _date_spans(claims: list[Claim]) -> tuple[tuple[int, int], ...]:
    return tuple((c.start, c.end) for c in claims if c.kind == "date")


def _name_evidence(doc: Document, lexicon, common: set[str], inner: set[str],
                   claims: list[Claim]) -> list[_Evidence]:
    out: dict[str, _Evidence] = {}
    found, _ = _latin_names(doc.text, _date_spans(claims))
    for key, (word, count) in found.items():
        canonical = lexicon.canonical_name(word)  # a known name counts even first in a sentence
        if (key not in inner and not canonical) or key in lexicon.boilerplate:
            continue
        if canonical:
            key, word = fold(canonical), canonical
        kind = "generic" if key in lexicon.generic else "common" if key in common else "name"
        out.setdefault(key, _Evidence(("name", key), word, _WEIGHTS[kind], "names", count))
    for canonical in lexicon.names_in_cjk(doc.text):
        key = fold(canonical)
        out.setdefault(key, _Evidence(("name", key), canonical, _WEIGHTS["name"], "names"))
    for alias in lexicon.generic:
        if not alias.isascii() and alias in doc.text:
            out.setdefault(alias, _Evidence(("name", alias), alias, _WEIGHTS["generic"], "names"))
    return list(out.values())


def _number_evidence(claims: list[Claim]) -> list[_Evidence]:
    out: dict[tuple, _Evidence] = {}
    for c in claims:
        if not c.value.is_finite():
            continue
        value = c.value.normalize()
        if c.kind == "date":
            if c.value >= 19000101 or (c.qualifier == "exact" and c.value >= 190001):
                out.setdefault(("date", value), _Evidence(("date", value), c.text,
                                                          _WEIGHTS["date"], "dates"))
            continue
        if c.kind in _AMOUNT_KINDS:
            key, weight = (c.kind, c.unit, value), _WEIGHTS["amount"]
            label = c.text if c.qualifier == "range" else format_quantity(c.value, c.unit, c.kind)
        elif c.kind == "percent":
            key, weight, label = ("percent", value), _WEIGHTS["percent"], f"{c.text}"
        elif c.kind in ("count", "number"):
            # a count and a bare number share a key: 70万人 (count) vs 700,000 (number)
            key = ("count", value)
            weight = _WEIGHTS["count"] if abs(value) > 12 else _WEIGHTS["small"]
            label = format_quantity(c.value, None)
        else:
            continue
        if key not in out or out[key].weight < weight:
            out[key] = _Evidence(key, label, weight, "numbers")
    return list(out.values())


def _common_words(documents: list[Document]) -> set[str]:
    words: set[str] = set()
    for d in documents:
        words.update(fold(w) for w in _LOWER_WORD.findall(d.text))
    return words


class _Union:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _slug(text: str) -> str:
    s = regex.sub(r"[^\p{L}\p{N}]+", "-", fold(text)).strip("-")
    return s[:40] or "story"


def _reason(docs: list[str], evidence: dict[str, list[_Evidence]]) -> tuple[str, str]:
    """(reason, best name) from the evidence that at least two of ``docs`` share."""
    if len(docs) == 1:
        names = [e for e in evidence[docs[0]] if e.group == "names" and e.weight >= 1]
        best = max(names, key=lambda e: e.count).label if names else ""
        return "shares no names, numbers or dates with the other documents", best
    seen: dict[tuple, tuple[int, _Evidence]] = {}
    for d in docs:
        for e in evidence[d]:
            n, _ = seen.get(e.key, (0, e))
            seen[e.key] = (n + 1, e)
    shared = [(n, e) for n, e in seen.values() if n >= 2 and e.weight > 0]
    shared.sort(key=lambda x: (-x[1].weight, -x[0]))
    parts, best = [], ""
    for group in ("names", "numbers", "dates"):
        labels = [e.label for _, e in shared if e.group == group
                  and (group != "names" or e.weight >= _WEIGHTS["common"])][:5]
        if labels:
            parts.append(f"shared {group}: {', '.join(labels)}")
            if group == "names" and not best:
                best = labels[0]
    return "; ".join(parts) or "linked through other documents", best


def _auto(documents: list[Document], claims: dict[str, list[Claim]], lexicon,
          used: set[str]) -> list[tuple[list[str], str, str]]:
    """Connected groups of the documents as (doc ids, reason, best name)."""
    common = _common_words(documents)
    inner = set().union(*(_latin_names(d.text, _date_spans(claims.get(d.id, [])))[1]
                          for d in documents))
    evidence = {d.id: _name_evidence(d, lexicon, common, inner, claims.get(d.id, []))
                + _number_evidence(claims.get(d.id, [])) for d in documents}
    ids = [d.id for d in documents if d.id not in used]
    union = _Union(ids)
    weights = {d: {e.key: e.weight for e in evidence[d]} for d in ids}
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            shared = weights[x].keys() & weights[y].keys()
            if sum(min(weights[x][k], weights[y][k]) for k in shared) >= LINK:
                union.join(x, y)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in ids:
        groups[union.find(d)].append(d)
    return [(members, *_reason(members, evidence)) for members in groups.values()]


def _doc_path(doc: Document) -> str:
    where = str(doc.meta.get("path", doc.id))
    if doc.meta.get("format") == "record":
        where = regex.sub(r"(:\d+|\[\d+\])$", "", where)
    return os.path.realpath(where)


def _manifest_groups(path: str, documents: list[Document]) -> list[tuple[str, list[str], str]]:
    base = os.path.dirname(os.path.abspath(path))
    out = []
    taken: set[str] = set()
    for name, patterns, _line in load_story_manifest(path):
        files: set[str] = set()
        for p in patterns:
            full = p if os.path.isabs(p) else os.path.join(base, p)
            files.update(os.path.realpath(f) for f in glob.glob(full, recursive=True))
        members = []
        for d in documents:
            if d.id in taken:
                continue
            is_record = d.meta.get("format") == "record"
            if (not is_record and _doc_path(d) in files) or any(
                    d.id == p or fnmatch.fnmatchcase(d.id, p) for p in patterns):
                members.append(d.id)
                taken.add(d.id)
        if members:
            out.append((name, members, f"fixed by the manifest {path}"))
    return out


def group_stories(documents: list[Document], claims: dict[str, list[Claim]], lexicon,
                  manifest: str | None = None) -> list[Story]:
    """The stories of a run, each with a human reason, in order of first document.

    ``manifest`` (a YAML file) and each document's ``story`` field fix the grouping of
    the documents they name; the rest are grouped from shared names, numbers and dates.
    Raises StoryManifestError for a bad manifest."""
    fixed = _manifest_groups(manifest, documents) if manifest else []
    used = {d for _, members, _ in fixed for d in members}
    by_field: dict[str, list[str]] = defaultdict(list)
    for d in documents:
        if d.id not in used and d.story:
            by_field[d.story].append(d.id)
            used.add(d.id)
    fixed += [(name, members, "fixed by the 'story' field of the records")
              for name, members in by_field.items()]
    rest = [d for d in documents if d.id not in used]
    auto = _auto(rest, claims, lexicon, set()) if rest else []
    order = {d.id: i for i, d in enumerate(documents)}
    stories: list[tuple[str, list[str], str]] = [(_slug(n), m, r) for n, m, r in fixed]
    for members, reason, best in auto:
        hint = best or os.path.splitext(os.path.basename(members[0]))[0]
        stories.append((_slug(hint), members, reason))
    stories.sort(key=lambda s: min(order[d] for d in s[1]))
    out, ids = [], set()
    for sid, members, reason in stories:
        unique, n = sid, 2
        while unique in ids:
            unique, n = f"{sid}-{n}", n + 1
        ids.add(unique)
        out.append(Story(unique, tuple(sorted(members, key=order.get)), reason))
    return out

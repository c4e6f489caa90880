"""Group documents into stories: claims are only compared within a story.

A manifest (``stories: {name: [paths or globs]}``) or the ``story`` field of corpus records
fixes the grouping of the documents they name. The other documents are grouped from the
evidence that crosses languages (:mod:`.evidence`: names, amounts with their units, dates),
linked through an inverted index with document-frequency weights and clustered without
chaining (:mod:`.linking`), in time linear in the number of documents. Each story says
why its documents were grouped: the names, numbers and dates they share.

:class:`Grouper` takes documents one at a time (the pipeline feeds it as extraction
finishes, without the texts); :func:`group_stories` is the one-call form.
"""
from __future__ import annotations

import fnmatch
import glob
import os
from array import array
from collections import Counter, defaultdict

import regex

from ..extraction.lexicon import fold
from ..ingest.story_manifest import load_story_manifest
from ..records import Claim, Document, Story
from .evidence import BASE, DocEvidence, document_evidence
from .linking import (LINK, cluster, df_factor, earlier_candidates, linked,
                      second_factor)

# A language whose texts capitalise more than this share of the words inside their
# sentences capitalises its nouns (German: "Produktion", "Unternehmen"): its documents
# vouch for no capitalised word being a name (another language's documents may).
NOUN_CAPITALS = 1 / 3
_MIN_WORDS = 30  # ... judged on at least this many words of the language

__all__ = ["group_stories", "Grouper", "LINK", "name_base", "story_reason", "story_ids",
           "doc_keys", "noun_capitalising", "fixed_groups", "order_groups", "NOUN_CAPITALS"]


def _slug(text: str) -> str:
    s = regex.sub(r"[^\p{L}\p{N}]+", "-", fold(text)).strip("-")
    return s[:40] or "story"


def name_base(key: str, generic: bool, common) -> int:
    """Base weight of a name: a country or currency counts little, a word that is also
    written in lower case somewhere in the corpus ("Technology") little more."""
    return BASE["generic"] if generic else BASE["common"] if key in common else BASE["name"]


def story_reason(keys_of_members, label, weight, base, group, counts=None) -> tuple[str, str]:
    """(reason, best name) for one story from its members' keys (lists, in document order).

    ``label``, ``weight``, ``base`` and ``group`` look up a key; ``counts`` (for a lone
    document) gives how often it writes each name."""
    if len(keys_of_members) == 1:
        names = [k for k in keys_of_members[0] if group(k) == "names" and base(k) >= BASE["name"]]
        best = label(max(names, key=lambda k: counts.get(k, 1))) if names else ""
        return "shares no names, numbers or dates with the other documents", best
    seen: dict = {}
    for keys in keys_of_members:
        for k in keys:
            seen[k] = seen.get(k, 0) + 1
    shared = [(n, k) for k, n in seen.items() if n >= 2 and weight(k) > 0]
    shared.sort(key=lambda x: (-weight(x[1]), -x[0]))
    parts, best = [], ""
    for g in ("names", "numbers", "dates"):
        labels = [label(k) for _, k in shared
                  if group(k) == g and (g != "names" or base(k) >= BASE["common"])][:5]
        if labels:
            parts.append(f"shared {g}: {', '.join(labels)}")
            if g == "names" and not best:
                best = labels[0]
    return "; ".join(parts) or "linked through other documents", best


def noun_capitalising(caps: dict[str, list[int]]) -> set[str]:
    """The languages whose documents capitalise their nouns, from {language: [capitalised
    words inside sentences, words inside sentences]} summed over the run."""
    return {lang for lang, (capitals, words) in caps.items()
            if words >= _MIN_WORDS and capitals > NOUN_CAPITALS * words}


def doc_keys(evidence: DocEvidence, vouched, common) -> list[tuple]:
    """A document's keys once the run's names are decided: (key, label, base weight,
    group, occurrences), names first (those that count), then numbers. ``vouched``: raw
    names written inside a sentence in a language that does not capitalise its nouns;
    ``common``: words written in lower case somewhere in the run. (The Grouper makes the
    same decisions over interned keys.)"""
    out, seen = [], set()
    for key, label, count, raw, generic in evidence.names:
        k = ("name", key)
        if (raw and raw not in vouched) or k in seen:
            continue
        seen.add(k)
        out.append((k, label, name_base(key, generic, common), "names", count))
    for key, label, base, group in evidence.numbers:
        if key not in seen:
            seen.add(key)
            out.append((key, label, base, group, 1))
    return out


def better_label(first: str, other: str) -> bool:
    """Whether ``other`` should replace ``first`` as a key's label ("Glasgow" is better
    than the dateline's "GLASGOW"): a key's label is its first spelling in the run that is
    not all capitals, else its first spelling."""
    return first.isupper() and not other.isupper()


def fixed_groups(documents, manifest: str | None) -> tuple[list, set[str]]:
    """The groups that a manifest or the records' ``story`` field fix, as (members,
    reason, name hint), and the ids they take."""
    fixed = _manifest_groups(manifest, documents) if manifest else []
    used = {d for _, members, _ in fixed for d in members}
    by_field: dict[str, list[str]] = defaultdict(list)
    for d in documents:
        if d.id not in used and d.story:
            by_field[d.story].append(d.id)
            used.add(d.id)
    fixed += [(name, members, "fixed by the 'story' field of the records")
              for name, members in by_field.items()]
    return [(m, r, n) for n, m, r in fixed], used


def order_groups(documents, groups) -> list[Story]:
    """Stories from groups (members, reason, hint): members in document order, stories in
    order of first member, ids unique."""
    order = {d.id: i for i, d in enumerate(documents)}
    groups = [(sorted(m, key=order.get), r, h) for m, r, h in groups]
    groups.sort(key=lambda g: order[g[0][0]])
    return story_ids(groups)


def story_ids(groups) -> list[Story]:
    """Stories from (members, reason, name hint) in order of first member, with unique
    ids made from the hints ("chengdu", "chengdu-2")."""
    out, ids = [], set()
    for members, reason, hint in groups:
        sid = _slug(hint)
        unique, n = sid, 2
        while unique in ids:
            unique, n = f"{sid}-{n}", n + 1
        ids.add(unique)
        out.append(Story(unique, tuple(members), reason))
    return out


def _doc_path(doc: Document) -> str:
    where = str(doc.meta.get("path", doc.id))
    if doc.meta.get("format") == "record":
        where = regex.sub(r"(:\d+|\[\d+\])$", "", where)
    return os.path.realpath(where)


def _manifest_groups(path: str, documents) -> list[tuple[str, list[str], str]]:
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


class Grouper:
    """Collects documents (without their texts) and their evidence, then groups them.

    Memory per document is a few integer arrays: keys are interned once for the run."""

    def __init__(self):
        self.docs: list[Document] = []
        self._kid: dict = {}           # key -> key number
        self._label: list[str] = []
        self._group: list[str] = []
        self._base: list[int] = []     # numbers: their base; names: set at the end
        self._generic: list[bool] = []
        self._raw: dict[str, int] = {}  # raw name -> number
        self._names: list[array] = []   # per doc: kid, occurrences, raw (-1: always counts)
        self._numbers: list[array] = []
        self._days: list[int | None] = []
        self._inner: dict[str, set[int]] = defaultdict(set)     # language -> raw names
        self._caps: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # capitals, words
        self._lower: set[str] = set()

    def _intern(self, key, label: str, group: str, base: int = 0, generic: bool = False) -> int:
        kid = self._kid.get(key)
        if kid is None:
            kid = self._kid[key] = len(self._label)
            self._label.append(label)
            self._group.append(group)
            self._base.append(base)
            self._generic.append(generic)
        elif better_label(self._label[kid], label):
            self._label[kid] = label
        return kid

    def add(self, doc: Document, evidence: DocEvidence) -> None:
        """Add one document (its text is not needed) and its evidence."""
        self.docs.append(doc)
        names = array("q")
        for key, label, count, raw, generic in evidence.names:
            kid = self._intern(("name", key), label, "names", 0, generic)
            rid = self._raw.setdefault(raw, len(self._raw)) if raw else -1
            names.extend((kid, count, rid))
        self._names.append(names)
        self._numbers.append(array("q", (self._intern(key, label, group, base)
                                         for key, label, base, group in evidence.numbers)))
        self._days.append(evidence.day)
        self._inner[evidence.lang].update(self._raw.setdefault(r, len(self._raw))
                                          for r in evidence.inner)
        caps = self._caps[evidence.lang]
        caps[0] += evidence.capitals
        caps[1] += evidence.words
        self._lower.update(evidence.lower)

    def _vouched(self) -> set[int]:
        """Raw names written inside a sentence in a language that does not capitalise its
        nouns."""
        nouns = noun_capitalising(self._caps)
        out: set[int] = set()
        for lang, inner in self._inner.items():
            if lang not in nouns:
                out |= inner
        return out

    def stories(self, manifest: str | None = None) -> list[Story]:
        """The stories, in order of first document. Raises StoryManifestError."""
        fixed, used = fixed_groups(self.docs, manifest)
        rest = [i for i, d in enumerate(self.docs) if d.id not in used]
        return order_groups(self.docs, fixed + self._auto(rest))

    def _final_keys(self, rest: list[int]) -> tuple[list[list[int]], list[dict[int, int]]]:
        """Per document of ``rest``: its keys (names that count, then numbers) and how often
        it writes each name; sets the base weight of every name."""
        keys, counts = [], []
        vouched = self._vouched()
        for kid, (key, generic) in enumerate(zip(self._kid, self._generic)):
            if self._group[kid] == "names":
                self._base[kid] = name_base(key[1], generic, self._lower)
        for i in rest:
            mine, seen, names = [], {}, self._names[i]
            for j in range(0, len(names), 3):
                kid, count, rid = names[j], names[j + 1], names[j + 2]
                if (rid >= 0 and rid not in vouched) or kid in seen:
                    continue
                seen[kid] = count
                mine.append(kid)
            mine.extend(k for k in self._numbers[i] if k not in seen)
            keys.append(mine)
            counts.append(seen)
        return keys, counts

    def _auto(self, rest: list[int]) -> list[tuple[list[str], str, str]]:
        if not rest:
            return []
        keys, counts = self._final_keys(rest)
        postings: dict[int, array] = defaultdict(lambda: array("l"))
        for pos, mine in enumerate(keys):
            for kid in mine:
                postings[kid].append(pos)
        days = [self._days[i] for i in rest]
        weight = {kid: self._base[kid] * df_factor(len(p)) for kid, p in postings.items()}
        roots = cluster(len(rest), _links(keys, postings, weight, days))
        size = Counter(roots)
        weight = {}
        for kid, p in postings.items():
            grouped = [roots[d] for d in p if size[roots[d]] > 1]
            weight[kid] = self._base[kid] * second_factor(len(p), len(grouped), len(set(grouped)))
        roots = cluster(len(rest), _links(keys, postings, weight, days))
        members: dict[int, list[int]] = defaultdict(list)
        for pos, root in enumerate(roots):
            members[root].append(pos)
        out = []
        for group in members.values():
            reason, best = story_reason(
                [keys[p] for p in group], self._label.__getitem__, weight.__getitem__,
                self._base.__getitem__, self._group.__getitem__, counts[group[0]])
            ids = [self.docs[rest[p]].id for p in group]
            out.append((ids, reason, best or os.path.splitext(os.path.basename(ids[0]))[0]))
        return out


def _links(keys, postings, weight, days) -> list[tuple[int, int, int]]:
    """(score, a, b) of every linked pair: documents that share keys through which they are
    candidates (linking.key_pairs), whose summed weights make a link."""
    links = []
    for b, mine in enumerate(keys):
        scores: dict[int, int] = defaultdict(int)
        for kid in mine:
            w = weight[kid]
            if w:
                for a in earlier_candidates(postings[kid], b):
                    scores[a] += w
        links.extend((s, a, b) for a, s in scores.items() if linked(s, days[a], days[b]))
    return links


def group_stories(documents: list[Document], claims: dict[str, list[Claim]], lexicon,
                  manifest: str | None = None) -> list[Story]:
    """The stories of a run, each with a human reason, in order of first document.

    ``manifest`` (a YAML file) and each document's ``story`` field fix the grouping of
    the documents they name; the rest are grouped from shared names, numbers and dates.
    Raises StoryManifestError for a bad manifest."""
    grouper = Grouper()
    for d in documents:
        grouper.add(d, document_evidence(d, claims.get(d.id, ()), lexicon))
    return grouper.stories(manifest)

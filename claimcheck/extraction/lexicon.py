"""The multilingual concept lexicon (``rules/lexicon.yaml``): what a number is about.

The data file documents its own syntax. This module validates it on load (errors name
``file:line``), and answers, for any language, the same few questions:

- :meth:`Lexicon.concepts_of`: which concepts a subject (or its context) names;
- :meth:`Lexicon.scope_of`: whether an amount is a total, a phase or annual;
- :meth:`Lexicon.has_part_marker`: whether a text introduces a part ("of which", 其中);
- :meth:`Lexicon.canonical_name`: the one spelling of a place or company name.

Nothing here mentions a language: a word written in Han, kana or Hangul is matched as a
substring, any other word as a whole word after case and accent folding.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex

# Imported even when the cached lexicon needs no YAML (the CLI imports it anyway): PyYAML's
# C parser breaks when yaml is imported a second time in one process, which pytester's
# in-process runs do to modules first imported inside them.
from ..yamlload import YamlError, load_yaml_with_lines
from . import jsoncache
from .cues import CueScanner
from .language import base_code

__all__ = ["Lexicon", "LexiconError", "default_lexicon", "rules_resource", "fold"]

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’]*")
_TOP_KEYS = {"concepts": dict, "related": list, "part_markers": dict, "scope": dict,
             "entities": dict, "periods": dict, "roles": dict, "conjunctions": dict,
             "kinds": dict, "names": dict, "generic_names": list, "boilerplate_names": list,
             "generic_measures": list, "running_measures": list, "change_by": dict,
             "compared_years": dict, "comparison_openers": dict, "change_columns": dict,
             "change_particles": dict,
             "framing_measures": list, "group_shares": list, "own_entities": list,
             "exclusions": dict, "kinds_of": dict, "institutions": dict, "spans": dict,
             "name_kinds": dict, "per_periods": dict}
# The sections that hold cue words for quantity frames: section -> the slot of its cues.
# A table maps an id to {language: [words]}; part_markers and conjunctions map a language
# to words directly. The language "any" holds words of every language (GDP, CPI, EBITDA).
_CUE_SECTIONS = {"concepts": "measure", "entities": "entity", "periods": "period",
                 "roles": "role", "scope": "scope"}
_ROLE_IDS = ("growth", "decline", "share", "old", "reference", "target")
# A stem of this many letters or more also matches a word that extends it by a few
# letters (plural, verb ending): "accord" -> "accords", "coût" -> "coûtera".
_STEM_MIN, _STEM_EXTRA = 4, 3



# kinds a bare number may be: what is written without a unit
_PLAIN_KINDS = frozenset(("count", "number", "percent", "money", "rate", "points"))

class LexiconError(ValueError):
    """A bad lexicon file; the message is ``path:line: problem``."""


# kana voicing marks are part of the letter (ト vs ド), not an accent to drop
_KANA_MARKS = ("\u3099", "\u309a")


# the combining marks seen so far, mapped to None for str.translate (kana marks excepted)
_SEEN: set[str] = set()
_DROP: dict[int, None] = {}


def fold(text: str) -> str:
    """Case- and accent-folded text: "Inversión" -> "inversion"; CJK and kana are kept
    (half-width katakana become full-width)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    missing = set(decomposed).difference(_SEEN)
    if missing:
        _DROP.update({ord(ch): None for ch in missing
                      if unicodedata.combining(ch) and ch not in _KANA_MARKS})
        _SEEN.update(missing)
    return unicodedata.normalize("NFC", decomposed.translate(_DROP))


def rules_resource(name: str):
    """A file shipped in the ``rules/`` folder (installed as package ``claimcheck.rules``).

    Works from a source checkout, an editable install and a plain wheel install."""
    try:
        path = resources.files("claimcheck.rules").joinpath(name)
        if path.is_file():
            return path
    except ModuleNotFoundError:
        pass
    # source checkout without the package mapping: the top-level rules/ folder
    return Path(__file__).resolve().parents[2] / "rules" / name


@dataclass(frozen=True)
class _Entries:
    """Words of one table entry, split by how they are matched."""

    cjk: tuple[str, ...]          # substrings, longest first
    words: frozenset[str]         # folded single words
    stems: tuple[str, ...]        # folded single words long enough to take endings
    phrases: tuple[tuple[str, ...], ...]  # folded multi-word entries, as word tuples


def _entries(words) -> _Entries:
    cjk, single, phrases = [], set(), []
    for w in words:
        w = str(w)
        if _CJK.search(w):
            cjk.append(w)
            continue
        parts = tuple(_WORD.findall(fold(w)))
        if len(parts) == 1:
            single.add(parts[0])
        elif parts:
            phrases.append(parts)
    return _Entries(tuple(sorted(cjk, key=len, reverse=True)), frozenset(single),
                    tuple(sorted(w for w in single if len(w) >= _STEM_MIN)), tuple(phrases))


def _prepare(data: dict) -> dict:
    """What a Lexicon is built from, worked out from the validated data once: the folded
    word tables and the cue words. Plain lists and dicts, so it can be cached as JSON with
    the data (a cold start then folds nothing)."""
    def table(section: dict) -> dict:
        return {cid: {lang: _entries_json(ws) for lang, ws in per.items()}
                for cid, per in section.items()}
    names: dict[str, str] = {}
    for canonical, aliases in data.get("names", {}).items():
        for alias in [canonical, *(aliases or [])]:
            names[fold(str(alias))] = str(canonical)
    name_kinds = {fold(str(n)): str(kind) for kind, ns in (data.get("name_kinds") or {}).items()
                  for n in ns or ()}
    return {
        "name_kinds": name_kinds,
        "concepts": table(data.get("concepts", {})),
        "scope": table(data.get("scope", {})),
        "parts": {lang: _entries_json(ws) for lang, ws in data.get("part_markers", {}).items()},
        "related": [list(pair) for pair in data.get("related", [])],
        "kinds": {cid: list(ks) for cid, ks in (data.get("kinds") or {}).items()},
        "names": names,
        "generic": sorted({fold(str(n)) for n in data.get("generic_names", [])}),
        "boilerplate": sorted({fold(str(n)) for n in data.get("boilerplate_names", [])}),
        "generic_measures": sorted(str(c) for c in data.get("generic_measures", [])),
        "running_measures": sorted(str(c) for c in data.get("running_measures", [])),
        "framing_measures": sorted(str(c) for c in data.get("framing_measures", [])),
        "group_shares": sorted(str(c) for c in data.get("group_shares", [])),
        "own_entities": sorted(str(c) for c in data.get("own_entities", [])),
        "kinds_of": {str(g): sorted(str(c) for c in cs)
                     for g, cs in (data.get("kinds_of") or {}).items()},
        "cue_words": {code: _runs(words) for code, words in _cue_words(data).items()},
        "per_words": {code: _runs(words) for code, words in _per_words(data).items()},
        "change_by": {lang: sorted({" ".join(_WORD.findall(fold(str(w)))) for w in ws})
                      for lang, ws in data.get("change_by", {}).items()},
        "compared_years": {lang: sorted({fold(str(w)) for w in ws})
                           for lang, ws in data.get("compared_years", {}).items()},
        "change_columns": {lang: sorted({" ".join(_WORD.findall(fold(str(w)))) for w in ws})
                           for lang, ws in data.get("change_columns", {}).items()},
        "comparison_openers": {lang: sorted({fold(str(w)) for w in ws})
                               for lang, ws in data.get("comparison_openers", {}).items()},
        "change_particles": {lang: sorted({fold(str(w)) for w in ws})
                             for lang, ws in data.get("change_particles", {}).items()},
    }


def _runs(words: list[tuple[str, str, str]]) -> list:
    """[(word, slot, id)] as [[slot, id, [words]]] runs, in order (a third of the JSON)."""
    out: list = []
    for word, slot, cid in words:
        if out and out[-1][0] == slot and out[-1][1] == cid:
            out[-1][2].append(word)
        else:
            out.append([slot, cid, [word]])
    return out


def _entries_json(words) -> list:
    e = _entries(words)
    return [list(e.cjk), sorted(e.words), list(e.stems), [list(p) for p in e.phrases]]


def _entries_from(raw: list) -> _Entries:
    cjk, words, stems, phrases = raw
    return _Entries(tuple(cjk), frozenset(words), tuple(stems), tuple(tuple(p) for p in phrases))


@dataclass
class _Index:
    """The words of one table (concepts, scopes, part markers) in one language, ready for
    :meth:`Lexicon._match`."""

    exact: dict          # folded word -> ids
    stems: dict          # folded word of _STEM_MIN letters or more -> ids
    phrases: dict        # first folded word -> [(phrase words, id)]
    cjk: list            # (word, id), longest first (ties: table order)
    cjk_first: dict      # first character -> positions in cjk

    @classmethod
    def build(cls, table: dict, lang: str | None) -> "_Index":
        exact: dict = {}
        stems: dict = {}
        phrases: dict = {}
        cjk = []
        for cid, per in table.items():
            for code, e in per.items():
                if lang is not None and code != lang:
                    continue
                for w in e.words:
                    exact.setdefault(w, set()).add(cid)
                for w in e.stems:
                    stems.setdefault(w, set()).add(cid)
                for p in e.phrases:
                    phrases.setdefault(p[0], []).append((p, cid))
                cjk.extend((w, cid) for w in e.cjk)
        cjk.sort(key=lambda wc: len(wc[0]), reverse=True)
        first: dict = {}
        for n, (w, _) in enumerate(cjk):
            first.setdefault(w[0], []).append(n)
        return cls(exact, stems, phrases, cjk, first)


class Lexicon:
    """A loaded, validated lexicon. Build once with :func:`default_lexicon` or ``load``."""

    def __init__(self, data: dict | None, source: str = "<lexicon>",
                 prepared: dict | None = None):
        """``data``: the validated file; or ``prepared``, :func:`_prepare` of it (cached)."""
        self.source = source
        prep = prepared if prepared is not None else _prepare(data)
        self._concepts = {cid: {lang: _entries_from(e) for lang, e in per.items()}
                          for cid, per in prep["concepts"].items()}
        self._scopes = {sid: {lang: _entries_from(e) for lang, e in per.items()}
                        for sid, per in prep["scope"].items()}
        self._parts = {lang: _entries_from(e) for lang, e in prep["parts"].items()}
        self._related = {frozenset(pair) for pair in prep["related"]}
        self._kinds = {cid: frozenset(ks) for cid, ks in prep.get("kinds", {}).items()}
        self._names = dict(prep["names"])
        self._name_cjk = tuple(sorted((a for a in self._names if _CJK.search(a)),
                                      key=len, reverse=True))
        self.generic = frozenset(prep["generic"])
        self._name_kinds = dict(prep.get("name_kinds") or {})
        self._cue_words = {code: [(w, slot, cid) for slot, cid, ws in runs for w in ws]
                           for code, runs in prep["cue_words"].items()}
        self._scanners: dict[str, CueScanner] = {}
        self._per_words = {code: [(w, slot, cid) for slot, cid, ws in runs for w in ws]
                           for code, runs in prep.get("per_words", {}).items()}
        self._per_scanners: dict[str, CueScanner] = {}
        self._indexes: dict = {}
        self._part_table = {"part": self._parts}
        self.boilerplate = frozenset(prep["boilerplate"])
        self._generic_measures = frozenset(prep.get("generic_measures", ()))
        self._framing_measures = frozenset(prep.get("framing_measures", ()))
        self._group_shares = frozenset(prep.get("group_shares", ()))
        self._own_entities = frozenset(prep.get("own_entities", ()))
        self._kinds_of = {(c, g) for g, cs in prep.get("kinds_of", {}).items() for c in cs}
        self._change_by = {lang: frozenset(ws) for lang, ws in prep.get("change_by", {}).items()}
        self._compared_years = {lang: tuple(ws)
                                for lang, ws in prep.get("compared_years", {}).items()}
        self._change_columns = {lang: frozenset(ws)
                                for lang, ws in prep.get("change_columns", {}).items()}
        self._comparison_openers = {lang: tuple(ws) for lang, ws in
                                    prep.get("comparison_openers", {}).items()}
        self._change_particles = {lang: frozenset(ws)
                                  for lang, ws in prep.get("change_particles", {}).items()}
        running = frozenset(prep.get("running_measures", ()))
        # with the concepts declared related to them: "houses" in one version of a toll,
        # "houses damaged" in another
        self.running_measures = running | frozenset(
            x for pair in self._related for x in pair if pair & running)

    @classmethod
    def load(cls, path) -> "Lexicon":
        """Read and validate a lexicon file; LexiconError naming ``path:line`` if bad.

        The validated data is cached as JSON (see :func:`_validated`)."""
        return cls(None, str(path), _validated(Path(path)))

    def cue_scanner(self, lang: str | None) -> CueScanner:
        """The compiled cue matcher for ``lang`` (its words and those of ``any``), built
        once per language; a regional variant ("pt-PT") has its base language's words."""
        key = base_code(lang)
        if key not in self._scanners:
            entries = [e for code, words in self._cue_words.items()
                       if code in (key, "any") for e in words]
            self._scanners[key] = CueScanner(entries)
        return self._scanners[key]

    def per_scanner(self, lang: str | None) -> CueScanner:
        """The matcher of the language's words for a span of time a figure is counted
        per ("a day", "al giorno", 每天: the lexicon's ``per_periods``), apart from the cue
        scanner: a measure's phrase that holds such words ("trains a day") must not hide
        them, since another version tells the same figure with the period apart (每天 ...
        列火车)."""
        key = base_code(lang)
        if key not in self._per_scanners:
            self._per_scanners[key] = CueScanner(
                [e for code, words in self._per_words.items() if code in (key, "any")
                 for e in words])
        return self._per_scanners[key]

    def sizes_a_change(self, gap: str, lang: str | None) -> bool:
        """Whether the words ``gap`` between a change word and an amount make the amount
        the size of the change ("fell by", "a reculé de", "sank um"), not its new level
        ("fell to"): no words at all, or one of the language's ``change_by`` words."""
        words = " ".join(_WORD.findall(fold(gap)))
        return not words or words in self._change_by.get(base_code(lang), ())

    def compares_year(self, before: str, lang: str | None) -> bool:
        """Whether the text ``before`` a written year ends with one of the language's
        ``compared_years`` words ("up 3.1 percent from", "un 3,1 % más que en", 比): the
        year is the one compared with, not the period of the figures."""
        words = self._compared_years.get(base_code(lang))
        if not words:
            return False
        tail = fold(before).rstrip()
        return any(tail.endswith(w) and (len(tail) == len(w) or not w[0].isalnum()
                                         or not tail[-len(w) - 1].isalnum())
                   for w in words)

    def opens_comparison(self, head: str, lang: str | None) -> bool:
        """Whether the words ``head`` (a sentence up to a figure) hold one of the language's
        ``comparison_openers`` ("by comparison", "à titre de comparaison", 作为对比): the
        figure after it is another entity's, set beside the story's."""
        words = self._comparison_openers.get(base_code(lang))
        if not words or not head:
            return False
        text = fold(head)
        for w in words:
            at = text.find(w)
            while at >= 0:
                end = at + len(w)
                if not w[0].isalnum() or (
                        (at == 0 or not text[at - 1].isalnum())
                        and (end == len(text) or not text[end].isalnum())):
                    return True
                at = text.find(w, at + 1)
        return False

    def closes_particle_verb(self, clause_tail: str, lang: str | None) -> bool:
        """Whether the words ``clause_tail`` (from a change word to the end of its clause)
        end with one of the language's ``change_particles``: "fielen 70 Verbindungen aus"
        is no fall."""
        words = self._change_particles.get(base_code(lang))
        if not words:
            return False
        found = _WORD.findall(clause_tail)
        return bool(found) and fold(found[-1]) in words

    def change_column(self, header: str, lang: str | None) -> bool:
        """Whether a table's column header ``header`` names the change between two columns
        ("Change", "% change", "变动", "Veränderung"): one of the language's or ``any``'s
        ``change_columns`` words, the whole header."""
        words = " ".join(_WORD.findall(fold(header)))
        return bool(words) and (words in self._change_columns.get(base_code(lang), ())
                                or words in self._change_columns.get("any", ()))

    def fits(self, concept: str, kind: str) -> bool:
        """Whether a claim of ``kind`` can be a measure of ``concept`` (a count of
        companies is never money); a bare number can be anything but a physical quantity
        (an area, a length, a mass ...), which always has its unit: "186,000 in China" after
        "the recall covers ..." is no area."""
        kinds = self._kinds.get(concept)
        if kinds is None or kind in kinds:
            return True
        if concept in self._group_shares:
            return False   # a group (children, women) is the measure of its share only
        return kind == "number" and not kinds.isdisjoint(_PLAIN_KINDS)

    @property
    def concept_ids(self) -> tuple[str, ...]:
        return tuple(self._concepts)

    def _match(self, table: dict, text: str, lang: str | None) -> set[str]:
        """Ids of ``table`` whose words occur in ``text``; the language's words first,
        every language's when those find nothing (mixed-language text).

        A word (folded) names an id when it is one of the id's words, or that word with a
        plural s, or extends one of its words of four letters or more by up to three
        letters; a phrase when its words follow each other. CJK words are found longest
        first over all ids, masking what matched, so that 工人 (worker) is not also read as
        人 (people). The words are indexed once per table and language."""
        if not text:
            return set()
        folded_words = _WORD.findall(fold(text))
        found: set[str] = set()
        for attempt in ([lang] if lang else [], None):
            if attempt == []:
                continue
            idx = self._index(table, None if attempt is None else attempt[0])
            for i, w in enumerate(folded_words):
                found.update(idx.exact.get(w, ()))
                if w.endswith("s"):
                    found.update(idx.exact.get(w[:-1], ()))
                for cut in range(_STEM_EXTRA + 1):
                    if len(w) - cut >= _STEM_MIN:
                        found.update(idx.stems.get(w[:len(w) - cut], ()))
                for phrase, cid in idx.phrases.get(w, ()):
                    if tuple(folded_words[i:i + len(phrase)]) == phrase:
                        found.add(cid)
            masked = text
            for n in sorted({n for ch in set(text) for n in idx.cjk_first.get(ch, ())}):
                word, cid = idx.cjk[n]
                if word in masked:
                    found.add(cid)
                    masked = masked.replace(word, "\x00" * len(word))
            if found:
                break
        return found

    def _index(self, table: dict, lang: str | None) -> "_Index":
        """The words of ``table`` in language ``lang`` (None: every language), indexed."""
        key = (id(table), lang)
        idx = self._indexes.get(key)
        if idx is None:
            idx = self._indexes[key] = _Index.build(table, lang)
        return idx

    def concepts_of(self, subject: str, sentence: str = "", lang: str | None = None) -> frozenset[str]:
        """Concepts named by ``subject``; when it names none, those named by ``sentence``
        (pass the few words around the number rather than a whole sentence when you can)."""
        found = self._match(self._concepts, subject, lang)
        if not found and sentence:
            found = self._match(self._concepts, sentence, lang)
        return frozenset(found)

    def generic_measure(self, concept: str) -> bool:
        """Whether a concept only says what is counted ("people", "companies"), not which
        figure of the story it is (the dead, the exhibitors)."""
        return concept in self._generic_measures

    def framing_measure(self, concept: str) -> bool:
        """Whether a concept's word before a count says what the count is, whatever noun
        the count names ("licensed to carry 150 passengers": a capacity)."""
        return concept in self._framing_measures

    def own_entity(self, entity: str) -> bool:
        """An entity that names only the figure beside it (``own_entities``: a medal's
        colour, "47 gold, 52 silver and 58 bronze, 157 in all"): it does not pass on."""
        return entity in self._own_entities

    def group_share(self, concept: str) -> bool:
        """A group of people (``group_shares``: children, women), the measure of its share
        of a whole only."""
        return concept in self._group_shares

    def kind_of(self, specific: str, generic: str) -> bool:
        """Whether ``specific`` counts a kind of what the generic measure ``generic`` counts
        (the dead, the injured, the miners are kinds of people)."""
        return (specific, generic) in self._kinds_of

    def related(self, a: str, b: str) -> bool:
        """Whether two concepts are the same or declared related (investment ~ cost)."""
        return a == b or frozenset((a, b)) in self._related

    def compatible(self, a: frozenset[str], b: frozenset[str]) -> bool | None:
        """True when two concept sets share or relate a concept, False when both are
        known and unrelated (different quantities), None when either is unknown."""
        if not a or not b:
            return None
        return any(self.related(x, y) for x in a for y in b)

    def scope_of(self, text: str, lang: str | None = None) -> frozenset[str]:
        """Scope ids named in ``text`` ("total", "phase1", "annual" ...)."""
        return frozenset(self._match(self._scopes, text, lang))

    def has_part_marker(self, text: str, lang: str | None = None) -> bool:
        """Whether ``text`` holds a word that introduces a part ("of which", "dont", 其中)."""
        return bool(self._match(self._part_table, text, lang))

    def name_kind(self, name: str) -> str:
        """The kind of place a known name is ("country", "continent"), "" for any other
        name (a city, a region, a company)."""
        return self._name_kinds.get(fold(name), "")

    def canonical_name(self, token: str) -> str | None:
        """The canonical spelling of a known name ("成都" -> "Chengdu"), else None."""
        return self._names.get(fold(token))

    @functools.cached_property
    def _written_names(self):
        """One pattern for the names written in Han or kana and the Latin names of more
        than one word ("Estados Unidos", "Nouvelle-Zélande"), over folded text."""
        multi = [a for a in self._names if not _CJK.search(a) and regex.search(r"[\s\-.]", a)]
        latin = "|".join(regex.escape(a) for a in sorted(multi, key=len, reverse=True))
        cjk = "|".join(regex.escape(a) for a in self._name_cjk)
        parts = [f"(?<![\\p{{L}}\\p{{N}}])(?:{latin})(?![\\p{{L}}\\p{{N}}])"] if latin else []
        parts += [f"(?:{cjk})"] if cjk else []
        return regex.compile("|".join(parts)) if parts else None

    def names_written(self, text: str) -> set[str]:
        """Canonical names of the known names of more than one word or in Han or kana
        written in ``text`` (a short window: one pattern, read once)."""
        pattern = self._written_names
        if pattern is None:
            return set()
        return {self._names[m.group()] for m in pattern.finditer(fold(text))}

    def names_in_cjk(self, text: str) -> list[str]:
        """Canonical names of the known names written in Han/kana in ``text``, in order
        of first appearance."""
        found = []
        folded = fold(text)
        for alias in self._name_cjk:
            pos = folded.find(alias)
            if pos >= 0:
                found.append((pos, self._names[alias]))
        return list(dict.fromkeys(name for _, name in sorted(found)))


def _cue_words(data: dict) -> dict[str, list[tuple[str, str, str]]]:
    """{language: [(word, slot, id)]} over every cue section of the lexicon."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for section, slot in _CUE_SECTIONS.items():
        for cid, per in (data.get(section) or {}).items():
            for code, words in (per or {}).items():
                out.setdefault(code, []).extend((str(w), slot, str(cid)) for w in words)
    for section, slot in (("part_markers", "part"), ("conjunctions", "conjunction"),
                          ("exclusions", "exclusion"), ("institutions", "institution"),
                          ("spans", "span")):
        for code, words in (data.get(section) or {}).items():
            out.setdefault(code, []).extend((str(w), slot, slot) for w in words)
    return out


def _per_words(data: dict) -> dict[str, list[tuple[str, str, str]]]:
    """{language: [(word, "period", "per_<span>")]} of the lexicon's ``per_periods``."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for span, per in (data.get("per_periods") or {}).items():
        for code, words in (per or {}).items():
            out.setdefault(code, []).extend((str(w), "period", f"per_{span}") for w in words)
    return out


def _fail(path: str, lines: dict, parent: str, key, message: str):
    line = lines.get((parent, key), 1)
    raise LexiconError(f"{path}:{line}: {message}")


def _check_word_table(path, lines, parent: str, table) -> None:
    """{language -> [words]} with a language code as key and strings as words."""
    if not isinstance(table, dict):
        head, _, last = parent.rpartition(".")
        _fail(path, lines, head, last, f"'{parent}' must map language codes to word lists")
    for lang, words in table.items():
        if not regex.fullmatch(r"[a-z]{2,3}", str(lang)):
            _fail(path, lines, parent, lang, f"'{lang}' is not a language code (en, fr, zh ...)")
        if not isinstance(words, list) or not all(isinstance(w, (str, int)) for w in words):
            _fail(path, lines, parent, lang, f"'{parent}.{lang}' must be a list of words")


def _validate(data, lines: dict, path: str) -> None:
    if not isinstance(data, dict):
        raise LexiconError(f"{path}:1: expected a mapping with 'concepts'")
    for key, value in data.items():
        if key not in _TOP_KEYS:
            _fail(path, lines, "", key, f"unknown key '{key}'; expected one of "
                                        f"{', '.join(_TOP_KEYS)}")
        if not isinstance(value, _TOP_KEYS[key]):
            _fail(path, lines, "", key, f"'{key}' must be a {_TOP_KEYS[key].__name__}")
    for section in ("concepts", "scope", "entities", "periods", "roles", "per_periods"):
        for cid, table in data.get(section, {}).items():
            _check_word_table(path, lines, f"{section}.{cid}", table)
    for cid in data.get("roles", {}):
        if cid not in _ROLE_IDS:
            _fail(path, lines, "roles", cid, f"unknown role '{cid}'; expected one of "
                                             f"{', '.join(_ROLE_IDS)}")
    for section in ("part_markers", "conjunctions", "change_by", "exclusions", "institutions",
                    "spans", "compared_years", "comparison_openers", "change_columns",
                    "change_particles"):
        _check_word_table(path, lines, section, data.get(section, {}))
    concepts = data.get("concepts", {})
    for i, pair in enumerate(data.get("related", [])):
        if not (isinstance(pair, list) and len(pair) == 2 and all(p in concepts for p in pair)):
            _fail(path, lines, "related", i, "each 'related' item must be a pair of known concepts")
    from ..records import KINDS

    for cid, ks in (data.get("kinds") or {}).items():
        if cid not in concepts:
            _fail(path, lines, "kinds", cid, f"kinds of an unknown concept '{cid}'")
        if not isinstance(ks, list) or not ks or not all(k in KINDS for k in ks):
            _fail(path, lines, "kinds", cid, f"kinds.{cid} must be a list of claim kinds "
                                             f"({', '.join(KINDS)})")
    for key in ("generic_measures", "running_measures", "framing_measures", "group_shares"):
        for i, cid in enumerate(data.get(key, [])):
            if cid not in concepts:
                _fail(path, lines, key, i, f"unknown concept '{cid}'")
    for i, eid in enumerate(data.get("own_entities", [])):
        if eid not in data.get("entities", {}):
            _fail(path, lines, "own_entities", i, f"unknown entity '{eid}'")
    for generic, kinds in (data.get("kinds_of") or {}).items():
        if generic not in data.get("generic_measures", []):
            _fail(path, lines, "kinds_of", generic,
                  f"kinds_of.{generic}: not one of the generic_measures")
        if not isinstance(kinds, list) or not all(k in concepts for k in kinds):
            _fail(path, lines, "kinds_of", generic,
                  f"kinds_of.{generic} must be a list of known concepts")
    for canonical, aliases in data.get("names", {}).items():
        if aliases is not None and not isinstance(aliases, list):
            _fail(path, lines, "names", canonical, f"names.{canonical} must be a list of spellings")


# Bump when the cached form of the data changes; old cache files are then ignored.
_CACHE_FORMAT = 13


def _validated(path: Path) -> dict:
    """:func:`_prepare` of the file's data, parsed and validated; from a JSON cache when the
    file is unchanged.

    Parsing the lexicon's YAML (a few thousand lines) is the slow part of loading it, and
    it is loaded by every extraction. The cache is keyed by the file's path, size and
    modification time and by the cache format, like the language files' cache
    (:mod:`.language`); any problem reading or writing it just means parsing the YAML
    again, and a file that does not validate is never cached."""
    try:
        st = path.stat()
    except OSError:
        raise LexiconError(f"{path}:1: cannot read the lexicon file") from None
    key = [_CACHE_FORMAT, str(path.resolve()), st.st_size, st.st_mtime_ns]
    return jsoncache.cached(jsoncache.cache_path(path, "lexicon"), key, "prepared",
                            lambda: _parsed(path))


def _parsed(path: Path) -> dict:
    """:func:`_prepare` of the file's YAML, validated (only when the cache misses)."""
    try:
        data, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise LexiconError(str(exc)) from None
    _validate(data, lines, str(path))
    return _prepare(data)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``rules/lexicon.yaml`` (loaded once per process)."""
    resource = rules_resource("lexicon.yaml")
    with resources.as_file(resource) as path:
        return Lexicon.load(path)

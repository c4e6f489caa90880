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

from ..yamlload import YamlError, load_yaml_with_lines
from .cues import CueScanner

__all__ = ["Lexicon", "LexiconError", "default_lexicon", "rules_resource", "fold"]

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’]*")
_TOP_KEYS = {"concepts": dict, "related": list, "part_markers": dict, "scope": dict,
             "entities": dict, "periods": dict, "roles": dict, "conjunctions": dict,
             "names": dict, "generic_names": list, "boilerplate_names": list}
# The sections that hold cue words for quantity frames: section -> the slot of its cues.
# A table maps an id to {language: [words]}; part_markers and conjunctions map a language
# to words directly. The language "any" holds words of every language (GDP, CPI, EBITDA).
_CUE_SECTIONS = {"concepts": "measure", "entities": "entity", "periods": "period",
                 "roles": "role", "scope": "scope"}
_ROLE_IDS = ("growth", "decline", "share", "old")
# A stem of this many letters or more also matches a word that extends it by a few
# letters (plural, verb ending): "accord" -> "accords", "coût" -> "coûtera".
_STEM_MIN, _STEM_EXTRA = 4, 3


class LexiconError(ValueError):
    """A bad lexicon file; the message is ``path:line: problem``."""


# kana voicing marks are part of the letter (ト vs ド), not an accent to drop
_KANA_MARKS = ("\u3099", "\u309a")


def fold(text: str) -> str:
    """Case- and accent-folded text: "Inversión" -> "inversion"; CJK and kana are kept
    (half-width katakana become full-width)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _KANA_MARKS)
    return unicodedata.normalize("NFC", kept)


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


def _word_hit(entries: _Entries, words: list[str]) -> bool:
    for i, w in enumerate(words):
        if w in entries.words or (w.endswith("s") and w[:-1] in entries.words):
            return True
        if any(w.startswith(s) and len(w) - len(s) <= _STEM_EXTRA for s in entries.stems):
            return True
        for p in entries.phrases:
            if tuple(words[i:i + len(p)]) == p:
                return True
    return False


class Lexicon:
    """A loaded, validated lexicon. Build once with :func:`default_lexicon` or ``load``."""

    def __init__(self, data: dict, source: str = "<lexicon>"):
        self.source = source
        self._concepts = {cid: {lang: _entries(ws) for lang, ws in per.items()}
                          for cid, per in data.get("concepts", {}).items()}
        self._scopes = {sid: {lang: _entries(ws) for lang, ws in per.items()}
                        for sid, per in data.get("scope", {}).items()}
        self._parts = {lang: _entries(ws) for lang, ws in data.get("part_markers", {}).items()}
        self._related = {frozenset(pair) for pair in data.get("related", [])}
        names: dict[str, str] = {}
        for canonical, aliases in data.get("names", {}).items():
            for alias in [canonical, *(aliases or [])]:
                names[fold(str(alias))] = str(canonical)
        self._names = names
        self._name_cjk = tuple(sorted((a for a in names if _CJK.search(a)), key=len, reverse=True))
        self.generic = frozenset(fold(str(n)) for n in data.get("generic_names", []))
        self._cue_words = _cue_words(data)
        self._scanners: dict[str, CueScanner] = {}
        self.boilerplate = frozenset(fold(str(n)) for n in data.get("boilerplate_names", []))

    @classmethod
    def load(cls, path) -> "Lexicon":
        """Read and validate a lexicon file; LexiconError naming ``path:line`` if bad."""
        try:
            data, lines = load_yaml_with_lines(path)
        except YamlError as exc:
            raise LexiconError(str(exc)) from None
        _validate(data, lines, str(path))
        return cls(data, str(path))

    def cue_scanner(self, lang: str | None) -> CueScanner:
        """The compiled cue matcher for ``lang`` (its words and those of ``any``), built
        once per language."""
        key = lang or ""
        if key not in self._scanners:
            entries = [e for code, words in self._cue_words.items()
                       if code in (key, "any") for e in words]
            self._scanners[key] = CueScanner(entries)
        return self._scanners[key]

    @property
    def concept_ids(self) -> tuple[str, ...]:
        return tuple(self._concepts)

    def _match(self, table: dict, text: str, lang: str | None) -> set[str]:
        """Ids of ``table`` whose words occur in ``text``; the language's words first,
        every language's when those find nothing (mixed-language text)."""
        if not text:
            return set()
        folded_words = _WORD.findall(fold(text))
        found: set[str] = set()
        for attempt in ([lang] if lang else [], None):
            if attempt == []:
                continue
            masked = text
            for cid, per in table.items():
                for code, entries in per.items():
                    if attempt is not None and code not in attempt:
                        continue
                    if _word_hit(entries, folded_words):
                        found.add(cid)
            # CJK: longest words first over all ids, masking what matched, so that
            # 工人 (worker) is not also read as 人 (people)
            hits = sorted(((w, cid) for cid, per in table.items()
                           for code, e in per.items() if attempt is None or code in attempt
                           for w in e.cjk), key=lambda x: len(x[0]), reverse=True)
            for word, cid in hits:
                if word in masked:
                    found.add(cid)
                    masked = masked.replace(word, "\x00" * len(word))
            if found:
                break
        return found

    def concepts_of(self, subject: str, sentence: str = "", lang: str | None = None) -> frozenset[str]:
        """Concepts named by ``subject``; when it names none, those named by ``sentence``
        (pass the few words around the number rather than a whole sentence when you can)."""
        found = self._match(self._concepts, subject, lang)
        if not found and sentence:
            found = self._match(self._concepts, sentence, lang)
        return frozenset(found)

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
        return bool(self._match({"part": self._parts}, text, lang))

    def canonical_name(self, token: str) -> str | None:
        """The canonical spelling of a known name ("成都" -> "Chengdu"), else None."""
        return self._names.get(fold(token))

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
    for section, slot in (("part_markers", "part"), ("conjunctions", "conjunction")):
        for code, words in (data.get(section) or {}).items():
            out.setdefault(code, []).extend((str(w), slot, slot) for w in words)
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
    for section in ("concepts", "scope", "entities", "periods", "roles"):
        for cid, table in data.get(section, {}).items():
            _check_word_table(path, lines, f"{section}.{cid}", table)
    for cid in data.get("roles", {}):
        if cid not in _ROLE_IDS:
            _fail(path, lines, "roles", cid, f"unknown role '{cid}'; expected one of "
                                             f"{', '.join(_ROLE_IDS)}")
    for section in ("part_markers", "conjunctions"):
        _check_word_table(path, lines, section, data.get(section, {}))
    concepts = data.get("concepts", {})
    for i, pair in enumerate(data.get("related", [])):
        if not (isinstance(pair, list) and len(pair) == 2 and all(p in concepts for p in pair)):
            _fail(path, lines, "related", i, "each 'related' item must be a pair of known concepts")
    for canonical, aliases in data.get("names", {}).items():
        if aliases is not None and not isinstance(aliases, list):
            _fail(path, lines, "names", canonical, f"names.{canonical} must be a list of spellings")


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``rules/lexicon.yaml`` (loaded once per process)."""
    resource = rules_resource("lexicon.yaml")
    with resources.as_file(resource) as path:
        return Lexicon.load(path)

"""``count_matches_list``: a stated count equals the number of items listed after it.

"清单共有9个提案,包括A、B、……和I" must list nine proposals; "nine proposals, including
A, B, C, among others" lists some of them, so there it is enough that no more than nine
are named. The list is read from the count's sentence: after a word that introduces it
("包括", "including", "incluant", "incluyendo", a colon), split at the list separators
outside brackets, the last item split once more at the final conjunction ("... and I").

The words are language data (the ``lists`` section of each file in claimcheck/extraction/lang/); a
rule may replace any of them with ``intro``, ``separators``, ``conjunctions``,
``open_markers`` or ``ends``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..arith import difference
from ..base import Emitter, StoryContext
from ..params import Param
from ..select import Selector, documents

PARAMS = {
    "count": Param("selector", required=True, doc="the stated count"),
    "intro": Param("strings", doc="words that introduce the list"),
    "separators": Param("strings", doc="marks between items"),
    "conjunctions": Param("strings", doc="words before the last item"),
    "open_markers": Param("strings", doc="words that say the list is incomplete"),
    "ends": Param("strings", doc="marks that end the list before the sentence ends"),
    "doc": Param("string", doc="a glob on the document id or file name"),
    "lang": Param("string", doc="a language code"),
}

def list_words(lang: str) -> dict | None:
    """How lists are written in ``lang``: the ``lists`` section of its language file."""
    from ...extraction.language import LanguageError, get_language

    try:
        table = get_language(lang).raw.get("lists")
    except LanguageError:
        return None
    return {k: list(table.get(k) or ()) for k in _WORDS} if table else None


_WORDS = ("intro", "separators", "conjunctions", "open_markers", "ends")
_OPEN, _CLOSE = "(（[【《“«‘「", ")）]】》”»’」"
_SENTENCE_END = ".。!！?？"


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def _word_re(word: str) -> re.Pattern:
    """A literal word; letters at its edges must not continue a longer word."""
    left = r"(?<!\w)" if word[0].isalnum() and not _is_cjk(word[0]) else ""
    right = r"(?!\w)" if word[-1].isalnum() and not _is_cjk(word[-1]) else ""
    return re.compile(left + re.escape(word) + right, re.IGNORECASE)


def _depths(text: str) -> list[int]:
    """Bracket depth at each character, so separators inside (…) are not item breaks."""
    out, depth = [], 0
    for ch in text:
        if ch in _CLOSE:
            depth = max(0, depth - 1)
        out.append(depth)
        if ch in _OPEN:
            depth += 1
    return out


def _at_depth0(words, text: str, depth: list[int]) -> list[re.Match]:
    hits = [m for w in words for m in _word_re(w).finditer(text) if depth[m.start()] == 0]
    return sorted(hits, key=lambda m: m.start())


def split_list(text: str, words: dict) -> tuple[list[str], bool]:
    """(items, open) for the text of a list, using a language's list words."""
    depth = _depths(text)
    end = _at_depth0(words["ends"], text, depth)
    if end:
        text, depth = text[:end[0].start()], depth[:end[0].start()]
    text = text.rstrip().rstrip(_SENTENCE_END).rstrip()
    items, pos = [], 0
    for m in _at_depth0(words["separators"], text, depth):
        items.append(text[pos:m.start()])
        pos = m.end()
    items.append(text[pos:])
    items, is_open = _strip_open(items, words["open_markers"])
    items = [item for item in items if item.strip()]
    if items:
        items[-1:] = _split_last(items[-1], words["conjunctions"])
    conj = [_word_re(c) for c in words["conjunctions"]]
    cleaned = []
    for item in items:
        item = item.strip()
        for c in conj:  # "A, B, and C": the Oxford comma leaves "and C"
            m = c.match(item)
            if m and item[m.end():m.end() + 1] in (" ", "\u00a0"):
                item = item[m.end():].strip()
        if item:
            cleaned.append(item)
    return cleaned, is_open


def _strip_open(items: list[str], markers) -> tuple[list[str], bool]:
    is_open, out = False, []
    for item in items:
        s = item.strip()
        for marker in markers:
            m = _word_re(marker)
            if m.fullmatch(s):
                s, is_open = "", True
            elif s.lower().endswith(marker.lower()) and m.search(s, len(s) - len(marker)):
                s, is_open = s[:-len(marker)].rstrip(), True
        out.append(s)
    return out, is_open


def _split_last(item: str, conjunctions) -> list[str]:
    depth = _depths(item)
    hits = _at_depth0(conjunctions, item, depth)
    hits = [m for m in hits if m.start() > 0]
    if not hits:
        return [item]
    m = hits[-1]
    return [item[:m.start()], item[m.end():]]


@dataclass(frozen=True)
class CountMatchesList:
    count: Selector
    overrides: dict
    doc: str | None
    lang: str | None

    def words(self, lang: str) -> dict | None:
        base = list_words(lang)
        if base is None and len(self.overrides) < len(_WORDS):
            return None
        merged = dict(base or {})
        merged.update(self.overrides)
        return merged

    def run(self, emit: Emitter, ctx: StoryContext) -> None:
        for doc in documents(ctx, self.doc, self.lang):
            found = self.count.find(ctx, doc)
            if len(found) >= self.count.nth:
                self._check(emit, ctx, doc, found[self.count.nth - 1])

    def _check(self, emit: Emitter, ctx: StoryContext, doc: str, claim) -> None:
        lang = ctx.langs.get(doc, claim.lang)
        words = self.words(lang)
        if words is None:
            emit.incomplete(doc, [f"list words for language {lang!r} (give separators, "
                                  "conjunctions, intro, open_markers and ends in the rule)"],
                            (claim,))
            return
        text = ctx.texts.get(doc, "")
        end = claim.sentence_start + len(claim.sentence)
        tail = text[claim.end:end if end > claim.end else len(text)]
        intro = sorted((m for w in words["intro"] for m in [_word_re(w).search(tail)] if m),
                       key=lambda m: m.start())
        if not intro:
            emit.incomplete(doc, [f"a list after {claim.text!r} (introduced by one of "
                                  f"{', '.join(words['intro'])})"], (claim,))
            return
        items, is_open = split_list(tail[intro[0].end():], words)
        n = len(items)
        holds = n <= claim.high if is_open else claim.low <= n <= claim.high
        relation = f"at most {claim.text}" if is_open else claim.text
        explanation = (f"in {doc}, {claim.text!r} is followed by {n} listed items"
                       + (" (the list says it is incomplete)" if is_open else "")
                       + f"; expected {relation}")
        abs_diff, rel_diff = difference(Decimal(n), claim.value)
        emit.emit(passed=holds, claims=(claim,), abs_diff=None if holds else abs_diff,
                  rel_diff=None if holds else rel_diff, kind="count",
                  expected=relation, actual=str(n), items=" | ".join(items),
                  explanation=explanation,
                  reason="" if holds else f"{n} items are listed, not {claim.text}")


def compile(params: dict) -> CountMatchesList:
    """Compile a ``count_matches_list`` rule's parameters (validated by the loader)."""
    overrides = {k: list(params[k]) for k in _WORDS if params.get(k)}
    return CountMatchesList(params["count"], overrides, params["doc"], params["lang"])

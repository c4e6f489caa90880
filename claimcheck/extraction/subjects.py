"""What a number is about: the counted noun after it, or the noun phrase before it.

"28 cooperation agreements" -> "cooperation agreements"; "28项合作协议" -> "合作协议";
"a total planned investment of RMB 21.75 billion" -> "total planned investment".
Word-spaced scripts read words; Chinese and Japanese read characters, bounded by the
language's stop characters and classifiers. The language data decides which.
"""
from __future__ import annotations

import regex

from .language import Language, fold

_WORD = regex.compile(r"[^\S\n]*([\p{L}\p{M}][\p{L}\p{M}'’\-]*)")     # not across a line
# matched right to left ((?r)), anchored at the end of the window: the word that ends it
_WORD_BACK = regex.compile(r"(?r)([\p{L}\p{M}][\p{L}\p{M}'’\-]*)[\s\u00a0]*")
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}ー]")


def _max_words(lang: Language) -> int:
    return int(lang.raw["counts"].get("max_words", 3))


def _max_chars(lang: Language) -> int:
    return int(lang.raw["counts"].get("max_chars", 4))


def _elided_stopword(word: str, lang: Language) -> bool:
    """A word that opens with an elided article or preposition before a common noun
    ("dell'esercizio", "nell'anno") holds no counted noun right after a number (a name
    keeps its capital: "89 milioni dell'EuroJackpot")."""
    cut = max(word.find("'"), word.find("’"))
    return cut > 0 and fold(word[:cut]) in lang.stopwords and \
        fold(word[:cut + 1]) not in lang.subject_joiners and word[cut + 1:cut + 2].islower()


def subject_after(text: str, pos: int, lang: Language, skip_leading: bool = False) -> str:
    """The noun phrase right after ``pos`` (the counted thing), or "" if there is none.

    With ``skip_leading``, linking words right after the number are passed over first
    ("20% of the electricity", "20%的用电量")."""
    if skip_leading:
        pos = _skip_stopwords(text, pos, lang)
    if lang.boundaries:
        words: list[str] = []
        if lang.count_modifiers:                 # "2,500 new agents": the noun is "agents"
            m = _WORD.match(text, pos)
            if m and fold(m.group(1)) in lang.count_modifiers:
                n = _WORD.match(text, m.end())
                if n and fold(n.group(1)) not in lang.stopwords:
                    pos = m.end()
        while len(words) < _max_words(lang):
            m = _WORD.match(text, pos)
            if not m:
                break
            w = m.group(1)
            f = fold(w)
            if not words and f in lang.not_counted:
                break                            # "15,1 millions estimées": no noun
            if not words and _elided_stopword(w, lang):
                break                            # "contro i 199,2 dell'esercizio precedente"
            if f in lang.subject_joiners and words:
                # "accords de coopération": a joiner continues the phrase only if a
                # content word follows
                n = _WORD.match(text, m.end())
                if n and fold(n.group(1)) not in lang.stopwords:
                    words.append(w)
                    pos = m.end()
                    continue
                break
            if f in lang.stopwords or lang.months.find(w) is not None:
                break
            words.append(w)
            pos = m.end()
        while words and fold(words[-1]) in lang.subject_joiners:
            words.pop()
        return " ".join(words)
    chars: list[str] = []
    i = pos
    stops = lang.stopwords
    for joiner in sorted(lang.subject_joiners, key=len, reverse=True):
        if text.startswith(joiner, i):         # 62基の風車: the counted noun after の
            i += len(joiner)
            break
    while i < len(text) and len(chars) < _max_chars(lang):
        ch = text[i]
        if not _CJK_CHAR.match(ch) and not (ch.isalpha() and ch.isascii()):
            break
        if ch in stops:
            break
        chars.append(ch)
        i += 1
    return "".join(chars)


def _skip_stopwords(text: str, pos: int, lang: Language) -> int:
    if lang.boundaries:
        for _ in range(3):
            m = _WORD.match(text, pos)
            if not m or fold(m.group(1)) not in lang.stopwords:
                break
            pos = m.end()
        return pos
    while pos < len(text) and text[pos] in lang.stopwords:
        pos += 1
    return pos


def subject_before(text: str, pos: int, lang: Language) -> str:
    """The noun phrase ending just before ``pos`` ("total planned investment of")."""
    if lang.boundaries:
        words: list[str] = []
        end = pos
        skipped_leading = True
        while len(words) < _max_words(lang):
            m = _WORD_BACK.match(text, max(0, end - 40), end)
            if not m:
                break
            w = m.group(1)
            f = fold(w)
            if f in lang.stopwords or f in lang.subject_joiners:
                if skipped_leading and not words:
                    end = m.start()
                    # skip only one or two linking words ("of", "de la")
                    if end < pos - 12:
                        break
                    continue
                break
            if lang.qualifiers_before.find(w) is not None:
                if not words:
                    end = m.start()
                    continue
                break
            skipped_leading = False
            words.insert(0, w)
            end = m.start()
        return " ".join(words)
    chars: list[str] = []
    i = pos - 1
    stops = lang.stopwords
    while i >= 0 and len(chars) < _max_chars(lang) + 2:
        ch = text[i]
        if not _CJK_CHAR.match(ch):
            break
        if ch in stops:
            if chars:
                break
            i -= 1
            continue
        chars.insert(0, ch)
        i -= 1
    return "".join(chars)

"""Language detection from script and function words, driven by the language files.

Each language file names its script and a list of frequent function words ("markers").
The dominant script narrows the candidates; marker frequency picks among them. Japanese
is told from Chinese by kana, which Chinese text does not use.
"""
from __future__ import annotations

import regex

from .language import available_languages, get_language

_LATIN_WORD = regex.compile(r"\p{Latin}+(?:'\p{Latin}+)?")
_HAN = regex.compile(r"\p{Han}")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


def detect_language(text: str, candidates: tuple[str, ...] | None = None) -> str:
    """The code of the most likely language of ``text`` among the installed ones."""
    sample = text[:20000]
    codes = candidates or available_languages()
    langs = [get_language(c) for c in codes]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    words = [w.casefold() for w in _LATIN_WORD.findall(sample)]
    cjk = han + kana
    if cjk and cjk * 3 >= len(words):
        # Japanese writes its grammatical endings in kana, which Chinese never uses: one
        # kana in a headline (新型車両3万台導入へ), or 5% of a longer text, is Japanese
        script = "japanese" if kana * 20 >= cjk and kana >= 1 else "han"
        pool = [l for l in langs if l.script == script] or [l for l in langs if l.script in ("han", "japanese")]
        if not pool:
            pool = langs
        best = max(pool, key=lambda l: sum(sample.count(m) for m in l.raw["detect"]["markers"]))
        return best.code
    pool = [l for l in langs if l.script == "latin"] or langs
    counts = {l.code: 0 for l in pool}
    for w in words:
        for l in pool:
            if w in l.markers:
                counts[l.code] += 1
    # ties (a text without markers) go to the language the data files rank first
    return max(pool, key=lambda l: (counts[l.code], l.raw["detect"].get("priority", 0))).code

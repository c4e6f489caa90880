"""The trie matchers of the cue scanner find exactly what the regex alternation they replace
finds: on the lexicon's own words in every language, on real text, and on generated text."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.extraction.cues import _fold_word, fold_same_length, is_cjk_word
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.extraction.wordmatch import (
    _WORD_CHAR,
    CjkMatcher,
    LatinMatcher,
    cjk_reference_pattern,
    latin_reference_pattern,
)

ROOT = Path(__file__).resolve().parents[1]
LEX = default_lexicon()
LANGS = ("en", "fr", "es", "de", "pt", "it", "zh", "ja")


def words_of(lang: str) -> tuple[list[str], list[str]]:
    entries = [w for code, cues in LEX._cue_words.items() if code in (lang, "any")
               for w, _, _ in cues]
    latin = sorted({_fold_word(w) for w in entries if not is_cjk_word(w)})
    cjk = sorted({w for w in entries if is_cjk_word(w)})
    return latin, cjk


def spans(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def benchmark_text() -> str:
    files = sorted((ROOT / "bench" / "devset").glob("*/*.txt"))
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


@pytest.mark.parametrize("lang", LANGS)
def test_same_matches_as_the_regex_on_real_text(lang):
    latin, cjk = words_of(lang)
    text = benchmark_text()
    folded = fold_same_length(text)
    got = LatinMatcher(latin, 4, 3).spans(folded)
    assert got == spans(latin_reference_pattern(latin, 4, 3), folded) and got
    if cjk:
        assert CjkMatcher(cjk).spans(text) == spans(cjk_reference_pattern(cjk), text)


LATIN_WORDS = ["rate", "rates", "interest rate", "gdp", "of gdp", "job", "co2", "vs.", "r&d",
               "high-speed", "speed", "export", "l'or", "+", "cost of sales", "cost"]
PIECES = LATIN_WORDS + ["x", "s", "ss", "é", "1", "ab", "interest", "exported", "rated"]
SEPARATORS = [" ", "  ", "\n", "-", ",", "", "s ", "1", "'", "\u00a0", "\u0301"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=40),
       st.integers(0, 5), st.integers(0, 5))
def test_same_matches_as_the_regex_on_generated_text(parts, cut_start, cut_end):
    text = "".join(a + b for a, b in parts)
    matcher = LatinMatcher(LATIN_WORDS, 4, 3)
    reference = latin_reference_pattern(LATIN_WORDS, 4, 3)
    assert matcher.spans(text) == spans(reference, text)
    # a window of the text, as the scanner searches one sentence
    start, end = min(cut_start, len(text)), max(min(len(text) - cut_end, len(text)), 0)
    if start <= end:
        assert matcher.spans(text[start:end]) == spans(reference, text[start:end])


CJK_WORDS = ["工人", "人", "人口", "投资", "投资额", "社会消费品零售总额", "零售额", "增长", "同比增长"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="工人口投资额社会消费品零售总增长同比A1，", max_size=60),
       st.integers(0, 10))
def test_cjk_same_matches_as_the_regex(text, start):
    matcher = CjkMatcher(CJK_WORDS)
    reference = cjk_reference_pattern(CJK_WORDS)
    assert matcher.spans(text) == spans(reference, text)
    start = min(start, len(text))
    assert matcher.spans(text, start) == [(m.start(), m.end())
                                          for m in reference.finditer(text, start)]


def walk_every_position(matcher: LatinMatcher, text: str) -> list[tuple[int, int]]:
    """What LatinMatcher.spans finds, without its candidate pattern: the trie is walked at
    every position that is not inside a word."""
    out, i = [], 0
    while i < len(text):
        if i and unicodedata.category(text[i - 1])[0] in "LMN" and not is_cjk_word(text[i - 1]):
            i += 1
            continue
        for j, word in sorted(matcher._ends(text, i, len(text)), key=lambda e: -len(e[1])):
            k = matcher._finish(text, j, word, len(text))
            if k is not None:
                out.append((i, k))
                i = max(k, i + 1)
                break
        else:
            i += 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES + ["inte", "co", "cost o", "l'", "r&", "of"]),
                          st.sampled_from(SEPARATORS)), max_size=40))
def test_candidate_pattern_skips_no_match(parts):
    # the candidate pattern (the words' first four characters) is a shortcut: walking the
    # trie everywhere finds the same words
    text = "".join(a + b for a, b in parts)
    matcher = LatinMatcher(LATIN_WORDS, 4, 3)
    assert matcher.spans(text) == walk_every_position(matcher, text)


@pytest.mark.parametrize("lang", ("en", "fr", "de"))
def test_candidate_pattern_on_real_text(lang):
    latin, _ = words_of(lang)
    matcher = LatinMatcher(latin, 4, 3)
    text = fold_same_length(benchmark_text()[:60_000])
    got = matcher.spans(text)
    assert got and got == walk_every_position(matcher, text)


def test_candidate_pattern_takes_a_run_of_white_space_inside_a_word():
    matcher = LatinMatcher(LATIN_WORDS, 4, 3)
    text = "share of  gdp, of\n\tgdp and cost of\u00a0 sales"
    assert matcher.spans(text) == walk_every_position(matcher, text)
    assert [text[s:e] for s, e in matcher.spans(text)] == ["of  gdp", "of\n\tgdp", "cost of\u00a0 sales"]


def fold_one_by_one(text: str) -> str:
    from claimcheck.extraction.cues import _fold_char
    return "".join(_fold_char(ch) for ch in text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé ÉñÑçÇœŒßİIıΣσςΑΒ文字Ａ１ǅǄ\u0301\u00a0-'’1.,"), max_size=40))
def test_fold_keeps_every_offset_and_folds_each_character_alone(text):
    # the fast paths (ASCII; lower case, then the non-ASCII runs) give what folding each
    # character alone gives, including İ (whose lower case is longer) and a final sigma
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert folded == fold_one_by_one(text)


def test_fold_on_real_text():
    text = benchmark_text()
    assert fold_same_length(text) == fold_one_by_one(text)
    assert fold_same_length("Inversión ÉTÉ ΟΔΟΣ İstanbul") == "inversion ete οδοσ İstanbul"


@settings(max_examples=300, deadline=None)
def word_candidates(matcher: LatinMatcher, text: str) -> list[int]:
    """The starts the matcher walks its trie at in a whole text (see LatinMatcher.spans)."""
    return [p for p in (m.start() for m in matcher._word_starts.finditer(text))
            if not (p and text[p - 1] >= "\x80" and _WORD_CHAR.match(text, p - 1))]


def assert_candidates_hold_the_words(matcher: LatinMatcher, text: str) -> None:
    # the candidates are places the word-start regex (the reference's boundary, first
    # letters) takes, and they hold every place where a word's body stands
    # (a candidate the regex does not take, after a separator such as \x1c that only the
    # standard \s reads as white space, is walked in vain: it must hold no word)
    regex_starts = [m.start() for m in matcher._start_pattern().finditer(text, overlapped=True)]
    got = word_candidates(matcher, text)
    assert not [p for p in set(got) - set(regex_starts) if matcher._ends(text, p, len(text))]
    assert [p for p in regex_starts if matcher._ends(text, p, len(text))] == \
        [p for p in got if matcher._ends(text, p, len(text))]


@given(st.lists(st.tuples(st.sampled_from(PIECES + ["of", "cost o", "r&", "é", "ées", "中"]),
                          st.sampled_from([" ", "  ", "\n", "\t", "\x0b", "\x1c", "\x1f", "-",
                                           ",", "", "1", "'", "\u00a0", "\u0301"])), max_size=40))
@example([("of", "\x1c"), ("gdp", " ")])
def test_word_candidates_hold_every_word_start(parts):
    # \x1c-\x1f are no white space for regex's \s (nor for the reference), though they
    # are for the standard \s the candidates are found with; a mark or a non-ASCII
    # letter before a word is tested apart
    text = "".join(a + b for a, b in parts)
    matcher = LatinMatcher(LATIN_WORDS, 4, 3)
    assert_candidates_hold_the_words(matcher, text)
    assert matcher.spans(text) == spans(latin_reference_pattern(LATIN_WORDS, 4, 3), text)


@pytest.mark.parametrize("lang", ("en", "fr", "es"))
def test_word_candidates_on_real_text(lang):
    latin, _ = words_of(lang)
    matcher = LatinMatcher(latin, 4, 3)
    text = fold_same_length(benchmark_text())
    assert_candidates_hold_the_words(matcher, text)
    ascii_text = text.encode("ascii", "replace").decode()
    assert_candidates_hold_the_words(matcher, ascii_text)

"""Stage 2, extraction: one document's text in; its :class:`~claimcheck.records.Claim`\\ s out.

Every number in the text becomes a claim with an exact value, a unit, an interval, a
qualifier and the words that say what it is about; identifiers, dates and contact data are
masked first. The engine names no language: everything language-specific is data, one
file per language in ``lang/`` (documented in ``lang/README.md``), loaded and validated by
:mod:`.language`. The concept lexicon (``rules/lexicon.yaml``, :mod:`.lexicon`) says what
a number is about in every language.

Public API (what the benchmarks, the fuzz targets and the later stages use):

- :func:`extract` and :func:`extract_with_numerals` (each claim with its reading as written);
- :func:`detect_language`, :func:`get_language`, :func:`available_languages`,
  :class:`LanguageError`;
- :func:`conversion`, :func:`round_si`, :class:`UnitError` (the one pint registry);
- :func:`default_lexicon`, :class:`Lexicon`.

Inside: :mod:`.engine` (the pipeline), :mod:`.masks` and :mod:`.dates` (what is not a
claim), :mod:`.atoms`, :mod:`.numerals`, :mod:`.wordtokens`, :mod:`.wordnum` and
:mod:`.cjknum` (numbers in digits, words and CJK numerals), :mod:`.attach` (currency,
unit, qualifier around a number), :mod:`.number_patterns`, :mod:`.attach_patterns` and
:mod:`.rx` (regexes built from the language data), :mod:`.intervals`, :mod:`.units`,
:mod:`.sentences`, :mod:`.subjects`, :mod:`.detect`.
"""
from __future__ import annotations

from .detect import detect_language
from .engine import Reading, extract, extract_with_numerals
from .language import Language, LanguageError, available_languages, get_language
from .lexicon import Lexicon, LexiconError, default_lexicon
from .units import UnitError, conversion, round_si

__all__ = ["extract", "extract_with_numerals", "Reading", "detect_language", "Language",
           "LanguageError", "available_languages", "get_language", "Lexicon", "LexiconError",
           "default_lexicon", "UnitError", "conversion", "round_si"]

"""A deterministic mixed-language news corpus for the speed benchmarks.

The corpus is made from the shared documents beside the project (``shared/seeds/*.txt``
and ``shared/bundles/*/*.txt``). They are only ~17 kB together, so they are repeated
in rounds until the corpus reaches ``min_bytes`` of UTF-8. Each round shuffles the
document order and rewrites some of the ASCII digit runs with other digits of the same
length, all from a fixed seed, so that the corpus is the same on every machine and run
but is not one string repeated (a cache keyed on the text would not help).

Run ``python bench/corpus.py`` to print its size by language.
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20240611
SHARED = Path(__file__).resolve().parents[2] / "shared"

# The seed files are named by number; their languages are stated in seeds/expected.yaml.
SEED_LANGS = {"000": "fr", "001": "es", "002": "en", "003": "zh", "004": "fr"}
# Fraction of digit runs rewritten in each repeated copy.
NUMBER_CHANGE_RATE = 0.5

_DIGITS = re.compile(r"[0-9]+")


def shared_dir() -> Path:
    """The ``shared`` folder beside the project root (may not exist)."""
    return SHARED


def source_documents(shared: Path | None = None) -> list[tuple[str, str, str]]:
    """The source documents as (name, lang, text), in a fixed order.

    Raises FileNotFoundError when the shared folder or its documents are missing."""
    root = shared or SHARED
    docs: list[tuple[str, str, str]] = []
    for path in sorted((root / "seeds").glob("*.txt")):
        lang = SEED_LANGS.get(path.name[:3])
        if lang is None:
            continue  # a seed added later without a known language is left out
        docs.append((f"seeds/{path.name}", lang, path.read_text(encoding="utf-8")))
    for path in sorted((root / "bundles").glob("*/*.txt")):
        # bundle files are named by language: en.txt, fr.txt, ...
        docs.append((f"bundles/{path.parent.name}/{path.name}", path.stem,
                     path.read_text(encoding="utf-8")))
    if not docs:
        raise FileNotFoundError(f"no documents under {root}/seeds or {root}/bundles")
    return docs


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Rewrite about half of the digit runs with random digits of the same length.

    Keeping the length keeps the layout of grouped numbers ("21.75", "700 000",
    "2020-11-19") and so the kind of work an extractor does on them."""
    def repl(m: re.Match[str]) -> str:
        run = m.group(0)
        if rng.random() >= NUMBER_CHANGE_RATE:
            return run
        first = rng.choice("123456789") if run[0] != "0" else "0"
        return first + "".join(rng.choice("0123456789") for _ in range(len(run) - 1))
    return _DIGITS.sub(repl, text)


def build_corpus(min_bytes: int = 5_000_000, seed: int = SEED,
                 shared: Path | None = None) -> list[tuple[str, str]]:
    """Documents as (lang, text), at least ``min_bytes`` of UTF-8 in total.

    Round 0 holds the documents unchanged, in their file order; later rounds are
    shuffled and have their numbers varied. The result depends only on ``seed`` and
    the shared documents."""
    sources = source_documents(shared)
    rng = random.Random(seed)
    corpus: list[tuple[str, str]] = []
    total = 0
    rnd = 0
    while total < min_bytes:
        order = list(sources)
        if rnd:
            rng.shuffle(order)
        for _name, lang, text in order:
            if rnd:
                text = _vary_numbers(text, rng)
            corpus.append((lang, text))
            total += len(text.encode("utf-8"))
            if total >= min_bytes:
                break
        rnd += 1
    return corpus


def take_bytes(corpus: list[tuple[str, str]], max_bytes: int) -> list[tuple[str, str]]:
    """The leading whole documents of ``corpus`` up to ``max_bytes`` of UTF-8
    (at least one document)."""
    out: list[tuple[str, str]] = []
    total = 0
    for lang, text in corpus:
        size = len(text.encode("utf-8"))
        if out and total + size > max_bytes:
            break
        out.append((lang, text))
        total += size
    return out


def corpus_size(corpus: list[tuple[str, str]]) -> tuple[int, int]:
    """(UTF-8 bytes, characters) of a corpus."""
    return (sum(len(t.encode("utf-8")) for _, t in corpus), sum(len(t) for _, t in corpus))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    min_bytes = int(argv[0]) if argv else 5_000_000
    corpus = build_corpus(min_bytes)
    by_lang: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for lang, text in corpus:
        by_lang[lang] += len(text.encode("utf-8"))
        docs[lang] += 1
    nbytes, nchars = corpus_size(corpus)
    print(f"corpus: {len(corpus)} documents, {nbytes:,} bytes, {nchars:,} chars")
    for lang in sorted(by_lang):
        print(f"  {lang}: {docs[lang]:5d} documents {by_lang[lang]:>12,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Atheris fuzz target: claim extraction on arbitrary text and arbitrary bytes.

Each input is one header byte followed by a payload. The header picks the mode:

* text: the payload as UTF-8 text (invalid bytes replaced), straight to the extractor;
* bytes: the payload as a file's raw bytes, through ``decode_bytes`` first;
* html: raw bytes of an HTML page, through ``decode_bytes`` and ``html_to_text``;

and the language: one of the installed languages, or detection. (One language per input
rather than all of them keeps the executions per second up; the mutator flips the header
byte, so every language sees every input shape.) What must hold (anything else is a crash
that atheris saves as ``crash-<sha1>``):

* no exception, except ``DecodeError`` from the decoder, the one it documents;
* every claim slices back: ``text[c.start:c.end] == c.text``, and its sentence likewise;
* claims come in text order, ``low <= high``, and ``low <= value <= high`` for exact and
  "about" claims; kind and qualifier come from the closed sets of ``claimcheck.records``;
* one extraction takes at most ``--budget`` seconds of CPU (default 2; interrupted at five
  times that): a slower input is saved as a crash too, since extraction must stay linear
  in input size.

Usage (see fuzz/README.md)::

    python fuzz/fuzz_extract.py [--corpus DIR] [--budget S] [libFuzzer flags ...]

The seed corpus is written into ``--corpus`` (default: a folder in the system temp dir)
from ../shared/seeds when present, else from small inline samples; nothing is committed.
"""
from __future__ import annotations

import argparse
import functools
import os
import signal
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
MODES = ("text", "bytes", "html")
BUDGET = 2.0

# Used when ../shared is absent: short sentences that reach the main code paths.
INLINE_SAMPLES = (
    "The investment totals RMB 21.75 billion, with 28 cooperation agreements and nine proposals.",
    "Le montant atteint 21,75 milliards de yuans sur 36,9 km2, soit plus de 15 projets.",
    "Se firmaron 28 acuerdos por 21.750 millones de RMB; entre 3 y 5 por ciento más.",
    "15个项目集中签约，总投资逾200亿元，其中204.5亿元，面积约三十六点九平方公里。",
    "About $1,200,000 (1.2 million) in 2020-2024; 45% of 3.5 km; under 7 tonnes; 1e5.",
    "二〇二〇年十一月二十日，十二万三千人；第三季度增长百分之六点五。",
)


class SlowInput(AssertionError):
    """One extraction took longer than the budget."""


@functools.cache
def _engine():
    """The functions under test, imported on first use so that ``main`` can import them
    under atheris' coverage instrumentation."""
    from claimcheck import extract
    from claimcheck.extraction import available_languages
    from claimcheck.ingest import DecodeError, decode_bytes, html_to_text

    return extract, DecodeError, decode_bytes, html_to_text, available_languages()


def claim_problems(text: str, claims) -> list[str]:
    """Every broken invariant of ``claims`` extracted from ``text``, as short messages."""
    from claimcheck.records import KINDS, QUALIFIERS

    problems = []
    previous = -1
    for c in claims:
        name = f"claim {c.text!r} at {c.start}:{c.end}"
        if not 0 <= c.start < c.end <= len(text) or text[c.start:c.end] != c.text:
            problems.append(f"{name}: offsets slice to {text[c.start:c.end]!r}")
        end = c.sentence_start + len(c.sentence)
        if text[c.sentence_start:end] != c.sentence:
            problems.append(f"{name}: sentence does not slice back at {c.sentence_start}")
        if c.start < previous:
            problems.append(f"{name}: out of text order (previous claim at {previous})")
        previous = c.start
        if c.kind not in KINDS or c.qualifier not in QUALIFIERS:
            problems.append(f"{name}: kind {c.kind!r} / qualifier {c.qualifier!r} unknown")
        if not all(isinstance(v, Decimal) for v in (c.value, c.low, c.high)):
            problems.append(f"{name}: value, low and high must be Decimals")
        elif c.value.is_nan() or c.low.is_nan() or c.high.is_nan() or not c.low <= c.high:
            problems.append(f"{name}: bad interval [{c.low}, {c.high}]")
        elif c.qualifier in ("exact", "about") and not c.low <= c.value <= c.high:
            problems.append(f"{name}: value {c.value} outside [{c.low}, {c.high}]")
    return problems


def decode_input(data: bytes) -> tuple[str | None, str | None]:
    """(text, language code or None for detection) that one fuzz input stands for.

    The header byte picks the mode (``h % 3``) and the language (``h // 3``, modulo the
    installed languages plus one slot for detection). The text is None when the decoder
    rightly refuses the bytes."""
    _, DecodeError, decode_bytes, html_to_text, languages = _engine()
    if not data:
        return None, None
    mode = MODES[data[0] % len(MODES)]
    choice = data[0] // len(MODES) % (len(languages) + 1)
    lang = languages[choice] if choice < len(languages) else None
    payload = data[1:]
    if mode == "text":
        return payload.decode("utf-8", "replace"), lang
    try:
        text, _encoding = decode_bytes(payload, "fuzz-input", None)
    except DecodeError:
        return None, lang
    return (html_to_text(text) if mode == "html" else text), lang


def header(mode: str, lang: str | None) -> bytes:
    """The header byte that selects ``mode`` and ``lang`` (None: detection)."""
    languages = _engine()[4]
    choice = languages.index(lang) if lang else len(languages)
    return bytes([choice * len(MODES) + MODES.index(mode)])


def within_budget(budget: float, what: str, func, *args, expected=()):
    """``func(*args)``, raising SlowInput when it took more than ``budget`` seconds of CPU.

    CPU time rather than wall time, so that a busy machine does not make an input look
    slow. A run past five times the budget (5 s at least) is interrupted (SIGPROF timer,
    main thread only): one pathological input must not stall a bounded run. An exception
    of the ``expected`` types counts as a result (a slow one is still slow); any other
    exception propagates as it is: the crash matters more than the time it took."""
    hard = max(budget * 5, 5.0)

    def stop(_signum, _frame):
        raise SlowInput(f"{what}: stopped after {hard:.1f} s of CPU (budget {budget} s)")

    timer = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if timer:
        previous = signal.signal(signal.SIGPROF, stop)
        signal.setitimer(signal.ITIMER_PROF, hard)
    result = error = None
    started = time.process_time()
    try:
        result = func(*args)
    except expected as exc:
        error = exc
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
    elapsed = time.process_time() - started
    if elapsed > budget:
        raise SlowInput(f"{what}: {elapsed:.2f} s of CPU (budget {budget} s)") from error
    if error is not None:
        raise error
    return result


def check_text(text: str, lang: str | None, budget: float = BUDGET) -> None:
    """Extract ``text`` once; raise SlowInput or AssertionError on a broken invariant."""
    extract = _engine()[0]
    claims = within_budget(budget, f"lang={lang}, {len(text)} characters",
                           lambda: extract(text, lang=lang, doc="fuzz"))
    problems = claim_problems(text, claims)
    if problems:
        raise AssertionError(f"lang={lang}: " + "; ".join(problems[:5]))


def check_input(data: bytes, budget: float = BUDGET) -> None:
    """Run one fuzz input through the decoder and the extractor (see the module doc)."""
    text, lang = decode_input(data)
    if text is not None:
        check_text(text, lang, budget)


def _chunks(text: str, size: int = 1500) -> list[str]:
    """Paragraph groups of at most about ``size`` characters (seeds must stay small)."""
    out, current = [], ""
    for para in text.split("\n"):
        if current and len(current) + len(para) > size:
            out.append(current)
            current = ""
        current = f"{current}\n{para}" if current else para[:size]
    if current.strip():
        out.append(current)
    return out


def seed_inputs() -> list[bytes]:
    """Seed corpus entries (header byte + payload) from the shared seeds or inline samples."""
    from claimcheck.extraction import detect_language as detect

    texts = [p.read_text(encoding="utf-8") for p in sorted(SHARED_SEEDS.glob("*.txt"))] \
        if SHARED_SEEDS.is_dir() else []
    samples = [c for t in texts for c in _chunks(t)] or list(INLINE_SAMPLES)
    seeds = []
    for i, sample in enumerate(samples):
        lang = detect(sample)
        seeds.append(header("text", lang) + sample.encode("utf-8"))
        seeds.append(header("text", None) + sample.encode("utf-8"))
        # the legacy and UTF-16 paths of the decoder, on real prose
        legacy = "gb18030" if lang == "zh" else "cp1252"
        seeds.append(header("bytes", lang) + sample.encode(legacy, "replace"))
        if i % 3 == 0:
            seeds.append(header("bytes", None) + sample.encode("utf-16"))
            page = (f"<html><head><script>var n = 123456;</script></head><body>"
                    f"<nav>Home | 2024 | Page 3</nav><article><p>{sample}</p></article>"
                    f"<footer>(c) 2024</footer></body></html>")
            seeds.append(header("html", lang) + page.encode("utf-8"))
    return seeds


def write_corpus(folder: Path, seeds: list[bytes]) -> Path:
    """Write ``seeds`` into ``folder`` (created; existing entries are kept)."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    for data in seeds:
        (folder / f"seed-{hashlib.sha1(data).hexdigest()[:16]}").write_bytes(data)
    return folder


def _tokens(node, out: set[str]) -> None:
    """Short words and marks of a language file (keys and values): units, scale words,
    currencies, qualifiers. Regex fragments are left out."""
    items = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else ()
    for key, value in items:
        for item in (key, value):
            if isinstance(item, str) and 0 < len(item) <= 16 \
                    and not any(ch in item for ch in "\\[](){}|^$?*+"):
                out.add(item)
        _tokens(value, out)


def dictionary_tokens() -> list[str]:
    """libFuzzer dictionary entries: every installed language's short tokens."""
    from claimcheck.extraction import get_language

    found: set[str] = set()
    for code in _engine()[4]:
        _tokens(get_language(code).raw, found)
    return sorted(found)


def write_dictionary(path: Path, tokens: list[str]) -> Path:
    """A libFuzzer ``-dict`` file: one quoted entry per line, bytes escaped as \\xNN."""
    lines = []
    for token in tokens:
        raw = token.encode("utf-8")
        escaped = "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02x}"
                          for b in raw)
        lines.append(f'"{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def libfuzzer_argv(rest: list[str], corpus: Path, tokens: list[str]) -> list[str]:
    """argv for ``atheris.Setup``: the user's flags, a dictionary unless one was given,
    and the corpus folder, unless the user named inputs (crash files to replay)."""
    if not any(arg.startswith("-dict=") for arg in rest):
        rest = [*rest, f"-dict={write_dictionary(corpus.with_suffix('.dict'), tokens)}"]
    named = [arg for arg in rest if not arg.startswith("-")]
    return [sys.argv[0], *rest] if named else [sys.argv[0], *rest, str(corpus)]


def split_args(argv: list[str], target: str) -> tuple[argparse.Namespace, list[str]]:
    """Our own options, and the rest for libFuzzer (flags and corpus folders)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", type=Path,
                        default=Path(tempfile.gettempdir()) / f"claimcheck-fuzz-{target}")
    parser.add_argument("--budget", type=float, default=BUDGET)
    # also from the environment: libFuzzer's -minimize_crash re-runs the script with its
    # own flags only
    parser.add_argument("--strict", action="store_true",
                        default=os.environ.get("CLAIMCHECK_FUZZ_STRICT") == "1",
                        help="fail on known, already reported bugs too (fuzz_rules)")
    return parser.parse_known_args(argv)


def run_target(argv: list[str] | None, target: str, seed_inputs, check, tokens,
               warm: int | None = None, warm_budget: float = 60.0, prepare=None) -> None:
    """The libFuzzer loop every target shares. ``check(data, budget, args)`` runs one input.
    Every seed (or the first ``warm``) runs once inside the instrumentation block first:
    claimcheck imports its heavy modules lazily, so this is where they are imported (and so
    instrumented), and where language data and regexes compile, outside the per-input budget.
    ``prepare(args)`` runs first, inside the block, for a target that derives state from
    its options or imports a lazy module."""
    import atheris

    ours, rest = split_args(sys.argv[1:] if argv is None else argv, target)
    with atheris.instrument_imports(include=["claimcheck"]):
        if prepare is not None:
            prepare(ours)
        seeds = seed_inputs()
        for data in seeds[:warm]:
            check(data, warm_budget, ours)
    corpus = write_corpus(ours.corpus, seeds)
    atheris.Setup(libfuzzer_argv(rest, corpus, tokens() if callable(tokens) else tokens),
                  lambda data: check(data, ours.budget, ours))
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> None:
    run_target(argv, "extract", seed_inputs, lambda data, budget, _: check_input(data, budget),
               dictionary_tokens, warm=12)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Atheris fuzz target: rule files, through the public loader ``load_rule_packs``.

Each input is the whole content of a rule file: it is written to a temporary ``.yaml``
file and loaded. An input whose first byte is 0x01 (which no YAML file starts with) is
instead read as choices that build a rule-shaped document (check types, their own keys,
selectors, odd numbers and strings), dumped as YAML and loaded the same way: byte
mutations of YAML text rarely get past the parser, this mode reaches the validators of
every check type. What must hold (anything else is a crash that atheris saves as
``crash-<sha1>``):

* the file loads, or ``RuleError`` is raised (the ``path:line:col: message`` the command
  line prints); no other exception may escape, since the CLI turns only RuleError into a
  clean "exit 2, no traceback";
* each line of a RuleError message (one per bad rule) starts with ``path:line:col:``;
* one load takes at most ``--budget`` seconds of CPU (default 2; interrupted at five times
  that): a rule file is small, so a slow one is an algorithmic problem (for example YAML
  aliases expanded on every walk of the node tree).

Open bugs already reported (``KNOWN_BUGS``) are stepped over and announced once, so a
bounded run keeps looking for new ones; ``--strict`` makes them crashes again.

Usage (see fuzz/README.md)::

    python fuzz/fuzz_rules.py [--corpus DIR] [--budget S] [--strict] [libFuzzer flags ...]

The seed corpus (written into ``--corpus``, default a folder in the system temp dir)
comes from the project's own ``rules/`` packs plus small inline files, valid and broken.
"""
from __future__ import annotations

import datetime
import functools
import os
import random
import re
import sys
import tempfile
from pathlib import Path

from fuzz_extract import SlowInput, run_target, within_budget

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 2.0
_WHERE = re.compile(r".+:\d+:\d+: \S")

# Small rule files that reach each validation branch; used with the project's packs.
INLINE_SEEDS = (
    "rules:\n  - id: a\n    check: agree\n    severity: error\n    message: \"{label}\"\n",
    "rules:\n  - id: s\n    check: sum\n    severity: warning\n    message: \"{status}\"\n"
    "    parts: [{concept: investment}]\n    total: {text: \"204.5亿元\", lang: zh}\n"
    "    tolerance: {abs: 1e8, rel: 2%}\n",
    "rules:\n  - id: b\n    check: bound\n    severity: info\n    message: m\n"
    "    a: {kind: money, nth: 2}\n    max: 1.5e9\n    strict: true\n",
    "rules:\n  - id: c\n    check: convert\n    severity: error\n    message: m\n"
    "    rates: {date: 2020-11-20, USD/CNY: 6.58}\n",
    "rules:\n  - {id: d, check: count_matches_list, severity: error, message: m, count: nine}\n",
    "rules: [{id: e, check: nope, severity: error, message: m}]\n",
    "rules:\n  - id: f\n    check: agree\n    severity: error\n    message: m\n"
    "    concept: no-such-concept\n",
    "rules:\n  - {id: g, check: agree, severity: error, message: m}\n"
    "  - {id: g, check: agree, severity: error, message: m}\n",
    "rules:\n  - id: h\n    check: agree\n  severity: [\n",
    "rules:\n  - id: i\n    check: agree\n    severity: error\n    message: \"{nope} {{x}}\"\n",
    "version: 1\ndescription: x\nrules: []\n",
)


class BadMessage(AssertionError):
    """A RuleError that is not one ``path:line:col: message`` line."""


# Open bugs in files owned by others, each tracked by an xfail(strict=True) case in
# tests/test_fuzz.py. Bounded runs step over them so they can look for new problems
# (``--strict`` fails on them too). Delete an entry when its fix lands.
KNOWN_BUGS: dict[str, str] = {}
_reported: set[str] = set()


def _raised_in(exc: BaseException, function: str) -> bool:
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name == function:
            return True
        tb = tb.tb_next
    return False


def _uses_aliases(data: bytes) -> bool:
    """Whether the YAML text holds an alias (``*name``); scanning is linear."""
    import yaml

    try:
        return any(isinstance(token, yaml.AliasToken)
                   for token in yaml.scan(data.decode("utf-8"), Loader=yaml.SafeLoader))
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return False


def known_bug(exc: BaseException, data: bytes) -> str | None:
    """The KNOWN_BUGS entry that ``exc`` (raised for ``data``) is an instance of, if any."""
    if isinstance(exc, ValueError) and _raised_in(exc, "construct_yaml_timestamp"):
        name = "yaml-bad-date"
    elif isinstance(exc, BadMessage) and '"<unicode string>", position' in str(exc):
        name = "reader-error-message"
    elif isinstance(exc, ArithmeticError) and _raised_in(exc, "parse_decimal"):
        name = "decimal-overflow"
    elif isinstance(exc, SlowInput) and _uses_aliases(data):
        name = "alias-fan-out"
    else:
        return None
    return name if name in KNOWN_BUGS else None


@functools.cache
def _loader():
    """``load_rule_packs`` and ``RuleError``, imported on first use (under instrumentation
    when ``main`` runs)."""
    from claimcheck.checks import RuleError, load_rule_packs

    return load_rule_packs, RuleError


def check_rule_bytes(data: bytes, budget: float = BUDGET, path: Path | None = None) -> None:
    """Load ``data`` as a rule file; raise unless it loads or fails with a clean RuleError."""
    load_rule_packs, RuleError = _loader()
    # libFuzzer ends the process with C exit(), skipping Python's atexit: remove the file
    # after every input so that nothing is left behind.
    target = path or Path(tempfile.gettempdir()) / f"claimcheck-fuzz-rules-{os.getpid()}.yaml"
    target.write_bytes(data)
    try:
        within_budget(budget, f"loading {len(data)} bytes", load_rule_packs, [str(target)],
                      expected=RuleError)
    except RuleError as exc:
        # one path:line:col: line per problem (a load reports every bad rule at once)
        lines = getattr(exc, "messages", None) or [str(exc)]
        if not lines or any(not _WHERE.match(m) or "\n" in m.strip() for m in lines) \
                or str(exc) != "\n".join(lines):
            raise BadMessage(f"RuleError is not path:line:col: lines: {str(exc)!r}") from None
    finally:
        target.unlink(missing_ok=True)


STRUCTURED = 0x01
# Edge cases the structured mode picks from, by parameter type: numbers at Decimal's and
# float's limits, percent strings, impossible dates, globs, placeholders.
NUMBERS = (0, 1, -1, 12, 0.5, 2**64, 1e308, float("nan"), float("inf"), "1e999999999",
           "1e-999999999", "2%", "-5%", "nan%", "1_000", "0x10", "12.5", "5 %", "1e8")
STRINGS = ("", " ", "亿", "204.5亿元", "个项目", "*", "[", "003_*", "CNY", "m**2", "zh", "xx",
           "、", "{label}")
DATES = (datetime.date(2020, 11, 20), "2020-11-20", "2020-02-30", "2020-31-20", "20201120",
         "9999-12-31")
ODD_VALUES = NUMBERS + STRINGS + DATES + ("USD/CNY", "{nope}", "{{", True, None)


def _value(fdp, vocab: list, depth: int = 0):
    """Any YAML value chosen by the fuzzer: scalar, odd value, list or mapping."""
    kind = fdp.ConsumeIntInRange(0, 7 if depth < 2 else 4)
    if kind == 0:
        return fdp.ConsumeInt(4)
    if kind == 1:
        return fdp.ConsumeRegularFloat() if fdp.ConsumeBool() else fdp.ConsumeFloat()
    if kind == 2:
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 24))
    if kind in (3, 4):
        return fdp.PickValueInList(list(ODD_VALUES) + vocab)
    if kind == 5:
        return [_value(fdp, vocab, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 4))]
    return {fdp.PickValueInList(vocab): _value(fdp, vocab, depth + 1)
            for _ in range(fdp.ConsumeIntInRange(0, 4))}


def _selector(fdp, concepts: list):
    """A claim selector, mostly well formed: a literal text, or a mapping of its keys."""
    from claimcheck.checks import SELECTOR_KEYS
    from claimcheck.records import KINDS

    if fdp.ConsumeIntInRange(0, 3) == 0:
        return fdp.PickValueInList(list(STRINGS))
    out = {}
    for _ in range(fdp.ConsumeIntInRange(1, 3)):
        key = fdp.PickValueInList(list(SELECTOR_KEYS))
        choices = {"concept": [*concepts, "unicorns"], "kind": [*KINDS, "weight"],
                   "nth": [n for n in NUMBERS if isinstance(n, int)]}.get(key, STRINGS)
        out[key] = fdp.PickValueInList(list(choices))
    return out


def _typed_value(fdp, param, concepts: list):
    """A value of roughly the type ``param`` expects, so that parsing gets past the first
    key and reaches the edge cases of every parameter type."""
    kind = param.type
    if kind in ("decimal", "fraction"):
        return fdp.PickValueInList(list(NUMBERS))
    if kind == "tolerance":
        keys = [k for k in ("abs", "rel") if fdp.ConsumeBool()]
        return {k: fdp.PickValueInList(list(NUMBERS)) for k in keys} or \
            fdp.PickValueInList(list(NUMBERS))
    if kind == "selector":
        return _selector(fdp, concepts)
    if kind == "parts":
        return [_selector(fdp, concepts) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    if kind == "rates":
        pairs = ["USD/CNY", "EUR/CNY", "CNY/CNY", "usd/cny", "date"]
        return {"date": fdp.PickValueInList(list(DATES)),
                **{fdp.PickValueInList(pairs): fdp.PickValueInList(list(NUMBERS))
                   for _ in range(fdp.ConsumeIntInRange(0, 2))}}
    options = {"choice": [*param.choices, "other"], "concept": [*concepts, "unicorns"],
               "boolean": [True, False, "yes", 1], "date": list(DATES),
               "string": list(STRINGS)}
    if kind == "strings":
        return [fdp.PickValueInList(list(STRINGS)) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    return fdp.PickValueInList(options.get(kind, list(ODD_VALUES)))


def _rule(fdp, concepts: list) -> dict:
    """One rule: common keys mostly valid, then some of its check's keys."""
    from claimcheck.checks import CHECK_TYPES, Param, check_module
    from claimcheck.records import SEVERITIES

    check = fdp.PickValueInList([*CHECK_TYPES, "tally"])
    params = check_module(check).PARAMS if check in CHECK_TYPES else {}
    rule = {"id": fdp.PickValueInList(["r", "r", "r-2", "r.3", "x y", ""]), "check": check,
            "severity": fdp.PickValueInList([*SEVERITIES, "fatal"]),
            "message": fdp.PickValueInList(["{label}: {explanation}", "m", "{status}",
                                            "{nope}", "{{", 5])}
    vocab = ["abs", "rel", "date", *concepts[:5]]
    for _ in range(fdp.ConsumeIntInRange(0, 6)):
        key = fdp.PickValueInList([*params, *params, "description", "colour"])
        param = params.get(key) or (Param("string") if key == "description" else None)
        typed = param is not None and fdp.ConsumeIntInRange(0, 3) > 0
        rule[key] = _typed_value(fdp, param, concepts) if typed else _value(fdp, vocab)
    if fdp.ConsumeIntInRange(0, 7) == 0:
        del rule[fdp.PickValueInList(list(rule))]
    return rule


def structured_rule_file(data: bytes) -> bytes:
    """A rule file built from the choices in ``data`` (see the module doc), as YAML."""
    import atheris
    import yaml

    fdp = atheris.FuzzedDataProvider(data)
    concepts = sorted(_concepts())[:30]
    if fdp.ConsumeIntInRange(0, 9) == 9:  # now and then, not a rule file at all
        document = _value(fdp, ["rules", "version", "description", "colour"])
    else:
        document = {"rules": [_rule(fdp, concepts) for _ in range(fdp.ConsumeIntInRange(1, 3))]}
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8")


@functools.cache
def _concepts() -> frozenset[str]:
    from claimcheck.checks import known_concepts

    return known_concepts() or frozenset()


def fuzz_one(data: bytes, budget: float = BUDGET, strict: bool = False) -> None:
    """The fuzz entry point: :func:`check_rule_bytes` on the input (or, after a 0x01 byte,
    on the rule file it builds), stepping over known bugs unless ``strict`` (each is
    announced once on stderr)."""
    if data[:1] == bytes([STRUCTURED]):
        data = structured_rule_file(data[1:])
    try:
        check_rule_bytes(data, budget)
    except Exception as exc:  # noqa: BLE001 - classified, re-raised unless known
        name = None if strict else known_bug(exc, data)
        if name is None:
            raise
        if name not in _reported:
            _reported.add(name)
            print(f"fuzz_rules: known bug {name!r} hit, not counted: {KNOWN_BUGS[name]}",
                  file=sys.stderr)


def seed_inputs() -> list[bytes]:
    """The project's rule packs and the inline seeds, as bytes."""
    packs = [p.read_bytes() for p in sorted((ROOT / "rules").rglob("*.yaml"))
             if p.name != "lexicon.yaml"]
    rng = random.Random(6)  # fixed: the same seed corpus every run
    structured = [bytes([STRUCTURED]) + rng.randbytes(256) for _ in range(16)]
    return packs + [s.encode("utf-8") for s in INLINE_SEEDS] + structured


def dictionary_tokens() -> list[str]:
    """libFuzzer dictionary entries: the rule syntax, check types, their keys, severities,
    a few concept ids and placeholders, so mutations keep producing rule-shaped YAML."""
    from claimcheck.checks import (
        CHECK_TYPES,
        COMMON_KEYS,
        SELECTOR_KEYS,
        TOP_KEYS,
        check_module,
        known_concepts,
    )
    from claimcheck.records import KINDS, SEVERITIES

    tokens = {"rules:\n", "\n  - ", "\n    ", ": ", "{", "}", "[", "]", ", ", "&a ", "*a",
              '"', "'", "#", "---", "{label}", "{explanation}", "{{", "}}", "1e9", "2%",
              "abs", "rel", "USD/CNY", "2020-11-20"}
    tokens.update(f"{key}: " for key in (*TOP_KEYS, *COMMON_KEYS, *SELECTOR_KEYS))
    tokens.update((*CHECK_TYPES, *SEVERITIES, *KINDS))
    for check in CHECK_TYPES:
        tokens.update(f"{key}: " for key in check_module(check).PARAMS)
    tokens.update(sorted(known_concepts() or ())[:40])
    tokens.update(v for v in ODD_VALUES if isinstance(v, str) and v)
    return sorted(tokens)


def main(argv: list[str] | None = None) -> None:
    # the check modules and the lexicon are imported lazily: the warm-up run of every seed
    # imports them inside the instrumentation block
    run_target(argv, "rules", seed_inputs,
               lambda data, budget, ours: fuzz_one(data, budget, ours.strict),
               dictionary_tokens)


if __name__ == "__main__":
    main()

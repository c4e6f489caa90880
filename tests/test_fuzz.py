"""The atheris fuzz targets in fuzz/: a bounded run of each, and the crashes they found.

The bounded runs need atheris (CPython on x86_64 Linux; the ``test`` extra installs it
there) and are skipped elsewhere. The oracle and regression tests below call the targets'
own check functions in-process and run everywhere. Every crash the targets found is kept
as a regression case; while a bug is open it is listed in fuzz_rules.KNOWN_BUGS (so the
bounded runs step over it) and its case is ``xfail(strict=True)``.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FUZZ = ROOT / "fuzz"
sys.path.insert(0, str(FUZZ))

import fuzz_corpus  # noqa: E402
import fuzz_decode  # noqa: E402
import fuzz_extract  # noqa: E402
import fuzz_manifest  # noqa: E402
import fuzz_report  # noqa: E402
import fuzz_rules  # noqa: E402

from claimcheck.records import Claim  # noqa: E402

HAVE_ATHERIS = importlib.util.find_spec("atheris") is not None
needs_atheris = pytest.mark.skipif(
    not HAVE_ATHERIS, reason="atheris is not installed (wheels exist only for CPython on "
                             "x86_64 Linux; pip install -e '.[test]' installs it there)")
SECONDS = 12
CI_SEED, CI_RUNS = 1, 1500


@needs_atheris
@pytest.mark.parametrize("target", ["fuzz_extract.py", "fuzz_rules.py", "fuzz_corpus.py",
                                    "fuzz_decode.py", "fuzz_manifest.py", "fuzz_report.py"])
def test_bounded_fuzz_run_finds_no_crash(tmp_path, target):
    artifacts, scratch = tmp_path / "artifacts", tmp_path / "tmp"
    artifacts.mkdir()
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}  # where fuzz_rules writes its rule file
    # in CI a fixed sequence of inputs (a seed and a number of runs), so that a run is
    # repeatable; elsewhere a time budget and a fresh seed explore (fuzz/run-all is the
    # long exploration)
    budget = [f"-seed={CI_SEED}", f"-runs={CI_RUNS}"] if os.environ.get("CI") else \
        [f"-max_total_time={SECONDS}"]
    proc = subprocess.run(
        [sys.executable, str(FUZZ / target), f"--corpus={tmp_path / 'corpus'}", *budget,
         f"-artifact_prefix={artifacts}/", "-timeout=120", "-print_final_stats=1"],
        capture_output=True, text=True, timeout=SECONDS + 240, env=env, cwd=tmp_path)
    log = proc.stderr[-4000:]
    assert proc.returncode == 0, log
    assert list(artifacts.iterdir()) == [], log
    assert "Done " in proc.stderr and "stat::number_of_executed_units" in proc.stderr, log
    executed = int(proc.stderr.split("stat::number_of_executed_units:")[1].split()[0])
    seeds = len(list((tmp_path / "corpus").glob("seed-*")))
    assert seeds >= 5 and executed > seeds, log  # the seeds, then mutations of them
    assert list(scratch.iterdir()) == []
    assert (tmp_path / "corpus.dict").stat().st_size > 0


# --- the ingest and report targets: their seeds pass, and the crashes they found -------

@pytest.mark.parametrize("module, check", [(fuzz_corpus, "load"), (fuzz_decode, "decode_one"),
                                           (fuzz_manifest, "load"), (fuzz_report, "run_one")])
def test_every_ingest_and_report_seed_passes_the_checks(module, check):
    for data in module.seed_inputs():
        getattr(module, check)(data, 60.0)


INGEST_CRASHES = [
    # fuzz_manifest, first 20 s: a glob that matches the project folder itself
    # (r/..//** from the root) was taken for a path outside it by the oracle
    pytest.param(fuzz_manifest, "load", b"\x00documents: ['r/..//**']\n", id="glob-root"),
    # the crash sites of issue 14, as fuzz inputs
    pytest.param(fuzz_corpus, "load", b"\x01" + b'{"id": "a", "text": "1 km", "n": '
                 + b"9" * 5000 + b"}", id="jsonl-huge-int"),
    pytest.param(fuzz_corpus, "load", b"\x00[" + b"[" * 3000 + b"]" * 3000 + b"]",
                 id="json-deep"),
    pytest.param(fuzz_decode, "decode_one", bytes([2 * fuzz_decode.CHARSETS.index("undefined")
                                                   + 1]) + b"caf\xe9 12 km", id="charset-undefined"),
    pytest.param(fuzz_manifest, "load", b"\x00documents: [a]\nlang: " + b"9" * 4301 + b"\n",
                 id="manifest-huge-int"),
    pytest.param(fuzz_report, "run_one", b"123,456,789,012,345,678,901 billion euros\x1e"
                 b"123,456,789,012,345,678,909 billion euros", id="chart-30-digits"),
]


@pytest.mark.parametrize("module, check, data", INGEST_CRASHES)
def test_ingest_and_report_crash_regressions(module, check, data):
    getattr(module, check)(data, 30.0)


# --- the oracles: what the targets accept and what they flag -------------------------

def test_every_extraction_seed_passes_the_checks():
    seeds = fuzz_extract.seed_inputs()
    modes = {fuzz_extract.MODES[s[0] % 3] for s in seeds}
    assert len(seeds) >= 12 and modes == {"text", "bytes", "html"}
    claims = 0
    for data in seeds:
        fuzz_extract.check_input(data, budget=30.0)
        text, lang = fuzz_extract.decode_input(data)
        claims += len(fuzz_extract._engine()[0](text, lang=lang)) if text else 0
    assert claims > 50


def test_header_byte_round_trips_mode_and_language():
    payload = "15个项目，总投资逾200亿元".encode("gb18030")
    text, lang = fuzz_extract.decode_input(fuzz_extract.header("bytes", "zh") + payload)
    assert (text, lang) == ("15个项目，总投资逾200亿元", "zh")
    text, lang = fuzz_extract.decode_input(fuzz_extract.header("text", None) + b"12 km")
    assert (text, lang) == ("12 km", None)
    assert fuzz_extract.decode_input(fuzz_extract.header("bytes", "en") + b"\x00\x01\x02" * 9) \
        == (None, "en")


def _claim(source: str, start: int, end: int, **kw) -> Claim:
    fields = dict(doc="d", lang="en", start=start, end=end, text=source[start:end],
                  value=Decimal(12), unit=None, kind="count", qualifier="exact",
                  low=Decimal(12), high=Decimal(12), sentence=source, sentence_start=0)
    fields.update(kw)
    return Claim(**fields)


def test_claim_oracle_flags_each_broken_invariant():
    text = "We saw 12 ships and 30 boats."
    good = _claim(text, 7, 9)
    assert fuzz_extract.claim_problems(text, [good]) == []
    broken = {
        "offsets slice": _claim(text, 7, 9, text="13"),
        "sentence does not slice": _claim(text, 7, 9, sentence="We saw", sentence_start=3),
        "outside": _claim(text, 7, 9, value=Decimal(13)),
        "bad interval": _claim(text, 7, 9, low=Decimal(13)),
        "unknown": _claim(text, 7, 9, kind="weight"),
    }
    for expected, claim in broken.items():
        problems = fuzz_extract.claim_problems(text, [claim])
        assert len(problems) == 1 and expected in problems[0], (expected, problems)
    later = _claim(text, 20, 22, value=Decimal(30), low=Decimal(30), high=Decimal(30))
    assert "out of text order" in fuzz_extract.claim_problems(text, [later, good])[0]


def test_slow_extraction_is_flagged():
    with pytest.raises(fuzz_extract.SlowInput):
        fuzz_extract.check_text("RMB 21.75 billion " * 50, "en", budget=0.0)


def test_every_rule_seed_loads_or_fails_cleanly():
    seeds = fuzz_rules.seed_inputs()
    assert any(b"aligned-claims-agree" in s for s in seeds)  # the shipped default pack
    for data in seeds:
        if data[:1] == bytes([fuzz_rules.STRUCTURED]):
            if HAVE_ATHERIS:
                fuzz_rules.fuzz_one(data, budget=30.0, strict=True)
            continue
        fuzz_rules.check_rule_bytes(data, budget=30.0)


def test_rule_oracle_flags_multiline_errors_and_slow_loads(tmp_path):
    path = tmp_path / "rules.yaml"
    fuzz_rules.check_rule_bytes(b"rules:\n  - id: a\n    check: nope\n", path=path)
    assert not path.exists()  # the scratch file is removed after every input
    with pytest.raises(fuzz_rules.SlowInput):
        fuzz_rules.check_rule_bytes(b"rules: []\n", budget=-1.0, path=path)


# --- crashes found by the targets: open bugs in files owned by others ----------------
# Each input is minimised; the reason names the file and the failure.

def _nested(depth: int) -> bytes:
    return b"rules: " + b"[" * depth + b"]" * depth + b"\n"


def _alias_fan_out(levels: int, width: int) -> bytes:
    """Each anchor lists the previous one ``width`` times: a tree of width**levels nodes
    written in a few hundred bytes (the YAML itself stays a small DAG)."""
    lines = ["rules: []", "a0: &a0 [x]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return ("\n".join(lines) + "\n").encode()


RULE_CRASHES = [
    # each of these once escaped as a traceback or took seconds; all are now one
    # "path:line:col: message" RuleError within the budget
    pytest.param(b"rules: &r [*r]\n", id="cyclic-alias"),
    pytest.param(_nested(1000), id="deep-nesting"),
    pytest.param(b"rules: []\nx: 2020-31-20\n", id="impossible-date"),
    pytest.param(b"rules: []\ndescription: \"a\x02b\"\n", id="control-character"),
    pytest.param(b"rules:\n  - id: r\n    check: bound\n    severity: error\n    message: m\n"
                 b"    a: {kind: money}\n    max: 1e999999999\n", id="decimal-overflow"),
    pytest.param(_alias_fan_out(5, 15), id="alias-fan-out"),
    pytest.param(_alias_fan_out(7, 9), id="alias-fan-out-deep"),
    # found by fuzz/run-all (fuzz_rules, 7 minutes): a placeholder holding a line break
    # made the RuleError two lines
    pytest.param(b'rules:\n  - id: r\n    check: agree\n    severity: error\n'
                 b'    message: "{expl\\nation}"\n', id="placeholder-line-break"),
]
# Loading a 440-byte rule file may take half a second of CPU, generously (the 2.8 kB
# default pack takes a few milliseconds).
RULE_BUDGET = 0.5


@pytest.mark.parametrize("data", RULE_CRASHES)
def test_rule_loading_crash_regressions(tmp_path, data):
    fuzz_rules.check_rule_bytes(data, budget=RULE_BUDGET, path=tmp_path / "rules.yaml")


def test_cjk_scale_run_is_linear():
    """Found while probing the extraction target: atoms._cjk_atom once retried parse_cjk
    on every shorter span of a CJK numeral run (quadratic: 24 kB of 亿 took 14 s)."""
    # 15 kB; linear extraction reads the seeds (30 kB) in well under a second
    fuzz_extract.check_text("亿" * 5000, "zh", budget=1.0)
    fuzz_extract.check_text("1" + "万亿" * 2500 + "元", "zh", budget=1.0)

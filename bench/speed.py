"""Extraction throughput of claimcheck, compared with Microsoft Recognizers-Text.

    python bench/speed.py            # 5 MB corpus, best of 3, RT on the first 400 kB
    python bench/speed.py --quick    # small corpus, for a CI smoke run
    python bench/speed.py --no-rt    # skip Recognizers-Text

What is measured, all in this one process pinned to one CPU where the OS allows it:

* claimcheck: ``claimcheck.extract(text, lang)`` over every document of the corpus
  (bench/corpus.py), wall time by ``time.perf_counter`` and CPU time by
  ``time.process_time`` (the fair figure on a shared, loaded machine), each the best of
  ``--runs`` runs, after one warm-up call per language (whose time is reported as the
  load time).
* Recognizers-Text (PyPI ``recognizers-text-suite``, needs ``emoji<2``): the number,
  percentage, currency and dimension models of the matching culture, i.e. roughly the
  claims claimcheck extracts, run once over the leading ``--rt-bytes`` of the corpus (it
  does ~15k chars/s). claimcheck is timed on the same sample, and the ratio is printed.
* Cold start: ``claimcheck extract <seed> --format jsonl`` and ``claimcheck --help`` in
  fresh subprocesses, median of ``--cold-runs`` (target < 0.5 s).

Exit status: 0 when the figures were measured, 1 when claimcheck could not be imported
or run (extract raising, the CLI failing), 2 when the shared documents are missing.
A missing Recognizers-Text is only a note.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SHARED, build_corpus, corpus_size, take_bytes  # noqa: E402

COLD_TARGET_S = 0.5
COLD_SEED = "003_8fa17dad33854608.txt"  # the largest seed (zh, 5.8 kB)
LANGS = ("en", "fr", "es", "zh")


# ----------------------------------------------------------------------------- helpers

def pin_one_cpu() -> str:
    """Pin this process (and so its children) to one CPU; say which."""
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError as exc:  # some containers refuse
            return f"not pinned ({exc})"
    return "not pinned (no sched_setaffinity)"


def mb(nbytes: int) -> float:
    return nbytes / 1e6


def fmt_rate(nbytes: int, nchars: int, seconds: float) -> tuple[str, str]:
    if seconds <= 0:
        return "-", "-"
    return f"{mb(nbytes) / seconds:8.3f}", f"{nchars / seconds:12,.0f}"


# -------------------------------------------------------------------------- claimcheck

def load_extract():
    """claimcheck.extract, or raise ImportError/AttributeError with the reason."""
    import claimcheck
    return claimcheck.extract


def time_extract(extract, corpus: list[tuple[str, str]], runs: int) -> dict:
    """Best-of-``runs`` wall time of extract over the corpus, with a per-language split
    taken from the best run, and the best-of-``runs`` CPU time."""
    best, all_runs, cpu_runs = None, [], []
    for _ in range(runs):
        per_lang: dict[str, float] = defaultdict(float)
        claims = 0
        gc.collect()
        c_all = time.process_time()
        t_all = time.perf_counter()
        for i, (lang, text) in enumerate(corpus):
            t0 = time.perf_counter()
            claims += len(extract(text, lang, doc=f"d{i}"))
            per_lang[lang] += time.perf_counter() - t0
        total = time.perf_counter() - t_all
        cpu_runs.append(round(time.process_time() - c_all, 4))
        if best is None or total < best["seconds"]:
            best = {"seconds": total, "per_lang": dict(per_lang), "claims": claims}
        all_runs.append(round(total, 4))
    best["all_runs"] = all_runs
    best["cpu_runs"] = cpu_runs
    best["cpu_seconds"] = min(cpu_runs)
    return best


def warm_up(extract) -> dict[str, float]:
    """First call per language: loads and compiles the language data."""
    samples = {"en": "RMB 21.75 billion", "fr": "21,75 milliards de yuans",
               "es": "21.750 millones de RMB", "zh": "204.5亿元"}
    out = {}
    for lang, text in samples.items():
        t0 = time.perf_counter()
        extract(text, lang)
        out[lang] = time.perf_counter() - t0
    return out


# -------------------------------------------------------------------- Recognizers-Text

def load_rt():
    """{lang: [models]} and the per-culture construction times, or raise ImportError."""
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    cultures = {"en": Culture.English, "fr": Culture.French,
                "es": Culture.Spanish, "zh": Culture.Chinese}
    models, init = {}, {}
    for lang, culture in cultures.items():
        t0 = time.perf_counter()
        num = NumberRecognizer(culture)
        unit = NumberWithUnitRecognizer(culture)
        models[lang] = [num.get_number_model(culture), num.get_percentage_model(culture),
                        unit.get_currency_model(culture), unit.get_dimension_model(culture)]
        for model in models[lang]:  # first parse may compile lazily: keep it out
            model.parse("12 345,6 % 7 km")
        init[lang] = time.perf_counter() - t0
    return models, init


def time_rt(models: dict, sample: list[tuple[str, str]]) -> dict:
    """One pass of all four models over the sample (RT is too slow for best-of-N)."""
    per_lang: dict[str, float] = defaultdict(float)
    results = 0
    gc.collect()
    t_all = time.perf_counter()
    for lang, text in sample:
        t0 = time.perf_counter()
        for model in models[lang]:
            results += len(model.parse(text))
        per_lang[lang] += time.perf_counter() - t0
    return {"seconds": time.perf_counter() - t_all, "per_lang": dict(per_lang),
            "results": results}


# -------------------------------------------------------------------------- cold start

def cli_command() -> tuple[list[str], str]:
    """How to start the CLI from the working tree: ``python -m claimcheck`` if the package
    has a __main__, else the console-script entry point named in pyproject.toml."""
    if (ROOT / "claimcheck" / "__main__.py").exists():
        return [sys.executable, "-m", "claimcheck"], "python -m claimcheck"
    with open(ROOT / "pyproject.toml", "rb") as fh:
        target = tomllib.load(fh)["project"]["scripts"]["claimcheck"]
    module, func = target.split(":")
    code = f"import sys; from {module} import {func} as m; sys.exit(m())"
    return [sys.executable, "-c", code], f"python -c 'from {module} import {func}'"


def time_command(cmd: list[str], runs: int, need_output: bool = False) -> dict:
    """Median wall time of ``cmd`` in a fresh subprocess (cwd = project root), after one
    uncounted run. Bytecode caching is allowed, as for an installed package (pip compiles
    on install), even where PYTHONDONTWRITEBYTECODE is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times, error = [], None
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, env=env, timeout=120)
        if i:
            times.append(time.perf_counter() - t0)
        if proc.returncode != 0 or (need_output and not proc.stdout.strip()):
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            error = f"exit {proc.returncode}: " + (" | ".join(tail) or "no output")
            break
    return {"median": statistics.median(times) if times else float("nan"),
            "runs": [round(t, 4) for t in times], "error": error}


# ---------------------------------------------------------------------------- the run

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true",
                   help="small corpus (200 kB), 2 runs, RT sample 40 kB, 3 cold starts")
    p.add_argument("--no-rt", action="store_true", help="skip Recognizers-Text")
    p.add_argument("--min-bytes", type=int, help="corpus size (default 5,000,000)")
    p.add_argument("--rt-bytes", type=int, help="RT sample size (default 400,000)")
    p.add_argument("--runs", type=int, help="claimcheck runs, best kept (default 3)")
    p.add_argument("--cold-runs", type=int, help="cold-start runs, median kept (default 5)")
    p.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = p.parse_args(argv)
    quick = args.quick
    args.min_bytes = args.min_bytes or (200_000 if quick else 5_000_000)
    args.rt_bytes = args.rt_bytes or (40_000 if quick else 400_000)
    args.runs = args.runs or (2 if quick else 3)
    args.cold_runs = args.cold_runs or (3 if quick else 5)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    figures: dict = {"python": sys.version.split()[0], "cpu": pin_one_cpu()}
    status = 0
    print(f"claimcheck speed benchmark  (Python {figures['python']}, {figures['cpu']})")

    t0 = time.perf_counter()
    try:
        corpus = build_corpus(args.min_bytes)
    except FileNotFoundError as exc:
        print(f"ERROR: cannot build the corpus: {exc}")
        return 2
    nbytes, nchars = corpus_size(corpus)
    print(f"corpus: {len(corpus)} documents, {nbytes:,} bytes, {nchars:,} chars "
          f"(built in {time.perf_counter() - t0:.2f} s from {SHARED})")
    sample = take_bytes(corpus, args.rt_bytes)
    s_bytes, s_chars = corpus_size(sample)
    figures["corpus"] = {"docs": len(corpus), "bytes": nbytes, "chars": nchars}
    figures["sample"] = {"docs": len(sample), "bytes": s_bytes, "chars": s_chars}

    # --- claimcheck, in-process
    cc = cc_sample = None
    try:
        t0 = time.perf_counter()
        extract = load_extract()
        import_s = time.perf_counter() - t0
        load = warm_up(extract)
        cc = time_extract(extract, corpus, args.runs)
        cc_sample = time_extract(extract, sample, args.runs)
    except Exception as exc:  # report, do not hide: this is the thing being measured
        print(f"\nERROR: claimcheck.extract unusable: {type(exc).__name__}: {exc}")
        status = 1

    # --- Recognizers-Text, in-process
    rt = rt_init = None
    if args.no_rt:
        print("note: Recognizers-Text skipped (--no-rt)")
    else:
        try:
            models, rt_init = load_rt()
        except ImportError as exc:
            print(f"note: Recognizers-Text not installed ({exc}); skipped. Install it with "
                  "pip install 'recognizers-text-suite==1.0.2a2' 'emoji<2'")
        else:
            rt = time_rt(models, sample)

    # --- cold start
    cli, cli_name = cli_command()
    seed = SHARED / "seeds" / COLD_SEED
    cold = {
        "python -c pass": time_command([sys.executable, "-c", "pass"], args.cold_runs),
        "python -c 'import claimcheck'": time_command(
            [sys.executable, "-c", "import claimcheck"], args.cold_runs),
        "claimcheck --help": time_command(cli + ["--help"], args.cold_runs, need_output=True),
        f"claimcheck extract {seed.name} --format jsonl": time_command(
            cli + ["extract", str(seed), "--format", "jsonl"], args.cold_runs,
            need_output=True),
    }

    # --- report
    print("\n== throughput (one process, one core; wall time, best of "
          f"{args.runs} for claimcheck, 1 run for RT)")
    head = f"{'engine':<34}{'bytes':>12}{'chars':>12}{'seconds':>10}{'MB/s':>9}{'chars/s':>13}"
    print(head)
    print("-" * len(head))

    def row(name: str, b: int, c: int, s: float) -> None:
        rate_mb, rate_c = fmt_rate(b, c, s)
        print(f"{name:<34}{b:>12,}{c:>12,}{s:>10.3f}{rate_mb:>9}{rate_c:>13}")

    if cc:
        figures["claimcheck"] = {"import_s": import_s, "first_call_s": load, **cc}
        row("claimcheck, full corpus", nbytes, nchars, cc["seconds"])
        for lang in sorted(cc["per_lang"]):
            lb, lc = corpus_size([d for d in corpus if d[0] == lang])
            row(f"  {lang}", lb, lc, cc["per_lang"][lang])
        row("claimcheck, RT sample", s_bytes, s_chars, cc_sample["seconds"])
        row("claimcheck, full corpus, CPU time", nbytes, nchars, cc["cpu_seconds"])
        figures["claimcheck_sample"] = cc_sample
    if rt:
        figures["rt"] = {"init_s": rt_init, **rt}
        row("Recognizers-Text, RT sample", s_bytes, s_chars, rt["seconds"])
        for lang in sorted(rt["per_lang"]):
            lb, lc = corpus_size([d for d in sample if d[0] == lang])
            row(f"  {lang}", lb, lc, rt["per_lang"][lang])
    print(f"(RT sample = the first {len(sample)} documents of the corpus, "
          f"{s_bytes:,} bytes / {s_chars:,} chars)")
    if cc:
        print(f"claimcheck: import {import_s:.3f} s; first call per language (data load) "
              + ", ".join(f"{k} {v:.3f} s" for k, v in load.items())
              + f"; {cc['claims']:,} claims on the full corpus; runs {cc['all_runs']}, "
              f"CPU {cc['cpu_runs']}")
    if rt:
        print("Recognizers-Text: model construction "
              + ", ".join(f"{k} {v:.2f} s" for k, v in rt_init.items())
              + " (incl. a warm-up parse; not in the timing); "
              f"{rt['results']:,} results on the sample "
              "(number + percent + currency + dimension models)")
    if cc and rt:
        same = rt["seconds"] / cc_sample["seconds"]
        full = (nchars / cc["seconds"]) / (s_chars / rt["seconds"])
        figures["ratio_same_sample"] = same
        figures["ratio_full_vs_sample"] = full
        print(f"ratio claimcheck/RT (chars/s): {same:.1f}x on the same sample, "
              f"{full:.1f}x full corpus vs RT sample")

    print(f"\n== cold start (fresh subprocess, median of {args.cold_runs} after one "
          f"uncounted run, bytecode cache on; CLI run as {cli_name})")
    print(f"{'command':<58}{'median s':>10}  runs")
    for name, res in cold.items():
        print(f"{name:<58}{res['median']:>10.3f}  {res['runs']}")
        if res["error"]:
            print(f"    FAILED: {res['error']}")
            if name.startswith("claimcheck") or "import" in name:
                status = 1
    ext = cold[f"claimcheck extract {seed.name} --format jsonl"]
    if not ext["error"]:
        verdict = "OK" if ext["median"] < COLD_TARGET_S else "OVER TARGET"
        print(f"cold start target < {COLD_TARGET_S} s: {verdict} ({ext['median']:.3f} s)")
    figures["cold_start"] = cold

    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())

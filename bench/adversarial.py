"""Hostile inputs for ``claimcheck.extract``: time, throughput and linearity.

    python bench/adversarial.py           # 1 MB inputs (and 100 kB for the ratio)
    python bench/adversarial.py --quick   # 8 kB inputs, for a CI smoke run
    python bench/adversarial.py --only digits --lang zh

Each input below is generated (deterministically) at the full size and at 1/10 of it, and
``claimcheck.extract(text, lang)`` is timed on both for every language in ``--lang``
(``auto`` means lang=None). Linear work gives time(full)/time(1/10) of about 10; quadratic
work gives about 100. The inputs named "10 MB" are made at ten times the full size (and
compared with the full size). The HTML input is read the way an .html file is:
``html_to_text``, then extraction.

A case FAILS when extraction raises, crashes, runs past its time-out, takes more than
``--max-s-per-mb`` seconds per MB (at the small size, then the large one is not run, or
at the large size), or has a ratio above ``--max-ratio`` (12; judged only when the large
time is at least ``--min-judge-s``, below which timer noise dominates). The exit status
is 1 if any case failed, 2 if claimcheck could not be imported, else 0.

Times are CPU seconds of the worker process (best of 5 while the runs take under 5 s in
all), which a busy machine disturbs far less than wall-clock time.

``--quick`` is a smoke test for CI machines of unknown speed and load: it fails only on
an exception, a time-out or gross slowness (1000 s per MB, a hang), never on a ratio of
times too short to measure; linearity is judged by the full run.

The extraction runs in a worker subprocess with a memory limit, so that a blow-up is
reported as a failure of that case instead of taking the machine or this script down.
"""
from __future__ import annotations

import argparse
import json
import queue
import random
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 7

# ------------------------------------------------------------------------------ inputs
# Every generator takes (size in UTF-8 bytes, rng) and returns text of about that size.

EN_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
            "million billion trillion and a half dozen quarter point minus twenty-one "
            "ninety-nine").split()
FR_WORDS = ("zéro un une deux trois quatre cinq six sept huit neuf dix onze douze seize vingt "
            "trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingts "
            "quatre-vingt-dix cent cents mille million millions milliard milliards et demi "
            "virgule vingt-et-un dix-sept").split()
ES_WORDS = ("cero uno una un dos tres cuatro cinco seis siete ocho nueve diez once quince "
            "veinte veintiuno treinta cuarenta cincuenta sesenta setenta ochenta noventa cien "
            "ciento doscientos quinientos novecientos mil millón millones billón y medio "
            "coma").split()
CJK_NUMERALS = "零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億点半"
SCALE_WORDS = ("million milliard milliards millions millones mil mille billion billón "
               "thousand").split()


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` bytes (cut on a character boundary)."""
    reps = size // max(1, len(unit.encode("utf-8"))) + 1
    return (unit * reps).encode("utf-8")[:size].decode("utf-8", "ignore")


def from_tokens(size: int, next_token: Callable[[], str]) -> str:
    """Tokens from ``next_token`` joined until ``size`` bytes."""
    parts, total = [], 0
    while total < size:
        tok = next_token()
        parts.append(tok)
        total += len(tok.encode("utf-8"))
    return "".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def _digits(size, rng):
    return "".join(rng.choice("0123456789") for _ in range(size))


def _groups(sep_choices):
    def gen(size, rng):
        return from_tokens(size, lambda: f"{rng.randrange(1000):03d}" + rng.choice(sep_choices))
    return gen


def _separators(size, rng):
    return "".join(rng.choice(",.,.,. ") for _ in range(size))


def _number_words(size, rng):
    words = EN_WORDS + FR_WORDS + ES_WORDS
    return from_tokens(size, lambda: rng.choice(words) + rng.choice("    -"))


def _cjk_numerals(size, rng):
    # mostly CJK numerals, with ASCII digits, a decimal point and units mixed in
    chars = CJK_NUMERALS * 4 + "0123456789.元%个"
    return from_tokens(size, lambda: rng.choice(chars))


def _scale_mix(size, rng):
    return from_tokens(size, lambda: rng.choice(SCALE_WORDS) + " ")


_NEWS: dict[int, str] = {}


def _news_text(size: int = 1_000_000) -> str:
    """Paragraphs of the bench corpus (all four languages), at least ``size`` bytes."""
    key = max(1_200_000, int(size * 1.1))
    if key not in _NEWS:
        from corpus import build_corpus
        _NEWS.clear()
        _NEWS[key] = "\n\n".join(text for _, text in build_corpus(key))
    return _NEWS[key]


def _cut(text: str, size: int) -> str:
    return text[:size * 2].encode("utf-8")[:size].decode("utf-8", "ignore")


def _news(size, rng):
    # ordinary news text, paragraphs and all
    return _cut(_news_text(size), size)


def _long_line(size, rng):
    # realistic news text (all four languages) on one line
    return _cut(" ".join(_news_text(size).split()), size)


def _no_sentences(size, rng):
    # the same, without any sentence end: one 1 MB "sentence" full of numbers
    text = re.sub(r"[.!?]\s|[。！？；;]", " ", _news_text(size))
    return _cut(" ".join(text.split()), size)


def _unclosed_tags(size, rng):
    # an HTML page of unclosed tags (100,000 of them in about 1.1 MB) around an article
    para = "<p>The tunnel will cost 8.6 billion euros and run 57.5 km under the Alps.</p>"
    tags = from_tokens(max(0, size - 2 * len(para)), lambda: rng.choice(
        ("<div>", "<span>", "<b>", "<div class=share>", "<section>", "<i>", "<p>")) + "x ")
    return "<html><body>" + para + tags + para


INPUTS: dict[str, Callable[[int, random.Random], str]] = {
    "digits": _digits,
    "digit groups, space": _groups(" "),
    "digit groups, nbsp/nnbsp": _groups("\u00a0\u202f"),
    "digit groups, comma": lambda n, r: "1" + fill(",000", n - 1),
    "separators ,.,.,. mix": _separators,
    "1,1,1,1,": lambda n, r: fill("1,", n),
    "1.2.3.4.": lambda n, r: fill("1.2.3.4.5.6.7.8.9.", n),
    "%%%%": lambda n, r: fill("%", n),
    "scale words en (million ...)": lambda n, r: fill("million ", n),
    "scale words fr/es/en mix": _scale_mix,
    "亿亿亿": lambda n, r: fill("亿", n),
    "万亿千百 scale chars": lambda n, r: from_tokens(n, lambda: r.choice("十百千万亿兆")),
    "number words en/fr/es": _number_words,
    "number-word chain en": lambda n, r: fill(
        "nine hundred ninety-nine million nine hundred ninety-nine thousand ", n),
    "number-word chain fr": lambda n, r: fill("neuf cent quatre-vingt-dix-neuf mille ", n),
    "number-word chain es": lambda n, r: fill("novecientos noventa y nueve mil ", n),
    "CJK numerals mixed": _cjk_numerals,
    "dense claims": lambda n, r: fill(
        "€2.3 billion, 480 MW, 20%, 78 km², 2,3 milliards d'euros, 23亿欧元, 70万人; ", n),
    "long line (news, no newline)": _long_line,
    "long line, no sentence ends": _no_sentences,
    "news text": _news,
    "news text, 10 MB": _news,
    "long line of news, 10 MB": _long_line,
    "unclosed HTML tags (html)": _unclosed_tags,
}
# inputs made at ten times the full size (and compared with the full size)
TEN_TIMES = frozenset(name for name in INPUTS if name.endswith("10 MB"))
# inputs read as an HTML page before extraction
HTML_INPUTS = frozenset(name for name in INPUTS if name.endswith("(html)"))


def make_input(name: str, size: int) -> str:
    return INPUTS[name](size, random.Random(f"{SEED}:{name}"))


# ------------------------------------------------------------------------------ worker

def worker(mem_limit_mb: int) -> int:
    """Read jobs (JSON lines) on stdin, time extract, answer JSON lines on stdout."""
    if mem_limit_mb > 0:
        limit = mem_limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    out = sys.stdout
    try:
        import claimcheck
        from claimcheck.ingest import html_to_text
        extract = claimcheck.extract
        for lang in ("en", "fr", "es", "zh", None):  # load language data up front
            extract("RMB 21.75 billion, 204.5亿元, 2,3 milliards, 36.9 km2, 480 MW", lang)
    except Exception as exc:
        out.write(json.dumps({"fatal": f"{type(exc).__name__}: {exc}"}) + "\n")
        out.flush()
        return 2
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    cache: dict[tuple[str, int], str] = {}
    for line in sys.stdin:
        job = json.loads(line)
        key = (job["input"], job["size"])
        if key not in cache:
            if len(cache) > 2:
                cache.clear()
            try:
                cache[key] = make_input(*key)
            except OSError as exc:  # the news-text inputs need the shared documents
                out.write(json.dumps({"error": f"input not made: {exc}"}) + "\n")
                out.flush()
                continue
        text = cache[key]
        lang = None if job["lang"] == "auto" else job["lang"]
        res = {"bytes": len(text.encode("utf-8")), "chars": len(text), "error": None}
        try:
            # best of up to 3 runs, while the runs so far took under job["repeat_s"] in all
            times, start, repeat_s = [], time.perf_counter(), job.get("repeat_s", 0.05)
            repeats = job.get("repeats", 3)
            while len(times) < repeats and (not times or time.perf_counter() - start < repeat_s):
                # CPU time of this (single-threaded) worker: other processes on a busy
                # machine slow the wall clock, far less the CPU time of the work itself
                t0 = time.process_time()
                page = html_to_text(text) if job["input"] in HTML_INPUTS else text
                claims = extract(page, lang, doc="adversarial")
                times.append(time.process_time() - t0)
            res.update(seconds=min(times), claims=len(claims))
        except MemoryError:
            res["error"] = "MemoryError"
        except Exception as exc:
            res["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
        res["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out.write(json.dumps(res) + "\n")
        out.flush()
    return 0


class Worker:
    """A worker subprocess that can be waited on with a time-out, and restarted."""

    def __init__(self, mem_limit_mb: int):
        self.mem_limit_mb = mem_limit_mb
        self.proc: subprocess.Popen | None = None
        self.lines: queue.Queue = queue.Queue()

    def start(self) -> dict:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker",
               "--mem-limit-mb", str(self.mem_limit_mb)]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines = queue.Queue()
        threading.Thread(target=self._pump, args=(self.proc, self.lines), daemon=True).start()
        return self._read(120)

    @staticmethod
    def _pump(proc: subprocess.Popen, lines: queue.Queue) -> None:
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)  # end of output: the worker died or finished

    def _read(self, timeout: float) -> dict:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            self.stop()
            return {"error": f"TIMEOUT (> {timeout:.0f} s)"}
        if line is None:
            code = self.proc.wait()
            self.proc = None
            return {"error": f"worker died (exit {code}; over the memory limit of "
                             f"{self.mem_limit_mb} MB?)"}
        return json.loads(line)

    def run(self, job: dict, timeout: float) -> dict:
        """The worker's answer to ``job``; {"fatal": ...} if no worker can be started."""
        if self.proc is None:
            started = self.start()
            if "ready" not in started:
                self.stop()
                return {"fatal": started.get("fatal") or started.get("error")}
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        res = self._read(timeout)
        if res.get("error") == "MemoryError":
            self.stop()  # start the next job in a fresh process, not a fragmented heap
        return res

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


# ------------------------------------------------------------------------------ driver

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="8 kB inputs (CI smoke run)")
    p.add_argument("--size", type=int, help="full input size in bytes (default 1,000,000)")
    p.add_argument("--lang", action="append",
                   help="language(s) to test; default en fr es zh auto (auto = lang=None)")
    p.add_argument("--only", action="append", help="run only inputs whose name contains this")
    # the bound catches blow-ups, not the cost of a claim: ordinary news takes about 1 s/MB,
    # but an input made only of claims (500,000 in a MB of "1,1,1,") costs ~50 us a claim
    p.add_argument("--max-s-per-mb", type=float,
                   help="fail above this many seconds per MB (default 60; 1000 with --quick)")
    p.add_argument("--max-ratio", type=float, default=12.0,
                   help="fail above this time(large)/time(small) for ten times the input "
                        "(default 12)")
    p.add_argument("--min-judge-s", type=float,
                   help="judge the ratio only when time(full) >= this "
                        "(default 0.05 s; 0.2 s with --quick)")
    p.add_argument("--mem-limit-mb", type=int, default=6144,
                   help="address-space limit of the worker, 0 for none (default 6144)")
    p.add_argument("--list", action="store_true", help="list the inputs and exit")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    # the quick run is a smoke test on unknown (and maybe busy) CI machines: looser
    # bounds, so that only gross slowness or non-linearity fails it
    args.size = args.size or (8_000 if args.quick else 1_000_000)
    if args.max_s_per_mb is None:
        args.max_s_per_mb = 1000.0 if args.quick else 60.0
    if args.min_judge_s is None:
        args.min_judge_s = float("inf") if args.quick else 0.05
    args.lang = args.lang or ["en", "fr", "es", "zh", "auto"]
    return args


def s_per_mb(res: dict) -> float:
    return res["seconds"] / (res["bytes"] / 1e6)


def judge(full: dict, quarter: dict, args) -> tuple[str, float | None, float | None]:
    """(verdict, seconds per MB, ratio) of one input x language (``quarter`` is the small
    size). When the large size was not run (the small one already broke the bound), the
    seconds per MB are the small size's."""
    if quarter.get("error"):
        return "FAIL: " + quarter["error"], None, None
    if full.get("skipped"):
        return (f"FAIL: {s_per_mb(quarter):.1f} s/MB > {args.max_s_per_mb:g} already at the "
                "small size (large size not run)", s_per_mb(quarter), None)
    if full.get("error"):
        return "FAIL: " + full["error"], None, None
    spm = s_per_mb(full)
    ratio = full["seconds"] / quarter["seconds"] if quarter["seconds"] > 0 else None
    problems = []
    if spm > args.max_s_per_mb:
        problems.append(f"{spm:.1f} s/MB > {args.max_s_per_mb:g}")
    if ratio is not None and full["seconds"] >= args.min_judge_s and ratio > args.max_ratio:
        problems.append(f"ratio {ratio:.1f} > {args.max_ratio:g}")
    return ("FAIL: " + "; ".join(problems)) if problems else "ok", spm, ratio


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker(args.mem_limit_mb)
    names = [n for n in INPUTS if not args.only or any(o in n for o in args.only)]
    if args.list:
        print("\n".join(names))
        return 0

    # time-outs are wall-clock and a busy machine shares its cores: a run may take four
    # times the bound (of CPU time) before it is cut off, and at least 60 s
    floor = 60.0
    # best of 3 (5 in the quick run) while the runs so far took under this much in all
    repeat_s = 0.2 if args.quick else 5.0
    print(f"adversarial inputs: full {args.size:,} bytes against 1/10 of it, and the "
          f"'10 MB' inputs at {10 * args.size:,} bytes against the full size; languages "
          f"{', '.join(args.lang)}")
    print(f"bounds: <= {args.max_s_per_mb:g} s per MB; time(large)/time(small) <= "
          f"{args.max_ratio:g} (judged when time(large) >= {args.min_judge_s:g} s); "
          f"wall-clock time-outs four times the bound (at least {floor:g} s); worker memory "
          f"limit {args.mem_limit_mb} MB; times are the best of 5 "
          f"for runs under {repeat_s:g} s")

    w = Worker(args.mem_limit_mb)

    head = (f"{'input':<30}{'lang':<6}{'bytes':>11}{'t small':>10}{'t large':>10}"
            f"{'MB/s':>9}{'ratio':>7}{'claims':>9}{'rss MB':>8}  verdict")
    print("\n" + head)
    print("-" * len(head))
    failures = []
    t_start = time.perf_counter()
    for name in names:
        for lang in args.lang:
            job = {"input": name, "lang": lang, "repeat_s": repeat_s,
                   "repeats": 5}
            size = args.size * (10 if name in TEN_TIMES else 1)
            quarter_size = size // 10
            t_quarter = max(floor, 4 * args.max_s_per_mb * quarter_size / 1e6)
            timeout = max(floor, 4 * args.max_s_per_mb * size / 1e6) * (1 + job["repeats"]) / 2
            quarter = w.run({**job, "size": quarter_size}, t_quarter)
            if quarter.get("error") or quarter.get("fatal") or (
                    quarter["seconds"] >= args.min_judge_s
                    and s_per_mb(quarter) > args.max_s_per_mb):
                full = {"skipped": True}  # it has failed already: save the time
            else:
                full = w.run({**job, "size": size}, timeout)
            fatal = quarter.get("fatal") or full.get("fatal")
            if fatal:
                print(f"ERROR: claimcheck could not be loaded: {fatal}")
                return 2
            verdict, spm, ratio = judge(full, quarter, args)
            t_q = f"{quarter['seconds']:.4f}" if "seconds" in quarter else "-"
            t_f = f"{full['seconds']:.4f}" if "seconds" in full else "-"
            rate = f"{1 / spm:.3f}" if spm else "-"
            if ratio is None:
                r_txt = "-"
            else:
                r_txt = f"{ratio:.1f}" + ("" if full["seconds"] >= args.min_judge_s else "~")
            claims = full.get("claims", quarter.get("claims", "-"))
            rss = full.get("maxrss_mb") or quarter.get("maxrss_mb")
            rss_txt = f"{rss:.0f}" if rss else "-"
            # the size that was reached: the 1/4 size when that one already failed
            size = full.get("bytes") or (quarter_size if quarter.get("error") or
                                         full.get("skipped") else size)
            print(f"{name[:29]:<30}{lang:<6}{size:>11,}"
                  f"{t_q:>10}{t_f:>10}{rate:>9}{r_txt:>7}{claims!s:>9}{rss_txt:>8}  {verdict}",
                  flush=True)
            if verdict != "ok":
                failures.append(f"{name} [{lang}]: {verdict[6:]}")
    w.stop()
    print(f"\n(ratio~ = full-size time under {args.min_judge_s:g} s, too short to judge; "
          f"rss = the worker's peak so far; total {time.perf_counter() - t_start:.1f} s)")
    if failures:
        print(f"\n{len(failures)} case(s) FAILED:")
        for f in failures:
            print("  " + f)
        return 1
    print(f"all {len(names) * len(args.lang)} cases within bounds")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Corpus scale: time, memory and story recovery of ``claimcheck run`` on growing corpora.

    python bench/scale.py                      # 1,000, 5,000 and 20,000 documents
    python bench/scale.py 1000 5000 --jobs 1   # other sizes, one process
    python bench/scale.py --engine dask 100000 # on a Dask LocalCluster
    python bench/scale.py --linear             # one large text file; one story in 300 versions
    python bench/scale.py --quick              # tiny sizes, for a CI smoke run

Each corpus is a JSONL file of distinct multi-language stories (bench/scale_corpus.py:
en, fr, es, de, pt, zh, ja; 1 to 12 versions a story; no ``story`` field), built once
and kept under ``--workdir`` with its ground truth. Each size is one run of the installed
CLI in a subprocess (``claimcheck run CORPUS --format json --fail-on never --timings``):

* wall time; CPU time of the CLI and every process it waited for (its pool workers);
* peak memory: the largest sum, over the CLI's process tree, of each process's
  proportional set size (PSS, /proc/PID/smaps_rollup), sampled every 0.1 s, so that
  pages that forked workers share with their parent are not counted twice;
* the CLI's own stage times (``--timings``): read and extract, group, check, write;
* story recovery: pairwise precision and recall of the stories found against the true
  stories (a pair of documents is right when both groupings put them together);
* the exponent of time against size (least squares on log-log), wall and CPU.

The goal printed at the end is the one of issue 15 on a 2-core machine: the 20,000
document run in under 4 minutes and 1.5 GB, exponent at most 1.1, precision at least
0.99 and recall at least 0.95. ``--linear`` checks that one large text file (2.5 to 20
MB) and one story syndicated by 75 to 300 outlets grow linearly.

Exit status: 0 when every run completed, 1 when a run failed.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scale_corpus  # noqa: E402

GOAL = {"size": 20_000, "wall": 240.0, "peak_mb": 1536.0, "exponent": 1.1,
        "precision": 0.99, "recall": 0.95}


def cli() -> str:
    """The claimcheck script next to this interpreter (the installed CLI)."""
    path = Path(sys.executable).with_name("claimcheck")
    return str(path) if path.exists() else shutil.which("claimcheck") or "claimcheck"


# --- corpora -------------------------------------------------------------------------------

def generator_stamp() -> str:
    """Changes whenever the generator's code does, so cached corpora are rebuilt."""
    import hashlib

    digest = hashlib.sha1()
    for name in ("scale_corpus.py", "scale_text.py", "scale_words.py"):
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:10]


def build_corpus(workdir: Path, size: int, seed: int) -> tuple[Path, dict[str, int]]:
    path = workdir / f"corpus-{size}-{seed}-{generator_stamp()}.jsonl"
    truth_path = path.with_suffix(".truth.json")
    if path.exists() and truth_path.exists():
        return path, json.loads(truth_path.read_text())
    records, truth = scale_corpus.corpus(size, seed)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    truth_path.write_text(json.dumps(truth))
    return path, truth


# --- measuring a run -----------------------------------------------------------------------

def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_mb(root: int) -> float:
    kids = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo.extend(kids.get(pid, ()))
    return total / 1024


def run_measured(args: list[str]) -> dict:
    """Run a command; wall, CPU (with waited-for descendants), peak PSS of its tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_pss_mb(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = [], []
    readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()), daemon=True)
               for s, b in ((proc.stdout, out), (proc.stderr, err))]
    for t in readers:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    for t in readers:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    stages = {}
    for line in "".join(err).splitlines():
        if "stage times (s):" in line:
            for part in line.split(":", 2)[2].split(";")[0].split(","):
                name, _, seconds = part.strip().rpartition(" ")
                stages[name] = float(seconds)
    return {"code": proc.returncode, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": peak[0], "stages": stages, "stdout": "".join(out),
            "stderr": "".join(err)}


def found_stories(out: Path) -> list[list[str]]:
    """The stories a run wrote (corpus outputs or report.json)."""
    lines = out / "stories.jsonl"
    if lines.exists():
        with open(lines, encoding="utf-8") as handle:
            return [[d["id"] for d in json.loads(line)["docs"]] for line in handle]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return [s["docs"] for s in report["stories"]]


def pairwise(found: list[list[str]], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping against the true stories."""
    pred = {d: i for i, docs in enumerate(found) for d in docs}
    docs = [d for d in pred if d in truth]

    def pairs(counter):
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter((pred[d], truth[d]) for d in docs))
    said = pairs(Counter(pred[d] for d in docs))
    true = pairs(Counter(truth[d] for d in docs))
    return (both / said if said else 1.0), (both / true if true else 1.0)


def exponent(sizes: list[float], times: list[float]) -> float:
    """Slope of log(time) against log(size), least squares."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-9)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else float("nan")


def claimcheck_args(corpus: Path, out: Path, opts, extra=()) -> list[str]:
    args = [cli(), "run", str(corpus), "--out", str(out), "--format", opts.format,
            "--fail-on", "never", "--quiet", "--timings", "--jobs", str(opts.jobs),
            "--engine", opts.engine, *extra]
    if opts.scheduler:
        args += ["--scheduler", opts.scheduler]
    return args


# --- the benchmarks ------------------------------------------------------------------------

def corpus_runs(opts, workdir: Path) -> bool:
    rows, ok = [], True
    for size in opts.sizes:
        corpus, truth = build_corpus(workdir, size, opts.seed)
        out = workdir / f"out-{size}"
        shutil.rmtree(out, ignore_errors=True)
        m = run_measured(claimcheck_args(corpus, out, opts))
        if m["code"] != 0:
            print(f"FAILED: {size} documents: exit {m['code']}\n{m['stderr'][-3000:]}")
            ok = False
            continue
        precision, recall = pairwise(found_stories(out), truth)
        m.update(size=size, precision=precision, recall=recall, mb=corpus.stat().st_size / 1e6,
                 stories=len(found_stories(out)), true_stories=len(set(truth.values())))
        rows.append(m)
        stages = ", ".join(f"{k} {v:.1f}" for k, v in m["stages"].items())
        print(f"{size:>7,} docs {m['mb']:6.1f} MB  wall {m['wall']:7.1f} s  cpu {m['cpu']:7.1f} s"
              f"  peak {m['peak_mb']:7.0f} MB  stories {m['stories']:,}/{m['true_stories']:,}"
              f"  P {precision:.4f} R {recall:.4f}  [{stages}]", flush=True)
        if not opts.keep:
            shutil.rmtree(out, ignore_errors=True)
    if len(rows) >= 2:
        sizes = [r["size"] for r in rows]
        wall_exp = exponent(sizes, [r["wall"] for r in rows])
        cpu_exp = exponent(sizes, [r["cpu"] for r in rows])
        print(f"exponent of time against size: wall {wall_exp:.2f}, cpu {cpu_exp:.2f}")
        for r in rows:
            if r["size"] == GOAL["size"]:
                checks = [("wall < 240 s", r["wall"] < GOAL["wall"]),
                          ("peak < 1.5 GB", r["peak_mb"] < GOAL["peak_mb"]),
                          ("exponent <= 1.1", wall_exp <= GOAL["exponent"]),
                          ("precision >= 0.99", r["precision"] >= GOAL["precision"]),
                          ("recall >= 0.95", r["recall"] >= GOAL["recall"])]
                print("goal at 20,000 documents: " + ", ".join(
                    f"{name} {'met' if met else 'NOT MET'}" for name, met in checks))
    if opts.json:
        Path(opts.json).write_text(json.dumps(
            [{k: v for k, v in r.items() if k not in ("stdout", "stderr")} for r in rows],
            indent=2))
    return ok


def linear_runs(opts, workdir: Path) -> bool:
    ok = True
    print("one large text file (many stories in one document):")
    sizes, walls = [], []
    for mb in opts.big_mb:
        path = workdir / f"big-{mb}-{opts.seed}-{generator_stamp()}.txt"
        if not path.exists():
            path.write_text(scale_corpus.big_text(int(mb * 1_000_000), opts.seed), encoding="utf-8")
        out = workdir / "out-big"
        shutil.rmtree(out, ignore_errors=True)
        m = run_measured(claimcheck_args(path, out, opts,
                                         ["--max-bytes", str(path.stat().st_size + 1)]))
        ok &= m["code"] == 0
        sizes.append(path.stat().st_size)
        walls.append(m["wall"])
        print(f"  {path.stat().st_size / 1e6:6.1f} MB  wall {m['wall']:7.1f} s  cpu {m['cpu']:7.1f} s"
              f"  peak {m['peak_mb']:6.0f} MB  exit {m['code']}", flush=True)
    if len(sizes) >= 2:
        print(f"  exponent of time against size: {exponent(sizes, walls):.2f}")
    print("one story syndicated by many outlets (a folder of versions):")
    sizes, walls = [], []
    for n in opts.syndicated:
        folder = workdir / f"syndicated-{n}-{opts.seed}-{generator_stamp()}"
        if not folder.exists():
            tmp = folder.with_suffix(".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir()
            for name, text in scale_corpus.syndicated(n, opts.seed):
                (tmp / name).write_text(text, encoding="utf-8")
            os.replace(tmp, folder)
        out = workdir / "out-syndicated"
        shutil.rmtree(out, ignore_errors=True)
        m = run_measured(claimcheck_args(folder, out, opts))
        ok &= m["code"] == 0
        stories = len(found_stories(out)) if m["code"] == 0 else 0
        sizes.append(n)
        walls.append(m["wall"])
        print(f"  {n:5} versions  wall {m['wall']:7.1f} s  cpu {m['cpu']:7.1f} s  peak "
              f"{m['peak_mb']:6.0f} MB  stories {stories}  exit {m['code']}", flush=True)
    if len(sizes) >= 2:
        print(f"  exponent of time against size: {exponent(sizes, walls):.2f}")
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, help="corpus sizes in documents")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=0, help="claimcheck --jobs (0: every core)")
    parser.add_argument("--engine", default="local", choices=("local", "dask"))
    parser.add_argument("--scheduler", default=None)
    parser.add_argument("--format", default="json", help="claimcheck --format (default json)")
    parser.add_argument("--workdir", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "claimcheck-scale"))
    parser.add_argument("--keep", action="store_true", help="keep the reports")
    parser.add_argument("--linear", action="store_true",
                        help="one large text file and one syndicated story instead")
    parser.add_argument("--big-mb", type=float, nargs="+", default=[2.5, 5, 10, 20])
    parser.add_argument("--syndicated", type=int, nargs="+", default=[75, 150, 300])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (a smoke run)")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    opts = parser.parse_args(argv)
    if opts.quick:
        opts.sizes = opts.sizes or [60, 120]
        opts.big_mb, opts.syndicated = [0.05, 0.1], [6, 12]
    opts.sizes = opts.sizes or [1000, 5000, 20000]
    workdir = Path(opts.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"claimcheck scale benchmark: {os.cpu_count()} cores, --jobs {opts.jobs}, "
          f"--engine {opts.engine}, load average {os.getloadavg()[0]:.1f}", flush=True)
    ok = linear_runs(opts, workdir) if opts.linear else corpus_runs(opts, workdir)
    if opts.quick and not opts.linear:
        ok &= linear_runs(opts, workdir)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Smoke runs of the benchmark scripts: they run, exit 0 and print their figures.

The figures themselves are not asserted (they depend on the machine); the adversarial
script's own bounds (seconds per MB, linearity) do apply, through its exit status.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "seeds").is_dir(),
                                reason=f"shared documents not found at {SHARED}")


def run_script(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout)
    except subprocess.TimeoutExpired as exc:  # show how far it got
        out = exc.stdout.decode("utf-8", "replace") if exc.stdout else ""
        pytest.fail(f"{' '.join(args)} still running after {timeout} s; output so far:\n"
                    f"{out[-4000:]}")


def explain(proc: subprocess.CompletedProcess) -> str:
    return (f"exit {proc.returncode}\n--- stdout\n{proc.stdout[-4000:]}"
            f"\n--- stderr\n{proc.stderr[-4000:]}")


def test_adversarial_quick():
    # --quick judges no ratio of times and allows 1000 s per MB (8 s for 8 kB): it fails
    # on exceptions, time-outs and hangs, not on a busy machine (linearity is judged by
    # the full benchmark)
    proc = run_script("bench/adversarial.py", "--quick", timeout=400)
    assert proc.returncode == 0, explain(proc)
    assert re.search(r"^digits\s+en\s+8,000\s+\d+\.\d+\s+\d+\.\d+", proc.stdout, re.M), \
        explain(proc)
    assert re.search(r"all \d+ cases within bounds", proc.stdout), explain(proc)


def test_speed_quick_no_rt():
    proc = run_script("bench/speed.py", "--quick", "--no-rt")
    assert proc.returncode == 0, explain(proc)
    out = proc.stdout
    assert "Recognizers-Text skipped" in out, explain(proc)
    assert re.search(r"^claimcheck, full corpus\s+[\d,]+\s+[\d,]+\s+\d+\.\d+\s+\d+\.\d+",
                     out, re.M), explain(proc)
    assert re.search(r"^claimcheck extract \S+ --format jsonl\s+\d+\.\d+", out, re.M), \
        explain(proc)
    assert "FAILED" not in out and "ERROR" not in out, explain(proc)


def test_alignment_devset2_scores_only_the_held_out_set():
    proc = run_script("bench/alignment.py", "--devset2")
    assert proc.returncode == 0, explain(proc)
    out = proc.stdout
    names = sorted(p.parent.name for p in (ROOT / "bench" / "devset2").glob("*/gold.yaml"))
    assert len(names) >= 6, names
    rows = re.findall(r"^(\S+)\s+\d+/\d+\s", out, re.M)
    assert rows[:-1] == names and rows[-1] == "all", explain(proc)   # no first-set story
    assert re.search(rf"flag recall \d\.\d+ \(\d+/\d+\); {len(names)} stories", out), \
        explain(proc)


def test_mutations_devset2_quick():
    proc = run_script("bench/mutations.py", "--devset2", "--sample", "4", "--jobs", "1",
                      "--story", "eu-fine", timeout=300)
    assert proc.returncode == 0, explain(proc)
    # four slips drawn from the story: each is either planted and scored or not read
    total = re.search(r"^all\s+(\d+)\s+(\d+)\s+\d\.\d+\s+(\d+)$", proc.stdout, re.M)
    assert total and int(total[1]) + int(total[3]) == 4, explain(proc)
    assert int(total[2]) <= int(total[1]), explain(proc)
    assert re.search(r"^mutation recall \d\.\d+ \(\d+/\d+\); other flags per planted "
                     r"slip \d\.\d+; 1 stories", proc.stdout, re.M), explain(proc)


def test_missed_classes_count_the_pairs_alignment_misses():
    args = ("--devset2", "--story", "eu-fine")
    listed = run_script("bench/alignment.py", *args, "--pairs")
    classed = run_script("bench/missed.py", *args)
    assert listed.returncode == 0 and classed.returncode == 0, explain(classed)
    missed = len(re.findall(r"^\s+MISSED ", listed.stdout, re.M))
    total = re.search(r"^missed gold pairs: (\d+)$", classed.stdout, re.M)
    assert total and int(total[1]) == missed > 0, explain(classed)
    placement = re.search(r"^\s+placement (.*)$", classed.stdout, re.M)
    counts = [int(n) for n in re.findall(r" (\d+)(?:,|$)", placement[1])]
    assert sum(counts) == missed, explain(classed)


def test_distractors_append_other_events_and_score_the_flags():
    sys.path.insert(0, str(ROOT / "bench"))
    import distractors as ds
    import goldstories as gs

    story = gs.all_stories(["eu-fine"], held_out="devset2")[0]
    pool = ds._pool()
    texts = ds.distracted_texts(story, pool, 2)
    assert texts == ds.distracted_texts(story, pool, 2)          # a fixed seed
    origin = {p: e for ps in pool.values() for e, p in ps}
    events = []
    for d, text in texts.items():
        plain = story.text(d).rstrip("\n")
        assert text.startswith(plain) and len(text) > len(plain) + 40
        added = [p for p in text[len(plain):].split("\n\n") if p.strip()]
        assert len(added) == 2
        events += [origin[p.strip()] for p in added]
    assert "eu-fine" not in events and len(events) == len(set(events))   # one event each
    proc = run_script("bench/distractors.py", "--devset2", "--story", "eu-fine", "--jobs", "1",
                      timeout=300)
    assert proc.returncode == 0, explain(proc)
    assert re.search(r"^devset2\s+1\s+\d+/\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+\d\.\d{3}$",
                     proc.stdout, re.M), explain(proc)


def test_missed_measures_lists_both_mentions_of_each_pair_missed_for_its_measure():
    args = ("--devset2", "--story", "eu-fine")
    classed = run_script("bench/missed.py", *args)
    listed = run_script("bench/missed.py", *args, "--measures")
    assert classed.returncode == 0 and listed.returncode == 0, explain(listed)
    why = re.search(r"^\s+why (.*)$", classed.stdout, re.M)[1]
    expected = sum(int(n) for n in re.findall(r"measure (?:missing|differs) (\d+)", why))
    heads = re.findall(r"^  eu-fine \S+: measure (?:missing|differs) \(", listed.stdout, re.M)
    assert len(heads) == expected > 0, explain(listed)
    # each pair: two mentions, each with its frame, its sentence and its measure words
    assert len(re.findall(r"^      words \[", listed.stdout, re.M)) == 2 * expected


def test_gold_lint_passes_a_set_and_names_a_broken_mention(tmp_path):
    proc = run_script("bench/gold_lint.py", "bench/devset22")
    assert proc.returncode == 0, explain(proc)
    assert "wolf-census: 0 problems" in proc.stdout, explain(proc)
    import shutil
    event = tmp_path / "wolf-census"
    shutil.copytree(ROOT / "bench" / "devset22" / "wolf-census", event)
    gold = (event / "gold.yaml").read_text(encoding="utf-8")
    first = gold.index("- [it-ansa.txt, ")
    end = gold.index("]", first)
    broken = gold[:first] + '- [it-ansa.txt, "9999 lupi"' + gold[end:]
    (event / "gold.yaml").write_text(broken, encoding="utf-8")
    proc = run_script("bench/gold_lint.py", str(tmp_path))
    assert proc.returncode == 1, explain(proc)
    assert "not found ['it-ansa.txt', '9999 lupi']" in proc.stdout, explain(proc)

"""One wire story syndicated by many outlets, with one slip: cost and findings.

The story is the development set's wire story (bench/devset/wire-syndication/en-outlet1.txt).
Each outlet's version differs a little, as real syndicated copies do: its own dateline
credit, some a shortened headline, some a paragraph dropped, some "about" added to a
round figure. One version gets a wrong digit in one figure. The benchmark runs extraction,
alignment and the default rules on one core and prints wall time, CPU time, peak memory,
the time per stage, and the findings: the goal is one finding (naming the one outlier), in
under 30 s and 1 GB for 300 versions, and a time that grows about linearly with the
number of versions.

    python bench/syndication.py                 # 50, 100 and 300 versions
    python bench/syndication.py --sizes 300
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "bench" / "devset" / "wire-syndication" / "en-outlet1.txt"


def versions(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(id, text) of n syndicated versions; version n//2 carries the slip."""
    rng = random.Random(seed)
    base = SOURCE.read_text(encoding="utf-8")
    paragraphs = [p for p in base.split("\n\n") if p.strip()]
    out = []
    for i in range(n):
        paras = list(paragraphs)
        if i and rng.random() < 0.3 and len(paras) > 4:
            del paras[rng.randrange(3, len(paras))]          # an outlet cuts a paragraph
        if rng.random() < 0.3:
            paras[0] = paras[0].split(",")[0]                  # a shorter headline
        text = "\n\n".join(paras).replace("(Wire)", f"(Outlet {i + 1})")
        if i == n // 2:
            text = text.replace("250,000", "230,000", 1)
        out.append((f"outlet{i + 1:03d}", text))
    return out


def run(n: int) -> dict:
    from claimcheck.checks import StoryContext, load_rule_packs
    from claimcheck.extraction import default_lexicon, extract
    from claimcheck.records import Story
    from claimcheck.stories import align_story

    docs = versions(n)
    rules = load_rule_packs(None)
    lexicon = default_lexicon()
    extract("warm up the language data and the lexicon", lang="en")
    t0, c0 = time.perf_counter(), time.process_time()
    claims = {d: tuple(extract(t, lang="en", doc=d)) for d, t in docs}
    t1 = time.perf_counter()
    story = Story("wire", tuple(d for d, _ in docs))
    texts = dict(docs)
    aligned = align_story(story, claims, texts, lexicon)
    t2 = time.perf_counter()
    ctx = StoryContext(story, claims, texts, {d: "en" for d in texts}, aligned, lexicon)
    findings = [f for rule in rules for f in rule.run(ctx)]
    t3 = time.perf_counter()
    flagged = [f for f in findings if not f.passed and f.severity in ("warning", "error")]
    return {"versions": n, "wall": t3 - t0, "cpu": time.process_time() - c0,
            "extract": t1 - t0, "align": t2 - t1, "check": t3 - t2,
            "rows": len(aligned), "findings": len(findings), "flags": flagged,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 300])
    args = p.parse_args(argv)
    print(f"{'versions':>8} {'wall s':>7} {'cpu s':>6} {'extract':>8} {'align':>6} {'check':>6} "
          f"{'rows':>5} {'findings':>8} {'flags':>5} {'peak MB':>8}")
    results = []
    for n in args.sizes:
        r = run(n)
        results.append(r)
        print(f"{n:8d} {r['wall']:7.2f} {r['cpu']:6.2f} {r['extract']:8.2f} {r['align']:6.2f} "
              f"{r['check']:6.2f} {r['rows']:5d} {r['findings']:8d} {len(r['flags']):5d} "
              f"{r['rss_mb']:8.0f}")
    last = results[-1]
    for f in last["flags"]:
        print(f"  flag: [{f.severity}] {' '.join(f.message.split())[:160]}")
    if len(results) > 1:
        a, b = results[0], results[-1]
        from math import log
        exponent = log(b["wall"] / a["wall"]) / log(b["versions"] / a["versions"])
        print(f"time exponent {exponent:.2f} ({a['versions']} -> {b['versions']} versions)")
    ok = len(last["flags"]) == 1 and last["wall"] < 30
    print("goal (one finding, under 30 s): " + ("OK" if ok else "NOT MET"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

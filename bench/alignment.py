"""Alignment and flag quality on stories with gold quantities.

For every gold story (``bench/devset/*``, and the seeds and bundles in ``bench/gold/``)
claimcheck extracts, aligns and checks the documents with the default rules, and the
result is scored against the gold:

- coverage: gold mentions that the extractor found at all;
- pairwise alignment: two found mentions are "predicted together" when one alignment row
  holds both, "gold together" when they are mentions of one gold quantity. Precision and
  recall over those pairs, across documents (and, apart, within one document);
- flags: failed findings at warning or error. A flag is on a real disagreement when it
  holds a gold outlier of a disagreeing quantity and another mention of that quantity
  that is not an outlier. Flag precision = such flags / all flags; flag recall = gold
  disagreements with at least one such flag.

    python bench/alignment.py              # the table
    python bench/alignment.py --verbose    # and every flag, true or false, and the misses
    python bench/alignment.py --story gdp-h1 --verbose
    python bench/alignment.py --devset2    # only a held-out set (bench/devset2/, --devset3 ...)
    python bench/alignment.py --pairs      # and every gold pair missed, and every false pair
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldstories as gs  # noqa: E402


@dataclass
class Score:
    mentions: int = 0
    found: int = 0
    tp: int = 0          # cross-document pairs predicted and gold
    pred: int = 0
    gold: int = 0
    tp_in: int = 0       # within-document pairs
    pred_in: int = 0
    gold_in: int = 0
    flags: int = 0
    true_flags: int = 0
    disagreements: int = 0
    caught: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k, v in vars(other).items():
            if isinstance(v, int):
                setattr(self, k, getattr(self, k) + v)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def true_flag(story: gs.GoldStory, finding, by_doc) -> str | None:
    """The disagreeing gold quantity a flag is right about, or None."""
    ms = [gs.mention_of(story, c, by_doc) for c in finding.claims]
    ms = [m for m in ms if m is not None]
    for q in story.disagreements:
        if any(m.quantity == q and m.outlier for m in ms) and \
                any(m.quantity == q and not m.outlier for m in ms):
            return q
    return None


def _row_text(run, rows: set[int]) -> str:
    return ",".join(str(i) for i in sorted(rows)) or "-"


def score_story(story: gs.GoldStory, verbose: bool = False, pairs: bool = False) -> Score:
    run = gs.run_story(story)
    by_doc = gs.mentions_by_doc(story)
    s = Score(mentions=len(story.mentions))
    found = {}
    for m in story.mentions:
        c = gs.claim_of(run, m)
        if c is not None:
            found[m] = (c.doc, c.start, c.end)
    s.found = len(found)
    row_of: dict[tuple, set[int]] = {}
    for i, a in enumerate(run.alignments):
        for c in a.claims:
            row_of.setdefault((c.doc, c.start, c.end), set()).add(i)
    ms = list(found)
    for a, b in combinations(ms, 2):
        same_gold = a.quantity == b.quantity
        together = bool(row_of.get(found[a], set()) & row_of.get(found[b], set()))
        if found[a] == found[b]:
            continue  # one claim covers both mentions
        if pairs and same_gold != together:
            kind = "MISSED" if same_gold else "FALSE "
            where = "cross" if a.doc != b.doc else "in-doc"
            s.notes.append(
                f"  {kind} {where} {a.quantity}/{b.quantity}: {a.doc} {a.text!r} "
                f"[row {_row_text(run, row_of.get(found[a], set()))}] ~ {b.doc} {b.text!r} "
                f"[row {_row_text(run, row_of.get(found[b], set()))}]")
        if a.doc != b.doc:
            s.gold += same_gold
            s.pred += together
            s.tp += same_gold and together
        else:
            s.gold_in += same_gold
            s.pred_in += together
            s.tp_in += same_gold and together
    caught = set()
    for f in gs.flags(run):
        q = true_flag(story, f, by_doc)
        s.flags += 1
        if q:
            s.true_flags += 1
            caught.add(q)
        if verbose:
            mark = "TRUE " if q else "FALSE"
            s.notes.append(f"  {mark} [{f.severity}] {' '.join(f.message.split())[:200]}")
    s.disagreements = len(story.disagreements)
    s.caught = len(caught)
    if verbose:
        for q, slip in story.disagreements.items():
            if q not in caught:
                outs = [m.text for m in story.quantities[q] if m.outlier]
                s.notes.append(f"  MISSED {q} ({slip}): {outs}")
    return s


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--story", action="append", help="only these stories (repeatable)")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--pairs", action="store_true",
                   help="list every gold pair not aligned and every aligned pair not gold")
    gs.add_held_out_options(p)
    args = p.parse_args(argv)
    stories = gs.all_stories(args.story, held_out=args.held_out)
    total = Score()
    t0 = time.perf_counter()
    head = (f"{'story':22} {'found':>9} {'pairs P':>8} {'pairs R':>8} {'in-doc R':>8} "
            f"{'flags':>6} {'true':>5} {'flag P':>7} {'disagr.':>7} {'caught':>6}")
    print(head)
    for story in stories:
        s = score_story(story, args.verbose, args.pairs)
        total.add(s)
        print(f"{story.name:22} {s.found:>4}/{s.mentions:<4} {_ratio(s.tp, s.pred):8.3f} "
              f"{_ratio(s.tp, s.gold):8.3f} {_ratio(s.tp_in, s.gold_in):8.3f} {s.flags:6d} "
              f"{s.true_flags:5d} {_ratio(s.true_flags, s.flags):7.3f} {s.disagreements:7d} "
              f"{s.caught:6d}")
        for line in s.notes:
            print(line)
    t = total
    print("-" * len(head))
    print(f"{'all':22} {t.found:>4}/{t.mentions:<4} {_ratio(t.tp, t.pred):8.3f} "
          f"{_ratio(t.tp, t.gold):8.3f} {_ratio(t.tp_in, t.gold_in):8.3f} {t.flags:6d} "
          f"{t.true_flags:5d} {_ratio(t.true_flags, t.flags):7.3f} {t.disagreements:7d} "
          f"{t.caught:6d}")
    print(f"\nalignment precision {_ratio(t.tp, t.pred):.3f}, recall {_ratio(t.tp, t.gold):.3f} "
          f"(cross-document pairs; within documents: precision {_ratio(t.tp_in, t.pred_in):.3f}, "
          f"recall {_ratio(t.tp_in, t.gold_in):.3f}); flag precision "
          f"{_ratio(t.true_flags, t.flags):.3f} ({t.true_flags}/{t.flags}); flag recall "
          f"{_ratio(t.caught, t.disagreements):.3f} ({t.caught}/{t.disagreements}); "
          f"{len(stories)} stories, {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

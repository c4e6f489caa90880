"""Why planted slips are missed: each missed slip of ``bench/mutations.py`` sorted into one class.

The slips planted are those of ``bench/mutations.py`` (same plans, same sample). A missed
slip falls in the first class that fits:

- never aligned: before the slip, its mention shared no row with another mention of its
  quantity (a pairs-recall miss: no slip on it can be caught);
- with the others, info: after the slip it shares a row with them and the finding is only
  an ``info`` note (low confidence);
- with the others, agreed: after the slip it shares a row with them and the judge finds
  them in agreement (a qualifier dropped within the figure's own interval, a rounding);
- with the others, no flag: any other verdict (no finding holding both);
- onto another figure: after the slip it shares no row with them, and its new figure
  agrees with another quantity's figure in its own version (the figure drew it away);
- onto another figure (other version): the same, with another version's figure only;
- pushed out: after the slip it shares no row with them, and its new figure agrees with
  no other quantity's figure (placement followed the value out).

    python bench/slip_classes.py --sample 25 [--devsetN] [--list]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldstories as gs  # noqa: E402
import mutations as mu  # noqa: E402

CLASSES = ("never aligned", "with the others, info", "with the others, agreed",
           "with the others, no flag", "onto another figure", "onto another figure (other version)",
           "pushed out")


def _row(run, key):
    return next((a for a in run.alignments
                 if any((c.doc, c.start, c.end) == key for c in a.claims)), None)


def _agrees(a, b) -> bool:
    from claimcheck.stories.identity import figures_agree

    return a.unit == b.unit and a.kind == b.kind and figures_agree(a, b)


def _classify(story, base, run, original, changed, mine, other_keys, quantity) -> tuple[str, str]:
    before = _row(base, (original.doc, original.start, original.end))
    if before is None or not any((c.doc, c.start, c.end) in other_keys
                                 for c in before.claims):
        return "never aligned", "in no row" if before is None else "apart"
    after = _row(run, mine)
    keys = {(c.doc, c.start, c.end) for c in after.claims} if after else set()
    if keys & other_keys:
        found = [f for f in run.findings if any((c.doc, c.start, c.end) == mine for c in f.claims)
                 and any((c.doc, c.start, c.end) in other_keys for c in f.claims)]
        said = "; ".join(" ".join(f.message.split())[:200] for f in found)
        if any(not f.passed and f.severity == "info" for f in found):
            return "with the others, info", said
        if any(f.passed for f in found):
            return "with the others, agreed", said
        return "with the others, no flag", ""
    # the figure it now agrees with: another gold quantity's mention in the run
    same_doc = other_doc = ""
    for m in story.mentions:
        if m.quantity == quantity:
            continue
        c = gs.claim_of(run, m)
        if c is None or (c.doc, c.start, c.end) == mine or not _agrees(c, changed):
            continue
        if c.doc == changed.doc:
            same_doc = same_doc or f"{m.quantity} {m.text!r}"
        else:
            other_doc = other_doc or f"{m.quantity} {m.text!r} ({m.doc})"
    where = "in no row after" if after is None else "in another row after"
    if same_doc:
        return "onto another figure", f"{same_doc}; {where}"
    if other_doc:
        return "onto another figure (other version)", f"{other_doc}; {where}"
    return "pushed out", where


def _one_story(args) -> dict:
    name, sample, held_out = args
    story = gs.all_stories([name], held_out=held_out)[0]
    base = gs.run_story(story)
    out = {"planted": 0, "caught": 0, "classes": Counter(), "lines": []}
    for m, kind, planted, others in mu.slip_plans(story, name, sample):
        p = mu.run_planted(story, base, m, kind, planted, others)
        if p is None:
            continue
        out["planted"] += 1
        if any(mu.holds_slip(f, p) for f in gs.flags(p.run)):
            out["caught"] += 1
            continue
        cls, detail = _classify(story, base, p.run, p.original, p.changed, p.mine,
                                p.other_keys, m.quantity)
        out["classes"][cls] += 1
        out["lines"].append(f"{cls}: {name}: {kind}: {m.doc} {m.text!r} -> {planted!r}"
                            + (f" [{detail}]" if detail else ""))
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mu.add_slip_options(p)
    p.add_argument("--list", action="store_true", help="every missed slip with its class")
    args = p.parse_args(argv)
    results = mu.run_stories(_one_story, args)
    planted = sum(r["planted"] for r in results)
    caught = sum(r["caught"] for r in results)
    classes = Counter()
    for r in results:
        classes.update(r["classes"])
    print(f"planted {planted}, caught {caught}, missed {planted - caught}")
    for cls in CLASSES:
        print(f"  {cls:40} {classes[cls]:4d}")
    if args.list:
        for r in results:
            for line in sorted(r["lines"]):
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

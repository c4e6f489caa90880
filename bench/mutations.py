"""Planted slips: does claimcheck catch a figure mistranslated in one version?

For every mention of every gold story that agrees with another mention of its quantity
(gold disagreements excluded), each slip class that applies is planted in the text, one
at a time, and the story is checked again (extraction of the changed document, alignment,
the default rules). The slip is caught when a flag (a failed finding at warning or error)
holds the changed mention and another mention of its quantity. Flags raised elsewhere
(flags of the changed run that the unchanged run did not raise and that do not hold the
changed mention) are counted as noise, unless they compare an outlier of a gold
disagreement with its quantity's agreeing mentions: a real disagreement that the slip only
moved into another row is printed apart, not counted as noise.

Slip classes (the text is changed where the mention is written):

- wrong digit: the first significant digit changed (204.5 -> 304.5);
- swapped digits: the first two neighbouring digits that differ, swapped (57.5 -> 75.5);
- decimal slip: the decimal mark moved one place, or a zero added to a whole number (one
  written with thousands separators is regrouped: 14'820 -> 148'200, 2 300 -> 23 000);
- false friend of scale: the scale word replaced by its false friend in that language
  (billion -> trillion, milliards -> billions, mil millones -> billones, Milliarden ->
  Billionen, bilhões -> biliões, miliardi -> bilioni);
- dropped or added 万/亿: 万 dropped, or 亿 written 万 (Chinese and Japanese);
- dropped qualifier: "more than", 超, plus de ... removed, when that makes the figure
  disagree with the rest: its interval, read as the judge reads it ("over 20" is 20 up
  to 200), shares no value with that of another mention in its unit (a conversion into
  another currency is not compared, so it neither makes the slip nor is one).

A planted slip whose changed text the extractor no longer reads as a figure, or reads as
the same value, is reported apart (not counted). ``--sample N`` plants at most N slips
per story (deterministic), for quick runs.

    python bench/mutations.py                 # every slip (a few minutes)
    python bench/mutations.py --sample 40     # quick
    python bench/mutations.py --devset2 --sample 25   # only a held-out set (--devset3 ...)
    python bench/mutations.py --sample 25 --misses    # and every slip missed, with where
                                                      # its mention stood before and after
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldstories as gs  # noqa: E402

# (language, written scale, its false friend); the language is the mention's own
_FALSE_FRIENDS = [
    ("en", "billion", "trillion"), ("en", "bn", "trn"),
    ("fr", "milliards", "billions"), ("fr", "milliard", "billion"),
    ("es", "mil millones", "billones"), ("es", "millardos", "billones"),
    ("de", "Milliarden", "Billionen"), ("de", "Milliarde", "Billion"), ("de", "Mrd.", "Bio."),
    ("pt", "bilhões", "biliões"), ("pt", "bilhão", "bilião"), ("pt", "mil milhões", "biliões"),
    ("it", "miliardi", "bilioni"), ("it", "miliardo", "bilione"),
]
_QUALIFIERS = ["more than ", "over ", "nearly ", "about ", "almost ", "around ", "plus de ",
               "près de ", "environ ", "más de ", "casi ", "unos ", "mehr als ", "rund ",
               "knapp ", "über ", "mais de ", "cerca de ", "quase ", "oltre ", "circa ",
               "quasi ", "超", "逾", "近", "约", "約", "以上", "超过", "超", "余"]
SLIPS = ("wrong digit", "swapped digits", "decimal slip", "false friend of scale",
         "dropped or added 万/亿", "dropped qualifier")
_DIGITS = regex.compile(r"\d+(?:[.,\u00a0\u202f' ]\d+)*")


_SPACES = "\u00a0\u202f' "
# languages that group thousands with a comma and write the decimal point as a point
_COMMA_GROUPS = ("en", "zh", "ja")


def _regrouped_times_ten(run: str, lang: str) -> str | None:
    """A whole number written with thousands separators ("14'820", "2 300", "60,739" in
    English, "1.250" in German), ten times larger and grouped the same way ("148'200",
    "23 000", "607,390", "12.500"), as a slipped translation writes it; None for any other
    number. (A zero appended to the digits would give "14'8200", which no one writes.)"""
    group = "," if lang.split("-")[0] in _COMMA_GROUPS else "."
    seps = {ch for ch in run if not ch.isdigit()}
    if len(seps) != 1:
        return None
    sep = seps.pop()
    if sep not in _SPACES and sep != group:
        return None
    parts = run.split(sep)
    if any(len(p) != 3 for p in parts[1:]) or not 1 <= len(parts[0]) <= 3:
        return None
    digits = "".join(parts) + "0"
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


def _plant(kind: str, text: str, lang: str) -> str | None:
    """The mention's text with one slip of ``kind`` planted, or None if it does not apply."""
    m = _DIGITS.search(text)
    if kind == "wrong digit" and m:
        run = m.group()
        i = next((k for k, ch in enumerate(run) if ch.isdigit() and ch != "0"), None)
        if i is None:
            return None
        new = str((int(run[i]) % 9) + 1)
        return text[:m.start() + i] + new + text[m.start() + i + 1:]
    if kind == "swapped digits" and m:
        run = m.group()
        pos = [k for k, ch in enumerate(run) if ch.isdigit()]
        for a, b in zip(pos, pos[1:]):
            if b == a + 1 and run[a] != run[b] and not (a == pos[0] and run[b] == "0"):
                s = list(run)
                s[a], s[b] = s[b], s[a]
                return text[:m.start()] + "".join(s) + text[m.end():]
        return None
    if kind == "decimal slip" and m:
        run = m.group()
        grouped = _regrouped_times_ten(run, lang)
        if grouped is not None:            # 14'820 -> 148'200, 2 300 -> 23 000
            return text[:m.start()] + grouped + text[m.end():]
        marks = [k for k, ch in enumerate(run) if ch in ".,"]
        if marks:
            k = marks[-1]
            digits_after = len(run) - k - 1
            if digits_after >= 2 or (len(marks) == 1 and digits_after == 1):
                if digits_after == 1:      # 57.5 -> 5.75
                    j = k - 1
                    if j <= 0:
                        return None
                    new = run[:j] + run[k] + run[j] + run[k + 1:]
                else:                      # 2.98 -> 29.8
                    new = run[:k] + run[k + 1] + run[k] + run[k + 2:]
                return text[:m.start()] + new + text[m.end():]
            return None
        return text[:m.end()] + "0" + text[m.end():]
    if kind == "false friend of scale":
        base = lang.split("-")[0]
        for code, word, friend in _FALSE_FRIENDS:
            if code == base and word in text:
                return text.replace(word, friend, 1)
        return None
    if kind == "dropped or added 万/亿":
        if "万" in text:
            return text.replace("万", "", 1)
        for big in ("亿", "億"):
            if big in text:
                return text.replace(big, "万", 1)
        return None
    if kind == "dropped qualifier":
        low = text.lower()
        for q in _QUALIFIERS:
            if low.startswith(q.lower()):
                return text[len(q):]
        return None
    return None


def still_agrees(changed, others: list) -> bool:
    """A figure whose qualifier was dropped still agrees with its quantity: its interval,
    as the judge reads it, shares a value with that of every other mention in its unit
    (mentions in another currency or unit are conversions the judge does not compare; a
    figure with none in its unit is such a conversion, approximate by nature)."""
    from claimcheck.stories.agreement import interval

    mine = interval(changed)
    # a bare number ("200亿") is compared in its row's unit, as the judge compares it
    same = [o for o in others if o is not None and (
        o.unit == changed.unit or "number" in (o.kind, changed.kind))]
    return all(_spans_meet(mine, interval(o)) for o in same)


def _spans_meet(a, b) -> bool:
    lo, hi = max(a.low, b.low), min(a.high, b.high)
    if lo < hi:
        return True
    if lo > hi:
        return False
    return all(s.contains(lo) for s in (a, b))


def _key(c, doc: str, at: int, delta: int) -> tuple:
    """A claim's place in the unchanged text (claims after the change shift by delta)."""
    start, end = c.start, c.end
    if c.doc == doc and start >= at:
        start, end = start - delta, end - delta
    return (c.doc, start, end)


def _compared(f) -> list:
    """A flag's claims that it compares: a mention in another currency than its row's
    (group -1, a bracketed conversion) is shown, not judged, and does not make another
    flag of it when a slip elsewhere moves it in or out."""
    if not f.groups:
        return list(f.claims)
    return [c for c, g in zip(f.claims, f.groups) if g != -1]


def _flag_key(f, doc: str = "", at: int = 0, delta: int = 0) -> frozenset:
    return frozenset(_key(c, doc, at, delta) for c in _compared(f))


def _flag_keys(run, doc: str = "", at: int = 0, delta: int = 0) -> set[frozenset]:
    return {_flag_key(f, doc, at, delta) for f in gs.flags(run)}


def _why(base, run, original, mine: tuple, others: set) -> str:
    """Why a planted slip was not flagged: where its mention stood before and after."""
    def row(r, key):
        return next((a for a in r.alignments
                     if any((c.doc, c.start, c.end) == key for c in a.claims)), None)

    before = row(base, (original.doc, original.start, original.end))
    was = "aligned before" if before is not None and any(
        (c.doc, c.start, c.end) in others for c in before.claims) else \
        "apart from the others before" if before is not None else "in no row before"
    after = row(run, mine)
    if after is None:
        return f"{was}; in no row after"
    keys = {(c.doc, c.start, c.end) for c in after.claims}
    if not keys & others:
        return f"{was}; in a row without the others after"
    found = [f for f in run.findings if any((c.doc, c.start, c.end) == mine for c in f.claims)
             and any((c.doc, c.start, c.end) in others for c in f.claims)]
    verdicts = ", ".join(sorted({"passed" if f.passed else f.severity for f in found})) \
        or "no finding"
    conf = min((after.confidences[i] for i, c in enumerate(after.claims)
                if (c.doc, c.start, c.end) == mine), default=None)
    return f"{was}; with the others after (confidence {conf}): {verdicts}"


def _on_real_disagreement(story, f, doc: str, at: int, delta: int) -> bool:
    """Whether a flag of the changed run compares an outlier of a gold disagreement with a
    mention of its quantity that agrees: a real disagreement the slip only moved into
    another row, not a false alarm (claims read where they stood before the change)."""
    found = []
    for c in f.claims:
        d, start, end = _key(c, doc, at, delta)
        found += [m for m in story.mentions if m.doc == d and start < m.end and m.start < end]
    return any(any(m.quantity == q and m.outlier for m in found) and
               any(m.quantity == q and not m.outlier for m in found)
               for q in story.disagreements)


def slip_plans(story, name: str, sample: int) -> list[tuple]:
    """(mention, slip kind, planted text, the mention's agreeing others) for every slip
    that applies to an agreeing mention of a gold quantity; at most ``sample`` of them
    (the same ones on every run), all for 0."""
    gold_outliers = {(m.doc, m.start) for m in story.mentions if m.outlier}
    plans = []
    for q, ms in story.quantities.items():
        if len(ms) < 2:
            continue
        for m in ms:
            if m.outlier or (q in story.disagreements and (m.doc, m.start) in gold_outliers):
                continue
            others = [o for o in ms if o is not m and not o.outlier]
            if not others:
                continue
            for kind in SLIPS:
                planted = _plant(kind, m.text, story.langs[m.doc])
                if planted and planted != m.text:
                    plans.append((m, kind, planted, others))
    if sample and len(plans) > sample:
        plans = random.Random(name).sample(plans, sample)
    return plans


@dataclass
class Planted:
    """One planted slip, checked: the changed run, the changed and the original claim,
    the changed claim's key and its quantity's other claims' keys in the changed text, and
    the length the text gained."""
    run: object
    changed: object
    original: object
    mine: tuple
    other_keys: set
    delta: int


def run_planted(story, base, m, kind: str, planted: str, others) -> Planted | None:
    """The story checked again with ``planted`` in place of mention ``m``; None when the
    slip was not read as a new figure (or a dropped qualifier still agrees: no slip)."""
    text = story.text(m.doc)
    delta = len(planted) - len(m.text)
    run = gs.run_story(story, {m.doc: text[:m.start] + planted + text[m.end:]})
    changed = next((c for c in run.claims[m.doc]
                    if c.kind != "date" and c.start < m.start + len(planted)
                    and m.start < c.end), None)
    original = gs.claim_of(base, m)
    if changed is None or original is None or (changed.value == original.value
                                                and changed.qualifier == original.qualifier):
        return None
    if kind == "dropped qualifier" and still_agrees(changed, [gs.claim_of(base, o)
                                                              for o in others]):
        return None
    other_keys = set()
    for o in others:
        oc = gs.claim_of(base, o)
        if oc is not None:
            other_keys.add(_key(oc, "", 0, 0) if oc.doc != m.doc or oc.start < m.start
                           else (oc.doc, oc.start + delta, oc.end + delta))
    return Planted(run, changed, original, (changed.doc, changed.start, changed.end),
                   other_keys, delta)


def holds_slip(f, p: Planted) -> bool:
    """Whether flag ``f`` holds the changed claim and another claim of its quantity."""
    keys = {(c.doc, c.start, c.end) for c in f.claims}
    return p.mine in keys and bool(keys & p.other_keys)


def _one_story(args) -> dict:
    name, sample, held_out = args
    story = gs.all_stories([name], held_out=held_out)[0]
    base = gs.run_story(story)
    base_flags = _flag_keys(base)
    out = {"planted": Counter(), "caught": Counter(), "unread": Counter(), "noise": 0,
           "regrouped": 0, "misses": [], "noisy": []}
    for m, kind, planted, others in slip_plans(story, name, sample):
        p = run_planted(story, base, m, kind, planted, others)
        if p is None:
            out["unread"][kind] += 1
            continue
        out["planted"][kind] += 1
        run, original, mine, other_keys, delta = p.run, p.original, p.mine, p.other_keys, \
            p.delta
        caught = False
        for f in gs.flags(run):
            if holds_slip(f, p):
                caught = True
            elif mine not in {(c.doc, c.start, c.end) for c in f.claims}:
                if _flag_key(f, m.doc, m.start, delta) in base_flags:
                    continue
                real = _on_real_disagreement(story, f, m.doc, m.start, delta)
                out["regrouped" if real else "noise"] += 1
                out["noisy"].append(f"{'(a gold disagreement) ' if real else ''}{name}: {kind}: "
                                    f"{m.doc} {m.text!r} -> {planted!r}: "
                                    f"{' '.join(f.message.split())[:160]}")
        if caught:
            out["caught"][kind] += 1
        else:
            out["misses"].append(f"{name}: {kind}: {m.doc} {m.text!r} -> {planted!r}"
                                 f" [{_why(base, run, original, mine, other_keys)}]")
    return out


def add_slip_options(p: argparse.ArgumentParser) -> None:
    """The options of a planted-slip run (this script's and slip_classes.py's)."""
    p.add_argument("--story", action="append")
    p.add_argument("--sample", type=int, default=0, help="at most N slips per story")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    gs.add_held_out_options(p)


def run_stories(one_story, args) -> list:
    """``one_story((name, sample, held_out))`` for every story the options select, on
    every core."""
    names = [s.name for s in gs.all_stories(args.story, held_out=args.held_out)]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        return list(pool.map(one_story, [(n, args.sample, args.held_out) for n in names]))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_slip_options(p)
    p.add_argument("--misses", action="store_true",
                   help="list the slips not caught, and the other flags they raised")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    results = run_stories(_one_story, args)
    planted, caught, unread = Counter(), Counter(), Counter()
    noise, regrouped, misses, noisy = 0, 0, [], []
    for r in results:
        planted.update(r["planted"])
        caught.update(r["caught"])
        unread.update(r["unread"])
        noise += r["noise"]
        regrouped += r["regrouped"]
        misses += r["misses"]
        noisy += r["noisy"]
    print(f"{'slip':26} {'planted':>8} {'caught':>7} {'recall':>7} {'not read':>9}")
    for kind in SLIPS:
        n = planted[kind]
        print(f"{kind:26} {n:8d} {caught[kind]:7d} {caught[kind] / n if n else 1:7.3f} "
              f"{unread[kind]:9d}")
    total, hit = sum(planted.values()), sum(caught.values())
    print(f"{'all':26} {total:8d} {hit:7d} {hit / total if total else 1:7.3f} "
          f"{sum(unread.values()):9d}")
    print(f"\nnew flags on a gold disagreement the slip moved into another row (not counted "
          f"as other flags): {regrouped / total if total else 0:.3f} per planted slip")
    print(f"mutation recall {hit / total if total else 1:.3f} ({hit}/{total}); "
          f"other flags per planted slip {noise / total if total else 0:.3f}; "
          f"{len(results)} stories, {time.perf_counter() - t0:.0f} s")
    if args.misses:
        for line in misses:
            print("  MISSED", line)
        for line in noisy:
            print("  OTHER FLAG", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

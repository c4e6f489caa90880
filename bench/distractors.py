"""Flags a reader can trust when versions carry background: distractor paragraphs.

Real versions of one story are longer than the development set's: each outlet adds its
own background, with figures of other events (last year's budget, a rival's results, an
earlier disaster). Such figures must not raise flags, and the story's real disagreements
must still be found among them. This benchmark appends to every version of every gold
story ``--paragraphs`` paragraphs taken from documents of *other* events in the same
language (each version gets different ones, chosen with a fixed seed), then runs the
pipeline as ``bench/alignment.py`` does and counts:

- distractor flags: flags on no gold disagreement that hold a figure of an appended
  paragraph (all false: the paragraphs tell other events, each version's another one);
- the gold disagreements still caught, against the plain run's;
- flag precision with the distractors (true flags / all flags). A check of one appended
  paragraph on itself (a bracketed conversion of the background's own event) is left out:
  the paragraph may hold that event's planted disagreement.

    python bench/distractors.py [--devsetN | --all] [--paragraphs 2] [--story S] [--list]

The pool of paragraphs is every development set's documents (the tuned set and every
``bench/devset<N>``), so the figures move when a set is added; compare runs of one
checkout only.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import alignment as al  # noqa: E402
import goldstories as gs  # noqa: E402


def _paragraphs(text: str) -> list[str]:
    """A document's body paragraphs with a figure (its title line left out)."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    body = blocks[1:] if len(blocks) > 1 else blocks
    return [b for b in body if any(ch.isdigit() for ch in b)]


def _stories(held_out: str, only=None) -> list[gs.GoldStory]:
    """A set's gold stories; of the tuned set, only ``bench/devset/``'s (the seeds and
    bundles are few, and shared with the tuned runs)."""
    return [s for s in gs.all_stories(only, held_out=held_out)
            if held_out or s.path.is_relative_to(gs.ROOT / "bench" / "devset")]


def _pool() -> dict[str, list[tuple[str, str]]]:
    """(event, paragraph) by language, from every development set."""
    pool: dict[str, list[tuple[str, str]]] = {}
    sets = [""] + gs.held_out_sets()
    for held_out in sets:
        for story in _stories(held_out):
            for d in story.docs:
                lang = _lang(story.text(d))
                for p in _paragraphs(story.text(d)):
                    pool.setdefault(lang, []).append((story.name, p))
    return pool


def _lang(text: str) -> str:
    """The language and variant claimcheck reads a text in (a paragraph of another
    variant would change how the version's numbers are read: "1.120" in Spain, "1,120"
    in Mexico)."""
    from claimcheck.extraction import detect_language

    return detect_language(text) or ""


def distracted_texts(story: gs.GoldStory, pool, paragraphs: int) -> dict[str, str]:
    """Each version's text with ``paragraphs`` paragraphs of other events appended; no
    two versions of the story draw on one event (two translations of one background
    paragraph would be one quantity, rightly paired)."""
    out, used = {}, {story.name}
    for d in story.docs:
        lang = _lang(story.text(d))
        choices = [(e, p) for e, p in pool.get(lang, ()) if e not in used]
        choices = sorted(set(choices))
        rng = random.Random(zlib.crc32(f"{story.name}/{d}".encode()))
        picked = []
        while choices and len(picked) < paragraphs:
            e, p = choices[rng.randrange(len(choices))]
            picked.append(p)
            used.add(e)
            choices = [(e2, p2) for e2, p2 in choices if e2 not in used]
        text = story.text(d).rstrip("\n")
        out[d] = text + "".join("\n\n" + p for p in picked) + "\n"
    return out


def _one_story(args) -> dict:
    name, held_out, paragraphs = args
    story = gs.all_stories([name], held_out=held_out)[0]
    by_doc = gs.mentions_by_doc(story)
    plain = gs.run_story(story)
    texts = distracted_texts(story, _POOL, paragraphs)
    cut = {d: len(story.text(d).rstrip("\n")) for d in story.docs}
    run = gs.run_story(story, texts=texts)
    out = {"story": name, "plain_true": {al.true_flag(story, f, by_doc) for f in gs.flags(plain)}
           - {None}, "flags": 0, "true_flags": 0, "true": set(), "distractor": 0, "own": 0,
           "lines": []}
    for f in gs.flags(run):
        added = [c.start >= cut.get(c.doc, 1 << 60) for c in f.claims]
        q = al.true_flag(story, f, by_doc)
        if q:
            out["true"].add(q)
            out["true_flags"] += 1
        elif len({c.doc for c in f.claims}) == 1 and all(added):
            out["own"] += 1        # a check of one appended paragraph on itself: not counted
            continue
        elif any(added):
            out["distractor"] += 1
            out["lines"].append(f"{name}: {' '.join(f.message.split())[:220]}")
        else:
            out["lines"].append(f"{name} (story figures): {' '.join(f.message.split())[:220]}")
        out["flags"] += 1
    out["disagreements"] = len(story.disagreements)
    return out


_POOL: dict = {}


def _init(paragraph_pool) -> None:
    _POOL.update(paragraph_pool)


def run_set(held_out: str, paragraphs: int, jobs: int, pool, only=None) -> list[dict]:
    names = [s.name for s in _stories(held_out, only)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(pool,)) as ex:
        return list(ex.map(_one_story, [(n, held_out, paragraphs) for n in names]))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gs.add_held_out_options(p)
    p.add_argument("--all", action="store_true", help="the tuned set and every devset")
    p.add_argument("--paragraphs", type=int, default=2)
    p.add_argument("--story", action="append", help="only this story (repeatable)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--list", action="store_true", help="every flag that is not a true one")
    args = p.parse_args(argv)
    sets = [""] + gs.held_out_sets() if args.all else [args.held_out]
    t0 = time.perf_counter()
    print(f"{'set':10} {'stories':>7} {'caught plain':>12} {'caught':>6} {'flags':>5} "
          f"{'true':>4} {'distractor':>10} {'flag P':>6}")
    total = {"d": 0, "plain": 0, "caught": 0, "flags": 0, "true": 0, "distractor": 0}
    pool = _pool()
    for held_out in sets:
        results = run_set(held_out, args.paragraphs, args.jobs, pool, args.story)
        d = sum(r["disagreements"] for r in results)
        plain = sum(len(r["plain_true"]) for r in results)
        caught = sum(len(r["true"]) for r in results)
        flags = sum(r["flags"] for r in results)
        true = sum(r["true_flags"] for r in results)
        distractor = sum(r["distractor"] for r in results)
        for k, v in (("d", d), ("plain", plain), ("caught", caught), ("flags", flags),
                     ("true", true), ("distractor", distractor)):
            total[k] += v
        print(f"{held_out or 'tuned':10} {len(results):7d} {plain:>7d}/{d:<4d} {caught:>6d} "
              f"{flags:5d} {true:4d} {distractor:10d} {true / flags if flags else 1:6.3f}")
        if args.list:
            for r in results:
                for line in r["lines"]:
                    print("    ", line)
    if len(sets) > 1:
        t = total
        print(f"{'all':10} {'':7} {t['plain']:>7d}/{t['d']:<4d} {t['caught']:>6d} "
              f"{t['flags']:5d} {t['true']:4d} {t['distractor']:10d} "
              f"{t['true'] / t['flags'] if t['flags'] else 1:6.3f}")
    print(f"\n{args.paragraphs} paragraph(s) of other events appended to every version; "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

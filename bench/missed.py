"""Why gold pairs are missed: the missed pairs of ``bench/alignment.py``, by class.

Every gold pair that no alignment row holds is put in three classes:

- placement: ``alone`` (a mention is in no row at all: never aligned), ``split`` (both
  are in rows, not the same one), ``not alignable`` (a bare small number, dropped before
  alignment);
- where: ``cross`` (two documents), or within one document ``headline`` (one mention in the
  title line or first sentence, the other not), ``table`` (one mention in a line of
  cells: several figures and few words), ``repeat`` (the figure told again later);
- why: the first difference found between the two claims: dimension (``no unit`` when one
  is a bare number, ``currency`` for two currencies, ``unit`` otherwise), ``measure``,
  ``entity``, ``period``, ``role`` (each ``missing`` when one side names it and the other
  not, ``differs`` when both do), ``no frame`` when neither side names a measure, and
  ``frames agree`` when nothing in the frames tells the two apart.

Counts are given per pair (the figure recall is computed on) and per stray mention (a
found mention outside the row that holds most mentions of its quantity), so that one
mention of a quantity told twelve times does not hide behind its pair count.

    python bench/missed.py                 # the tuned set's classes
    python bench/missed.py --devset7       # a held-out set's
    python bench/missed.py --list          # and every stray mention with its class
    python bench/missed.py --measures      # and both mentions of every pair missed for
                                           # its measure, with the words that framed them
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldstories as gs  # noqa: E402

_TABLE_WORDS = 4        # a line with two figures or more and at most this many words


def _line(text: str, at: int) -> str:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return text[lo:hi if hi >= 0 else len(text)]


def _tabular(text: str, c) -> bool:
    line = _line(text, c.start)
    if "|" in line or "\t" in line:
        return True
    import regex
    figures = len(regex.findall(r"\d[\d.,]*", line))
    words = len(regex.findall(r"[\p{L}]{3,}", line))
    han = len(regex.findall(r"\p{Han}", line))
    return figures >= 2 and words + han // 2 <= _TABLE_WORDS


def _slot(name: str, a: str, b: str) -> str | None:
    if a == b:
        return None
    if a and b:
        return f"{name} differs"
    return f"{name} missing"


def why(ma, mb) -> str:
    """The first difference between two mentions' claims that can keep them apart."""
    ca, cb = ma.claim, mb.claim
    if ma.dim != mb.dim:
        dims = {ma.dim, mb.dim}
        if "number" in dims:
            return "no unit"
        if all(d.startswith("money:") for d in dims):
            return "currency"
        return f"unit ({' / '.join(sorted(dims))})"
    if ca.unit != cb.unit:
        return "unit (same kind)"
    for name in ("measure", "entity", "period"):
        s = _slot(name, getattr(ca, name), getattr(cb, name))
        if s:
            return s
    if ma.family != mb.family:
        return "role differs"
    if not ca.measure and not cb.measure:
        return "no frame"
    return "frames agree"


def where(story, ma, mb, texts) -> str:
    if ma.doc != mb.doc:
        return "cross"
    if ma.headline != mb.headline:
        return "headline"
    text = texts[ma.doc]
    if _tabular(text, ma.claim) != _tabular(text, mb.claim):
        return "table"
    return "repeat"


_MEASURE_CLASSES = ("measure missing", "measure differs")
_AROUND = 60        # characters of the sentence shown before a figure (and half after)


def _measure_words(c, text: str) -> str:
    """The measure words of a claim's sentence, each as word=concept; the concept the claim
    took is starred, the counted noun's cues are listed apart."""
    from claimcheck.extraction import default_lexicon

    scanner = default_lexicon().cue_scanner(c.lang.split("-")[0])
    end = c.sentence_start + len(c.sentence)
    words = [f"{'*' if q.id == c.measure else ''}{text[q.start:q.end]}={q.id}"
             f"@{q.start - c.start:+d}"
             for q in scanner.scan(text, c.sentence_start, end) if q.slot == "measure"]
    noun = [q.id for q in scanner.phrase_cues(c.subject) if q.slot == "measure"] \
        if c.subject else []
    return f"words [{', '.join(words)}]" + (f" noun {c.subject!r}->{noun}" if c.subject else "")


def _describe(m, text: str) -> str:
    c = m.claim
    lo = max(c.sentence_start, c.start - _AROUND)
    hi = min(c.sentence_start + len(c.sentence), c.end + _AROUND // 2)
    frame = "/".join(x or "-" for x in (c.measure, c.entity, c.period, c.role))
    around = (text[lo:c.start] + "[" + text[c.start:c.end] + "]" + text[c.end:hi])
    return (f"    {m.doc.split('/')[-1]:12} {c.lang:5} {c.kind:7} [{frame}]\n"
            f"      {' '.join(around.split())!r}\n      {_measure_words(c, text)}")


def analyse(story, counts: dict, listing: list[str] | None,
            measures: list[str] | None = None) -> None:
    from claimcheck.stories.mentions import mentions_of

    run = gs.run_story(story)
    texts = {d: story.text(d) for d in story.docs}
    mention = {}
    for d, claims in run.claims.items():
        for m in mentions_of(d, claims, texts[d]):
            mention[m.key] = m
    row_of: dict[tuple, set[int]] = {}
    for i, a in enumerate(run.alignments):
        for c in a.claims:
            row_of.setdefault((c.doc, c.start, c.end), set()).add(i)
    found = {}
    for g in story.mentions:
        c = gs.claim_of(run, g)
        if c is not None:
            found[g] = c

    def placement(ka, kb) -> str:
        if ka not in mention or kb not in mention:
            return "not alignable"
        if not row_of.get(ka) or not row_of.get(kb):
            return "alone"
        return "split"

    for a, b in combinations(found, 2):
        if a.quantity != b.quantity:
            continue
        ca, cb = found[a], found[b]
        ka, kb = (ca.doc, ca.start, ca.end), (cb.doc, cb.start, cb.end)
        if ka == kb or row_of.get(ka, set()) & row_of.get(kb, set()):
            continue
        p = placement(ka, kb)
        ma, mb = mention.get(ka), mention.get(kb)
        w = where(story, ma, mb, texts) if ma and mb else ("cross" if a.doc != b.doc else
                                                          "in-doc")
        y = why(ma, mb) if ma and mb else "not alignable"
        counts["pairs"][(p, w if w == "cross" else f"in-doc {w}", y)] += 1
        if measures is not None and y in _MEASURE_CLASSES:
            measures.append(f"  {story.name} {a.quantity}: {y} ({p})\n"
                            f"{_describe(ma, texts[ma.doc])}\n{_describe(mb, texts[mb.doc])}")
    # stray mentions: outside the row that holds most of their quantity's mentions
    for q, gms in story.quantities.items():
        ms = [g for g in gms if g in found]
        if len(ms) < 2:
            continue
        keys = {g: (found[g].doc, found[g].start, found[g].end) for g in ms}
        votes = Counter(r for g in ms for r in row_of.get(keys[g], ()))
        main = votes.most_common(1)[0][0] if votes else None
        members = [g for g in ms if main in row_of.get(keys[g], ())]
        for g in ms:
            if g in members:
                continue
            k = keys[g]
            m = mention.get(k)
            if m is None:
                cls = ("not alignable", "-", "not alignable")
            else:
                p = "alone" if not row_of.get(k) else "split"
                # the closest member of the main row: in its document first, else any
                ref = [mention[keys[x]] for x in members if keys[x] in mention]
                ref.sort(key=lambda r: (r.doc != m.doc, abs(r.pos - m.pos)))
                if ref:
                    r = ref[0]
                    w = where(story, m, r, texts)
                    cls = (p, w if w == "cross" else f"in-doc {w}", why(m, r))
                else:
                    cls = (p, "-", "no row")
            counts["strays"][cls] += 1
            if listing is not None:
                c = m.claim if m else found[g]
                frame = "/".join(x or "-" for x in (c.measure, c.entity, c.period, c.role)) \
                    if m else ""
                listing.append(f"  {story.name:18} {q:22} {g.doc.split('/')[-1]:10} "
                               f"{g.text[:40]!r:44} {' | '.join(cls)}  [{frame}]"
                               f"{' unit=' + str(c.unit) + ' kind=' + c.kind if m else ''}")


def _table(title: str, counter: Counter) -> None:
    total = sum(counter.values())
    print(f"\n{title}: {total}")
    for level, name in ((0, "placement"), (1, "where"), (2, "why")):
        by = Counter()
        for k, n in counter.items():
            by[k[level]] += n
        print(f"  {name:9} " + ", ".join(f"{k} {n}" for k, n in by.most_common()))
    print("  classes (placement | where | why):")
    for k, n in counter.most_common(25):
        print(f"    {n:5}  {' | '.join(k)}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--story", action="append", help="only these stories (repeatable)")
    p.add_argument("--list", action="store_true", help="every stray mention with its class")
    p.add_argument("--measures", action="store_true",
                   help="both mentions of every pair missed for its measure, with the words "
                        "of their sentences that name a measure")
    gs.add_held_out_options(p)
    args = p.parse_args(argv)
    counts = {"pairs": Counter(), "strays": Counter()}
    listing: list[str] | None = [] if args.list else None
    measures: list[str] | None = [] if args.measures else None
    for story in gs.all_stories(args.story, held_out=args.held_out):
        analyse(story, counts, listing, measures)
    _table("missed gold pairs", counts["pairs"])
    _table("stray mentions (outside their quantity's main row)", counts["strays"])
    if listing:
        print()
        print("\n".join(listing))
    if measures:
        print("\nmissed for their measure (words: word=concept@offset from the figure, "
              "* the concept taken):")
        print("\n".join(measures))
    return 0


if __name__ == "__main__":
    sys.exit(main())

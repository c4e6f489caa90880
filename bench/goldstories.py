"""Stories with gold quantities, and the pipeline run on them, for the alignment benchmarks.

A gold file (``bench/devset/<event>/gold.yaml``, ``bench/gold/<name>.yaml``; the format is
documented in ``bench/devset/README.md``) lists the documents of one story and every
quantity they mention: each quantity's mentions (file and substring), and, when versions
disagree, which mentions are the outliers. This module loads them, runs claimcheck on
their documents in-process (one story per gold file, or the stories the file names), and
maps the claims of the run onto the gold mentions by span overlap.

Only the public API of each stage is used: ``claimcheck.extraction.extract``,
``claimcheck.stories`` and ``claimcheck.checks``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class Mention:
    doc: str            # document path, as in the gold file
    start: int
    end: int
    text: str
    quantity: str
    outlier: bool


@dataclass
class GoldStory:
    name: str
    path: Path
    docs: dict[str, Path]                       # document key -> file
    langs: dict[str, str]                       # document key -> language (given)
    mentions: list[Mention]
    quantities: dict[str, list[Mention]]
    disagreements: dict[str, str]               # quantity id -> slip
    updates: set[frozenset[str]] = field(default_factory=set)
    not_claims: list[tuple[str, int, int]] = field(default_factory=list)
    groups: list[list[str]] = field(default_factory=list)   # documents of each story

    def text(self, doc: str) -> str:
        return self.docs[doc].read_text(encoding="utf-8")


def _find(text: str, sub: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.find(sub, at + 1)
        if at < 0:
            raise ValueError(f"{sub!r} occurs fewer than {n} times")
    return at


def _span(spec) -> tuple[str, str, int]:
    doc, sub = spec[0], spec[1]
    return doc, sub, int(spec[2]) if len(spec) > 2 else 1


def load(path: Path, base: Path | None = None) -> GoldStory:
    """One gold file; document keys are resolved against ``base`` (default: the file's
    folder)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    base = base or path.parent
    docs, langs = {}, {}
    for key, meta in data["documents"].items():
        docs[key] = (base / key).resolve()
        langs[key] = (meta or {}).get("lang", "")
    texts = {k: p.read_text(encoding="utf-8") for k, p in docs.items()}
    mentions, quantities, disagreements, updates = [], {}, {}, set()
    for q in data["quantities"]:
        outliers = set()
        if q.get("disagreement"):
            outliers = {_span(o) for o in q["disagreement"].get("outliers") or []}
            disagreements[q["id"]] = q["disagreement"].get("slip", "")
        if q.get("update_of"):
            updates.add(frozenset((q["id"], q["update_of"])))
        for spec in q["mentions"]:
            doc, sub, n = _span(spec)
            at = _find(texts[doc], sub, n)
            m = Mention(doc, at, at + len(sub), sub, q["id"], (doc, sub, n) in outliers)
            mentions.append(m)
            quantities.setdefault(q["id"], []).append(m)
    not_claims = []
    for spec in data.get("not_claims") or []:
        doc, sub, n = _span(spec)
        at = _find(texts[doc], sub, n)
        not_claims.append((doc, at, at + len(sub)))
    groups = [list(g) for g in (data.get("stories") or {}).values()] or [list(docs)]
    return GoldStory(path.parent.name if path.name == "gold.yaml" else path.stem, path,
                     docs, langs, mentions, quantities, disagreements, updates, not_claims,
                     groups)


def held_out_sets() -> list[str]:
    """The held-out development sets present: ``bench/devset2/``, ``bench/devset3/`` ...
    (every ``bench/devset<N>`` folder), in order."""
    found = [p.name for p in (ROOT / "bench").glob("devset[0-9]*") if p.is_dir()]
    return sorted(found, key=lambda name: int(name[len("devset"):]))


def add_held_out_options(parser) -> None:
    """One ``--devset<N>`` option per held-out set (its stories only)."""
    for name in held_out_sets():
        parser.add_argument(f"--{name}", dest="held_out", action="store_const", const=name,
                            help=f"only the held-out set bench/{name}/")
    parser.set_defaults(held_out="")


def all_stories(names: list[str] | None = None, held_out: str = "") -> list[GoldStory]:
    """The development set, then the seeds and bundles (those whose files exist); with
    ``held_out`` (``"devset2"`` ...), only that held-out development set."""
    if held_out:
        out = [load(p) for p in sorted((ROOT / "bench" / held_out).glob("*/gold.yaml"))]
    else:
        out = [load(p) for p in sorted((ROOT / "bench" / "devset").glob("*/gold.yaml"))]
        for p in sorted((ROOT / "bench" / "gold").glob("*.yaml")):
            story = load(p, ROOT)
            if all(f.exists() for f in story.docs.values()):
                out.append(story)
    if names:
        out = [s for s in out if s.name in names]
    return out


# ------------------------------------------------------------------ running claimcheck

@dataclass
class Run:
    """The result of the pipeline on one gold story."""

    claims: dict[str, tuple]          # doc key -> claims
    alignments: list                  # claimcheck.records.Alignment
    findings: list                    # claimcheck.records.Finding


_EXTRACTED: dict[tuple[str, str, str], tuple] = {}


def extract_cached(doc: str, text: str, lang: str):
    from claimcheck.extraction import extract

    key = (doc, lang, text)
    if key not in _EXTRACTED:
        _EXTRACTED[key] = tuple(extract(text, lang=lang or None, doc=doc))
    return _EXTRACTED[key]


def run_story(story: GoldStory, texts: dict[str, str] | None = None, rules=None) -> Run:
    """Extract, align and check ``story`` (``texts`` may replace some documents' text)."""
    from claimcheck.checks import StoryContext, load_rule_packs
    from claimcheck.extraction import default_lexicon, detect_language
    from claimcheck.records import Story
    from claimcheck.stories import align_story

    texts = {d: (texts or {}).get(d) or story.text(d) for d in story.docs}
    rules = rules if rules is not None else load_rule_packs(None)
    lexicon = default_lexicon()
    # as a user runs it: the language (and its regional variant) detected per document
    langs = {d: detect_language(texts[d]) for d in story.docs}
    claims = {d: extract_cached(d, texts[d], langs[d]) for d in story.docs}
    alignments, findings = [], []
    for n, group in enumerate(story.groups):
        st = Story(f"{story.name}-{n + 1}", tuple(group), "gold grouping")
        aligned = align_story(st, {d: claims[d] for d in group}, {d: texts[d] for d in group},
                              lexicon)
        alignments.extend(aligned)
        ctx = StoryContext(story=st, claims={d: claims[d] for d in group},
                           texts={d: texts[d] for d in group},
                           langs={d: langs[d] for d in group}, alignments=aligned,
                           lexicon=lexicon)
        for rule in rules:
            findings.extend(rule.run(ctx))
    return Run(claims, alignments, findings)


def claim_of(run: Run, m: Mention, shift: dict | None = None):
    """The claim of the run that overlaps gold mention ``m`` (None when not extracted)."""
    for c in run.claims.get(m.doc, ()):
        if c.kind != "date" and c.start < m.end and m.start < c.end:
            return c
    return None


def mention_of(story: GoldStory, c, by_doc: dict | None = None) -> Mention | None:
    """The gold mention a claim overlaps, if any."""
    for m in (by_doc or {}).get(c.doc, story.mentions):
        if m.doc == c.doc and c.start < m.end and m.start < c.end:
            return m
    return None


def mentions_by_doc(story: GoldStory) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in story.mentions:
        out.setdefault(m.doc, []).append(m)
    return out


def flags(run: Run) -> list:
    """Findings a reader is asked to act on: failed warnings and errors."""
    return [f for f in run.findings if not f.passed and f.severity in ("warning", "error")]


def relpath(p: Path) -> str:
    return os.path.relpath(p, ROOT)

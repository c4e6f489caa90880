"""Snapshot every claim the extractor finds on a fixed body of text, and compare two
snapshots: a guard for optimisations that must not change a single claim.

    python bench/claims_snapshot.py write OUT.jsonl   # extract and write the snapshot
    python bench/claims_snapshot.py diff A.jsonl B.jsonl   # exit 1 when they differ

The text: the 5 MB corpus of bench/speed.py (bench/corpus.py), the shared seeds and
bundles, every paragraph of bench/realtext/*.yaml (read in the file's language) and every
version of the development sets' stories (bench/devset*/, in its detected language). One
JSON line per document: its name, language and claims, each with its span, text, value,
unit, kind, qualifier, interval, subject, notes and frame (measure, entity, period, role,
scope). Values are written as exact decimal strings.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, source_documents  # noqa: E402

FIELDS = ("start", "end", "text", "value", "unit", "kind", "qualifier", "low", "high",
          "subject", "notes", "measure", "entity", "period", "role", "scope")


_HELD_OUT = re.compile(r"^holdout\d*-")


def documents(min_bytes: int):
    """(name, lang, text) of every document of the snapshot, in a fixed order."""
    for name, lang, text in source_documents():
        yield name, lang, text
    for i, (lang, text) in enumerate(build_corpus(min_bytes)):
        yield f"corpus/{i}", lang, text
    from claimcheck.extraction import available_languages

    have = available_languages()
    for path in sorted((ROOT / "bench" / "realtext").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = _HELD_OUT.sub("", path.stem)      # any held-out set: holdout-, holdout7-, ...
        if lang not in have:
            lang = lang.split("-")[0]            # a variant with no file of its own (zh-TW)
        for para in data.get("paragraphs") or ():
            yield f"realtext/{path.stem}/{para['id']}", lang, para["text"]
    from claimcheck.extraction import detect_language

    for path in sorted((ROOT / "bench").glob("devset*/*/*.txt")):
        text = path.read_text(encoding="utf-8")   # read as a user's run reads it: detected
        yield path.relative_to(ROOT / "bench").as_posix(), detect_language(text), text


def claim_row(c) -> list:
    return [str(v) if v is not None and not isinstance(v, (int, str)) else v
            for v in (getattr(c, f) for f in FIELDS)]


def write(out: Path, min_bytes: int) -> int:
    from claimcheck import extract
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, lang, text in documents(min_bytes):
            claims = [claim_row(c) for c in extract(text, lang, doc=name)]
            n += len(claims)
            fh.write(json.dumps({"doc": name, "lang": lang, "claims": claims},
                                ensure_ascii=False) + "\n")
    print(f"{out}: {n:,} claims")
    return 0


def diff(a: Path, b: Path, show: int = 10) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    if len(left) != len(right):
        print(f"different document counts: {len(left)} vs {len(right)}")
        return 1
    bad = 0
    for la, lb in zip(left, right):
        if la == lb:
            continue
        da, db = json.loads(la), json.loads(lb)
        bad += 1
        if bad <= show:
            ca, cb = da["claims"], db["claims"]
            print(f"{da['doc']} ({da['lang']}): {len(ca)} vs {len(cb)} claims")
            for x, y in zip(ca, cb):
                if x != y:
                    print("  -", dict(zip(FIELDS, x)))
                    print("  +", dict(zip(FIELDS, y)))
                    break
    print(f"{bad} of {len(left)} documents differ" if bad else
          f"identical: {len(left)} documents")
    return 1 if bad else 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write", help="extract and write a snapshot")
    w.add_argument("out", type=Path)
    w.add_argument("--min-bytes", type=int, default=5_000_000,
                   help="size of the speed corpus (default 5,000,000, as bench/speed.py)")
    d = sub.add_parser("diff", help="compare two snapshots; exit 1 when they differ")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    args = p.parse_args(argv)
    if args.cmd == "write":
        return write(args.out, args.min_bytes)
    return diff(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())

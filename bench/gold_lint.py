"""Check a development set's gold without running claimcheck (for its writer, before the
first measure): every mention substring is found at its occurrence, none is glued to further
digits (a likely wrong occurrence), no two annotations take one span, every outlier of a
disagreement is one of its quantity's mentions; and list the digit runs and CJK number
words that no mention or not_claim covers.

    python bench/gold_lint.py bench/devset22            # every event of the set
    python bench/gold_lint.py bench/devset22 wolf-census

Prints one line per problem and per uncovered number; exits 1 when a problem is found
(uncovered numbers are for reading, not failures)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

_NUMBERS = re.compile(r"[0-9０-９]+|[一二三四五六七八九十两半]+[成倍]")


def _find(text: str, sub: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(sub, at + 1)
        if at < 0:
            break
    return at


def _glued(text: str, at: int, sub: str) -> bool:
    end = at + len(sub)
    before = text[at - 1] if at > 0 else " "
    after = text[end] if end < len(text) else " "
    return (sub[0].isdigit() and (before.isdigit() or
                                  (before in ".," and text[at - 2:at - 1].isdigit()))) or \
        (sub[-1].isdigit() and (after.isdigit() or
                                (after in ".," and text[end + 1:end + 2].isdigit())))


def lint(event: Path) -> tuple[list[str], list[str]]:
    """(problems, uncovered numbers) of one event folder's gold.yaml."""
    gold = yaml.safe_load((event / "gold.yaml").read_text(encoding="utf-8"))
    texts = {d: (event / d).read_text(encoding="utf-8") for d in gold["documents"]}
    problems, uncovered = [], []
    items = [(q["id"], m) for q in gold["quantities"] for m in q["mentions"]]
    items += [("not_claim", m) for m in gold.get("not_claims") or []]
    for q in gold["quantities"]:
        mentions = [m[:2] for m in q["mentions"]]
        for o in (q.get("disagreement") or {}).get("outliers", []):
            if o[:2] not in mentions:
                problems.append(f"{event.name} {q['id']}: outlier {o} is not a mention")
    covered = {d: [False] * len(t) for d, t in texts.items()}
    taken: dict[tuple[str, int], str] = {}
    for qid, m in items:
        doc, sub = m[0], m[1]
        at = _find(texts[doc], sub, m[2] if len(m) > 2 else 1)
        if at < 0:
            problems.append(f"{event.name} {qid}: not found {m}")
            continue
        if (doc, at) in taken:
            problems.append(f"{event.name} {qid}: same span as {taken[(doc, at)]} {m}")
        taken[(doc, at)] = qid
        if _glued(texts[doc], at, sub):
            problems.append(f"{event.name} {qid}: glued to further digits {m}")
        for i in range(at, at + len(sub)):
            covered[doc][i] = True
    for doc, text in texts.items():
        for x in _NUMBERS.finditer(text):
            if not any(covered[doc][x.start():x.end()]):
                uncovered.append(f"{event.name} {doc}: "
                                 f"{text[max(0, x.start() - 15):x.end() + 15]!r}")
    return problems, uncovered


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[0])
        print("usage: python bench/gold_lint.py SET_FOLDER [EVENT ...]")
        return 2
    root = Path(argv[0])
    events = [root / e for e in argv[1:]] or sorted(p.parent for p in root.glob("*/gold.yaml"))
    failed = False
    for event in events:
        problems, uncovered = lint(event)
        for line in problems + [f"uncovered: {u}" for u in uncovered]:
            print(line)
        failed = failed or bool(problems)
        print(f"{event.name}: {len(problems)} problems, {len(uncovered)} uncovered numbers")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

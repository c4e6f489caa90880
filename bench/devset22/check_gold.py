"""Check that every gold substring (with its occurrence) is in its file; warn when a
numeric substring is glued to further digits (a likely wrong occurrence)."""
import sys, pathlib, yaml
root = pathlib.Path(__file__).parent
bad = 0
for g in sorted(root.glob("*/gold.yaml")):
    gold = yaml.safe_load(g.read_text())
    texts = {d: (g.parent / d).read_text() for d in gold["documents"]}
    items = [(q["id"], m) for q in gold["quantities"] for m in q["mentions"]]
    items += [("not_claim", m) for m in gold.get("not_claims") or []]
    for q in gold["quantities"]:
        for o in (q.get("disagreement") or {}).get("outliers", []):
            if o[:2] not in [m[:2] for m in q["mentions"]]:
                print(g.parent.name, q["id"], "outlier not a mention", o); bad += 1
    seen = {}
    for qid, m in items:
        doc, sub = m[0], m[1]; n = m[2] if len(m) > 2 else 1
        t = texts[doc]; at = -1
        for _ in range(n):
            at = t.find(sub, at + 1)
            if at < 0: break
        if at < 0:
            print(g.parent.name, qid, "NOT FOUND", m); bad += 1; continue
        key = (doc, at)
        if key in seen: print(g.parent.name, qid, "same span as", seen[key], m); bad += 1
        seen[key] = qid
        before = t[at-1] if at > 0 else " "; after = t[at+len(sub)] if at+len(sub) < len(t) else " "
        if (sub[0].isdigit() and (before.isdigit() or (before in ".," and t[at-2:at-1].isdigit()))) or (sub[-1].isdigit() and (after.isdigit() or (after in ".," and t[at+len(sub)+1:at+len(sub)+2].isdigit()))):
            print(g.parent.name, qid, "GLUED", m, repr(t[max(0,at-5):at+len(sub)+5])); bad += 1
    print(g.parent.name, len(items), "mentions checked")
sys.exit(1 if bad else 0)

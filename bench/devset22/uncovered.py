"""List digit runs and number words in each text that no gold mention or not_claim covers."""
import re, sys, pathlib, yaml
root = pathlib.Path(__file__).parent
for g in sorted(root.glob(sys.argv[1] if len(sys.argv) > 1 else "*/gold.yaml")):
    gold = yaml.safe_load(g.read_text())
    for doc in gold["documents"]:
        t = (g.parent / doc).read_text(); cov = [False] * len(t)
        ms = [m for q in gold["quantities"] for m in q["mentions"]] + (gold.get("not_claims") or [])
        for m in ms:
            if m[0] != doc: continue
            at = -1
            for _ in range(m[2] if len(m) > 2 else 1): at = t.find(m[1], at + 1)
            if at >= 0:
                for i in range(at, at + len(m[1])): cov[i] = True
        for x in re.finditer(r"[0-9０-９]+|[一二三四五六七八九十两半]+[成倍]", t):
            if not any(cov[x.start():x.end()]):
                print(g.parent.name, doc, repr(t[max(0, x.start()-15):x.end()+15]))

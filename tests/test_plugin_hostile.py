"""The pytest plugin on hostile manifests (issue 14), run in a subprocess as CI runs it.

One bad manifest is one failed item and the others run; manifests cannot reach outside the
project; report folders are unique per manifest and always inside the chosen folder.
"""
from __future__ import annotations

import json
from pathlib import Path

pytest_plugins = ["pytester"]

EN = ("The Lyon-Turin base tunnel will cost 8.6 billion euros and run 57.5 kilometers "
      "under the Alps, the project company said in Chambery on Monday.\n")
FR = ("Le tunnel de base Lyon-Turin coûtera 8,6 milliards d'euros et mesurera 57,5 "
      "kilomètres sous les Alpes, a indiqué lundi la société du projet à Chambéry.\n")


def story(root: Path, folder: str = "story") -> Path:
    (root / folder).mkdir(parents=True, exist_ok=True)
    (root / folder / "en.txt").write_text(EN, "utf-8")
    (root / folder / "fr.txt").write_text(FR, "utf-8")
    return root / folder


def run(pytester, *args):
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA", *args)
    out = result.stdout.str()
    assert "Traceback" not in out and "INTERNALERROR" not in out, out
    return result, out


def test_bad_manifests_are_one_failed_item_each_and_the_good_one_runs(pytester):
    story(pytester.path)
    pytester.makefile(".claims.yaml", good="documents: [story/*.txt]\n")
    pytester.makefile(".claims.yaml", broken="documents: [story/*.txt\n")
    pytester.makefile(".claims.yaml", bigint=f"documents: [story/en.txt]\nlang: {'9' * 4301}\n")
    pytester.makefile(".claims.yaml", badrules="documents: [story/en.txt]\nrules: [r.yaml]\n")
    (pytester.path / "r.yaml").write_text("rules: []\n")
    result, out = run(pytester)
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed") == 3 and outcomes.get("passed", 0) >= 2, out
    assert "error" not in outcomes and "errors" not in outcomes, out
    for name in ("broken", "bigint", "badrules"):
        assert f"FAILED {name}.claims.yaml::manifest" in out
    assert "bigint.claims.yaml:2:7: invalid YAML: invalid integer" in out
    assert "no rule found" in out
    assert "PASSED good.claims.yaml::" in out


def test_corpus_with_huge_integers_and_deep_nesting_through_a_manifest(pytester):
    story(pytester.path)
    lines = ['{"id": "big", "text": "It weighs 30 kg.", "n": ' + "9" * 5000 + "}",
             '{"id": "deep", "text": "It weighs 9 kg.", "x": ' + "[" * 1000 + "]" * 1000 + "}"]
    (pytester.path / "story" / "c.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    pytester.makefile(".claims.yaml", s="documents: [story/*.txt, story/c.jsonl]\n")
    result, out = run(pytester)
    assert "FAILED s.claims.yaml::inputs" in out
    assert "c.jsonl:2: invalid JSON: nested too deeply" in out
    assert "PASSED s.claims.yaml::" in out  # the stories of the readable documents ran


def test_manifest_paths_outside_the_rootdir_are_refused(pytester, tmp_path_factory):
    story(pytester.path)
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.txt").write_text("The secret costs 42 euros.\n")
    (pytester.path / "story" / "leak.txt").symlink_to(outside / "secret.txt")
    pytester.makefile(".claims.yaml", passwd="documents: [../../../../../../etc/passwd]\n")
    pytester.makefile(".claims.yaml", proc="documents: [/proc/self/status]\n")
    pytester.makefile(".claims.yaml", usr="documents: ['/usr/**']\n")
    pytester.makefile(".claims.yaml", link="documents: [story]\n")
    pytester.makefile(".claims.yaml", rules=f"documents: [story/en.txt]\nrules: [{outside}/r.yaml]\n")
    (outside / "r.yaml").write_text("rules:\n  - {id: a, check: agree, severity: error, message: m}\n")
    reports = pytester.path / "reps"
    result, out = run(pytester, f"--claimcheck-report={reports}")
    for name in ("passwd", "proc", "usr", "rules"):
        assert f"FAILED {name}.claims.yaml::manifest" in out, out
    assert "is outside the project folder" in out
    assert "FAILED link.claims.yaml::inputs" in out
    assert "leak.txt: outside the project folder" in out
    published = "".join(p.read_text("utf-8") for p in reports.rglob("*") if p.is_file())
    assert "secret" not in published and "root:" not in published and "VmRSS" not in published

    result, out = pytester.runpytest_subprocess("--claimcheck-allow-outside", "rules.claims.yaml",
                                                "-rA").stdout.str(), None
    assert "FAILED rules.claims.yaml::manifest" not in result


def test_report_folders_are_unique_per_manifest_and_inside_the_chosen_folder(pytester):
    for folder in ("a", "b"):
        story(pytester.path / folder)
        (pytester.path / folder / "x.claims.yaml").write_text("documents: [story/*.txt]\n")
    story(pytester.path / "c")
    (pytester.path / "c" / "...claims.yaml").write_text("documents: [story/*.txt]\n")
    (pytester.path / "c" / "..claims.yaml").write_text("documents: [story/en.txt]\n")
    chosen = pytester.path / "reps" / "inner"
    result, out = run(pytester, "--claimcheck-report=reps/inner")
    assert result.parseoutcomes().get("failed", 0) == 0, out
    written = sorted(p.relative_to(pytester.path).as_posix()
                     for p in pytester.path.rglob("report.json"))
    assert all(w.startswith("reps/inner/") for w in written), written
    assert "reps/inner/a/x/report.json" in written and "reps/inner/b/x/report.json" in written
    assert len(written) == 4, written
    docs = {w: {Path(d["id"]).parent.parent.name for d in
                json.loads((pytester.path / w).read_text("utf-8"))["documents"]}
            for w in written}
    assert docs["reps/inner/a/x/report.json"] == {"a"}
    assert docs["reps/inner/b/x/report.json"] == {"b"}
    assert not (pytester.path / "reps" / "report.json").exists()
    assert chosen.is_dir()

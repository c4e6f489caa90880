"""The package layout follows the pipeline: ingest -> extraction -> stories -> checks ->
report. No module imports a later stage, and no import cycle exists anywhere (imports
inside functions included)."""
from __future__ import annotations

import ast
from pathlib import Path

import claimcheck

PACKAGE = Path(claimcheck.__file__).parent
# Stage of each subpackage; the shared records and helpers come before every stage, the
# pipeline, the command line, the plugin and the testing API after all of them.
STAGES = {"ingest": 1, "extraction": 2, "stories": 3, "checks": 4, "report": 5}
BASE = {"records", "yamlload", "options", "version", "safefile"}
TOP = {"__init__", "__main__", "runner", "cli", "pytest_plugin", "testing", "pipeline",
       "config", "settings", "gate", "baseline"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1:
        return 6
    head = parts[1]
    if head in STAGES:
        return STAGES[head]
    if head in BASE:
        return 0
    assert head in TOP, f"{module}: a top-level module that is neither shared nor the pipeline"
    return 6


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> list[str]:
    if node.level:
        base = module.split(".")
        if path.name != "__init__.py":
            base = base[:-1]
        base = base[:len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if not target.startswith("claimcheck"):
        return []
    # "from pkg import name" imports the submodule pkg.name when there is one
    subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES]
    return subs if len(subs) == len(node.names) else [target] + subs


def imports_of(module: str) -> set[str]:
    path = MODULES[module]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.update(_resolve(module, path, node))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("claimcheck"))
    return {m for m in found if m in MODULES and m != module}


GRAPH = {m: imports_of(m) for m in MODULES}


def test_the_graph_sees_every_stage():
    stages = {stage(m) for m in MODULES}
    assert stages == {0, 1, 2, 3, 4, 5, 6}
    assert sum(len(v) for v in GRAPH.values()) > 150  # the parser does find the imports


def backward_imports(graph) -> list[tuple[str, str]]:
    return [(m, t) for m, targets in graph.items() for t in sorted(targets)
            if stage(t) > stage(m)]


def cycles_of(graph) -> list[list[str]]:
    """Strongly connected components of two or more modules (Tarjan)."""
    index, low, on_stack, stack, cycles = {}, {}, set(), [], []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return cycles


def test_no_stage_imports_a_later_one():
    wrong = backward_imports(GRAPH)
    assert not wrong, "\n".join(f"{m} (stage {stage(m)}) imports {t} (stage {stage(t)})"
                                for m, t in wrong)


def test_no_import_cycles():
    assert not cycles_of(GRAPH)


def test_a_planted_cycle_and_a_backward_import_would_be_caught():
    graph = {m: set(t) for m, t in GRAPH.items()}
    graph["claimcheck.records"].add("claimcheck.report.write")
    assert backward_imports(graph) == [("claimcheck.records", "claimcheck.report.write")]
    graph = {m: set(t) for m, t in GRAPH.items()}
    graph["claimcheck.checks.params"].add("claimcheck.checks.types.convert")
    assert ["claimcheck.checks.params", "claimcheck.checks.types.convert"] in [
        [m for m in c if m in ("claimcheck.checks.params", "claimcheck.checks.types.convert")]
        for c in cycles_of(graph)]


def test_every_subpackage_says_what_it_takes_and_gives():
    for name in STAGES:
        doc = ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text()))
        assert doc and f"Stage {STAGES[name]}" in doc and " in;" in doc and " out" in doc, name

"""pytest plugin: every check of every story in a ``*.claims.yaml`` manifest is a test.

Registered through the ``pytest11`` entry point. Collection selects files by an explicit
name pattern (ini ``claimcheck_manifest_pattern``, default ``*.claims.yaml``), never every
YAML file. A failing item reports the discrepancy, not a traceback; internal errors keep
their traceback. Findings below the fail level pass and are listed in the summary.

A manifest that cannot be read or run (bad YAML, a path outside the project, a bad rule
file) is one failing item, ``manifest::manifest``; the other manifests still run. Paths in
manifests stay inside pytest's rootdir unless ``--claimcheck-allow-outside`` is given.
With ``--claimcheck-report DIR``, each manifest's reports go to a folder of DIR named after
the manifest's path below the rootdir, so two manifests never share one.
"""
from __future__ import annotations

import fnmatch
import hashlib
import re
from pathlib import Path

import pytest

from .options import ALLOW_OUTSIDE, FAIL_ON, JOBS, PLUGIN_OPTIONS, REPORT_DIR

_PATTERN_INI = "claimcheck_manifest_pattern"
_DEFAULT_PATTERN = "*.claims.yaml"
_SUMMARY_KEY = "claimcheck_below_fail_level"
_KNOWN_KEY = "claimcheck_known"
_BASELINE_INI = "claimcheck_baseline"


def pytest_addoption(parser):
    group = parser.getgroup("claimcheck", "numeric claim consistency (claimcheck)")
    for opt in PLUGIN_OPTIONS:
        kw = opt.kwargs()
        kw["default"] = None  # None: the manifest's own setting (or its default) applies
        group.addoption(f"--claimcheck-{opt.name}", dest=f"claimcheck_{opt.dest}", **kw)
    group.addoption("--claimcheck-report", dest="claimcheck_report", default=None,
                    metavar=REPORT_DIR.metavar,
                    help="also write the normal reports (md, json, csv) into "
                         "DIR/<manifest path below the rootdir>/")
    group.addoption("--claimcheck-baseline", dest="claimcheck_baseline", default=None,
                    metavar="FILE",
                    help="accept the findings of this baseline file (claimcheck baseline); "
                         "only new findings fail")
    group.addoption("--claimcheck-no-config", dest="claimcheck_no_config", action="store_true",
                    help="read no .claimcheck.yaml or [tool.claimcheck] (baseline, "
                         "suppressions, default fail_on and rules)")
    parser.addini(_BASELINE_INI, "baseline file of accepted findings (relative to the ini "
                                 "file)", default="")
    parser.addini(_PATTERN_INI, f"file-name pattern of story manifests (default {_DEFAULT_PATTERN})",
                  default=_DEFAULT_PATTERN)


def pytest_collect_file(file_path, parent):
    pattern = parent.config.getini(_PATTERN_INI) or _DEFAULT_PATTERN
    if fnmatch.fnmatch(file_path.name, pattern):
        return ManifestFile.from_parent(parent, path=file_path)
    return None


class ClaimcheckInputError(Exception):
    """A manifest, rule file or document problem: shown as one line, not a traceback."""


class Discrepancy(Exception):
    """Findings at or above the fail level for one check of one story."""

    def __init__(self, findings):
        super().__init__(f"{len(findings)} finding(s)")
        self.findings = findings


def _known_input_errors():
    from .checks.rulefile import RuleError
    from .extraction.language import LanguageError
    from .config import ConfigError
    from .ingest.gate_manifest import ManifestError
    from .report.known import BaselineError
    from .report.write import ReportError

    return (ManifestError, RuleError, LanguageError, ReportError, ClaimcheckInputError,
            ConfigError, BaselineError)


_SAFE_PART = re.compile(r"[^A-Za-z0-9_.+-]")


def report_subdir(manifest: Path, rootdir: Path) -> Path:
    """The folder, relative to the report folder, for one manifest's reports: its path
    below ``rootdir`` without ``.claims.yaml``, each part made a plain file name (no
    leading dot, so never ``..``). When that changed the name, a hash of the full path
    keeps it unique."""
    manifest = Path(manifest).absolute()
    try:
        parts = list(manifest.relative_to(Path(rootdir).absolute()).parts)
    except ValueError:
        parts = ["_outside", *manifest.parts[1:]]
    last = parts[-1]
    for suffix in (".claims.yaml", ".yaml", ".yml"):
        if last.endswith(suffix) and len(last) > len(suffix):
            last = last[:-len(suffix)]
            break
    parts[-1] = last
    safe = [_SAFE_PART.sub("_", p) for p in parts]
    safe = ["_" + p if p.startswith(".") or not p else p for p in safe]
    if safe != parts:
        digest = hashlib.sha256(str(manifest).encode("utf-8", "surrogateescape")).hexdigest()
        safe[-1] = f"{safe[-1]}-{digest[:8]}"
    return Path(*safe)


class ManifestFile(pytest.File):
    """One manifest: runs the check once, yields a collector per story."""

    def collect(self):
        try:
            result, fail_on = self._run()
        except Exception as exc:  # noqa: BLE001 - one manifest must not stop the others
            yield ManifestErrorItem.from_parent(self, name="manifest", error=exc)
            return
        if result.errors:
            yield InputsItem.from_parent(self, name="inputs", errors=tuple(
                f"{e.path}: {e.message}" for e in result.errors))
        known = _known_by_rule(result)
        for story in result.stories:
            findings = tuple(f for f in result.findings if f.story == story.id)
            yield StoryCollector.from_parent(self, name=story.id, findings=findings,
                                             rules=tuple(r.id for r in result.rules),
                                             fail_on=fail_on, known=known.get(story.id, {}))

    def _run(self):
        from .gate import Plan, triaged
        from .ingest.gate_manifest import load_manifest
        from .report.known import read_baseline
        from .runner import check_paths

        settings = _settings(self.config)
        option_fail_on = self.config.getoption(f"claimcheck_{FAIL_ON.dest}")
        allow = self.config.getoption(f"claimcheck_{ALLOW_OUTSIDE.dest}")
        root = None if allow else str(self.config.rootpath)
        manifest = load_manifest(self.path, default_fail_on=settings.fail_on, root=root)
        fail_on = option_fail_on or manifest.fail_on
        rules = manifest.rules or settings.rules
        baseline = _baseline_path(self.config, settings)
        plan = Plan(None, baseline, read_baseline(baseline) if baseline else None,
                    settings.suppress)
        jobs = self.config.getoption(f"claimcheck_{JOBS.dest}")
        if jobs is None:
            jobs = settings.jobs
        result = check_paths(list(manifest.documents), rules=list(rules) if rules else None,
                             lang=manifest.lang or settings.lang, confine_to=root, jobs=jobs)
        result = triaged(result, plan, fail_on)
        report_dir = self.config.getoption("claimcheck_report")
        if report_dir:
            self._write_reports(result, report_dir)
        return result, fail_on

    def _write_reports(self, result, report_dir):
        from .options import DEFAULT_FORMATS
        from .report.files import safe_join
        from .report.write import write_reports

        out = safe_join(report_dir, report_subdir(self.path, self.config.rootpath).as_posix())
        write_reports(result, out, DEFAULT_FORMATS)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, _known_input_errors()):
            return f"claimcheck: {excinfo.value}"
        return super().repr_failure(excinfo)


def _settings(config):
    """The configuration file that applies (found upward from where pytest was started),
    read once per session; an empty one with ``--claimcheck-no-config``."""
    from .config import Config, discover_config

    key = "_claimcheck_settings"
    if not hasattr(config, key):
        if config.getoption("claimcheck_no_config"):
            found = Config()
        else:
            try:
                found = discover_config(config.invocation_params.dir)
            except Exception as exc:  # noqa: BLE001 - reported by every manifest
                found = exc
        setattr(config, key, found)
    found = getattr(config, key)
    if isinstance(found, Exception):
        raise found
    return found


def _baseline_path(config, settings) -> str | None:
    """``--claimcheck-baseline``, else the ini option (relative to the ini file), else
    the configuration file's ``baseline``."""
    option = config.getoption("claimcheck_baseline")
    if option:
        return str(option)
    ini = config.getini(_BASELINE_INI)
    if ini:
        base = config.inipath.parent if config.inipath else config.rootpath
        return str(base / ini)
    return settings.baseline


def _known_by_rule(result) -> dict:
    """{story: {rule: (lines about its accepted and suppressed findings)}}."""
    from .report.fingerprints import fingerprint

    known = getattr(result, "known", None)
    out: dict = {}
    if known is None:
        return out
    for f in known.accepted:
        out.setdefault(f.story, {}).setdefault(f.rule, []).append(
            f"accepted by the baseline {known.baseline}: {f.severity}: "
            f"{' '.join(f.message.split())} ({fingerprint(f)})")
    for f, s in known.suppressed:
        out.setdefault(f.story, {}).setdefault(f.rule, []).append(
            f"suppressed: {f.severity}: {' '.join(f.message.split())} ({fingerprint(f)}); "
            f"reason: {s.reason} ({s.source})")
    return out


class StoryCollector(pytest.Collector):
    """One story of a manifest: one item per rule."""

    def __init__(self, *, findings, rules, fail_on, known=None, **kw):
        super().__init__(**kw)
        self.findings = findings
        self.rules = rules
        self.fail_on = fail_on
        self.known = known or {}

    def collect(self):
        for rule_id in self.rules:
            yield CheckItem.from_parent(
                self, name=rule_id, findings=tuple(f for f in self.findings if f.rule == rule_id),
                fail_on=self.fail_on, known=tuple(self.known.get(rule_id, ())))


class CheckItem(pytest.Item):
    """One check (rule) on one story. Holds plain records, so it pickles. ``known``:
    lines about the findings the baseline or a suppression accepted."""

    def __init__(self, *, findings, fail_on, known=(), **kw):
        super().__init__(**kw)
        self.findings = findings
        self.fail_on = fail_on
        self.known = known

    def runtest(self):
        from .report.text import format_finding
        from .testing import at_or_above, failing_findings

        if self.known:
            self.user_properties.append((_KNOWN_KEY, "\n".join(self.known)))
        failing = failing_findings(self.findings, self.fail_on)
        below = [f for f in self.findings if not f.passed and not at_or_above(f.severity, self.fail_on)]
        if below:
            self.user_properties.append(
                (_SUMMARY_KEY, "\n".join(format_finding(f) for f in below)))
        for f in failing:
            self.user_properties.append(("claimcheck_finding", f"{f.severity}: {f.message}"))
        if failing:
            raise Discrepancy(failing)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, Discrepancy):
            from .report.text import format_finding

            return "\n\n".join(format_finding(f) for f in excinfo.value.findings)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"claimcheck {self.parent.name}::{self.name}"


class ManifestErrorItem(pytest.Item):
    """A manifest that could not be read or run: one failing item, one clear message."""

    def __init__(self, *, error, **kw):
        super().__init__(**kw)
        self.error = error

    def runtest(self):
        raise self.error

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, _known_input_errors()):
            return f"claimcheck: {excinfo.value}"
        return (f"claimcheck: internal error while running {self.path.name} (please "
                f"report): {type(excinfo.value).__name__}: {excinfo.value}")

    def reportinfo(self):
        return self.path, None, "claimcheck manifest"


class InputsItem(pytest.Item):
    """Fails when a document of the manifest could not be read (nothing is skipped silently)."""

    def __init__(self, *, errors, **kw):
        super().__init__(**kw)
        self.errors = errors

    def runtest(self):
        raise ClaimcheckInputError("\n".join(self.errors))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ClaimcheckInputError):
            return f"claimcheck could not read:\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, "claimcheck inputs"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines, known = [], []
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            if report.when != "call":
                continue
            for key, text in getattr(report, "user_properties", ()):
                if key == _SUMMARY_KEY and outcome == "passed":
                    lines.append(f"{report.nodeid}\n{text}")
                elif key == _KNOWN_KEY:
                    known.append(f"{report.nodeid}\n{text}")
    if lines:
        terminalreporter.write_sep("-", "claimcheck findings below the fail level")
        for block in lines:
            terminalreporter.write_line(block)
    if known:
        terminalreporter.write_sep("-", "claimcheck findings accepted (baseline, suppressions)")
        for block in known:
            terminalreporter.write_line(block)


@pytest.fixture
def claimcheck(request):
    """A configured checker: ``claimcheck.assert_consistent(paths)`` or ``.check(paths)``."""
    from .testing import Checker

    fail_on = request.config.getoption(f"claimcheck_{FAIL_ON.dest}") or "error"
    return Checker(fail_on=fail_on, jobs=request.config.getoption(f"claimcheck_{JOBS.dest}"))

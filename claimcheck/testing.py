"""A testing API for newsroom suites written in Python.

    from claimcheck.testing import assert_consistent
    assert_consistent(["stories/chengdu/"], rules=["rules/house.yaml"])

The AssertionError's message is the list of discrepancies, each with its values,
documents, difference and evidence sentences, so the failure alone says what to fix.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .records import at_or_above, failing_findings
from .report.text import format_finding

__all__ = ["assert_consistent", "Checker", "failing_findings", "at_or_above"]


def _paths(paths) -> list[str]:
    if isinstance(paths, (str, Path)):
        return [str(paths)]
    return [str(p) for p in paths]


@dataclass(frozen=True)
class Checker:
    """A configured checker: rule packs, fail level, language and processes (None: every
    core), applied to any paths."""

    rules: tuple[str, ...] | None = None
    fail_on: str = "error"
    lang: str | None = None
    jobs: int | None = None

    def check(self, paths):
        """Run the full check and return the runner's result (stories, claims, findings)."""
        from .runner import check_paths

        return check_paths(_paths(paths), rules=list(self.rules) if self.rules else None,
                           lang=self.lang, jobs=self.jobs)

    def assert_consistent(self, paths):
        """Raise AssertionError listing every finding at or above the fail level."""
        result = self.check(paths)
        problems = [f"could not read {e.path}: {e.message}" for e in result.errors]
        failing = failing_findings(result.findings, self.fail_on)
        if failing or problems:
            parts = [f"claimcheck: {len(failing)} discrepanc{'y' if len(failing) == 1 else 'ies'}"
                     f" at or above {self.fail_on}"]
            parts += problems
            parts += [format_finding(f) for f in failing]
            raise AssertionError("\n\n".join(parts))
        return result


def assert_consistent(paths, rules=None, fail_on: str = "error", lang: str | None = None):
    """Check ``paths`` (files or folders) and raise AssertionError on discrepancies.

    ``rules`` is a list of rule files or folders (the default pack when None);
    ``fail_on`` is error, warning or never. Returns the run result when consistent."""
    if isinstance(rules, (str, Path)):
        rules = [rules]
    checker = Checker(tuple(str(r) for r in rules) if rules else None, fail_on, lang)
    return checker.assert_consistent(paths)

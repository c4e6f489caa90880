"""The installed ``claimcheck`` command, for end-to-end tests that run it in a subprocess,
and the newsroom project those tests run it in."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def claimcheck_command() -> list[str]:
    """The console script next to this interpreter (else on PATH); skips if absent."""
    script = Path(sys.executable).with_name("claimcheck")
    if script.exists():
        return [str(script)]
    found = shutil.which("claimcheck")
    if not found:
        pytest.skip("the claimcheck command is not installed")
    return [found]


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``claimcheck ARGS...`` and capture its output as text."""
    return subprocess.run([*claimcheck_command(), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout)


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def seed_project(root: Path) -> Path:
    """A newsroom project at ``root``: the five seed documents in ``seeds/`` (without their
    expected.yaml), under git (the configuration search stops at ``root``)."""
    shutil.copytree(SEEDS, root / "seeds", ignore=shutil.ignore_patterns("expected.yaml"))
    (root / ".git").mkdir()
    return root

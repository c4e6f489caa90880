"""pint's disk cache is shared by every process of a run: on a fresh machine, the workers of a
parallel run build it together and one can read a file another is still writing. A cache file
that is empty or cut short must never stop extraction (it raised EOFError in a worker of
``claimcheck run`` and lost that document's claims)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = (
    "import claimcheck\n"
    "claims = claimcheck.extract('The new runway is 3.2 km long and cost €410 million.', "
    "lang='en')\n"
    "print(sorted(str(c.value) + ' ' + (c.unit or '') for c in claims))\n"
)


def _run(cache_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    return subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                          text=True, timeout=300)


def test_a_cut_short_cache_is_rebuilt_around(tmp_path):
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files, "pint wrote no cache under XDG_CACHE_HOME"
    for p in files:                      # what a reader sees while a writer is at work
        p.write_bytes(b"")
    second = _run(tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert second.stdout == first.stdout
    assert first.stdout.strip() == "['3.2E+3 m', '410000000 EUR']"

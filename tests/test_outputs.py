"""atomic writes, safe_join and the output-folder lock."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from claimcheck.report.files import (
    LOCK_NAME,
    atomic_write_bytes,
    atomic_write_text,
    out_dir_lock,
    safe_join,
)

PROJECT = Path(__file__).resolve().parents[1]


# --- safe_join -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/../../b", "..", ".", "",
                                  "a\x00b", "./../x", "a/b/../../../c"])
def test_safe_join_refuses_names_leaving_out_dir(tmp_path, name):
    with pytest.raises(ValueError):
        safe_join(tmp_path, name)


@pytest.mark.parametrize("name, expected", [
    ("report.json", "report.json"),
    ("stories/s1.md", "stories/s1.md"),
    ("a/../b.txt", "b.txt"),
    ("./c.txt", "c.txt"),
])
def test_safe_join_accepts_names_inside(tmp_path, name, expected):
    assert safe_join(tmp_path, name) == tmp_path / expected


def test_safe_join_refuses_symlink_pointing_outside(tmp_path):
    out = tmp_path / "out"
    outside = tmp_path / "elsewhere"
    out.mkdir()
    outside.mkdir()
    (out / "link").symlink_to(outside)
    (out / "file-link").symlink_to(outside / "target.txt")
    with pytest.raises(ValueError):
        safe_join(out, "link/report.json")
    with pytest.raises(ValueError):
        safe_join(out, "file-link")


def test_safe_join_allows_symlink_inside(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    assert safe_join(tmp_path, "alias/x.json") == tmp_path / "alias" / "x.json"


# --- atomic writes --------------------------------------------------------------------

def test_atomic_write_text_creates_and_replaces_without_temp_files(tmp_path):
    target = tmp_path / "report.md"
    atomic_write_text(target, "first\r\n")
    assert target.read_bytes() == b"first\r\n"
    atomic_write_text(str(target), "第二 second")
    assert target.read_text(encoding="utf-8") == "第二 second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_atomic_write_bytes_keeps_existing_mode(tmp_path):
    target = tmp_path / "data.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"\x00\x01new")
    assert target.read_bytes() == b"\x00\x01new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_file_gets_umask_mode_not_private_temp_mode(tmp_path):
    target = tmp_path / "new.json"
    atomic_write_text(target, "{}")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_failed_write_leaves_old_file_and_no_temp(tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("original", encoding="utf-8")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_write_into_missing_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "missing" / "x.txt", "x")


# --- lock ------------------------------------------------------------------------------

def test_lock_serialises_two_threads(tmp_path):
    events: list[tuple[str, str, float]] = []

    def run(name: str) -> None:
        with out_dir_lock(tmp_path):
            events.append((name, "start", time.monotonic()))
            time.sleep(0.3)
            events.append((name, "end", time.monotonic()))

    threads = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    kinds = [kind for _, kind, _ in events]
    assert kinds == ["start", "end", "start", "end"]
    assert events[0][0] == events[1][0] and events[2][0] == events[3][0]
    assert (tmp_path / LOCK_NAME).exists()


def test_lock_makes_a_second_process_wait(tmp_path):
    out = tmp_path / "out"
    script = (
        "import sys, time\n"
        "from claimcheck.report.files import out_dir_lock\n"
        "with out_dir_lock(sys.argv[1]):\n"
        "    print(time.monotonic(), flush=True)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PROJECT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with out_dir_lock(out):
        child = subprocess.Popen([sys.executable, "-c", script, str(out)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        time.sleep(1.0)
        assert child.poll() is None  # still waiting for the lock
        released = time.monotonic()
    stdout, _ = child.communicate(timeout=30)
    assert child.returncode == 0
    assert float(stdout.strip()) >= released


def test_lock_timeout(tmp_path):
    with out_dir_lock(tmp_path):
        with pytest.raises(TimeoutError):
            with out_dir_lock(tmp_path, timeout=0.2):
                pass
    with out_dir_lock(tmp_path, timeout=0.2):  # free again
        pass


def test_lock_creates_out_dir(tmp_path):
    target = tmp_path / "a" / "b"
    with out_dir_lock(target) as lock_path:
        assert lock_path == target / LOCK_NAME
    assert target.is_dir()

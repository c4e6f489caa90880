"""Files read on a user's word: regular files only, a size limit, UTF-8 where text is
expected, and a one-line reason for every refusal."""
from __future__ import annotations

import os

import pytest

from claimcheck.safefile import FileRefused, read_regular_file, read_utf8_file


def test_reads_a_small_regular_file(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Investment reached RMB 21.75 billion.\n", encoding="utf-8")
    assert read_regular_file(path, 1000) == path.read_bytes()
    assert read_utf8_file(path, 1000) == "Investment reached RMB 21.75 billion.\n"


def test_a_file_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"9" * 101)
    with pytest.raises(FileRefused, match=r"file too large \(101 bytes; limit 100\)"):
        read_regular_file(path, 100)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(FileRefused, match="is a folder, not a file"):
        read_utf8_file(tmp_path, 100)


def test_a_missing_file_gives_a_reason_not_a_traceback(tmp_path):
    with pytest.raises(FileRefused, match="cannot read"):
        read_utf8_file(tmp_path / "absent.yaml", 100)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused):
        read_utf8_file(fifo, 100)


def test_latin1_text_is_refused_as_not_utf8(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_bytes("montant: 4,2 milliards d'€ en été".encode("latin-1", "replace"))
    with pytest.raises(FileRefused, match="^not UTF-8 text$"):
        read_utf8_file(path, 1000)
    assert read_regular_file(path, 1000)          # the bytes themselves are readable

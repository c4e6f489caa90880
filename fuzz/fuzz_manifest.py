#!/usr/bin/env python3
"""Atheris fuzz target: gate manifests (``*.claims.yaml``) and story manifests.

Each input is a header byte and a manifest's bytes, written into a small scratch project
(two articles and a rule pack) and loaded with that project as the root: ``h % 2 == 0``
through ``load_manifest`` (the pytest plugin's), else ``load_story_manifest`` (``claimcheck
run --manifest``). What must hold:

* the manifest loads, or ``ManifestError`` / ``StoryManifestError`` is raised, whose
  message is one ``path:line[:col]: message`` line; nothing else escapes;
* every document and rule a gate manifest names lies inside the project (``../``,
  absolute paths, links and globs that reach out are refused);
* one load takes at most ``--budget`` seconds of CPU (default 2).

Usage (see fuzz/README.md)::

    python fuzz/fuzz_manifest.py [--corpus DIR] [--budget S] [libFuzzer flags ...]
"""
from __future__ import annotations

import functools
import os
import re
import tempfile
from pathlib import Path

from fuzz_extract import run_target, within_budget

BUDGET = 2.0
_WHERE = re.compile(r".+:\d+(:\d+)?: \S")
SEED_TEXTS = (
    "documents:\n  - articles/*.txt\nrules:\n  - rules/house.yaml\nfail_on: warning\n",
    "documents: [articles/en.txt, articles/fr.txt]\nlang: en\n",
    "documents:\n  - ../../etc/passwd\n",
    "documents: [/proc/self/status]\n",
    "documents: ['/usr/**']\n",
    "documents: [link/*.txt]\n",
    "documents: [articles/**/*.txt]\nrules: ['rules/*.yaml']\nfail_on: sometimes\n",
    "stories:\n  turin: [articles/*.txt]\n  other: articles/fr.txt\n",
    "stories:\n  x: ['../*']\n",
    "stories: {a: [], b: 12}\n",
    "documents: 12345678901234567890" + "1" * 4300 + "\n",
    "documents: &a [*a]\n",
)


PROJECT_DIR: Path | None = None  # main() puts the scratch project beside the corpus


@functools.cache
def project() -> Path:
    """A scratch project: articles, a rule pack, and a link that points out of it."""
    if PROJECT_DIR is None:
        root = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-manifest-"))
    else:
        import shutil

        shutil.rmtree(PROJECT_DIR, ignore_errors=True)
        root = PROJECT_DIR
        root.mkdir(parents=True)
    (root / "articles").mkdir()
    (root / "articles" / "en.txt").write_text("The tunnel costs 8.6 billion euros.\n")
    (root / "articles" / "fr.txt").write_text("Le tunnel coûte 8,6 milliards d'euros.\n")
    (root / "rules").mkdir()
    (root / "rules" / "house.yaml").write_text(
        "rules:\n  - {id: a, check: agree, severity: error, message: \"{label}\"}\n")
    outside = root / "articles" / ".." / ".." / f"{root.name}-outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("secret 42\n")
    os.symlink(outside, root / "link")
    return root


def load(data: bytes, budget: float = BUDGET) -> None:
    from claimcheck.ingest import (ManifestError, StoryManifestError, load_manifest,
                                   load_story_manifest)

    if not data:
        return
    root = project()
    gate = data[0] % 2 == 0
    path = root / ("m.claims.yaml" if gate else "stories.yaml")
    path.write_bytes(data[1:])
    try:
        if gate:
            found = within_budget(budget, "load_manifest", load_manifest, path, None,
                                  str(root), expected=ManifestError)
            real = os.path.realpath(root)
            for p in (*found.documents, *(found.rules or ())):
                resolved = os.path.realpath(p)
                assert resolved == real or resolved.startswith(real + os.sep), f"outside: {p}"
        else:
            within_budget(budget, "load_story_manifest", load_story_manifest, str(path),
                          str(root), expected=StoryManifestError)
    except (ManifestError, StoryManifestError) as exc:
        message = str(exc)
        assert _WHERE.match(message) and "\n" not in message.strip(), repr(message)
    finally:
        path.unlink(missing_ok=True)


def seed_inputs() -> list[bytes]:
    return [bytes([0 if t.startswith("documents") else 1]) + t.encode() for t in SEED_TEXTS]


def dictionary_tokens() -> list[str]:
    return ["documents:", "rules:", "fail_on:", "lang:", "stories:", "articles/", "../",
            "/etc/", "**", "*.txt", "link/", "&a", "*a", "!!python/object", "- ", "[", "{"]


def main(argv: list[str] | None = None) -> None:
    def prepare(ours) -> None:
        global PROJECT_DIR
        PROJECT_DIR = ours.corpus.with_name(ours.corpus.name + "-project")

    run_target(argv, "manifest", seed_inputs, lambda data, budget, _: load(data, budget),
               dictionary_tokens, prepare=prepare)


if __name__ == "__main__":
    main()

"""Story manifests for ``claimcheck run --manifest``: which documents form which story.

A story manifest is a mapping ``stories: {name: [paths or globs]}``. This module reads and
validates it (errors name ``path:line:col``); :mod:`claimcheck.stories.grouping` applies it
to the loaded documents.
"""
from __future__ import annotations

import os

from ..yamlload import YamlError, load_yaml_with_lines
from .paths import outside_root

__all__ = ["load_story_manifest", "StoryManifestError"]


class StoryManifestError(ValueError):
    """A bad story manifest; the message is ``path:line:col: problem``."""



def load_story_manifest(path: str, root: str | None = None
                        ) -> list[tuple[str, list[str], int]]:
    """Read a story manifest: ``stories: {name: [paths or globs]}``.

    With ``root``, every path or glob must stay inside that folder. Returns (name,
    patterns, line) per story; StoryManifestError naming path:line:col."""
    try:
        data, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise StoryManifestError(str(exc)) from None
    if not isinstance(data, dict) or "stories" not in data:
        raise StoryManifestError(f"{path}:1:1: expected a mapping with a 'stories' key")
    for key in data:
        if key != "stories":
            raise StoryManifestError(f"{path}:{lines.get(('', key), 1)}:1: unknown key "
                                     f"{key!r}; expected 'stories'")
    stories = data["stories"]
    if not isinstance(stories, dict) or not stories:
        raise StoryManifestError(f"{path}:{lines.get(('', 'stories'), 1)}:1: 'stories' must "
                                 "map story names to lists of paths or globs")
    out = []
    for name, patterns in stories.items():
        line = lines.get(("stories", name), 1)
        if isinstance(patterns, str):
            patterns = [patterns]
        if not isinstance(patterns, list) or not patterns or \
                not all(isinstance(p, str) and p for p in patterns):
            raise StoryManifestError(f"{path}:{line}:1: story {name!r} must list paths or globs")
        base = os.path.dirname(os.path.abspath(path))
        for p in patterns:
            if root is not None and outside_root(p, base, root):
                raise StoryManifestError(f"{path}:{line}:1: story {name!r}: {p!r} is outside "
                                         f"the project folder {root} (--allow-outside "
                                         "permits it)")
        out.append((str(name), patterns, line))
    return out

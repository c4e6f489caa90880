"""One entry point for both kinds of manifest, so a manifest works wherever one is taken.

A **gate manifest** (``*.claims.yaml``, the pytest plugin's) names the documents of one
check, and optionally its rules, fail level and language: ``documents: [...]``. A **story
manifest** fixes the grouping of documents into stories: ``stories: {name: [...]}``.
:func:`read_manifest` tells them apart by their top-level key and validates the file with
the loader of its kind (:mod:`.gate_manifest` or :mod:`.story_manifest`), so
``claimcheck run --manifest story.claims.yaml`` runs exactly what the plugin runs.
"""
from __future__ import annotations

from ..yamlload import YamlError, load_yaml_with_lines
from .gate_manifest import Manifest, ManifestError, load_manifest
from .story_manifest import StoryManifestError, load_story_manifest

__all__ = ["manifest_kind", "read_manifest"]


def manifest_kind(path: str) -> str:
    """``"gate"`` (a ``documents`` key) or ``"story"`` (a ``stories`` key); a
    StoryManifestError naming the file otherwise."""
    try:
        data, _lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise StoryManifestError(str(exc)) from None
    if isinstance(data, dict) and "documents" in data and "stories" not in data:
        return "gate"
    if isinstance(data, dict) and "stories" in data:
        return "story"
    raise StoryManifestError(
        f"{path}:1:1: not a manifest: expected a gate manifest (a mapping with a "
        "'documents' key, as *.claims.yaml) or a story manifest (a mapping with a "
        "'stories' key)")


def read_manifest(path: str, root: str | None = None) -> Manifest | list:
    """A validated :class:`~.gate_manifest.Manifest`, or a story manifest's stories
    ``[(name, patterns, line)]``. Errors name ``path:line`` (ManifestError or
    StoryManifestError)."""
    if manifest_kind(path) == "gate":
        return load_manifest(path, root=root)
    return load_story_manifest(path, root=root)


__all__ += ["Manifest", "ManifestError", "StoryManifestError"]

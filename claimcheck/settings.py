"""The settings of one ``run`` or ``baseline`` command: flags, then a gate manifest, then
the configuration file, then the built-in defaults.

A flag given on the command line always wins. A gate manifest (``--manifest
x.claims.yaml``) brings its documents, and its rules, fail level and language where the
command line gives none; the configuration file (:mod:`claimcheck.config`) fills what is
still unset; its paths are already relative to the file. Which flags were given is learnt
by parsing the command line a second time with a marker as every default.
"""
from __future__ import annotations

import os

from .config import Config, ConfigError, discover_config, load_config

__all__ = ["settle", "SettingsError", "CONFIG_DESTS"]

# argparse dest -> configuration key
CONFIG_DESTS = {"fail_on": "fail_on", "format": "formats", "out": "out", "baseline": "baseline",
                "lang": "lang", "jobs": "jobs"}


class SettingsError(ValueError):
    """Settings that cannot be used: one line for stderr (exit 2)."""


class _Unset:
    def __repr__(self) -> str:
        return "<unset>"


UNSET = _Unset()


def _explicit(build_parser, argv) -> set[str]:
    """The dests given on the command line."""
    marked = build_parser(defaults={d: UNSET for d in CONFIG_DESTS})
    args = marked.parse_args(argv)
    given = {d for d in CONFIG_DESTS if getattr(args, d, UNSET) is not UNSET}
    if getattr(args, "rules", None) is not None:   # an "append" option: None unless given
        given.add("rules")
    return given


def _config(args) -> Config:
    if getattr(args, "no_config", False):
        return Config()
    if getattr(args, "config", None):
        return load_config(args.config)
    return discover_config(os.getcwd())


def _gate_manifest(args, config: Config, explicit: set[str]) -> None:
    """A gate manifest given as ``--manifest``: its documents join the paths, its rules,
    fail level and language apply unless given as flags; no story manifest remains."""
    from .ingest.manifests import manifest_kind
    from .ingest.gate_manifest import load_manifest

    if not getattr(args, "manifest", None) or manifest_kind(args.manifest) != "gate":
        return
    from .ingest.gate_manifest import ManifestError

    root = None if getattr(args, "allow_outside", False) else os.getcwd()
    try:
        manifest = load_manifest(args.manifest, default_fail_on=config.fail_on, root=root)
    except ManifestError as exc:   # the plugin's flag is the CLI's --allow-outside
        raise ManifestError(str(exc).replace("--claimcheck-allow-outside",
                                             "--allow-outside")) from None
    args.paths = [*args.paths, *manifest.documents]
    args.gate_manifest = str(manifest.path)
    args.manifest = None
    if "rules" not in explicit and manifest.rules:
        args.rules = list(manifest.rules)
        explicit.add("rules")
    if "fail_on" not in explicit:
        args.fail_on = manifest.fail_on
        explicit.add("fail_on")
    if "lang" not in explicit and manifest.lang:
        args.lang = manifest.lang
        explicit.add("lang")


def settle(args, argv, build_parser):
    """Fill ``args`` (a parsed ``run`` or ``baseline`` command) from the gate manifest and
    the configuration file; adds ``config`` (the Config used), ``suppress`` and
    ``gate_manifest``. Raises SettingsError, ConfigError, or a manifest's error."""
    explicit = _explicit(build_parser, argv)
    config = _config(args)
    args.config_used = config
    args.gate_manifest = None
    _gate_manifest(args, config, explicit)
    if not args.paths:
        raise SettingsError(f"claimcheck {args.command}: give the documents to check (PATH...) "
                            "or a gate manifest (--manifest story.claims.yaml)")
    if "rules" not in explicit and config.rules:
        args.rules = list(config.rules)
    for dest, key in CONFIG_DESTS.items():
        value = getattr(config, key)
        if dest not in explicit and value is not None and hasattr(args, dest):
            setattr(args, dest, value)
    args.suppress = config.suppress
    return args


__all__ += ["ConfigError"]

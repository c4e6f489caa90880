"""Configuration files: ``.claimcheck.yaml`` or ``[tool.claimcheck]`` in pyproject.toml.

The file is found upward from the working folder, as ruff and Vale find theirs: in each
folder, ``.claimcheck.yaml`` (or ``.yml``) first, then a ``pyproject.toml`` that has a
``[tool.claimcheck]`` table (one without it is passed over); the search stops at the
filesystem root or after the folder that holds ``.git``. Keys::

    rules: [rules/house.yaml]    # rule files or folders
    fail_on: warning             # error, warning or never
    formats: [md, json, sarif]   # or "md,json,sarif"
    out: reports                 # report folder, or "-" for standard output
    baseline: .claimcheck-baseline.json
    lang: en                     # force one language
    jobs: 2                      # processes (0: every core)
    suppress:                    # accepted findings, each with its reason
      - fingerprint: 0123456789abcdef0123456789abcdef
        reason: checked with the newsroom on 2024-05-02
      - {rule: aligned-claims-agree, story: chengdu, measure: investment, reason: ...}

Paths are relative to the configuration file. Command-line flags win over the file. An
unknown key or a bad value is ``file:line: message`` (:class:`ConfigError`). YAML is read
with safe loading only; TOML with tomllib, whose errors carry no key positions, so the
line of each key is found by a small scan of the file's table headers and keys.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .options import FAIL_LEVELS, parse_formats
from .report.known import Suppression

__all__ = ["Config", "ConfigError", "find_config", "load_config", "discover_config", "KEYS"]

YAML_NAMES = (".claimcheck.yaml", ".claimcheck.yml")
KEYS = ("rules", "fail_on", "formats", "out", "baseline", "lang", "jobs", "suppress")
_SUPPRESS_KEYS = ("fingerprint", "rule", "story", "measure", "reason")
_MAX_BYTES = 2_000_000


class ConfigError(ValueError):
    """A bad configuration file; the message is ``file:line: problem``."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    rules: tuple[str, ...] | None = None
    fail_on: str | None = None
    formats: str | None = None
    out: str | None = None
    baseline: str | None = None
    lang: str | None = None
    jobs: int | None = None
    suppress: tuple[Suppression, ...] = field(default=())


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"^\s*\[+\s*tool\s*\.\s*claimcheck\b", text, re.M) is not None


def find_config(start: str | os.PathLike | None = None) -> Path | None:
    """The configuration file that applies in ``start`` (the working folder), or None."""
    folder = Path(start or os.getcwd()).absolute()
    for d in (folder, *folder.parents):
        for name in YAML_NAMES:
            if (d / name).is_file():
                return d / name
        if (d / "pyproject.toml").is_file() and _has_tool_table(d / "pyproject.toml"):
            return d / "pyproject.toml"
        if (d / ".git").exists():
            return None
    return None


# ---- TOML positions -------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def _toml_lines(text: str) -> dict:
    """``{(parent, key): line}`` for the keys of ``[tool.claimcheck]`` and of its
    ``[[tool.claimcheck.suppress]]`` tables (parent ``suppress.N``); ``("suppress", N)``
    for each suppress entry, inline tables of a ``suppress = [...]`` list included."""
    lines: dict = {}
    table, n_suppress, in_list = None, -1, False
    for number, raw in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(raw)
        if header and not in_list:
            name = re.sub(r"\s*\.\s*", ".", header.group(2)).replace('"', "")
            if name == "tool.claimcheck":
                table = ""
            elif name == "tool.claimcheck.suppress" and header.group(1) == "[[":
                n_suppress += 1
                table = f"suppress.{n_suppress}"
                lines[("suppress", n_suppress)] = number
                lines.setdefault(("", "suppress"), number)
            else:
                table = None
            continue
        if table is None:
            continue
        if in_list:
            if raw.strip().startswith("{"):
                n_suppress += 1
                lines[("suppress", n_suppress)] = number
            if raw.strip().startswith("]"):
                in_list = False
            continue
        key = _KEY.match(raw)
        if key:
            name = key.group(1).strip("\"'")
            lines.setdefault((table, name), number)
            if table == "" and name == "suppress":
                rest = raw[key.end():].strip()
                in_list = rest.startswith("[") and not rest.rstrip().endswith("]")
                if rest.startswith("[") and "{" in rest:
                    n_suppress += 1
                    lines[("suppress", n_suppress)] = number
    return lines


def _read_toml(path: Path) -> tuple[dict, dict]:
    import tomllib

    from .safefile import FileRefused, read_utf8_file

    try:
        text = read_utf8_file(path, _MAX_BYTES)
    except FileRefused as exc:
        raise ConfigError(f"{path}:1: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\(at line (\d+), column (\d+)\)", message)
        where = f"{at.group(1)}:{at.group(2)}" if at else "1"
        problem = re.sub(r"\s*\(at [^)]*\)", "", message)
        raise ConfigError(f"{path}:{where}: invalid TOML: {problem}") from None
    table = data.get("tool", {}).get("claimcheck") if isinstance(data.get("tool"), dict) else None
    if table is None:
        return {}, {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}:1: tool.claimcheck must be a table")
    return table, _toml_lines(text)


def _read_yaml(path: Path) -> tuple[dict, dict]:
    from .yamlload import YamlError, load_yaml_with_lines

    try:
        data, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise ConfigError(str(exc)) from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a configuration file is a mapping of keys "
                          f"({', '.join(KEYS)})")
    return data, lines


# ---- validation -----------------------------------------------------------------------

class _Checker:
    def __init__(self, path: Path, lines: dict):
        self.path = path
        self.lines = lines
        self.base = path.parent

    def line(self, parent: str, key) -> int:
        return self.lines.get((parent, key)) or self.lines.get(("", parent.split(".")[0])) or 1

    def fail(self, key: str, message: str, parent: str = "") -> ConfigError:
        return ConfigError(f"{self.path}:{self.line(parent, key)}: {message}")

    def path_value(self, key: str, value) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{key} must be a path")
        return _display(value if os.path.isabs(value) else str(self.base / value))

    def paths(self, key: str, value) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items or \
                not all(isinstance(v, str) and v.strip() for v in items):
            raise self.fail(key, f"{key} must be a path or a non-empty list of paths")
        return tuple(self.path_value(key, v) for v in items)

    def suppressions(self, value) -> tuple[Suppression, ...]:
        if not isinstance(value, list):
            raise self.fail("suppress", "suppress must be a list of entries, each with a "
                                        "reason and a fingerprint or a rule and a story")
        out = []
        for n, entry in enumerate(value):
            where = f"{self.path}:{self.line('suppress', n)}"
            if not isinstance(entry, dict):
                raise ConfigError(f"{where}: suppress entry {n + 1} must be a mapping "
                                  f"({', '.join(_SUPPRESS_KEYS)})")
            for key, item in entry.items():
                line = self.lines.get((f"suppress.{n}", key)) or self.line("suppress", n)
                if key not in _SUPPRESS_KEYS:
                    raise ConfigError(f"{self.path}:{line}: unknown key {key!r} in suppress "
                                      f"entry {n + 1} (expected one of: "
                                      f"{', '.join(_SUPPRESS_KEYS)})")
                if not isinstance(item, str) or not item.strip():
                    hint = " (write the fingerprint in quotes)" if key == "fingerprint" \
                        and not isinstance(item, (str, list, dict)) else ""
                    raise ConfigError(f"{self.path}:{line}: suppress entry {n + 1}: {key} "
                                      f"must be a non-empty string{hint}")
            fp = entry.get("fingerprint", "").strip().lower()
            if fp and not re.fullmatch(r"[0-9a-f]{32}", fp):
                line = self.lines.get((f"suppress.{n}", "fingerprint")) or \
                    self.line("suppress", n)
                raise ConfigError(f"{self.path}:{line}: suppress entry {n + 1}: a fingerprint is 32 "
                                  "hexadecimal digits (report.json, `claimcheck baseline`)")
            if not entry.get("reason", "").strip():
                raise ConfigError(f"{where}: suppress entry {n + 1} needs a reason")
            if not fp and not (entry.get("rule") and entry.get("story")):
                raise ConfigError(f"{where}: suppress entry {n + 1} names no finding: give "
                                  "its fingerprint, or its rule and story (and measure)")
            out.append(Suppression(reason=" ".join(entry["reason"].split()), fingerprint=fp,
                                   rule=entry.get("rule", ""), story=entry.get("story", ""),
                                   measure=entry.get("measure", ""), source=where))
        return tuple(out)


def _display(path: str) -> str:
    path = os.path.normpath(path)
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _validate(path: Path, data: dict, lines: dict) -> Config:
    check = _Checker(path, lines)
    values: dict = {}
    for key, value in data.items():
        if key not in KEYS:
            raise check.fail(key, f"unknown key {key!r} (expected one of: {', '.join(KEYS)})")
        if key == "rules":
            values["rules"] = check.paths(key, value)
        elif key in ("out", "baseline"):
            if key == "out" and value == "-":
                values[key] = "-"
            else:
                values[key] = check.path_value(key, value)
        elif key == "fail_on":
            if value not in FAIL_LEVELS:
                raise check.fail(key, f"fail_on must be one of {', '.join(FAIL_LEVELS)}, "
                                      f"not {value!r}")
            values[key] = value
        elif key == "formats":
            text = ",".join(value) if isinstance(value, list) and all(
                isinstance(v, str) for v in value) else value
            if not isinstance(text, str):
                raise check.fail(key, "formats must be a list of formats or a "
                                      "comma-separated string")
            try:
                values[key] = ",".join(parse_formats(text))
            except ValueError as exc:
                raise check.fail(key, str(exc)) from None
        elif key == "lang":
            if not isinstance(value, str) or not value.strip():
                raise check.fail(key, "lang must be a language code (claimcheck languages)")
            values[key] = value.strip()
        elif key == "jobs":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise check.fail(key, f"jobs must be a whole number, 0 (every core) or more, "
                                      f"not {value!r}")
            values[key] = value
        else:
            values["suppress"] = check.suppressions(value)
    return Config(path=path, **values)


def load_config(path: str | os.PathLike) -> Config:
    """Read and validate one configuration file (YAML, or a pyproject.toml's
    ``[tool.claimcheck]``); ConfigError ``file:line: problem``."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}:1: no such configuration file")
    if path.suffix == ".toml":
        data, lines = _read_toml(path)
    else:
        data, lines = _read_yaml(path)
    return _validate(path, data, lines)


def discover_config(start: str | os.PathLike | None = None) -> Config:
    """The configuration that applies in ``start``; an empty Config when there is none."""
    found = find_config(start)
    return load_config(found) if found else Config()

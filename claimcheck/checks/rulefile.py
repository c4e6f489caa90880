"""Rule files: YAML packs that choose check types from a small closed set.

A rule file is a mapping with a ``rules`` list (see ``rules/default.yaml`` for the syntax,
documented in its header, and docs/rules.md). Every rule is validated when the file loads:
an unknown key or check type, a missing or mistyped key, a bad severity, an unknown concept
or placeholder, or a rule id used twice raises :class:`RuleError` with ``path:line:col``.
YAML is read with safe loading only and nothing in a rule is ever evaluated: checks compile
their parameters into frozen objects once, then only match claims at run time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..records import SEVERITIES, Finding
from ..yamlload import YamlError, load_yaml_with_lines
from .base import ParamError, StoryContext
from .params import LoadContext, parse_params
from .template import Template, TemplateError, compile_template
from .types import CHECK_TYPES, check_module

__all__ = ["Rule", "RuleError", "load_rule_packs", "load_rule_file", "default_pack_path",
           "rule_files"]

COMMON_KEYS = ("id", "check", "severity", "message", "description")
TOP_KEYS = ("rules", "version", "description")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
# Files in a rules folder that are data for other parts of claimcheck, not rule packs.
NOT_RULE_FILES = ("lexicon.yaml", "currency_bands.yaml")
# Rules of one run: each runs on every story, so a pack of 100,000 rules is an accident
# (or an attack), not an editorial policy; house packs have tens.
MAX_RULES = 1000


_EXPECTED = {"id": "a name such as chengdu-tiers", "check": "one of " + ", ".join(CHECK_TYPES),
             "severity": "one of " + ", ".join(SEVERITIES), "message": "a quoted template",
             "description": "text"}


class RuleError(ValueError):
    """A bad rule file: ``path:line:col: what is wrong (expected ...)``. A load that found
    several problems raises one RuleError whose ``messages`` holds each (``str()`` gives
    one per line)."""

    def __init__(self, message: str = "", messages: list[str] | None = None):
        self.messages = list(messages) if messages else [message]
        super().__init__("\n".join(self.messages))


def _gather(errors: list[str], exc: RuleError) -> None:
    errors.extend(m for m in exc.messages if m not in errors)


@dataclass(frozen=True)
class Rule:
    """One validated rule. ``params`` are its check-specific keys, parsed; ``source`` is
    ``path:line`` of the rule in its file."""

    id: str
    check: str
    severity: str
    message: str
    source: str
    params: dict = field(hash=False, compare=False)
    description: str = ""
    template: Template = field(default=None, repr=False, hash=False, compare=False)
    compiled: object = field(default=None, repr=False, hash=False, compare=False)

    def run(self, ctx: StoryContext) -> list[Finding]:
        """The findings of this rule on one story, passing checks included."""
        from .base import Emitter

        emit = Emitter(self, ctx)
        self.compiled.run(emit, ctx)
        return emit.findings


def default_pack_path():
    """The default pack, ``rules/default.yaml`` (shipped as ``claimcheck.rules``)."""
    from ..extraction.lexicon import rules_resource

    return rules_resource("default.yaml")


def rule_files(path: str | Path, root: str | Path | None = None) -> list[Path]:
    """A file, or every ``*.yaml``/``*.yml`` under a folder (recursive, sorted). With
    ``root``, every file must lie inside it once links are resolved."""
    p = Path(path)
    if p.is_dir():
        found = [f for f in sorted(p.rglob("*")) if f.suffix in (".yaml", ".yml")
                 and f.is_file() and f.name not in NOT_RULE_FILES]
    elif not p.exists():
        raise RuleError(f"{path}:1:1: no such rule file or folder")
    else:
        found = [p]
    if root is not None:
        for f in found:
            if not f.resolve().is_relative_to(Path(root).resolve()):
                raise RuleError(f"{f}:1:1: rule file outside the project folder {root} "
                                "(--allow-outside permits it)")
    return found


def known_concepts() -> frozenset[str] | None:
    """Concept ids of the shipped lexicon, for checking references at load time."""
    from ..extraction.lexicon import default_lexicon

    return frozenset(default_lexicon().concept_ids)


def load_rule_packs(paths: list[str] | None, concepts: frozenset[str] | None = None,
                    root: str | Path | None = None) -> list[Rule]:
    """Load and validate rule packs; None or empty means the default pack.

    Rule ids must be unique across everything loaded, and at most MAX_RULES are loaded.
    Paths given that hold no rule at all are an error (a run that checks nothing must not
    pass). ``root`` confines the rule files to a folder. ``concepts`` overrides the
    lexicon's concept ids (tests). Every file is read and every rule checked before
    :class:`RuleError` is raised with all the problems found (one per rule at most)."""
    if concepts is None:
        concepts = known_concepts()
    ctx = LoadContext(concepts=concepts)
    if not paths:
        from importlib import resources

        with resources.as_file(default_pack_path()) as path:
            return load_rule_file(path, ctx, {})
    seen: dict[str, str] = {}
    rules: list[Rule] = []
    errors: list[str] = []
    for path in paths:
        try:
            files = rule_files(path, root)
        except RuleError as exc:
            _gather(errors, exc)
            continue
        for file in files:
            try:
                rules.extend(load_rule_file(file, ctx, seen, MAX_RULES - len(rules)))
            except RuleError as exc:
                _gather(errors, exc)
    if errors:
        raise RuleError(messages=errors)
    if not rules:
        raise RuleError(f"{paths[0]}:1:1: no rule found in {', '.join(map(str, paths))} "
                        "(expected rule files with a non-empty 'rules' list)")
    return rules


class _Where:
    """Turns (dotted parent, key) into ``path:line:col`` using the YAML line map."""

    def __init__(self, path: Path, lines: dict):
        self.path, self.lines = str(path), lines
        self.columns = getattr(lines, "columns", {})

    def __call__(self, parent: str, key) -> str:
        parts = [p for p in parent.split(".") if p] + [str(key)]
        # walk up until a key the map knows (a missing key points at its mapping)
        while parts:
            *head, last = parts
            k = int(last) if last.isdigit() else last
            line = self.lines.get((".".join(head), k))
            if line is not None:
                return f"{self.path}:{line}:{self.columns.get(('.'.join(head), k), 1)}"
            parts = head
        return f"{self.path}:1:1"


def load_rule_file(path: str | Path, ctx: LoadContext, seen: dict[str, str],
                   room: int = MAX_RULES) -> list[Rule]:
    """Load one rule file; ``seen`` maps rule ids already loaded to their ``path:line``;
    ``room`` is how many more rules the run may load."""
    path = Path(path)
    try:
        data, lines = load_yaml_with_lines(path)
    except YamlError as exc:
        raise RuleError(str(exc)) from None
    where = _Where(path, lines)
    if not isinstance(data, dict) or "rules" not in data:
        raise RuleError(f"{path}:1:1: not a rule file (expected a mapping with a 'rules' list)")
    for key in data:
        if key not in TOP_KEYS:
            raise RuleError(f"{where('', key)}: unknown key {key!r} (expected one of "
                            f"{', '.join(TOP_KEYS)})")
    if not isinstance(data["rules"], list):
        raise RuleError(f"{where('', 'rules')}: 'rules' must be a list of rules")
    if len(data["rules"]) > room:
        raise RuleError(f"{where('rules', max(room, 0))}: too many rules: at most {MAX_RULES} "
                        f"per run ({len(data['rules'])} in this file)")
    rules, errors = [], []
    for i, raw in enumerate(data["rules"]):
        try:
            rule = _load_rule(raw, f"rules.{i}", where, ctx)
            if rule.id in seen:
                raise RuleError(f"{where(f'rules.{i}', 'id')}: duplicate rule id {rule.id!r} "
                                f"(first defined at {seen[rule.id]})")
        except RuleError as exc:
            _gather(errors, exc)
            continue
        seen[rule.id] = rule.source
        rules.append(rule)
    if errors:
        raise RuleError(messages=errors)
    return rules


def _load_rule(raw, parent: str, where: _Where, ctx: LoadContext) -> Rule:
    def fail(key, message: str):
        raise RuleError(f"{where(parent, key)}: {message}")

    if not isinstance(raw, dict):
        head, _, index = parent.rpartition(".")
        raise RuleError(f"{where(head, int(index))}: expected a rule (a mapping with id, "
                        "check, severity, message)")
    for key in ("id", "check", "severity", "message"):
        if key not in raw:
            fail("id" if "id" in raw else "", f"missing required key {key!r} (expected id, "
                                              "check, severity and message on every rule)")
    for key in ("id", "check", "severity", "message", "description"):
        if key in raw and not isinstance(raw[key], str):
            fail(key, f"{key!r} must be a string (expected {_EXPECTED[key]})")
    if not _ID.fullmatch(raw["id"]):
        fail("id", f"bad rule id {raw['id']!r} (expected letters, digits, '-', '_' or '.')")
    if raw["check"] not in CHECK_TYPES:
        fail("check", f"unknown check type {raw['check']!r} (expected one of "
                      f"{', '.join(CHECK_TYPES)})")
    if raw["severity"] not in SEVERITIES:
        fail("severity", f"bad severity {raw['severity']!r} (expected one of "
                         f"{', '.join(SEVERITIES)})")
    try:
        template = compile_template(raw["message"])
    except TemplateError as exc:
        fail("message", str(exc))
    module = check_module(raw["check"])
    schema = module.PARAMS
    for key in raw:
        if key not in COMMON_KEYS and key not in schema:
            allowed = ", ".join([*COMMON_KEYS, *schema])
            fail(key, f"unknown key {key!r} for check {raw['check']!r} (expected one of "
                      f"{allowed})")
    try:
        params = parse_params(schema, {k: v for k, v in raw.items() if k in schema}, ctx)
        compiled = module.compile(params)
    except ParamError as exc:
        head, _, last = exc.key.rpartition(".")
        fail_parent = f"{parent}.{head}" if head else parent
        raise RuleError(f"{where(fail_parent, last)}: {exc}") from None
    source = where(parent, "id").rsplit(":", 1)[0]
    return Rule(id=raw["id"], check=raw["check"], severity=raw["severity"],
                message=raw["message"], source=source, params=params,
                description=raw.get("description", ""), template=template, compiled=compiled)

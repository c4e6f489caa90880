"""Safe YAML loading that remembers where every key stood, for file:line error messages.

Only YAML's safe constructors are used: no tags that build Python objects, nothing evaluated.
"""
from __future__ import annotations

from pathlib import Path

import yaml


# libyaml's parser when PyYAML was built with it (much faster); both are safe loaders.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlError(ValueError):
    """Invalid YAML; the message is ``path:line:col: problem``."""


class LineMap(dict):
    """``{(dotted_parent, key_or_index): line}``; ``.columns`` holds the 1-based columns."""

    def __init__(self):
        super().__init__()
        self.columns: dict = {}


def _walk(node, dotted: str, lines: LineMap) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            lines[(dotted, key)] = key_node.start_mark.line + 1
            lines.columns[(dotted, key)] = key_node.start_mark.column + 1
            child = f"{dotted}.{key}" if dotted else str(key)
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(dotted, i)] = item.start_mark.line + 1
            lines.columns[(dotted, i)] = item.start_mark.column + 1
            _walk(item, f"{dotted}.{i}" if dotted else str(i), lines)


def _check_duplicate_keys(node, path) -> None:
    if isinstance(node, yaml.MappingNode):
        seen = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    m = key_node.start_mark
                    raise YamlError(f"{path}:{m.line + 1}:{m.column + 1}: duplicate key "
                                    f"{key_node.value!r} (first at line {seen[key_node.value]})")
                seen[key_node.value] = key_node.start_mark.line + 1
            _check_duplicate_keys(value_node, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, path)


def parse_yaml_with_lines(text: str, path: str | Path) -> tuple[object, dict]:
    """Parse YAML text safely. Returns (data, lines) where ``lines[(parent, key)]`` is the
    1-based line of a mapping key or sequence item (and ``lines.columns`` its column);
    ``parent`` is the dotted path ("rules.2" for the third rule of a top-level ``rules``
    list, "" for the top level)."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
        if node is None:
            return None, LineMap()
        _check_duplicate_keys(node, path)
        data = _LOADER(text).get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise YamlError(f"{path}:{where}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(f"{path}:1:1: invalid YAML: {exc}") from None
    except RecursionError:
        raise YamlError(f"{path}:1:1: invalid YAML: nested too deeply") from None
    lines = LineMap()
    try:
        _walk(node, "", lines)
    except RecursionError:
        raise YamlError(f"{path}:1:1: invalid YAML: nested too deeply") from None
    return data, lines


def load_yaml_with_lines(path: str | Path) -> tuple[object, dict]:
    """Read and parse a YAML file (UTF-8) with line information; YamlError on any problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YamlError(f"{path}:1:1: not UTF-8 text") from None
    except OSError as exc:
        raise YamlError(f"{path}:1:1: cannot read: {exc.strerror or exc}") from None
    return parse_yaml_with_lines(text, path)

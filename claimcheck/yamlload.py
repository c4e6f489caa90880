"""Safe YAML loading that remembers where every key stood, for file:line error messages.

Only YAML's safe constructors are used: no tags that build Python objects, nothing
evaluated. Aliases (``*name``) are refused: claimcheck's files never need them, and they
are how "billion laughs" and cyclic documents are built.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .safefile import MAX_YAML_BYTES, FileRefused, read_utf8_file

# libyaml's parser when PyYAML was built with it (much faster); both are safe loaders.
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):
    """The safe loader, with an impossible date (2020-31-20) reported at its position."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid date {node.value!r}: {exc}", node.start_mark) from None

    def construct_yaml_int(self, node):
        """An integer; one longer than Python converts from text (4,300 digits) is an
        error at its position, not a traceback."""
        try:
            return super().construct_yaml_int(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid integer ({len(node.value)} characters): "
                f"{str(exc).split(';')[0]}", node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


class YamlError(ValueError):
    """Invalid YAML; the message is ``path:line:col: problem``."""


class LineMap(dict):
    """``{(dotted_parent, key_or_index): line}``; ``.columns`` holds the 1-based columns."""

    def __init__(self):
        super().__init__()
        self.columns: dict = {}


def _fail(path, mark, problem: str) -> YamlError:
    return YamlError(f"{path}:{mark.line + 1}:{mark.column + 1}: {problem}")


def _walk(node, dotted: str, lines: LineMap, seen: set, path) -> None:
    """Record positions; refuse duplicate keys and any node reached twice (an alias)."""
    if id(node) in seen:
        raise _fail(path, node.start_mark, "YAML aliases (*name) are not allowed here")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            line = key_node.start_mark.line + 1
            if isinstance(key_node, yaml.ScalarNode):
                if key in first:
                    raise _fail(path, key_node.start_mark,
                                f"duplicate key {key!r} (first at line {first[key]})")
                first[key] = line
            lines[(dotted, key)] = line
            lines.columns[(dotted, key)] = key_node.start_mark.column + 1
            _walk(value_node, f"{dotted}.{key}" if dotted else str(key), lines, seen, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(dotted, i)] = item.start_mark.line + 1
            lines.columns[(dotted, i)] = item.start_mark.column + 1
            _walk(item, f"{dotted}.{i}" if dotted else str(i), lines, seen, path)


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def parse_yaml_with_lines(text: str, path: str | Path) -> tuple[object, dict]:
    """Parse YAML text safely. Returns (data, lines) where ``lines[(parent, key)]`` is the
    1-based line of a mapping key or sequence item (and ``lines.columns`` its column);
    ``parent`` is the dotted path ("rules.2" for the third rule of a top-level ``rules``
    list, "" for the top level). Any problem is a YamlError ``path:line:col: problem``."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            return None, LineMap()
        lines = LineMap()
        _walk(node, "", lines, set(), path)
        data = _Loader(text).get_single_data()
    except yaml.reader.ReaderError as exc:
        char = exc.character
        what = f"character U+{ord(char) if isinstance(char, str) else char:04X}"
        raise YamlError(f"{path}:{_position(text, exc.position)}: invalid YAML: "
                        f"{what} is not allowed") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        problem = " ".join((exc.problem or exc.context or "invalid YAML").split())
        raise YamlError(f"{path}:{where}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(f"{path}:1:1: invalid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise YamlError(f"{path}:1:1: invalid YAML: nested too deeply") from None
    return data, lines


def load_yaml_with_lines(path: str | Path, max_bytes: int = MAX_YAML_BYTES
                         ) -> tuple[object, dict]:
    """Read and parse a YAML file (UTF-8, a regular file of at most ``max_bytes``) with
    line information; YamlError on any problem."""
    try:
        text = read_utf8_file(path, max_bytes)
    except FileRefused as exc:
        raise YamlError(f"{path}:1:1: {exc}") from None
    return parse_yaml_with_lines(text, path)

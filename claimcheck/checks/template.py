"""Message templates: ``{name}`` placeholders filled from a fixed set of finding fields.

Substitution is plain string replacement of whole placeholders. There is no attribute or
index access and no format spec (``{values.__class__}`` or ``{x!r}`` are load errors), so
a rule file can never reach into Python objects. ``{{`` and ``}}`` write literal braces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# name -> what it holds; the docs (docs/rules.md) list the same set
PLACEHOLDERS = {
    "rule": "the rule id",
    "check": "the check type",
    "severity": "the finding's severity",
    "story": "the story id",
    "status": "'holds' or 'fails'",
    "values": "the claims' texts, quoted, joined by ' vs '",
    "documents": "the documents of the claims, joined by ', '",
    "difference": "the absolute difference in words ('1.3 billion yuan')",
    "relative": "the relative difference ('about 6%')",
    "pattern": "the likely error pattern ('scale slip') or 'none'",
    "reason": "why the finding has its severity, or why the claims were paired",
    "explanation": "one sentence on what was compared and found",
    "expected": "the value the check expected (the total, the stated count ...)",
    "actual": "the value found (the sum of the parts, the number of items ...)",
    "items": "the list items counted (count_matches_list)",
    "label": "the aligned quantity's label or concept",
    "tolerance": "the tolerance applied",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z][a-z_]*")


class TemplateError(ValueError):
    """A bad message template; the message says which placeholder and what is allowed."""


@dataclass(frozen=True)
class Template:
    """A parsed template: literal strings and placeholder names, alternating."""

    source: str
    pieces: tuple[tuple[bool, str], ...]  # (is_placeholder, text-or-name)

    def render(self, fields: dict[str, str]) -> str:
        """The message with every placeholder replaced by its field ('' when absent)."""
        return "".join(fields.get(text, "") if is_field else text
                       for is_field, text in self.pieces)


def compile_template(source: str) -> Template:
    """Parse ``source``; TemplateError for an unknown or malformed placeholder."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for m in _TOKEN.finditer(source):
        if m.start() > pos:
            pieces.append((False, source[pos:m.start()]))
        token = m.group()
        if token in ("{{", "}}"):
            pieces.append((False, token[0]))
        elif m.group(1) is None:
            raise TemplateError(f"unmatched {token!r} at character {m.start() + 1} of the "
                                "message (write {{ or }} for a literal brace)")
        else:
            name = m.group(1).strip()
            if not _NAME.fullmatch(name) or name not in PLACEHOLDERS:
                shown = "{" + m.group(1) + "}"   # a line break in it: shown escaped
                raise TemplateError(f"unknown placeholder "
                                    f"{shown if shown.isprintable() else repr(shown)} in message "
                                    f"(expected one of: {', '.join(PLACEHOLDERS)})")
            pieces.append((True, name))
        pos = m.end()
    if pos < len(source):
        pieces.append((False, source[pos:]))
    return Template(source, tuple(pieces))

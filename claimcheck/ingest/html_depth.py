"""Bound the nesting depth of an HTML page before it is parsed.

An HTML5 tree builder checks the stack of open elements at every start tag (is a ``<p>``
open in button scope? a formatting element to reconstruct?), so a page of 100,000
unclosed ``<div>`` tags costs time quadratic in its length: minutes of CPU for one
megabyte. No article nests that deep, so the start tags past :data:`MAX_DEPTH` open
elements are dropped (with the end tags that would close them) before parsing; their text
stays where it was. A page that never nests that deep is returned unchanged.

The depth is tracked with a simplified tree builder, in one pass over the tags: void
elements and ``<x/>`` open nothing, an end tag closes the innermost open element of its
name and everything inside it, a ``<p>``, ``<li>`` and the like closes an open element of
its own name directly above it, and the contents of ``<script>``, ``<style>`` and the other
raw-text elements, comments and declarations are skipped whole.
"""
from __future__ import annotations

import re

__all__ = ["MAX_DEPTH", "limit_depth"]

MAX_DEPTH = 256

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont",
                   "bgsound", "image"})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "noscript", "plaintext"})
# a start tag of one of these closes an element of the same name left open just above it
_SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
                                    "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "a",
                                    "h1", "h2", "h3", "h4", "h5", "h6"})
_OPEN = re.compile(r"<(?:(/?)([A-Za-z][^\s/>]*)|!--|[!?])")
_IN_TAG = re.compile(r"""[^>"']*""")
_EQUALS_BEFORE = re.compile(r"=\s*$")


def _tag_end(html: str, i: int) -> int:
    """Where the tag whose attributes begin at ``i`` ends (after its ``>``), or -1 when the
    text ends inside it. A quoted attribute value may hold ``>``; a quote elsewhere is an
    ordinary character. Every character is read once."""
    n = len(html)
    while True:
        i = _IN_TAG.match(html, i).end()
        if i >= n:
            return -1
        ch = html[i]
        if ch == ">":
            return i + 1
        if _EQUALS_BEFORE.search(html, max(0, i - 16), i):
            close = html.find(ch, i + 1)
            if close < 0:
                return -1
            i = close + 1
        else:
            i += 1


def _tokens(html: str):
    """(start, end, name, is_end_tag, is_self_closing) of each tag, outside raw text,
    comments and declarations; names lower-cased. One pass over the text."""
    pos, n = 0, len(html)
    while pos < n:
        m = _OPEN.search(html, pos)
        if m is None:
            return
        name = m.group(2)
        if name is None:  # a comment, a declaration or a processing instruction
            close = html.find("-->", m.end()) if m.group().endswith("--") else \
                html.find(">", m.end())
            if close < 0:
                return
            pos = close + (3 if m.group().endswith("--") else 1)
            continue
        end = _tag_end(html, m.end())
        if end < 0:
            return
        pos = end
        name = name.lower()
        closing = m.group(1) == "/"
        yield m.start(), end, name, closing, html[end - 2] == "/"
        if not closing and name in _RAW_TEXT:
            close = re.compile(r"</" + re.escape(name) + r"(?=[\s/>])", re.I).search(html, pos)
            if name == "plaintext" or close is None:
                return
            pos = close.start()


def _cuts(html: str, max_depth: int) -> list[tuple[int, int]]:
    """The (start, end) spans of the tags to drop; [] when the page nests no deeper than
    ``max_depth``."""
    stack: list[str] = []
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}
    cuts: list[tuple[int, int]] = []
    for start, end, name, closing, self_closing in _tokens(html):
        if closing:
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            elif dropped.get(name):
                dropped[name] -= 1
                cuts.append((start, end))
            continue
        if name in _VOID or self_closing:
            continue
        if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
            stack.pop()
            open_count[name] -= 1
        if len(stack) >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append((start, end))
            continue
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
    return cuts


def limit_depth(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` without the start tags that would open elements deeper than ``max_depth``
    (see the module docstring); the page itself when it nests no deeper."""
    cuts = _cuts(html, max_depth)
    if not cuts:
        return html
    parts, pos = [], 0
    for start, end in cuts:
        parts.append(html[pos:start])
        pos = end
    parts.append(html[pos:])
    return "".join(parts)

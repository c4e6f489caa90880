"""Article text from an HTML page, without navigation and other boilerplate.

Parsing uses ``selectolax`` (the lexbor HTML5 engine: C, no Python dependencies,
imports in about 10 ms). On top of the parse tree this module:

* never renders script, style, template, noscript, embedded objects, forms and controls;
* skips nav, aside, footer, menus, dialogs, page headers, ARIA landmarks for navigation,
  hidden elements, and elements whose class or id names boilerplate (cookie banners,
  share bars, related links, comments, newsletters, ads, breadcrumbs, sidebars,
  tag lists);
* when the page has one article body (``itemprop=articleBody``, ``<article>`` or
  ``<main>``) holding most of the text, keeps only that, plus the page's ``<h1>``.

Block-level elements become paragraph breaks (``"\\n\\n"``), ``<br>`` a line break,
table cells are separated by ``" | "``, inline text follows HTML whitespace rules
(runs of ASCII whitespace become one space). Entities are decoded by the parser.
The returned text is the document text that claim offsets refer to.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .html_depth import limit_depth

__all__ = ["html_to_text"]

# Never rendered, whatever their context.
_DROP_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed",
    "svg", "math", "canvas", "video", "audio", "map", "form", "button", "select",
    "input", "textarea", "option", "datalist", "nav", "aside", "footer", "menu",
    "dialog", "title", "meta", "link",
})
_DROP_ROLES = frozenset({
    "navigation", "contentinfo", "complementary", "search", "menu", "menubar",
    "dialog", "alertdialog", "toolbar", "banner",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
})
_CELL_TAGS = frozenset({"td", "th"})
# Class/id words that name boilerplate; matched as whole words between - or _ .
_BOILERPLATE = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|cookies?|consent|gdpr"
    r"|share|sharing|social|sidebar|footer|header|masthead|related|recommended"
    r"|comments?|newsletter|subscribe|subscription|promo|advert|advertisement|ads?"
    r"|sponsored|popup|modal|skip|pagination|pager|toolbar|banner|tags|tag-links"
    r"|taboola|outbrain)(?:[-_]|$)"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_CONTENT_SELECTORS = ('[itemprop="articleBody"]', "article", "main", '[role="main"]')
_PROTECTED = 'article, main, h1, [itemprop="articleBody"], [role="main"]'
_CELL_SEP = "\x00cell\x00"
_LINE_SEP = "\x00br\x00"


def _is_hidden(attrs: dict) -> bool:
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))


def _names_boilerplate(attrs: dict) -> bool:
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower().split()
    return any(_BOILERPLATE.search(word) for word in words)


class _Renderer:
    """Walks a subtree and renders its visible text as paragraphs."""

    def __init__(self, heuristics: bool, page_len: int = 0, inside_content: bool = False):
        self.heuristics = heuristics
        self.page_len = page_len
        self.inside_content = inside_content
        self.paragraphs: list[str] = []
        self.buffer: list[str] = []

    def skip(self, node: LexborNode, in_content: bool) -> bool:
        tag = node.tag
        if tag in _DROP_TAGS:
            return True
        attrs = node.attributes
        if _is_hidden(attrs):
            return True
        if tag == "header" and not in_content and node.css_first("h1") is None:
            return True
        role = (attrs.get("role") or "").lower()
        if role in _DROP_ROLES and not (role == "banner" and in_content):
            return True
        if self.heuristics and _names_boilerplate(attrs) and tag not in ("html", "body"):
            # Keep wrappers that hold the story itself.
            if node.css_first(_PROTECTED) is not None:
                return False
            return _visible_len(node) * 2 <= self.page_len or self.page_len == 0
        return False

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer.clear()
        lines = []
        for line in raw.split(_LINE_SEP):
            cells = [_HTML_SPACE.sub(" ", c).strip() for c in line.split(_CELL_SEP)]
            line = " | ".join(c for c in cells if c)
            if line:
                lines.append(line)
        if lines:
            self.paragraphs.append("\n".join(lines))

    def render(self, root: LexborNode) -> str:
        # Iterative depth-first walk: (node, closing, inside article/main).
        stack: list[tuple[LexborNode, bool, bool]] = [(root, False, self.inside_content)]
        while stack:
            node, closing, in_content = stack.pop()
            tag = node.tag
            if closing:
                if tag in _BLOCK_TAGS:
                    self.flush()
                continue
            if tag == "-text":
                self.buffer.append(node.text_content or "")
                continue
            if tag is None or tag.startswith("-") or tag.startswith("!"):
                continue  # comments, doctype
            if node is not root and self.skip(node, in_content):
                continue
            if tag == "br":
                self.buffer.append(_LINE_SEP)
                continue
            if tag in _CELL_TAGS:
                self.buffer.append(_CELL_SEP)
            if tag == "pre":
                self.flush()
                text = (node.text(deep=True) or "").strip("\n")
                if text.strip():
                    self.paragraphs.append(text)
                continue
            if tag in _BLOCK_TAGS:
                self.flush()
            child_in_content = in_content or tag in ("article", "main")
            stack.append((node, True, in_content))
            children = list(node.iter(include_text=True))
            for child in reversed(children):
                stack.append((child, False, child_in_content))
        self.flush()
        return "\n\n".join(self.paragraphs)


def _visible_len(node: LexborNode) -> int:
    """Length of the text a node renders with only the hard rules applied."""
    return len(_Renderer(heuristics=False).render(node))


def _content_root(body: LexborNode, page_len: int) -> LexborNode:
    """The single article body holding most of the story, else ``body``."""
    for selector in _CONTENT_SELECTORS:
        found = body.css(selector)
        if len(found) != 1:
            continue
        length = _visible_len(found[0])
        if length >= min(500, page_len // 4) and length > 0:
            return found[0]
    return body


def html_to_text(html: str) -> str:
    """Plain article text of an HTML page (see the module docstring for the rules)."""
    if not html or not html.strip():
        return ""
    tree = LexborHTMLParser(limit_depth(html))
    body = tree.body
    if body is None:
        return ""
    page_len = _visible_len(body)
    if page_len == 0:
        return ""
    root = _content_root(body, page_len)
    in_content = root is not body
    text = _Renderer(True, _visible_len(root), in_content).render(root)
    headline = body.css_first("h1")
    if headline is not None:
        title = _Renderer(False).render(headline)
        if title and title not in text:
            text = f"{title}\n\n{text}" if text else title
    return text

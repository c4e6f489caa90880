"""Tables whose header gives the unit and scale of every cell below it.

Results announcements print figures as a table, with the unit once in a header:
"(in RMB millions, except per-share data)", "(in Mio. €, Stichtag 30.06.)", "(en millions
d'euros)", 单位：人民币百万元, （単位：百万円）, "(€ thousand)". The cells below are bare numbers
("Revenue  48,602  44,915", 收入48,602); each is the header's currency (or unit) times its
scale, across lines, until the block ends (a blank line or the end of the text). A row
label may give its own unit: "Basic EPS (RMB)", "Gross margin (%)", "Mitarbeiter (Anzahl)",
每股基本盈利（人民币元）. A cell in parentheses is negative, as accounts write it: "(418)".

The declaration is read with the language's own words: its currencies, units, scale
words and unit joiners, and the labels of ``tables.labels`` ("in", 单位, 単位).
"""
from __future__ import annotations

import regex

from .atoms import Cand
from .cjknum import parse_cjk
from .language import Language, fold, pow10

_GROUP = regex.compile(r"[(（]([^()（）\n]{1,60})[)）]")
_CUT = regex.compile(r"[,，;；]")
_WORDS = regex.compile(r"[^\s\u00a0\u3000'’]+['’]?")
_CJK_SCALE = regex.compile(r"[十百千万萬亿億兆]+")


class Unit:
    """What a header or a row label says the cells are: a currency or a unit (or nothing,
    for a count or a percentage), times 10**scale."""

    __slots__ = ("currency", "unit", "scale", "percent", "count")

    def __init__(self, currency=None, unit=None, scale=0, percent=False, count=False):
        self.currency, self.unit, self.scale = currency, unit, scale
        self.percent, self.count = percent, count


def declaration(text: str, lang: Language) -> Unit | None:
    """The unit and scale a declaration states ("in RMB millions", "Mio. €", 人民币百万元,
    "millions d'euros"), or None when it states none."""
    head = _CUT.split(text, 1)[0].strip().strip(":：").strip()
    labels = sorted(lang.raw.get("tables", {}).get("labels") or (), key=len, reverse=True)
    labelled = False
    for label in labels:
        if fold(head).startswith(fold(label)):
            head = head[len(label):].strip().lstrip(":：").strip()
            labelled = True
            break
    if not head:
        return None
    if lang.boundaries:
        return _words(head, lang, labelled)
    return _chars(head, lang, labelled)


def _found(found: Unit, labelled: bool) -> Unit | None:
    """A currency or a unit declares the cells; a scale alone ("(em mil)", "(in
    thousands)", 单位：万标箱) or a percentage ("in Prozent") only after a label word, so a
    bracketed "(millions)" in prose declares nothing. A scale alone makes counts."""
    if found.currency or found.unit:
        return found
    if labelled and found.percent and not found.scale:
        return found
    if labelled and found.scale and not found.percent:
        found.count = True
        return found
    return None


def _words(head: str, lang: Language, labelled: bool = False) -> Unit | None:
    found = Unit()
    spec = lang.raw.get("tables", {})
    labels = {fold(w) for w in spec.get("labels") or ()}
    joiners = {fold(w) for w in (lang.raw.get("unit_joiners") or ())} | labels | \
        {fold(w) for w in spec.get("joiners") or ()}
    words = [w for w in _WORDS.findall(head)]
    i = 0
    while i < len(words):
        # the longest run of words that is a currency, a unit or a scale
        for j in range(min(len(words), i + 3), i, -1):
            phrase = " ".join(words[i:j])
            if _take(phrase, found, lang):
                i = j
                break
        else:
            w = words[i]
            bare = w.rstrip("'’")
            if fold(w) in joiners or fold(bare + "'") in joiners:
                i += 1
                continue
            # "d'euros": a joiner glued to the next word
            if "'" in w or "’" in w:
                rest = regex.split(r"['’]", w, 1)[1]
                if rest and _take(rest, found, lang):
                    i += 1
                    continue
            if labelled and found.scale and not found.currency and not found.unit and \
                    len(words) - i <= _NOUN_WORDS and all(x.isalpha() for x in words[i:]):
                break                         # "(in thousands of passengers)": what is counted
            return None
    return _found(found, labelled)


_NOUN_WORDS = 2      # words of the counted noun after a header's scale


_HEADER_SCALES: dict[str, dict[str, int]] = {}


def _header_scales(lang: Language) -> dict[str, int]:
    """Scale words only a header reads as exact (``tables.scales``): "milhares", "miles",
    "milliers" are vague in a sentence ("milhares de pessoas"), thousands in "(em
    milhares)"."""
    got = _HEADER_SCALES.get(lang.code)
    if got is None:
        raw = lang.raw.get("tables", {}).get("scales") or {}
        got = _HEADER_SCALES[lang.code] = {fold(k): int(v) for k, v in raw.items()}
    return got


_PERCENT_WORDS: dict[str, frozenset[str]] = {}


def _percent_words(lang: Language) -> frozenset[str]:
    """The language's percent words after a number ("Prozent", "%"), folded, cached."""
    got = _PERCENT_WORDS.get(lang.code)
    if got is None:
        got = _PERCENT_WORDS[lang.code] = frozenset(fold(w) for w in lang.percent["suffix"])
    return got


def _take(phrase: str, found: Unit, lang: Language) -> bool:
    cur = lang.currencies.find(phrase)
    if cur is not None and found.currency in (None, cur) and "|" not in cur:
        found.currency = cur                  # 人民币百万元: the currency may be named twice
        return True
    scale = lang.scales.find(phrase)
    if scale is None:
        scale = _header_scales(lang).get(fold(phrase))   # "(em milhares)", "(en miles)"
    if scale is None and phrase.endswith("."):
        scale = lang.scales.find(phrase[:-1])      # "Crores."
    if scale is not None and not found.scale:
        found.scale = int(scale)
        return True
    if phrase == "000" and not found.scale:           # "(€000)"
        found.scale = 3
        return True
    if not found.percent and fold(phrase) in _percent_words(lang):
        found.percent = True                  # "in Prozent", "em %"
        return True
    unit = lang.units.find(phrase)
    if unit is not None and not found.unit and not found.currency:
        found.unit = unit
        return True
    return False


def _chars(head: str, lang: Language, labelled: bool = False) -> Unit | None:
    """人民币百万元, 百万円, 千美元: currency names, a scale in numerals, a currency or unit.
    After a label and a scale, a short noun the language has no unit for is what the
    cells count (单位：万标箱, 単位：千人)."""
    found = Unit()
    i, n = 0, len(head)
    while i < n:
        if head[i] in " \u3000:：":
            i += 1
            continue
        m = _CJK_SCALE.match(head, i)
        if m and not found.scale:
            r = parse_cjk(m.group(), lang)
            if r is not None and r.value >= 10:
                found.scale = len(str(int(r.value))) - 1
                i = m.end()
                continue
        for j in range(min(n, i + 6), i, -1):
            if _take(head[i:j], found, lang):
                i = j
                break
        else:
            if labelled and found.scale and not found.currency and not found.unit and \
                    _COUNTED_NOUN.fullmatch(head, i):
                break                         # 万标箱: ten thousands of TEU boxes
            return None
    return _found(found, labelled)


_COUNTED_NOUN = regex.compile(r"[\p{Han}\p{Katakana}ー]{1,4}")


def _row_label(line: str, lang: Language) -> Unit | None:
    """A unit in the row's label, before its first number: "(RMB)", "(%)", "(Anzahl)"."""
    for m in _GROUP.finditer(line):
        inner = m.group(1).strip()
        if any(ch.isdigit() for ch in inner):
            return None
        if inner in ("%", "％"):
            return Unit(percent=True)
        unit = declaration(inner, lang)
        if unit is not None:
            return unit
        return Unit(count=True)               # "(Anzahl)", "(personnes)", （人）
    return None


def table_regions(text: str, lang: Language) -> list:
    """(start, end, unit, declaration span, columns) of every table whose header declares
    its cells' unit or scale; [] in a text with none (the usual case, found cheaply)."""
    if "(" not in text and "（" not in text and not _has_label(text, lang):
        return []
    if _ROW_ANY.search(text) is None:
        return []                             # no line looks like a table row
    return list(_regions(text, lang))


def apply_tables(text: str, cands: list[Cand], lang: Language,
                 regions: list | None = None) -> list[Cand]:
    """Give the cells of each table the unit and scale of its header; returns the claims
    kept (numbers inside the header's own declaration, such as a date, are dropped)."""
    if regions is None:
        regions = table_regions(text, lang)
    if not regions:
        return cands
    drop: set[int] = set()
    for start, end, unit, decl_span, columns in regions:
        for idx, c in enumerate(cands):
            if c.start < decl_span[1] and c.end > decl_span[0]:
                drop.add(idx)
                continue
            if not (start <= c.start < end) or c.currency or c.unit_expr or c.percent:
                continue
            if c.counted and c.subject and not _in_group(text, c):
                continue                      # "11.240 personas": a count in a note
            line_start = text.rfind("\n", 0, c.start) + 1
            label = _row_label(text[line_start:c.start], lang)
            if label is None and columns is not None:
                label = _column_unit(text, line_start, c, columns)
                if label is None:
                    continue                  # a column whose header declares nothing
            _apply(text, c, label or unit)
    return [c for i, c in enumerate(cands) if i not in drop]


def _in_group(text: str, c: Cand) -> bool:
    return c.num_start > 0 and text[c.num_start - 1] in "(（" and text[c.num_end:c.num_end + 1] in (")", "）")


def _apply(text: str, c: Cand, unit: Unit) -> None:
    if _in_group(text, c):                    # "(418)": a negative amount
        c.value = -c.value
        c.start, c.end = c.num_start - 1, max(c.end, c.num_end + 1)
        if text[c.end:c.end + 1] in ("%", "％"):   # "(13)%": a negative change in a column
            c.end += 1                             # of amounts
            c.percent = "percent"
            return
    if unit.count:
        c.counted = True
        if unit.scale:                        # "(em mil)": thousands of what it counts
            c.value *= pow10(unit.scale)
            c.exp = (c.exp or 0) + unit.scale
            c.scaled, c.scale = True, unit.scale
        return
    if unit.percent:
        c.percent = "percent"
        return
    if unit.scale:
        c.value *= pow10(unit.scale)
        c.exp = (c.exp or 0) + unit.scale
        c.scaled, c.scale = True, unit.scale
    c.currency = unit.currency
    c.unit_expr = unit.unit
    c.counted = False


def _has_label(text: str, lang: Language) -> bool:
    return any(label in text for label in lang.raw.get("tables", {}).get("labels") or ())


def _regions(text: str, lang: Language):
    """(start, end, unit, declaration span) of every table: from the line after a header
    that declares a unit to the end of its block."""
    labels = [lbl for lbl in lang.raw.get("tables", {}).get("labels") or () if not lbl.isascii()]
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        line = text[pos:eol]
        if len(line) <= 200:
            found = _header(line, lang, labels)
            if found is not None:
                unit, (s, e) = found
                if text.startswith("\n\n", eol) and line.rstrip()[-1:] in ":：)）":
                    eol += 1                  # "如下（单位：万标箱）：" a blank line, then the table
                block_end = text.find("\n\n", eol)
                block_end = n if block_end < 0 else block_end
                if _has_rows(text, eol, block_end):
                    yield eol, block_end, unit, (pos + s, pos + e), _columns(line, lang)
        pos = eol + 1


# a line ending with a number, or two numbers side by side in columns
_ROW_ANY = regex.compile(r"(?m)\d[\d.,'’]*[ \t\u00a0\u3000]*$|\d(?:[ \t\u00a0\u3000]{2,}|[ \t]*[|\t][ \t]*|\u3000)[-+−(]?\d")

def _has_rows(text: str, start: int, end: int) -> bool:
    """Whether a block has table rows: a line that ends with a number ("收入48,602",
    "Revenue  48,602"), or two numbers side by side in columns."""
    return _ROW_ANY.search(text, start, end) is not None


# the separator of a table's columns: a bar, a tab, two spaces or more, an ideographic space
COLUMN_SEP = regex.compile(r"[｜|\t]|[ \u00a0]{2,}|\u3000")


def fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each field of the line text[start:end], split at COLUMN_SEP."""
    out, pos = [], start
    for m in COLUMN_SEP.finditer(text, start, end):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out


def _columns(line: str, lang: Language) -> list[Unit | None] | None:
    """Per column, the unit its header declares, when a header line declares more than one
    ("指标｜绝对值（亿元）｜同比增长（%）", "Revenue (RMB m)  Change (%)"); else None."""
    spans = fields(line, 0, len(line))
    if len(spans) < 2:
        return None
    units: list[Unit | None] = []
    for s, e in spans:
        m = _GROUP.search(line[s:e])
        inner = m.group(1).strip() if m else ""
        units.append(Unit(percent=True) if inner in ("%", "％") else
                     declaration(inner, lang) if inner else None)
    return units if sum(u is not None for u in units) >= 2 else None


def _column_unit(text: str, line_start: int, c: Cand, columns: list) -> Unit | None:
    """The unit of the column cell ``c`` stands in (its row split as the header is)."""
    line_end = text.find("\n", c.start)
    line_end = len(text) if line_end < 0 else line_end
    k = sum(1 for _, e in fields(text, line_start, line_end) if e <= c.start)
    return columns[k] if k < len(columns) else None


def _header(line: str, lang: Language, labels) -> tuple[Unit, tuple[int, int]] | None:
    for m in _GROUP.finditer(line):
        unit = declaration(m.group(1), lang)
        if unit is not None:
            return unit, m.span()
    for label in labels:                      # 单位：人民币百万元 without brackets
        i = line.find(label)
        if i >= 0:
            rest = line[i:]
            unit = declaration(_CUT.split(rest, 1)[0], lang)
            if unit is not None:
                return unit, (i, len(line))
    return None

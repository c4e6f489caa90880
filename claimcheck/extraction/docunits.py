"""Units and currencies a document's subject decides: ``unit_documents``,
``currency_documents`` and ``currency_countries`` in a language file.

Some unit names stand for another unit in a whole kind of story: an "ounce" of gold,
silver or platinum is a troy ounce, whatever sentence it is in ("output fell 7% to 412,000
ounces" in a platinum miner's report). A currency name shared by several countries is the
currency of the country the story is about: "pesos" in a story from Manila are Philippine
pesos. ``unit_contexts`` looks at the words just before a number; this looks at the whole
document, once per written name: one search of the text for the listed words (bounded by
the text, so linear). The first entry whose words occur wins.
"""
from __future__ import annotations

import regex

from .atoms import Cand
from .language import Language, fold

_PATTERNS: dict = {}


def _pattern(lang: Language, words: tuple[str, ...], ignore_case: bool = True):
    """Any of ``words`` as a whole word (in a language written with spaces), compiled once."""
    key = (lang.boundaries, words, ignore_case)
    got = _PATTERNS.get(key)
    if got is None:
        alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        got = _PATTERNS[key] = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?![\p{{L}}\p{{N}}])" if lang.boundaries else alt,
            regex.IGNORECASE if ignore_case else 0)
    return got


def document_units(text: str, cands: list[Cand], lang: Language) -> list[Cand]:
    """Give each claim whose unit name is listed in ``unit_documents`` the unit its
    document's words call for, and each whose currency name is listed in
    ``currency_documents`` the currency. A claim whose currency is one of
    ``currency_documents_only`` ("R" for the rand) in a document that names none of its
    countries is dropped: "R2" elsewhere is a name, and a wrong currency is worse than
    none. Returns the claims kept."""
    units = lang.raw.get("unit_documents")
    currencies = lang.raw.get("currency_documents")
    multiples = lang.raw.get("multiple_documents")
    if not units and not currencies and not multiples:
        return cands
    only = lang.raw.get("currency_documents_only") or ()
    decided: dict = {}
    dropped = False
    for c in cands:
        if units and c.unit_surface and c.unit_expr:
            got = _decide(text, lang, units, c.unit_surface, decided, "unit")
            if got is not None:
                c.unit_expr = got
        if currencies and c.currency_surface and c.currency:
            got = _decide(text, lang, currencies, c.currency_surface, decided, "currency")
            if got is not None:
                c.currency = got
            elif c.currency_surface in only:
                c.currency = None
                dropped = True
        if multiples and c.unit_surface in multiples and c.currency and not c.currency_surface:
            key = ("multiple", c.unit_surface)
            if key not in decided:
                decided[key] = _pattern(lang, tuple(multiples[c.unit_surface])).search(text) \
                    is not None
            if not decided[key]:
                c.currency = None
                dropped = True
    return [c for c in cands if c.currency is not None or not (
        c.currency_surface in only or (multiples and c.unit_surface in multiples
                                       and not c.currency_surface))] if dropped else cands


def _decide(text: str, lang: Language, table: dict, surface: str, decided: dict, what: str):
    key = next((k for k in table if k.casefold() == surface.casefold()), None)
    if key is None:
        return None
    if (what, key) not in decided:
        decided[(what, key)] = next(
            (expr for expr, words in table[key].items()
             if _pattern(lang, tuple(words)).search(text)), None)
    return decided[(what, key)]


def _names_currency(text: str, at: int, word: str, lang: Language) -> bool:
    """Whether the country word at ``at`` opens a currency name of the language."""
    return any(text.startswith(s, at) for s in _currency_names(lang).get(word, ()))


_NAMES: dict = {}


def _currency_names(lang: Language) -> dict[str, tuple[str, ...]]:
    """The language's currency and currency-multiple names, by every country word of
    ``currency_countries`` that opens them ("U.S." -> "U.S. cents", "U.S. dollars")."""
    got = _NAMES.get(lang.code)
    if got is None:
        names = list(lang.raw["currencies"]) + list(lang.raw.get("currency_multiples") or ())
        words = {w for by_code in (lang.raw.get("currency_countries") or {}).values()
                 for ws in by_code.values() for w in ws}
        got = _NAMES[lang.code] = {w: tuple(n for n in names if n.startswith(w) and n != w)
                                   for w in words}
    return got


def country_currencies(text: str, resolved: dict, notes: dict, lang: Language) -> None:
    """A symbol the language reads as one currency ("$" as the US dollar) in a document
    that names the country of another of its currencies (``currency_countries``: Australia,
    Canada ...) is that country's currency when the document names only it, else the
    default with a note; never silently. ``resolved`` and ``notes`` are the engine's
    symbol -> currency and symbol -> note tables."""
    for symbol, by_code in (lang.raw.get("currency_countries") or {}).items():
        if symbol not in resolved:
            continue
        code_of = {w: code for code, words in by_code.items() for w in words}
        # one pass over the text for every country's words; a word that opens the name of
        # a currency ("U.S. cents", "US$", "Canadian dollars") says which money, not where
        # the story is
        found = {code_of[m.group()] for m in
                 _pattern(lang, tuple(code_of), ignore_case=False).finditer(text)
                 if not _names_currency(text, m.start(), m.group(), lang)}
        named = [code for code in by_code if code in found]
        default = resolved[symbol]
        others = [code for code in named if code != default]
        if not others:
            continue
        if len(named) == 1:
            resolved[symbol] = others[0]
            notes[symbol] = (f"ambiguous currency: read as {others[0]}, the currency of the "
                             f"country the document names")
        elif symbol not in notes:
            notes[symbol] = (f"ambiguous currency: read as {default}; the document also names "
                             f"the country of {', '.join(others)}")


def subunit_currencies(cands: list[Cand], sentences, resolved: dict, lang: Language) -> None:
    """A bare subunit listed in ``subunit_currencies`` ("cents", "centavos", セント) is a
    hundredth of the money its own sentence counts in, when the sentence's other amounts are
    all in one of its currencies ("2.3 cents more than a week earlier" after "€1.712": euro
    cents); with no amount in its sentence, of the money of more than two thirds of the
    document's amounts, when that is one of its currencies; else it keeps the reading of
    ``currency_multiples`` (bare cents are then cents of the document's dollar)."""
    table = lang.raw.get("subunit_currencies")
    if not table:
        return
    options = {fold(k): tuple(v) for k, v in table.items()}
    bare = [c for c in cands if c.currency and c.unit_power < 0 and not c.currency_surface
            and fold(c.unit_surface) in options
            and c.currency == (lang.currency_multiples.find(c.unit_surface) or (None,))[0]]
    if not bare:
        return
    ids = {id(c) for c in bare}
    amounts = [(sentences.at(c.start)[0], resolved.get(c.currency, c.currency)) for c in cands
               if c.currency and id(c) not in ids and "|" not in resolved.get(c.currency, c.currency)]
    in_doc: dict[str, int] = {}
    for _, code in amounts:
        in_doc[code] = in_doc.get(code, 0) + 1
    for c in bare:
        allowed = options[fold(c.unit_surface)]
        at = sentences.at(c.start)[0]
        here = {code for s, code in amounts if s == at}
        if here:
            got = next(iter(here)) if len(here) == 1 else None
        else:
            got = next((code for code, n in in_doc.items() if 3 * n > 2 * len(amounts)), None)
        if got in allowed:
            c.currency = got

"""Extraction accuracy of claimcheck against the Recognizers-Text spec cases.

    python bench/accuracy.py                      # every language with a data file
    python bench/accuracy.py --lang zh --kind percent --failures 20
    python bench/accuracy.py --markdown           # the table for README.md

The cases are /work/shared/bench/recognizers/<lang>.<kind>.jsonl (converted from
microsoft/Recognizers-Text, MIT licence; see the README there). Each case is a text and
the items Recognizers-Text expects in it. claimcheck reads each text with
``claimcheck.extract(text, lang)`` and the claims are scored against the items.

Scored kinds: currency, dimension, number, percent. Informational: age (as duration
claims). Out of scope, not scored: ordinal (claimcheck deliberately reads "3rd" as a
position, not a quantity), number_range (claimcheck's ranges carry precision-widened
bounds, the spec's carry open/closed flags; not comparable item by item), temperature
(claims of kind temperature keep the scale written, degC or degF; the spec's temperature
cases are not mapped yet).

Conventions (how the spec's conventions were mapped to claimcheck's):

* Matching. A claim matches an expected item when their spans overlap and their values
  are equal; each claim matches at most one item (first fit, in text order). value+unit
  also needs the unit to agree. A range claim ("eight to 10 feet") matches an item equal
  to either of its ends (the spec models have no ranges and list one end). Precision =
  matched claims / claims; recall = matched items / items.
* Which claims count. currency: claims of kind money; dimension: area, length, mass,
  volume, energy, power (the spec's dimension model has no durations: times belong to its
  DateTime model); age: duration; percent: kind percent; number: kinds number and count.
  A claim of another kind (not a date) that overlaps an expected item also counts: for the
  value score in every kind (so "420 million markka" read as a plain number scores on
  value but not on value+unit), and in the number cases for both scores (the number
  spec's "10" in "10 km" is claimcheck's length claim; its number as written is 10).
  Numbers that claimcheck reads as money, measures or percentages elsewhere in a number
  case are not counted against it (the number spec does not list "29km" as a number).
* Values. Spec values are floats; compared as the exact Decimal of the spec's own text,
  equal to claimcheck's exact Decimal after normalising. Spec floats with 15 or more
  significant digits lost precision (1/3 -> 0.333333333333333, 2.02e+23), so for those
  only, equality is within a relative 1e-12. For the value score, claimcheck's number is
  the number as written with its scale word ("36.9 km2" -> 36.9, "$ 75 million" ->
  75000000), from ``extraction.extract_with_numerals``; value+unit compares the claim
  record itself.
* Currency units. The spec names units ("Dollar", "Chinese yuan", "Yen Japonais"); when
  it gives an ISO code, that code is used; otherwise the name is mapped with
  CURRENCY_NAMES below. Generic names take the dominant modern currency of that name, as
  claimcheck does: "Dollar" -> USD (ambiguous dollar), "Pound"/"Livre"/"Libra" -> GBP,
  "Franc"/"Franco" -> CHF, "Rupee" -> INR, "Bitcoin" -> XBT. Minor units become a
  fraction of their currency: "Cent"/"Centavo" -> 0.01 USD, "Pence"/"Penny" -> 0.01 GBP,
  "Centimes" -> 0.01 EUR, "Satoshi" -> 1e-8 XBT; so "50 cents" is 0.50 USD. A claim whose
  currency is marked ambiguous ("CNY|JPY" for a bare yen sign, with a note) matches when
  one of its options is the expected code.
* Dimension units. The spec unit is mapped to a pint expression (DIMENSION_UNITS below),
  and the spec value is converted with claimcheck's own cached pint registry to SI base
  form (m, m**2, m**3, kg, J, W, s), which is how claimcheck records measures: spec
  "Kilometer" 1.6 -> 1600 m; both sides are rounded to the 20 significant digits the
  conversion factors are exact to. "Ton" is the metric tonne (claimcheck reads "tons" so, as
  international news uses it). Units of kinds claimcheck does not record (speed,
  information, angle, frequency) are out of scope: those cases are listed in the
  exclusions file.
* Rates. The spec models have no rates: "$ 98 a share" is expected as 98 dollars, which
  claimcheck reads as a rate of 98 USD/share. A rate claim is scored in the family of its
  numerator (money, percent, measure) and compared by its numerator's unit, and by its
  number as written.
* Percent. Spec "%" 12.5 <-> claimcheck 12.5 with unit "percent"; an item written with
  "point" (percentage point, punto porcentual, 个百分点) may also match unit
  "percentage_point", since the spec does not tell the two apart.
* Number. The spec's number items have no unit; value+unit equals value there.
* Items without a value (a unit named alone: "dollar", "percent") are dropped: claimcheck
  reports numbers, not mentions of units. They are counted and printed.
* Exclusions. bench/recognizers_exclusions.yaml lists spec cases that are wrong or out of
  scope, each with its reason; they are left out of the scores and counted. Cases flagged
  ``not_supported_by_design`` (locale-specific expectations such as Indian digit
  grouping) are scored separately, in their own rows.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from prf import Score  # noqa: E402

SPEC_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "recognizers"
EXCLUSIONS = Path(__file__).resolve().with_name("recognizers_exclusions.yaml")
LANGS = ("en", "fr", "es", "zh", "de", "pt", "ja", "it")
KINDS = ("currency", "dimension", "number", "percent")
INFO_KINDS = ("age",)
OUT_OF_SCOPE = {
    "ordinal": "ordinals (3rd, troisième, 第三) are positions, never claims",
    "number_range": "range bounds are precision-widened in claimcheck; spec bounds carry "
                    "open/closed flags",
    "temperature": "kind temperature (degC/degF as written) not mapped to the spec yet",
}
# the spec's dimension model has no durations (times are its DateTime model's); age is one
MEASURE_KINDS = {"area", "length", "mass", "volume", "energy", "power"}
TARGET = 0.95

# spec currency name (casefolded) -> (ISO code, power of ten of the unit)
CURRENCY_NAMES = {
    "dollar": ("USD", 0), "dólar": ("USD", 0), "united states dollar": ("USD", 0),
    "dollar états-unis": ("USD", 0), "dólar estadounidense": ("USD", 0),
    "canadian dollar": ("CAD", 0), "dollar canadien": ("CAD", 0),
    "dólar canadiense": ("CAD", 0),
    "australian dollar": ("AUD", 0), "dollar australien": ("AUD", 0),
    "dólar australiano": ("AUD", 0),
    "hong kong dollar": ("HKD", 0), "dollar de hong kong": ("HKD", 0),
    "dólar de hong kong": ("HKD", 0),
    "new zealand dollar": ("NZD", 0), "dollar néo-zélandais": ("NZD", 0),
    "dólar neozelandés": ("NZD", 0), "new taiwan dollar": ("TWD", 0),
    "pound": ("GBP", 0), "british pound": ("GBP", 0), "livre": ("GBP", 0), "libra": ("GBP", 0),
    "euro": ("EUR", 0), "japanese yen": ("JPY", 0), "yen japonais": ("JPY", 0), "yen": ("JPY", 0),
    "chinese yuan": ("CNY", 0), "yuan chinois": ("CNY", 0), "yuan chino": ("CNY", 0),
    "franc": ("CHF", 0), "franco": ("CHF", 0), "swiss franc": ("CHF", 0),
    "franc suisse": ("CHF", 0), "franco suizo": ("CHF", 0),
    "rupee": ("INR", 0), "roupie": ("INR", 0), "roupie indienne": ("INR", 0),
    "sri lankan rupee": ("LKR", 0), "mexican peso": ("MXN", 0), "peso mexicano": ("MXN", 0),
    "turkish lira": ("TRY", 0), "costa rican colón": ("CRC", 0), "georgian lari": ("GEL", 0),
    "lao kip": ("LAK", 0), "nigerian naira": ("NGN", 0),
    "finnish markka": ("FIM", 0), "mark finlandais": ("FIM", 0), "marco finlandés": ("FIM", 0),
    "netherlands guilder": ("NLG", 0), "florins néerlandais": ("NLG", 0),
    "florín neerlandés": ("NLG", 0), "peseta": ("ESP", 0),
    "bitcoin": ("XBT", 0), "satoshi": ("XBT", -8),
    "cent": ("USD", -2), "centavo": ("USD", -2), "pence": ("GBP", -2), "penny": ("GBP", -2),
    "penique": ("GBP", -2), "centimes": ("EUR", -2), "pesewa": ("GHS", -2), "sen": ("JPY", -2),
    # Portuguese and remaining English spec names
    "dólar estadunidense": ("USD", 0), "dólar canadense": ("CAD", 0),
    "dólar neozelandês": ("NZD", 0), "pêni": ("GBP", -2), "marco finlandês": ("FIM", 0),
    "florim holandês": ("NLG", 0), "yuan chinês": ("CNY", 0), "franco suíço": ("CHF", 0),
    "cambodian riel": ("KHR", 0), "indian rupee": ("INR", 0),
}

# spec dimension unit (casefolded) -> pint expression; None: a kind claimcheck does not record
DIMENSION_UNITS = {
    "meter": "m", "mètres": "m", "metro": "m", "kilometer": "km", "kilomètres": "km",
    "kilómetro": "km", "centimeter": "cm", "centimètres": "cm", "millimeter": "mm",
    "millimètres": "mm", "milímetro": "mm", "decimeter": "dm", "décimètres": "dm",
    "hectomètre": "hm", "picometer": "pm", "inch": "inch", "pouce": "inch", "pulgada": "inch",
    "foot": "foot", "pied": "foot", "pie": "foot", "mile": "mile", "milla": "mile",
    "square meter": "m**2", "mètre carré": "m**2", "metro cuadrado": "m**2",
    "square kilometer": "km**2", "kilomètre carré": "km**2", "kilómetro cuadrado": "km**2",
    "acre": "acre", "mu": "mu",
    "milliliter": "milliliter", "millilitre": "milliliter", "mililitro": "milliliter",
    "litre": "liter", "gallon": "gallon", "galón": "gallon", "barrel": "oil_barrel",
    "baril": "oil_barrel", "barril": "oil_barrel", "cubic foot": "ft**3",
    "pieds cube": "ft**3", "pie cúbico": "ft**3", "centímetro cúbico": "cm**3",
    "tablespoon": "tablespoon", "teaspoon": "teaspoon", "cup": "cup", "onces": "fluid_ounce",
    "pound": "lb", "livre": "lb", "libra": "lb", "ounce": "oz", "onza": "oz", "dram": "dram",
    "ton": "tonne", "tonne": "tonne", "tonelada": "tonne", "metric ton": "tonne",
    "tonne métrique": "tonne", "tonelada métrica": "tonne", "kilogram": "kg", "gram": "g",
    "microgram": "microgram", "microgramme": "microgram", "jin": "jin", "liang": "liang",
    "kilowatt": "kW", "kilocalorie": "kcal",
    # age (informational)
    "year": "year", "month": "month", "week": "week", "day": "day", "age": "year",
    "ans": "year", "mois": "month", "semaines": "week", "jour": "day",
    "año": "year", "mes": "month", "semana": "week", "día": "day",
    # Portuguese and remaining English spec names
    "milha": "mile", "pé": "foot", "quilômetro": "km", "galão": "gallon", "polegada": "inch",
    "pé cúbico": "ft**3", "quilômetro quadrado": "km**2", "onça": "oz",
    "micrômetro": "micrometer", "metro quadrado": "m**2", "nanometer": "nanometer",
    "liter": "liter", "cubic meter": "m**3", "micrometer": "micrometer",
    "ano": "year", "mês": "month", "dia": "day",
    # Italian spec names
    "chilometro": "km", "chilometro quadrato": "km**2", "metro quadrato": "m**2",
    "millimetro": "mm", "miglio": "mile", "piede": "foot", "piede cubo": "ft**3",
    "pollice": "inch", "acro": "acre", "barile": "oil_barrel", "gallone": "gallon",
    "litro": "liter", "millilitro": "milliliter", "libbra": "lb", "oncia": "oz",
    "tonnellata": "tonne", "miglia all'ora": "mile/hour",
    "anno": "year", "mese": "month", "settimana": "week", "giorno": "day",
}
OUT_OF_SCOPE_UNITS = ("per", "par", "bit", "byte", "hertz", "degree", "radian", "turn")

POINT_WORDS = ("point", "punto", "punkt", "ponto", "百分点", "百分點", "ポイント")


# ------------------------------------------------------------------------ loading

@dataclass
class Item:
    start: int
    end: int
    text: str
    value: Decimal
    fuzzy: bool          # spec float lost precision: compare within 1e-12
    unit: str | None     # claimcheck unit: ISO code, SI unit, "percent"; None for numbers
    si_value: Decimal    # value in claimcheck's unit (minor currency and SI conversion applied)
    point: bool = False  # written as percentage points


@dataclass
class Case:
    id: str
    lang: str
    kind: str
    text: str
    items: list[Item]
    by_design: bool
    dropped: int = 0         # unit-only items
    unmapped: list[str] = field(default_factory=list)


def spec_decimal(value, raw) -> tuple[Decimal, bool]:
    """The spec value as an exact Decimal, and whether it is a precision-limited float."""
    text = None
    if isinstance(raw, str):
        t = raw.strip().rstrip("%")
        if "," in t and "." not in t:
            t = t.replace(",", ".")  # fr/es resolutions use a decimal comma
        try:
            d = Decimal(t)
            if d.is_finite() and abs(float(d) - value) <= abs(value) * 1e-9 + 1e-12:
                text = t
        except (InvalidOperation, ValueError):
            text = None
    if text is None:
        text = repr(float(value))
    d = Decimal(text)
    digits = len(d.normalize().as_tuple().digits)
    return d, digits >= 15


def _currency(unit: str | None, iso: str | None) -> tuple[str, int] | None:
    if unit is None:
        return None
    mapped = CURRENCY_NAMES.get(unit.casefold())
    if iso and (mapped is None or mapped[1] == 0):
        return iso, 0
    return mapped


def round_si(value: Decimal) -> Decimal:
    from claimcheck.extraction import round_si as rounding

    return rounding(value)


def _dimension(unit: str | None) -> tuple[str, Decimal] | None:
    from claimcheck.extraction import UnitError, conversion

    expr = DIMENSION_UNITS.get((unit or "").casefold())
    if expr is None:
        return None
    try:
        _kind, si, factor = conversion(expr)
    except UnitError:
        return None
    return si, factor


def make_item(kind: str, e: dict, lang: str) -> Item | str | None:
    """An Item, None for a unit-only mention, or the unmapped spec unit name."""
    if e["value"] is None:
        return None
    raw = (e.get("raw") or {}).get("Resolution", {}).get("value")
    value, fuzzy = spec_decimal(float(e["value"]), raw)
    item = Item(e["start"], e["end"], e["text"], value, fuzzy, None, value)
    if kind == "currency":
        m = _currency(e.get("unit"), e.get("iso_currency"))
        if m is None:
            return str(e.get("unit"))
        item.unit = m[0]
        item.si_value = value.scaleb(m[1])
    elif kind in ("dimension", "age"):
        m = _dimension(e.get("unit"))
        if m is None:
            return str(e.get("unit"))
        item.unit, factor = m
        item.si_value = round_si(value * factor)
    elif kind == "percent":
        item.unit = "percent"
        flat = "".join(e["text"].casefold().split())
        item.point = any(w in flat for w in POINT_WORDS)
    return item


def by_design(raw: dict) -> bool:
    """Whether a case's expectation is design- or locale-specific: flagged
    NotSupportedByDesign for the Python port or the reference (.NET) implementation. A
    flag for the Java or JavaScript ports alone says only that those ports lack the
    language (every Italian case is so flagged), not that the expectation is special."""
    flags = raw["not_supported_by_design"]
    return bool(flags) and ("python" in flags or "dotnet" in flags or
                            not {"java", "javascript"} >= set(flags))


def load_cases(lang: str, kind: str) -> list[Case]:
    path = SPEC_DIR / f"{lang}.{kind}.jsonl"
    if not path.is_file():
        return []
    cases = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            case = Case(raw["id"], lang, kind, raw["text"], [], by_design(raw))
            for e in raw["expected"]:
                it = make_item(kind, e, lang)
                if it is None:
                    case.dropped += 1
                elif isinstance(it, str):
                    case.unmapped.append(it)
                else:
                    case.items.append(it)
            cases.append(case)
    return cases


def unknown_exclusions(exclusions: dict[str, str]) -> list[str]:
    """Excluded ids that name no spec case (a typo must not exclude nothing silently)."""
    known: set[str] = set()
    for path in SPEC_DIR.glob("*.jsonl"):
        with path.open(encoding="utf-8") as fh:
            known.update(json.loads(line)["id"] for line in fh)
    return sorted(set(exclusions) - known)


def load_exclusions(path: Path = EXCLUSIONS) -> dict[str, str]:
    """case id -> reason, from the exclusions file (safe YAML; errors name file:line)."""
    from claimcheck.yamlload import load_yaml_with_lines

    if not path.is_file():
        return {}
    data, lines = load_yaml_with_lines(path)
    out: dict[str, str] = {}
    groups = (data or {}).get("exclusions") or []
    for i, group in enumerate(groups):
        line = lines.get(("exclusions", i), 1)
        if not isinstance(group, dict) or not isinstance(group.get("reason"), str) \
                or not isinstance(group.get("ids"), list):
            raise SystemExit(f"{path}:{line}: each exclusion needs 'reason' (text) and 'ids' (list)")
        for cid in group["ids"]:
            if cid in out:
                raise SystemExit(f"{path}:{line}: case {cid} excluded twice")
            out[str(cid)] = group["reason"]
    return out


# ------------------------------------------------------------------------ scoring

def _equal(pred: Decimal, item_value: Decimal, fuzzy: bool) -> bool:
    if pred == item_value:
        return True
    if not fuzzy:
        return False
    scale = max(abs(pred), abs(item_value))
    return abs(pred - item_value) <= scale * Decimal("1e-12")


def _claim_unit(claim) -> str | None:
    """The unit a spec item is compared with: a rate's numerator ("$98 a share" is a rate
    of 98 USD/share; the spec's currency model, which has no rates, expects 98 USD)."""
    if claim.kind == "rate" and claim.unit:
        return claim.unit.split("/")[0]
    return claim.unit


def _unit_ok(claim, item: Item) -> bool:
    if item.unit is None:
        return True
    if _claim_unit(claim) == item.unit:
        return True
    if claim.unit and "|" in claim.unit and item.unit in claim.unit.split("|"):
        return True
    return item.point and claim.unit == "percentage_point"


def _family(kind: str, claim) -> bool:
    if claim.kind == "rate":
        unit = _claim_unit(claim) or ""
        return {"currency": len(unit) == 3 and unit.isupper(), "percent": unit == "percent",
                "dimension": unit in ("m", "m**2", "m**3", "kg", "J", "W")}.get(kind, False)
    if kind == "currency":
        return claim.kind == "money"
    if kind == "dimension":
        return claim.kind in MEASURE_KINDS
    if kind == "age":
        return claim.kind == "duration"
    if kind == "percent":
        return claim.kind == "percent"
    return claim.kind in ("number", "count")


def _overlap(claim, item: Item) -> bool:
    return claim.start < item.end and item.start < claim.end




def score_case(case: Case, pairs) -> tuple[Score, Score]:
    """(value score, value+unit score) of one case; ``pairs`` are (claim, Reading)."""
    kind = case.kind
    fam = [(c, n) for c, n in pairs if _family(kind, c)]
    # any other non-date claim lying on an expected item also counts: for value always,
    # for value+unit in the number cases ("10 km" read as a length is still the number 10)
    lying = [(c, n) for c, n in pairs if not _family(kind, c)
             and c.kind != "date" and any(_overlap(c, it) for it in case.items)]
    val_preds = fam + lying
    if kind == "number":
        fam = fam + lying

    def run(preds, strict: bool) -> Score:
        used = [False] * len(preds)
        s = Score()
        for it in case.items:
            hit = False
            for j, (c, n) in enumerate(preds):
                if used[j] or not _overlap(c, it):
                    continue
                if strict and it.unit is not None:
                    values = n.values + (n.numerals if c.kind == "rate" else ())
                    ok = _unit_ok(c, it) and any(_equal(v, it.si_value, it.fuzzy) for v in values)
                else:
                    ok = any(_equal(v, it.value, it.fuzzy) for v in n.numerals)
                if ok:
                    used[j] = hit = True
                    break
            s.tp += hit
            s.fn += not hit
        s.fp = used.count(False)
        return s

    return run(val_preds, False), run(fam, True)


# ------------------------------------------------------------------------ reporting

@dataclass
class Row:
    lang: str
    kind: str
    cases: int = 0
    items: int = 0
    value: Score = field(default_factory=Score)
    strict: Score = field(default_factory=Score)


def _fmt(s: Score) -> str:
    p, r, f = s.prf()
    return f"{p:.3f} {r:.3f} {f:.3f}"


def evaluate(langs, kinds, exclusions, failures: int):
    from claimcheck.extraction import extract_with_numerals

    rows, design_rows = [], []
    counts = defaultdict(int)
    failing = []
    for lang in langs:
        for kind in kinds:
            cases = load_cases(lang, kind)
            if not cases:
                continue
            row, drow = Row(lang, kind), Row(lang, kind)
            for case in cases:
                if case.id in exclusions:
                    counts["excluded"] += 1
                    continue
                counts["dropped"] += case.dropped
                if case.unmapped:
                    counts["unmapped"] += len(case.unmapped)
                pairs = extract_with_numerals(case.text, lang=lang)
                v, s = score_case(case, pairs)
                target = drow if case.by_design else row
                target.cases += 1
                target.items += len(case.items)
                target.value.add(v)
                target.strict.add(s)
                if (s.fp or s.fn or case.unmapped) and not case.by_design:
                    failing.append((case, pairs, s))
            rows.append(row)
            if drow.cases:
                design_rows.append(drow)
    return rows, design_rows, counts, failing


def conventions_text() -> str:
    doc = __doc__ or ""
    start = doc.index("Conventions")
    return doc[start:].strip()


def print_table(rows, title: str) -> None:
    print(f"\n{title}")
    print(f"{'lang':4} {'kind':9} {'cases':>5} {'items':>5}   value P     R     F1    "
          f"value+unit P  R     F1")
    for r in rows:
        print(f"{r.lang:4} {r.kind:9} {r.cases:5} {r.items:5}   {_fmt(r.value)}    {_fmt(r.strict)}")


def print_markdown(rows, design_rows) -> None:
    print("| lang | kind | cases | items | value P | value R | value F1 | value+unit P | "
          "value+unit R | value+unit F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        vp, vr, vf = r.value.prf()
        sp, sr, sf = r.strict.prf()
        print(f"| {r.lang} | {r.kind} | {r.cases} | {r.items} | {vp:.3f} | {vr:.3f} | {vf:.3f} "
              f"| {sp:.3f} | {sr:.3f} | **{sf:.3f}** |" if r.kind in KINDS else
              f"| {r.lang} | {r.kind} (info) | {r.cases} | {r.items} | {vp:.3f} | {vr:.3f} | "
              f"{vf:.3f} | {sp:.3f} | {sr:.3f} | {sf:.3f} |")
    if design_rows:
        print("\nCases flagged `not_supported_by_design`, scored apart:\n")
        print("| lang | kind | cases | items | value F1 | value+unit F1 |")
        print("|---|---|---:|---:|---:|---:|")
        for r in design_rows:
            print(f"| {r.lang} | {r.kind} | {r.cases} | {r.items} | {r.value.prf()[2]:.3f} | "
                  f"{r.strict.prf()[2]:.3f} |")


def print_failures(failing, n: int) -> None:
    print(f"\nFailing cases ({len(failing)}; first {n}):")
    for case, pairs, s in failing[:n]:
        print(f"- {case.id} fp={s.fp} fn={s.fn}: {case.text[:160]!r}")
        for it in case.items:
            print(f"    expected {it.text!r} [{it.start}:{it.end}] {it.value} -> {it.si_value} {it.unit}")
        for u in case.unmapped:
            print(f"    unmapped spec unit {u!r}")
        for c, num in pairs:
            nums = "/".join(str(x) for x in num.numerals)
            print(f"    got      {c.text!r} [{c.start}:{c.end}] {nums} -> {c.value} {c.unit} {c.kind}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", action="append", help="language code (repeatable)")
    ap.add_argument("--kind", action="append", help="spec kind (repeatable)")
    ap.add_argument("--failures", type=int, default=0, metavar="N",
                    help="print the first N failing cases")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = ap.parse_args(argv)
    if not SPEC_DIR.is_dir():
        print(f"spec cases not found at {SPEC_DIR}")
        return 1
    from claimcheck.extraction import available_languages

    have = set(available_languages())
    langs = []
    for lang in args.lang or LANGS:
        if lang in have:
            langs.append(lang)
        else:
            print(f"note: no language file for {lang!r}; skipped")
    kinds = args.kind or list(KINDS + INFO_KINDS)
    for k in kinds:
        if k in OUT_OF_SCOPE:
            print(f"note: {k} is out of scope: {OUT_OF_SCOPE[k]}")
    kinds = [k for k in kinds if k not in OUT_OF_SCOPE]
    exclusions = load_exclusions()
    unknown = unknown_exclusions(exclusions)
    if unknown:
        print(f"{EXCLUSIONS.name}: no such spec case: {', '.join(unknown)}")
        return 1
    rows, design_rows, counts, failing = evaluate(langs, kinds, exclusions, args.failures)
    if args.markdown:
        print_markdown(rows, design_rows)
    else:
        print(conventions_text())
        for k, why in OUT_OF_SCOPE.items():
            print(f"  not scored: {k}: {why}")
        print_table(rows, "Scores (cases not flagged not_supported_by_design, after exclusions)")
        if design_rows:
            print_table(design_rows, "Cases flagged not_supported_by_design")
    print(f"\nexcluded cases: {counts['excluded']} (see {EXCLUSIONS.name}); unit-only items "
          f"dropped: {counts['dropped']}; items with an unmapped spec unit: {counts['unmapped']}")
    if not args.markdown:
        reasons: dict[str, int] = defaultdict(int)
        for reason in exclusions.values():
            reasons[reason] += 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            print(f"  {n:3} excluded: {reason[:110]}{'...' if len(reason) > 110 else ''}")
    below = [r for r in rows if r.kind in KINDS and r.strict.prf()[2] < TARGET]
    if not args.markdown:
        print(f"target value+unit F1 >= {TARGET}: " + (
            "met everywhere" if not below else
            "not met for " + ", ".join(f"{r.lang}/{r.kind}" for r in below)))
    if args.failures:
        print_failures(failing, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

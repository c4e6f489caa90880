"""Extraction accuracy of claimcheck on real-style news paragraphs with gold claims.

    python bench/realtext.py                   # every bench/realtext/<code>.yaml
    python bench/realtext.py --lang de-CH --failures 20
    python bench/realtext.py --holdout         # the held-out files (holdout-<code>.yaml)
    python bench/realtext.py --holdout2        # a later held-out set (holdout2-<code>.yaml ...)
    python bench/realtext.py --markdown        # the tables for README.md

The paragraphs and their gold claims are written for this project; the annotation rules
are in bench/realtext/README.md. Each file is named by its language variant (en, en-IN,
es-MX, de-CH, pt-BR ...); its paragraphs are read with ``claimcheck.extract(text,
lang=<code>)``. Files named ``holdout-<code>.yaml`` were written before the extractor was
tuned on the others; they are scored apart, as a check against overfitting. Files named
``holdout2-<code>.yaml``, ``holdout3-<code>.yaml`` ... are later held-out sets, written
from the style of real news before the extractor was run on them; each prefix found on
disk gets its option (``--holdout2``, ``--holdout3`` ...).

Scoring:

* Matching. A predicted claim matches a gold claim when their spans overlap and their
  values are equal: the number as written with its scale words ("48.3 billion" is
  48300000000; "352,4 Pence" may match 352.4 or 3.524), or the claim's own value. A range
  matches a gold range when both stated ends are equal. Each claim matches at most one
  gold claim (gold claims in text order, first fit). value+unit also needs the unit to be
  equal after both sides are normalised to one representation (below). Precision =
  matched claims / predicted claims; recall = matched gold claims / gold claims.
* What is predicted. Every claim except dates (dates are not annotated). Any other
  claim that matches nothing is a false positive.
* Units, normalised on both sides: ISO 4217 codes as they are ("USD?" in the gold accepts
  USD or a claim whose currency is marked ambiguous); percent; percentage points and
  basis points as one unit (25 basis points = 0.25 percentage points); measures through
  the project's pint registry (claimcheck.extraction.units), converted to SI base units
  ("barrel" is the oil barrel, "kt" the kilotonne); a rate "X per Y" (or "X/Y") as its
  numerator normalised the same way over its denominator, which is a pint unit
  (converted; a measure with its amount, "JPY per 5 kg", divides by it) or a named thing
  (share, person, unit, vehicle, night, room, passenger...).
* Differences between the two annotators are normalised: qualifiers (over, under,
  about; "nearly" written as under by both) are not scored; a range is recognised by its
  low/high whether or not `qualifier: range` is written; a count per unit of time
  ("630 mil passageiros por dia" as "passenger per day") is a count.
* Rows: per language variant and per gold kind (money, percent, points, measure, rate,
  count, number); an unmatched prediction is counted under the kind its own unit says.
  Roles (old/new ends of a from-to) are not scored; the share of gold roles found on the
  matched claims is printed for information.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from prf import Score  # noqa: E402

DATA = Path(__file__).resolve().with_name("realtext")
KINDS = ("money", "percent", "points", "measure", "rate", "count", "number")
TARGET = 0.97
REL_TOL = Decimal("1e-9")
# the held-out sets, by file-name prefix, with the title their table is printed under
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth")


def _held_out_sets() -> dict[str, str]:
    """The held-out sets present (file-name prefixes "holdout", "holdout2" ...), with the
    title their table is printed under."""
    heads = {p.stem.split("-", 1)[0] for p in DATA.glob("holdout*.yaml")}
    out = {}
    for head in sorted(heads, key=lambda h: int(h[len("holdout"):] or 1)):
        n = int(head[len("holdout"):] or 1)
        out[head] = "held-out paragraphs" if n == 1 else \
            f"{_ORDINALS[n - 2] if n - 2 < len(_ORDINALS) else f'{n}th'} held-out set"
    return out


# the held-out sets, by file-name prefix, with the title their table is printed under
HELD_OUT = _held_out_sets()

# named things a rate may be counted per (not pint units); synonyms fold to one name
THINGS = {"share": "share", "person": "person", "capita": "person", "head": "person",
          "inhabitant": "person", "unit": "unit", "vehicle": "vehicle", "night": "night",
          "room": "room", "passenger": "passenger", "tourist": "person", "household": "household",
          "dwelling": "household"}
# spellings in the gold that pint reads otherwise
PINT_ALIASES = {"barrel": "oil_barrel", "kt": "kilotonne", "bbl": "oil_barrel"}


# ------------------------------------------------------------------------ units

class UnitNorm:
    """A unit in one representation: a key that must be equal, and the factor that turns a
    value in the unit into a value in the key's unit. ``options`` holds the codes of an
    ambiguous currency ("CNY|JPY") or of a gold "USD?"."""

    __slots__ = ("key", "factor", "options")

    def __init__(self, key: str, factor: Fraction = Fraction(1), options: tuple = ()):
        self.key, self.factor, self.options = key, factor, options

    def same(self, other: "UnitNorm") -> bool:
        if self.key == other.key:
            return True
        mine = set(self.options) | {self.key}
        theirs = set(other.options) | {other.key}
        return bool(self.options or other.options) and bool(mine & theirs)


def _pint(expr: str) -> tuple[str, Fraction] | None:
    from claimcheck.extraction.units import registry

    expr = PINT_ALIASES.get(expr, expr)
    try:
        with localcontext() as ctx:
            ctx.prec = 40
            q = registry().Quantity(Decimal(1), expr).to_base_units()
            return str(q.units), Fraction(str(q.magnitude))
    except Exception:     # noqa: BLE001 - pint raises many kinds; any means "not a unit"
        return None


def _part(text: str) -> tuple[str, Fraction, bool]:
    """(key, factor, is_thing) of one side of a rate, or of a whole unit."""
    t = text.strip()
    if t in ("percent", "%"):
        return "percent", Fraction(1), False
    if t in ("percentage_point", "pp"):
        return "pp", Fraction(1), False
    if t == "basis_point":
        return "pp", Fraction(1, 100), False
    if len(t) == 3 and t.isalpha() and t.isupper():
        return t, Fraction(1), False                     # ISO 4217
    thing = THINGS.get(t.casefold().rstrip("s")) or THINGS.get(t.casefold())
    if thing:
        return thing, Fraction(1), True
    p = _pint(t)
    if p is not None:
        return p[0], p[1], False
    amount, _, rest = t.partition(" ")       # a measured amount: "5 kg" in "JPY per 5 kg"
    if rest and amount.replace(".", "", 1).isdigit():
        p = _pint(rest)
        if p is not None:
            return p[0], p[1] * Fraction(amount), False
    return t, Fraction(1), True                            # an unknown thing, by name


def normalise_unit(unit: str | None) -> UnitNorm:
    """The one representation of a gold or predicted unit (see the module doc)."""
    if unit is None or unit == "":
        return UnitNorm("")
    u = unit.strip()
    if u.endswith("?"):                                    # gold "USD?": USD or ambiguous
        return UnitNorm(u[:-1], options=(u[:-1], "*ambiguous*"))
    if "|" in u:                                           # predicted "CNY|JPY"
        opts = tuple(u.split("|"))
        return UnitNorm(u, options=opts + ("*ambiguous*",))
    if " per " in u:
        num, den = u.split(" per ", 1)
    elif "/" in u:             # "USD/share", "kg/year", "km/h", "m**3/s": numerator over thing
        num, den = u.split("/", 1)
    else:
        key, factor, is_thing = _part(u)
        return UnitNorm("" if is_thing else key, factor)
    nk, nf, n_thing = _part(num)
    dk, df, _ = _part(den)
    if n_thing:                   # "passenger per day": a count, for both annotators
        return UnitNorm("")
    return UnitNorm(f"{nk} / ({dk})", nf / df)


# ------------------------------------------------------------------------ gold

def parse_number(text) -> Fraction:
    s = str(text).strip()
    if "/" in s:
        a, b = s.split("/", 1)
        return Fraction(Decimal(a)) / Fraction(Decimal(b))
    return Fraction(Decimal(s))


@dataclass
class Gold:
    start: int
    end: int
    text: str
    kind: str
    ends: tuple[Fraction, ...]       # (value,) or (low, high)
    unit: UnitNorm
    role: str = ""


@dataclass
class Paragraph:
    id: str
    code: str
    text: str
    gold: list[Gold]


class GoldError(ValueError):
    pass


def load_file(path: Path) -> list[Paragraph]:
    from claimcheck.yamlload import load_yaml_with_lines

    data, lines = load_yaml_with_lines(path)
    code = file_code(path)
    out = []
    for i, p in enumerate((data or {}).get("paragraphs") or []):
        line = lines.get(("paragraphs", i), 1)
        text = p["text"]
        pos = 0
        golds = []
        for j, c in enumerate(p.get("claims") or []):
            at = text.find(c["text"], pos)
            if at < 0:
                raise GoldError(f"{path}:{line}: {p['id']} claim {j + 1} {c['text']!r} "
                                f"not found after offset {pos}")
            try:
                ends = ((parse_number(c["low"]), parse_number(c["high"])) if "low" in c
                        else (parse_number(c["value"]),))
            except (InvalidOperation, KeyError, ValueError, ZeroDivisionError) as exc:
                raise GoldError(f"{path}:{line}: {p['id']} claim {j + 1}: bad value ({exc})") \
                    from None
            unit = normalise_unit(c.get("unit"))
            kind = c["kind"]
            if kind == "rate" and unit.key == "":
                kind = "count"                              # a count per unit of time
            golds.append(Gold(at, at + len(c["text"]), c["text"], kind, ends, unit,
                              c.get("role", "")))
            pos = at
        out.append(Paragraph(p["id"], code, text, golds))
    return out


def file_set(path: Path) -> str:
    """The set a benchmark file belongs to: "" (tuned on) or one of HELD_OUT."""
    head = path.stem.split("-", 1)[0]
    return head if head in HELD_OUT else ""


def file_code(path: Path) -> str:
    """The language variant a benchmark file is read with."""
    s = file_set(path)
    return path.stem[len(s) + 1:] if s else path.stem


# ------------------------------------------------------------------------ scoring



@dataclass
class Pred:
    claim: object
    numerals: tuple[tuple[Fraction, ...], ...]   # candidate readings of the ends as written
    ends: tuple[Fraction, ...]                   # the ends in the claim's own unit
    unit: UnitNorm
    kind: str


def _f(d: Decimal) -> Fraction:
    return Fraction(d)


def predictions(text: str, code: str) -> list[Pred]:
    from claimcheck.extraction import extract_with_numerals

    out = []
    for claim, reading in extract_with_numerals(text, lang=reader_code(code)):
        if claim.kind == "date":
            continue
        unit = normalise_unit(claim.unit)
        if len(reading.values) == 2:
            ends = tuple(_f(v) for v in reading.values)
            numerals = (tuple(_f(v) for v in reading.numerals), ends)
        else:
            ends = (_f(claim.value),)
            numerals = tuple((_f(v),) for v in reading.numerals) + (ends,)
        out.append(Pred(claim, numerals, ends, unit, pred_kind(claim)))
    return out


def reader_code(code: str) -> str | None:
    """The language file that reads a variant: its own, else its base language's, else
    none (the language is detected)."""
    from claimcheck.extraction import available_languages

    have = available_languages()
    if code in have:
        return code
    base = code.split("-")[0]
    use = base if base in have else None
    if code not in _NOTED:
        _NOTED.add(code)
        print(f"note: no language file for {code!r}; read as {use or 'detected'}",
              file=sys.stderr)
    return use


_NOTED: set[str] = set()


def pred_kind(claim) -> str:
    """The gold kind a claim's own unit says (for unmatched predictions)."""
    if claim.kind in ("money", "rate", "count", "number"):
        return claim.kind
    if claim.kind == "percent":
        return "percent" if claim.unit == "percent" else "points"
    return "measure"


def _close(a: Fraction, b: Fraction) -> bool:
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return abs(a - b) <= scale * Fraction(REL_TOL)


def value_match(g: Gold, p: Pred) -> bool:
    return any(len(n) == len(g.ends) and all(_close(a, b) for a, b in zip(n, g.ends))
               for n in p.numerals)


def unit_match(g: Gold, p: Pred) -> bool:
    if len(p.ends) != len(g.ends) or not g.unit.same(p.unit):
        return False
    return all(_close(a * p.unit.factor, b * g.unit.factor) for a, b in zip(p.ends, g.ends))


@dataclass
class Result:
    value: dict = field(default_factory=lambda: defaultdict(Score))
    strict: dict = field(default_factory=lambda: defaultdict(Score))
    roles: list = field(default_factory=lambda: [0, 0])      # found, annotated
    misses: list = field(default_factory=list)


def score_paragraph(par: Paragraph, preds: list[Pred], res: Result) -> None:
    for strict in (False, True):
        used = [False] * len(preds)
        table = res.strict if strict else res.value
        for g in par.gold:
            hit = None
            for j, p in enumerate(preds):
                if used[j] or not (p.claim.start < g.end and g.start < p.claim.end):
                    continue
                if unit_match(g, p) if strict else value_match(g, p):
                    hit = j
                    break
            if hit is None:
                table[g.kind].fn += 1
                if strict:
                    res.misses.append((par, g, None))
            else:
                used[hit] = True
                table[g.kind].tp += 1
                if strict and g.role:
                    res.roles[1] += 1
                    res.roles[0] += preds[hit].claim.role == g.role
        for j, p in enumerate(preds):
            if not used[j]:
                table[p.kind].fp += 1
                if strict:
                    res.misses.append((par, None, p))


def evaluate(files: list[Path]) -> dict[str, Result]:
    results: dict[str, Result] = {}
    for path in files:
        for par in load_file(path):
            res = results.setdefault(par.code, Result())
            score_paragraph(par, predictions(par.text, par.code), res)
    return results


# ------------------------------------------------------------------------ reporting

def _total(table: dict) -> Score:
    s = Score()
    for v in table.values():
        s.add(v)
    return s


def _fmt(s: Score) -> str:
    p, r, f = s.prf()
    return f"{p:.3f} {r:.3f} {f:.3f}"


def print_table(results: dict[str, Result], title: str) -> None:
    print(f"\n{title}")
    print(f"{'lang':7} {'kind':8} {'gold':>4} {'pred':>4}   value P     R     F1    "
          f"value+unit P  R     F1")
    for code, res in results.items():
        for kind in KINDS + ("all",):
            v = _total(res.value) if kind == "all" else res.value.get(kind, Score())
            s = _total(res.strict) if kind == "all" else res.strict.get(kind, Score())
            if kind != "all" and not (s.tp + s.fn + s.fp):
                continue
            print(f"{code:7} {kind:8} {s.tp + s.fn:4} {s.tp + s.fp:4}   {_fmt(v)}    {_fmt(s)}")
    overall_v, overall_s = Score(), Score()
    for res in results.values():
        overall_v.add(_total(res.value))
        overall_s.add(_total(res.strict))
    print(f"{'all':7} {'all':8} {overall_s.tp + overall_s.fn:4} {overall_s.tp + overall_s.fp:4}"
          f"   {_fmt(overall_v)}    {_fmt(overall_s)}")


def print_markdown(results: dict[str, Result]) -> None:
    print("| variant | gold claims | value P | value R | value F1 | value+unit P | "
          "value+unit R | value+unit F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    all_v, all_s = Score(), Score()
    for code, res in results.items():
        v, s = _total(res.value), _total(res.strict)
        all_v.add(v)
        all_s.add(s)
        print(_md_row(code, s.tp + s.fn, v, s))
    print(_md_row("all", all_s.tp + all_s.fn, all_v, all_s))
    print("\n| kind | gold claims | value F1 | value+unit P | value+unit R | value+unit F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in KINDS:
        v, s = Score(), Score()
        for res in results.values():
            v.add(res.value.get(kind, Score()))
            s.add(res.strict.get(kind, Score()))
        sp, sr, sf = s.prf()
        print(f"| {kind} | {s.tp + s.fn} | {v.prf()[2]:.3f} | {sp:.3f} | {sr:.3f} | {sf:.3f} |")


def _md_row(name: str, n: int, v: Score, s: Score) -> str:
    vp, vr, vf = v.prf()
    sp, sr, sf = s.prf()
    return (f"| {name} | {n} | {vp:.3f} | {vr:.3f} | {vf:.3f} | {sp:.3f} | {sr:.3f} | "
            f"**{sf:.3f}** |")


def print_failures(results: dict[str, Result], n: int) -> None:
    shown = 0
    for code, res in results.items():
        for par, g, p in res.misses:
            if shown >= n:
                return
            shown += 1
            if g is not None:
                ends = "-".join(str(float(e)) for e in g.ends)
                print(f"  MISS {par.id:10} {g.kind:8} {g.text!r} = {ends} [{g.unit.key}]")
                near = [q for q in predictions(par.text, par.code)
                        if q.claim.start < g.end and g.start < q.claim.end]
                for q in near:
                    c = q.claim
                    print(f"         got {c.text!r} {c.kind} {c.value} {c.unit} {q.unit.key}")
            else:
                c = p.claim
                print(f"  FP   {par.id:10} {p.kind:8} {c.text!r} = {c.value} {c.unit} "
                      f"({c.kind})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", action="append", help="language variant code (repeatable)")
    for head, title in HELD_OUT.items():
        ap.add_argument(f"--{head}", dest="held_out", action="store_const", const=head,
                        help=f"score the {title} ({head}-<code>.yaml)")
    ap.set_defaults(held_out="")
    ap.add_argument("--failures", type=int, default=0, metavar="N",
                    help="print the first N misses and false positives")
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    args = ap.parse_args(argv)
    want = args.held_out
    files = sorted(p for p in DATA.glob("*.yaml") if file_set(p) == want)
    if args.lang:
        files = [p for p in files if file_code(p) in args.lang]
    if not files:
        print(f"no benchmark files in {DATA}")
        return 1
    try:
        results = evaluate(files)
    except GoldError as exc:
        print(exc)
        return 2
    if args.markdown:
        print_markdown(results)
    else:
        print_table(results, HELD_OUT.get(want, "real-text paragraphs"))
        found, annotated = (sum(r.roles[i] for r in results.values()) for i in (0, 1))
        print(f"\nroles of from-to ends found on matched claims: {found}/{annotated} "
              f"(not scored)")
        below = [c for c, r in results.items() if _total(r.strict).prf()[2] < TARGET]
        print(f"target value+unit F1 >= {TARGET}: " + (
            "met in every variant" if not below else "not met for " + ", ".join(below)))
    if args.failures:
        print()
        print_failures(results, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

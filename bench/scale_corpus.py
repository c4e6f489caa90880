"""Deterministic corpora of many distinct multi-language stories, with their true grouping.

A story is one event of a family (a plant, a rail line, annual results, a port terminal, a
wind farm, floods, a trade fair) with its own company, city, person, date and figures. It
is told in 1 to 12 versions (en, fr, es, de, pt, zh, ja), each from one outlet: a headline
(sometimes with a rounded "more than" figure), a dated lead and a subset of the body
sentences, sometimes background sentences with round numbers that unrelated stories share
("inflation 2.4% in 2023"), wire furniture, and now and then a translation slip. Companies
recur in several stories of different dates, cities recur in many.

    corpus(n_docs, seed)         -> (records, truth)   records: JSONL dicts without `story`
    syndicated(n_versions, seed) -> [(file name, text)]   one wire story, many outlets
    big_text(n_bytes, seed)      -> str                  many stories in one text

Run ``python bench/scale_corpus.py N`` to print a sample.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_text import CONTEXT, FAMILIES, FURNITURE  # noqa: E402
from scale_words import (  # noqa: E402
    CITIES, COUNTRIES, FIRST, LANGS, LAST, OUTLETS, SECTORS, SYLLABLES, count, full_date,
    measure, money, money_over, month_year, percent)

LANG_WEIGHTS = {"en": 25, "fr": 15, "es": 15, "de": 14, "pt": 11, "zh": 12, "ja": 8}
VERSION_WEIGHTS = [8, 12, 14, 13, 11, 10, 8, 7, 6, 5, 3, 3]  # 1..12 versions, mean about 5
FIRST_DAY = dt.date(2022, 1, 1)
DAYS = 4 * 365
SLIP_RATE = 0.06
CITY_INDEX = {lang: i for i, lang in enumerate(LANGS)}


def _sig(rng: random.Random, value: float, digits: int) -> Decimal:
    """``value`` rounded to ``digits`` significant digits, exactly."""
    d = Decimal(repr(value))
    exp = d.adjusted() - digits + 1
    return (d.scaleb(-exp).to_integral_value() or Decimal(1)).scaleb(exp).normalize()


def _fact(rng: random.Random, spec: tuple, year: int):
    kind, lo, hi, *step = spec
    if kind == "my":
        return ("my", (year + rng.randint(int(lo), int(hi)), rng.randint(1, 12)))
    if kind == "money":
        value = _sig(rng, 10 ** rng.uniform(*map(lambda x: __import__("math").log10(x), (lo, hi))),
                     rng.choice((2, 3, 3, 4)))
        return ("money", max(value, Decimal(10) ** 7))
    step = Decimal(str(step[0])) if step else Decimal(1)
    n = rng.randint(int(Decimal(str(lo)) / step), int(Decimal(str(hi)) / step))
    return (kind, (n * step).normalize())


def _money_part(rng: random.Random, whole: Decimal, low: float, high: float) -> tuple:
    value = _sig(rng, float(whole) * rng.uniform(low, high), rng.choice((2, 3)))
    return ("money", max(value, Decimal(10) ** 7))


def _derive(rng: random.Random, facts: dict) -> None:
    """Parts smaller than their wholes, shares that match their amounts, last year's
    revenue that fits the growth: the relations real figures keep."""
    f = {name: value for name, (_, value) in facts.items()}
    if "phase1" in f:
        facts["phase1"] = _money_part(rng, f["invest"], 0.2, 0.6)
    if "suppliers" in f:
        facts["suppliers"] = _money_part(rng, f["invest"], 0.05, 0.3)
    if "grant" in f:
        facts["grant"] = ("money", max(_sig(rng, float(f["cost"] * f["share"] / 100), 3),
                                       Decimal(10) ** 7))
    if "prev" in f:
        facts["prev"] = ("money", _sig(rng, float(f["revenue"] / (1 + f["growth"] / 100)), 3))
        facts["profit"] = _money_part(rng, f["revenue"] * f["margin"] / 100, 0.4, 0.9)
    if "permanent" in f and f["permanent"] > f["workers"]:
        facts["permanent"], facts["workers"] = facts["workers"], facts["permanent"]


def _company(rng: random.Random, family: str) -> dict:
    syl = rng.sample(SYLLABLES, rng.choice((2, 2, 3)))
    latin = "".join(s[0] for s in syl).capitalize()
    sector = rng.choice(SECTORS[family])
    return {"latin": f"{latin} {sector[0]}",
            "zh": f"{latin} {sector[0]}" if rng.random() < 0.5 else "".join(s[1] for s in syl) + sector[1],
            "ja": "".join(s[2] for s in syl) + "・" + sector[2]}


class Story:
    def __init__(self, rng: random.Random, index: int, company: dict, family: str):
        self.index = index
        self.family = family
        self.company = company
        self.city = rng.choice(CITIES)
        self.day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        self.person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.currency = self.city[8] if rng.random() < 0.8 else rng.choice(("EUR", "USD"))
        self.facts = {name: _fact(rng, spec, self.day.year)
                      for name, spec in FAMILIES[family]["facts"].items()}
        _derive(rng, self.facts)

    def fill(self, lang: str, template: str, facts: dict, day: dt.date, style: int) -> str:
        city = self.city[CITY_INDEX[lang]]
        values = {"city": city, "CITY": city.upper(), "person": self.person,
                  "country": COUNTRIES[self.city[7]][CITY_INDEX[lang]],
                  "company": self.company["latin" if lang not in ("zh", "ja") else lang],
                  "date": full_date(lang, day), "dateline": ""}
        for name, (kind, value) in facts.items():
            values[name] = _render(lang, kind, value, self.currency, style)
            if kind == "money":
                values[name + ">"] = money_over(lang, value, self.currency)
        return string.Formatter().vformat(template, (), _Lenient(values))


class _Lenient(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _render(lang: str, kind: str, value, currency: str, style: int) -> str:
    if kind == "money":
        return money(lang, value, currency, style)
    if kind == "count":
        return count(lang, value)
    if kind == "pct":
        return percent(lang, value)
    if kind == "my":
        return month_year(lang, *value)
    return measure(lang, value, kind)


def _slip(rng: random.Random, facts: dict) -> dict:
    """One figure of one version written wrong: swapped digits or a factor of ten."""
    names = [n for n, (k, v) in facts.items() if k in ("money", "count", "km") and v >= 100]
    if not names:
        return facts
    name = rng.choice(names)
    kind, value = facts[name]
    digits = list(format(value.normalize(), "f").replace(".", ""))
    if len(digits) >= 2 and digits[0] != digits[1] and digits[1] != "0" and rng.random() < 0.5:
        text = format(value, "f")
        i = next(j for j, ch in enumerate(text) if ch.isdigit())
        k = next(j for j in range(i + 1, len(text)) if text[j].isdigit())
        text = text[:i] + text[k] + text[i + 1:k] + text[i] + text[k + 1:]
        wrong = Decimal(text)
    else:
        wrong = value * 10
    return {**facts, name: (kind, wrong)}


def _dateline(rng: random.Random, lang: str, city: str, day: dt.date) -> str:
    if lang == "zh":
        r = rng.random()
        if r < 0.6:
            return f"本报{city}{day.month}月{day.day}日电 "
        if r < 0.8:
            return f"新华社{city}{day.month}月{day.day}日电 "
        return f"{full_date(lang, day)}，"
    if lang == "ja":
        return f"【{city}={full_date(lang, day)}】" if rng.random() < 0.75 else f"【{city}】"
    return ""


def version_text(rng: random.Random, story: Story, lang: str, day: dt.date, slip: bool) -> str:
    family = FAMILIES[story.family][lang]
    facts = _slip(rng, story.facts) if slip else story.facts
    style = rng.randrange(6)
    head = story.fill(lang, rng.choice(family["head"]), facts, day, style)
    lead = family["lead"].replace("{dateline}", _dateline(rng, lang, story.city[CITY_INDEX[lang]], day))
    lead = story.fill(lang, lead, facts, day, style)
    body = family["body"]
    keep = sorted(rng.sample(range(len(body)), rng.randint(min(2, len(body)), len(body))))
    if rng.random() < 0.3 and len(keep) > 2:  # an outlet that reorders
        i = rng.randrange(len(keep) - 1)
        keep[i], keep[i + 1] = keep[i + 1], keep[i]
    sentences = [story.fill(lang, body[i], facts, day, style) for i in keep]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        sentences.insert(rng.randint(0, len(sentences)), rng.choice(CONTEXT[lang]))
    joiner = "" if lang in ("zh", "ja") else " "
    paragraphs, i = [lead], 0
    while i < len(sentences):
        n = rng.choice((1, 2, 2, 3))
        paragraphs.append(joiner.join(sentences[i:i + n]))
        i += n
    if rng.random() < 0.3:
        paragraphs.append(rng.choice(FURNITURE[lang]))
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _stories(rng: random.Random, n_docs: int, endless: bool = False):
    families = list(FAMILIES)
    pool_size = max(8, n_docs // 12)
    companies = {f: [_company(rng, f) for _ in range(pool_size)] for f in families}
    index, made = 0, 0
    while made < n_docs or endless:
        family = rng.choice(families)
        story = Story(rng, index, rng.choice(companies[family]), family)
        n = rng.choices(range(1, 13), VERSION_WEIGHTS)[0]
        n = n if endless else min(n, n_docs - made)
        yield story, n
        index += 1
        made += n


def _versions(rng: random.Random, story: Story, n: int, outlets=None):
    langs = rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()), k=n)
    if n > 1 and len(set(langs)) == 1 and rng.random() < 0.7:
        langs[-1] = rng.choice([x for x in LANG_WEIGHTS if x != langs[0]])
    for v, lang in enumerate(langs):
        day = story.day + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
        slip = n > 1 and rng.random() < SLIP_RATE
        yield v, lang, rng.choice(OUTLETS[lang]), day, version_text(rng, story, lang, day, slip)


def corpus(n_docs: int, seed: int = 15) -> tuple[list[dict], dict[str, int]]:
    """(JSONL records without a story field, {record id: true story index}), in feed order
    (by date, stories interleaved)."""
    rng = random.Random(seed * 1_000_003 + n_docs)
    records, truth = [], {}
    for story, n in _stories(rng, n_docs):
        for v, lang, outlet, day, text in _versions(rng, story, n):
            rid = "doc-" + hashlib.sha1(f"{seed}:{n_docs}:{story.index}:{v}".encode()).hexdigest()[:12]
            record = {"id": rid, "text": text, "source": f"{lang}-{outlet}"}
            if rng.random() < 0.85:
                record["date"] = day.isoformat()
            records.append((day, rng.random(), record))
            truth[rid] = story.index
    records.sort(key=lambda r: (r[0], r[1]))
    return [r for _, _, r in records], truth


def _wire(rng: random.Random, story: Story, lang: str, day: dt.date) -> list[str]:
    """The full wire text of a story in one language, as paragraphs: headline, lead, every
    body sentence."""
    family = FAMILIES[story.family][lang]
    head = story.fill(lang, family["head"][0], story.facts, day, 0)
    lead = family["lead"].replace("{dateline}", _dateline(rng, lang, story.city[CITY_INDEX[lang]],
                                                          day))
    body = [story.fill(lang, b, story.facts, day, 0) for b in family["body"]]
    joiner = "" if lang in ("zh", "ja") else " "
    return [head, story.fill(lang, lead, story.facts, day, 0),
            *(joiner.join(body[i:i + 2]) for i in range(0, len(body), 2))]


def syndicated(n_versions: int, seed: int = 15) -> list[tuple[str, str]]:
    """One wire story republished by ``n_versions`` outlets: [(file name, text)]. Each copy
    differs a little, as syndicated copies do (its own credit line, sometimes a paragraph
    cut, sometimes a shorter headline); about one in ten is a full translation."""
    rng = random.Random(seed)
    family = "port"
    story = Story(rng, 0, _company(rng, family), family)
    wires = {lang: _wire(rng, story, lang, story.day) for lang in LANGS}
    out = []
    for v in range(n_versions):
        lang = "en" if v == 0 or rng.random() < 0.9 else rng.choice(LANGS[1:])
        paras = list(wires[lang])
        if v and rng.random() < 0.3 and len(paras) > 3:
            del paras[rng.randrange(2, len(paras))]
        if rng.random() < 0.3:
            paras[0] = paras[0].split(",")[0].split("，")[0]
        outlet = rng.choice(OUTLETS[lang])
        paras.append({"zh": f"（{outlet}）", "ja": f"（{outlet}）"}.get(lang, f"({outlet} {v + 1})"))
        out.append((f"{lang}-{outlet}-{v:04d}.txt", "\n\n".join(paras) + "\n"))
    return out


def big_text(n_bytes: int, seed: int = 15) -> str:
    """About ``n_bytes`` of UTF-8: versions of many stories, one after another."""
    rng = random.Random(seed)
    parts, size = [], 0
    for story, n in _stories(rng, max(1, n_bytes // 600), endless=True):
        for _v, _lang, _outlet, _day, text in _versions(rng, story, n):
            parts.append(text)
            size += len(text.encode("utf-8")) + 1
            if size >= n_bytes:
                return "\n".join(parts)
    return "\n".join(parts)  # pragma: no cover - the stories never run out


if __name__ == "__main__":
    records, truth = corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
    for r in records[:12]:
        print(f"--- {r['id']} story {truth[r['id']]} {r.get('date')} {r['source']}")
        print(r["text"])

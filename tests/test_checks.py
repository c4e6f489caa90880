"""Each check type on real text: the seed documents and the tidewater bundle.

Claims come from claimcheck.extract on the files themselves; alignments, which the aligner
makes in a real run, are built by hand here so each check is tested on its own.
"""
from __future__ import annotations

import textwrap
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

import claimcheck
from claimcheck.checks.base import StoryContext
from claimcheck.checks.rulefile import load_rule_packs
from claimcheck.checks.types.count_matches_list import list_words, split_list
from claimcheck.extraction.detect import detect_language
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Alignment, Story

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
TIDEWATER = SHARED / "bundles" / "tidewater"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")

EN, FR, ES, ZH = ("002_5f7db74c5636f556.txt", "000_25babec2e9986c08.txt",
                  "001_3828fded23ee239f.txt", "003_8fa17dad33854608.txt")


def context(texts: dict[str, str], alignments=(), story: str = "s1") -> StoryContext:
    """A story of the given documents, with claims extracted from their text."""
    langs = {doc: detect_language(text) for doc, text in texts.items()}
    claims = {doc: tuple(claimcheck.extract(text, lang=langs[doc], doc=doc))
              for doc, text in texts.items()}
    return StoryContext(Story(story, tuple(texts)), claims, texts, langs, tuple(alignments),
                        default_lexicon())


def seeds(*names: str, **replace: tuple[str, str]) -> dict[str, str]:
    return {n: (SEEDS / n).read_text(encoding="utf-8") for n in names}


def claim(ctx: StoryContext, doc: str, needle: str):
    """The claim over the first occurrence of ``needle`` (as expected.yaml names claims)."""
    pos = ctx.texts[doc].index(needle)
    return next(c for c in ctx.claims[doc]
                if c.start < pos + len(needle) and pos < c.end and c.kind != "date")


def align(ctx, *pairs, confidence=0.9, concept=None, label="q"):
    claims = tuple(claim(ctx, doc, needle) for doc, needle in pairs)
    return Alignment(f"{ctx.story.id}:a{len(claims)}", ctx.story.id, label, claims, confidence,
                     "same unit, same concept, same order", concept)


def rule(tmp_path: Path, text: str):
    path = tmp_path / "rule.yaml"
    path.write_text("rules:\n" + textwrap.indent(textwrap.dedent(text), "  "), encoding="utf-8")
    (loaded,) = load_rule_packs([str(path)])
    return loaded


INVESTMENT = ((EN, "RMB 21.75 billion"), (FR, "21,75 milliards de yuans"),
              (ES, "21.750 millones de RMB"), (ZH, "204.5亿元"))
AGREE = """\
- id: agree
  check: agree
  severity: error
  message: "{label}: {values} differ by {difference} ({relative}); pattern {pattern}"
"""


# ---- agree -------------------------------------------------------------------------------

def test_agree_gives_one_finding_per_quantity_with_majority_and_outlier(tmp_path):
    ctx = context(seeds(EN, FR, ES, ZH))
    ctx = replace(ctx, alignments=(align(ctx, *INVESTMENT),))
    findings = rule(tmp_path, AGREE).run(ctx)
    assert [f.id for f in findings] == ["s1:agree:1"]
    (f,) = findings
    assert not f.passed and f.severity == "error"
    # every mention, the three 21.75 billion versions first (group 0), the outlier last
    assert [c.doc for c in f.claims][-1] == ZH and {c.doc for c in f.claims[:3]} == {EN, FR, ES}
    assert f.groups == (0, 0, 0, 1)
    assert f.abs_diff == Decimal("1.3E+9")
    assert Decimal("0.059") < f.rel_diff < Decimal("0.060")
    assert f.message.endswith("differ by 1.3 billion yuan (about 6%); pattern none")
    assert "'204.5亿元'" in f.message
    assert rule(tmp_path, AGREE).run(ctx) == findings  # ids and content are stable


def test_agree_middling_confidence_is_a_warning_that_says_why(tmp_path):
    ctx = context(seeds(EN, ZH))
    middling = align(ctx, INVESTMENT[0], INVESTMENT[3], confidence=0.6)
    ctx = replace(ctx, alignments=(middling,))
    (f,) = rule(tmp_path, AGREE).run(ctx)
    assert f.severity == "warning" and not f.passed and f.confidence == 0.6
    assert f.reason.startswith("may measure different things")
    (f,) = rule(tmp_path, AGREE + "  min_confidence: 0.5\n").run(ctx)
    assert f.severity == "error"


def test_agree_weak_identity_is_only_a_note_not_compared(tmp_path):
    ctx = context(seeds(EN, ZH))
    pair = align(ctx, (EN, "28 cooperation agreements"), (ZH, "产业中心等15个项目"))
    weak = Alignment(pair.id, pair.story, pair.label, pair.claims, 0.3, pair.reason, None,
                     (0.9, 0.3))
    ctx = replace(ctx, alignments=(weak,))
    (f,) = rule(tmp_path, AGREE.replace("{label}: {values}", "{explanation}")).run(ctx)
    assert f.severity == "info" and not f.passed
    assert f.message.startswith("not compared: may measure different things")


@pytest.mark.parametrize("texts, outlier, severity", [
    # 850 million against 950: a wrong digit of a figure three versions agree on
    ({"en.txt": "The authority signed supply agreements worth €850 million.",
      "de.txt": "Die Behörde unterzeichnete Lieferverträge im Wert von 850 Mio. Euro.",
      "pt.txt": "A autoridade assinou contratos de fornecimento de 850 milhões de euros.",
      "fr.txt": "L'autorité a signé des contrats d'une valeur de 950 millions d'euros."},
     "950 millions d'euros", "warning"),
    # two versions, a power of ten apart: telling even without a majority
    ({"en.txt": "Forests now cover 71.2% of the region.",
      "de.txt": "Wälder bedecken heute 7,12 Prozent der Region."}, "7,12 Prozent", "warning"),
    # 5.4 against 5.8: a digit apart, but two-digit figures are a digit apart by chance
    ({"en.txt": "Growth was 5.8% in the quarter.", "de.txt": "Das Wachstum lag bei 5,8 %.",
      "fr.txt": "La croissance a atteint 5,4 %."}, "5,4 %", "info"),
])
def test_agree_a_typical_slip_of_an_agreed_figure_is_a_warning_on_thin_clues(
        tmp_path, texts, outlier, severity):
    ctx = context(texts)
    docs = list(texts)
    needles = [next(c.text for c in ctx.claims[d] if c.kind in ("money", "percent"))
               for d in docs]
    row = align(ctx, *zip(docs, needles))
    thin = Alignment(row.id, row.story, row.label, row.claims, 0.4, row.reason, None,
                     (0.4,) * len(docs))
    ctx = replace(ctx, alignments=(thin,))
    (f,) = rule(tmp_path, AGREE).run(ctx)
    assert not f.passed and f.severity == severity
    assert [c.text for c, g in zip(f.claims, f.groups) if g > 0] == [outlier]


@pytest.mark.parametrize("texts, severity", [
    # a sector's growth against its industry's: two percentages, no typical slip between them
    ({"zh.txt": "上半年，第二产业增加值同比增长6.4%。",
      "de.txt": "Die Wertschöpfung der Industrie stieg im ersten Halbjahr um 7,1 Prozent."},
     "info"),
    # two approximations apart by no slip: the later toll against an old one
    ({"it.txt": "Il terremoto del 2008 causò quasi 70.000 morti.",
      "fr.txt": "Le séisme de 2008 a fait plus de 87 000 morts et disparus."}, "info"),
    # exact amounts of money apart by no slip, on middling clues: still a warning (the seeds'
    # 21.75 billion against 204.5亿元)
    ({"en.txt": "The projects represent a total investment of RMB 21.75 billion.",
      "zh.txt": "项目总投资204.5亿元。"}, "warning"),
])
def test_agree_loose_figures_apart_by_no_slip_are_only_noted_on_middling_clues(
        tmp_path, texts, severity):
    ctx = context(texts)
    docs = list(texts)
    needles = [next(c.text for c in ctx.claims[d] if c.kind != "date") for d in docs]
    row = align(ctx, *zip(docs, needles))
    middling = Alignment(row.id, row.story, row.label, row.claims, 0.65, row.reason, None,
                         (0.65,) * len(docs))
    ctx = replace(ctx, alignments=(middling,))
    (f,) = rule(tmp_path, AGREE).run(ctx)
    assert not f.passed and f.severity == severity
    # surely one quantity: an error whatever the figures
    sure = Alignment(row.id, row.story, row.label, row.claims, 0.9, row.reason, None,
                     (0.9,) * len(docs))
    ctx = replace(ctx, alignments=(sure,))
    (f,) = rule(tmp_path, AGREE).run(ctx)
    assert not f.passed and f.severity == "error"


def test_agree_passing_alignment_and_tolerance(tmp_path):
    ctx = context(seeds(EN, FR, ES, ZH))
    area = align(ctx, (EN, "36.9 square kilometers"), (FR, "36,9 km2"),
                 (ES, "36,9 kilómetros cuadrados"), label="area", concept="area")
    money = align(ctx, *INVESTMENT, label="investment", concept="investment")
    ctx = replace(ctx, alignments=(area, money))
    findings = rule(tmp_path, AGREE + "  concept: area\n").run(ctx)
    assert [(f.passed, len(f.claims)) for f in findings] == [(True, 3)]
    loose = rule(tmp_path, AGREE + "  tolerance: {rel: 7%}\n").run(ctx)
    assert [f.passed for f in loose] == [True, True]
    tight = rule(tmp_path, AGREE + "  tolerance: {rel: 5%}\n").run(ctx)
    assert [f.passed for f in tight] == [True, False]


@pytest.mark.skipif(not TIDEWATER.is_dir(), reason="tidewater bundle not present")
def test_agree_lists_the_majority_first_and_the_odd_one_out_last(tmp_path):
    names = ("es.txt", "en.txt", "fr.txt")
    ctx = context({n: (TIDEWATER / n).read_text(encoding="utf-8") for n in names})
    share = align(ctx, ("es.txt", "2 % de la electricidad"), ("en.txt", "20% of the electricity"),
                  ("fr.txt", "20 % de la consommation"))
    ctx = replace(ctx, alignments=(share,))
    (f,) = rule(tmp_path, AGREE.replace("{label}: {values}", "{label}: {explanation}")).run(ctx)
    assert [c.doc for c in f.claims] == ["en.txt", "fr.txt", "es.txt"]
    assert f.groups == (0, 0, 1) and f.pattern == "decimal slip"
    assert f.message.startswith("q: es: 2 %; en, fr: 20%")


def test_agree_first_match_names_swapped_digits(tmp_path):
    texts = seeds(EN, FR)
    texts[FR] = texts[FR].replace("36,9 km2", "63,9 km2")
    ctx = context(texts)
    text = AGREE + "  pairing: first_match\n  concept: area\n  kind: area\n"
    (f,) = rule(tmp_path, text).run(ctx)
    assert not f.passed and f.pattern == "swapped digits"
    assert [c.text for c in f.claims] == ["36.9 square kilometers", "63,9 km2"]


def test_agree_selects_by_frame_slots(tmp_path):
    texts = {"a.txt": "Retail sales grew 4.7% in the first half, and 5.2% in the second quarter.",
             "b.txt": "Retail sales grew 7.4% in the first half, and 5.2% in the second quarter."}
    ctx = context(texts)
    ctx = replace(ctx, alignments=(
        align(ctx, ("a.txt", "4.7%"), ("b.txt", "7.4%")),
        align(ctx, ("a.txt", "5.2%"), ("b.txt", "5.2%"))))
    half = rule(tmp_path, AGREE + "  role: growth\n  period: H1\n").run(ctx)
    assert [(f.passed, f.pattern) for f in half] == [(False, "swapped digits")]
    quarter = rule(tmp_path, AGREE + "  period: Q2\n").run(ctx)
    assert [f.passed for f in quarter] == [True]
    with pytest.raises(Exception, match="bad value 'rate' for role"):
        rule(tmp_path, AGREE + "  role: rate\n")


# ---- sum ---------------------------------------------------------------------------------

TIERS = """\
- id: tiers
  check: sum
  severity: error
  message: "{explanation}"
  parts:
    - {count: {text: "2个50亿元级", kind: count}, amount: {text: "2个50亿元级", kind: money}}
    - {count: {text: "2个20亿元级", kind: count}, amount: {text: "2个20亿元级", kind: money}}
    - {count: {text: "3个10亿元级", kind: count}, amount: {text: "3个10亿元级", kind: money}}
    - {count: {text: "4个5亿元级", kind: count}, amount: {text: "4个5亿元级", kind: money}}
"""


def test_sum_of_products_against_totals(tmp_path):
    ctx = context(seeds(EN, ZH))
    within = rule(tmp_path, TIERS + '  total: "204.5亿元"\n  mode: at_most\n').run(ctx)
    (f,) = within
    assert f.passed and f.abs_diff == Decimal("1.45E+9")
    assert "2 x 50亿元 + 2 x 20亿元 + 3 x 10亿元 + 4 x 5亿元 = 19 billion yuan" in f.message
    assert len(f.claims) == 9 and f.claims[-1].text == "204.5亿元"
    # 190亿 is not 204.5亿, even with the written precision of the tiers
    (equal,) = rule(tmp_path, TIERS + '  total: "204.5亿元"\n').run(ctx)
    assert not equal.passed and Decimal("0.07") < equal.rel_diff < Decimal("0.071")
    (loose,) = rule(tmp_path, TIERS + '  total: "204.5亿元"\n  tolerance: {rel: 10%}\n').run(ctx)
    assert loose.passed
    # "超200亿元" has no ceiling, so any sum fits under it
    (over,) = rule(tmp_path, TIERS + '  total: "超200亿元"\n  mode: at_most\n').run(ctx)
    assert over.passed


def test_sum_of_counts_fails_against_the_wrong_total(tmp_path):
    ctx = context(seeds(ZH))
    counts = """\
    - id: counts
      check: sum
      severity: warning
      message: "{actual} against {expected}"
      parts: [{text: "2个50亿元级", kind: count}, {text: "2个20亿元级", kind: count},
              {text: "3个10亿元级", kind: count}, {text: "4个5亿元级", kind: count}]
    """
    (ok,) = rule(tmp_path, counts + '  total: "其中11个项目"\n').run(ctx)
    assert ok.passed and ok.message == "11 against 11"
    (bad,) = rule(tmp_path, counts + '  total: "28项合作协议"\n').run(ctx)
    assert not bad.passed and bad.severity == "warning" and bad.abs_diff == 17
    (mixed,) = rule(tmp_path, TIERS + '  total: "28项合作协议"\n').run(ctx)
    assert not mixed.passed and mixed.pattern == "unit mismatch"


def test_sum_with_a_missing_part_says_so_and_skips_unrelated_documents(tmp_path):
    texts = seeds(EN, ZH)
    texts[ZH] = texts[ZH].replace("4个5亿元级", "4个五亿元级")
    ctx = context(texts)
    (f,) = rule(tmp_path, TIERS + '  total: "204.5亿元"\n').run(ctx)
    assert f.severity == "info" and not f.passed
    assert f.reason.startswith("could not find part 4 (") and ZH in f.message
    assert [c.text for c in f.claims][-1] == "204.5亿元"


# ---- bound -------------------------------------------------------------------------------

BOUND = """\
- id: bound
  check: bound
  severity: error
  message: "{explanation} ({status})"
"""


def test_bound_within_a_document_and_across_the_story(tmp_path):
    ctx = context(seeds(EN, ZH))
    (ok,) = rule(tmp_path, BOUND + '  a: "其中11个项目"\n  b: "产业中心等15个项目"\n').run(ctx)
    assert ok.passed and ok.message.endswith("should be at most '15' (15) (holds)")
    (bad,) = rule(tmp_path, BOUND + '  a: "28项合作协议"\n  b: "其中11个项目"\n').run(ctx)
    assert not bad.passed and bad.abs_diff == 17 and bad.reason == "28 exceeds 11"
    story = BOUND + '  scope: story\n  a: "of which, 11 projects"\n  b: "28 cooperation"\n'
    (cross,) = rule(tmp_path, story).run(ctx)
    assert cross.passed and [c.doc for c in cross.claims] == [EN, EN]
    story = BOUND + '  scope: story\n  a: {text: "28 cooperation"}\n  b: "其中11个项目"\n'
    (cross,) = rule(tmp_path, story).run(ctx)
    assert not cross.passed and [c.doc for c in cross.claims] == [EN, ZH]


def test_bound_strict_needs_certainty(tmp_path):
    ctx = context(seeds(ZH))
    text = BOUND + '  a: "204.5亿元"\n  b: "超200亿元"\n'
    (lenient,) = rule(tmp_path, text).run(ctx)
    assert lenient.passed  # 204.5亿 can be "over 200亿"
    (strict,) = rule(tmp_path, text + "  strict: true\n").run(ctx)
    assert not strict.passed  # but "over 200亿" may be far more than 204.5亿


@pytest.mark.skipif(not TIDEWATER.is_dir(), reason="tidewater bundle not present")
def test_bound_with_a_fixed_maximum(tmp_path):
    ctx = context({"en.txt": (TIDEWATER / "en.txt").read_text(encoding="utf-8")})
    share = BOUND + '  a: {text: "20% of the electricity", kind: percent}\n'
    (ok,) = rule(tmp_path, share + "  max: 100\n").run(ctx)
    assert ok.passed and ok.claims[0].text.startswith("20%")
    (bad,) = rule(tmp_path, share + "  max: 10\n").run(ctx)
    assert not bad.passed and bad.abs_diff == 10


# ---- count_matches_list ------------------------------------------------------------------

LIST = """\
- id: listed
  check: count_matches_list
  severity: error
  message: "{explanation}: {items}"
"""


def test_count_matches_list_in_all_four_versions(tmp_path):
    ctx = context(seeds(EN, FR, ES, ZH))
    findings = rule(tmp_path, LIST + "  count: {concept: proposal, kind: count}\n").run(ctx)
    assert [f.claims[0].doc for f in findings] == [EN, FR, ES, ZH]
    assert all(f.passed for f in findings)
    zh = findings[3]
    assert "9 listed items" in zh.message
    assert zh.message.endswith("城市动漫主题乐园 | 社区医疗康养中心项目 | 中日医疗健康中心(共享医学中心)项目")
    # the European versions name five and say "among others": an open list of at most nine
    for f in findings[:3]:
        assert "5 listed items (the list says it is incomplete)" in f.message


def test_count_matches_list_fails_on_a_closed_short_list(tmp_path):
    texts = seeds(EN)
    texts[EN] = texts[EN].replace(
        "Intelligent Manufacturing Base, Community Health Care Center Project, among others.",
        "Intelligent Manufacturing Base and Community Health Care Center Project.")
    ctx = context(texts)
    (f,) = rule(tmp_path, LIST + '  count: "nine proposals"\n').run(ctx)
    # "International Animation and Game Block" is one item: only the last "and" joins items
    assert not f.passed and f.reason == "5 items are listed, not nine"
    assert f.abs_diff == 4


@pytest.mark.parametrize("text, lang, items, is_open", [
    ("A, B, and C.", "en", ["A", "B", "C"], False),
    ("A, B and C, among others.", "en", ["A", "B", "C"], True),
    ("甲、乙(丙、丁)和戊。", "zh", ["甲", "乙(丙、丁)", "戊"], False),
    ("甲、乙等,将于明年完成。", "zh", ["甲", "乙"], True),
    ("entre autres, A, B et C.", "fr", ["A", "B", "C"], True),
    ("A, B y C; y otros", "es", ["A", "B", "C"], True),
    ("Europa e Italia, España y Francia.", "es", ["Europa e Italia", "España", "Francia"], False),
])
def test_split_list(text, lang, items, is_open):
    assert split_list(text, list_words(lang)) == (items, is_open)


def german(text: str) -> StoryContext:
    """A one-document story whose document is German."""
    ctx = context({"de.txt": text})
    return replace(ctx, langs={"de.txt": "de"})


def test_count_matches_list_reads_list_words_from_the_language_file(tmp_path):
    ctx = german("Die Liste umfasst 3 Vorschläge, darunter A, B und C.")
    (f,) = rule(tmp_path, LIST + '  count: "3 Vorschläge"\n').run(ctx)
    assert f.passed and f.message.endswith(": A | B | C")


def test_count_matches_list_rule_words_override_the_language(tmp_path):
    ctx = german("Die Liste umfasst 3 Vorschläge: A; B; C oder D.")
    custom = LIST + '  count: "3 Vorschläge"\n  intro: [":"]\n  separators: [";"]\n' \
                    '  conjunctions: [oder]\n  open_markers: [usw.]\n  ends: ["."]\n'
    (f,) = rule(tmp_path, custom).run(ctx)
    assert not f.passed and f.message.endswith(": A | B | C | D")


def test_count_matches_list_for_a_language_without_list_words(tmp_path, monkeypatch):
    import claimcheck.checks.types.count_matches_list as cml

    monkeypatch.setattr(cml, "list_words", lambda lang: None)
    ctx = german("Die Liste umfasst 3 Vorschläge, darunter A, B und C.")
    (f,) = rule(tmp_path, LIST + '  count: "3 Vorschläge"\n').run(ctx)
    assert f.severity == "info" and "list words for language 'de'" in f.reason


# ---- percent_of --------------------------------------------------------------------------

PERCENT = """\
- id: share
  check: percent_of
  severity: error
  message: "{explanation} ({status})"
  percent: "30%"
  whole: "12亿元"
"""


def test_percent_of(tmp_path):
    text = "该公司去年营收12亿元,其中30%即3.6亿元来自对日出口。"
    ctx = context({"zh.txt": text})
    (ok,) = rule(tmp_path, PERCENT + '  part: "3.6亿元"\n').run(ctx)
    assert ok.passed and "30% of '12亿元' is 360 million yuan" in ok.message
    ctx = context({"zh.txt": text.replace("3.6亿元", "4.6亿元")})
    (bad,) = rule(tmp_path, PERCENT + '  part: "4.6亿元"\n').run(ctx)
    assert not bad.passed and bad.abs_diff == Decimal("1E+8")
    (loose,) = rule(tmp_path, PERCENT + '  part: "4.6亿元"\n  tolerance: {abs: 1.5e8}\n').run(ctx)
    assert loose.passed


def test_percent_of_a_fraction_in_words(tmp_path):
    ctx = context({"zh.txt": "建设期间雇用的900名工人中,三分之一即300人来自本地。"})
    text = PERCENT.replace('"30%"', '"三分之一"').replace('"12亿元"', '"900名"')
    (ok,) = rule(tmp_path, text + '  part: "300人"\n').run(ctx)
    assert ok.passed and "三分之一 of '900' is 300" in ok.message
    ctx = context({"zh.txt": "建设期间雇用的900名工人中,三分之一即400人来自本地。"})
    (bad,) = rule(tmp_path, text + '  part: "400人"\n').run(ctx)
    assert not bad.passed and bad.reason == "三分之一 of 900 is 300, not 400"
    (mismatch,) = rule(tmp_path, text.replace('"三分之一"', '"900名"') + '  part: "400人"\n').run(ctx)
    assert mismatch.pattern == "unit mismatch"


# ---- convert -----------------------------------------------------------------------------

CONVERT = """\
- id: fx
  check: convert
  severity: warning
  message: "{explanation} ({status}, {reason})"
  concept: cost
  kind: money
  rates: {date: 2026-04-08, EUR/CNY: 7.8}
"""


@pytest.mark.skipif(not TIDEWATER.is_dir(), reason="tidewater bundle not present")
def test_convert_with_a_dated_rate(tmp_path):
    en = (TIDEWATER / "en.txt").read_text(encoding="utf-8")
    zh = (TIDEWATER / "zh.txt").read_text(encoding="utf-8")
    # a Chinese version that gives the cost in yuan: 2.3 billion euros at 7.8 is 17.94 billion
    ctx = context({"en.txt": en, "zh.txt": zh.replace("总投资23亿欧元", "总投资约180亿元")})
    text = CONVERT.replace("concept: cost", "concept: investment") + "  tolerance: {rel: 1%}\n"
    findings = rule(tmp_path, CONVERT + "  pairing: first_match\n").run(ctx)
    assert findings == []  # "cost" names the English figure only: nothing to pair
    (ok,) = rule(tmp_path, text.replace("  concept: investment\n", "")).run(ctx)
    assert ok.passed and "'€2.3 billion' is 17.94 billion yuan at EUR/CNY 7.8 of 2026-04-08" \
        in ok.message
    # the same number of yuan as of euros: the currency was changed, not the amount
    ctx = context({"en.txt": en, "zh.txt": zh.replace("总投资23亿欧元", "总投资23亿元")})
    (bad,) = rule(tmp_path, text.replace("  concept: investment\n", "")).run(ctx)
    assert not bad.passed and bad.severity == "warning"
    assert bad.abs_diff == Decimal("15.64E+9")
    # no rate for the pair: the check says it could not be made
    no_rate = text.replace("  concept: investment\n", "").replace("EUR/CNY", "USD/CNY")
    (missing,) = rule(tmp_path, no_rate).run(ctx)
    assert missing.severity == "info" and "a rate between EUR and CNY" in missing.reason


# ---- part_whole --------------------------------------------------------------------------

PART = """\
- id: part
  check: part_whole
  severity: error
  message: "{explanation}: {actual} against {expected} ({status})"
"""


def test_part_whole_on_the_seeds(tmp_path):
    ctx = context(seeds(EN, ZH))
    findings = rule(tmp_path, PART).run(ctx)
    pairs = [(f.claims[0].text, f.claims[1].text, f.passed) for f in findings]
    # 其中11个项目 of the 15 signed projects; 其中38家 of 326 companies. The English "of which,
    # 11 projects" follows 28 agreements, a different thing: nothing is compared there.
    assert ("11", "15", True) in pairs and ("38", "326", True) in pairs
    assert all(c.doc == ZH for f in findings for c in f.claims)
    texts = seeds(ZH)
    texts[ZH] = texts[ZH].replace("其中11个项目", "其中21个项目")
    bad = [f for f in rule(tmp_path, PART).run(context(texts)) if not f.passed]
    assert [(f.claims[0].text, f.claims[1].text, f.abs_diff) for f in bad] == [("21", "15", 6)]
    assert bad[0].message.endswith("21 against at most 15 (fails)")


def test_a_part_counted_as_people_belongs_to_the_count_before_it(tmp_path):
    text = ("截至19日12时，地震已造成19人遇难，其中严木县14人、禾溪县5人；164人受伤，"
            "其中重伤{hurt}人；仍有2人失联。")
    found = rule(tmp_path, PART).run(context({"zh.txt": text.format(hurt=21)}))
    pairs = {(f.claims[0].text, f.claims[1].text, f.passed) for f in found}
    # 21 seriously injured of the 164 injured, 14 of the 19 dead; never "21 of 5"
    assert ("21", "164", True) in pairs and ("14", "19", True) in pairs
    assert not [f for f in found if not f.passed]
    (bad,) = [f for f in rule(tmp_path, PART).run(context({"zh.txt": text.format(hurt=216)}))
              if not f.passed]
    assert (bad.claims[0].text, bad.claims[1].text) == ("216", "164")


def test_part_whole_markers_and_selector(tmp_path):
    ctx = context(seeds(ZH))
    only_zh = rule(tmp_path, PART + "  markers: [其中]\n  kind: count\n").run(ctx)
    assert {f.claims[0].text for f in only_zh} == {"11", "38"}
    none = rule(tmp_path, PART + "  markers: [of which]\n").run(ctx)
    assert none == []


# A story of four versions; two of them tell a background toll of another blast, each its
# own: 14 against 15 deaths, a digit apart, confirmed by no other version.
BLAST = {
    "en.txt": "An explosion at the Plock plant killed three workers. A similar blast at a "
              "plant in Pulawy killed 14 people.",
    "fr.txt": "Une explosion à l'usine de Plock a tué trois ouvriers. Une explosion comparable "
              "avait fait 15 morts près de Gdansk.",
    "es.txt": "Una explosión en la planta de Plock mató a tres trabajadores.",
    "de.txt": "Bei einer Explosion im Werk Plock starben drei Arbeiter.",
}


@pytest.mark.parametrize("docs, confidence, severity", [
    # a pair of short figures a digit apart that no third version confirms: only a note
    (("en.txt", "fr.txt", "es.txt", "de.txt"), 0.65, "info"),
    # surely one quantity: an error whatever the figures
    (("en.txt", "fr.txt", "es.txt", "de.txt"), 0.9, "error"),
    # a story of two versions: they can confirm nothing more than each other, a warning
    (("en.txt", "fr.txt"), 0.65, "warning"),
])
def test_agree_an_unconfirmed_digit_apart_pair_is_a_note_in_a_story_of_many(
        tmp_path, docs, confidence, severity):
    ctx = context({d: BLAST[d] for d in docs})
    row = align(ctx, ("en.txt", "14 people"), ("fr.txt", "15 morts"))
    pair = Alignment(row.id, row.story, row.label, row.claims, confidence, row.reason, None,
                     (confidence,) * 2)
    (f,) = rule(tmp_path, AGREE).run(replace(ctx, alignments=(pair,)))
    assert not f.passed and f.severity == severity
    assert f.pattern == "wrong digit"


# A story of four versions; two tell the cod quota's cut, one of them with a digit slipped
# (10 % against 20 %); the frames name the entity of both figures.
QUOTA = {
    "en.txt": "EU ministers cut the cod quota in the Baltic by 10% for next year, the "
              "Commission said.",
    "fr.txt": "Les ministres ont réduit de 20 % le quota de cabillaud en mer Baltique pour "
              "l'an prochain.",
    "es.txt": "Los ministros de pesca de la UE se reunieron en Bruselas.",
    "de.txt": "Die Fischereiminister der EU haben sich in Brüssel getroffen.",
}


@pytest.mark.parametrize("confidence, severity", [
    # one entity named beside both figures, on more than one clue: the entity says which
    # quantity both are, and the digit apart is a slip (a warning)
    (0.65, "warning"),
    # the entity on one clue alone: still only a note
    (0.55, "info"),
])
def test_agree_a_digit_apart_pair_told_of_one_entity(tmp_path, confidence, severity):
    ctx = context(QUOTA)
    row = align(ctx, ("en.txt", "10%"), ("fr.txt", "20 %"))
    assert {c.entity for c in row.claims} == {"cod"}
    pair = Alignment(row.id, row.story, row.label, row.claims, confidence, row.reason, None,
                     (confidence,) * 2)
    (f,) = rule(tmp_path, AGREE).run(replace(ctx, alignments=(pair,)))
    assert not f.passed and f.severity == severity
    assert f.pattern == "wrong digit"


def test_agree_a_digit_apart_outlier_of_a_confirmed_figure_stays_a_warning(tmp_path):
    texts = {d: t.replace("14 people", "15 people") for d, t in BLAST.items()}
    texts["es.txt"] += " Una explosión similar en Gdansk dejó 15 muertos."
    texts["de.txt"] += " Eine ähnliche Explosion bei Danzig forderte 14 Tote."
    ctx = context(texts)
    row = align(ctx, ("en.txt", "15 people"), ("fr.txt", "15 morts"), ("es.txt", "15 muertos"),
                ("de.txt", "14 Tote"))
    middling = Alignment(row.id, row.story, row.label, row.claims, 0.65, row.reason, None,
                         (0.65,) * 4)
    (f,) = rule(tmp_path, AGREE).run(replace(ctx, alignments=(middling,)))
    assert not f.passed and f.severity == "warning" and f.pattern == "wrong digit"

"""align.align_story on real documents: which mentions are one quantity (rows)."""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.ingest.documents import load_documents
from claimcheck.records import Story
from claimcheck.stories.align import HIGH_CONFIDENCE, MAY_DIFFER, align_story

SHARED = Path(__file__).resolve().parents[2] / "shared"
BUNDLES = Path(__file__).resolve().parent / "bundles"
needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="no ../shared")


def aligned(paths) -> tuple:
    docs, errors = load_documents([str(p) for p in paths])
    assert not errors
    claims = {d.id: tuple(extract(d.text, doc=d.id)) for d in docs}
    story = Story("s", tuple(d.id for d in docs))
    return align_story(story, claims, {d.id: d.text for d in docs}, default_lexicon())


def row_with(alignments, name: str, text: str):
    """The alignment holding the claim ``text`` of the document whose name is ``name``."""
    for a in alignments:
        if any(Path(c.doc).name == name and c.text == text for c in a.claims):
            return a
    return None


def texts(row) -> dict[str, str]:
    return {Path(c.doc).name[:3] if c.doc[-4:] == ".txt" and "_" in c.doc else Path(c.doc).name:
            c.text for c in row.claims}


@pytest.fixture(scope="module")
def chengdu():
    return aligned(sorted((SHARED / "seeds").glob("00[0-3]_*.txt")))


@needs_shared
def test_rows_hold_mentions_not_dates_each_with_a_confidence(chengdu):
    for a in chengdu:
        assert len(a.claims) >= 2 and len(a.confidences) == len(a.claims)
        assert all(c.kind != "date" for c in a.claims)
        assert a.confidence == min(a.confidences) and 0 < a.confidence <= 1 and a.reason


@needs_shared
def test_agreements_align_across_four_languages(chengdu):
    row = row_with(chengdu, "003_8fa17dad33854608.txt", "28")
    assert row is not None and row.concept == "agreement"
    assert sorted(c.text for c in row.claims) == ["28", "28", "28", "28"]


@needs_shared
def test_investment_pairs_the_signed_total_not_trade_volume(chengdu):
    row = row_with(chengdu, "002_5f7db74c5636f556.txt", "RMB 21.75 billion")
    zh = [c.text for c in row.claims if c.lang == "zh"]
    # the body's exact figure and the headline's bound, several mentions of one document;
    # not 314.8亿元 (trade volume)
    assert "204.5亿元" in zh and "超200亿元" in zh and "314.8亿元" not in zh
    assert row.concept == "investment" and row.confidence < HIGH_CONFIDENCE
    assert MAY_DIFFER in row.reason


@needs_shared
def test_different_counts_are_never_paired(chengdu):
    for a in chengdu:
        values = {c.value for c in a.claims if c.kind == "count"}
        assert not ({D(28), D(15)} <= values)
        assert not any(c.text == "314.8亿元" for c in a.claims)


@needs_shared
def test_out_of_order_proposals_still_align(chengdu):
    # "9个提案" comes last in the Chinese report but first in the translations
    row = row_with(chengdu, "003_8fa17dad33854608.txt", "9")
    assert row is not None and {c.text for c in row.claims} == {"9", "nine", "neuf", "nueve"}


@needs_shared
def test_tidewater_slips_are_aligned_with_their_translations():
    rows = aligned(sorted((SHARED / "bundles" / "tidewater").glob("*.txt")))
    pct = row_with(rows, "es.txt", "2 %")
    assert pct is not None and {c.text for c in pct.claims} == {"20%", "2 %", "20 %"}
    jobs = row_with(rows, "zh.txt", "800")
    assert jobs is not None and jobs.concept == "job"
    assert {c.value for c in jobs.claims} == {D(80), D(800)}
    assert row_with(rows, "en.txt", "62") is not row_with(rows, "en.txt", "80")


def test_phase_amount_is_not_paired_with_the_total():
    rows = aligned([BUNDLES / "harbour" / f for f in ("en.txt", "fr.txt", "es.txt", "zh.txt")])
    phase = row_with(rows, "es.txt", "450 millones de euros")
    assert {c.text for c in phase.claims} >= {"€450 million", "4.5亿欧元"}
    total = row_with(rows, "en.txt", "€1.2 billion")
    assert all(c.lang != "es" for c in total.claims)


def test_a_missing_count_does_not_shift_the_pairing():
    rows = aligned([BUNDLES / "harbour" / f for f in ("en.txt", "fr.txt")])
    cranes = row_with(rows, "fr.txt", "18")
    assert [c.text for c in cranes.claims if c.lang == "en"] == ["18"]
    assert cranes.concept == "crane"
    assert row_with(rows, "en.txt", "24") is None  # the berths have no French counterpart


def _story(**texts):
    claims = {d: tuple(extract(t, lang="en", doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def test_total_and_first_phase_in_two_documents_stay_apart():
    assert _story(a="The total investment is €900 million.",
                  b="The phase one investment is €300 million.") == ()
    # the same two amounts, both totals, are one quantity that disagrees
    rows = _story(a="The total investment is €900 million.",
                  c="The total investment is €300 million.")
    assert len(rows) == 1 and rows[0].concept == "investment"


def test_a_slip_of_a_thousand_joins_its_row_like_a_faithful_figure():
    faithful = _story(a="Retail sales reached 984.3 billion yuan in the first half.",
                      b="Retail sales reached 984.3 billion yuan in the first half of the year.")
    slipped = _story(a="Retail sales reached 984.3 billion yuan in the first half.",
                     b="Retail sales reached 984.3 trillion yuan in the first half of the year.")
    rows = [next(r for r in found if any("yuan" in c.text for c in r.claims))
            for found in (faithful, slipped)]
    assert [sorted(c.doc for c in r.claims) for r in rows] == [["a", "b"], ["a", "b"]]
    assert rows[0].confidences == rows[1].confidences


def test_a_figure_and_its_earlier_value_are_two_quantities():
    rows = _story(a="Revenue rose 9% to RMB 48.6 billion, up from RMB 44.6 billion a year earlier.",
                  b="Revenue was RMB 48.6 billion, against RMB 44.6 billion a year earlier.")
    by_value = {frozenset(c.text for c in r.claims) for r in rows}
    assert frozenset({"RMB 48.6 billion"}) in by_value
    assert frozenset({"RMB 44.6 billion"}) in by_value
    assert not any({"RMB 48.6 billion", "RMB 44.6 billion"} <= set(s) for s in by_value)

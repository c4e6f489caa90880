"""align.align_story on real documents: which claims speak of the same quantity."""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.ingest.documents import load_documents
from claimcheck.records import Claim, Story
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
def test_one_claim_per_document_and_no_dates(chengdu):
    for a in chengdu:
        docs = [c.doc for c in a.claims]
        assert len(docs) == len(set(docs)) >= 2
        assert all(c.kind != "date" for c in a.claims)
        assert 0 < a.confidence < 1 and a.reason


@needs_shared
def test_agreements_align_across_four_languages(chengdu):
    row = row_with(chengdu, "003_8fa17dad33854608.txt", "28")
    assert row is not None and row.concept == "agreement"
    assert sorted(c.text for c in row.claims) == ["28", "28", "28", "28"]


@needs_shared
def test_investment_pairs_the_signed_total_not_trade_volume(chengdu):
    row = row_with(chengdu, "002_5f7db74c5636f556.txt", "RMB 21.75 billion")
    zh = [c for c in row.claims if c.lang == "zh"]
    assert [c.text for c in zh] == ["204.5亿元"]  # not 超200亿元, not 314.8亿元 (trade)
    assert row.concept == "investment" and row.confidence < HIGH_CONFIDENCE
    assert MAY_DIFFER in row.reason and "15个项目" in row.reason
    assert "28 cooperation agreements" in row.reason or "28 accords" in row.reason


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
    assert "out of order" in row.reason


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


def _claim(doc, text, value, start, sentence, subject="", kind="money", unit="EUR"):
    value = D(value)
    return Claim(doc=doc, lang="en", start=start, end=start + len(text), text=text, value=value,
                 unit=unit, kind=kind, qualifier="exact", low=value, high=value,
                 subject=subject, sentence=sentence, sentence_start=0)


def test_total_and_first_phase_in_two_documents_stay_apart():
    a_text = "The total investment is €900 million."
    b_text = "The phase one investment is €300 million."
    a = _claim("a", "€900 million", "900000000", a_text.index("€"), a_text, "total investment")
    b = _claim("b", "€300 million", "300000000", b_text.index("€"), b_text,
               "phase one investment")
    story = Story("s", ("a", "b"))
    assert align_story(story, {"a": (a,), "b": (b,)}, {"a": a_text, "b": b_text},
                       default_lexicon()) == ()
    # the same two amounts, both totals, are one quantity that disagrees
    c_text = "The total investment is €300 million."
    c = _claim("c", "€300 million", "300000000", c_text.index("€"), c_text, "total investment")
    rows = align_story(Story("s", ("a", "c")), {"a": (a,), "c": (c,)},
                       {"a": a_text, "c": c_text}, default_lexicon())
    assert len(rows) == 1 and rows[0].concept == "investment"

"""Within one document, a table's cell and the sentence that tells its figure are one
quantity even when one of them mistypes the other (a typical slip of three digits or more):
the internal inconsistency is seen (stories/clustering.py)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.agreement import judge, slip
from claimcheck.stories.align import align_story

RELEASE = """上半年全市经济运行情况

上半年，全市地区生产总值8412.6亿元，同比增长5.2%。其中，第一产业增加值215.3亿元，增长3.1%；第二产业增加值{secondary}亿元，增长6.0%；第三产业增加值4829.4亿元，增长4.8%。

表1 上半年地区生产总值
指标｜绝对值（亿元）｜同比增长（%）
地区生产总值｜8412.6｜5.2
第一产业｜215.3｜3.1
第二产业｜3367.9｜6.0
第三产业｜4829.4｜4.8
"""


def rows(secondary: str):
    text = RELEASE.format(secondary=secondary)
    claims = {"zh.txt": tuple(extract(text, doc="zh.txt"))}
    return align_story(Story("s", ("zh.txt",)), claims, {"zh.txt": text}, default_lexicon())


def row_with(found, text: str):
    return next((a for a in found if any(c.text == text for c in a.claims)), None)


def test_a_sentence_that_mistypes_its_table_cell_is_in_the_cell_s_row():
    found = rows("3637.9")
    row = row_with(found, "3637.9亿元")
    assert row is not None and {c.text for c in row.claims} == {"3637.9亿元", "3367.9"}
    claims = list(row.claims)
    verdict = judge(claims)
    assert len(verdict.outliers) == 1
    assert slip(claims[1 - verdict.outliers[0]], claims[verdict.outliers[0]]) == \
        "swapped digits"


def test_a_sentence_and_its_cell_that_agree_are_one_row():
    row = row_with(rows("3367.9"), "3367.9亿元")
    assert row is not None and {c.text for c in row.claims} == {"3367.9亿元", "3367.9"}
    assert judge(list(row.claims)).agree


def test_another_sector_s_cell_does_not_join():
    # 4829.4 (the tertiary sector) is no slip of the secondary sector's 3367.9
    row = row_with(rows("3367.9"), "4829.4亿元")
    assert row is not None and {c.text for c in row.claims} == {"4829.4亿元", "4829.4"}

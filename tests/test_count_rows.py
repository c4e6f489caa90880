"""In a row of counts, a plain number (a version whose counted noun was not read) is
compared as a count: its slip is seen, its agreement counted."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.stories.agreement import judge, slip


def first(text: str, lang: str, doc: str, kind: str | None = None):
    return next(c for c in extract(text, lang=lang, doc=doc)
                if c.kind != "date" and (kind is None or c.kind == kind))


COUNTRIES = [
    ("Exhibitors came from 96 countries and regions.", "en", "en.txt"),
    ("Los expositores llegaron de 96 países y regiones.", "es", "es.txt"),
    ("参展商来自96个国家和地区。", "zh", "zh.txt"),
]


def test_a_plain_number_a_slip_apart_from_counts_is_an_outlier():
    counts = [first(*c) for c in COUNTRIES]
    assert {c.kind for c in counts} == {"count"}
    plain = first("出展者は960の国・地域から集まった。", "ja", "ja.txt")
    assert plain.kind == "number" and plain.unit is None
    verdict = judge(counts + [plain])
    assert verdict.outliers == (3,)
    assert slip(counts[0], plain) == "decimal slip"


def test_a_plain_number_that_agrees_is_compared_and_agrees():
    counts = [first(*c) for c in COUNTRIES]
    plain = first("出展者は96の国・地域から集まった。", "ja", "ja.txt")
    verdict = judge(counts + [plain])
    assert verdict.agree and verdict.groups == (0, 0, 0, 0)


def test_a_plain_number_beside_money_is_not_taken_for_the_amount():
    money = [first("The fund holds $78 million.", "en", "en.txt", "money"),
             first("Le fonds détient 78 millions de dollars.", "fr", "fr.txt", "money")]
    plain = first("Der Fonds hält 780.", "de", "de.txt")
    verdict = judge(money + [plain])
    assert verdict.groups[2] == -1      # a bare "780" may be anything: not compared

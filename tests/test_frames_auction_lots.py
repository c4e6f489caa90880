"""The lots of an auction: "Of the 48 lots offered, 45 found buyers", 共上拍48件拍品，成交45件.
Counted by 件 (a classifier that says nothing) or by "lots", which the lexicon lacked, the
counts named no measure, stayed alone, and a slipped count ("84 lots") was compared with
nothing. Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import extract

from story_helpers import check, flags


def _counts(text: str, lang: str):
    return [(c.text, c.measure) for c in extract(text, lang=lang) if c.kind == "count"]


def test_lots_offered_and_sold():
    assert [m for _, m in _counts("Of the 62 lots offered, 57 found buyers.", "en")] == \
        ["auction_lots", "auction_lots"]
    assert [m for _, m in _counts("当晚专场共上拍62件拍品，成交57件。", "zh")] == \
        ["auction_lots", "auction_lots"]
    assert _counts("Sur les 62 lots proposés, 57 ont trouvé preneur.", "fr")[0][1] == \
        "auction_lots"


def test_a_slipped_count_of_lots_is_compared():
    # the Chinese version swaps the digits of the lots offered: 26 written 62
    rows, findings = check({
        "en.txt": "Record at the evening sale\n\nA painting sold for $98.5 million. The "
                  "evening sale brought in $310.5 million. Of the 26 lots offered, 24 found "
                  "buyers.",
        "zh.txt": "晚间拍卖创纪录\n\n一幅油画以9850万美元成交。当晚专场总成交额3.105亿美元，"
                  "共上拍62件拍品，成交24件。",
        "fr.txt": "Record à la vente du soir\n\nUn tableau a été vendu 98,5 millions de "
                  "dollars. La vente du soir a totalisé 310,5 millions de dollars. Sur les 26 "
                  "lots proposés, 24 ont trouvé preneur.",
    })
    (row,) = [r for r in rows if r.concept == "auction_lots" and
              any(c.doc == "zh.txt" and c.value == 62 for c in r.claims)]
    assert sorted(c.value for c in row.claims) == [26, 26, 62]
    assert any("zh: 62" in f.message for f in flags(findings))

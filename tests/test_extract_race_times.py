"""Race times with hundredths, in the notations real sports reports use (the class
bench/devset13's swimming final showed): minutes and seconds with a point ("4:07.35"),
Italian and French minute and second marks ("4'07\"35", a margin "0\"84"), and Japanese and
Chinese minutes and seconds with the hundredths glued after 秒 (4分07秒35). Written for
these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from claims_helpers import claim_at as at
from claims_helpers import non_dates as claims
from story_helpers import check, flags


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "She won the 400m individual medley in 4:07.35, a championship best.", "4:07.35"),
    ("it", "Ha vinto i 400 misti in 4'07\"35, nuovo primato dei campionati.", "4'07\"35"),
    ("fr", "Elle s'impose sur 400 m 4 nages en 4'07\"35, record des championnats.", "4'07\"35"),
    ("ja", "女子400メートル個人メドレーで4分07秒35をマークして優勝した。", "4分07秒35"),
    ("zh", "她以4分07秒35获得女子400米个人混合泳冠军。", "4分07秒35"),
    ("zh-TW", "她以4分07秒35奪得女子400公尺個人混合式金牌。", "4分07秒35"),
])
def test_a_race_time_is_minutes_seconds_and_hundredths(lang, text, figure):
    c = at(text, lang, figure)
    assert c.text == figure
    assert c.unit == "s" and c.value == Decimal("247.35")
    assert c.low == Decimal("247.345") and c.high == Decimal("247.355")
    # no stray number is left from its seconds or hundredths
    assert not [x for x in claims(text, lang) if x.start > c.start and x.start < c.end]


@pytest.mark.parametrize("lang, text, figure, value", [
    ("it", "La tedesca ha chiuso seconda con 0\"84 di ritardo.", "0\"84", "0.84"),
    ("fr", "L'Allemande a terminé deuxième à 0\"84.", "0\"84", "0.84"),
    ("fr", "Passage aux 200 m en 2'01\"90.", "2'01\"90", "121.90"),
])
def test_seconds_with_their_marks(lang, text, figure, value):
    c = at(text, lang, figure)
    assert c.text == figure and c.unit == "s" and c.value == Decimal(value)


def test_hundredths_ending_in_zero_keep_their_precision():
    c = at("He finished in 2:11.40, ahead of the field.", "en", "2:11.40")
    assert c.value == Decimal("131.40") and c.high - c.low == Decimal("0.01")


@pytest.mark.parametrize("lang, text, figure", [
    ("en", "The meeting starts at 9:30 tomorrow.", "9:30"),
    ("en", "The centre is 6'2\" tall.", "6"),
])
def test_a_clock_time_and_feet_and_inches_are_no_race_time(lang, text, figure):
    assert all(c.unit != "s" for c in claims(text, lang))


def test_a_lone_chinese_fen_is_still_no_minute():
    # 分 alone is a point or a mark, not a minute: only a time with 秒 after it is a time
    assert all(c.unit != "s" for c in claims("他在决赛中得了12分，全队获胜。", "zh"))


def test_a_wrong_digit_in_a_japanese_race_time_is_flagged():
    texts = {
        "en.txt": "Mia Kellow won the world title in the 200m butterfly in 2:03.41, a "
                  "championship record.",
        "fr.txt": "L'Australienne Mia Kellow a remporté le 200 m papillon en 2'03\"41, record "
                  "des championnats.",
        "ja.txt": "女子200メートルバタフライはオーストラリアのケロー選手が2分03秒71の大会新記録で"
                  "優勝した。",
    }
    _, findings = check(texts)
    found = flags(findings)
    assert len(found) == 1
    assert {c.doc for c in found[0].claims} >= {"ja.txt"}
    assert "2分03秒71" in {c.text for c in found[0].claims}

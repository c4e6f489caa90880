"""An amount told in another currency than the row's main one is not compared by value
(outlets convert at the rates of their own day), but the rate it implies must be one the
currencies' bands allow: "3,4 Billionen Euro" beside "548 billion yen" is a false friend of
scale, "3,3 Milliarden Euro" is a conversion at another day's rate. Stories written for
this test."""
from __future__ import annotations

from decimal import Decimal

from story_helpers import check, flags

from claimcheck.records import Claim
from claimcheck.stories.cross_currency import off_band
from claimcheck.stories.currency_bands import default_bands

JA = ("半導体工場に5480億円補助 政府、北海道に誘致\n\n政府は8日、北海道に建設される"
      "半導体工場に最大5480億円を補助すると発表した。工場の総投資額は約2兆円に上る。")
EN = ("Japan offers up to ¥548 billion in subsidies for Hokkaido chip plant\n\nTOKYO, Nov 8 (Wire) - "
      "Japan's government will give a subsidy of up to ¥548 billion to a chip plant being "
      "built in Hokkaido, it said on Saturday. Total investment in the plant is about ¥2 "
      "trillion.")
ZH = ("日本政府将向北海道芯片工厂提供最多5480亿日元补贴\n\n新华社东京11月8日电 日本政府8日"
      "宣布，将向在北海道建设的半导体工厂提供最多5480亿日元补贴。该工厂总投资约2万亿日元。")
DE = ("Japan fördert Chipfabrik mit Milliarden\n\nTokio (dpa) - Japans Regierung will eine "
      "Chipfabrik auf Hokkaido mit einer Subvention von bis zu 3,4 Milliarden Euro fördern, "
      "wie sie am Samstag mitteilte. Die Gesamtinvestition liegt bei rund 12 Milliarden Euro.")


def _story(de: str):
    return check({"ja.txt": JA, "en.txt": EN, "zh.txt": ZH, "de.txt": de})


def test_a_conversion_at_a_plausible_rate_is_no_flag():
    rows, found = _story(DE)
    assert not flags(found)
    # another day's rate is no slip either
    rows, found = _story(DE.replace("3,4 Milliarden", "3,1 Milliarden"))
    assert not flags(found)


def test_a_false_friend_in_another_currency_is_flagged_and_named():
    rows, found = _story(DE.replace("3,4 Milliarden", "3,4 Billionen"))
    (f,) = [f for f in flags(found) if "3,4 Billionen" in f.message]
    assert f.pattern == "false friend of scale"
    # the rate it implies is named, against what the two currencies have been worth
    assert "is 0.161 JPY per EUR" in f.message and "allow" in f.message
    outliers = [m for m, g in zip(f.claims, f.groups) if g > 0]
    assert [m.text for m in outliers] == ["bis zu 3,4 Billionen Euro"]


def test_a_digit_slip_in_another_currency_is_not_named():
    # 3,4 -> 4,4 Milliarden is 125 yen a euro: within what the bands allow, no flag
    rows, found = _story(DE.replace("3,4 Milliarden", "4,4 Milliarden"))
    assert not [f for f in flags(found) if "4,4 Milliarden" in f.message]


def _money(value: str, unit: str, text: str, lang: str = "en") -> Claim:
    v = Decimal(value)
    return Claim(doc="d", lang=lang, text=text, start=0, end=len(text), value=v, unit=unit,
                 kind="money", qualifier="exact", low=v, high=v)


def test_off_band_names_the_power_of_ten():
    bands = default_bands()
    yen = _money("548e9", "JPY", "548 billion yen")
    assert off_band(yen, _money("3.4e9", "EUR", "3.4 billion euros"), bands) is None
    off = off_band(yen, _money("3.4e12", "EUR", "3,4 Billionen Euro", "de"), bands)
    assert off is not None and off.power == 3 and off.pattern == "false friend of scale"
    # a dropped 万: 1億3860ドル for 1億3860万ドル against 216億円
    off = off_band(_money("21.6e9", "JPY", "216億円"), _money("13860", "USD", "1億3860ドル"),
                   bands)
    assert off is not None and off.power == -4
    # two currencies not in the bands, or one currency: nothing to say
    assert off_band(yen, _money("3.4e12", "ARS", "3,4 billones de pesos"), bands) is None
    assert off_band(yen, _money("548e12", "JPY", "548 trillion yen"), bands) is None

"""Japanese extraction, with literal expectations (text -> the claims read from it)."""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from claims_helpers import one_for

import claimcheck
from claimcheck.extraction.detect import detect_language
from claimcheck.extraction.language import LANG_DIR, LanguageError, load_language

INF = D("Infinity")


one = one_for("ja")  # the single claim of a text (of a kind if given)


@pytest.mark.parametrize("text,value", [
    ("売上高は1,234.56だった。", D("1234.56")),
    ("売上高は１，２３４．５６だった。", D("1234.56")),     # full-width digits and marks
    ("売上高は１２０だった。", D(120)),
    ("二十八", D(28)),
    ("三百", D(300)),
    ("一万三", D(10003)),              # no abbreviated tail in Japanese (zh reads 13000)
    ("九百九", D(909)),
    ("四億五千六百四十二万十五", D(456_420_015)),
    ("五兆六十二億四万五千二", D(5_006_200_045_002)),
    ("一九九九", D(1999)),              # digit by digit, as vertical text writes numbers
    ("二五〇", D(250)),
    ("零", D(0)),
    ("三分の一", D(1) / D(3)),
    ("三百五十又三分の一", D(350) + D(1) / D(3)),
    ("マイナス10000", D(-10000)),
    ("50ダース", D(600)),
    ("半ダース", D(6)),
])
def test_numerals(text, value):
    assert claimcheck.extract(text, "ja")[0].value == value


@pytest.mark.parametrize("text,value", [
    ("総額は314億8000万円に上る。", D(31_480_000_000)),
    ("総額は1.2兆円に上る。", D(1_200_000_000_000)),
    ("総額は三百十四億八千万円に上る。", D(31_480_000_000)),
    ("総額は2.3万円だった。", D(23_000)),
])
def test_mixed_scales(text, value):
    c = one(text)
    assert (c.value, c.unit) == (value, "JPY")


def test_314oku8000man_precision():
    c = one("総額は314億8000万円に上る。")
    assert (c.low, c.high) == (D(31_479_995_000), D(31_480_005_000))


def test_two_or_three_is_not_twenty_three():
    assert claimcheck.extract("二三日", "ja") == []         # "two or three days"


@pytest.mark.parametrize("text,iso", [
    ("価格は5000円。", "JPY"), ("価格は¥5000。", "JPY"),    # a bare ¥ is the yen here
    ("投資額は5000万元。", "CNY"), ("投資額は8億人民元。", "CNY"),
    ("投資額は30億ドル。", "USD"), ("投資額は23億ユーロ。", "EUR"),
    ("投資額は5000レアル。", "BRL"), ("投資額は1.95香港ドル。", "HKD"),
])
def test_currencies(text, iso):
    assert one(text, "money").unit == iso


@pytest.mark.parametrize("text,value,unit", [
    ("日経平均は2222円13銭です。", D("2222.13"), "JPY"),
    ("このパソコンは2ドル3セントです。", D("2.03"), "USD"),
    ("この自転車は100ユーロと30です。", D("100.30"), "EUR"),
])
def test_money_in_parts(text, value, unit):
    c = one(text, "money")
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("面積は36平方キロメートル。", D(36_000_000), "m**2"),
    ("面積は120ヘクタール。", D(1_200_000), "m**2"),
    ("面積は5000平方メートル。", D(5000), "m**2"),
    ("出力は480メガワット。", D(480_000_000), "W"),
    ("出力は1万5000キロワット。", D(15_000_000), "W"),
    ("出力は480MW。", D(480_000_000), "W"),
    ("身長は168センチ。", D("1.68"), "m"),
])
def test_units(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("体重は60キロです。", D(60), "kg"),                     # キロ alone: a kilogram
    ("毎日二十万キロも完売した。", D(200_000), "kg"),
    ("東京から北西約325キロにある町。", D(325_000), "m"),      # after a direction: km
    ("距離は10キロです。", D(10_000), "m"),
    ("海岸から18～22キロ沖に設置する。", D(20_000), "m"),       # キロ沖: km
])
def test_kiro_by_context(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_kiro_after_jisoku_is_a_speed():
    (c,) = claimcheck.extract("速度は時速120キロです。", "ja")
    assert (c.kind, c.unit, c.text) == ("speed", "m/s", "120キロ")
    assert abs(c.value - D(100) / 3) < D("1e-15")


@pytest.mark.parametrize("text,value,unit", [
    ("シェアは25パーセントに達した。", D(25), "percent"),
    ("シェアは25％に達した。", D(25), "percent"),
    ("シェアは3割に達した。", D(30), "percent"),            # 割: tenths
    ("シェアは3.5割に達した。", D(35), "percent"),
    ("シェアは七割半に達した。", D(75), "percent"),
    ("今日は8割引です。", D(20), "percent"),               # eight tenths off: 20% is paid
    ("今日は半額です。", D(50), "percent"),
    ("百分の五", D(5), "percent"),
    ("支持率は2.5ポイント上昇した。", D("2.5"), "percentage_point"),
    ("支持率は2.5％ポイント上昇した。", D("2.5"), "percentage_point"),
])
def test_percent(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,qualifier,low,high", [
    ("約1000人が参加した。", "about", D(900), D(1100)),
    ("およそ1000人が参加した。", "about", D(900), D(1100)),
    ("1000人程度が参加した。", "about", D(900), D(1100)),
    ("1000人超が参加した。", "over", D(1000), INF),
    ("1000人以上が参加した。", "over", D(1000), INF),
    ("1000人余りが参加した。", "over", D(1000), INF),
    ("1000人未満が参加した。", "under", D(0), D(1000)),
    ("1000人以下が参加した。", "under", D(0), D(1000)),
    ("1000人近くが参加した。", "under", D(900), D(1000)),
    ("5万～10万人が参加する。", "range", D(45_000), D(105_000)),
    ("5から20パーセント", "range", D("4.5"), D("20.5")),
])
def test_qualifiers(text, qualifier, low, high):
    c = claimcheck.extract(text, "ja")[0]
    assert (c.qualifier, c.low, c.high) == (qualifier, low, high)


def test_several_hundred_is_over_one_hundred():
    c = one("数百社が参加した。")
    assert (c.value, c.qualifier, c.low, c.high) == (D(100), "over", D(100), INF)


def test_yaku_inside_keiyaku_is_no_qualifier():
    c = one("契約5件を結んだ。")
    assert (c.qualifier, c.value) == ("exact", D(5))


@pytest.mark.parametrize("text,value,subject", [
    ("年間3万台の車両を生産する。", D(30_000), "車両"),         # counter, の, noun
    ("風車62基を設置する。", D(62), "風車"),                     # noun before the number
    ("従業員約4500人を雇用する。", D(4500), "従業員"),
    ("二十八件の契約を結んだ。", D(28), "契約"),
    ("1000人以上の作業員を雇用する。", D(1000), "作業員"),
    ("三百人が参加した。", D(300), "人"),
    ("全国に300社がある。", D(300), "社"),
    ("東京3店舗を開く。", D(3), "店舗"),          # 東京 opens with 京, a scale character
])
def test_counts_carry_their_subject(text, value, subject):
    c = one(text, "count")
    assert (c.value, c.subject) == (value, subject)


@pytest.mark.parametrize("text,value", [
    ("2026年4月8日に発表した。", D(20260408)),
    ("二〇二六年四月八日に発表した。", D(20260408)),
    ("世界の一九九九年の投資額。", D(1999)),
    ("2026年度の予算。", D(2026)),
])
def test_dates_are_kind_date(text, value):
    c = one(text)
    assert (c.kind, c.value) == ("date", value)


def test_era_years_are_skipped_not_read_as_durations():
    claims = claimcheck.extract("令和8年4月8日に発表した。", "ja")
    assert [(c.kind, c.value) for c in claims] == [("date", D(408))]


@pytest.mark.parametrize("text", [
    "四川の出身です。", "一見", "陸地にはたくさんの動物がいます。", "第三の刃",
    "電話は03-1234-5678です。", "会議は16:06に始まる。", "患者の数は増えた。",
    "取引時間は9時から15時30分まで。",
])
def test_non_claims(text):
    assert claimcheck.extract(text, "ja") == []


def test_enumeration_comma_separates_numbers():
    assert [c.value for c in claimcheck.extract("10、100、1000の順", "ja")] == \
        [D(10), D(100), D(1000)]


def test_lone_numeral_read_where_it_stands_as_a_number():
    assert [c.value for c in claimcheck.extract("答えは四ではなくて、五です。", "ja")] == [D(4), D(5)]


@pytest.mark.parametrize("text,code", [
    ("東芝、1万億円の融資を取引銀行に申請した。", "ja"),
    ("日本政府、新型車両3万台導入へ", "ja"),                  # one kana is enough
    ("政府は2026年度予算案で防衛費を過去最大の8兆7000億円とする方針を固めた。", "ja"),
    ("法国圣纳泽尔2026年4月8日电 公司宣布,其近海风电场总投资23亿欧元。", "zh"),
    ("索尼（ソニー）公司宣布，其在成都的新工厂将投资23亿元人民币，雇用1000名员工，年产能达到300万台。"
     "这是该公司在中国西部的第一个大型项目，预计2027年投产。", "zh"),   # a few kana in Chinese
])
def test_japanese_is_told_from_chinese(text, code):
    assert detect_language(text) == code


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = (LANG_DIR / "ja.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "ja.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old,new,message", [
    ("  complement: [割引き, 割引]", "  complement: [割引き, 値引]",
     "percent.complement: '値引' must also be listed in percent.tenths or percent.suffix"),
    ("unit_contexts:\n  キロ:", "unit_contexts:\n  キロス:",
     "unit_contexts.キロス: 'キロス' must also be listed in units"),
    ("    positional: true", "    positional: yes please", "numerals.cjk.positional must be a bool"),
])
def test_new_keys_are_validated_with_file_and_line(tmp_path, monkeypatch, old, new, message):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    path = _broken_copy(tmp_path, old, new)
    with pytest.raises(LanguageError) as err:
        load_language(path, "ja")
    assert message in str(err.value) and str(err.value).startswith(f"{path}:")

"""The forms real news uses (issue 13): points and basis points, signs, rates, ranges and
from-to changes, shared units, tables, non-claims, regional variants. Literal
expectations on sentences written for these tests."""
from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from cli import run_cli

import claimcheck
from claimcheck.extraction import detect_language


def claims(text: str, lang: str) -> list[tuple[str, D, str | None]]:
    """(text, value, unit) of every claim that is not a date."""
    return [(c.text, c.value, c.unit) for c in claimcheck.extract(text, lang) if c.kind != "date"]


def values(text: str, lang: str) -> list[tuple[D, str | None]]:
    return [(v, u) for _, v, u in claims(text, lang)]


# ------------------------------------------------------------------ points

@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "The bank raised rates by 25 basis points.", D(25), "basis_point"),
    ("en", "A minority argued for a 50bp move.", D(50), "basis_point"),
    ("en", "Gross margin widened 1.8 percentage points.", D("1.8"), "percentage_point"),
    ("en", "Brokers see margins up 4pcts this year.", D(4), "percentage_point"),
    ("fr", "Le rendement a reculé de 6 pb.", D(6), "basis_point"),
    ("fr", "Un écart de 78 points de base.", D(78), "basis_point"),
    ("es", "La morosidad bajó 40 puntos básicos.", D(40), "basis_point"),
    ("it", "La Bce ha tagliato i tassi di 25 punti base.", D(25), "basis_point"),
    ("de", "Die Notenbank senkte um 25 Basispunkte.", D(25), "basis_point"),
    ("pt", "A margem avançou 80 pontos-base.", D(80), "basis_point"),
    ("zh", "央行下调贷款利率10个基点。", D(10), "basis_point"),
    ("it", "Il margine è salito di 2,4 punti percentuali.", D("2.4"), "percentage_point"),
])
def test_points_and_basis_points_are_units_of_their_own(lang, text, value, unit):
    (c,) = claimcheck.extract(text, lang)
    assert (c.value, c.unit, c.kind) == (value, unit, "percent")


def test_bare_points_are_percentage_points_only_beside_a_percentage():
    got = claims("El ratio bajó del 107,1% al 105,2%, un descenso de 1,9 puntos.", "es")
    assert got[-1] == ("1,9 puntos", D("1.9"), "percentage_point")
    (c,) = claimcheck.extract("El equipo sumó 21 puntos en la liga.", "es")
    assert (c.value, c.unit, c.kind) == (D(21), None, "count")


# ------------------------------------------------------------------ signs

@pytest.mark.parametrize("lang,text,value", [
    ("de", "Die Veränderung lag bei -0,2 Prozent.", D("-0.2")),
    ("en", "Shares rose against a −0.6% move in the market.", D("-0.6")),
    ("zh", "汇兑损益-318", D(-318)),
    ("pt", "O resultado financeiro ficou em -R$ 894 milhões.", D(-894_000_000)),
])
def test_a_written_minus_is_kept(lang, text, value):
    (c,) = claimcheck.extract(text, lang)
    assert c.value == value


def test_a_dash_between_numbers_is_no_sign():
    assert values("Seats for 75 -300 people.", "en")[0][0] > 0
    assert values("COVID-19 cases rose 2-3%.", "en") == [(D("2.5"), "percent")]


# ------------------------------------------------------------------ rates

@pytest.mark.parametrize("lang,text,value,unit", [
    ("en", "Brent slipped to US$78.40 per barrel.", D("493.12116440187704204"), "USD/m**3"),
    ("en", "The board declared a dividend of 62 cents a share.", D("0.62"), "USD/share"),
    ("en", "Prices climbed to $1,020 per tonne.", D("1.02"), "USD/kg"),
    ("en", "Growth has averaged 5% a year.", D(5), "percent/year"),
    ("en", "It produces about 3,100 GWh a year.", D("1.116E+16"), "J/year"),
    ("en", "The line will carry 14Mtpa of ore.", D("1.4E+10"), "kg/year"),
    ("fr", "Un dividende de 1,35 euro par action.", D("1.35"), "EUR/share"),
    ("es", "La cuota bajará unos 86 euros al mes.", D(86), "EUR/month"),
    ("it", "Le emissioni caleranno di 41.000 tonnellate l'anno.", D(41_000_000), "kg/year"),
    ("de", "Der Zuschlag sank auf 7,15 Cent je Kilowattstunde.", D("0.0715") / D(3_600_000), "EUR/J"),
    ("pt", "A Selic subiu para 11,25% ao ano.", D("11.25"), "percent/year"),
    ("zh", "董事会建议派发中期股息每股0.25港元。", D("0.25"), "HKD/share"),
    ("zh", "公司拟向全体股东每10股派发现金红利3.20元。", D("0.32"), "CNY/share"),
    ("ja", "1株当たり120円の配当を見込む。", D(120), "JPY/share"),
    ("zh", "全市居民人均可支配收入32186元。", D(32186), "CNY/person"),
])
def test_rates(lang, text, value, unit):
    (c,) = claimcheck.extract(text, lang)
    assert c.kind == "rate" and c.unit == unit
    assert abs(c.value - value) <= abs(value) * D("1e-15"), c.value


def test_a_percentage_a_year_is_one_rate_in_every_language():
    # "3.5% a year", "3,5 % par an" and "5,3 % anual" must stay comparable
    for lang, text in (("en", "Traffic will grow by 3.5% a year."),
                       ("fr", "Le trafic devrait croître de 3,5 % par an."),
                       ("es", "Se espera que el tráfico crezca un 3,5 % anual."),
                       ("en", "The plant cuts emissions by 2,300 tonnes of CO2 a year."),
                       ("es", "Reducirá las emisiones en 2.300 toneladas de CO2 al año.")):
        (c,) = claimcheck.extract(text, lang)
        assert c.kind == "rate" and c.unit.endswith("/year"), (text, c.unit)


def test_last_year_is_no_rate():
    (c,) = claimcheck.extract("Le chiffre d'affaires était de 9 millions d'euros l'an dernier.", "fr")
    assert (c.value, c.unit) == (D(9_000_000), "EUR")


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The line runs at up to 43 mph.", D("19.22272")),
    ("fr", "Une vitesse moyenne de 19,5 km/h.", D("5.4166666666666666667")),
])
def test_speeds_in_metres_per_second(lang, text, value):
    (c,) = claimcheck.extract(text, lang)
    assert (c.kind, c.unit, c.value) == ("speed", "m/s", value)


# ------------------------------------------------------------------ ranges

@pytest.mark.parametrize("lang,text,low,high,unit", [
    ("en", "Fines range from $600,000 to $2.1 million.", D(600_000), D(2_100_000), "USD"),
    ("en", "The levies raise between $4 billion and $6 billion.", D(4 * 10**9), D(6 * 10**9), "USD"),
    ("en", "Tariffs of 15 per cent-25 per cent apply.", D(15), D(25), "percent"),
    ("en", "Seoul seeks a quota of 1.8 Mt-2.2 Mt.", D("1.8E+9"), D("2.2E+9"), "kg"),
    ("en", "The wells lie about 4km-7km offshore.", D(4000), D(7000), "m"),
    ("de", "Sie will mindestens 150 und maximal 300 Mio. Pfund investieren.", D(150_000_000),
     D(300_000_000), "GBP"),
    ("es", "La tasa tocará fondo entre el 1,75% y el 2%.", D("1.75"), D(2), "percent"),
    ("es-MX", "Invertirá entre 9 mil y 10 mil 500 mdp.", D(9 * 10**9), D(10_500_000_000), "MXN"),
    ("zh", "给予5-10万元贴息贷款。", D(50_000), D(100_000), "CNY"),
    ("fr", "réduire ces flux de 25 à 30 %", D(25), D(30), "percent"),
])
def test_ranges_keep_both_stated_ends(lang, text, low, high, unit):
    (c,) = [c for c in claimcheck.extract(text, lang) if c.kind != "date"]
    ((got_low, got_high),) = [r.numerals for cl, r in claimcheck.extraction.extract_with_numerals(
        text, lang) if cl.kind != "date"]
    assert c.qualifier == "range" and c.unit == unit
    scale = c.value / ((got_low + got_high) / 2)
    assert (got_low * scale, got_high * scale) == (low, high)


def test_a_change_by_an_amount_is_no_range():
    assert values("Ticket prices rose by £14 to £79.", "en") == [(D(14), "GBP"), (D(79), "GBP")]


# ------------------------------------------------------------------ from-to changes

@pytest.mark.parametrize("lang,text,old,new", [
    ("de", "Die Inflationsrate dürfte von 5,1 auf 3,8 Prozent sinken.",
     (D("5.1"), "percent"), (D("3.8"), "percent")),
    ("en", "It will cut the journey to 9 minutes from 26.", (D(1560), "s"), (D(540), "s")),
    ("en", "WTI fell to US$74.15 a barrel from US$75.60.",
     (D("475.50969424466714768"), "USD/m**3"), (D("466.38946862754059525"), "USD/m**3")),
    ("zh", "资产负债率由41.2%降至38.9%。", (D("41.2"), "percent"), (D("38.9"), "percent")),
    ("it", "L'Ebitda è salito a 1,21 miliardi da 1,03 miliardi di euro.",
     (D(1_030_000_000), "EUR"), (D(1_210_000_000), "EUR")),
    ("fr", "Le taux de chômage est passé de 7,3 % à 7,5 %.", (D("7.3"), "percent"),
     (D("7.5"), "percent")),
    ("ja", "最高速度を時速320キロから360キロに引き上げる。", (D("88.888888888888888889"), "m/s"),
     (D(100), "m/s")),
])
def test_from_to_gives_two_claims_with_roles(lang, text, old, new):
    got = {c.role: (c.value, c.unit) for c in claimcheck.extract(text, lang) if c.role}
    assert set(got) == {"old", "new"}
    for role, (value, unit) in (("old", old), ("new", new)):
        assert got[role][1] == unit
        assert abs(got[role][0] - value) <= abs(value) * D("1e-6"), (role, got[role])


def test_a_slash_series_shares_the_unit_and_scale_of_its_last_member():
    assert values("归母净利润分别为7.15/8.02/9.64亿元", "zh") == [
        (D(715_000_000), "CNY"), (D(802_000_000), "CNY"), (D(964_000_000), "CNY")]


def test_a_scaled_amount_takes_the_currency_named_before():
    got = values("L'Ebitda ressort à 2,41 milliards d'euros, contre 2,2 milliards un an plus "
                 "tôt, et le groupe compte 2,3 millions de clients.", "fr")
    assert got == [(D(2_410_000_000), "EUR"), (D(2_200_000_000), "EUR"), (D(2_300_000), None)]


# ------------------------------------------------------------------ tables

def test_a_table_header_gives_the_unit_and_scale_of_its_cells():
    text = ("Summary income statement\n"
            "Year ended December 31 (in RMB millions, except per-share data)\n"
            "                    2024      2023\n"
            "Revenue           48,602    44,915\n"
            "Basic EPS (RMB)     0.78      0.65\n"
            "Gross margin (%)    34.5      33.5\n"
            "Employees (number) 5,120     4,870\n")
    assert values(text, "en") == [
        (D(48_602_000_000), "CNY"), (D(44_915_000_000), "CNY"), (D("0.78"), "CNY"),
        (D("0.65"), "CNY"), (D("34.5"), "percent"), (D("33.5"), "percent"), (D(5120), None),
        (D(4870), None)]


def test_cells_glued_to_labels_and_negatives_in_parentheses():
    zh = "业绩摘要\n单位：人民币百万元\n收入48,602\n汇兑损益-318\n"
    assert values(zh, "zh") == [(D(48_602_000_000), "CNY"), (D(-318_000_000), "CNY")]
    de = "Segmente (in Mio. €)   2024   2023\nChemie   9.412   10.207\nSonstige   (418)   (376)\n"
    assert values(de, "de") == [(D(9_412_000_000), "EUR"), (D(10_207_000_000), "EUR"),
                                (D(-418_000_000), "EUR"), (D(-376_000_000), "EUR")]


def test_a_parenthesis_in_prose_is_no_table_header():
    assert values("Prices (in euros) rose, and 3 stores opened.", "en") == [(D(3), None)]


# ------------------------------------------------------------------ non-claims

@pytest.mark.parametrize("lang,text", [
    ("en", "A Fortune 500 carmaker backed the Formula 1 team."),
    ("en", "English sides took places in the Top 20 of the Big 12 rankings."),
    ("en", "Tariffs under Section 232 apply to the Gigafactory 3 site."),
    ("en", "A 19-year-old forward signed; Governor Ilse Marten, 58, spoke."),
    ("en", "Two-year government bond yields moved."),
    ("en", "Net profit[2] is restated. [2] Attributable to owners."),
    ("en", "Harbin Lanfeng Dairy (2319.HK) reported its results."),
    ("es", "Resultados | 9M 2024 | 9M 2023 | Variación"),
    ("es", "Las obras se hacen junto a la autovía A-66."),
    ("fr", "La rentabilité de l'OAT à 10 ans a reculé vers 10 h 15."),
    ("zh", "在“5·12”汶川特大地震纪念日前夕，客户涵盖世界500强企业。"),
    ("zh", "为贯彻党的二十大精神，连续5年稳定。"),
    ("ja", "石川県の人口は21年度末に減り、26年3月期の予想は4年連続の増益。"),
    ("ja", "想定為替レートは1ドル=140円とした。"),
])
def test_names_ranks_ages_tenors_and_short_dates_are_no_claims(lang, text):
    got = [c for c in claimcheck.extract(text, lang) if c.kind != "date"
           and not (c.unit == "JPY" and c.value == 140)]
    assert got == []


def test_pas_moins_de_is_a_lower_bound():
    (c,) = claimcheck.extract("Le groupe emploie pas moins de 4 200 ingénieurs.", "fr")
    assert (c.value, c.qualifier) == (D(4200), "over")


# ------------------------------------------------------------------ currencies

def test_a_bare_dollar_beside_another_dollar_carries_a_note():
    got = claimcheck.extract("Revenue reached C$1.2 billion ($890 million).", "en")
    assert [(c.unit, c.notes) for c in got] == [
        ("CAD", ()), ("USD", ("ambiguous currency: read as USD; the document also names CAD",))]
    (c,) = claimcheck.extract("The trust paid $350 million.", "en-AU")
    assert (c.unit, c.notes) == ("AUD", ())


# ------------------------------------------------------------------ regional variants

@pytest.mark.parametrize("text,code", [
    ("El Gobierno destinará 86,510 mdp a los trenes, una red de 2,418 km.", "es-MX"),
    ("La deuda alcanzó 1,63 billones de euros, un 4,1% más.", "es"),
    ("Der Stadtrat beantragt Fr. 1'250'000 für das Hallenbad in Uster.", "de-CH"),
    ("Net profit rose to Rs 612.8 crore, the Mumbai company said.", "en-IN"),
    ("The Perth miner lifted EBITDA to A$4.86 billion on the ASX.", "en-AU"),
    ("A receita somou R$ 9,87 bilhões, com a queda da Selic.", "pt-BR"),
])
def test_the_variant_is_chosen_from_the_document(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("lang,text,expected", [
    ("es-MX", "La red sumará 2,418 km y el tramo 57.4 km.", [(D(2_418_000), "m"), (D(57_400), "m")]),
    ("es-MX", "Recibirá 23 mil 615 mdp, y otros 140 mmdp en 2026.",
     [(D(23_615_000_000), "MXN"), (D(140_000_000_000), "MXN")]),
    ("es-MX", "El peso cerró en $18.95.", [(D("18.95"), "MXN")]),
    ("de-CH", "Ein Baukredit von Fr. 1'250'000 und 412.50 Franken je Aktie.",
     [(D(1_250_000), "CHF"), (D("412.50"), "CHF/share")]),
    ("en-IN", "A ₹24,700-crore scheme for 1.5 crore homes; up to ₹1,00,000 each.",
     [(D(247_000_000_000), "INR"), (D(15_000_000), None), (D(100_000), "INR")]),
])
def test_variants_read_their_own_numbers(lang, text, expected):
    assert values(text, lang) == expected


def test_cli_extract_takes_a_variant(tmp_path):
    doc = tmp_path / "mx.txt"
    doc.write_text("El Gobierno destinará 86,510 mdp a los trenes de pasajeros.", encoding="utf-8")
    proc = run_cli("extract", str(doc), "--lang", "es-MX", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    (rec,) = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert (rec["value"], rec["unit"], rec["lang"]) == (86_510_000_000, "MXN", "es-MX")


@pytest.mark.parametrize("unit, kind", [
    ("kg/year", "mass"), ("USD/barrel", "money"), ("percent/year", "percent"),
    ("J/year", "energy"), ("m**3/day", "volume"), ("basis_point/year", "percent"),
    ("EUR", None), (None, None), ("wibble/year", None),
])
def test_a_rate_says_what_it_counts(unit, kind):
    from claimcheck.extraction.rates import numerator_kind
    assert numerator_kind(unit) == kind


def test_a_rate_takes_the_measure_of_what_it_counts():
    # the lexicon gives emissions the kinds mass and percent; "a year" makes the claim a rate
    (c,) = [c for c in claimcheck.extract(
        "The line will cut emissions by 2,300 tonnes of CO2 a year.", lang="en")]
    assert (c.kind, c.unit, c.measure) == ("rate", "kg/year", "emission")


@pytest.mark.parametrize("lang, text, minutes", [
    ("en", "Journey time falls to 1 hour 55 minutes.", 115),
    ("en", "The trip takes 2 hrs 30 mins.", 150),
    ("fr", "Le trajet passera à 1 heure 55 minutes.", 115),
    ("es", "El viaje durará 3 horas y 40 minutos.", 220),
    ("de", "Die Fahrzeit sinkt auf 1 Stunde 55 Minuten.", 115),
    ("it", "Il tempo di percorrenza scenderà a 3 ore e 40 minuti.", 220),
    ("pt", "A viagem passa a durar 1 hora e 55 minutos.", 115),
])
def test_hours_and_minutes_are_one_duration(lang, text, minutes):
    (c,) = [c for c in claimcheck.extract(text, lang=lang) if c.kind == "duration"]
    assert c.value == minutes * 60 and c.unit == "s"


@pytest.mark.parametrize("lang, table, scale", [
    ("zh", "表：上半年主要经济指标\n指标｜绝对值（亿元）｜同比增长（%）\n地区生产总值｜29786.4｜5.6\n"
           "第一产业｜1842.7｜3.6\n", 8),
    ("en", "Key figures\nIndicator\tValue (RMB million)\tGrowth (%)\nGDP\t29786.4\t5.6\n"
           "Primary industry\t1842.7\t3.6\n", 6),
    ("en", "Segment          Revenue (RMB million)   Change (%)\nKitchen          21,875.0   6.2\n"
           "Climate          1,842.7    3.6\n", 6),
])
def test_each_column_takes_its_own_header_s_unit(lang, table, scale):
    found = [c for c in claimcheck.extract(table, lang=lang) if c.kind != "date"]
    assert [c.kind for c in found] == ["money", "percent", "money", "percent"]
    assert found[2].value == D("1842.7") * 10 ** scale and found[2].unit == "CNY"
    assert [c.value for c in found if c.kind == "percent"] == [found[1].value, D("3.6")]


@pytest.mark.parametrize("text, expected", [
    ("The port will invest a RMB 12.4 billion in the new terminal.",
     [("RMB 12.4 billion", D("12400000000"), "CNY")]),
    ("The deficit is pegged at a Rs 46,780 crore for the year.",
     [("Rs 46,780 crore", D("467800000000"), "INR")]),
    ("A penny saved is a penny earned.", [("A penny", D("0.01"), "GBP"),
                                          ("a penny", D("0.01"), "GBP")]),
    ("Under the 14th Five-Year Plan, rural incomes rose 6%.", [("6%", D("6"), "percent")]),
])
def test_an_article_before_a_code_and_a_plan_named_by_its_span(text, expected):
    assert claims(text, "en") == expected


def test_a_bracketed_change_with_a_percent_sign_in_a_money_table_is_a_percentage():
    table = ("Financial summary (US$ million)\n"
             "                      H1 FY25    H1 FY24    Change\n"
             "Revenue                19,482     21,153     (8)%\n"
             "Statutory NPAT          5,206      5,980    (13)%\n")
    found = [(c.text, c.kind, c.value) for c in claimcheck.extract(table, lang="en")
             if c.kind != "date"]
    assert ("(8)%", "percent", D("-8")) in found and ("(13)%", "percent", D("-13")) in found
    assert ("5,206", "money", D("5206000000")) in found

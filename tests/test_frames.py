"""Quantity frames read from the lexicon's words: what each number measures, whose it is,
when, and whether it is a level, a growth rate or a share, on the same kinds of sentence in
every language."""
from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction.frames import period_tokens


def frames(text: str, lang: str) -> dict[str, tuple[str, str, str, str]]:
    """{claim text: (measure, entity, period, role)} for the quantities of ``text``."""
    return {c.text: (c.measure, c.entity, c.period, c.role)
            for c in claimcheck.extract(text, lang=lang) if c.kind != "date"}


# "In the first half, retail sales were 9842.6 billion, up 4.7%": both numbers are retail
# sales of the first half, the percentage a growth rate
RETAIL_H1 = [
    ("zh", "上半年，全省社会消费品零售总额9842.6亿元，同比增长4.7%。",
     "9842.6亿元", "4.7%"),
    ("en", "In January-June, retail sales grew 4.7% to 984.3 billion yuan.",
     "984.3 billion yuan", "4.7%"),
    ("fr", "Au premier semestre, les ventes au détail ont progressé de 4,7 % à 984,3 milliards "
           "de yuans.", "984,3 milliards de yuans", "4,7 %"),
    ("de", "Im ersten Halbjahr stiegen die Einzelhandelsumsätze um 4,7 Prozent auf 984,3 "
           "Milliarden Yuan.", "984,3 Milliarden Yuan", "4,7 Prozent"),
    ("es", "En el primer semestre, las ventas minoristas aumentaron un 4,7 %, hasta 984.300 "
           "millones de yuanes.", "984.300 millones de yuanes", "4,7 %"),
    ("pt", "No primeiro semestre, as vendas no varejo cresceram 4,7%, para 984,3 bilhões de "
           "iuanes.", "984,3 bilhões de iuanes", "4,7%"),
    ("ja", "上半期の小売販売額は前年同期比4.7%増の9843億元だった。", "9843億元", "4.7%"),
]


@pytest.mark.parametrize("lang, text, level, rate", RETAIL_H1, ids=[c[0] for c in RETAIL_H1])
def test_retail_sales_of_the_first_half(lang, text, level, rate):
    got = frames(text, lang)
    assert got[level][0] == got[rate][0] == "retail_sales"
    assert got[rate][3] == "growth" and got[level][3] == "level"
    # the growth rate may also carry its basis (yoy); the part of the year is the first half
    assert period_tokens(got[level][2])["part"] == period_tokens(got[rate][2])["part"] == "H1"


@pytest.mark.parametrize("lang, text, expected", [
    ("zh", "第一产业增加值1842.7亿元，同比增长3.6%。",
     {"1842.7亿元": ("value_added", "primary_sector", "", "level"),
      "3.6%": ("value_added", "primary_sector", "", "growth")}),
    ("zh", "城镇居民人均可支配收入28940元，增长4.8%。",
     {"28940元": ("disposable_income", "urban", "", "level"),
      "4.8%": ("disposable_income", "urban", "", "growth")}),
    ("en", "Per-capita disposable income was 21,375 yuan, up 5.9% in nominal terms.",
     {"21,375 yuan": ("disposable_income", "per_capita", "", "level"),
      "5.9%": ("disposable_income", "nominal", "", "growth")}),
    ("en", "Rural incomes rose 6.9%, faster than urban incomes.",
     {"6.9%": ("disposable_income", "rural", "", "growth")}),
    # industrial firms are whose output it is, not a count of companies
    ("en", "Output at larger industrial firms rose 7.1%.",
     {"7.1%": ("production", "secondary_sector", "", "growth")}),
])
def test_measure_and_entity(lang, text, expected):
    got = frames(text, lang)
    for claim, frame in expected.items():
        assert got[claim] == frame


@pytest.mark.parametrize("lang, text, claim, measure, role", [
    # a deficit "of GDP" is the deficit, as a share of GDP
    ("en", "The state aims to cut its fiscal deficit to 2.9% of GDP next year.",
     "2.9%", "fiscal_deficit", "share"),
    ("fr", "La dette publique atteint 112 % du PIB.", "112 %", "public_debt", "share"),
    ("fr", "Le taux de chômage a reculé à 7,3 % au troisième trimestre.",
     "7,3 %", "unemployment", "decline"),
    ("es", "La tasa de paro bajó al 11,3 % en el tercer trimestre.",
     "11,3 %", "unemployment", "decline"),
    ("de", "Die Notenbank hob den Leitzins um 0,25 Prozentpunkte auf 4,5 Prozent an.",
     "0,25 Prozentpunkte", "policy_rate", "change"),
    ("de", "Die Notenbank hob den Leitzins um 0,25 Prozentpunkte auf 4,5 Prozent an.",
     "4,5 Prozent", "policy_rate", "level"),
    ("pt", "A inflação oficial subiu 0,87% em agosto, informou o IBGE.", "0,87%", "cpi", "growth"),
    ("ja", "営業利益は前年同期比12.1%増の318億円だった。", "12.1%", "operating_profit", "growth"),
    ("ja", "営業利益は前年同期比12.1%増の318億円だった。", "318億円", "operating_profit", "level"),
    ("es", "La inversión extranjera directa alcanzó 36.000 millones de dólares en 2024.",
     "36.000 millones de dólares", "foreign_investment", "level"),
    ("en", "The centres have an occupancy of 98.7%.", "98.7%", "hotel_occupancy", "level"),
    # trains counted on a line are its traffic, not the cost named before them
    ("zh", "城际铁路全线造价412亿元，2030年建成后每天可开行96列火车。", "96", "traffic", "level"),
    ("en", "The intercity line will cost 41.2 billion yuan and carry 96 trains a day from 2030.",
     "96", "traffic", "level"),
    # "rispetto ai 12": the earlier value, as "rispetto al" is
    ("it", "È salito a 19 morti, rispetto ai 12 del primo bilancio, il numero delle vittime.",
     "12", "deaths", "old"),
])
def test_measure_and_role(lang, text, claim, measure, role):
    got = frames(text, lang)
    assert got[claim][0] == measure and got[claim][3] == role


@pytest.mark.parametrize("lang, text, expected", [
    ("zh", "地震已造成19人遇难、164人受伤、2人失联。",
     {"19": "deaths", "164": "injured", "2": "missing"}),
    ("fr", "Le séisme a fait au moins 12 morts et 86 blessés.",
     {"au moins 12": "deaths", "86": "injured"}),
    ("en", "The magnitude 6.1 quake struck at a depth of 10 km.",
     {"6.1": "magnitude", "10 km": "depth"}),
    ("es", "Las exportaciones crecieron un 5,2 % y las importaciones cayeron un 3,1 %.",
     {"5,2 %": "exports", "3,1 %": "imports"}),
    ("pt", "As exportações cresceram 5,2% e as importações caíram 3,1%.",
     {"5,2%": "exports", "3,1%": "imports"}),
])
def test_casualties_and_trade_are_told_apart(lang, text, expected):
    got = frames(text, lang)
    assert {claim: got[claim][0] for claim in expected} == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The line will carry 162 trains a day, and trains will run every 4 minutes at peak "
           "hours.", {"162": "traffic", "4 minutes": "frequency"}),
    ("fr", "Le tunnel pourra accueillir 162 trains par jour. Les rames passeront toutes les "
           "4 minutes aux heures de pointe.", {"162": "traffic", "4 minutes": "frequency"}),
    ("es", "El túnel recibirá 162 trenes al día y los trenes pasarán cada 4 minutos.",
     {"162": "traffic", "4 minutos": "frequency"}),
    ("zh", "全年开行旅客列车12万列次，高峰期发车间隔4分钟。", {"12万": "traffic", "4分钟": "frequency"}),
    # a partner's share of the money is funding, in whichever verb
    ("en", "The European Union will contribute €3.16 billion.",
     {"€3.16 billion": "funding"}),
    ("es", "La Unión Europea aportará 3.160 millones de euros.",
     {"3.160 millones de euros": "funding"}),
])
def test_a_line_s_traffic_headway_and_funding(lang, text, expected):
    got = frames(text, lang)
    assert {claim: got[claim][0] for claim in expected} == expected


def test_year_on_year_is_a_growth_basis_not_last_years_figure():
    # 前年同期比 is how the growth is measured; 前年同期は names the earlier value
    got = frames("売上高は前年同期比9.0%増の486億元、前年同期は446億元だった。", "ja")
    assert got["9.0%"][3] == "growth" and "prev" not in got["9.0%"][2]
    assert got["446億元"][0] == "revenue" and got["446億元"][3] == "old"


@pytest.mark.parametrize("lang, text, rate, earlier", [
    ("en", "Revenue fell 22% on a year earlier to 5 billion, compared with 6.4 billion a year "
           "earlier.", "22%", "6.4 billion"),
    ("de", "Der Umsatz sank gegenüber dem Vorjahreszeitraum um 22 Prozent auf 5 Milliarden Euro, "
           "nach 6,4 Milliarden Euro im Vorjahreszeitraum.", "22 Prozent", "6,4 Milliarden Euro"),
])
def test_a_rate_against_last_year_is_this_year_s(lang, text, rate, earlier):
    got = frames(text, lang)
    assert period_tokens(got[rate][2]) == {"basis": "yoy"} and got[rate][3] == "decline"
    assert period_tokens(got[earlier][2])["year"] == "prev" and got[earlier][3] == "old"


def test_japanese_from_to_does_not_mark_the_new_value_as_old():
    # 108.10ドルから98.40ドルに: から follows the earlier value
    got = frames("平均販売価格は108.10ドルから98.40ドルに下落した。", "ja")
    assert got["98.40ドル"][0] == "price" and got["98.40ドル"][3] != "old"


def test_the_same_quantity_gets_the_same_frame_in_four_languages():
    """The first-half growth rate of the economy, as four versions of a story give it."""
    versions = [
        ("zh", "上半年全省地区生产总值同比增长5.6%。", "5.6%"),
        ("fr", "Au premier semestre, le produit intérieur brut a progressé de 5,6 %.", "5,6 %"),
        ("de", "Im ersten Halbjahr wuchs das Bruttoinlandsprodukt um 5,6 Prozent.", "5,6 Prozent"),
        ("es", "En el primer semestre, el PIB creció un 5,6 %.", "5,6 %"),
    ]
    seen = {frames(text, lang)[claim][::2] + (frames(text, lang)[claim][3],)
            for lang, text, claim in versions}
    assert seen == {("gdp", "H1", "growth")}


@pytest.mark.parametrize("lang, text", [
    ("pt", "A capacidade dos eletrolisadores passou de 1,1 GW, no projeto inicial de 2023, "
           "para 1,5 GW."),
    ("es", "La capacidad de los electrolizadores pasó de 1,1 GW, en el plan original de 2023, "
           "a 1,5 GW."),
    ("en", "Electrolyser capacity was raised from 1.1 GW, in the original 2023 plan, to 1.5 GW."),
])
def test_a_change_around_an_aside_keeps_its_ends_and_the_aside_s_date(lang, text):
    old, new = [c for c in claimcheck.extract(text, lang=lang) if c.kind == "power"]
    assert (old.role, new.role) == ("old", "new")
    # the year in the aside dates the old figure, not the new one
    assert period_tokens(old.period).get("year") == "2023"
    assert "2023" not in new.period


def test_an_aside_too_long_is_no_change():
    text = ("Capacity was 1.1 GW, according to a plan that the ministry published in 2023 "
            "after long talks, to 1.5 GW.")
    roles = [c.role for c in claimcheck.extract(text, lang="en") if c.kind == "power"]
    assert "old" not in roles


@pytest.mark.parametrize("lang, table, expected", [
    ("zh", "表：上半年主要经济指标\n指标｜绝对值（亿元）｜同比增长（%）\n第一产业｜1842.7｜3.6\n",
     [("1842.7", "level", ""), ("3.6", "growth", "")]),
    ("en", "Financial summary (US$ million)\n"
           "                      H1 FY25    H1 FY24    Change\n"
           "Statutory NPAT          5,206      5,980    (13)%\n",
     [("5,206", "level", "2025"), ("5,980", "level", "2024"), ("(13)%", "decline", "2025")]),
])
def test_a_table_cell_takes_its_column_header_s_words(lang, table, expected):
    cells = [c for c in claimcheck.extract(table, lang=lang) if c.kind != "date"]
    got = [(c.text, c.role, period_tokens(c.period).get("year", "")) for c in cells]
    assert got == expected
    # the row's label still says whose figure it is
    assert len({(c.measure, c.entity) for c in cells}) == 1
    assert cells[0].measure or cells[0].entity


def test_a_line_too_long_for_a_table_row_is_read_in_windows_without_its_header():
    # a megabyte of news on one line is read one sentence window at a time; each window
    # must not scan the whole line for a table header (that was quadratic)
    from claimcheck.extraction.table_frames import _MAX_ROW, header_cues

    row = "Revenue | 1,234 | 1,118 "
    text = "Item | FY25 | FY24\n" + row * (3 * _MAX_ROW // len(row))
    claims = [c for c in claimcheck.extract(text, "en") if c.text == "1,234"]
    assert header_cues(text, claims[-1:], None) == {}
    short = "Item | FY25 | FY24\n" + row
    (c,) = [c for c in claimcheck.extract(short, "en") if c.text == "1,234"]
    assert c.period == "2025"

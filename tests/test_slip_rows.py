"""A planted slip keeps its row and is flagged (issue 12): a figure mistyped in one version
is placed where its frame (measure, entity, period, role, wording) says it belongs, as
easily as the faithful figure, and the checks flag it against the versions that agree."""
from __future__ import annotations

from story_helpers import check, flags

from claimcheck.extraction.engine import extract


def flagged(findings, doc: str, text: str, other: str) -> bool:
    """A flag holds the mention ``text`` of ``doc`` and a mention written ``other``."""
    return any(any(c.doc == doc and c.text == text for c in f.claims) and
               any(c.text == other for c in f.claims) for f in flags(findings))


# ------------------------------------------------------------ a power of ten, one digit

RATE_EN = """Valdoria central bank cuts rate by {cut}

The Central Bank of Valdoria lowered its benchmark rate by 50 basis points to 10.75% on
Thursday, its third cut this year, citing slowing inflation.
"""
RATE_ES = """El Banco Central de Valdoria recorta su tasa

El Banco Central de Valdoria recortó el jueves su tasa de referencia en 50 puntos base,
hasta el 10,75 %, su tercer recorte del año, ante la moderación de la inflación.
"""
RATE_PT = """Banco Central de Valdoria corta juros

O Banco Central de Valdoria cortou na quinta-feira a taxa básica em 50 pontos base, para
10,75%, o terceiro corte do ano, citando a desaceleração da inflação.
"""


def test_a_headline_a_power_of_ten_off_its_one_digit_body_is_flagged():
    texts = {"en.txt": RATE_EN.format(cut="500 bps"), "es.txt": RATE_ES, "pt.txt": RATE_PT}
    _, found = check(texts)
    assert flagged(found, "en.txt", "500 bps", "50 basis points")


def test_the_faithful_headline_agrees():
    texts = {"en.txt": RATE_EN.format(cut="50 bps"), "es.txt": RATE_ES, "pt.txt": RATE_PT}
    rows, found = check(texts)
    assert not flags(found)
    cut = next(a for a in rows if any(c.text == "50 bps" for c in a.claims))
    assert {c.doc for c in cut.claims} == {"en.txt", "es.txt", "pt.txt"}


# ------------------------------------------------------------ one end of a range mistyped

OUTLOOK_EN = """Norrvik Industries raises its outlook

Norrvik Industries now expects full-year revenue of between €14 billion and €15 billion,
the Oslo-based engineering group said on Tuesday.
"""
OUTLOOK_DE = """Norrvik Industries hebt Prognose an

Norrvik Industries erwartet für das Gesamtjahr nun einen Umsatz von {low} bis 15 Mrd.
Euro, teilte der Maschinenbaukonzern aus Oslo am Dienstag mit.
"""
OUTLOOK_FR = """Norrvik Industries relève ses prévisions

Norrvik Industries table désormais sur un chiffre d'affaires annuel de 14 à 15 milliards
d'euros, a indiqué mardi le groupe d'ingénierie basé à Oslo.
"""


def test_a_range_whose_written_first_end_slipped_is_flagged():
    # "24 bis 15": read as one range over both ends, it overlaps 14 to 15 billion; the
    # ends as written differ at one end by a wrong digit
    texts = {"en.txt": OUTLOOK_EN, "de.txt": OUTLOOK_DE.format(low="24"), "fr.txt": OUTLOOK_FR}
    _, found = check(texts)
    mistyped = next(c for f in found for c in f.claims if c.doc == "de.txt")
    assert mistyped.qualifier == "range"
    assert flagged(found, "de.txt", mistyped.text, "between €14 billion and €15 billion")


def test_ranges_written_alike_agree():
    texts = {"en.txt": OUTLOOK_EN, "de.txt": OUTLOOK_DE.format(low="14"), "fr.txt": OUTLOOK_FR}
    _, found = check(texts)
    assert not flags(found)


# ------------------------------------------------------------ a table aligned with spaces

RESULTS_EN = """Halvard Shipping: first-half results

Halvard Shipping carried 4.2 million containers in the first half of 2025, 6% more than a
year earlier, and its fleet grew to 312 vessels after the delivery of 14 new ships.
Freight rates on the Asia-Europe route averaged $2,950 per container, the company said.
Its order book now holds 38 vessels worth $6.1 billion.

Halvard Shipping reported operating profit of €1,846 million for the first half of 2025,
up from €1,725 million a year earlier, on revenue of €9,310 million.

Key figures (€ million)      H1 2025      H1 2024
Revenue                      9,310        8,902
Operating profit             {cell}        1,725
"""
RESULTS_DE = """Halvard Shipping steigert Ergebnis

Das operative Ergebnis von Halvard Shipping stieg im ersten Halbjahr 2025 auf 1.846 Mio.
Euro, nach 1.725 Mio. Euro im Vorjahreszeitraum. Der Umsatz lag bei 9.310 Mio. Euro.
"""


def test_a_cell_of_a_space_aligned_table_that_mistypes_its_sentence_is_flagged():
    texts = {"en.txt": RESULTS_EN.format(cell="1,486"), "de.txt": RESULTS_DE}
    _, found = check(texts)
    assert flagged(found, "en.txt", "1,486", "€1,846 million")


def test_a_space_aligned_table_that_agrees_raises_nothing():
    texts = {"en.txt": RESULTS_EN.format(cell="1,846"), "de.txt": RESULTS_DE}
    rows, found = check(texts)
    assert not flags(found)
    profit = next(a for a in rows if any(c.text == "€1,846 million" for c in a.claims))
    assert {c.text for c in profit.claims if c.doc == "en.txt"} == {"€1,846 million", "1,846"}


# ------------------------------------------------------------ severity from the frame

FARM_EN = """Velmar province: first-half economy

Velmar's economy grew 5.1% in the first half, the provincial statistics bureau said. The
primary sector grew 2.7%, the secondary sector 6.3% and the tertiary sector 4.9%.
"""
FARM_FR = """Velmar : l'économie au premier semestre

L'économie de Velmar a progressé de 5,1 % au premier semestre, selon le bureau provincial
des statistiques. Le secteur primaire a progressé de 2,7 %, le secteur secondaire de 6,3 %
et le secteur tertiaire de 4,9 %.
"""
FARM_DE = """Velmar: Wirtschaft im ersten Halbjahr

Die Wirtschaft von Velmar wuchs im ersten Halbjahr um 5,1 Prozent, teilte das Statistikamt
mit. Der Primärsektor wuchs um 2,7 Prozent, der Dienstleistungssektor um 4,9 Prozent.
"""
FARM_ES = """Velmar: la economía en el primer semestre

La economía de Velmar creció un 5,1 % en el primer semestre, según la oficina provincial
de estadística. Por sectores: sector terciario, 4,9 %; sector secundario, 6,3 %; sector
primario, {farm}.
"""


def test_a_sector_figure_a_digit_off_is_flagged_not_noted():
    # the sector (whose figure) is named on both sides: the digit slip does not make the
    # mention less surely the farm figure, so the disagreement is a warning, not a note
    texts = {"en.txt": FARM_EN, "fr.txt": FARM_FR, "de.txt": FARM_DE,
             "es.txt": FARM_ES.format(farm="3,7 %")}
    _, found = check(texts)
    assert flagged(found, "es.txt", "3,7 %", "2.7%")


def test_the_faithful_sector_figures_agree():
    texts = {"en.txt": FARM_EN, "fr.txt": FARM_FR, "de.txt": FARM_DE,
             "es.txt": FARM_ES.format(farm="2,7 %")}
    _, found = check(texts)
    assert not flags(found)


# ------------------------------------------------------------ two versions, a telling slip

PLANT_EN = """Brennholt picks Valdora for its cell plant

Brennholt will build its battery cell plant in Valdora, the company said on Monday. The
plant will employ 2,300 people when it reaches full output.
"""
PLANT_DE = """Brennholt baut Zellfabrik in Valdora

Brennholt wird seine Batteriezellfabrik in Valdora errichten, teilte das Unternehmen am
Montag mit. Im Vollbetrieb soll das Werk {staff} Menschen beschäftigen.
"""


def test_two_versions_a_telling_swap_apart_are_flagged():
    # one version against one: no majority, but "2.030" for "2,300" (three figures
    # written, two swapped) is a telling slip: a warning rather than a note
    _, found = check({"en.txt": PLANT_EN, "de.txt": PLANT_DE.format(staff="2.030")})
    assert flagged(found, "de.txt", "2.030", "2,300")


def test_two_versions_that_agree_raise_nothing():
    _, found = check({"en.txt": PLANT_EN, "de.txt": PLANT_DE.format(staff="2.300")})
    assert not flags(found)


# ------------------------------------------------------------ a quantity two versions tell

QUAKE_FR = """Séisme dans le sud de l'île de Korva

Un séisme de magnitude 5,9 a frappé mardi le sud de l'île de Korva, à 12 km de profondeur.
Trois villages ont été évacués. La secousse a été ressentie jusqu'à environ 190 km de
l'épicentre, selon l'institut de géophysique.
"""
QUAKE_ZH = """科尔瓦岛南部地震 距震中约{km}公里处有震感

据地球物理研究所消息，周二科尔瓦岛南部发生5.9级地震，震源深度12公里，三个村庄已疏散。
"""


def test_a_length_two_versions_tell_keeps_its_pair_when_one_slips():
    # the row of two falls apart when one figure slips; they are still the only two lone
    # lengths of their versions, a digit apart: paired, and the slip is flagged
    _, found = check({"fr.txt": QUAKE_FR, "zh.txt": QUAKE_ZH.format(km="290")})
    assert flagged(found, "zh.txt", "约290公里", "environ 190 km")


def test_the_lengths_two_versions_tell_agree():
    rows, found = check({"fr.txt": QUAKE_FR, "zh.txt": QUAKE_ZH.format(km="190")})
    assert not flags(found)
    assert any({c.text for c in a.claims} == {"约190公里", "environ 190 km"} for a in rows)


# ------------------------------------------------------------ the unit as the frame

STORE_EN = """Orsk switches on its grid battery

The new battery at Orsk went into service on Friday. It stores 80 MWh, enough to supply
9,000 homes for an evening, the utility said.
"""
STORE_FR = """Orsk met en service sa batterie

La nouvelle batterie d'Orsk est entrée en service vendredi. Elle stocke 80 MWh, de quoi
alimenter 9 000 foyers pendant une soirée, selon l'exploitant.
"""
STORE_ES = """Orsk pone en marcha su batería

La nueva batería de Orsk entró en servicio el viernes. Almacena {mwh} MWh, suficiente
para abastecer 9.000 hogares durante una noche, según la compañía.
"""


def test_a_one_digit_energy_a_power_of_ten_off_keeps_its_row():
    # no measure word on any side: the unit (an energy, which few of a story's figures
    # are) is the frame, so "800 MWh" weighs as "80 MWh" would and is flagged
    texts = {"en.txt": STORE_EN, "fr.txt": STORE_FR, "es.txt": STORE_ES.format(mwh="800")}
    _, found = check(texts)
    assert flagged(found, "es.txt", "800 MWh", "80 MWh")


def test_the_energies_agree():
    texts = {"en.txt": STORE_EN, "fr.txt": STORE_FR, "es.txt": STORE_ES.format(mwh="80")}
    _, found = check(texts)
    assert not flags(found)


# ------------------------------------------------------------ an approximation, rounded

HEALTH_ZH = """临川省公布2025年预算

临川省财政厅公布的预算显示，今年全省卫生健康支出483.6亿元，比上年增长4.2%。
"""
HEALTH_ZH2 = """临川预算出炉

据临川省财政厅消息，今年全省在卫生健康方面安排{total}，多数用于基层医疗。
"""
HEALTH_EN = """Linchuan sets its 2025 budget

Linchuan province will spend 48.36 billion yuan on health this year, 4.2% more than last
year, the provincial finance department said.
"""


def test_an_approximation_a_power_of_ten_off_the_exact_figure_is_flagged():
    # "超4800亿元" (over 480 billion) for 483.6亿: the writer rounded the figure down to
    # "超480亿" and slipped a power of ten; rounded alike, the digits are the same
    texts = {"zh-a.txt": HEALTH_ZH, "zh-b.txt": HEALTH_ZH2.format(total="超4800亿元"),
             "en.txt": HEALTH_EN}
    _, found = check(texts)
    assert flagged(found, "zh-b.txt", "超4800亿元", "483.6亿元")


def test_the_rounded_approximation_agrees():
    texts = {"zh-a.txt": HEALTH_ZH, "zh-b.txt": HEALTH_ZH2.format(total="超480亿元"),
             "en.txt": HEALTH_EN}
    rows, found = check(texts)
    assert not flags(found)


# ------------------------------------------------------------ many versions against one

QUARTER = {
    "en.txt": """Norland: second-quarter figures

In the second quarter, growth came in at 2.6%, the statistics agency said on Friday.
Exports rose {x}% and imports 3.3%.
""",
    "fr.txt": """Norland : les chiffres du deuxième trimestre

Au deuxième trimestre, la croissance s'est établie à 2,6 %, a indiqué vendredi l'agence
statistique. Les exportations ont progressé de {x} % et les importations de 3,3 %.
""",
    "de.txt": """Norland: Zahlen zum zweiten Quartal

Im zweiten Quartal lag das Wachstum bei 2,6 Prozent, teilte das Statistikamt am Freitag
mit. Die Exporte stiegen um {x} Prozent, die Importe um 3,3 Prozent.
""",
    "es.txt": """Norland: cifras del segundo trimestre

En el segundo trimestre, el crecimiento fue del 2,6 %, informó el viernes la agencia de
estadística. Las exportaciones subieron un {x} % y las importaciones un 3,3 %.
""",
    "it.txt": """Norland: i dati del secondo trimestre

Le esportazioni sono salite del {x}% e le importazioni del 3,3%.
Nel secondo trimestre la crescita è stata del {growth}, ha reso noto venerdì l'istituto.
""",
}


def quarter(exports: str, growth: str) -> dict[str, str]:
    return {d: t.replace("{x}", exports.replace(",", ".") if d == "en.txt" else exports)
            .replace("{growth}", growth) for d, t in QUARTER.items()}


def test_a_two_figure_slip_against_four_agreeing_versions_is_flagged():
    # only the period and the kind of figure place the Italian growth: little to go on,
    # but four versions agree on 2.6 and "3,6%" is a wrong digit of it
    _, found = check(quarter("4,1", "3,6%"))
    assert flagged(found, "it.txt", "3,6%", "2.6%")


def test_a_figure_that_another_row_tells_is_not_flagged_as_a_slip():
    # "2,9%" is a digit off the growth, but it is the exports figure every version tells:
    # likelier that quantity read into the wrong row than a slip, so only noted
    _, found = check(quarter("2,9", "2,9%"))
    assert not flags(found)
    assert not flags(check(quarter("4,1", "2,6%"))[1])


# ------------------------------------------------------------ a tie between two figures

def test_a_tie_goes_to_the_figure_of_the_surer_mentions():
    from claimcheck.stories.agreement import judge, slip

    texts = {"en.txt": ("The plant will produce about 180,000 tonnes of hydrogen.", "en"),
             "fr.txt": ("L'usine produira quelque 180 000 tonnes d'hydrogène.", "fr"),
             "de.txt": ("Das Werk soll rund 810.000 Tonnen Wasserstoff erzeugen.", "de"),
             "pt.txt": ("O consórcio armazenará 1 milhão de toneladas no porto.", "pt")}
    claims = [next(c for c in extract(t, lang=lang, doc=d) if c.kind == "mass")
              for d, (t, lang) in texts.items()]
    order = {d: i for i, d in enumerate(texts)}
    # two documents for 180,000 t, two (the slip and a figure of another quantity that
    # joined on little evidence) for the 810,000-1,000,000 t overlap
    surer = judge(claims, order, confidences=[0.8, 0.8, 0.55, 0.5])
    good = claims[surer.majority]
    assert good.doc in ("en.txt", "fr.txt")
    assert {claims[i].doc for i in surer.outliers} == {"de.txt", "pt.txt"}
    assert slip(good, claims[2]) == "swapped digits"
    # the confidences only break the tie: without them, the exact figure wins it
    assert claims[judge(claims, order).majority].doc in ("de.txt", "pt.txt")

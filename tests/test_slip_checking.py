"""Slips that reach their row but were not flagged (issue 12): the check must name the slip
against the majority's statement it is a slip of, and judge it as such."""
from __future__ import annotations

from story_helpers import check, flags


def finding_of(findings, doc: str, text: str):
    """The failed finding of the ``agree`` rule that holds the mention ``text`` of ``doc``."""
    return next((f for f in findings if not f.passed and len(f.claims) > 1
                 and any(c.doc == doc and c.text == text for c in f.claims)), None)


def flagged(findings, doc: str, text: str, other: str) -> bool:
    """A flag holds the mention ``text`` of ``doc`` and a mention written ``other``."""
    return any(any(c.doc == doc and c.text == text for c in f.claims) and
               any(c.text == other for c in f.claims) for f in flags(findings))


# ------------------------------------------ a slip of the majority's other statement

EVAC_EN = """Brushfire near Calvera forces evacuations

More than 4,300 people were evacuated from villages around Calvera on Sunday as a brushfire
spread across the hills, regional authorities said.
"""
EVAC_ES = """Incendio cerca de Calvera obliga a evacuar

Más de 4.300 personas fueron evacuadas el domingo de las aldeas en torno a Calvera, mientras
el incendio avanzaba por los cerros, informaron las autoridades regionales.
"""
EVAC_PT = """Incêndio perto de Calvera obriga a retirar moradores

Mais de 4,3 mil pessoas foram retiradas no domingo das aldeias em torno de Calvera enquanto
o fogo avançava pelas colinas, segundo as autoridades regionais.
"""
EVAC_FR = """Incendie près de Calvera : des milliers d'évacués

Quelque 4 000 personnes ont été évacuées dimanche des villages autour de Calvera, alors que
le feu gagnait les collines, selon les autorités régionales.
"""
EVAC_ZH = """卡尔韦拉附近山火迫使居民撤离

地区当局称，周日山火在丘陵蔓延，卡尔韦拉周边村庄{figure}人被疏散。
"""


def test_a_bound_a_power_of_ten_off_the_other_bounds_is_named_so():
    # the majority's narrowest statement is "quelque 4 000"; the slip is of "more than 4,300"
    texts = {"en.txt": EVAC_EN, "es.txt": EVAC_ES, "pt.txt": EVAC_PT, "fr.txt": EVAC_FR,
             "zh.txt": EVAC_ZH.format(figure="超过43000")}
    _, found = check(texts)
    f = finding_of(found, "zh.txt", "超过43000")
    assert f is not None and f.pattern == "bounds a power of ten apart"
    assert flagged(found, "zh.txt", "超过43000", "More than 4,300")


def test_the_faithful_bound_agrees():
    texts = {"en.txt": EVAC_EN, "es.txt": EVAC_ES, "pt.txt": EVAC_PT, "fr.txt": EVAC_FR,
             "zh.txt": EVAC_ZH.format(figure="超过4300")}
    _, found = check(texts)
    assert not flags(found)
    assert finding_of(found, "zh.txt", "超过4300") is None



# ------------------------------------------ a conversion off the story's rate

PORTS_EN = """Talvera approves port and rail plan

Talvera's cabinet approved on Monday a plan of 58.4 billion pesos ($2.86 billion) to expand
the port of Santa Irene, the first part of a programme of transport works worth
212 billion pesos ($10.4 billion) to 2032. A rail link to the port will take 17.9 billion pesos ({rail})
of the first phase, the transport ministry said.
"""
PORTS_ES = """Talvera aprueba el plan de puertos y ferrocarril

El gabinete de Talvera aprobó el lunes un plan de 58.400 millones de pesos para ampliar el
puerto de Santa Irene, primera parte de un programa de obras de transporte de 212.000
millones de pesos hasta 2032. El enlace ferroviario costará 17.900 millones de pesos.
"""


def test_a_conversion_off_the_rate_of_the_others_is_flagged():
    texts = {"en.txt": PORTS_EN.format(rail="$8.77 billion"), "es.txt": PORTS_ES}
    _, found = check(texts)
    f = finding_of(found, "en.txt", "$8.77 billion")
    assert f is not None and f.severity == "warning"
    assert f.pattern == "decimal slip"
    assert {c.text for c in f.claims} >= {"17.9 billion pesos", "$8.77 billion",
                                          "$2.86 billion", "$10.4 billion"}


def test_conversions_at_one_rate_agree():
    texts = {"en.txt": PORTS_EN.format(rail="$877 million"), "es.txt": PORTS_ES}
    _, found = check(texts)
    assert not flags(found)


MINE_EN = """Karroo Minerals half-year profit falls

SYDNEY, Feb 20 (Wire) - Karroo Minerals said on Thursday its underlying profit for the six
months to Dec. 31 fell to A$3.84 billion (US$2.52 billion), as iron ore prices eased.
Revenue fell 6.2% to A$14.71 billion (US$9.65 {scale}).
"""
MINE_DE = """Karroo Minerals mit weniger Gewinn

Der australische Bergbaukonzern Karroo Minerals hat im Halbjahr bis Ende Dezember einen
bereinigten Gewinn von 3,84 Milliarden australischen Dollar erzielt. Der Umsatz sank um 6,2
Prozent auf 14,71 Milliarden australische Dollar.
"""


def test_two_conversions_a_power_of_ten_apart_in_rate_are_flagged():
    texts = {"en.txt": MINE_EN.format(scale="trillion"), "de.txt": MINE_DE}
    _, found = check(texts)
    f = finding_of(found, "en.txt", "US$9.65 trillion")
    assert f is not None and f.severity == "warning"
    assert f.pattern == "false friend of scale"
    assert {c.text for c in f.claims} >= {"A$14.71 billion", "US$2.52 billion"}


def test_two_conversions_at_one_rate_agree():
    texts = {"en.txt": MINE_EN.format(scale="billion"), "de.txt": MINE_DE}
    _, found = check(texts)
    assert not flags(found)


# ------------------------------------------ one conversion, outside its currencies' bands

FLOOD_ZH = """洛川县获中央救灾资金支持

记者从洛川县应急管理局获悉，中央财政已下拨救灾资金3000万元，用于受灾群众转移安置和道路抢修。
"""
FLOOD_JA = """洛川県に中央政府が救援資金

中国の洛川県によると、中央財政は災害救援資金3000万元（約{yen}円）を拠出し、被災者の避難と道路の復旧に充てる。
"""


def test_a_lone_conversion_outside_the_currencies_bands_is_flagged():
    texts = {"zh.txt": FLOOD_ZH, "ja.txt": FLOOD_JA.format(yen="60億")}
    _, found = check(texts)
    f = finding_of(found, "ja.txt", "約60億円")
    assert f is not None and f.severity == "warning"
    assert "200 JPY per CNY" in f.message


def test_a_lone_conversion_inside_the_bands_agrees():
    texts = {"zh.txt": FLOOD_ZH, "ja.txt": FLOOD_JA.format(yen="6億")}
    _, found = check(texts)
    assert not flags(found)


def test_the_bands_file_is_checked_when_it_loads(tmp_path):
    from claimcheck.stories.currency_bands import Bands, BandsError, default_bands

    assert default_bands().rate_range("CNY", "JPY")[0] > 10
    bad = tmp_path / "bands.yaml"
    bad.write_text("since: 2010\nbands:\n  USD: [1, 1]\n  yen: [75, 162]\n", encoding="utf-8")
    try:
        Bands.load(bad)
    except BandsError as exc:
        assert f"{bad}:4:" in str(exc) and "'yen'" in str(exc)
    else:
        raise AssertionError("a bad currency code loaded")
    bad.write_text("since: 2010\nbands:\n  USD: [1, 1]\n  JPY: [162, 75]\n", encoding="utf-8")
    try:
        Bands.load(bad)
    except BandsError as exc:
        assert f"{bad}:4:" in str(exc)
    else:
        raise AssertionError("a band whose low is above its high loaded")


# ------------------------------------------ a slip of what three versions agree on, weak clues

PAY_ES = """Acuerdo con los docentes de Arlanza

La consejería y los sindicatos firmaron el martes un acuerdo que eleva un 5,5% el sueldo de los
docentes en tres años. El pacto incluye además un complemento de 140 euros al mes para los
profesores interinos.
"""
PAY_FR = """Accord avec les enseignants d'Arlanza

Le département et les syndicats ont signé mardi un accord qui relève de 5,5 % le salaire des
enseignants en trois ans. Les enseignants contractuels toucheront en outre
un complément de 140 euros par mois. L'accord concerne quelque 31 000 enseignants.
"""
PAY_IT = """Accordo con i docenti di Arlanza

L'assessorato e i sindacati hanno firmato martedì un accordo che aumenta del 5,5% gli stipendi
dei docenti in tre anni. I supplenti riceveranno un'integrazione di 140 euro al mese. L'intesa
riguarda circa 31.000 docenti.
"""
# the Portuguese version tells its figures in another order: its supplement joins the row on
# little evidence (the figure's place and its unit)
PAY_PT = """Acordo com os professores de Arlanza

O acordo beneficia cerca de 31 mil professores e prevê uma subida de 5,5% dos salários em três
anos. Os professores temporários terão um complemento de {figure} euros por mês.
"""


def test_a_slip_of_what_three_versions_agree_on_is_a_warning_on_weak_clues():
    texts = {"es.txt": PAY_ES, "fr.txt": PAY_FR, "it.txt": PAY_IT,
             "pt.txt": PAY_PT.format(figure="410")}
    _, found = check(texts)
    f = finding_of(found, "pt.txt", "410 euros por mês")
    assert f is not None and f.pattern == "swapped digits"
    assert f.severity == "warning"
    assert {c.doc for c in f.claims} == {"es.txt", "fr.txt", "it.txt", "pt.txt"}


def test_the_faithful_supplement_agrees():
    texts = {"es.txt": PAY_ES, "fr.txt": PAY_FR, "it.txt": PAY_IT,
             "pt.txt": PAY_PT.format(figure="140")}
    _, found = check(texts)
    assert not flags(found)

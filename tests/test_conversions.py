"""An amount and its conversion in brackets ("an 8.4 billion euro ($9.1 billion) project")
are one quantity: the conversion joins the row of the amount it converts, and is never
compared with it (stories/conversions.py)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.agreement import judge
from claimcheck.stories.align import align_story

STORY = {
    "en.txt": "Iberian and Brazilian firms sign offshore wind deal\n\nLISBON, May 6 (Wire) - "
              "Three utilities signed an agreement on Tuesday for a {en} euro ($9.1 billion) "
              "offshore wind project off the coast of Ceará. The wind farm will have 2.4 "
              "gigawatts of capacity.\n",
    "pt.txt": "Acordo prevê parque eólico no mar do Ceará\n\nLisboa - Três empresas assinaram "
              "nesta terça-feira um acordo para um parque eólico marítimo com investimento de "
              "R$ 52,1 bilhões (8,4 bilhões de euros) no litoral do Ceará. O parque terá "
              "2,4 gigawatts de capacidade.\n",
    "fr.txt": "Accord pour un parc éolien en mer au large du Ceará\n\nLisbonne, 6 mai - Trois "
              "énergéticiens ont signé mardi un accord pour un parc éolien en mer de 8,4 "
              "milliards d'euros au large du Ceará. Le parc aura une capacité de 2,4 "
              "gigawatts.\n",
    "de.txt": "Offshore-Windpark vor Ceará vereinbart\n\nLissabon - Drei Versorger haben am "
              "Dienstag einen Vertrag über einen Offshore-Windpark für 8,4 Milliarden Euro vor "
              "der Küste von Ceará unterzeichnet. Der Park soll 2,4 Gigawatt leisten.\n",
}


def align(texts: dict[str, str]):
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def rows(en: str = "8.4 billion"):
    return align({d: t.format(en=en) if d == "en.txt" else t for d, t in STORY.items()})


def row_with(found, doc: str, text: str):
    return next((a for a in found
                 if any(c.doc == doc and c.text == text for c in a.claims)), None)


def test_conversions_join_the_row_of_the_amount_they_convert():
    found = rows()
    row = row_with(found, "fr.txt", "8,4 milliards d'euros")
    texts = {(c.doc, c.text) for c in row.claims}
    assert ("en.txt", "$9.1 billion") in texts
    assert ("pt.txt", "R$ 52,1 bilhões") in texts and ("pt.txt", "8,4 bilhões de euros") in texts
    assert "an amount and its conversion in brackets" in row.reason
    verdict = judge(list(row.claims))
    assert verdict.agree
    # the dollars and the reais are shown with the quantity, not compared with the euros
    assert {c.unit for c, g in zip(row.claims, verdict.groups) if g == -1} == {"USD", "BRL"}


def test_an_amount_is_never_compared_with_its_own_conversion():
    found = rows(en="9.4 billion")
    row = row_with(found, "en.txt", "$9.1 billion")
    assert row is not None and ("en.txt", "9.4 billion euro") in {
        (c.doc, c.text) for c in row.claims}
    verdict = judge(list(row.claims))
    assert not any(row.claims[i].unit == "USD" for i in verdict.outliers)
    assert [g for c, g in zip(row.claims, verdict.groups) if c.unit == "USD"] == [-1]


def test_a_bracket_in_the_same_currency_is_no_conversion():
    from claimcheck.stories.conversions import _is_conversion
    from claimcheck.stories.mentions import mentions_of

    text = ("The group spent 8.4 billion euros (7.9 billion euros a year earlier) on new "
            "plants and 2.1 billion euros (about $2.3 billion) on grids.")
    ms = mentions_of("en.txt", tuple(extract(text, doc="en.txt")), text)
    pairs = [(a.claim.text, b.claim.text) for a, b in zip(ms, ms[1:]) if _is_conversion(a, b)]
    assert pairs == [("2.1 billion euros", "about $2.3 billion")]


# Two versions convert the same dollar amount into euros: their conversions group with each
# other first, and that row of conversions joins the amount's row with both of them.
SALE = {
    "en.txt": "Lindqvist portrait sells in London\n\nLONDON (Wire) - A 1921 portrait by Ada "
              "Lindqvist sold for $51.8 million at Marlowe's on Wednesday, fees included.\n",
    "fr.txt": "Un portrait de Lindqvist adjugé à Londres\n\nUn portrait de 1921 d'Ada Lindqvist "
              "a été vendu mercredi {fr} millions de dollars (44,6 millions d'euros) chez "
              "Marlowe's, frais compris.\n",
    "de.txt": "Lindqvist-Porträt in London versteigert\n\nEin Porträt von Ada Lindqvist aus dem "
              "Jahr 1921 ist am Mittwoch bei Marlowe's für 51,8 Millionen Dollar (rund 44,6 "
              "Millionen Euro) einschließlich Aufgeld versteigert worden.\n",
}


def sale_rows(fr: str = "51,8"):
    return align({d: t.format(fr=fr) if d == "fr.txt" else t for d, t in SALE.items()})


def test_every_versions_conversion_joins_the_amounts_row():
    row = row_with(sale_rows(), "en.txt", "$51.8 million")
    texts = {(c.doc, c.text) for c in row.claims}
    assert {("fr.txt", "44,6 millions d'euros"), ("de.txt", "rund 44,6 Millionen Euro"),
            ("fr.txt", "51,8 millions de dollars"), ("de.txt", "51,8 Millionen Dollar")} <= texts


def test_a_slip_in_the_amount_is_judged_beside_the_conversions():
    found = sale_rows(fr="5,18")
    row = row_with(found, "en.txt", "$51.8 million")
    assert any(c.text == "5,18 millions de dollars" for c in row.claims)
    verdict = judge(list(row.claims))
    assert [row.claims[i].text for i in verdict.outliers] == ["5,18 millions de dollars"]


# Conversions written without a bracket, after a word of the language's ``conversions``
# data (text written for this test).
def _gap(gap, lang, second):
    from claimcheck.stories.conversions import _converting_gap
    return _converting_gap(gap, lang, second)


def test_conversion_words_mark_a_conversion_without_a_bracket():
    assert _gap(", or about ", "en", "€4.8 billion")
    assert _gap(" on Thursday, or ", "en", "€119 million")
    assert _gap(", soit environ ", "fr", "1,55 milliard d'euros")
    assert _gap(" (umgerechnet rund ", "de", "1,55 Milliarden Euro")
    assert _gap("（含佣金）成交，约合", "zh", "人民币9.98亿元")
    assert _gap("、日本円で約", "ja", "213億円")
    # the word read as the second figure's qualifier
    assert _gap(", ", "es", "unos 197.000 millones de dólares")


def test_other_words_between_two_currencies_are_no_conversion():
    assert not _gap(" in America or ", "en", "€3 billion")    # no comma: alternatives
    assert not _gap(", of which ", "en", "$2 billion")
    assert not _gap(" over ", "en", "$197 billion")              # "o"/"or" is not "over"
    assert not _gap(", ", "en", "€4 billion")
    assert not _gap(" contre ", "fr", "4 milliards d'euros")
    assert not _gap(", " + "x" * 70 + ", or ", "en", "€4 billion")   # too far


ZH_SALE = ("瑞典画家林德奎斯特肖像画在伦敦拍出5180万美元\n\n新华社伦敦电 瑞典女画家阿达·林德奎斯特"
           "1921年创作的一幅肖像画11日在伦敦马洛拍卖行以5180万美元（含佣金）成交，约合人民币3.73亿元。\n")
EN_SALE = ("Lindqvist portrait sells for $51.8 million\n\nLONDON (Wire) - A 1921 portrait by Ada "
           "Lindqvist sold for $51.8 million at Marlowe's on Wednesday, fees included, or "
           "about 373 million yuan.\n")
FR_SALE2 = ("Un portrait de Lindqvist adjugé 51,8 millions de dollars\n\nUn portrait d'Ada "
            "Lindqvist a été vendu mercredi 51,8 millions de dollars chez Marlowe's, soit "
            "environ 373 millions de yuans.\n")


def test_unbracketed_conversions_join_the_amounts_row_and_are_not_compared():
    found = align({"zh.txt": ZH_SALE, "en.txt": EN_SALE, "fr.txt": FR_SALE2})
    row = row_with(found, "en.txt", "$51.8 million")
    got = {(c.doc, c.text) for c in row.claims}
    assert {("zh.txt", "人民币3.73亿元"), ("en.txt", "about 373 million yuan"),
            ("zh.txt", "5180万美元"), ("fr.txt", "environ 373 millions de yuans")} <= got, got
    assert judge(list(row.claims)).agree


# A headline may tell the converted figure of its own body ("... Tops Spring Festival With
# $96 Million" over "earned RMB690 million ($96 million)"): the dollars of the headline and of
# every version's bracket are one row of their own, which joins the yuan's row, headline
# included, since the headline's version converts the amount itself.
BOX_OFFICE = {
    "en.txt": "China Box Office: 'Harbour Lights' Tops Spring Festival With $96 Million\n\n"
              "Family drama 'Harbour Lights' earned RMB690 million ($96 million) over the "
              "eight-day Spring Festival holiday, according to ticketing data.\n",
    "es.txt": "'Harbour Lights' lidera la taquilla china\n\nPekín - El drama familiar "
              "'Harbour Lights' recaudó 690 millones de yuanes (96 millones de dólares) durante "
              "los ocho días de vacaciones de la Fiesta de la Primavera.\n",
    "fr.txt": "« Harbour Lights » en tête du box-office chinois\n\nPékin - Le drame familial "
              "« Harbour Lights » a rapporté {fr} millions de yuans (96 millions de dollars) "
              "pendant les huit jours de congés de la fête du Printemps.\n",
    "zh.txt": "春节档电影《海港之光》领跑\n\n据票务平台数据，家庭片《海港之光》在8天春节假期中以6.9亿元"
              "票房位居第一。\n",
}


def _box_office(fr: str = "690"):
    return align({d: t.format(fr=fr) if d == "fr.txt" else t for d, t in BOX_OFFICE.items()})


def test_a_headline_telling_the_conversion_joins_with_it():
    row = row_with(_box_office(), "zh.txt", "6.9亿元")
    texts = {(c.doc, c.text) for c in row.claims}
    assert {("en.txt", "$96 Million"), ("en.txt", "$96 million"),
            ("es.txt", "96 millones de dólares"), ("fr.txt", "96 millions de dollars"),
            ("en.txt", "RMB690 million")} <= texts
    verdict = judge(list(row.claims))
    assert verdict.agree


def test_a_headline_conversion_joins_when_a_version_slips_the_amount():
    # the French yuan figure ten times too small still has its dollars in the row, and the
    # slip is the one outlier
    row = row_with(_box_office(fr="69"), "zh.txt", "6.9亿元")
    texts = {(c.doc, c.text) for c in row.claims}
    assert ("en.txt", "$96 Million") in texts and ("fr.txt", "69 millions de yuans") in texts
    verdict = judge(list(row.claims))
    assert [row.claims[i].text for i in verdict.outliers] == ["69 millions de yuans"]


# The headline tells the converted figure, and the amount's frame names its measure: the
# headline, grouped first with another row of the same measure, still follows its version's
# conversion.
CELLS = {
    "fr.txt": "Kestrel investit 1,3 milliard d'euros dans une usine de cellules en Chine\n\n"
              "Le groupe Kestrel va investir 10,2 milliards de yuans (1,3 milliard d'euros) "
              "dans une usine de cellules à Nanyang. La première phase coûtera 3,8 milliards "
              "de yuans.\n",
    "en.txt": "Kestrel to build cell plant in Nanyang\n\nKestrel will invest 10.2 billion yuan "
              "($1.4 billion) in a cell plant in Nanyang. The first phase will cost 3.8 "
              "billion yuan.\n",
    "zh.txt": "南阳电池项目签约\n\n项目计划总投资102亿元，其中一期投资38亿元。\n",
}


def test_a_headline_follows_its_version_s_conversion():
    found = align(CELLS)
    row = row_with(found, "fr.txt", "10,2 milliards de yuans")
    assert sum(1 for c in row.claims if c.text == "1,3 milliard d'euros") == 2


def test_a_headline_grouped_elsewhere_moves_to_its_conversion_s_row():
    # the earlier stages put the French headline's euros with the first phase's yuan (one
    # measure in another currency): its own version's conversion says where it belongs
    from claimcheck.stories.clustering import Cluster
    from claimcheck.stories.conversions import join_conversions
    from claimcheck.stories.mentions import mentions_of

    ms = {d: mentions_of(d, tuple(extract(t, doc=d)), t) for d, t in CELLS.items()}
    by = {(m.doc, m.claim.text, m.headline): m for d in ms for m in ms[d]}
    head = by[("fr.txt", "1,3 milliard d'euros", True)]
    amount = by[("fr.txt", "10,2 milliards de yuans", False)]
    bracket = by[("fr.txt", "1,3 milliard d'euros", False)]
    total = Cluster([amount, bracket, by[("en.txt", "10.2 billion yuan", False)],
                     by[("zh.txt", "102亿元", False)]], [0.8] * 4, [])
    phase = Cluster([head, by[("zh.txt", "38亿元", False)], by[("en.txt", "3.8 billion yuan",
                                                                 False)]], [0.6] * 3, [])
    rest = [Cluster([m], [1.0], []) for d in ms for m in ms[d]
            if not any(m is x for x in total.members + phase.members)]
    join_conversions([total, phase] + rest, [m for d in ms for m in ms[d]])
    assert any(m is head for m in total.members)
    assert not any(m is head for m in phase.members)
    assert len(phase.members) == 2                    # the first phase's yuan stay together

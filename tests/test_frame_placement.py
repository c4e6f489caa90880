"""A slipped figure keeps its row whatever its value (issue 12): what places a mention is
its frame, never the agreement of its figure. A lone mention is placed where its frame
alone puts it (stories/frames_place.py), the frame evidence of a mention does not depend
on its figure (identity.frame_evidence), and a zero swapped with its neighbour is still a
digit swap (identity.kinship)."""
from __future__ import annotations

import pytest

from story_helpers import check, flags, mention

from claimcheck.extraction import default_lexicon
from claimcheck.stories import align as align_module
from claimcheck.stories.frames_place import PLACED_BY_FRAME
from claimcheck.stories.identity import evidence, frame_evidence, kinship

# ------------------------------------------------------------ a lone slip placed by its frame

PAY_EN = """Nurses in Corvalia win a 7.2% pay rise over three years

The health ministry of Corvalia and the nurses' unions signed an agreement on Monday that
raises the pay of public hospital nurses by 7.2% over three years, with 3.1% in 2026.
Night-shift nurses will receive an extra 95 euros a month. The deal covers some 410,000
nurses and will cost 2.3 billion euros over three years. The last rise, agreed in 2022,
was 4%.
"""
PAY_ES = """Las enfermeras de Corvalia logran una subida del 7,2 %

El Ministerio de Sanidad de Corvalia y los sindicatos de enfermería firmaron el lunes un
acuerdo que eleva un 7,2 % el sueldo de las enfermeras de los hospitales públicos en tres
años, con un 3,1 % en 2026. Las enfermeras del turno de noche recibirán un complemento de
95 euros al mes.

La medida beneficiará a unas 410.000 enfermeras y costará 2.300 millones de euros en tres
años. {last}
"""
PAY_FR = """Corvalia : les infirmières obtiennent une hausse de 7,2 %

Le ministère de la Santé de Corvalia et les syndicats d'infirmières ont signé lundi un
accord qui relève de 7,2 % le salaire des infirmières des hôpitaux publics sur trois ans,
dont 3,1 % en 2026. Les infirmières de nuit recevront un complément de 95 euros par mois.
L'accord concerne quelque 410 000 infirmières et coûtera 2,3 milliards d'euros sur trois
ans. La dernière hausse, en 2022, était de 4 %.
"""
LAST_ES = "La última subida, aprobada en 2022, fue del {figure}."


def _pay(last_es: str):
    return check({"en.txt": PAY_EN, "es.txt": PAY_ES.format(last=last_es), "fr.txt": PAY_FR})


def _row_of(rows, doc: str, text: str):
    return next((a for a in rows if any(c.doc == doc and c.text == text for c in a.claims)),
                None)


def test_a_wrong_digit_left_alone_is_placed_by_its_period_and_flagged():
    # "4 %" written "5 %": one digit of a one-digit figure, which says nothing by itself;
    # the year 2022 and the kind of figure place it with the other versions' 4 %
    rows, found = _pay(LAST_ES.format(figure="5 %"))
    row = _row_of(rows, "es.txt", "5 %")
    assert row is not None and PLACED_BY_FRAME in row.reason
    assert {(c.doc, c.text) for c in row.claims} == {
        ("en.txt", "4%"), ("es.txt", "5 %"), ("fr.txt", "4 %")}
    flag = next(f for f in flags(found) if any(c.text == "5 %" for c in f.claims))
    assert flag.severity == "warning"        # placed by its frame alone: never an error
    assert "es: 5 %" in flag.message and "en, fr: 4%" in flag.message


def test_without_the_frame_pass_the_slip_stays_alone(monkeypatch):
    # the same story with the pass left out: the slipped figure is in no row, never compared
    monkeypatch.setattr(align_module, "place_by_frame", lambda rows, mentions, lexicon: rows)
    rows, found = _pay(LAST_ES.format(figure="5 %"))
    assert _row_of(rows, "es.txt", "5 %") is None
    assert not any(c.text == "5 %" for f in flags(found) for c in f.claims)


def test_the_faithful_figure_agrees_and_nothing_is_flagged():
    rows, found = _pay(LAST_ES.format(figure="4 %"))
    row = _row_of(rows, "es.txt", "4 %")
    assert {c.doc for c in row.claims} == {"en.txt", "es.txt", "fr.txt"}
    assert not flags(found)


def test_a_figure_of_another_quantity_is_not_placed_in_the_vacant_row():
    # the Spanish version tells no earlier rise but the unions' share of the staff: no
    # period, no measure in common with the 2022 row, so it stays out of it
    rows, found = _pay("Los sindicatos firmantes representan al 68 % de la plantilla.")
    assert _row_of(rows, "es.txt", "68 %") is None
    row = _row_of(rows, "en.txt", "4%")
    assert {c.doc for c in row.claims} == {"en.txt", "fr.txt"}
    assert not flags(found)


# ------------------------------------------------------------ frame evidence and the value

DEAL_EN = """Harlow Foods to buy Pennick Dairies

Harlow Foods agreed on Tuesday to buy Pennick Dairies for {figure}, the biggest
takeover in the sector this year.
"""
DEAL_DE = """Harlow Foods übernimmt Pennick Dairies

Harlow Foods übernimmt für 1,8 Milliarden Euro den Molkereikonzern Pennick Dairies, wie
das Unternehmen am Dienstag mitteilte.
"""


@pytest.mark.parametrize("figure", ["€1.8 million", "€1,800 billion", "€2.9 billion",
                                    "€7.4 billion"])
def test_the_frame_evidence_of_a_slipped_figure_is_that_of_the_faithful_one(figure):
    # a thousand times off, or no typical slip at all: the frame evidence is the same
    lex = default_lexicon()
    good = mention("de.txt", "de", DEAL_DE, "1,8 Milliarden Euro")
    faithful = mention("en.txt", "en", DEAL_EN.format(figure="€1.8 billion"), "€1.8 billion")
    slipped = mention("en.txt", "en", DEAL_EN.format(figure=figure), figure)
    want = frame_evidence(faithful, good, lex)
    got = frame_evidence(slipped, good, lex)
    assert want is not None and got is not None
    assert (got.score, got.confidence, got.frame) == (want.score, want.confidence, want.frame)


def test_the_evidence_of_the_figures_as_written_still_weighs_a_wild_figure_less():
    lex = default_lexicon()
    good = mention("de.txt", "de", DEAL_DE, "1,8 Milliarden Euro")
    wild = mention("en.txt", "en", DEAL_EN.format(figure="€2.9 billion"), "€2.9 billion")
    assert evidence(wild, good, lex).score < frame_evidence(wild, good, lex).score


def test_the_frame_evidence_keeps_a_veto_of_the_frame():
    # two different years rule the pair out, whatever the figure
    lex = default_lexicon()
    a = mention("en.txt", "en", "Exports grew 4.1% in 2023, the ministry said.", "4.1%")
    b = mention("fr.txt", "fr", "Les exportations ont progressé de 4,1 % en 2024.", "4,1 %")
    assert evidence(a, b, lex) is None
    assert frame_evidence(a, b, lex) is None


# ------------------------------------------------------------ a zero swapped with its neighbour

RATE_EN = """Bank of Estrava raises rates

The Bank of Estrava raised its main refinancing rate to {main} on Thursday. The deposit
facility rate goes to 4.75%, the bank said.
"""
RATE_FR = """La Banque d'Estrava relève ses taux

La Banque d'Estrava a relevé jeudi son principal taux de refinancement à 4,50 %. Le taux
de la facilité de dépôt passe à 4,75 %, a précisé la banque.
"""
RATE_ES = """El Banco de Estrava sube los tipos

El Banco de Estrava elevó el jueves su principal tipo de refinanciación al 4,50 %. El tipo
de la facilidad de depósito pasa al 4,75 %, según la entidad.
"""


def test_a_zero_swapped_with_its_neighbour_is_a_digit_swap():
    a = mention("en.txt", "en", RATE_EN.format(main="4.05%"), "4.05%")
    b = mention("fr.txt", "fr", RATE_FR, "4,50 %")
    assert kinship(a, b)[1] == "digits swapped"
    c = mention("en.txt", "en", "The plant employs 1,080 people.", "1,080")
    d = mention("fr.txt", "fr", "L'usine emploie 1 800 personnes.", "1 800")
    assert kinship(c, d)[1] == "digits swapped"
    # a zero moved elsewhere is no swap of neighbours
    e = mention("en.txt", "en", "The plant employs 1,008 people.", "1,008")
    assert kinship(e, d)[0] == 0.0


def test_a_rate_whose_zero_slipped_stays_with_its_rate_and_is_flagged():
    texts = {"en.txt": RATE_EN.format(main="4.05%"), "fr.txt": RATE_FR, "es.txt": RATE_ES}
    rows, found = check(texts)
    row = _row_of(rows, "en.txt", "4.05%")
    assert row is not None
    assert {(c.doc, c.text) for c in row.claims} >= {("fr.txt", "4,50 %"), ("es.txt", "4,50 %")}
    assert not any(c.text in ("4.75%", "4,75 %") for c in row.claims)
    assert any(any(c.text == "4.05%" for c in f.claims) and "swapped digits" in f.message
               for f in flags(found))


def test_a_figure_ten_times_another_is_no_digit_slip_of_it():
    # 945,700 vehicles built in a quarter against 9.45 million for the year: the year's
    # digits rounded to the quarter's length read 945 against 946, but the two figures are
    # ten times apart, and a digit slip that keeps the leading digit keeps the size
    a = mention("en.txt", "en", "The group built 945,700 vehicles in the quarter.", "945,700")
    b = mention("ja.txt", "ja", "通年の生産台数は945万台を見込む。", "945万")
    assert kinship(a, b) == (0.0, "")
    assert kinship(a, b, framed=True) == (0.0, "")
    # the same figure a digit off, in its place, is still a slip
    c = mention("fr.txt", "fr", "Le groupe a produit 845 700 véhicules au trimestre.", "845 700")
    assert kinship(a, c)[1] == "one digit apart"
    # and so is a leading digit changed
    d = mention("pt-BR.txt", "pt", "São Paulo teve 2,9 milhões de clientes sem luz.",
                "2,9 milhões")
    e = mention("en.txt", "en", "Sao Paulo had 1.9 million customers without power.",
                "1.9 million")
    assert kinship(d, e)[1] == "one digit apart"

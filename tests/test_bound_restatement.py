"""Within one document, a loose bound in the body ("up to 6,000 indirect jobs") is no
restatement of the headline's figure ("creating 2,400 jobs"); a bound near the figure
("超200亿元" beside 204.5亿元) still is (stories/clustering.py)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.align import align_story


def rows(texts: dict[str, str]):
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def row_with(found, doc: str, text: str):
    return next(a for a in found if any(c.doc == doc and c.text == text for c in a.claims))


PLANT = {
    "a.txt": "Halden Motors to build battery plant near Orrin, creating 2,400 jobs\n\nORRIN, "
             "April 2 (Wire) - Halden Motors will build a battery plant on a 150-hectare site "
             "outside Orrin, the company said on Wednesday. The plant will employ 2,400 people "
             "when it reaches full output in 2028. Suppliers expected to settle nearby could "
             "support up to 6,000 indirect jobs, the regional government said.\n",
    "b.txt": "Halden Motors plans Orrin battery plant with 2,400 jobs\n\nORRIN, April 2 (Wire) "
             "- Halden Motors will build a battery plant on a 150-hectare site outside Orrin, "
             "the company said on Wednesday. The plant will employ 2,400 people at full output "
             "in 2028, and suppliers could support up to 6,000 indirect jobs nearby.\n",
    "c.txt": "Halden Motors va construire une usine de batteries près d'Orrin\n\nORRIN, 2 avril "
             "(Agence) - Le constructeur Halden Motors construira une usine de batteries sur un "
             "terrain de 150 hectares près d'Orrin. L'usine emploiera 2 400 personnes à pleine "
             "capacité en 2028 et pourrait faire vivre jusqu'à 6 000 emplois indirects chez les "
             "fournisseurs.\n",
}


def test_a_body_s_loose_bound_does_not_restate_the_headline_s_figure():
    found = rows(PLANT)
    indirect = row_with(found, "a.txt", "up to 6,000")
    assert {c.text for c in indirect.claims} == {"up to 6,000", "jusqu'à 6 000"}
    assert len(indirect.claims) == 3
    headline = row_with(found, "a.txt", "2,400")
    assert "up to 6,000" not in {c.text for c in headline.claims}


PARK = {
    "zh.txt": "临江产业园签约15个项目\n\n本报讯 临江产业园昨日集中签约15个重点项目，"
              "总投资逾120亿元，涵盖新能源、生物医药等领域。据介绍，此次签约项目计划总投资"
              "126.4亿元，预计年产值可达300亿元。\n",
    "en.txt": "Linjiang industrial park signs 15 projects\n\nLinjiang industrial park on Monday "
              "signed 15 key projects with a planned total investment of 12.64 billion yuan, "
              "covering new energy and biomedicine.\n",
}


def test_a_body_s_bound_near_the_figure_still_restates_it():
    found = rows(PARK)
    row = row_with(found, "zh.txt", "126.4亿元")
    assert {c.text for c in row.claims} >= {"逾120亿元", "126.4亿元", "12.64 billion yuan"}

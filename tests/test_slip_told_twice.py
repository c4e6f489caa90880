"""A version that tells one quantity twice and slips in one of the two statements (issue 12):
the slipped statement stays in the row of its quantity beside its faithful twin, so the
document's disagreement with itself and with the other versions is flagged, however far
into the body the slip stands. Short figures of one measure a digit apart stay two
quantities of their document."""
from __future__ import annotations

from story_helpers import check, flags


def flagged(findings, doc: str, text: str, other: str) -> bool:
    """A flag holds the mention ``text`` of ``doc`` and a mention written ``other``."""
    return any(any(c.doc == doc and c.text == text for c in f.claims) and
               any(c.text == other for c in f.claims) for f in flags(findings))


PLANT_EN = """Heskel to build battery plant in Lorraine

The Swedish battery maker Heskel will invest 1.55 billion euros in a cell factory near
Metz, the company said on Monday, its first plant outside the Nordic countries.

Production is due to start in 2028 with a capacity of 16 gigawatt hours a year, enough
for about 250,000 electric cars. The regional council will train local workers.

Heskel said the plant would employ 1,200 people at full capacity. The group did not say
how the investment of 1.55 billion euros would be financed.
"""
PLANT_DE = """Heskel baut Batteriewerk in Lothringen

Der schwedische Batteriehersteller Heskel investiert 1,55 Milliarden Euro in eine
Zellfabrik bei Metz, wie das Unternehmen am Montag mitteilte.

Die Produktion soll 2028 mit einer Kapazität von 16 Gigawattstunden pro Jahr beginnen,
genug für rund 250.000 Elektroautos. Das Werk soll 1.200 Menschen beschäftigen.
"""
PLANT_FR = """Heskel construira une usine de batteries en Lorraine

Le fabricant suédois de batteries Heskel a choisi la Moselle pour sa première usine hors
des pays nordiques, a annoncé l'entreprise lundi, au terme de deux ans de recherches et
d'une mise en concurrence avec des sites en Espagne et en Pologne.

Le groupe va investir 1,55 milliard d'euros dans cette usine de cellules près de Metz.
La production doit démarrer en 2028 avec une capacité de 16 gigawattheures par an, de
quoi équiper environ 250 000 voitures électriques. La région formera la main-d'œuvre.

L'usine emploiera 1 200 personnes à pleine capacité. Le groupe n'a pas précisé comment
l'investissement de {body} serait financé.
"""


def test_a_body_restatement_a_power_of_ten_off_is_flagged():
    texts = {"en.txt": PLANT_EN, "de.txt": PLANT_DE,
             "fr.txt": PLANT_FR.format(body="15,5 milliards d'euros")}
    rows, found = check(texts)
    row = next(a for a in rows if any(c.text == "15,5 milliards d'euros" for c in a.claims))
    assert {c.text for c in row.claims if c.doc == "fr.txt"} == {
        "1,55 milliard d'euros", "15,5 milliards d'euros"}
    assert flagged(found, "fr.txt", "15,5 milliards d'euros", "1.55 billion euros")


def test_the_faithful_restatement_agrees():
    texts = {"en.txt": PLANT_EN, "de.txt": PLANT_DE,
             "fr.txt": PLANT_FR.format(body="1,55 milliard d'euros")}
    rows, found = check(texts)
    assert not flags(found)
    row = next(a for a in rows if any(c.text == "1,55 Milliarden Euro" for c in a.claims))
    assert sum(c.doc == "fr.txt" for c in row.claims) == 2


PROJECTS_ZH = """新区签约一批重点项目

本次大会共签约项目72个，其中外资项目41个，内资项目31个，总投资超过300亿元。
新区管委会表示，外资项目主要集中在新能源汽车和半导体领域。

另据介绍，今年以来新区已落地外资项目41个，内资项目31个。
"""
PROJECTS_EN = """New district signs 72 projects

The district signed 72 projects at the fair, 41 of them foreign-funded and 31 domestic,
with total investment of more than 30 billion yuan.
"""


def test_two_short_counts_of_one_measure_a_digit_apart_stay_two_quantities():
    rows, found = check({"zh.txt": PROJECTS_ZH, "en.txt": PROJECTS_EN})
    assert not flags(found)
    for row in rows:
        figures = {c.value for c in row.claims if c.doc == "zh.txt"}
        assert len(figures) <= 1, row

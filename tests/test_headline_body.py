"""A headline and its body that name one measure tell its figure twice: a headline's bound
that its body's figure contradicts is compared with it (stories/identity.py)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.agreement import judge, slip
from claimcheck.stories.align import align_story

FR = """Chine : Linmao Appliances dépasse les {head} milliards de yuans de bénéfice net

SHANGHAI, 27 mars 2025 (Agence) – Le fabricant chinois d'électroménager Linmao Appliances a annoncé jeudi un bénéfice net annuel de 5,46 milliards de yuans pour 2024, en hausse de 18,2 % sur un an, pour un chiffre d'affaires de 61,3 milliards de yuans.
"""
EN = """Linmao Appliances 2024 net profit up 18.2%

SHANGHAI, March 27 (Wire) – Chinese appliance maker Linmao Appliances reported on Thursday a 2024 net profit of 5.46 billion yuan, up 18.2% from a year earlier, on revenue of 61.3 billion yuan.
"""


def rows(head: str):
    texts = {"fr.txt": FR.format(head=head), "en.txt": EN}
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def profit_row(found):
    return next(a for a in found if any(c.doc == "en.txt" and c.text == "5.46 billion yuan"
                                        for c in a.claims))


def test_a_headline_bound_its_body_contradicts_is_in_the_row_and_an_outlier():
    row = profit_row(rows("6"))
    texts = [c.text for c in row.claims]
    assert "dépasse les 6 milliards de yuans" in texts
    claims = list(row.claims)
    verdict = judge(claims)
    (i,) = verdict.outliers
    assert claims[i].text == "dépasse les 6 milliards de yuans"
    good = claims[verdict.majority]
    assert slip(good, claims[i], same_doc=True, bad_in_lead=True) == "headline contradicts body"


def test_a_headline_bound_that_agrees_bridges_its_body():
    row = profit_row(rows("5"))
    assert "dépasse les 5 milliards de yuans" in [c.text for c in row.claims]
    assert judge(list(row.claims)).agree

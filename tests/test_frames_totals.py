"""A total is a scope of its own, not part of a measure word: the winner's prize and the
total prize pot are two quantities of one measure, and only the pot is a total."""
from __future__ import annotations

import pytest

from claimcheck import extract


@pytest.mark.parametrize("lang, text", [
    ("en", "The champions earn 4.8 million euros in prize money out of a total pot of "
           "24 million euros."),
    ("es", "El título vale 4,8 millones de euros en premios, de una bolsa total de 24 millones."),
    ("zh", "冠军奖金为480万欧元，赛事总奖金2400万欧元。"),
    ("ja", "優勝賞金は480万ユーロで、賞金総額は2400万ユーロ。"),
])
def test_the_pot_is_a_total_and_the_winners_share_is_not(lang, text):
    winner, pot = [c for c in extract(text, lang) if c.kind == "money"]
    assert winner.measure == pot.measure == "prize_money"
    assert (winner.scope, pot.scope) == ("", "total")

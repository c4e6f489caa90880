"""A total against one of two figures of its measure that another version gives side by
side, with no total: most likely one of the parts, so the two are never a flag (bench/
devset2 cup-final: the whole pot '赛事总奖金2400万欧元' against the runners-up's '2,4
milhões' beside the winners' 4,8 milhões). A plain figure that stands alone is still
compared with the total. Text written for this test."""
from __future__ import annotations

from story_helpers import check, flags

EN = ("Harbour cup pays out record prize money\n\n"
      "The organisers said on Monday that the total prize money for the tournament will be "
      "18 million euros, a record. The champions will take home 3.6 million euros.\n")
PT = ("Taça do Porto bate recorde de prémios\n\n"
      "As campeãs recebem um prémio de 3,6 milhões de euros, o dobro das finalistas "
      "(1,8 milhões).\n")
PT_TOTAL_SLIP = ("Taça do Porto bate recorde de prémios\n\n"
                 "O prémio total do torneio será de 1,8 milhões de euros, um recorde.\n")


def test_a_part_beside_its_sibling_is_not_flagged_against_the_total():
    _, findings = check({"en.txt": EN, "pt.txt": PT})
    texts = [{c.text for c in f.claims} for f in flags(findings)]
    assert not any("1,8 milhões" in t for t in texts), texts


def test_the_total_written_alone_is_still_flagged():
    _, findings = check({"en.txt": EN, "pt.txt": PT_TOTAL_SLIP})
    texts = [{c.text for c in f.claims} for f in flags(findings)]
    assert any("1,8 milhões de euros" in t and "18 million euros" in t for t in texts), texts

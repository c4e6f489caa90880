"""bench/mutations.py plants a dropped qualifier only where the judge would see a slip."""
import sys
from pathlib import Path

import pytest

from claimcheck.extraction import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import mutations  # noqa: E402


def _claim(text: str, lang: str):
    (c,) = [c for c in extract(text, lang=lang) if c.kind != "date"]
    return c


@pytest.mark.parametrize("changed, others, agrees", [
    # the approximation without its 'unos' is the other versions' figure; the yuan
    # figure is a conversion the judge does not compare
    (("La ayuda es de 6.9 millones de dólares.", "es"),
     [("The aid is $6.9 million.", "en"), ("援助金额为5000万元。", "zh")], True),
    # 'over 20' reads as 20 up to 200 for the judge: a bare 200亿 against 21.75 billion
    # yuan is a slip, though it agrees with another version's '逾200亿'
    (("项目总投资200亿。", "zh"),
     [("The projects are worth RMB 21.75 billion.", "en"), ("总投资逾200亿。", "zh")], False),
    (("48.000 personas fueron evacuadas.", "es"),
     [("48,212 people were evacuated.", "en")], False),
    # a conversion alone in its currency: nothing to compare it with
    (("費用は5300億円。", "ja"), [("The profit was A$5.52 billion.", "en")], True),
])
def test_still_agrees(changed, others, agrees):
    assert mutations.still_agrees(_claim(*changed), [_claim(*o) for o in others]) is agrees

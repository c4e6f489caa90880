"""The seed documents: every claim named in ../shared/seeds/expected.yaml is read with the
right value, unit and qualifier, the Chinese tier list is read in full, and nothing is
read inside the identifiers listed under ``not_claims``."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import claimcheck

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not (SEEDS / "expected.yaml").is_file(),
                                reason=f"seed documents not found at {SEEDS}")

D = Decimal
FR, ES, EN, ZH, KS = ("000_25babec2e9986c08.txt", "001_3828fded23ee239f.txt",
                      "002_5f7db74c5636f556.txt", "003_8fa17dad33854608.txt",
                      "004_88734b750a6ada84.txt")

# (file, substring as named in expected.yaml) -> (kind, value, unit, qualifier)
EXPECTED = {
    (EN, "RMB 21.75 billion"): ("money", D("21750000000"), "CNY", "exact"),
    (FR, "21,75 milliards de yuans"): ("money", D("21750000000"), "CNY", "exact"),
    (ES, "21.750 millones de RMB"): ("money", D("21750000000"), "CNY", "exact"),
    (ZH, "204.5亿元"): ("money", D("20450000000"), "CNY", "exact"),
    (ZH, "超200亿元"): ("money", D("20000000000"), "CNY", "over"),
    (ZH, "总投资逾200亿"): ("number", D("20000000000"), None, "over"),
    (ZH, "314.8亿元"): ("money", D("31480000000"), "CNY", "exact"),
    (EN, "nine proposals"): ("count", D(9), None, "exact"),
    (FR, "neuf propositions"): ("count", D(9), None, "exact"),
    (ES, "nueve propuestas"): ("count", D(9), None, "exact"),
    (ZH, "9个提案"): ("count", D(9), None, "exact"),
    (EN, "28 cooperation agreements"): ("count", D(28), None, "exact"),
    (FR, "28 accords"): ("count", D(28), None, "exact"),
    (ES, "28 acuerdos"): ("count", D(28), None, "exact"),
    (ZH, "28项合作协议"): ("count", D(28), None, "exact"),
    (EN, "11 projects"): ("count", D(11), None, "exact"),
    (ZH, "其中11个项目"): ("count", D(11), None, "exact"),
    (EN, "36.9 square kilometers"): ("area", D("36900000"), "m**2", "exact"),
    (FR, "36,9 km2"): ("area", D("36900000"), "m**2", "exact"),
    (ES, "36,9 kilómetros cuadrados"): ("area", D("36900000"), "m**2", "exact"),
    (EN, "Three major areas"): ("count", D(3), None, "exact"),
    (FR, "Trois grandes zones"): ("count", D(3), None, "exact"),
    (ZH, "产业中心等15个项目"): ("count", D(15), None, "exact"),
    (KS, "plus de 15 projets"): ("count", D(15), None, "over"),
    (KS, "100 milliards de yuans"): ("money", D("100000000000"), "CNY", "exact"),
    (KS, "300 000 mètres carrés"): ("area", D(300000), "m**2", "over"),
    (KS, "20 projets de coopération"): ("count", D(20), None, "exact"),
}

# subjects that must be read with the counts (the counted noun)
SUBJECTS = {
    (EN, "nine proposals"): "proposals",
    (EN, "28 cooperation agreements"): "cooperation agreements",
    (ZH, "28项合作协议"): "合作协议",
    (ES, "500 invitados"): "invitados",
}


@pytest.fixture(scope="module")
def claims() -> dict:
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, claimcheck.extract(text, doc=path.name))
    return out


def named_claims() -> set[tuple[str, str]]:
    data = yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8"))
    named = set()
    for group in ("must_flag", "must_not_flag"):
        for pair in data.get(group) or []:
            for doc, sub in pair:
                named.add((doc, sub))
    return named


def claim_at(claims: dict, doc: str, substring: str, kind: str | None = None):
    """The claim that overlaps the first occurrence of ``substring`` in ``doc``."""
    text, found = claims[doc]
    start = text.index(substring)
    end = start + len(substring)
    hits = [c for c in found if c.start < end and start < c.end and c.kind != "date"]
    if kind:
        hits = [c for c in hits if c.kind == kind] or hits
    assert hits, f"no claim in {doc} overlaps {substring!r}"
    return hits[0]


def test_every_named_claim_has_an_expectation():
    assert named_claims() <= set(EXPECTED), sorted(named_claims() - set(EXPECTED))


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"{k[0][:3]}:{k[1]}")
def test_named_claim(claims, key):
    doc, sub = key
    kind, value, unit, qualifier = EXPECTED[key]
    c = claim_at(claims, doc, sub, kind)
    assert (c.kind, c.value, c.unit, c.qualifier) == (kind, value, unit, qualifier), c


def test_precision_interval_of_21_75_billion(claims):
    c = claim_at(claims, EN, "RMB 21.75 billion")
    assert (c.low, c.high) == (D("21745000000"), D("21755000000"))
    assert c.text == "RMB 21.75 billion"


def test_over_200_billion_has_no_ceiling(claims):
    c = claim_at(claims, ZH, "超200亿元")
    assert c.low == D("20000000000") and c.high == D("Infinity")


@pytest.mark.parametrize("key", sorted(SUBJECTS), ids=lambda k: k[1])
def test_count_subjects(claims, key):
    c = claim_at(claims, *key)
    assert c.kind == "count" and c.subject == SUBJECTS[key]


def test_spanish_500_guests(claims):
    c = claim_at(claims, ES, "500 invitados")
    assert (c.kind, c.value, c.qualifier) == ("count", D(500), "exact")


@pytest.mark.parametrize("count,amount", [("2", "50亿元"), ("2", "20亿元"), ("3", "10亿元"),
                                          ("4", "5亿元")])
def test_chinese_tier_list(claims, count, amount):
    """2个50亿元级 + 2个20亿元级 + 3个10亿元级 + 4个5亿元级: each count and each amount."""
    text, found = claims[ZH]
    anchor = f"{count}个{amount}级"
    start = text.index(anchor)
    n = [c for c in found if c.start == start]
    assert len(n) == 1 and n[0].kind == "count" and n[0].value == D(count), n
    money_at = start + len(count) + 1
    m = [c for c in found if c.start == money_at and c.kind == "money"]
    expected = D(amount[:-2]) * D(10) ** 8
    assert len(m) == 1 and m[0].value == expected and m[0].unit == "CNY", m


def test_nothing_inside_not_claims(claims):
    data = yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8"))
    assert data["not_claims"]
    for doc, ident in data["not_claims"]:
        text, found = claims[doc]
        start = text.index(ident)
        end = start + len(ident)
        inside = [c for c in found if c.start < end and start < c.end]
        assert not inside, f"{doc}: claims inside {ident!r}: {inside}"


def test_offsets_slice_back_to_text(claims):
    for doc, (text, found) in claims.items():
        for c in found:
            assert text[c.start:c.end] == c.text, (doc, c)

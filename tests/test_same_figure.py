"""Rows of one quantity that tell the same precise figure are joined (stories/merging.py)."""
from __future__ import annotations

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Story
from claimcheck.stories.align import align_story

RELEASE = """Funding agreed for the Corvel–Maranza rail link

PRESS RELEASE – Lyon, 14 May 2025

The regional authorities and the European Union today signed the funding agreement for the Corvel–Maranza rail link. The first phase, a 31 km tunnel and two new stations, is estimated at €4.35 billion. The EU will provide €1.74 billion, or 40% of the eligible costs.

Funding of the first phase (€ million)
Partner | Amount | Share
European Union | 1,740 | 40.0%
Region Corvel | 1,523 | 35.0%
Region Maranza | 1,087 | 25.0%
Total | 4,350 | 100.0%
"""
FR = """Liaison ferroviaire Corvel–Maranza : le financement est bouclé

La première phase – un tunnel de 31 km et deux gares nouvelles – coûtera {total} d'euros, dont 1,74 milliard apporté par Bruxelles. La région Corvel versera 1,52 milliard d'euros.
"""
IT = """Collegamento Corvel-Maranza, firmato l'accordo di finanziamento

La prima fase, con una galleria di {km} km e due nuove stazioni, costerà 4,35 miliardi di euro. L'Unione europea contribuirà con 1,74 miliardi.
"""


def rows(texts: dict[str, str]):
    claims = {d: tuple(extract(t, doc=d)) for d, t in texts.items()}
    return align_story(Story("s", tuple(texts)), claims, texts, default_lexicon())


def row_with(found, doc: str, text: str):
    return next(a for a in found if any(c.doc == doc and c.text == text for c in a.claims))


def test_a_table_cell_and_the_versions_of_its_sentence_are_one_row():
    found = rows({"en.txt": RELEASE, "fr.txt": FR.format(total="4,35 milliards"),
                  "it.txt": IT.format(km="31")})
    total = row_with(found, "en.txt", "4,350")
    assert {(c.doc, c.text) for c in total.claims} == {
        ("en.txt", "€4.35 billion"), ("en.txt", "4,350"), ("fr.txt", "4,35 milliards d'euros"),
        ("it.txt", "4,35 miliardi di euro")}
    eu = row_with(found, "en.txt", "1,740")
    assert {c.doc for c in eu.claims} == {"en.txt", "fr.txt", "it.txt"}
    assert len(eu.claims) == 4


def test_a_slipped_figure_is_not_joined_by_its_value():
    # the French total slipped: the pass joins agreeing rows only, never by a slip
    found = rows({"en.txt": RELEASE, "fr.txt": FR.format(total="3,45 milliards"),
                  "it.txt": IT.format(km="31")})
    for a in found:
        texts = {c.text for c in a.claims}
        assert not ({"4,350", "3,45 milliards d'euros"} <= texts and
                    "€4.35 billion" not in texts)


ANNUAL = {
    "a.txt": "Kestrel Foods annual results\n\nKestrel Foods said revenue for 2024 reached "
             "1.283 billion euros, driven by exports to Asia.\n",
    "b.txt": "Kestrel Foods: Jahreszahlen\n\nDer Umsatz von Kestrel Foods lag 2023 bei 1,283 "
             "Milliarden Euro, wie aus dem Geschäftsbericht hervorgeht.\n",
}


def test_the_same_figure_in_two_periods_stays_in_two_rows():
    claims = {d: [c for c in extract(t, doc=d) if c.kind == "money"] for d, t in ANNUAL.items()}
    assert [c.period for c in claims["a.txt"]] == ["2024"]
    assert [c.period for c in claims["b.txt"]] == ["2023"]
    for a in rows(ANNUAL):
        assert {c.doc for c in a.claims if c.kind == "money"} != {"a.txt", "b.txt"}

"""A planted slip keeps its row and is flagged (issue 12): a figure mistyped in one version
is placed where its frame (measure, entity, period, role, wording) says it belongs, as
easily as the faithful figure, and the checks flag it against the versions that agree."""
from __future__ import annotations

from claimcheck.checks import StoryContext, load_rule_packs
from claimcheck.extraction import default_lexicon, detect_language
from claimcheck.extraction.engine import extract
from claimcheck.records import Story
from claimcheck.stories.align import align_story


def check(texts: dict[str, str]):
    """(rows, findings) of one story, run as the pipeline runs it."""
    langs = {d: detect_language(t) for d, t in texts.items()}
    claims = {d: tuple(extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    story = Story("s", tuple(texts))
    lexicon = default_lexicon()
    rows = align_story(story, claims, texts, lexicon)
    ctx = StoryContext(story=story, claims=claims, texts=texts, langs=langs, alignments=rows,
                       lexicon=lexicon)
    findings = [f for rule in load_rule_packs(None) for f in rule.run(ctx)]
    return rows, findings


def flags(findings):
    return [f for f in findings if not f.passed and f.severity in ("warning", "error")]


def flagged(findings, doc: str, text: str, other: str) -> bool:
    """A flag holds the mention ``text`` of ``doc`` and a mention written ``other``."""
    return any(any(c.doc == doc and c.text == text for c in f.claims) and
               any(c.text == other for c in f.claims) for f in flags(findings))


# ------------------------------------------------------------ a power of ten, one digit

RATE_EN = """Valdoria central bank cuts rate by {cut}

The Central Bank of Valdoria lowered its benchmark rate by 50 basis points to 10.75% on
Thursday, its third cut this year, citing slowing inflation.
"""
RATE_ES = """El Banco Central de Valdoria recorta su tasa

El Banco Central de Valdoria recortó el jueves su tasa de referencia en 50 puntos base,
hasta el 10,75 %, su tercer recorte del año, ante la moderación de la inflación.
"""
RATE_PT = """Banco Central de Valdoria corta juros

O Banco Central de Valdoria cortou na quinta-feira a taxa básica em 50 pontos base, para
10,75%, o terceiro corte do ano, citando a desaceleração da inflação.
"""


def test_a_headline_a_power_of_ten_off_its_one_digit_body_is_flagged():
    texts = {"en.txt": RATE_EN.format(cut="500 bps"), "es.txt": RATE_ES, "pt.txt": RATE_PT}
    _, found = check(texts)
    assert flagged(found, "en.txt", "500 bps", "50 basis points")


def test_the_faithful_headline_agrees():
    texts = {"en.txt": RATE_EN.format(cut="50 bps"), "es.txt": RATE_ES, "pt.txt": RATE_PT}
    rows, found = check(texts)
    assert not flags(found)
    cut = next(a for a in rows if any(c.text == "50 bps" for c in a.claims))
    assert {c.doc for c in cut.claims} == {"en.txt", "es.txt", "pt.txt"}


# ------------------------------------------------------------ one end of a range mistyped

OUTLOOK_EN = """Norrvik Industries raises its outlook

Norrvik Industries now expects full-year revenue of between €14 billion and €15 billion,
the Oslo-based engineering group said on Tuesday.
"""
OUTLOOK_DE = """Norrvik Industries hebt Prognose an

Norrvik Industries erwartet für das Gesamtjahr nun einen Umsatz von {low} bis 15 Mrd.
Euro, teilte der Maschinenbaukonzern aus Oslo am Dienstag mit.
"""
OUTLOOK_FR = """Norrvik Industries relève ses prévisions

Norrvik Industries table désormais sur un chiffre d'affaires annuel de 14 à 15 milliards
d'euros, a indiqué mardi le groupe d'ingénierie basé à Oslo.
"""


def test_a_range_whose_written_first_end_slipped_is_flagged():
    # "24 bis 15": read as one range over both ends, it overlaps 14 to 15 billion; the
    # ends as written differ at one end by a wrong digit
    texts = {"en.txt": OUTLOOK_EN, "de.txt": OUTLOOK_DE.format(low="24"), "fr.txt": OUTLOOK_FR}
    _, found = check(texts)
    mistyped = next(c for f in found for c in f.claims if c.doc == "de.txt")
    assert mistyped.qualifier == "range"
    assert flagged(found, "de.txt", mistyped.text, "between €14 billion and €15 billion")


def test_ranges_written_alike_agree():
    texts = {"en.txt": OUTLOOK_EN, "de.txt": OUTLOOK_DE.format(low="14"), "fr.txt": OUTLOOK_FR}
    _, found = check(texts)
    assert not flags(found)

"""Reference values are not the level (devset17 FINDINGS, class 3): a threshold or a mark
("la barre des 100 foyers", "the threshold of 2%", 突破100万大关, 100万人の大台) or an
average over years ("the five-year average of 22.1 million", "Fünfjahresschnitt von 22,1
Millionen", "la media de los últimos cinco años, de 22,1 millones") is a different
quantity from the level the story reports. The lexicon's role ``reference`` marks the
number right after such a word (or right before it), and alignment keeps a reference out
of a level's row; two references may still meet. A mark after a bound verb ("a franchi la
barre des 100", 突破100万大关) is no reference: it bounds the level (qualifiers.between)."""
from __future__ import annotations

import pytest

from claimcheck.extraction import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.agreement import judge
from claimcheck.stories.identity import evidence
from story_helpers import mention


def _roles(text: str, lang: str) -> dict[str, str]:
    return {c.text: c.role for c in extract(text, lang=lang) if c.kind != "date"}


@pytest.mark.parametrize("lang,text,reference,level", [
    ("fr", "La barre des 100 foyers a été franchie dans le Gers, qui en compte 118 jeudi.",
     "100", "118"),
    ("en", "Bookings reached 31.4 million, above the five-year average of 29.8 million.",
     "29.8 million", "31.4 million"),
    ("de", "Mit 31,4 Millionen Buchungen lag der Winter über dem Fünfjahresschnitt von "
           "29,8 Millionen.", "29,8 Millionen", "31,4 Millionen"),
    ("es", "Las reservas, 31,4 millones, superan la media de los últimos cinco años, de "
           "29,8 millones.", "29,8 millones", "31,4 millones"),
    ("it", "La soglia dei 100 focolai è stata superata: ora sono 118.", "100", "118"),
    ("pt", "A marca de 100 focos foi ultrapassada e o estado já soma 118.", "100", "118"),
    ("en", "The province passed the 100-case milestone on Friday and now has 118 cases.",
     "100", "118"),
    ("zh", "100万大关已被突破，确诊病例达到118万例。", "100万", "118万"),
    ("ja", "利用者は100万人の大台を超え、118万人となった。", "100万", "118万"),
])
def test_a_reference_value_has_its_role(lang, text, reference, level):
    roles = _roles(text, lang)
    assert roles[reference] == "reference", roles
    assert roles[level] != "reference", roles


@pytest.mark.parametrize("lang,text,mark", [
    # these four were references before bounds written with a verb were read (the mark
    # was kept out of the level's row); after a bound verb the mark is a bound on the
    # level, read in its row and checked against it (tests/test_bound_verbs.py)
    ("fr", "Le Gers a franchi la barre des 100 foyers, avec 118 foyers confirmés jeudi.",
     "a franchi la barre des 100"),
    ("it", "La provincia ha superato la soglia dei 100 focolai: ora sono 118.",
     "ha superato la soglia dei 100"),
    ("pt", "O estado ultrapassou a marca de 100 focos e já soma 118.",
     "ultrapassou a marca de 100"),
    ("zh", "确诊病例突破100万大关，达到118万例。", "突破100万"),
])
def test_a_mark_after_a_bound_verb_is_a_bound_on_the_level(lang, text, mark):
    claims = {c.text: c for c in extract(text, lang=lang) if c.kind != "date"}
    assert (claims[mark].qualifier, claims[mark].role) == ("over", "level"), claims
    assert all(c.role != "reference" for c in claims.values()), claims


@pytest.mark.parametrize("lang,text,written", [
    ("it", "La produzione resta inferiore del 10% alla media degli ultimi cinque anni.", "10%"),
    ("en", "The group held 60% of a market worth roughly €2.3 billion a year.", "roughly"),
])
def test_a_change_against_a_reference_is_no_reference(lang, text, written):
    c = next(c for c in extract(text, lang=lang) if c.text.startswith(written))
    assert c.role != "reference"


def test_a_target_or_an_old_record_is_no_reference():
    # a growth or inflation target is a measure of the lexicon; an old record is an earlier
    # value of the measure, which other versions tell with no word ("La anterior plusmarca,
    # 60.739"): neither takes the role that keeps a figure out of its row
    roles = _roles("The bank kept its growth target of 5% for the year.", "en")
    assert roles["5%"] != "reference"
    roles = _roles("The crowd of 71,204 beat the previous record of 64,830 set in 2019.", "en")
    assert roles["64,830"] != "reference"


def test_a_reference_is_kept_from_the_level():
    lex = default_lexicon()
    text = "Le Gers reste loin de la barre des 100 foyers de grippe aviaire, avec 62 foyers jeudi."
    ref = mention("fr", "fr", text, "100")
    level = mention("fr", "fr", text, "62")
    assert ref.claim.role == "reference" and level.claim.role != "reference"
    assert evidence(ref, level, lex) is None          # one version: never one quantity


def test_a_reference_in_a_row_of_levels_is_not_compared():
    # across versions a threshold may sit in the level's row (another version may tell it
    # with no word: "below the 95% the WHO recommends"); the judge leaves it out
    # (after a bound verb, "a franchi la barre des 100 foyers", the mark would be a bound on
    # the level, compared with it: tests/test_bound_verbs.py)
    fr = next(c for c in extract("Le Gers reste loin de la barre des 100 foyers de grippe "
                                 "aviaire jeudi.", lang="fr", doc="fr") if c.text == "100")
    en = next(c for c in extract("Gers now has 62 bird flu outbreaks.", lang="en", doc="en")
              if c.text == "62")
    de = next(c for c in extract("Im Gers gibt es nun 62 Ausbrüche.", lang="de", doc="de")
              if c.text == "62")
    assert fr.role == "reference"
    verdict = judge([fr, en, de])
    assert verdict.agree and verdict.groups[0] == -1
    # a slip among the levels is still found
    slip = next(c for c in extract("Gers now has 26 bird flu outbreaks.", lang="en", doc="en2")
                if c.text == "26")
    assert not judge([fr, en, de, slip]).agree

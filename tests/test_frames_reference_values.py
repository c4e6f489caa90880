"""Reference values are not the level (devset17 FINDINGS, class 3): a threshold or a mark
("la barre des 100 foyers", "the threshold of 2%", 突破100万大关, 100万人の大台) or an
average over years ("the five-year average of 22.1 million", "Fünfjahresschnitt von 22,1
Millionen", "la media de los últimos cinco años, de 22,1 millones") is a different
quantity from the level the story reports. The lexicon's role ``reference`` marks the
number right after such a word (or right before it), and alignment keeps a reference out
of a level's row; two references may still meet."""
from __future__ import annotations

import pytest

from claimcheck.extraction import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.identity import evidence
from story_helpers import mention


def _roles(text: str, lang: str) -> dict[str, str]:
    return {c.text: c.role for c in extract(text, lang=lang) if c.kind != "date"}


@pytest.mark.parametrize("lang,text,reference,level", [
    ("fr", "Le Gers a franchi la barre des 100 foyers, avec 118 foyers confirmés jeudi.",
     "100", "118"),
    ("en", "Bookings reached 31.4 million, above the five-year average of 29.8 million.",
     "29.8 million", "31.4 million"),
    ("de", "Mit 31,4 Millionen Buchungen lag der Winter über dem Fünfjahresschnitt von "
           "29,8 Millionen.", "29,8 Millionen", "31,4 Millionen"),
    ("es", "Las reservas, 31,4 millones, superan la media de los últimos cinco años, de "
           "29,8 millones.", "29,8 millones", "31,4 millones"),
    ("it", "La provincia ha superato la soglia dei 100 focolai: ora sono 118.", "100", "118"),
    ("pt", "O estado ultrapassou a marca de 100 focos e já soma 118.", "100", "118"),
    ("en", "The province passed the 100-case mark on Friday and now has 118 cases.", "100",
     "118"),
    ("zh", "确诊病例突破100万大关，达到118万例。", "突破100万", "达到118万"),
    ("ja", "利用者は100万人の大台を超え、118万人となった。", "100万", "118万"),
])
def test_a_reference_value_has_its_role(lang, text, reference, level):
    roles = _roles(text, lang)
    assert roles[reference] == "reference", roles
    assert roles[level] != "reference", roles


def test_a_target_or_an_old_record_is_no_reference():
    # a growth or inflation target is a measure of the lexicon; an old record is an earlier
    # value of the measure, which other versions tell with no word ("La anterior plusmarca,
    # 60.739"): neither takes the role that keeps a figure out of its row
    roles = _roles("The bank kept its growth target of 5% for the year.", "en")
    assert roles["5%"] != "reference"
    roles = _roles("The crowd of 71,204 beat the previous record of 64,830 set in 2019.", "en")
    assert roles["64,830"] != "reference"


def test_a_reference_never_joins_a_level_it_disagrees_with():
    lex = default_lexicon()
    fr = mention("fr", "fr", "Le Gers a franchi la barre des 100 foyers de grippe aviaire "
                 "jeudi.", "100")
    en = mention("en", "en", "Gers counted 87 bird flu outbreaks on Thursday.", "87")
    assert fr.claim.role == "reference" and en.claim.role != "reference"
    assert evidence(fr, en, lex) is None
    # a threshold another version tells with no word of its own still meets it
    same = mention("en", "en", "Gers passed 100 bird flu outbreaks on Thursday.", "100")
    assert evidence(fr, same, lex) is not None

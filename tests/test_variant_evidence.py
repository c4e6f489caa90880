"""A regional variant is told by how the numbers are written and by the variant's own
words, each word counted once: a country or currency a story is about recurs whatever
variant the writer uses (extraction/detect.py)."""
from __future__ import annotations

import pytest

from claimcheck.extraction.detect import detect_language

MADRID = """La autopista del Pacífico costará 412.000 millones de pesos

MADRID - El Gobierno de México adjudicó ayer el primer tramo de la autopista del Pacífico,
una obra de 2.418 kilómetros que unirá seis estados del país. Según la Secretaría de
Infraestructura de México, la inversión prevista asciende a 412.000 millones de pesos
(unos 21.300 millones de euros) hasta 2030, y el tramo adjudicado costará 23.615 millones
de pesos. México espera crear {jobs} empleos directos durante la construcción. Los pesos
invertidos este año, 86.510 millones de pesos, proceden del presupuesto federal de México.
"""

MEXICO = """Arranca la construcción de la autopista del Pacífico

CDMX.- La Secretaría de Infraestructura informó que la obra de 2,418 kilómetros tendrá una
inversión de 412 mil mdp hasta 2030; este año se ejercerán 86 mil 510 mdp, un avance de 3.5
por ciento respecto del programa, según Hacienda.
"""


@pytest.mark.parametrize("jobs", ["48.000", "480.00"])
def test_a_madrid_paper_on_a_mexican_story_reads_as_spain_s_spanish(jobs):
    # "480.00": one mistyped figure must not turn the document's marks around
    assert detect_language(MADRID.format(jobs=jobs)) == "es"


def test_a_mexican_paper_reads_as_mexican_spanish():
    assert detect_language(MEXICO) == "es-MX"

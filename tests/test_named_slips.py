"""A figure told for one place by two versions, beside the place's name, one of them a
digit off: in a story that gives one measure for many places (customers without power by
state), the frame alone cannot say which figure is which place's, so a short figure a digit
apart that no third version confirms is only noted. The place's name written beside both
figures says it: the slip is a warning again. Without the name beside the slipped figure,
the figure is not flagged. Text written for these tests; places, outlets and figures are
invented."""
from __future__ import annotations

from story_helpers import check, failed_with, flags

BLACKOUT = {
    "pt-BR.txt": (
        "Apagão deixa 4,9 milhões de imóveis sem luz no Sudeste\n\n"
        "SÃO PAULO - Uma falha em uma linha de transmissão deixou cerca de 4,9 milhões de "
        "unidades consumidoras sem energia na noite de terça-feira, segundo o Operador "
        "Nacional do Sistema. São Paulo concentrou 1,9 milhão de unidades sem energia. Em "
        "seguida vêm Minas Gerais (840 mil), Rio de Janeiro (620 mil) e Bahia (510 mil). "
        "A distribuidora disse que 90% do serviço foi restabelecido até a meia-noite.\n"),
    "en.txt": (
        "Blackout leaves 4.9 million homes in the dark in south-east Brazil\n\n"
        "SAO PAULO, Dec 2 (Reuters) - A transmission line failure cut power to about 4.9 "
        "million homes and businesses on Tuesday night, the national grid operator said. "
        "Sao Paulo state accounted for 1.9 million of them. Rio de Janeiro followed with "
        "720,000, ahead of Bahia with 510,000. About 90% of supply was back by midnight, "
        "the distributor said.\n"),
    "es.txt": (
        "Un apagón deja sin luz a 4,9 millones de hogares en Brasil\n\n"
        "SAO PAULO, 2 dic (EFE) - Un fallo en una línea de transmisión dejó sin electricidad "
        "a unos 4,9 millones de hogares y comercios en el sureste de Brasil en la noche del "
        "martes, según el operador del sistema eléctrico. El 90 % del suministro se había "
        "restablecido a medianoche.\n"),
}


def test_a_place_named_beside_both_figures_makes_the_slip_a_warning():
    _, findings = check(BLACKOUT)
    found = [f for f in flags(findings) if any(c.text == "720,000" for c in f.claims)]
    assert found, [(f.severity, f.message) for f in failed_with(findings, "720,000")]
    assert any(c.text == "620 mil" for c in found[0].claims)
    assert found[0].severity == "warning" and found[0].pattern == "wrong digit"


def test_without_the_name_beside_it_the_short_slip_is_not_flagged():
    texts = dict(BLACKOUT)
    texts["en.txt"] = texts["en.txt"].replace(
        "Rio de Janeiro followed with 720,000, ahead of Bahia with 510,000.",
        "Another state followed with 720,000, ahead of a third with 510,000.")
    _, findings = check(texts)
    # the same text with the state's name: flagged (the test above); without it, not
    assert not [f for f in flags(findings) if any(c.text == "720,000" for c in f.claims)]


def test_a_capitalised_noun_of_two_german_versions_is_no_name():
    # "Schaden" is a noun, capitalised as every German noun is: beside both figures in two
    # German versions it says nothing of which quantity they are
    from claimcheck.checks.types.agree import _named_alike
    from claimcheck.checks import StoryContext
    from claimcheck.extraction import default_lexicon, extract
    from claimcheck.records import Story

    texts = {
        "de.txt": "Der Sturm verursachte in Graubünden einen Schaden von 62 Millionen Franken.",
        "de-CH.txt": "Im Wallis meldeten die Versicherer einen Schaden von 72 Millionen Franken.",
    }
    langs = {"de.txt": "de", "de-CH.txt": "de-CH"}
    claims = {d: tuple(extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    ctx = StoryContext(story=Story("s", tuple(texts), "test"), claims=claims, texts=texts,
                       langs=langs, alignments=(), lexicon=default_lexicon())
    a, b = claims["de.txt"][0], claims["de-CH.txt"][0]
    assert (a.text, b.text) == ("62 Millionen Franken", "72 Millionen Franken")
    assert not _named_alike(ctx, b, [a])
    # the canton's name beside a French version's figure and a German one's: a name
    texts["fr.txt"] = ("Aux Grisons (Graubünden), les assureurs ont annoncé "
                       "72 millions de francs.")
    langs["fr.txt"] = "fr"
    claims["fr.txt"] = tuple(extract(texts["fr.txt"], lang="fr", doc="fr.txt"))
    ctx = StoryContext(story=Story("s", tuple(texts), "test"), claims=claims, texts=texts,
                       langs=langs, alignments=(), lexicon=default_lexicon())
    c = claims["fr.txt"][0]
    assert c.text == "72 millions de francs"
    assert _named_alike(ctx, c, [a])

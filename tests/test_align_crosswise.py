"""Two figures of one version paired crosswise are swapped back (stories/crosswise.py):
a wind farm's capacity and its turbines' capacity, told in thin words by one version, must
not give two false flags. A real slip in one of them is still flagged. Text written for
this test."""
from __future__ import annotations

from story_helpers import check, flags

EN = ("Nordvind and Atlantis approve 3.9 bln euro Normandy wind farm\n\n"
      "PARIS, March 3 (Wire) - Danish developer Nordvind and French utility Atlantis have "
      "taken a final investment decision on the 1.2-gigawatt (GW) Calvados offshore wind "
      "farm, a project worth 3.9 billion euros, the companies said on Tuesday.\n\n"
      "The 80 turbines, each with a capacity of 15 megawatts, will be built in "
      "Saint-Nazaire, and the farm should be running by 2031.\n")
FR = ("Le danois Nordvind remporte le parc éolien en mer de Normandie\n\n"
      "Le développeur danois Nordvind a remporté mardi l'appel d'offres pour un parc éolien "
      "en mer d'une capacité de 1,2 GW au large de la Normandie. Ses 80 éoliennes de "
      "15 MW chacune seront fabriquées à Saint-Nazaire, pour une mise en service en 2031.\n")
ES = ("La danesa Nordvind construirá un parque eólico marino en Normandía\n\n"
      "La promotora danesa Nordvind ganó el martes la licitación de un parque eólico marino "
      "de 1.200 megavatios frente a la costa de Normandía. Sus 80 aerogeneradores, de "
      "15 MW cada uno, se fabricarán en Saint-Nazaire y el parque funcionará en 2031.\n")
DE = ("Nordvind baut Windpark vor der Normandie\n\n"
      "Der dänische Projektierer Nordvind hat am Dienstag den Zuschlag für einen "
      "Offshore-Windpark mit 1,2 Gigawatt Leistung vor der Normandie erhalten. Die 80 "
      "Turbinen mit je 15 Megawatt werden in Saint-Nazaire gebaut; der Park soll 2031 "
      "in Betrieb gehen.\n")
STORY = {"en.txt": EN, "fr.txt": FR, "es.txt": ES, "de.txt": DE}


def _rows(texts):
    rows, findings = check(texts)
    return [{(c.doc, c.text) for c in r.claims} for r in rows], findings


def test_a_version_paired_crosswise_raises_no_flag():
    rows, findings = _rows(STORY)
    assert flags(findings) == [], [f.message for f in flags(findings)]
    farm = next(r for r in rows if ("fr.txt", "1,2 GW") in r)
    turbine = next(r for r in rows if ("fr.txt", "15 MW") in r)
    assert ("en.txt", "1.2-gigawatt") in farm and ("en.txt", "15 megawatts") in turbine


def test_a_real_slip_beside_it_is_still_flagged():
    texts = dict(STORY, **{"es.txt": ES.replace("de 15 MW", "de 1,5 MW")})
    _, findings = _rows(texts)
    got = [{c.text for c in f.claims} for f in flags(findings)]
    assert any("1,5 MW" in t for t in got), got


def test_two_rows_crossed_in_one_version_are_exchanged():
    from claimcheck.extraction.engine import extract
    from claimcheck.extraction.lexicon import default_lexicon
    from claimcheck.stories.clustering import Cluster
    from claimcheck.stories.crosswise import UNCROSSED, uncross
    from claimcheck.stories.mentions import mentions_of

    ms = {d: mentions_of(d, tuple(extract(t, doc=d)), t) for d, t in STORY.items()}

    def pick(doc, text):
        return next(m for m in ms[doc] if m.claim.text == text)

    farm = [pick("fr.txt", "1,2 GW"), pick("de.txt", "1,2 Gigawatt"),
            pick("es.txt", "1.200 megavatios"), pick("en.txt", "15 megawatts")]
    turbine = [pick("fr.txt", "15 MW"), pick("de.txt", "15 Megawatt"),
               pick("es.txt", "15 MW"), pick("en.txt", "1.2-gigawatt")]
    rows = [Cluster(list(farm), [1.0] * 4, []), Cluster(list(turbine), [1.0] * 4, [])]
    everyone = [m for d in STORY for m in ms[d]]
    out = uncross(rows, everyone, default_lexicon())
    texts = [{(m.doc, m.claim.text) for m in r.members} for r in out]
    assert ("en.txt", "1.2-gigawatt") in texts[0] and ("en.txt", "15 megawatts") in texts[1]
    assert UNCROSSED in out[0].reasons
    # the exchanged mentions rest on their figures: a warning at most
    assert max(c for m, c in zip(out[0].members, out[0].confidences)
               if m.doc == "en.txt") <= 0.6


def test_the_other_figure_may_come_from_a_row_that_tells_the_same_figure():
    """The farm's figure split in two rows of three versions each: the version's figure in
    the other one still takes the outlier's place, and the rest of its row follows."""
    from claimcheck.extraction.engine import extract
    from claimcheck.extraction.lexicon import default_lexicon
    from claimcheck.stories.clustering import Cluster
    from claimcheck.stories.crosswise import uncross
    from claimcheck.stories.mentions import mentions_of

    it = ("Nordvind costruirà un parco eolico in Normandia\n\nLa danese Nordvind ha vinto "
          "martedì la gara per un parco eolico offshore da 1,2 gigawatt al largo della "
          "Normandia. Le sue 80 turbine da 15 megawatt ciascuna saranno costruite a "
          "Saint-Nazaire.\n")
    texts = dict(STORY, **{"it.txt": it})
    ms = {d: mentions_of(d, tuple(extract(t, lang=d[:2], doc=d)), t) for d, t in texts.items()}

    def pick(doc, text):
        return next(m for m in ms[doc] if m.claim.text == text)

    farm = [pick("fr.txt", "1,2 GW"), pick("de.txt", "1,2 Gigawatt"),
            pick("en.txt", "15 megawatts")]
    farm_too = [pick("es.txt", "1.200 megavatios"), pick("it.txt", "1,2 gigawatt"),
                pick("en.txt", "1.2-gigawatt")]
    turbine = [pick("fr.txt", "15 MW"), pick("de.txt", "15 Megawatt"),
               pick("es.txt", "15 MW"), pick("it.txt", "15 megawatt")]
    rows = [Cluster(list(r), [1.0] * len(r), []) for r in (farm, farm_too, turbine)]
    out = uncross(rows, [m for d in texts for m in ms[d]], default_lexicon())
    got = [{(m.doc, m.claim.text) for m in r.members} for r in out]
    assert {("en.txt", "1.2-gigawatt"), ("es.txt", "1.200 megavatios"),
            ("it.txt", "1,2 gigawatt"), ("fr.txt", "1,2 GW")} <= got[0], got
    assert ("en.txt", "15 megawatts") in got[-1]

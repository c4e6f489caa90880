"""Figures of one outlet's background, met by another's: versions of a story add background
of their own (an earlier flood, another region's disaster), and two such figures that share a
generic frame ("people forced from their homes") meet in one row where no two versions
agree. When one of them stands in a paragraph that tells nothing the other versions tell,
the row is a note ("not compared"), not a warning; a slip of a figure told in the story's
own paragraphs, and a slip chance rarely makes (a false friend of scale), are still flagged.
Text written for these tests; places and figures are invented."""
from __future__ import annotations

from hypothesis import given, strategies as st

from claimcheck.stories.paragraphs import paragraph_of, paragraph_starts
from story_helpers import check, flags

LEAD = {
    "en.txt": ("Fire at Lorvan textile plant kills 12\n\n"
               "LORVAN, March 4 (Wire) - A fire at a textile plant in the northern city of "
               "Lorvan killed 12 workers and injured 47 on Tuesday, the regional governor "
               "said. About 380 people were inside the building{en_staff}.\n"),
    "fr.txt": ("Incendie dans une usine textile de Lorvan : 12 morts\n\n"
               "Un incendie dans une usine textile de Lorvan, dans le nord du pays, a fait 12 "
               "morts et 47 blessés mardi, selon le gouverneur de la région. Quelque 380 "
               "personnes se trouvaient dans le bâtiment{fr_staff}.\n"),
    "es.txt": ("Un incendio en una fábrica textil de Lorvan deja 12 muertos\n\n"
               "Un incendio en una fábrica textil de la ciudad de Lorvan, en el norte del "
               "país, dejó 12 trabajadores muertos y 47 heridos el martes, informó el "
               "gobernador regional. Unas 380 personas estaban en el edificio.\n"),
    "de.txt": ("Brand in Textilfabrik in Lorvan: zwölf Tote\n\n"
               "Bei einem Brand in einer Textilfabrik in der Stadt Lorvan sind am Dienstag 12 "
               "Arbeiter ums Leben gekommen und 47 verletzt worden. Etwa 380 Menschen waren "
               "im Gebäude.\n"),
}
BACKGROUND = {
    "en.txt": "\nFloods in the southern province of Meridia have forced 8,640 people from "
              "their homes, the relief agency said.\n",
    "fr.txt": "\nDans la région de Casterra, un séisme a contraint 6 840 personnes à quitter "
              "leur logement, selon la Croix-Rouge.\n",
    "es.txt": "\nEn la sierra de Ostra, un deslave obligó a 4.860 personas a dejar sus casas, "
              "según Protección Civil.\n",
}


def _story(en_staff="", fr_staff="", extra=None):
    texts = {d: t.format(en_staff=en_staff, fr_staff=fr_staff) for d, t in LEAD.items()}
    for d, t in (extra or BACKGROUND).items():
        texts[d] += t
    return texts


def _flag_with(findings, text):
    return [f for f in flags(findings) if any(c.text == text for c in f.claims)]


def test_background_figures_of_three_outlets_are_only_noted():
    _, findings = check(_story())
    assert not _flag_with(findings, "8,640")
    notes = [f for f in findings if not f.passed and any(c.text == "8,640" for c in f.claims)]
    assert notes and all(f.severity == "info" for f in notes)
    assert any("tells nothing the other versions tell" in f.reason for f in notes)
    # the story's own figures are untouched: four versions agree on the toll
    assert not _flag_with(findings, "12")


def test_a_slip_in_the_story_paragraphs_is_still_flagged():
    # a figure only two versions tell, each in a paragraph that tells the story
    _, findings = check(_story(en_staff="; the plant employs 1,150 people",
                               fr_staff="; l'usine emploie 1 510 personnes"))
    found = _flag_with(findings, "1 510")
    assert found and found[0].severity in ("warning", "error")


def test_a_false_friend_of_scale_in_background_is_still_flagged():
    extra = {"en.txt": "\nThe group has invested $1.8 billion in the region since it came.\n",
             "es.txt": "\nEl grupo ha invertido 1,8 billones de dólares en la región.\n"}
    _, findings = check(_story(extra=extra))
    found = _flag_with(findings, "1,8 billones de dólares")
    assert found and found[0].pattern == "false friend of scale"


def test_paragraphs_split_at_blank_lines_or_else_at_line_breaks():
    text = "Title 1\n\nLead 2 and 3.\n  \nBackground 4.\n"
    starts = paragraph_starts(text)
    assert [paragraph_of(starts, text.index(s)) for s in ("1", "2", "3", "4")] == [0, 1, 1, 2]
    wire = "Title 1\nLead 2.\nBackground 3."
    starts = paragraph_starts(wire)
    assert [paragraph_of(starts, wire.index(s)) for s in ("1", "2", "3")] == [0, 1, 2]


@given(st.lists(st.text(alphabet="ab \n", max_size=12), min_size=1, max_size=6))
def test_every_offset_falls_in_the_paragraph_that_holds_it(blocks):
    text = "\n\n".join(blocks)
    starts = paragraph_starts(text)
    assert starts == sorted(starts) and starts[0] == 0
    for i in range(len(text)):
        k = paragraph_of(starts, i)
        assert starts[k] <= i and (k + 1 == len(starts) or i < starts[k + 1])


def test_a_swap_of_three_digits_between_two_background_figures_is_still_flagged():
    # two figures only, one a swap of the other's three digits: chance rarely makes that
    # between two quantities, as it rarely makes a power of ten (the three outlets' 8,640,
    # 6 840 and 4.860 above, a row of three figures, stay a note)
    extra = {"en.txt": "\nThe same group runs a spinning mill that employs 412 "
                       "people.\n",
             "fr.txt": "\nLe même groupe exploite une filature qui emploie 142 "
                       "personnes.\n"}
    _, findings = check(_story(extra=extra))
    found = _flag_with(findings, "142")
    assert found and found[0].pattern == "swapped digits"
    assert found[0].severity in ("warning", "error")

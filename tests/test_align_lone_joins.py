"""Mentions of one short figure that never met in a row: a lone mention whose figure one
row of the other versions states (stories/lone_joins.py), and two rows of one figure that
no version shares (stories/merging.py, _halves)."""
from __future__ import annotations

from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.stories.clustering import Cluster
from claimcheck.stories.lone_joins import JOINED_ALONE, LONE_JOIN_CONFIDENCE
from claimcheck.stories.merging import join_same_figure
from story_helpers import check, mention

STRIKE = {
    "en.txt": "Strike shuts schools and trains across Italy\n\nROME, Nov 14 (Wire) - A general "
              "strike against the budget closed schools and halted trains across Italy on "
              "Friday. Turnout among public-sector employees reached 6.8% by midday, the civil "
              "service ministry said. The unions put the number of demonstrators in Rome at "
              "100,000.\n",
    "it.txt": "Sciopero generale, scuole chiuse e treni fermi\n\nROMA, 14 novembre (Agenzia) - "
              "Lo sciopero generale contro la manovra ha chiuso scuole e fermato treni in tutta "
              "Italia. L'adesione nel pubblico impiego è stata del 6,8% a metà giornata, "
              "secondo il ministero della Funzione pubblica. A Roma i sindacati contano "
              "100mila manifestanti.\n",
    "es.txt": "Huelga general en Italia: escuelas cerradas y trenes parados\n\nROMA, 14 de "
              "noviembre (Agencia) - La huelga general contra los presupuestos cerró escuelas "
              "y paralizó trenes en toda Italia. La participación en el sector público alcanzó "
              "el 6,8% a mediodía, según el ministerio de la Función Pública. Los sindicatos "
              "cifraron en 100.000 los manifestantes en Roma.\n",
}


def _row(rows, doc: str, text: str):
    return next((r for r in rows if any(c.doc == doc and c.text == text for c in r.claims)),
                None)


def test_a_lone_mention_joins_the_row_that_states_its_figure():
    rows, _ = check(STRIKE)
    row = _row(rows, "es.txt", "100.000")
    assert row is not None, "the Spanish figure stayed alone"
    assert {c.doc for c in row.claims} == {"en.txt", "it.txt", "es.txt"}
    mine = dict(zip(((c.doc, c.text) for c in row.claims), row.confidences))
    assert mine[("es.txt", "100.000")] <= LONE_JOIN_CONFIDENCE
    assert JOINED_ALONE in row.reason


def test_a_version_that_tells_the_figure_twice_is_left_alone():
    # which of its two 100.000 is the demonstrators' count is the clustering's to judge
    texts = dict(STRIKE)
    texts["es.txt"] = texts["es.txt"].replace(
        "Roma.\n", "Roma. El Gobierno estima en 100.000 los trabajadores del transporte que "
        "secundaron el paro.\n")
    rows, _ = check(texts)
    row = _row(rows, "en.txt", "100,000")
    assert row is None or all(c.doc != "es.txt" for c in row.claims)


# two halves of the versions: one names the measure (turnout), the other words it otherwise
EN = ("Turnout among public-sector employees reached 6.8% by midday, the ministry said.")
IT = ("L'adesione nel pubblico impiego è stata del 6,8% a metà giornata, secondo il ministero.")
ES = ("En el sector público, el 6,8% de los empleados había dejado de trabajar a mediodía.")
FR = ("Dans la fonction publique, 6,8 % des agents avaient cessé le travail à la mi-journée.")


def _cluster(*ms) -> Cluster:
    return Cluster(list(ms), [0.6] * len(ms), ["test"] * len(ms))


def _halves(extra_fr: str = ""):
    a = _cluster(mention("en.txt", "en", EN, "6.8%"), mention("it.txt", "it", IT, "6,8%"))
    b = _cluster(mention("es.txt", "es", ES, "6,8%"),
                 mention("fr.txt", "fr", FR + extra_fr, "6,8 %"))
    return a, b


def test_two_rows_of_one_short_figure_that_share_no_version_are_joined():
    a, b = _halves()
    rows = join_same_figure([a, b], default_lexicon())
    assert len(rows) == 1
    assert sorted(m.doc for m in rows[0].members) == ["en.txt", "es.txt", "fr.txt", "it.txt"]


def test_rows_of_a_series_stay_apart():
    # one version tells the figure in both rows: two quantities of one frame (two sectors)
    a, b = _halves()
    b.members.append(mention("en.txt", "en", EN + " In schools, 6.8 percent of teachers "
                             "stayed away as well.", "6.8 percent"))
    b.confidences.append(0.6)
    b.reasons.append("test")
    rows = join_same_figure([a, b], default_lexicon())
    assert len(rows) == 2


def test_a_row_that_half_holds_another_figure_is_not_joined():
    a, b = _halves()
    b.members[1] = mention("fr.txt", "fr", FR.replace("6,8 %", "8,6 %"), "8,6 %")
    rows = join_same_figure([a, b], default_lexicon())
    assert len(rows) == 2


CANCELLED = [
    ("en.txt", "en", "Airlines cancelled 214 flights at Fiumicino on Friday, the airport said."),
    ("es.txt", "es", "Aena contabilizó 214 cancelaciones en Fiumicino el viernes."),
    ("it.txt", "it", "A Fiumicino le compagnie hanno cancellato 214 voli venerdì."),
    ("de.txt", "de", "Am Freitag strichen die Gesellschaften in Fiumicino insgesamt 214 "
                     "Verbindungen."),
]


def test_two_halves_that_name_the_measure_otherwise_are_joined():
    # "214 cancellations" in two versions, "214 flights" (cancelled) and "214 links" in
    # two others: the measures differ in name only, and no version tells the figure twice
    ms = [mention(d, lang, text, "214") for d, lang, text in CANCELLED]
    assert ms[0].claim.measure != ms[2].claim.measure
    rows = join_same_figure([_cluster(*ms[:2]), _cluster(*ms[2:])], default_lexicon())
    assert len(rows) == 1


def test_a_row_and_a_lone_mention_of_another_measure_stay_apart():
    # a lone mention is no half: another measure named rules the join out as before
    ms = [mention(d, lang, text, "214") for d, lang, text in CANCELLED]
    rows = join_same_figure([_cluster(*ms[:2]), _cluster(ms[2])], default_lexicon())
    assert len(rows) == 2

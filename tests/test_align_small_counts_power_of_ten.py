"""One document telling a short figure and ten times it tells two quantities, not a slip.

An election story tells seats by the dozen: 4 seats for voters abroad and 40 seats a party
held before, 12 seats of a small party and 120 seats of a past majority. The figures share
their digits and their measure (seats), and one document often tells both. A document
telling a figure of one or two significant digits and ten times it (12 and 120 seats) is
telling two quantities, as one telling 31 and 41 projects is: the row of the 12 seats must
not take the 120 as the document's slip of it, nor raise a "likely decimal slip" nobody
wrote. A longer figure a power of ten off in another version (38.5 tonnes and 385 tonnes)
is still compared and flagged.
"""
from __future__ import annotations

from story_helpers import check, flags

PT = ("Eleições: Partido Agrário elege 12 deputados\n\n"
      "Lisboa - O Partido Agrário elegeu 12 deputados nas legislativas de domingo. A Aliança "
      "Cívica, que tinha 40 deputados na legislatura anterior, perdeu metade. Os quatro "
      "deputados dos círculos da emigração só serão conhecidos na próxima semana. Em 2019, "
      "os partidos de esquerda tinham somado 120 deputados.")
FR = ("Portugal : le Parti agraire obtient 12 sièges\n\n"
      "Lisbonne - Le Parti agraire a obtenu 12 sièges aux législatives de dimanche. "
      "L'Alliance civique, qui comptait 40 députés, en a perdu la moitié. Les quatre sièges "
      "de la diaspora seront attribués la semaine prochaine. En 2019, la gauche avait "
      "obtenu 120 sièges.")
ES = ("La Alianza Cívica logra su mejor resultado\n\n"
      "Lisboa - La Alianza Cívica se convirtió en la tercera fuerza con 44 diputados, cuatro "
      "más que hace dos años. El Partido Agrario obtuvo 12 escaños.")


def _figures_by_doc(row):
    out = {}
    for c in row.claims:
        out.setdefault(c.doc, set()).add(abs(c.value))
    return out


def test_a_document_telling_twelve_and_a_hundred_and_twenty_seats_tells_two_figures():
    rows, findings = check({"pt.txt": PT, "fr.txt": FR, "es.txt": ES})
    for row in rows:
        for doc, values in _figures_by_doc(row).items():
            assert values != {12, 120}, (doc, [(c.doc, c.text) for c in row.claims])
    assert not [f for f in flags(findings) if "120" in f.message], \
        [f.message for f in flags(findings)]


def test_a_longer_figure_a_power_of_ten_off_is_still_flagged():
    en = ("Mexico's central bank bought 38.5 tonnes of gold in the third quarter, its biggest "
          "purchase since 2011, lifting its holdings to 158.6 tonnes.")
    de = ("Die mexikanische Zentralbank hat im dritten Quartal 38,5 Tonnen Gold gekauft. Ihre "
          "Bestände stiegen damit auf 158,6 Tonnen.")
    fr = ("La banque centrale du Mexique a acheté 385 tonnes d'or au troisième trimestre, "
          "portant ses réserves à 158,6 tonnes.")
    _, findings = check({"en.txt": en, "de.txt": de, "fr.txt": fr})
    assert any("385" in f.message and "slip" in f.message for f in flags(findings)), \
        [f.message for f in flags(findings)]


def test_a_headline_figure_ten_times_off_in_its_body_is_still_flagged():
    pt = ("Chuvas na serra deixam 21 mortos e 40 desaparecidos\n\n"
          "As chuvas que atingem a serra desde domingo já causaram 21 mortes, segundo a Defesa "
          "Civil. Outras 400 pessoas estão desaparecidas e 18 ficaram feridas.")
    es = ("Las lluvias dejan 21 muertos en el sur de Brasil\n\n"
          "Las lluvias causaron 21 muertos y otras 40 personas siguen desaparecidas, según la "
          "Defensa Civil. Hay 18 heridos.")
    en = ("Floods kill 21 in southern Brazil\n\n"
          "Floods have killed 21 people and 40 are missing, civil defence officials said. "
          "Another 18 were injured.")
    _, findings = check({"pt.txt": pt, "es.txt": es, "en.txt": en})
    assert any("400" in f.message for f in flags(findings)), [f.message for f in flags(findings)]

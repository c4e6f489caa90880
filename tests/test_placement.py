"""Placing a version's figure that its value no longer gives away: by the quantities
around it (gaps.py) and by elimination (vacancies.py), on a four-language wire story."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extraction.engine import extract
from claimcheck.ingest.documents import load_documents
from claimcheck.stories.identity import MEDIUM

from cli import run_cli
from story_helpers import folder_rows as rows
from story_helpers import row_of

EN = """Velmora port to double its container capacity

VELMORA, March 3 (Wire) - The Velmora port authority on Monday approved a plan worth €850 million for a second container terminal on the northern breakwater.

The new quay will stretch 1.4 kilometres and the storage yard will cover 62 hectares of reclaimed land. Work starts in June and should take 41 months.

About 4,500 people will be employed during construction, the authority said, and the terminal will handle 3.2 million containers a year once complete.
"""
FR = """Le port de Velmora va doubler sa capacité de conteneurs

VELMORA, 3 mars (Agence) - L'autorité portuaire de Velmora a approuvé lundi un plan de {plan} millions d'euros pour un second terminal à conteneurs sur la digue nord.

Le nouveau quai s'étendra sur 1,4 kilomètre et la zone de stockage couvrira 62 hectares gagnés sur la mer. Les travaux débuteront en juin et devraient durer {months} mois.

Environ 4 500 personnes seront employées pendant le chantier, selon l'autorité, et le terminal traitera 3,2 millions de conteneurs par an une fois achevé.
"""
DE = """Hafen Velmora verdoppelt Containerkapazität

VELMORA, 3. März (Agentur) - Die Hafenbehörde von Velmora hat am Montag einen Plan im Wert von 850 Millionen Euro für ein zweites Containerterminal am nördlichen Wellenbrecher gebilligt.

Der neue Kai wird 1,4 Kilometer lang, das Lager soll 62 Hektar aufgeschüttetes Land umfassen. Die Arbeiten beginnen im Juni und dauern voraussichtlich 41 Monate.

Rund 4.500 Menschen sollen während des Baus beschäftigt werden, und das Terminal soll nach Fertigstellung 3,2 Millionen Container pro Jahr umschlagen.
"""
ES = """El puerto de Velmora duplicará su capacidad de contenedores

VELMORA, 3 de marzo (Agencia) - La autoridad portuaria de Velmora aprobó el lunes un plan de 850 millones de euros para una segunda terminal de contenedores en el rompeolas norte.

El nuevo muelle tendrá 1,4 kilómetros y la zona de almacenamiento ocupará 62 hectáreas ganadas al mar. Las obras empezarán en junio y durarán 41 meses.

Unas 4.500 personas trabajarán durante la construcción, según la autoridad, y la terminal moverá 3,2 millones de contenedores al año una vez terminada.
"""
# the same story told in another order: the figures' neighbours differ from the others'
ZH = """韦尔莫拉港将建第二集装箱码头

据新华社3月3日电 韦尔莫拉港务局表示，新码头建成后每年可处理集装箱320万个，施工期间约4500人参与建设。

工程将于6月开工，工期预计{months}个月。新码头岸线长1.4公里，堆场面积62公顷。港务局周一批准了总额8.5亿欧元的建设方案。
"""


def story(tmp_path: Path, plan: str = "850", months: str = "41", zh_months: str | None = None):
    files = {"en.txt": EN, "fr.txt": FR.format(plan=plan, months=months), "de.txt": DE,
             "es.txt": ES}
    if zh_months is not None:
        files["zh.txt"] = ZH.format(months=zh_months)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def write(folder: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_wrong_digit_is_placed_between_the_quantities_around_it(tmp_path):
    found = rows(story(tmp_path, months="51"))
    row = row_of(found, "fr.txt", "51 mois")
    assert row is not None, "the slipped duration stayed alone"
    assert sorted(c.text for c in row.claims) == ["41 Monate", "41 meses", "41 months",
                                                  "51 mois"]
    mine = dict(zip(row.claims, row.confidences))
    assert MEDIUM <= min(k for c, k in mine.items() if c.text == "51 mois") < 0.8
    assert "placed between the same two quantities" in row.reason


def test_a_swap_in_months_is_seen_though_months_are_stored_in_seconds(tmp_path):
    found = rows(story(tmp_path, months="14"))
    row = row_of(found, "fr.txt", "14 mois")
    assert row is not None and "digits swapped" in row.reason
    assert len(row.claims) == 4


def test_agreeing_versions_are_unchanged_by_the_gap_pass(tmp_path):
    found = rows(story(tmp_path))
    row = row_of(found, "fr.txt", "41 mois")
    assert sorted(c.text for c in row.claims) == ["41 Monate", "41 meses", "41 mois",
                                                  "41 months"]
    assert "placed between" not in row.reason
    # every row holds one mention per version: nothing was moved into a taken place
    for a in found:
        docs = [c.doc for c in a.claims]
        assert len(docs) == len(set(docs))


def test_a_weakly_joined_slip_is_confirmed_by_its_gap(tmp_path):
    found = rows(story(tmp_path, plan="950"))
    row = row_of(found, "fr.txt", "950 millions d'euros")
    assert row is not None and len(row.claims) == 4
    assert min(row.confidences) >= MEDIUM


def test_a_reordered_version_fills_the_one_row_it_lacks(tmp_path):
    found = rows(story(tmp_path, zh_months="51"))
    row = row_of(found, "zh.txt", "51个月")
    assert row is not None, "the reordered version's slipped duration stayed alone"
    assert {c.text for c in row.claims} >= {"41 months", "41 Monate", "51个月"}
    assert "the only figure of its version" in row.reason
    assert max(k for c, k in zip(row.claims, row.confidences) if c.lang == "zh") < 0.8


def test_no_placement_where_the_version_tells_the_figure_elsewhere(tmp_path):
    # zh tells the 41 months: its stray "14" (another thing) must not fill a row
    folder = story(tmp_path, zh_months="41")
    (folder / "zh.txt").write_text(ZH.format(months="41") + "港口现有14个泊位。\n",
                                   encoding="utf-8")
    found = rows(folder)
    row = row_of(found, "zh.txt", "41个月")
    assert row is not None and all(c.text != "14个泊位" for c in row.claims)
    assert row_of(found, "zh.txt", "14个泊位") is None


@pytest.mark.parametrize("months", ["51", "4"])
def test_cli_reports_the_slip_once_or_leaves_a_single_digit_alone(tmp_path, months):
    folder = story(tmp_path, months=months)
    out = tmp_path / "out"
    proc = run_cli("run", str(folder), "--out", str(out), "--format", "json",
                   "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    bad = [f for f in report["findings"] if not f["passed"]
           and any(m["text"].startswith(f"{months} mois") for m in f["claims"])]
    if months == "51":
        assert len(bad) == 1 and bad[0]["severity"] == "warning"
        outliers = [m["text"] for m in bad[0]["claims"] if m["outlier"]]
        assert outliers == ["51 mois"]
        assert "likely wrong digit" in bad[0]["message"]
    else:
        # "4" against 41: too many unrelated figures share one digit to place it
        assert not [f for f in bad if f["severity"] in ("warning", "error")]


def test_the_two_ends_of_a_change_are_never_crossed(tmp_path):
    texts = {
        "en.txt": "The bank cut its 2025 growth forecast to 2.1% from 2.6%, citing weaker "
                  "exports.",
        "pt.txt": "A projeção de crescimento económico para 2025 foi cortada de 2,6% para "
                  "2,1%, devido à quebra das exportações.",
        "es.txt": "El pronóstico de crecimiento del PIB para 2025 se revisa de 2.6 a 2.1%, en "
                  "un entorno de menor demanda externa.",
        "fr.txt": "Elle a abaissé sa prévision de croissance pour 2025 à 2,1 %, contre 2,6 % "
                  "auparavant.",
    }
    write(tmp_path, texts)
    found = rows(tmp_path)
    for a in found:
        values = {c.value for c in a.claims}
        assert len(values) == 1, [c.text for c in a.claims]
    new = row_of(found, "en.txt", "2.1%")
    assert new is not None and len({c.doc for c in new.claims}) >= 3


def test_a_headline_that_mistypes_its_body_stays_in_the_row(tmp_path):
    texts = {
        "es.txt": "Banxia recorta su tasa de referencia a {head}\n\nLa junta de gobierno del "
                  "banco central redujo la tasa de referencia en 275 puntos base, a 8.25%, "
                  "su nivel más bajo desde 2022.",
        "en.txt": "Banxia cuts policy rate to 8.25%\n\nThe central bank's board lowered its "
                  "policy rate by 275 basis points to 8.25%, its lowest level since 2022.",
        "pt.txt": "Banxia corta taxa para 8,25%\n\nO conselho do banco central reduziu a taxa "
                  "de referência em 2,75 pontos percentuais, para 8,25%, o nível mais baixo "
                  "desde 2022.",
    }
    for head in ("8.25%", "9.25%"):
        for name, text in texts.items():
            (tmp_path / name).write_text(text.format(head=head), encoding="utf-8")
        found = rows(tmp_path)
        row = row_of(found, "es.txt", head)
        assert row is not None
        es = sorted(c.text for c in row.claims if c.doc.endswith("es.txt"))
        # the headline and the body's figure of one document, in one row
        assert es == sorted([head, "8.25%"]), es


def test_shares_pair_by_the_name_beside_them_across_languages(tmp_path):
    texts = {
        "fr.txt": "Le portugais Atlântida Energia détiendra 40 % du consortium, l'espagnol "
                  "Ibervento 35 % et le brésilien Potigás Verde 25 %.",
        "pt.txt": "A empresa portuguesa fica com 40% do consórcio, à frente da espanhola "
                  "Ibervento ({stake}) e da brasileira Potigás Verde (25%).",
        "es.txt": "La portuguesa Atlântida tendrá el 40% del consorcio; Ibervento, que "
                  "controlará el 35%, y Potigás Verde, el 25% restante.",
        "en.txt": "Portugal's Atlântida Energia will hold 40% of the consortium, Spain's "
                  "Ibervento 35% and Brazil's state-owned Potigás Verde 25%.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text.format(stake="35%"), encoding="utf-8")
    found = rows(tmp_path)
    for value in ("40", "35", "25"):
        row = next((a for a in found if any(c.doc.endswith("fr.txt") and
                                            c.text.startswith(value) for c in a.claims)), None)
        assert row is not None, value
        assert {c.text.rstrip(" %").rstrip("%") for c in row.claims} == {value}
        assert len({c.doc for c in row.claims}) == 4, [c.text for c in row.claims]
    # a version that swaps Ibervento's digits still tells Ibervento's share
    (tmp_path / "pt.txt").write_text(texts["pt.txt"].format(stake="53%"), encoding="utf-8")
    row = row_of(rows(tmp_path), "pt.txt", "53%")
    assert row is not None
    assert sorted(c.text for c in row.claims) == ["35 %", "35%", "35%", "53%"]
    assert "the same name beside it (ibervento)" in row.reason


def test_a_fall_in_words_and_a_signed_rate_are_one_quantity(tmp_path):
    texts = {"en.txt": "Real estate investment fell 9.6% in the first half, while retail sales "
                       "rose 4.7%.",
             "de.txt": "Immobilieninvestitionen: −9,6 Prozent im ersten Halbjahr; der "
                       "Einzelhandelsumsatz stieg um 4,7 Prozent.",
             "fr.txt": "L'investissement immobilier a reculé de 9,6 % au premier semestre et les "
                       "ventes de détail ont progressé de 4,7 %."}
    write(tmp_path, texts)
    row = row_of(rows(tmp_path), "de.txt", "−9,6 Prozent")
    assert row is not None and sorted(c.text for c in row.claims) == ["9,6 %", "9.6%",
                                                                      "−9,6 Prozent"]


def test_a_figure_told_twice_and_its_conversion_are_one_row(tmp_path):
    texts = {
        "es.txt": "El presupuesto de 2025 reserva 86.510 millones de pesos para el tren. Según "
                  "el programa, los 86.510 millones de pesos se destinarán a vías y estaciones.",
        "en.txt": "The government budgeted 86.51 billion pesos ($4.24 billion) for the line in "
                  "2025, to be spent on track and stations.",
        "fr.txt": "Le gouvernement a réservé 86,51 milliards de pesos à la ligne en 2025.",
    }
    write(tmp_path, texts)
    found = rows(tmp_path)
    row = row_of(found, "es.txt", "86.510 millones de pesos")
    assert row is not None
    es = [c.text for c in row.claims if c.doc.endswith("es.txt")]
    en = [c.text for c in row.claims if c.doc.endswith("en.txt")]
    # the same precise figure twice in one version; an amount and its conversion
    assert es == ["86.510 millones de pesos", "86.510 millones de pesos"]
    assert sorted(en) == ["$4.24 billion", "86.51 billion pesos"]


def test_an_older_report_s_figure_is_an_update_not_a_disagreement(tmp_path):
    from claimcheck.stories.reports import older_reports

    texts = {
        "archive.txt": "Forests cover 71 percent of region, first report says\n\nJune 5, 2019 – "
                       "Forests now cover 71.2 percent of the Daluo region, according to the "
                       "first ecological report on the area.",
        "en.txt": "Forest cover rises to 73.4%\n\nJune 5, 2024 – Forests now cover 73.4% of the "
                  "Daluo region, according to the second ecological report on the area.",
        "fr.txt": "La forêt couvre 73,4 % de la région\n\n6 juin 2024 – Les forêts couvrent "
                  "désormais 73,4 % de la région de Daluo, selon le deuxième rapport écologique.",
    }
    write(tmp_path, texts)
    docs, _ = load_documents([str(p) for p in sorted(tmp_path.glob("*.txt"))])
    claims = {d.id: tuple(extract(d.text, doc=d.id)) for d in docs}
    assert {Path(d).name for d in older_reports(claims)} == {"archive.txt"}
    for a in rows(tmp_path):
        if any(c.doc.endswith("archive.txt") for c in a.claims) and len(a.claims) > 1:
            # paired or not, the 2019 figure is never a sure disagreement with 2024's
            archive = [k for c, k in zip(a.claims, a.confidences)
                       if c.doc.endswith("archive.txt")]
            assert max(archive) < MEDIUM or {c.value for c in a.claims} == {a.claims[0].value}

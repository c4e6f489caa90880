"""The people a site employs are its jobs: "will employ 3,000 people", "emploiera 3 000
personnes", "fait travailler 116 000 autres", "da empleo a 350.000 personas". The count's
noun (people) only says what is counted, so the count takes the kind its clause names
(the lexicon's kinds_of), and the verb of employing is a word of jobs. Versions that say
"3,000 jobs" and "emploiera 3 000 personnes" measured jobs against people and stayed
apart. The people out of work ("sans emploi") and the employment offices ("servicios
públicos de empleo") count no jobs. Text written for this test."""
from __future__ import annotations

from claimcheck.extraction import extract

from story_helpers import check


def _counts(text: str, lang: str):
    return [(c.text, c.measure) for c in extract(text, lang=lang)
            if c.kind in ("count", "number")]


def test_people_employed_are_jobs():
    assert _counts("The factory will employ 2,400 people once it is running.", "en") == \
        [("2,400", "job")]
    assert [m for _, m in _counts("L'usine emploiera 2 400 personnes à plein régime.", "fr")] \
        == ["job"]
    assert [m for _, m in _counts("La fábrica dará empleo a 2.400 personas.", "es")] == ["job"]


def test_people_out_of_work_and_job_offices_are_no_jobs():
    assert [m for _, m in _counts("Plus de 2,1 millions de personnes étaient sans emploi.",
                                  "fr")] == ["unemployment"]
    assert [m for _, m in _counts("El número de parados registrados en los servicios "
                                  "públicos de empleo bajó en 20.417 personas.", "es")] == \
        ["unemployment"]


def test_jobs_and_people_employed_share_a_row():
    rows, _ = check({
        "en.txt": "Battery plant approved\n\nThe plant will cost 2.4 billion euros and "
                  "create 2,400 jobs when fully staffed.",
        "fr.txt": "Usine de batteries approuvée\n\nL'usine coûtera 2,4 milliards d'euros et "
                  "emploiera 2 400 personnes à plein régime.",
        "es.txt": "Aprobada la planta de baterías\n\nLa planta costará 2.400 millones de "
                  "euros y dará empleo a 2.400 personas.",
    })
    (row,) = [r for r in rows if any(c.kind == "count" for c in r.claims)]
    assert {c.doc for c in row.claims} == {"en.txt", "fr.txt", "es.txt"}
    assert row.concept == "job" and min(row.confidences) >= 0.8

"""Story grouping at corpus scale: document-frequency weights, candidate pairs from an
inverted index, date windows, a clustering that does not chain, and recovery of the true
stories of a generated multi-language corpus."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.engine import extract
from claimcheck.extraction.lexicon import default_lexicon
from claimcheck.records import Document
from claimcheck.stories.evidence import latin_names
from claimcheck.stories.grouping import group_stories
from claimcheck.stories.linking import (ALL_PAIRS_DF, LINK, WINDOW, cluster, df_factor,
                                        earlier_candidates, key_pairs)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import scale_corpus  # noqa: E402


def test_a_key_in_many_documents_weighs_less():
    factors = [df_factor(n) for n in (2, 12, 13, 50, 500, 5000)]
    assert factors[0] == factors[1] == 1000
    assert factors == sorted(factors, reverse=True) and factors[-1] < 60


@given(st.lists(st.integers(0, 10_000), min_size=0, max_size=80, unique=True))
@settings(max_examples=60, deadline=None)
def test_candidate_pairs_seen_from_either_end_agree(docs):
    posting = sorted(docs)
    pairs = {(a, b) for a, b, _ in key_pairs(posting, 7)}
    from_b = {(a, b) for b in posting for a in earlier_candidates(posting, b)}
    assert pairs == from_b
    span = len(posting) if len(posting) <= ALL_PAIRS_DF else WINDOW
    assert len(pairs) == sum(min(j, span) for j in range(len(posting)))  # linear beyond 24


def test_a_chain_of_chance_links_does_not_weld_stories():
    # two stories of four documents, linked by one chance link between them
    strong = LINK * 3
    links = [(strong, a, b) for a in range(4) for b in range(a + 1, 4)]
    links += [(strong, a, b) for a in range(4, 8) for b in range(a + 1, 8)]
    links.append((LINK, 3, 4))
    roots = cluster(8, links)
    assert len({roots[i] for i in range(4)}) == 1 and len({roots[i] for i in range(4, 8)}) == 1
    assert roots[0] != roots[4]
    # a single document still joins a story through one link
    roots = cluster(9, links + [(LINK, 7, 8)])
    assert roots[8] == roots[7]


def test_syndicated_copies_link_one_to_the_next():
    # 300 copies: every key is in every copy, only window neighbours are compared
    n = 300
    links = [(LINK * 2, a, b) for b in range(n) for a in range(max(0, b - WINDOW), b)]
    assert len(links) < n * WINDOW
    assert len(set(cluster(n, links))) == 1


def test_names_inside_dates_are_skipped_by_bisection():
    text = "On May 4, 2026 Lyon and Porto met. By June 1, 2027 (or June 2, 2027) Lyon grew."
    claims = extract(text, lang="en")
    spans = [(c.start, c.end) for c in claims if c.kind == "date"]
    assert len(spans) == 3
    names, inner, _ = latin_names(text, spans)
    assert set(names) == {"lyon", "porto"} and names["lyon"][1] == 2
    nested = latin_names("Paris Rome Oslo", [(0, 15), (6, 10)])[0]
    assert nested == {}


def _docs(records):
    return [Document(id=r["id"], text=r["text"], date=r.get("date"), lang=None)
            for r in records]


def test_generated_stories_are_recovered():
    records, truth = scale_corpus.corpus(240, seed=11)
    docs = _docs(records)
    claims = {d.id: extract(d.text, doc=d.id) for d in docs}
    stories = group_stories(docs, claims, default_lexicon())
    pred = {d: i for i, s in enumerate(stories) for d in s.docs}

    def pairs(counter):
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter((pred[d], truth[d]) for d in pred))
    precision = both / pairs(Counter(pred.values()))
    recall = both / pairs(Counter(truth.values()))
    assert precision >= 0.99 and recall >= 0.95, (precision, recall)
    assert max(len(s.docs) for s in stories) <= 12


def test_round_numbers_and_countries_link_nothing():
    # unrelated stories that share only background figures and generic names
    texts = [f"Kestrel built {n} houses in Curitiba. Inflation stood at 2.4% in 2023 in China."
             for n in (101, 202, 303)]
    texts += [f"Marvel opened {n} shops in Lisbon. Inflation stood at 2.4% in 2023 in China."
              for n in (404, 505)]
    docs = [Document(id=f"d{i}", text=t, lang="en") for i, t in enumerate(texts)]
    claims = {d.id: extract(d.text, lang="en", doc=d.id) for d in docs}
    stories = group_stories(docs, claims, default_lexicon())
    together = [s.docs for s in stories if len(s.docs) > 1]
    assert all(set(g) <= {"d0", "d1", "d2"} or set(g) <= {"d3", "d4"} for g in together)


def test_documents_far_apart_in_time_are_not_one_story():
    text = "Northgate Ports will invest 1.2 billion euros in Maasvlakte, with 24 berths."
    docs = [Document(id="a", text=text, lang="en", date="2024-01-10"),
            Document(id="b", text=text, lang="en", date="2024-01-20"),
            Document(id="c", text=text, lang="en", date="2024-09-01")]
    claims = {d.id: extract(d.text, lang="en", doc=d.id) for d in docs}
    stories = group_stories(docs, claims, default_lexicon())
    assert [s.docs for s in stories] == [("a", "b"), ("c",)]


def test_copies_of_one_wire_story_are_one_story():
    # every key is in every copy, so its document frequency is high; the second pass
    # (story frequency) brings back the copies a cut paragraph left below the link
    files = scale_corpus.syndicated(120, seed=4)
    docs = [Document(id=name, text=text) for name, text in files]
    claims = {d.id: extract(d.text, doc=d.id) for d in docs}
    stories = group_stories(docs, claims, default_lexicon())
    assert [len(s.docs) for s in stories] == [120]
    assert stories[0].reason.startswith("shared names: ")

"""Which documents are linked, and how links become stories, in time linear in the corpus.

**Weights.** A key (a name, an amount with its unit, a percentage, a count, a date) weighs
its base weight (evidence.BASE) times a frequency factor, so that a key that many stories
share ("2023", "50 %", "China") weighs little. Grouping runs twice. The first pass uses
the key's document frequency: full (1000 per mille) up to :data:`RARE_DF` documents, then
``sqrt(RARE_DF / df)``. The second pass may raise a key's factor to that of its story
frequency, the number of groups of two or more documents of the first pass that hold it:
full up to :data:`RARE_STORIES`, then ``sqrt(RARE_STORIES / sf)``, when most of its
documents are in such groups. So an amount that every one of three hundred syndicated
copies carries weighs fully again, and the copies the first pass left alone join their
story; a round number spread over hundreds of stories still weighs almost nothing; a key
that only unlinked documents share gains nothing. Above :data:`STOP_DF` documents a key weighs nothing. Weights
are integers, so sums do not depend on the order in which they are added (the local and
the Dask engines give the same links).

**Candidates.** Only documents that share a key are ever compared, through an inverted
index. For a key in at most :data:`ALL_PAIRS_DF` documents every pair of them is a
candidate; for a more frequent key each document is paired with the :data:`WINDOW`
documents before it in the key's posting list (input order), which keeps the work linear
and still links the hundred syndicated copies of one wire story, one to the next. The score
of a pair is the sum of the weights of the keys through which it is a candidate.

**Links.** A pair whose score reaches :data:`LINK` is linked. When both documents carry
dates, the score needed grows by one LINK for every :data:`DATE_STEP_DAYS` days between
them, and documents more than :data:`DATE_WINDOW_DAYS` apart are never linked: versions
of one event are days apart, and a chance overlap between two events weeks apart needs
much more evidence.

**Stories.** Links are taken strongest first. Two groups merge only when enough links join
them: one link for a single document, more for larger groups (:func:`cluster`), so that a
chain of chance links (a shared round amount here, a shared city there) does not weld
unrelated stories into one.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Iterator

__all__ = ["LINK", "RARE_DF", "RARE_STORIES", "ALL_PAIRS_DF", "WINDOW", "STOP_DF",
           "DATE_WINDOW_DAYS", "DATE_STEP_DAYS", "df_factor", "sf_factor", "second_factor",
           "key_pairs", "linked", "cluster"]

SCALE = 1000                 # weights are base weight (tenths) x factor (per mille)
LINK = 20 * SCALE            # least score for two documents to be linked (2.0)
RARE_DF = 12                 # a key in at most this many documents counts fully (pass 1)
RARE_STORIES = 2             # ... in at most this many groups of the first pass (pass 2)
ALL_PAIRS_DF = 24            # up to this many documents, every pair sharing a key is a candidate
WINDOW = 8                   # above, each document is compared with the 8 before it
STOP_DF = 100_000            # a key in more documents than this weighs nothing
DATE_WINDOW_DAYS = 31        # dated documents further apart than this are never linked
DATE_STEP_DAYS = 14          # the score needed grows by LINK for every 14 days between dates


def df_factor(df: int) -> int:
    """The document-frequency factor of a key, per mille."""
    if df <= RARE_DF:
        return SCALE
    if df > STOP_DF:
        return 0
    return int(SCALE * math.sqrt(RARE_DF / df))


def sf_factor(sf: int, df: int) -> int:
    """The story-frequency factor of a key in ``sf`` groups of the first pass (``df``
    documents), per mille."""
    if df > STOP_DF:
        return 0
    if sf <= RARE_STORIES:
        return SCALE
    return int(SCALE * math.sqrt(RARE_STORIES / sf))


def second_factor(df: int, grouped: int, stories: int) -> int:
    """A key's factor in the second pass: it is in ``df`` documents, ``grouped`` of which
    are in groups of two or more documents of the first pass, ``stories`` such groups."""
    factor = df_factor(df)
    if grouped and 2 * grouped >= df:
        factor = max(factor, sf_factor(stories, df))
    return factor


def key_pairs(posting, weight: int) -> Iterator[tuple[int, int, int]]:
    """(earlier doc, later doc, weight) for every candidate pair of one key's posting list
    (document numbers in increasing order)."""
    if weight <= 0:
        return
    n = len(posting)
    span = n if n <= ALL_PAIRS_DF else WINDOW
    for j in range(1, n):
        b = posting[j]
        for i in range(max(0, j - span), j):
            yield posting[i], b, weight


def earlier_candidates(posting, doc: int) -> Iterable[int]:
    """The documents before ``doc`` that :func:`key_pairs` pairs with it."""
    j = bisect.bisect_left(posting, doc)
    span = len(posting) if len(posting) <= ALL_PAIRS_DF else WINDOW
    return posting[max(0, j - span):j]


def linked(score: int, a: int | None, b: int | None) -> bool:
    """Whether a pair with this score is a link, given its documents' dates (day numbers,
    None when unknown)."""
    if a is None or b is None:
        return score >= LINK
    gap = abs(a - b)
    return gap <= DATE_WINDOW_DAYS and score >= LINK + LINK * gap // DATE_STEP_DAYS


def _needed(size_a: int, size_b: int) -> int:
    """Links needed to merge two groups: 1 for a single document, 2 for groups of 3 or 4,
    3 from 5 on."""
    return (min(size_a, size_b, 6) + 1) // 2


def cluster(n: int, links: Iterable[tuple[int, int, int]]) -> list[int]:
    """The story of each of ``n`` documents (a representative document number), from links
    (score, a, b). Deterministic: links are taken by decreasing score, then by (a, b)."""
    links = sorted(links, key=lambda x: (-x[0], x[1], x[2]))
    parent = list(range(n))
    size = [1] * n
    between: dict[int, Counter] = {}
    for _, a, b in links:
        between.setdefault(a, Counter())[b] += 1
        between.setdefault(b, Counter())[a] += 1

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, a, b in links:
        ra, rb = find(a), find(b)
        if ra == rb or between[ra][rb] < _needed(size[ra], size[rb]):
            continue
        big, small = (ra, rb) if (size[ra], -ra) >= (size[rb], -rb) else (rb, ra)
        parent[small] = big
        size[big] += size[small]
        mine, theirs = between[big], between.pop(small)
        del mine[small]
        for other, count in theirs.items():
            if other == big:
                continue
            mine[other] += count
            row = between[other]
            row[big] += row.pop(small)
    return [find(x) for x in range(n)]

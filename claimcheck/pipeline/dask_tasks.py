"""The functions the Dask engine runs on its workers, on plain Python and pandas data.

Every one calls the same units as the local engine (:mod:`.work`,
:mod:`claimcheck.stories.grouping`, :mod:`claimcheck.stories.linking`), so that both
engines decide the same way:

- :func:`extract_part`: read one partition of the input (files, or a byte range of a
  JSONL corpus) and extract every document: its record, its text and claims (pickled),
  its grouping evidence;
- :func:`key_rows`: a partition's documents as rows (document, key, weight, label ...)
  once the run-wide name decisions are known;
- :func:`key_pairs_frame`: the candidate pairs of every key of a partition (after the
  shuffle on keys), with the key's weight;
- :func:`reasons_frame`: each story's reason (after the shuffle on stories);
- :func:`check_range`: align and check the stories of one range (after the shuffle of
  the documents on stories).
"""
from __future__ import annotations

import pickle
from dataclasses import replace

from ..records import Document, InputError
from . import work

__all__ = ["extract_part", "light", "key_rows", "key_pairs_frame", "reasons_frame",
           "check_range", "Item"]


def _ready(config) -> None:
    if work._STATE.get("config") != config:
        work.setup(config)


class Item(tuple):
    """One input item, in input order: (seq, kind, fields...). ``seq`` orders every item
    of the run: (input event, range, position)."""

    __slots__ = ()


def _read(entry, max_bytes: int, root: str | None = None):
    from ..ingest.documents import outside_error, read_file_documents
    from ..ingest.jsonl import jsonl_range
    from ..ingest.paths import is_outside

    if entry[0] == "file":
        return read_file_documents(entry[2], max_bytes, root)
    _, _, path, encoding, start, end, line = entry
    if root is not None and is_outside(path, root):
        return [outside_error(path, root)] if start == 0 else []
    return jsonl_range(path, encoding, start, end, line, max_bytes)


def extract_part(entries: list, config, max_bytes: int) -> list[tuple]:
    """Read and extract one partition: ``entries`` are (("file", seq, path) or ("range",
    seq, path, encoding, start, end, first line)). Returns, in input order:
    (seq, "error", InputError) for what could not be read; (seq, "doc", id, where,
    Document without text, pickled (text, claims), evidence, claim count) for a document;
    (seq, "xerror", id, where, InputError) for a document the extractor could not read."""
    from ..stories.evidence import document_evidence

    _ready(config)
    lexicon = work._STATE["lexicon"]
    out = []
    for entry in entries:
        seq = entry[1]
        for n, item in enumerate(_read(entry, max_bytes, config.confine_to)):
            key = (*seq, n)
            if isinstance(item, InputError):
                out.append((key, "error", item))
                continue
            where = item.meta.get("path", entry[2])
            done = work.extract_document(item, config.lang)
            if isinstance(done, InputError):
                out.append((key, "xerror", item.id, where, done))
                continue
            doc, claims = done
            payload = pickle.dumps((doc.text, claims), protocol=pickle.HIGHEST_PROTOCOL)
            out.append((key, "doc", doc.id, where, replace(doc, text=""), payload,
                        document_evidence(doc, claims, lexicon), len(claims)))
    return out


def light(record: tuple) -> tuple:
    """What the client needs of a record: no text, no claims, no evidence but its
    language statistics and date."""
    if record[1] == "doc":
        key, _, doc_id, where, doc, _, ev, n = record
        return (key, "doc", doc_id, where, doc, n, ev.day, ev.lang, ev.capitals, ev.words)
    return record


def _key_text(key) -> str:
    return repr(key)


def key_rows(records: list, positions, vouched, common):
    """pandas rows, one per key of each kept document: pos (in the run), rest (in the
    automatically grouped documents, -1 if fixed), key, label, base, group, count,
    order (within the document)."""
    import pandas as pd

    from ..stories.grouping import doc_keys

    rows = {c: [] for c in ("pos", "rest", "key", "label", "base", "group", "count", "order")}
    for r in records:
        if r[1] != "doc" or r[0] not in positions:
            continue
        pos, rest = positions[r[0]]
        for order, (key, label, base, group, count) in enumerate(doc_keys(r[6], vouched, common)):
            for col, value in zip(rows, (pos, rest, _key_text(key), label, base, group, count,
                                         order)):
                rows[col].append(value)
    return pd.DataFrame(rows).astype({"pos": "int64", "rest": "int64", "base": "int64",
                                      "count": "int64", "order": "int64",
                                      "key": object, "label": object, "group": object})


def factors(df):
    """linking.df_factor of each document frequency (computed once per distinct value)."""
    import numpy as np

    from ..stories.linking import df_factor

    values, inverse = np.unique(np.asarray(df, dtype="int64"), return_inverse=True)
    return np.array([df_factor(int(v)) for v in values], dtype="int64")[inverse]


def key_factors(codes, rest, df, roots=None, multi=None):
    """Each row's key factor: linking.df_factor (first pass), or linking.second_factor from
    the first pass's groups (``roots``, ``multi``: the group of each rest document and
    whether it holds two or more documents)."""
    import numpy as np

    from ..stories.linking import second_factor

    if roots is None:
        return factors(df)
    inside = multi[rest]
    grouped = np.bincount(codes, weights=inside, minlength=codes.max() + 1 if len(codes) else 0)
    pairs = np.unique(np.stack([codes[inside], roots[rest][inside]]), axis=1) \
        if inside.any() else np.zeros((2, 0), dtype="int64")
    stories = np.bincount(pairs[0], minlength=len(grouped)) if len(grouped) else grouped
    per_key = np.stack([np.bincount(codes), grouped.astype("int64"), stories.astype("int64")])
    triples, inverse = np.unique(per_key, axis=1, return_inverse=True)
    values = np.array([second_factor(int(df_), int(g), int(s_)) for df_, g, s_ in triples.T],
                      dtype="int64")
    return values[inverse.ravel()][codes]


def _sorted_keys(part):
    import numpy as np
    import pandas as pd

    part = part.sort_values(["key", "rest"], kind="stable")
    codes = pd.factorize(part["key"])[0].astype("int64")
    df = np.bincount(codes)[codes] if len(codes) else np.zeros(0, dtype="int64")
    return part, codes, part["rest"].to_numpy(dtype="int64"), df


def key_pairs_frame(part, roots=None, multi=None):
    """The candidate pairs of the keys of one partition (every row of a key is in the same
    partition): columns a, b (rest positions), w (the key's weight in this pass). The pairs
    of linking.key_pairs, found with array operations: after sorting by key and position,
    a row pairs with the row ``d`` places before it when that row has the same key and
    ``d`` is within the key's span."""
    import numpy as np
    import pandas as pd

    from ..stories.linking import ALL_PAIRS_DF, WINDOW

    part, codes, rest, df = _sorted_keys(part)
    weight = part["base"].to_numpy(dtype="int64") * key_factors(codes, rest, df, roots, multi)
    span = np.where(df <= ALL_PAIRS_DF, df, WINDOW)
    a, b, w = [], [], []
    for d in range(1, max(ALL_PAIRS_DF, WINDOW + 1)):
        if d >= len(codes):
            break
        same = (codes[d:] == codes[:-d]) & (d <= span[d:]) & (weight[d:] > 0)
        a.append(rest[:-d][same])
        b.append(rest[d:][same])
        w.append(weight[d:][same])
    if not a:
        return pd.DataFrame({"a": pd.Series([], dtype="int64"), "b": pd.Series([], dtype="int64"),
                             "w": pd.Series([], dtype="int64")})
    return pd.DataFrame({"a": np.concatenate(a), "b": np.concatenate(b), "w": np.concatenate(w)})


def reasons_frame(part):
    """(story, reason, best) of each group of one partition. Rows: story, rest, order, key,
    label (the key's label in the run), base, group, count, weight."""
    import pandas as pd

    from ..stories.grouping import story_reason

    out = {"story": [], "reason": [], "best": []}
    for story, rows in part.groupby("story", sort=True):
        rows = rows.sort_values(["rest", "order"])
        label = dict(zip(rows["key"], rows["label"]))
        base = dict(zip(rows["key"], rows["base"]))
        group = dict(zip(rows["key"], rows["group"]))
        weight = dict(zip(rows["key"], rows["weight"]))
        members = [list(keys) for _, keys in rows.groupby("rest", sort=True)["key"]]
        first = rows["rest"].iloc[0]
        counts = dict(zip(rows.loc[rows["rest"] == first, "key"],
                          rows.loc[rows["rest"] == first, "count"]))
        reason, best = story_reason(members, label.__getitem__, weight.__getitem__,
                                    base.__getitem__, group.__getitem__, counts)
        out["story"].append(story)
        out["reason"].append(reason)
        out["best"].append(best)
    return pd.DataFrame(out).astype({"story": "int64", "reason": object, "best": object})


def check_range(part, stories: dict, outputs, config) -> list:
    """Align and check the stories of one range: ``part`` holds their documents (story,
    pos, doc, payload), ``stories`` maps story number -> Story. StoryResults in order."""
    _ready(config)
    results = []
    for number, rows in part.groupby("story", sort=True):
        rows = rows.sort_values("pos")
        docs, claims = [], {}
        for doc, payload in zip(rows["doc"], rows["payload"]):
            text, found = pickle.loads(payload)
            docs.append(replace(doc, text=text))
            claims[doc.id] = found
        story = stories[int(number)]
        results.append(work.check_story(work.StoryUnit(story, tuple(docs), None, claims,
                                                       tuple(outputs))))
    return results


def doc_frame(records: list, story_of: dict):
    """pandas rows of one extraction partition's kept documents: story, pos, doc, payload."""
    import pandas as pd

    rows = {"story": [], "pos": [], "doc": [], "payload": []}
    for r in records:
        if r[1] != "doc" or r[0] not in story_of:
            continue
        story, pos = story_of[r[0]]
        rows["story"].append(story)
        rows["pos"].append(pos)
        rows["doc"].append(r[4])
        rows["payload"].append(r[5])
    return pd.DataFrame(rows).astype({"story": "int64", "pos": "int64", "doc": object,
                                      "payload": object})


def payloads(records: list, keep) -> list[tuple]:
    """(seq, Document without text, pickled text and claims) of the kept documents."""
    return [(r[0], r[4], r[5]) for r in records if r[1] == "doc" and r[0] in keep]


def unpack(doc: Document, payload: bytes):
    text, claims = pickle.loads(payload)
    return replace(doc, text=text), claims

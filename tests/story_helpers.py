"""Run a small story of a test as the pipeline runs it: extraction with the language
detected per document, alignment, then the default rules."""
from __future__ import annotations

from claimcheck.checks import StoryContext, load_rule_packs
from claimcheck.extraction import default_lexicon, detect_language
from claimcheck.extraction.engine import extract
from claimcheck.records import Story
from claimcheck.stories.align import align_story


def check(texts: dict[str, str]):
    """(rows, findings) of one story made of ``texts`` (document name -> text)."""
    langs = {d: detect_language(t) for d, t in texts.items()}
    claims = {d: tuple(extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    story = Story("s", tuple(texts))
    lexicon = default_lexicon()
    rows = align_story(story, claims, texts, lexicon)
    ctx = StoryContext(story=story, claims=claims, texts=texts, langs=langs, alignments=rows,
                       lexicon=lexicon)
    findings = [f for rule in load_rule_packs(None) for f in rule.run(ctx)]
    return rows, findings


def row_findings(texts: dict[str, str], langs: dict[str, str], row, confidence: float = 0.8):
    """The failed findings of the default rules on one hand-made row of a story made of
    ``texts``: ``row`` lists (document, claim text) pairs, as an aligner's row would hold
    them (to test what the checks make of a row, whatever the aligner would build), each
    with ``confidence``."""
    from claimcheck.records import Alignment

    claims = {d: tuple(extract(t, lang=langs[d], doc=d)) for d, t in texts.items()}
    members = tuple(next(c for c in claims[d] if c.text == t) for d, t in row)
    alignment = Alignment(id="q1", story="s", label="row", claims=members,
                          confidence=confidence, reason="test",
                          confidences=(confidence,) * len(members))
    ctx = StoryContext(story=Story("s", tuple(texts)), claims=claims, texts=texts,
                       langs=langs, alignments=(alignment,), lexicon=default_lexicon())
    return [f for rule in load_rule_packs(None) for f in rule.run(ctx)
            if not f.passed and set(f.claims) & set(members)]


def flags(findings):
    """The findings a reader is asked to act on: failed warnings and errors."""
    return [f for f in findings if not f.passed and f.severity in ("warning", "error")]


def failed_with(findings, text: str):
    """The failed findings (any severity) that hold a claim written ``text``."""
    return [f for f in findings if not f.passed and any(c.text == text for c in f.claims)]


def mention(doc: str, lang: str, text: str, figure: str):
    """The alignment mention of ``figure`` (its claim's text) in ``text``."""
    from claimcheck.stories.mentions import mentions_of

    claims = tuple(extract(text, lang=lang, doc=doc))
    return next(m for m in mentions_of(doc, claims, text) if m.claim.text == figure)


def folder_rows(folder):
    """The aligned rows of a story written as the ``*.txt`` files of ``folder``, loaded as
    ``claimcheck run`` loads them."""
    from pathlib import Path

    from claimcheck.extraction.lexicon import default_lexicon
    from claimcheck.ingest.documents import load_documents

    docs, errors = load_documents([str(p) for p in sorted(Path(folder).glob("*.txt"))])
    assert not errors
    claims = {d.id: tuple(extract(d.text, doc=d.id)) for d in docs}
    return align_story(Story("s", tuple(d.id for d in docs)), claims,
                       {d.id: d.text for d in docs}, default_lexicon())


def row_of(alignments, name: str, text: str):
    """The row holding the mention ``text`` of the file named ``name``, or None."""
    from pathlib import Path

    return next((a for a in alignments
                 if any(Path(c.doc).name == name and c.text == text for c in a.claims)), None)

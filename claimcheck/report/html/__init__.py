"""``report.html``: one self-contained page a fact-checker can read at a glance.

Layout, top to bottom: totals and filters; a one-line overview per story; the finding
cards, most important first (errors, then by relative difference), so the worst
discrepancy is on the first screen; the checks that passed; then per story the document
summary, why the documents were grouped, and the claim matrix.

Safety. Every string that can come from a document (sentences, surface text, subjects,
file names, story reasons, messages) goes through :func:`esc`, in text and attributes.
No document text is ever placed inside ``<script>``: the matrix sentences are inert
``<template>`` elements that the script clones. A Content-Security-Policy meta tag
forbids every load and allows only the inline script whose sha256 it names, so even
an escaping bug could not run a document's script.

The page renders only from the run's records. Modules: :mod:`.common` (escaping, assets,
wording, the run indexed once), :mod:`.chart` (interval charts), :mod:`.cards` (finding
cards), :mod:`.page` (the page around them).
"""
from __future__ import annotations

from .chart import chart
from .common import content_security_policy, esc, marked_sentence, outliers
from .page import render

__all__ = ["render", "esc", "content_security_policy", "chart", "marked_sentence", "outliers"]

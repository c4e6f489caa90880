"""Stage 1, ingest: files, folders and corpora in; decoded :class:`~claimcheck.records.Document`\\ s out.

Takes paths (text, Markdown, HTML, PDF, DOCX; JSON, JSONL, CSV and TSV corpora;
``-`` for standard input) and manifests; gives the next
stage (:mod:`claimcheck.extraction`) one ``Document`` per readable text and one
``InputError`` per input it could not read. Nothing here knows about numbers.

- :mod:`.documents`: paths to documents, size limits, JSON/JSONL records (:mod:`.jsonl`
  reads JSONL corpora one record at a time); :mod:`.walk` walks folders and lists the
  files it skips, :mod:`.formats` tells formats, :mod:`.stdin` reads ``-``, and
  :mod:`.pdf`, :mod:`.docx`, :mod:`.tabular` read PDF, DOCX and CSV/TSV;
- :mod:`.decoding`: bytes to text (BOMs, UTF-8/16, declared and detected legacy charsets);
- :mod:`.html`: article text from an HTML page, without navigation and boilerplate;
- :mod:`.gate_manifest`: ``*.claims.yaml`` manifests of the pytest plugin;
- :mod:`.story_manifest`: ``--manifest`` files that fix the story grouping;
- :mod:`.manifests`: tells the two kinds apart, so ``--manifest`` takes either.
"""
from __future__ import annotations

from .decoding import DecodeError, declared_charset, decode_bytes
from .documents import DOCUMENT_SUFFIXES, iter_documents, load_documents
from .gate_manifest import Manifest, ManifestError, load_manifest
from .html import html_to_text
from .story_manifest import StoryManifestError, load_story_manifest

__all__ = ["load_documents", "iter_documents", "DOCUMENT_SUFFIXES", "DecodeError", "decode_bytes",
           "declared_charset", "html_to_text", "Manifest", "ManifestError", "load_manifest",
           "StoryManifestError", "load_story_manifest"]

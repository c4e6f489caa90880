"""The result of a run: every record the reports render from."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..records import Alignment, Claim, Document, Finding, InputError, Skipped, Story

__all__ = ["RunResult"]

@dataclass(frozen=True)
class RunResult:
    """Everything one run found. ``claims`` maps document id -> its claims in text order;
    ``encodings`` document id -> the encoding its bytes were decoded from; ``locations``
    finding id -> ``doc:line:col`` of the claim to fix (filled by the pipeline while the
    texts are at hand)."""

    documents: tuple[Document, ...]
    errors: tuple[InputError, ...]
    claims: dict[str, tuple[Claim, ...]]
    stories: tuple[Story, ...]
    alignments: tuple[Alignment, ...]
    rules: tuple
    findings: tuple[Finding, ...]
    encodings: dict[str, str]
    locations: dict[str, str] = field(default_factory=dict)
    skipped: tuple[Skipped, ...] = ()

    @cached_property
    def _story_index(self) -> dict[str, Story]:
        return {d: s for s in self.stories for d in s.docs}

    @cached_property
    def _document_index(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def story_of(self, doc_id: str) -> Story | None:
        """The story a document belongs to."""
        return self._story_index.get(doc_id)

    def document(self, doc_id: str) -> Document | None:
        """A document by its id."""
        return self._document_index.get(doc_id)

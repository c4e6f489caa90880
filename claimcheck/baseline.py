"""``claimcheck baseline PATH... > .claimcheck-baseline.json``: record the current findings.

The run is the same as ``claimcheck run`` with the same inputs, rules, manifest and
configuration; the findings that did not pass (less those a suppression of the
configuration accepts) are printed as a baseline file (:mod:`claimcheck.report.known`):
sorted, stable JSON, one entry per finding with its fingerprint and a summary for people.
Messages go to stderr. Exit 0, or 2 when the run could not be done or an input could not
be read (the baseline of the readable inputs is still printed).
"""
from __future__ import annotations

import sys

__all__ = ["cmd_baseline"]

EXIT_OK, EXIT_ERROR = 0, 2


def cmd_baseline(args) -> int:
    """``claimcheck baseline``: print the run's findings as a baseline file."""
    import os

    from .checks.rulefile import RuleError
    from .extraction.language import LanguageError
    from .ingest.story_manifest import StoryManifestError
    from .report.known import render_baseline, triage
    from .runner import check_paths

    try:
        result = check_paths(args.paths, rules=args.rules, manifest=args.manifest,
                             lang=args.lang, max_bytes=args.max_bytes,
                             jobs=getattr(args, "jobs", None),
                             manifest_root=None if args.allow_outside else os.getcwd(),
                             stdin_format=getattr(args, "stdin_format", "auto"))
    except (RuleError, StoryManifestError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except LanguageError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return EXIT_ERROR
    for error in result.errors:
        print(error.line(), file=sys.stderr)
    if not result.documents:
        print("claimcheck: no documents to check", file=sys.stderr)
        return EXIT_ERROR
    kept, known = triage(result.findings, None, None, tuple(getattr(args, "suppress", ())))
    sys.stdout.write(render_baseline(kept))
    sys.stdout.flush()
    from .report.text import plural

    recorded = sum(1 for f in kept if not f.passed)
    extra = f" ({plural(len(known.suppressed), 'suppressed finding')} left out)" \
        if known.suppressed else ""
    print(f"claimcheck: baseline of {plural(recorded, 'finding')}{extra} written to "
          "standard output", file=sys.stderr)
    return EXIT_ERROR if result.errors else EXIT_OK

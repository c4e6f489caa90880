"""Shared test setup."""
# pytester's in-process runs drop modules first imported inside them, and numpy (under
# pandas) cannot be imported twice in one process; import it here, before any such run.
import pandas  # noqa: F401

import os

from hypothesis import settings

# Property tests explore new examples on every local run; in CI they replay a fixed
# sequence, so that a gate does not fail on an example no one has seen before (a failure
# found locally becomes a fix and, where useful, an explicit @example).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

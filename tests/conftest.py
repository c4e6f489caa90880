"""Shared test setup."""
# pytester's in-process runs drop modules first imported inside them, and numpy (under
# pandas) cannot be imported twice in one process; import it here, before any such run.
import pandas  # noqa: F401

import os

from hypothesis import settings

# Property tests explore new examples on every local run; in CI they replay a fixed
# sequence, so that a gate does not fail on an example no one has seen before (a failure
# found locally becomes a fix and, where useful, an explicit @example).
# No deadline: a first example that loads a language's data can take most of a second on
# a loaded machine, and timing is judged by the benchmarks, not by the tests.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")

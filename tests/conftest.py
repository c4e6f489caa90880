"""Shared test setup."""
# pytester's in-process runs drop modules first imported inside them, and numpy (under
# pandas) cannot be imported twice in one process; import it here, before any such run.
import pandas  # noqa: F401

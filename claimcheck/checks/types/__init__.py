"""The closed set of check types a rule file may choose from, one module each.

Each module defines ``PARAMS`` (its rule keys, see :mod:`..params`) and
``compile(params) -> compiled`` whose ``run(emit, ctx)`` only matches. Modules are imported
on first use. A new check type is a module here, its name in :data:`CHECK_TYPES`, its
documentation in docs/rules.md and its tests.
"""
from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["CHECK_TYPES", "check_module"]

CHECK_TYPES = ("agree", "sum", "bound", "count_matches_list", "percent_of", "convert",
               "part_whole")


def check_module(name: str) -> ModuleType:
    """The module implementing check type ``name`` (KeyError for an unknown type)."""
    if name not in CHECK_TYPES:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")

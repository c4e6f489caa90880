"""Stage 4, checks: rule files and stories in; :class:`~claimcheck.records.Finding`\\ s out.

A rule file (``rules/*.yaml``) is data: each rule chooses one check type from a small
closed set (:mod:`.types`, one module each, as in Vale) and its parameters. Rule files are
validated when they load (:mod:`.rulefile`, errors name ``file:line:col``), compiled once,
and run per story on a :class:`~.base.StoryContext` (the story's claims, texts and
alignments). Nothing in a rule file is ever evaluated.

- :mod:`.rulefile`: loading, validation, the default pack;
- :mod:`.params`, :mod:`.select`, :mod:`.template`: rule keys, claim selectors, messages;
- :mod:`.base`: the story context and the emitter that makes findings;
- :mod:`.groups`, :mod:`.roles`, :mod:`.arith`: shared pieces of the check types.
"""
from __future__ import annotations

from .base import ParamError, StoryContext
from .params import Param
from .rulefile import (
                       COMMON_KEYS,
                       TOP_KEYS,
                       Rule,
                       RuleError,
                       default_pack_path,
                       known_concepts,
                       load_rule_file,
                       load_rule_packs,
)
from .select import SELECTOR_KEYS
from .types import CHECK_TYPES, check_module

__all__ = ["CHECK_TYPES", "check_module", "load_rule_packs", "load_rule_file", "Rule",
           "RuleError", "default_pack_path", "known_concepts", "COMMON_KEYS", "TOP_KEYS",
           "SELECTOR_KEYS", "Param", "ParamError", "StoryContext"]

"""Finding the claims a multi-claim rule names (its "roles": parts, total, a and b ...).

With ``scope: document`` (the default) every role must be found in the same document and
the check is made once per document that holds them all. With ``scope: story`` each role
is the first match over the story's documents. A document where no role matches is none
of the rule's business; one where only some match gets an "incomplete" info finding, so a
changed wording does not silently switch a check off.
"""
from __future__ import annotations

from collections.abc import Iterator

from .base import Emitter, StoryContext
from .select import Product, Selector, documents


def _pick(role: Selector | Product, ctx: StoryContext, docs: list[str]):
    if isinstance(role, Product):
        count, amount = role.count.pick(ctx, docs), role.amount.pick(ctx, docs)
        if count is None and amount is None:
            return None
        return (count, amount)
    return role.pick(ctx, docs)


def _claims(found) -> list:
    out = []
    for item in found:
        out.extend(c for c in (item if isinstance(item, tuple) else (item,)) if c is not None)
    return out


def resolve(emit: Emitter, ctx: StoryContext, roles: dict[str, Selector | Product],
            scope: str, doc: str | None, lang: str | None) -> Iterator[tuple[str, dict]]:
    """Yield (where, {role: claim or (count, amount)}) for each place all roles are found."""
    docs = documents(ctx, doc, lang)
    places = [(d, [d]) for d in docs] if scope == "document" else [("the story", docs)]
    for where, searched in places:
        if not searched:
            continue
        found = {name: _pick(role, ctx, searched) for name, role in roles.items()}
        missing = []
        for name, item in found.items():
            role = roles[name]
            if item is None:
                missing.append(f"{name} ({role.describe()})")
            elif isinstance(item, tuple) and None in item:
                side = "count" if item[0] is None else "amount"
                missing.append(f"{name} {side} ({getattr(role, side).describe()})")
        if len(missing) == len(roles) or not _claims(found.values()):
            continue
        if missing:
            emit.incomplete(where, missing, tuple(_claims(found.values())))
            continue
        yield where, found

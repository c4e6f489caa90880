"""``claims.parquet``: the claims table of claims.csv as Parquet, for analysis tools.

Needs pyarrow (``pip install 'claimcheck[parquet]'``). The columns are those of
claims.csv; ``start`` and ``end`` are integers, every other column is text, values and
bounds included, so that they stay exact (cast them where a float will do).
"""
from __future__ import annotations

__all__ = ["render", "schema", "available"]


def available() -> bool:
    """Whether pyarrow (and its Parquet writer) can be imported."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def schema():
    import pyarrow as pa

    from .csvfile import COLUMNS

    return pa.schema([(c, pa.int64() if c in ("start", "end") else pa.string()) for c in COLUMNS])


def render(result) -> bytes:
    """claims.parquet bytes for a whole run."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .csvfile import rows

    table = pa.Table.from_pylist(rows(result), schema=schema())
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()

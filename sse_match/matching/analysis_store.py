"""Product analyses stored when products are written, so an index build does not re-run Kiwi.

Each product keeps the Kiwi analysis of its own eojeols (name, spec, category, description) as JSON,
tagged with `morph.ANALYSIS_VERSION`; rows of an older version are ignored (and re-analysed on build).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Engine

from sse_match.matching import hangul, morph
from sse_match.storage import schema

FIELDS = ("name", "spec", "category", "description")


def analyse_values(values: Mapping[str, object]) -> dict[str, tuple[str, ...]]:
    """Eojeol → content morphemes for one product's text fields."""
    eojeols = {e for f in FIELDS for e in hangul.tokens(str(values.get(f) or "")) if hangul.HANGUL_RE.match(e)}
    return morph.analyse_eojeols(morph.analyzer(), eojeols)


def store(conn: Connection, product_id: int, values: Mapping[str, object], now: datetime) -> None:
    """Write (or replace) one product's analysis, inside the caller's transaction."""
    t = schema.product_analyses
    conn.execute(delete(t).where(t.c.product_id == product_id))
    conn.execute(insert(t).values(product_id=product_id, version=morph.ANALYSIS_VERSION, analysed_at=now,
                                  eojeols=json.dumps(analyse_values(values), ensure_ascii=False)))


def load(engine: Engine) -> dict[str, tuple[str, ...]]:
    """All stored analyses of the current version, merged: eojeol → morphemes."""
    t = schema.product_analyses
    out: dict[str, tuple[str, ...]] = {}
    with engine.connect() as conn:
        for (raw,) in conn.execute(select(t.c.eojeols).where(t.c.version == morph.ANALYSIS_VERSION)):
            out.update({k: tuple(v) for k, v in json.loads(raw).items()})
    return out

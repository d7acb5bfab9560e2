"""The audit log: every write adds a row in the same transaction, with before and after."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Protocol

import polars as pl
from sqlalchemy import Connection, Engine, desc, insert, select

from sse_match.storage import schema
from sse_match.storage.db import read_frame


class Author(Protocol):
    """Who made a change: an accounts.Actor (storage does not import accounts, so it names only what it reads)."""

    @property
    def user_id(self) -> int | None: ...


def _json(row: Mapping[str, Any] | None) -> str | None:
    if row is None:
        return None
    return json.dumps(row, ensure_ascii=False, default=lambda v: v.isoformat() if isinstance(v, date) else str(v),
                      sort_keys=True)


def record(conn: Connection, actor: Author, action: str, table: str, record_id: int | None,
           before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, now: datetime | None = None) -> None:
    if before is not None and after is not None:  # keep only what changed (and the version)
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    conn.execute(insert(schema.audit_log).values(
        at=now or datetime.now(), user_id=actor.user_id, action=action, table_name=table, record_id=record_id,
        before=_json(before), after=_json(after)))


def last_change(conn: Connection, table: str, record_id: int) -> dict[str, Any] | None:
    a, u = schema.audit_log.c, schema.users.c
    row = conn.execute(
        select(a.at, a.action, a.before, a.after, u.login, u.display_name)
        .select_from(schema.audit_log.outerjoin(schema.users, a.user_id == u.id))
        .where(a.table_name == table, a.record_id == record_id).order_by(desc(a.id)).limit(1)
    ).mappings().first()
    if row is None:
        return None
    return {"at": row["at"], "action": row["action"], "who": row["display_name"] or row["login"] or "시스템",
            "before": json.loads(row["before"]) if row["before"] else None,
            "after": json.loads(row["after"]) if row["after"] else None}


def entries(engine: Engine, *, table: str | None = None, user_login: str | None = None,
            since: date | None = None, until: date | None = None, limit: int = 5_000) -> pl.DataFrame:
    """Audit rows, newest first, for the audit page and its export."""

    a, u = schema.audit_log.c, schema.users.c
    stmt = (select(a.id, a.at, u.login, a.action, a.table_name, a.record_id, a.before, a.after)
            .select_from(schema.audit_log.outerjoin(schema.users, a.user_id == u.id)).order_by(desc(a.id)))
    if table:
        stmt = stmt.where(a.table_name == table)
    if user_login:
        stmt = stmt.where(u.login == user_login)
    if since:
        stmt = stmt.where(a.at >= datetime.combine(since, datetime.min.time()))
    if until:
        stmt = stmt.where(a.at < datetime.combine(until, datetime.max.time()))
    with engine.connect() as conn:
        return read_frame(conn, stmt.limit(limit), {"id": pl.Int64, "at": pl.Datetime, "login": pl.String,
                                               "action": pl.String, "table_name": pl.String,
                                               "record_id": pl.Int64, "before": pl.String, "after": pl.String})

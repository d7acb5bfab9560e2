"""The one optimistic-locking write: every versioned row is updated only from the version the user saw.

A form remembers the row's `version` when it is shown. `locked_update` writes only if the row still has
that version and bumps it; otherwise it raises `Conflict` carrying the current row and the last audited
change, so the page can show who changed what and keep what the user typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from sse_match.errors import Conflict, NotFound
from sse_match.storage import audit
from sse_match.text import FIELD_LABELS

CONFLICT_MESSAGE = "다른 사용자가 먼저 저장했습니다"
CONFLICT_ADVICE = ". 입력하신 내용은 그대로 남아 있으니, 바뀐 내용을 확인한 뒤 다시 저장해 주세요."
_NOT_SHOWN = ("version", "updated_at", "password_hash")  # bookkeeping, or never shown


def current_row(conn: Connection, table: Table, record_id: int) -> dict[str, Any]:
    """The row as stored now, or NotFound."""
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFound()
    return dict(row)


def conflict(conn: Connection, table: Table, record_id: int, labels: Mapping[str, str]) -> Conflict:
    """A Conflict that says who saved first, when, and what they changed."""
    current = current_row(conn, table, record_id)
    last = audit.last_change(conn, table.name, record_id)
    detail = ""
    if last and last.get("after"):
        before = last.get("before") or {}
        changes = [f"{labels.get(k, k)}: {before.get(k, '')} → {v}"
                   for k, v in last["after"].items() if k not in _NOT_SHOWN]
        when = last["at"].strftime("%Y-%m-%d %H:%M") if isinstance(last["at"], datetime) else last["at"]
        detail = f" ({last['who']}, {when}) 바뀐 내용: " + "; ".join(changes)
    return Conflict(CONFLICT_MESSAGE + detail + CONFLICT_ADVICE, current, last)


def locked_update(conn: Connection, table: Table, record_id: int, expected_version: int,
                  values: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> dict[str, Any]:
    """UPDATE … WHERE version = the version the user started from; returns the values written."""
    after = {**values, "version": expected_version + 1}
    done = conn.execute(update(table).where(table.c.id == record_id, table.c.version == expected_version)
                        .values(**after))
    if done.rowcount != 1:
        raise conflict(conn, table, record_id, labels or FIELD_LABELS)
    return after


def locked_delete(conn: Connection, table: Table, record_id: int, expected_version: int,
                  labels: Mapping[str, str] | None = None) -> None:
    """DELETE … WHERE version = the version the user saw."""
    done = conn.execute(delete(table).where(table.c.id == record_id, table.c.version == expected_version))
    if done.rowcount != 1:
        raise conflict(conn, table, record_id, labels or FIELD_LABELS)

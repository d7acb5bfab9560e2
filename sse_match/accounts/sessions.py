"""Server-side sign-in sessions: a random token in an HttpOnly cookie, its hash in the `sessions` table.

Why a table and not Streamlit's session state: a reload (F5) or a bookmark opens a new Streamlit session,
and an admin who disables an account or resets its password must end that user's live sessions at once.
The cookie holds nothing but the token; role and rights are read from `users` on every check.

Login is two steps because only an HTTP response can set an HttpOnly cookie: the login form calls
`start` (a one-time code, valid for `CODE_SECONDS`), the browser goes to the cookie route, which calls
`redeem` to turn the code into the cookie token.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import OperationalError

from sse_match.accounts.access import Actor
from sse_match.storage import schema
from sse_match.storage.db import DatabaseBusy

TOKEN_BYTES = 32  # 256 random bits: far above the 128 bits a guessed session token must resist
CODE_SECONDS = 60  # the login page's hand-off to the cookie route happens within a second or two
COOKIE_NAME = "sse_session"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def start(engine: Engine, user_id: int, now: datetime) -> str:
    """A new session for a user who just proved who they are; returns the one-time code for the route."""
    code = secrets.token_urlsafe(TOKEN_BYTES)
    with engine.begin() as conn:
        conn.execute(insert(schema.sessions).values(user_id=user_id, code_hash=_digest(code), created_at=now,
                                                    last_seen_at=now))
    return code


def redeem(engine: Engine, code: str, now: datetime) -> str | None:
    """The cookie token for a fresh one-time code, or None; the code works once."""
    s = schema.sessions.c
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with engine.begin() as conn:
        done = conn.execute(update(schema.sessions)
                            .where(s.code_hash == _digest(code or ""), s.revoked_at.is_(None),
                                   s.created_at >= now - timedelta(seconds=CODE_SECONDS))
                            .values(code_hash=None, token_hash=_digest(token), last_seen_at=now))
    return token if done.rowcount == 1 else None


def resolve(engine: Engine, token: str | None, now: datetime, idle_minutes: int) -> Actor | None:
    """The signed-in user behind a cookie token, or None when it is unknown, revoked, idle too long, or the
    account is disabled. A live session's last-seen time moves to `now` (the inactivity clock restarts)."""
    if not token:
        return None
    s, u = schema.sessions.c, schema.users.c
    with engine.connect() as conn:
        row = conn.execute(select(s.id, s.last_seen_at, u.id.label("uid"), u.login, u.role, u.institution_id,
                                  u.enterprise_id, u.display_name, u.disabled)
                           .select_from(schema.sessions.join(schema.users, s.user_id == u.id))
                           .where(s.token_hash == _digest(token), s.revoked_at.is_(None))).mappings().first()
    if row is None:
        return None
    if row["disabled"] or now - row["last_seen_at"] > timedelta(minutes=idle_minutes):
        with engine.begin() as conn:
            conn.execute(update(schema.sessions).where(s.id == row["id"]).values(revoked_at=now))
        return None
    try:
        with engine.begin() as conn:
            conn.execute(update(schema.sessions).where(s.id == row["id"]).values(last_seen_at=now))
    except (DatabaseBusy, OperationalError):
        # another writer holds SQLite: the last-seen time is bookkeeping, so the user stays signed in and the
        # page (which may be saving a form) meets the lock itself and says "잠시 후 다시 시도"
        pass
    return Actor(row["uid"], row["login"], row["role"], row["institution_id"], row["enterprise_id"],
                 row["display_name"] or row["login"])


def end(engine: Engine, token: str | None, now: datetime) -> None:
    """Logout: the token no longer signs anyone in."""
    if token:
        s = schema.sessions.c
        with engine.begin() as conn:
            conn.execute(update(schema.sessions).where(s.token_hash == _digest(token), s.revoked_at.is_(None))
                         .values(revoked_at=now))


def end_all(conn, user_id: int, now: datetime) -> int:
    """Inside the caller's transaction (disable, password reset or change): every live session of the user
    ends. Returns how many."""
    s = schema.sessions.c
    return conn.execute(update(schema.sessions).where(s.user_id == user_id, s.revoked_at.is_(None))
                        .values(revoked_at=now)).rowcount


def last_sign_in(engine: Engine, user_id: int, before: datetime) -> datetime | None:
    """When the user last signed in before the current session started (shown on 내 계정)."""
    s = schema.sessions.c
    with engine.connect() as conn:
        return conn.execute(select(s.created_at).where(s.user_id == user_id, s.created_at < before)
                            .order_by(s.created_at.desc()).limit(1)).scalar()


def started_at(engine: Engine, token: str | None) -> datetime | None:
    if not token:
        return None
    s = schema.sessions.c
    with engine.connect() as conn:
        return conn.execute(select(s.created_at).where(s.token_hash == _digest(token))).scalar()

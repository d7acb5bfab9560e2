"""Local accounts: argon2 hashes, lockout after repeated failures, user administration.

A failed login always gets the same message, so it never tells whether a name exists or is locked.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta

import polars as pl
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, case, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from sse_match.accounts import sessions
from sse_match.accounts.access import SYSTEM, Actor, PermissionDenied, require_admin
from sse_match.errors import AuthError, NotFound
from sse_match.storage import audit, schema
from sse_match.storage.db import read_frame

MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK_MINUTES = 15
MIN_PASSWORD = 10  # the department's policy for every new, reset or changed password
# Passwords guessed first in any attack; refused even when long enough (compared case-insensitively).
COMMON_PASSWORDS = frozenset({
    "1234567890", "0123456789", "12345678910", "1q2w3e4r5t", "1q2w3e4r5t6y", "qwertyuiop", "qwerty1234",
    "password12", "password123", "password1234", "passw0rd12", "abcd123456", "abc1234567", "a123456789",
    "1234qwer!@", "iloveyou12", "asdfghjkl1", "zxcvbnm123", "admin12345", "admin123456", "welcome123",
    "letmein123", "sunshine12", "jeonju1234", "korea12345", "1111111111", "0000000000", "aaaaaaaaaa",
})
LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")
LOGIN_FAILED = f"아이디 또는 비밀번호가 맞지 않습니다. 여러 번 틀리면 {LOCK_MINUTES}분 동안 로그인할 수 없습니다."

# SSE_ARGON2_PROFILE=test makes hashing cheap for the test suite; hashes carry their own parameters,
# so a database made by tests never weakens a real one.
_hasher = (PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
           if os.environ.get("SSE_ARGON2_PROFILE") == "test" else PasswordHasher())
_DUMMY_HASH = _hasher.hash("timing-equaliser")  # verified for unknown names so both paths take as long


def check_password_policy(password: str, login: str = "") -> None:
    """At least MIN_PASSWORD characters, not the login, not a well-known password."""
    if len(password or "") < MIN_PASSWORD:
        raise AuthError(f"비밀번호는 {MIN_PASSWORD}자 이상이어야 합니다.")
    folded = password.strip().lower()
    if login and folded == login.strip().lower():
        raise AuthError("비밀번호를 아이디와 같게 정할 수 없습니다.")
    if folded in COMMON_PASSWORDS:
        raise AuthError("너무 흔한 비밀번호입니다. 다른 비밀번호를 정해 주세요.")


def hash_password(password: str, login: str = "") -> str:
    check_password_policy(password, login)
    return _hasher.hash(password)


def _verify(hashed: str | None, password: str) -> bool:
    try:
        return _hasher.verify(hashed or _DUMMY_HASH, password) and hashed is not None
    except (VerificationError, InvalidHashError):
        return False


def _actor(row) -> Actor:
    return Actor(row["id"], row["login"], row["role"], row["institution_id"], row["enterprise_id"],
                 row["display_name"] or row["login"])


class Throttled(AuthError):
    """Too many failed logins from this client: wait, then try again."""


# Per client: the first failures are free (typos), then each further failure doubles the wait.
CLIENT_FREE_FAILURES = 5
CLIENT_FIRST_WAIT_S = 2
CLIENT_MAX_WAIT_S = 15 * 60
CLIENT_FORGET_S = 60 * 60  # an hour without failures forgives a client
THROTTLED = "로그인 시도가 너무 많습니다. 잠시 후 다시 시도해 주세요."


def _client_key(client: str | None) -> str | None:
    return (client or "").strip()[:100] or None


def _client_blocked(engine: Engine, client: str | None, now: datetime) -> bool:
    if not client:
        return False
    t = schema.login_throttle.c
    with engine.connect() as conn:
        until = conn.execute(select(t.blocked_until).where(t.client == client)).scalar()
    return until is not None and until > now


def _client_failed(engine: Engine, client: str | None, now: datetime) -> None:
    """Count one failure for the client atomically and set its backoff."""
    if not client:
        return
    t = schema.login_throttle.c
    with engine.begin() as conn:
        row = conn.execute(update(schema.login_throttle).where(t.client == client)
                           .values(failures=case((t.updated_at < now - timedelta(seconds=CLIENT_FORGET_S), 1),
                                                 else_=t.failures + 1), updated_at=now)
                           .returning(t.failures)).first()
        if row is None:
            try:
                with conn.begin_nested():
                    conn.execute(insert(schema.login_throttle).values(client=client, failures=1, updated_at=now))
                failures = 1
            except IntegrityError:  # another replica inserted it first
                failures = conn.execute(update(schema.login_throttle).where(t.client == client)
                                        .values(failures=t.failures + 1, updated_at=now).returning(t.failures)
                                        ).scalar_one()
        else:
            failures = row[0]
        if failures > CLIENT_FREE_FAILURES:
            wait = min(CLIENT_FIRST_WAIT_S * 2 ** (failures - CLIENT_FREE_FAILURES - 1), CLIENT_MAX_WAIT_S)
            conn.execute(update(schema.login_throttle).where(t.client == client)
                         .values(blocked_until=now + timedelta(seconds=wait)))


def _client_ok(engine: Engine, client: str | None) -> None:
    if client:
        with engine.begin() as conn:
            conn.execute(delete(schema.login_throttle).where(schema.login_throttle.c.client == client))


def authenticate(engine: Engine, login: str, password: str, now: datetime | None = None,
                 client: str | None = None) -> Actor:
    """Check a password. The failure counter moves in one atomic UPDATE (no read-then-write), so parallel
    attempts on SQLite or PostgreSQL cannot slip past the lock; `client` (source address or browser)
    gets its own backoff."""
    now = now or datetime.now()
    client = _client_key(client)
    if _client_blocked(engine, client, now):
        raise Throttled(THROTTLED)
    u = schema.users.c
    with engine.connect() as conn:
        row = conn.execute(select(schema.users).where(u.login == (login or "").strip().lower())).mappings().first()
    if row is not None and row["locked_until"] is not None and row["locked_until"] <= now:
        with engine.begin() as conn:  # an expired lock starts a fresh count
            conn.execute(update(schema.users).where(u.id == row["id"], u.locked_until <= now)
                         .values(failed_attempts=0, locked_until=None))
    good = _verify(row["password_hash"] if row else None, password)
    ok = False
    if row is not None and not row["disabled"]:
        unlocked = or_(u.locked_until.is_(None), u.locked_until <= now)
        with engine.begin() as conn:
            if good:  # admitted only while fewer than MAX_FAILURES failures are counted, in the same statement
                ok = conn.execute(update(schema.users)
                                  .where(u.id == row["id"], u.disabled.is_(False), unlocked,
                                         u.failed_attempts < MAX_FAILURES)
                                  .values(failed_attempts=0, locked_until=None).returning(u.id)).first() is not None
            else:
                counted = conn.execute(
                    update(schema.users).where(u.id == row["id"], unlocked)
                    .values(failed_attempts=u.failed_attempts + 1,
                            locked_until=case((u.failed_attempts + 1 >= MAX_FAILURES,
                                               now + timedelta(minutes=LOCK_MINUTES)), else_=u.locked_until))
                    .returning(u.failed_attempts)).scalar()
                if counted == MAX_FAILURES:
                    audit.record(conn, SYSTEM, "lock", "users", row["id"], None,
                                 {"locked_until": now + timedelta(minutes=LOCK_MINUTES)}, now)
    if not ok:
        _client_failed(engine, client, now)
        raise AuthError(LOGIN_FAILED)
    _client_ok(engine, client)
    return _actor(row)


def unlock(engine: Engine, actor: Actor, login: str, now: datetime | None = None) -> None:
    """The department lifts an account lock (and its failure count) before the 15 minutes are over."""
    require_admin(actor)
    with engine.begin() as conn:
        row = _find(conn, login)
        conn.execute(update(schema.users).where(schema.users.c.id == row["id"])
                     .values(failed_attempts=0, locked_until=None))
        audit.record(conn, actor, "unlock", "users", row["id"],
                     {"failed_attempts": row["failed_attempts"], "locked_until": row["locked_until"]},
                     {"failed_attempts": 0, "locked_until": None}, now)


def locked_accounts(engine: Engine, now: datetime) -> list[str]:
    u = schema.users.c
    with engine.connect() as conn:
        return list(conn.execute(select(u.login).where(u.locked_until > now).order_by(u.login)).scalars())


def actor_for_login(engine: Engine, login: str) -> Actor | None:
    """The enabled account acting in a command-line job (the server operator vouches for it)."""
    u = schema.users.c
    with engine.connect() as conn:
        row = conn.execute(select(schema.users).where(u.login == (login or "").strip().lower(),
                                                      u.disabled.is_(False))).mappings().first()
    return _actor(row) if row else None


def actor_for_email(engine: Engine, email: str) -> Actor | None:
    """An OIDC identity maps to an enabled local user by e-mail (case-insensitive)."""
    u = schema.users.c
    with engine.connect() as conn:
        row = conn.execute(select(schema.users).where(func.lower(u.email) == (email or "").strip().lower(),
                                                      u.disabled.is_(False))).mappings().first()
    return _actor(row) if row else None


def create_user(engine: Engine, actor: Actor, *, login: str, password: str | None, role: str,
                institution_id: int | None = None, enterprise_id: int | None = None, email: str | None = None,
                display_name: str | None = None, now: datetime | None = None) -> int:
    require_admin(actor)
    login = (login or "").strip().lower()
    if not LOGIN_RE.match(login):
        raise AuthError("아이디는 영문 소문자·숫자·점·밑줄·하이픈으로 3~40자여야 합니다.")
    if role not in schema.ROLES:
        raise AuthError(f"역할은 {', '.join(schema.ROLES)} 중 하나여야 합니다.")
    if role == "officer" and institution_id is None:
        raise AuthError("구매담당자는 소속 기관이 있어야 합니다.")
    if role == "enterprise" and enterprise_id is None:
        raise AuthError("기업 사용자는 기업 하나에 연결되어야 합니다.")
    if role != "officer":
        institution_id = None
    if role != "enterprise":
        enterprise_id = None
    hashed = hash_password(password, login) if password else None  # None: OIDC-only account
    now = now or datetime.now()
    with engine.begin() as conn:
        if conn.execute(select(schema.users.c.id).where(schema.users.c.login == login)).first():
            raise AuthError("이미 있는 아이디입니다.")
        if institution_id is not None and not conn.execute(
                select(schema.institutions.c.id).where(schema.institutions.c.id == institution_id)).first():
            raise AuthError("기관을 찾을 수 없습니다.")
        if enterprise_id is not None and not conn.execute(
                select(schema.enterprises.c.id).where(schema.enterprises.c.id == enterprise_id)).first():
            raise AuthError("기업을 찾을 수 없습니다.")
        row = dict(login=login, password_hash=hashed, role=role, institution_id=institution_id,
                   enterprise_id=enterprise_id, email=(email or None), display_name=display_name or login,
                   created_at=now)
        uid = conn.execute(insert(schema.users).returning(schema.users.c.id), row).scalar_one()
        audit.record(conn, actor, "create", "users", uid, None,
                     {k: v for k, v in row.items() if k != "password_hash"}, now)
    return uid


def _base(row, expected_version: int | None) -> int:
    """The version a write starts from: the one the admin saw, else the one just read in this transaction."""
    return int(row["version"]) if expected_version is None else expected_version


def _find(conn, login: str):
    row = conn.execute(select(schema.users).where(schema.users.c.login == login.strip().lower())).mappings().first()
    if row is None:
        raise NotFound(f"사용자 {login}을(를) 찾을 수 없습니다.")
    return row


def set_disabled(engine: Engine, actor: Actor, login: str, disabled: bool = True,
                 now: datetime | None = None) -> None:
    """Disabling also ends every live session of the account (it cannot keep working until logout)."""
    require_admin(actor)
    now = now or datetime.now()
    with engine.begin() as conn:
        row = _find(conn, login)
        if actor.user_id == row["id"] and disabled:
            raise PermissionDenied("자기 계정은 끌 수 없습니다.")
        conn.execute(update(schema.users).where(schema.users.c.id == row["id"])
                     .values(disabled=disabled, version=schema.users.c.version + 1))
        if disabled:
            sessions.end_all(conn, row["id"], now)
        audit.record(conn, actor, "disable" if disabled else "enable", "users", row["id"],
                     {"disabled": row["disabled"]}, {"disabled": disabled})


def reset_password(engine: Engine, actor: Actor, login: str, new_password: str,
                   now: datetime | None = None) -> None:
    """A reset also ends every live session of the account."""
    require_admin(actor)
    now = now or datetime.now()
    hashed = hash_password(new_password, login)
    with engine.begin() as conn:
        row = _find(conn, login)
        conn.execute(update(schema.users).where(schema.users.c.id == row["id"]).values(
            password_hash=hashed, failed_attempts=0, locked_until=None, version=schema.users.c.version + 1))
        sessions.end_all(conn, row["id"], now)
        audit.record(conn, actor, "reset_password", "users", row["id"], None, {"password": "(변경됨)"})


def change_password(engine: Engine, actor: Actor, old_password: str, new_password: str,
                    now: datetime | None = None) -> None:
    """A user changes their own password: the old one must be right, the new one follow the policy.
    Every other session of the user ends; the caller starts a new one for the current browser."""
    now = now or datetime.now()
    if actor.user_id is None:
        raise PermissionDenied("이 계정은 비밀번호를 바꿀 수 없습니다.")
    u = schema.users.c
    with engine.connect() as conn:
        current = conn.execute(select(u.password_hash).where(u.id == actor.user_id)).scalar()
    if not _verify(current, old_password or ""):
        raise AuthError("지금 비밀번호가 맞지 않습니다.")
    if new_password == old_password:
        raise AuthError("새 비밀번호가 지금 비밀번호와 같습니다.")
    hashed = hash_password(new_password, actor.login)
    with engine.begin() as conn:
        conn.execute(update(schema.users).where(u.id == actor.user_id).values(
            password_hash=hashed, version=u.version + 1))
        sessions.end_all(conn, actor.user_id, now)
        audit.record(conn, actor, "change_password", "users", actor.user_id, None, {"password": "(변경됨)"}, now)


def list_users(engine: Engine) -> pl.DataFrame:

    u, i, e = schema.users.c, schema.institutions.c, schema.enterprises.c
    stmt = (select(u.id, u.login, u.display_name, u.role, u.email, u.disabled, u.locked_until,
                   i.name.label("institution"), e.name.label("enterprise"), u.created_at)
            .select_from(schema.users.outerjoin(schema.institutions, u.institution_id == i.id)
                         .outerjoin(schema.enterprises, u.enterprise_id == e.id)).order_by(u.id))
    with engine.connect() as conn:
        return read_frame(conn, stmt, {"id": pl.Int64, "login": pl.String, "display_name": pl.String, "role": pl.String,
                                  "email": pl.String, "disabled": pl.Boolean, "locked_until": pl.Datetime,
                                  "institution": pl.String, "enterprise": pl.String, "created_at": pl.Datetime})

"""Notices: a row in the app for everyone involved, and an e-mail when SMTP is configured.

Notices are written in the same transaction as the change they report; e-mails go out after the commit
(`send`), so a mail server that is down never undoes a saved answer. Without SMTP settings nothing is
sent and nothing fails. User text in an e-mail is plain text in the text part and `html.escape`d in
the HTML part.
"""

from __future__ import annotations

import html
import logging
import os
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import polars as pl
from sqlalchemy import Connection, Engine, insert, select, update

from sse_match import config
from sse_match.accounts.access import Actor
from sse_match.storage import schema
from sse_match.storage.db import read_frame

log = logging.getLogger(__name__)
SMTP_TIMEOUT = 10  # seconds: a slow mail server must not hold a page for long
MESSAGE_LIMIT = 500  # the notices.message column


@dataclass(frozen=True)
class Notice:
    """One message to an institution's officers or an enterprise's users."""

    kind: str
    subject: str
    body: str  # plain text; user text inside stays as typed
    institution_id: int | None = None
    enterprise_id: int | None = None
    request_id: int | None = None


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = None
    starttls: bool = False


def smtp_settings(env: Mapping[str, str] | None = None, secrets_path: Path | None = None) -> SmtpSettings | None:
    """SSE_SMTP_HOST/PORT/USER/PASSWORD/FROM/STARTTLS, else `[smtp]` in secrets; None when no host is set."""
    env = os.environ if env is None else env
    secrets_path = secrets_path or config.SECRETS_FILE
    sec = {k: config.secret("smtp", k, None, secrets_path) for k in ("host", "port", "user", "password", "sender",
                                                                     "starttls")}
    host = env.get("SSE_SMTP_HOST") or sec["host"]
    if not host:
        return None
    starttls = env.get("SSE_SMTP_STARTTLS")
    return SmtpSettings(
        host=str(host), port=int(env.get("SSE_SMTP_PORT") or sec["port"] or 25),
        sender=str(env.get("SSE_SMTP_FROM") or sec["sender"] or "noreply@localhost"),
        user=env.get("SSE_SMTP_USER") or sec["user"], password=env.get("SSE_SMTP_PASSWORD") or sec["password"],
        starttls=(starttls.lower() in ("1", "true", "yes")) if starttls else bool(sec["starttls"]))


def add(conn: Connection, notice: Notice, now: datetime) -> None:
    conn.execute(insert(schema.notices).values(
        at=now, institution_id=notice.institution_id, enterprise_id=notice.enterprise_id,
        request_id=notice.request_id, kind=notice.kind, message=notice.body[:MESSAGE_LIMIT]))


def _addresses(conn: Connection, notice: Notice) -> list[str]:
    u, e = schema.users.c, schema.enterprises.c
    found: list[str] = []
    if notice.institution_id is not None:
        found += conn.execute(select(u.email).where(u.institution_id == notice.institution_id, u.role == "officer",
                                                    u.email.is_not(None), ~u.disabled)).scalars().all()
    if notice.enterprise_id is not None:
        found += conn.execute(select(u.email).where(u.enterprise_id == notice.enterprise_id,
                                                    u.email.is_not(None), ~u.disabled)).scalars().all()
        found += conn.execute(select(e.email).where(e.id == notice.enterprise_id, e.email.is_not(None))).scalars().all()
    seen: dict[str, None] = {}
    for a in found:
        a = (a or "").strip()
        if a and "\n" not in a and "\r" not in a and "@" in a:
            seen.setdefault(a.lower(), None)
    return list(seen)


def _one_line(value: str) -> str:
    """Header text: no line breaks, so a typed name can never add a header."""
    return " ".join(str(value).split())


def message(notice: Notice, sender: str, to: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = _one_line(notice.subject)
    msg["From"] = sender
    msg["To"] = to
    msg.set_content(notice.body)
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in notice.body.split("\n") if line.strip())
    msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    return msg


def send(engine: Engine, notices: list[Notice], settings: SmtpSettings | None = None) -> int:
    """E-mail each notice to its addressees; returns the number of mails sent. Never raises."""
    settings = settings or smtp_settings()
    if settings is None or not notices:
        return 0
    sent = 0
    try:
        with engine.connect() as conn:
            batches = [(n, _addresses(conn, n)) for n in notices]
        with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT) as smtp:
            if settings.starttls:
                smtp.starttls()
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            for notice, addresses in batches:
                for to in addresses:
                    smtp.send_message(message(notice, settings.sender, to))
                    sent += 1
    except (OSError, smtplib.SMTPException) as exc:  # the change is saved; the notice stays in the app
        log.warning("e-mail not sent: %s", exc)
    return sent


def for_actor(engine: Engine, actor: Actor, limit: int = 50) -> pl.DataFrame:
    """The actor's notices, newest first: an officer's institution's, an enterprise's own; the admin's none."""
    n = schema.notices.c
    if actor.role == "officer":
        cond = n.institution_id == actor.institution_id
    elif actor.role == "enterprise":
        cond = n.enterprise_id == actor.enterprise_id
    else:
        return pl.DataFrame(schema={"id": pl.Int64, "at": pl.Datetime, "kind": pl.String, "message": pl.String,
                                    "request_id": pl.Int64, "read_at": pl.Datetime})
    stmt = select(n.id, n.at, n.kind, n.message, n.request_id, n.read_at).where(cond).order_by(n.id.desc()).limit(limit)
    with engine.connect() as conn:
        return read_frame(conn, stmt, {"id": pl.Int64, "at": pl.Datetime, "kind": pl.String, "message": pl.String,
                                  "request_id": pl.Int64, "read_at": pl.Datetime})


def mark_read(engine: Engine, actor: Actor, now: datetime) -> None:
    """Everything the actor can see is read (no audit row: reading changes nothing anyone relies on)."""
    n = schema.notices.c
    if actor.role == "officer":
        mine = n.institution_id == actor.institution_id
    elif actor.role == "enterprise":
        mine = n.enterprise_id == actor.enterprise_id
    else:
        return
    with engine.begin() as conn:
        conn.execute(update(schema.notices).where(mine, n.read_at.is_(None)).values(read_at=now))

"""Accounts: roles and permissions, logins, sessions.

Pages use only the names below (an import-linter contract checks it).
"""

from sse_match.accounts.access import ROLE_LABELS, Actor, Conflict, PermissionDenied, may_open
from sse_match.accounts.auth import (
    AuthError,
    actor_for_email,
    authenticate,
    change_password,
    create_user,
    list_users,
    locked_accounts,
    reset_password,
    set_disabled,
    unlock,
)
from sse_match.accounts.sessions import COOKIE_NAME, end, last_sign_in, resolve, start, started_at

__all__ = [
    "Actor",
    "AuthError",
    "COOKIE_NAME",
    "Conflict",
    "PermissionDenied",
    "ROLE_LABELS",
    "actor_for_email",
    "authenticate",
    "change_password",
    "create_user",
    "end",
    "last_sign_in",
    "list_users",
    "locked_accounts",
    "may_open",
    "reset_password",
    "resolve",
    "set_disabled",
    "start",
    "started_at",
    "unlock",
]

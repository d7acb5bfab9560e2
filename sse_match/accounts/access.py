"""Who may do what: the acting user, the roles each page admits, and the errors writes raise."""

from __future__ import annotations

from dataclasses import dataclass

from sse_match.errors import Conflict, PermissionDenied  # noqa: F401 - re-exported for callers

ROLE_LABELS = {"admin": "사회적경제지원과", "officer": "구매담당자", "enterprise": "기업"}

# Each page and the roles that may open it; app.py shows only these in navigation and every page
# checks again when it runs.
PAGE_ROLES: dict[str, frozenset[str]] = {
    "home": frozenset({"admin", "officer", "enterprise"}),
    "search": frozenset({"admin", "officer", "enterprise"}),
    "match": frozenset({"admin", "officer"}),
    "my_enterprise": frozenset({"enterprise"}),
    "purchases": frozenset({"admin", "officer"}),
    "jobs": frozenset({"admin"}),
    "map": frozenset({"admin", "officer"}),
    "admin": frozenset({"admin"}),
    "account": frozenset({"admin", "officer", "enterprise"}),  # issue 13: one's own password and last sign-in
    # quotes (issue 14)
    "quotes": frozenset({"admin", "officer"}),
    # plan (issue 15)
    "plan": frozenset({"admin"}),
}


@dataclass(frozen=True)
class Actor:
    """The user behind a write. Every write function takes one and checks it."""

    user_id: int | None
    login: str
    role: str
    institution_id: int | None = None
    enterprise_id: int | None = None
    display_name: str = ""


SYSTEM = Actor(None, "system", "admin", display_name="시스템")  # CLI set-up and demo loading


def may_open(actor: Actor | None, page: str) -> bool:
    return actor is not None and actor.role in PAGE_ROLES[page]


def require_admin(actor: Actor) -> None:
    if actor.role != "admin":
        raise PermissionDenied("사회적경제지원과 관리자만 할 수 있는 작업입니다.")


def require_enterprise_write(actor: Actor, enterprise_id: int) -> None:
    """Admins may write any enterprise; an enterprise user only its own."""
    if actor.role == "admin":
        return
    if actor.role == "enterprise" and actor.enterprise_id == enterprise_id:
        return
    raise PermissionDenied("다른 기업의 정보는 고칠 수 없습니다.")

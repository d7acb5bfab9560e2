"""One error hierarchy for everything a user can cause, each with a Korean message the UI shows as is.

Like Datasette's `Base400`: the page catches `UserError` once (pages/_ui.py `show_error`) and shows
`message`, plus `details` (row-level problems) when there are any. Anything else is a bug: it is logged
and the user sees a generic Korean apology.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class UserError(Exception):
    """Something the user can fix or must know; `message` is Korean and safe to show."""

    default_message = "요청을 처리할 수 없습니다."

    def __init__(self, message: str | None = None, details: Sequence[str] = ()):
        self.message = message or self.default_message
        self.details = tuple(details)
        super().__init__(self.message)


class NotFound(UserError):
    """The record does not exist (any more)."""

    default_message = "찾을 수 없는 항목입니다 (이미 지워졌을 수 있습니다)."


class PermissionDenied(UserError):
    """The actor's role or ownership does not allow this."""

    default_message = "이 작업을 할 권한이 없습니다."


class Conflict(UserError):
    """Someone saved a newer version first; carries the current row and the last change so nothing is lost."""

    default_message = "다른 사용자가 먼저 저장했습니다. 바뀐 내용을 확인한 뒤 다시 저장해 주세요."

    def __init__(self, message: str | None = None, current: Mapping[str, Any] | None = None,
                 last_change: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.current = dict(current or {})
        self.last_change = dict(last_change) if last_change else None


class ValidationFailed(UserError):
    """Nothing was written; `errors` says what to fix, row by row."""

    def __init__(self, errors: Sequence[Any]):  # FieldError (catalog.validation): str() names row and field
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors), details=[str(e) for e in self.errors])


class FileProblem(UserError):
    """A file that cannot be used at all (format, encoding, size); says what to fix."""


class AuthError(UserError):
    """A login or account change that cannot be done."""


class DatabaseUnavailable(UserError):
    """The configured database cannot be reached."""

    default_message = "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."


class DatabaseNotInitialised(DatabaseUnavailable):
    """The database is reachable but has no schema yet (or an unknown one)."""

    default_message = "데이터베이스가 아직 준비되지 않았습니다. `python -m sse_match init`을 실행해 주세요."

"""Serve the app: `streamlit run server.py` (what `make run` does) or `uvicorn server:app`.

An `st.App` around app.py adds the two HTTP routes a real sign-in session needs (Streamlit scripts can
read cookies but cannot set an HttpOnly one) and fixes page routing once at start-up.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from functools import lru_cache
from urllib.parse import urlsplit

import streamlit as st
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from sse_match import clock, config
from sse_match.accounts import sessions
from sse_match.storage import db


def use_navigation_routing() -> None:
    """Route every URL through app.py's `st.navigation`, from the first request after start-up.

    Streamlit 1.67 has no setting for this. A folder named `pages/` beside the entry point switches a
    process-wide flag (`PagesManager.uses_pages_directory`) to its legacy folder routing until the first
    `st.navigation` call of any session clears it; until then a bookmarked URL such as /purchases would run
    pages/purchases.py without app.py (no login, no database check). Streamlit's documented behaviour is
    that once `st.navigation` runs "your app will ignore the pages/ directory (across all sessions)"; this
    sets that state before the first session instead of after it. tests/test_sessions_browser.py opens a
    bookmarked page URL on a fresh server to guard it.
    """
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False


@asynccontextmanager
async def _lifespan(_app):
    use_navigation_routing()
    yield


@lru_cache(maxsize=2)
def _engine(url: str):
    return db.make_engine(url)


def _local_path(path: str | None) -> str:
    """Only a path on this site (never //host or a full URL) may follow a login."""
    parts = urlsplit(path or "/")
    if parts.scheme or parts.netloc or not (path or "/").startswith("/") or (path or "").startswith("//"):
        return "/"
    return parts.path or "/"


async def start_session(request: Request) -> RedirectResponse:
    """The login page sends the browser here with a one-time code; the answer sets the session cookie."""
    from starlette.concurrency import run_in_threadpool

    code = request.query_params.get("code", "")
    token = await run_in_threadpool(sessions.redeem, _engine(config.database_url()), code, clock.now())
    response = RedirectResponse(_local_path(request.query_params.get("next")), status_code=303)
    if token:
        response.set_cookie(sessions.COOKIE_NAME, token, httponly=True, samesite="lax", path="/",
                            secure=request.url.scheme == "https")
    return response


async def end_session(request: Request) -> RedirectResponse:
    """Logout from outside the app (or a stale cookie): revoke the token and clear the cookie."""
    from starlette.concurrency import run_in_threadpool

    await run_in_threadpool(sessions.end, _engine(config.database_url()),
                            request.cookies.get(sessions.COOKIE_NAME), clock.now())
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(sessions.COOKIE_NAME, path="/")
    return response


app = st.App("app.py", lifespan=_lifespan,
             routes=[Route("/session/start", start_session), Route("/session/end", end_session)])

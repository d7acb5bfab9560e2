"""Shared fixtures: fresh databases on SQLite and PostgreSQL, and a demo database built once."""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

import pytest

# Cheap argon2 for test accounts (hashes keep their parameters; production hashing is unchanged).
os.environ.setdefault("SSE_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pgcluster  # noqa: E402

from sse_match import clock  # noqa: E402
from sse_match.demo import generator as demo  # noqa: E402
from sse_match.storage import db  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() == "true"
# The demo is built on the app clock's date (SSE_TODAY, else today), as `init --demo` builds it: the suite
# must pass on any date, e.g. `SSE_TODAY=2027-06-01 pytest`.
DEMO_TODAY = clock.today()


def require(condition: bool, reason: str) -> None:
    """Skip locally when a system tool is missing; in CI a missing tool is a failure, never a skip."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_cluster():
    require(pgcluster.find_bin() is not None, "PostgreSQL server binaries are missing (apt-get install postgresql)")
    cluster = pgcluster.new_cluster()
    cluster.start()
    yield cluster
    cluster.stop()


_names = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"t{next(_names)}")


@pytest.fixture
def engine(db_url):
    eng = db.make_engine(db_url)
    db.migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(tmp_path):
    eng = db.make_engine(f"sqlite:///{tmp_path / 'unit.db'}")
    db.migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory) -> Path:
    """A SQLite demo database, generated once per session; tests copy it before writing."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    eng = db.make_engine(f"sqlite:///{path}")
    db.migrate(eng)
    demo.load(eng, DEMO_TODAY)
    demo.create_demo_accounts(eng, datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=9))
    eng.dispose()
    return path


@pytest.fixture
def demo_url(demo_db_file, tmp_path) -> str:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_file, copy)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    require(Path(path).exists(), "Debian chromium is missing (apt-get install chromium)")
    return path


DEMO_PASSWORDS = {login: password for login, password, _role, _name in demo.DEMO_ACCOUNTS}


def demo_actor(url: str, login: str):
    """The demo account's Actor, through the real login path."""
    from sse_match.accounts import auth

    eng = db.make_engine(url)
    try:
        return auth.authenticate(eng, login, DEMO_PASSWORDS[login])
    finally:
        eng.dispose()


def session_token(url: str, login: str) -> str:
    """A real session for a demo account, as the login page and the cookie route make it."""
    from sse_match import clock
    from sse_match.accounts import sessions

    eng = db.make_engine(url)
    try:
        code = sessions.start(eng, demo_actor(url, login).user_id, clock.now())
        return sessions.redeem(eng, code, clock.now())
    finally:
        eng.dispose()


def logged_in(at, url: str, login: str):
    """An AppTest signed in as a demo account: its session token, as if read from the browser's cookie."""
    at.session_state["session_token"] = session_token(url, login)
    return at


def submit(at, form: str):
    """Click a form's submit button (by the form key, not by position)."""
    button = next(b for b in at.button if (b.key or "").startswith(f"FormSubmitter:{form}-"))
    return button.click().run()


@pytest.fixture(autouse=True)
def _navigation_routing(monkeypatch):
    """AppTest re-detects the pages/ folder before every run and would route like old Streamlit; the
    server clears that flag once at start-up (server.use_navigation_routing). Run AppTests the way the
    server runs (importing server.py here would build an st.App, which pins process-wide config)."""
    from streamlit.runtime.pages_manager import PagesManager

    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)

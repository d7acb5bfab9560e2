"""The one adapter between Streamlit and `sse_match`: caching, the shared frame, formatting widgets.

Not a page (st.navigation registers pages explicitly). Cached objects are shared by every user,
so nothing returned from here is mutated by a page.
"""

from __future__ import annotations

from datetime import date

import streamlit as st
from sqlalchemy import Engine, exists, select
from streamlit.runtime.pages_manager import PagesManager

from sse_match import catalog, config, db, schema, search, stats, text

# With a pages/ folder beside app.py, Streamlit falls back to its old folder-based routing for a session
# that opens a page URL before any session has called st.navigation (e.g. a bookmark right after a
# restart); the page then runs without app.py. st.navigation clears this process-wide flag; clearing it
# at import limits the fallback to at most one run, which `frame_guard` turns into a rerun via app.py.
PagesManager.uses_pages_directory = False
FRAME_KEY = "_sse_frame"


def mark_frame() -> None:
    """app.py calls this: the shared frame (database check, banner, navigation) ran."""
    st.session_state[FRAME_KEY] = True


def frame_guard() -> None:
    """Pages call this first: a page run without app.py's frame is run again through it."""
    if not st.session_state.get(FRAME_KEY):
        st.rerun()


@st.cache_resource(max_entries=4)
def _engine(url: str) -> Engine:
    return db.make_engine(url)


def engine() -> Engine:
    return _engine(config.database_url())


def require_database() -> Engine:
    """The engine, or a friendly Korean message and a stopped script when it cannot be used."""
    eng = engine()
    try:
        db.check_reachable(eng)
    except db.DatabaseUnavailable as exc:
        msg = text.DB_NOT_INITIALISED if "schema missing" in str(exc) else text.DB_UNAVAILABLE
        st.error(msg, icon=":material/error:")
        st.stop()
    return eng


@st.cache_data(ttl=300, max_entries=8, show_spinner=False)
def has_demo_data(url: str) -> bool:
    with _engine(url).connect() as conn:
        return bool(conn.execute(select(exists().where(schema.enterprises.c.is_demo))).scalar())


@st.cache_data(ttl=120, max_entries=8, show_spinner="집계하는 중…")
def home_figures(url: str, today: date) -> stats.HomeFigures:
    return stats.home_figures(_engine(url), today)


def demo_banner() -> None:
    if has_demo_data(config.database_url()):
        st.caption(f":orange-badge[{text.DEMO_BADGE}] {text.DEMO_NOTE}")


@st.cache_data(ttl=30, max_entries=8, show_spinner=False)
def catalog_version(url: str) -> int:
    """Short-lived: every catalog write bumps the version, so a new index follows within seconds."""
    return catalog.catalog_version(_engine(url))


@st.cache_resource(max_entries=2, show_spinner="검색 색인을 만드는 중…")
def _search_index(url: str, version: int, today: date) -> search.SearchIndex:
    return search.SearchIndex(catalog.approved(_engine(url), today))


def search_index(today: date) -> search.SearchIndex:
    """The shared index for the current catalog version (read-only: never mutate it)."""
    url = config.database_url()
    return _search_index(url, catalog_version(url), today)

"""The one adapter between Streamlit and `sse_match`: caching, the shared frame, formatting widgets.

Not a page (st.navigation registers pages explicitly). Cached objects are shared by every user,
so nothing returned from here is mutated by a page.
"""

from __future__ import annotations

from datetime import date

import streamlit as st
from sqlalchemy import Engine, exists, select

from sse_match import config, db, schema, stats, text


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
        st.error(msg, icon="⚠️")
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

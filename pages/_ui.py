"""The one adapter between Streamlit and `sse_match`: caching, the shared frame, formatting widgets.

Not a page (st.navigation registers pages explicitly). Cached objects are shared by every user,
so nothing returned from here is mutated by a page.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import streamlit as st
from sqlalchemy import Engine, exists, select
from streamlit.runtime.pages_manager import PagesManager

from sse_match import access, auth, catalog, config, db, learning, schema, search, stats, text

# With a pages/ folder beside app.py, Streamlit falls back to its old folder-based routing while no session
# has called st.navigation yet (e.g. a bookmark opened right after a restart): the page then runs without
# app.py, so without the database check, login and inactivity logout. The flag is process-wide; st.navigation
# clears it. `frame_guard` notices such a run, clears the flag and reruns through app.py.
PagesManager.uses_pages_directory = False
FRAME_KEY = "_sse_frame"


def mark_frame(running: bool = True) -> None:
    """app.py marks the page run it frames, and unmarks it when the page is done (even on st.stop)."""
    st.session_state[FRAME_KEY] = running


def frame_guard() -> None:
    """A page run without app.py's frame is run again through it."""
    if not st.session_state.get(FRAME_KEY):
        PagesManager.uses_pages_directory = False
        st.rerun()


ACTOR_KEY = "actor"
SEEN_KEY = "last_seen"


def session_minutes() -> int:
    """Inactivity before logout: SSE_SESSION_MINUTES, else `[session] minutes` in secrets, else 30."""
    return int(os.environ.get("SSE_SESSION_MINUTES") or config.secret("session", "minutes", 30))


def current_actor() -> access.Actor | None:
    """The signed-in user; logs out after inactivity. OIDC identities map to users by e-mail."""
    actor = st.session_state.get(ACTOR_KEY)
    now = datetime.now()
    if actor is not None:
        seen = st.session_state.get(SEEN_KEY, now)
        if now - seen > timedelta(minutes=session_minutes()):
            logout()
            # the page set changes on logout and Streamlit reruns: the login page shows this once
            st.session_state["flash"] = text.AUTH["expired"].format(minutes=session_minutes())
            return None
        st.session_state[SEEN_KEY] = now
        return actor
    if _oidc_configured() and getattr(st.user, "is_logged_in", False):
        mapped = auth.actor_for_email(engine(), st.user.get("email", ""))
        if mapped is None:
            st.error(text.AUTH["oidc_unknown"].format(email=st.user.get("email", "")))
            st.button(text.AUTH["logout"], on_click=st.logout)
            st.stop()
        st.session_state[ACTOR_KEY] = mapped
        st.session_state[SEEN_KEY] = now
        return mapped
    return None


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:
        return False


def logout() -> None:
    st.session_state.pop(ACTOR_KEY, None)
    st.session_state.pop(SEEN_KEY, None)
    if _oidc_configured() and getattr(st.user, "is_logged_in", False):
        st.logout()


def login_page() -> None:
    T = text.AUTH
    st.title(T["title"])
    st.caption(T["intro"])
    if flash := st.session_state.pop("flash", None):
        st.warning(flash)
    with st.form("login_form"):
        login = st.text_input(T["login"], key="login_name")
        password = st.text_input(T["password"], type="password", key="login_password")
        submitted = st.form_submit_button(T["submit"], type="primary")
    if submitted:
        try:
            actor = auth.authenticate(engine(), login, password)
        except auth.AuthError as exc:
            st.error(str(exc))
        else:
            st.session_state[ACTOR_KEY] = actor
            st.session_state[SEEN_KEY] = datetime.now()
            st.rerun()
    if _oidc_configured():
        st.button(T["oidc"], on_click=st.login, key="oidc_login", icon=":material/badge:")
    if has_demo_data(config.database_url()):
        st.caption(T["demo_hint"])


def page_guard(page: str) -> access.Actor:
    """Every page starts here: the app frame ran, someone is signed in, and their role may open it."""
    frame_guard()
    actor = st.session_state.get(ACTOR_KEY)
    if not access.may_open(actor, page):
        st.error(text.AUTH["forbidden"])
        st.stop()
    return actor


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


def catalog_version(url: str) -> int:
    """Read on every run (one small row): every catalog write bumps it, so search sees a change at once."""
    return catalog.catalog_version(_engine(url))


@st.cache_resource(max_entries=2, show_spinner="검색 색인을 만드는 중…")
def _search_index(url: str, version: int, today: date, synonyms_version: int) -> search.SearchIndex:
    from sse_match import analysis_store

    eng = _engine(url)
    return search.SearchIndex(catalog.approved(eng, today), extra_synonyms=learning.approved_synonyms(eng),
                              analyses=analysis_store.load(eng))


def search_index(today: date) -> search.SearchIndex:
    """The shared index for the current catalog and learned-synonyms versions (read-only: never mutate it).

    The admin's approved synonyms (query word → catalog word) come from the database; their version is part
    of the cache key, so an approval changes the next search without a restart."""
    url = config.database_url()
    return _search_index(url, catalog_version(url), today, learning.synonyms_version(_engine(url)))


@st.cache_resource(max_entries=2, show_spinner="구매 실적을 불러오는 중…")
def _purchase_data(url: str, version: int):
    from sse_match.purchase_stats import PurchaseData

    return PurchaseData.load(_engine(url))


def purchase_data():
    """All purchases, loaded once per purchases version (every purchase write bumps it); read-only."""
    from sse_match import purchases

    url = config.database_url()
    return _purchase_data(url, purchases.purchases_version(_engine(url)))


@st.cache_data(ttl=300, max_entries=4, show_spinner=False)
def workforce(url: str, version: int) -> stats.Workforce:
    return stats.Workforce.load(_engine(url))


def won_column(label: str):
    return st.column_config.NumberColumn(label, format="localized")


@st.cache_data(ttl=600, max_entries=2, show_spinner=False)
def _institutions(url: str):
    import polars as pl

    i = schema.institutions.c
    with _engine(url).connect() as conn:
        return stats.frame(conn, select(i.id.label("institution_id"), i.name.label("institution_name"), i.lat, i.lon),
                           {"institution_id": pl.Int64, "lat": pl.Float64, "lon": pl.Float64})


def institutions_frame():
    return _institutions(config.database_url())


@st.cache_resource
def page_icon():
    """A small locally drawn icon: a page icon given by name would be fetched from a font CDN."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((4, 4, 60, 60), fill=(46, 125, 50, 255))
    draw.ellipse((20, 20, 44, 44), fill=(255, 255, 255, 255))
    return img


def show_error(exc: Exception) -> None:
    """A refused write, in Korean: every row error as a bullet; user text never becomes markdown."""
    from sse_match import validation

    if isinstance(exc, validation.ValidationFailed):
        st.error("\n".join(f"- {text.md_escape(e)}" for e in exc.errors))
    else:
        st.error(text.md_escape(exc))


def column_mapping(upload, default_mapping, labels: dict[str, str], key: str) -> dict[str, str | None] | None:
    """For an uploaded table: one select per field, preset to the column the file seems to use."""
    try:
        columns = catalog.read_table(upload.getvalue(), upload.name).columns
    except catalog.FileProblem as exc:
        show_error(exc)
        return None
    cols = st.columns(4)
    mapping = {}
    for k, (field, col) in enumerate(default_mapping(columns).items()):
        options = [None, *columns]
        mapping[field] = cols[k % 4].selectbox(labels.get(field, field), options, index=options.index(col),
                                               key=f"{key}_{field}", format_func=lambda c: "(없음)" if c is None else c)
    return mapping


@st.cache_data(ttl=600, max_entries=4, show_spinner=False)
def _map_enterprises(url: str, version: int, today: date):
    from sse_match import maps

    return maps.enterprises_frame(_engine(url), today)


def map_enterprises(today: date):
    """Enterprises with today's workers, loaded once per catalog version (profiles bump it)."""
    url = config.database_url()
    return _map_enterprises(url, catalog_version(url), today)

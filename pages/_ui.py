"""The one adapter between Streamlit and `sse_match`: caching, the shared frame, formatting widgets.

Not a page (st.navigation registers pages explicitly). Cached objects are shared by every user,
so nothing returned from here is mutated by a page.
"""

from __future__ import annotations

import logging
import os
from datetime import date

import streamlit as st

from sse_match import accounts, catalog, clock, config, errors, files, fmt, matching, places, purchases, storage, text
from sse_match import workforce as stats
from sse_match.purchases import PurchaseCache

# Every grid has Streamlit's own "Download as CSV" in its toolbar, which bypasses export.csv_bytes: the
# frames reaching any st.dataframe are defused here once, for every page (formula-looking text gets a
# leading apostrophe, as in our own downloads; numbers stay numbers).
_st_dataframe = getattr(st.dataframe, "_sse_original", st.dataframe)


def _safe_dataframe(data=None, *args, **kwargs):

    return _st_dataframe(files.grid_safe(data), *args, **kwargs)


_safe_dataframe._sse_original = _st_dataframe  # type: ignore[attr-defined]
st.dataframe = _safe_dataframe



ACTOR_KEY = "actor"


def session_minutes() -> int:
    """Inactivity before logout: SSE_SESSION_MINUTES, else `[session] minutes` in secrets, else 30."""
    return int(os.environ.get("SSE_SESSION_MINUTES") or config.secret("session", "minutes", 30))


TOKEN_KEY = "session_token"  # the cookie's session token, read once per Streamlit session
LOGIN_CODE_KEY = "login_code"  # the one-time code the login page hands to the cookie route


def _session_token() -> str | None:
    """The browser's session token: from the HttpOnly cookie sent with the page request (a reload or a
    bookmark carries it), kept in this Streamlit session's state once read."""
    token = st.session_state.get(TOKEN_KEY)
    if token is None and not st.session_state.get(LOGGED_OUT_KEY):
        try:
            token = st.context.cookies.get(accounts.COOKIE_NAME)
        except Exception:  # noqa: BLE001 - no request context (bare script run)
            token = None
        if not isinstance(token, str):  # AppTest has no real request
            token = None
        if token:
            st.session_state[TOKEN_KEY] = token
    return token


def current_actor() -> accounts.Actor | None:
    """The signed-in user, checked against the session table on every run: a logout, a disabled account,
    a password reset or inactivity ends it at once. OIDC identities map to enabled users by e-mail."""
    had = st.session_state.get(ACTOR_KEY) is not None
    actor = accounts.resolve(engine(), _session_token(), clock.now(), session_minutes())
    if actor is not None:
        st.session_state[ACTOR_KEY] = actor
        return actor
    st.session_state.pop(ACTOR_KEY, None)
    st.session_state.pop(TOKEN_KEY, None)
    if _oidc_configured() and getattr(st.user, "is_logged_in", False):
        mapped = accounts.actor_for_email(engine(), st.user.get("email", ""))
        if mapped is None:
            st.error(text.AUTH["oidc_unknown"].format(email=st.user.get("email", "")))
            st.button(text.AUTH["logout"], on_click=st.logout)
            st.stop()
        st.session_state[ACTOR_KEY] = mapped
        return mapped
    if had:
        st.session_state["flash"] = text.AUTH["expired"].format(minutes=session_minutes())
    return None


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:
        return False


def logout() -> None:
    accounts.end(engine(), st.session_state.get(TOKEN_KEY), clock.now())
    st.session_state.pop(ACTOR_KEY, None)
    st.session_state.pop(TOKEN_KEY, None)
    st.session_state[LOGGED_OUT_KEY] = True
    if _oidc_configured() and getattr(st.user, "is_logged_in", False):
        st.logout()


LOGGED_OUT_KEY = "logged_out"  # this Streamlit session logged out: a stale cookie is not read again


def _redirect(url: str) -> None:
    """Send the browser to one of the app's own routes (a fixed script; `url` is built here, never typed)."""
    import json

    st.html(f"<script>window.location.replace({json.dumps(url)});</script>", unsafe_allow_javascript=True)


def current_path() -> str:
    """The page path the browser asked for (e.g. /purchases), so login can return there."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(st.context.url or "").path or "/"
    except Exception:  # noqa: BLE001 - no request context
        return "/"


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
            actor = accounts.authenticate(engine(), login, password, client=client_id())
        except errors.UserError as exc:
            st.error(str(exc))
        else:
            code = accounts.start(engine(), actor.user_id, clock.now())
            st.session_state[LOGIN_CODE_KEY] = code
            st.session_state.pop(LOGGED_OUT_KEY, None)
            from urllib.parse import urlencode

            st.info(T["signing_in"])
            _redirect(f"{SESSION_ROUTE}?{urlencode({'code': code, 'next': current_path()})}")
            st.stop()
    if _oidc_configured():
        st.button(T["oidc"], on_click=st.login, key="oidc_login", icon=":material/badge:")
    if has_demo_data(config.database_url()):
        st.caption(T["demo_hint"])


def client_id() -> str:
    """Who is logging in, for the per-client backoff: the address the reverse proxy saw (X-Forwarded-For),
    else the source address, else this browser session."""
    forwarded = st.context.headers.get("X-Forwarded-For")
    forwarded = forwarded.split(",")[0].strip() if isinstance(forwarded, str) else ""
    ip = forwarded or getattr(st.context, "ip_address", None)
    if isinstance(ip, str) and ip:  # (a test harness has no real connection)
        return f"ip:{ip}"
    return "session:" + st.session_state.setdefault("_client", os.urandom(8).hex())


SESSION_ROUTE = "/session/start"  # server.py: turns the one-time code into the HttpOnly cookie


def navigation_pages(actor: accounts.Actor | None, pages: list[tuple[str, str, str, str]]) -> list:
    """Every page URL exists for everyone, so a bookmark never meets Streamlit's English "Page not found":
    signed out, each URL shows the login form (and returns there after login); signed in, the pages of
    the user's role are in the menu and the others are hidden and say so in Korean."""
    def stand_in(render, key: str):
        def page() -> None:
            render()
        page.__name__ = f"{key}_{render.__name__}"
        return page

    def forbidden() -> None:
        st.error(text.AUTH["forbidden"])

    if actor is None:
        return [st.Page(login_page, title=text.AUTH["title"], icon=":material/login:", url_path="login",
                        default=True)] + [
            st.Page(stand_in(login_page, k), title=text.AUTH["title"], url_path=u, visibility="hidden")
            for k, _f, u, _i in pages]
    allowed = [p for p in pages if accounts.may_open(actor, p[0])]
    return [st.Page(f, title=text.PAGE_TITLES[k], icon=i, url_path=u, default=(n == 0))
            for n, (k, f, u, i) in enumerate(allowed)] + [
        st.Page(stand_in(forbidden, k), title=text.PAGE_TITLES[k], url_path=u, visibility="hidden")
        for k, _f, u, _i in pages if not accounts.may_open(actor, k)] + [
        st.Page(stand_in(lambda: st.switch_page(allowed[0][1]), "login"), title=text.AUTH["title"],
                url_path="login", visibility="hidden")]


def page_guard(page: str) -> accounts.Actor:
    """Every page starts here: someone is signed in and their role may open it."""
    actor = st.session_state.get(ACTOR_KEY)
    if not accounts.may_open(actor, page):
        st.error(text.AUTH["forbidden"])
        st.stop()
    return actor


@st.cache_resource(max_entries=4)
def _engine(url: str) -> storage.Engine:
    return storage.make_engine(url)


def engine() -> storage.Engine:
    return _engine(config.database_url())


def require_database() -> storage.Engine:
    """The engine, or a friendly Korean message and a stopped script when it cannot be used."""
    eng = engine()
    try:
        storage.check_reachable(eng)
    except (storage.SchemaTooNew, storage.NotADatabase) as exc:
        st.error(str(exc), icon=":material/error:")
        st.stop()
    except errors.UserError as exc:
        msg = text.DB_NOT_INITIALISED if isinstance(exc, errors.DatabaseNotInitialised) else text.DB_UNAVAILABLE
        st.error(msg, icon=":material/error:")
        st.stop()
    return eng


@st.cache_data(ttl=300, max_entries=8, show_spinner=False)
def has_demo_data(url: str) -> bool:
    return storage.has_demo_data(_engine(url))


@st.cache_data(ttl=600, max_entries=8, show_spinner="집계하는 중…")
def _home_figures(url: str, today: date, versions: tuple[int, int]) -> stats.HomeFigures:
    return stats.home_figures(_engine(url), today)


def home_figures(url: str, today: date) -> stats.HomeFigures:
    """Keyed on the shared catalog and purchases versions (read from the database on every run), so a
    write on any replica shows on the next run of every replica."""

    return _home_figures(url, today, (catalog_version(url), purchases.purchases_version(_engine(url))))


def demo_banner() -> None:
    if has_demo_data(config.database_url()):
        st.caption(f":orange-badge[{text.DEMO_BADGE}] {text.DEMO_NOTE}")


def catalog_version(url: str) -> int:
    """Read on every run (one small row): every catalog write bumps it, so search sees a change at once."""
    return catalog.catalog_version(_engine(url))


@st.cache_resource(max_entries=2, show_spinner="검색 색인을 만드는 중…")
def _search_index(url: str, version: int, today: date, synonyms_version: int) -> matching.SearchIndex:

    eng = _engine(url)
    return matching.SearchIndex(catalog.approved(eng, today), extra_synonyms=matching.approved_synonyms(eng),
                              analyses=matching.load(eng))


def search_index(today: date) -> matching.SearchIndex:
    """The shared index for the current catalog and learned-synonyms versions (read-only: never mutate it).

    The admin's approved synonyms (query word → catalog word) come from the database; their version is part
    of the cache key, so an approval changes the next search without a restart."""
    url = config.database_url()
    return _search_index(url, catalog_version(url), today, matching.synonyms_version(_engine(url)))


@st.cache_resource(max_entries=2)
def _purchase_cache(url: str):

    return PurchaseCache()


def purchase_data():
    """All purchases; the purchases version is read from the shared database on every run and new rows
    are appended since the last one (corrections reload in full); read-only."""

    url = config.database_url()
    return _purchase_cache(url).get(_engine(url), purchases.purchases_version(_engine(url)))


@st.cache_data(ttl=300, max_entries=4, show_spinner=False)
def workforce(url: str, version: int) -> stats.Workforce:
    return stats.Workforce.load(_engine(url))


def won_column(label: str):
    return st.column_config.NumberColumn(label, format="localized")


@st.cache_data(ttl=600, max_entries=2, show_spinner=False)
def _institutions(url: str):
    return purchases.institutions_frame(_engine(url))


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
    """The one way a refused action is shown: the Korean message, and each row's problem as a bullet.

    `errors.UserError` carries its own Korean message; anything else is a bug, so it is logged and the user
    sees a Korean apology rather than a traceback. User text never becomes markdown.
    """
    if isinstance(exc, errors.ValidationFailed):
        st.error("\n".join(f"- {text.md_escape(e)}" for e in exc.errors))
    elif isinstance(exc, errors.UserError):
        st.error(text.md_escape(exc.message))
    else:
        logging.getLogger("sse_match").exception("unexpected error shown to a user", exc_info=exc)
        st.error(text.UNEXPECTED)


def column_mapping(upload, default_mapping, labels: dict[str, str], key: str) -> dict[str, str | None] | None:
    """For an uploaded table: one select per field, preset to the column the file seems to use."""
    try:
        columns = catalog.read_table(upload.getvalue(), upload.name).columns
    except errors.UserError as exc:
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

    return places.enterprises_frame(_engine(url), today)


def map_enterprises(today: date):
    """Enterprises with today's workers, loaded once per catalog version (profiles bump it)."""
    url = config.database_url()
    return _map_enterprises(url, catalog_version(url), today)


def once(form: str, values) -> bool:
    """True when this submission of `form` should write. A second submission with the same values (a double
    click, or Enter pressed twice) is refused with a note and a box to tick for saving the same content once
    more. The claim is recorded before the write (no Streamlit call in between), so a click that interrupts
    the first run still finds it. Works inside and outside `st.form` (a checkbox needs no callback)."""
    import hashlib

    key, again = f"_once_{form}", f"once_again_{form}"
    fingerprint = hashlib.sha256(repr(values).encode()).hexdigest()
    confirmed = st.session_state.get(again) or st.session_state.pop(f"_once_ok_{form}", False)
    if st.session_state.get(key) == fingerprint and not confirmed:
        st.info(text.ONCE["duplicate"])
        st.checkbox(text.ONCE["again"], key=again)
        return False
    st.session_state[key] = fingerprint
    return True


def keep_once_confirmations() -> None:
    """app.py, every run: a ticked 'save again' box outside a form triggers a rerun in which `once` is not
    called, so its widget state would vanish; keep the tick until the next submission uses it."""
    for k in [k for k in st.session_state if isinstance(k, str) and k.startswith("once_again_")]:
        if st.session_state[k]:
            st.session_state[f"_once_ok_{k.removeprefix('once_again_')}"] = True


def release(form: str) -> None:
    """The write failed: the same values may be submitted again."""
    st.session_state.pop(f"_once_{form}", None)


def korean_frame(df, keep: frozenset[str] = frozenset()):
    """A frame ready to show: stored codes as Korean words, 예/아니요 for booleans, dates as 2026-12-01,
    사업자등록번호 with dashes, and empty cells instead of None. Columns in `keep` are left alone."""
    import polars as pl

    out = []
    for name, dtype in df.schema.items():
        col = pl.col(name)
        if name in keep:
            out.append(col)
        elif dtype == pl.Boolean:
            out.append(pl.when(col).then(pl.lit("예")).when(~col).then(pl.lit("아니요")).otherwise(pl.lit(""))
                       .alias(name))
        elif dtype == pl.Date:
            out.append(col.dt.strftime("%Y-%m-%d").fill_null("").alias(name))
        elif isinstance(dtype, pl.Datetime):
            out.append(col.dt.strftime("%Y-%m-%d %H:%M").str.replace(" 00:00$", "").fill_null("").alias(name))
        elif dtype == pl.String:
            base = name.split(".")[-1]
            if base in text.VALUE_LABELS:
                col = col.replace(text.VALUE_LABELS[base])
            elif base in ("biz_no", "사업자등록번호"):
                col = col.str.replace(r"^(\d{3})(\d{2})(\d{5})$", "$1-$2-$3")
            out.append(col.fill_null("").alias(name))
        elif dtype.is_numeric() and df[name].null_count():
            formatted = col.map_batches(lambda s: s.cast(pl.String), return_dtype=pl.String)
            if dtype.is_integer():
                formatted = col.cast(pl.Int64).map_batches(
                    lambda s: pl.Series([f"{v:,}" if v is not None else "" for v in s.to_list()], dtype=pl.String),
                    return_dtype=pl.String)
            out.append(formatted.fill_null("").alias(name))
        else:
            out.append(col)
    return df.select(out)


_PLAIN_NUMBER = ("year", "연도", "row", "행", "id", "번호", "code")  # numbers shown without separators


def _localized(df, config: dict) -> dict:
    """Thousands separators on every numeric column that has no typed format of its own."""
    out = dict(config)
    for name, dtype in df.schema.items():
        if not dtype.is_numeric() or any(name == p or name.endswith(p) for p in _PLAIN_NUMBER):
            continue
        current = out.get(name)
        if current is None or isinstance(current, str):
            label = current if isinstance(current, str) else name
            if any(label == p or label.endswith(p) for p in _PLAIN_NUMBER):
                continue
            out[name] = st.column_config.NumberColumn(label, format="localized")
    return out


def map_legend(type_colors: dict[str, list[int]], mode: str) -> str:
    """What colour and size mean on the map (pydeck draws no legend)."""
    import html

    T = text.MAP
    chips = "".join(f'<span style="display:inline-flex;align-items:center;margin-right:12px">'
                    f'<span style="width:12px;height:12px;border-radius:6px;margin-right:4px;'
                    f'background:rgb({c[0]},{c[1]},{c[2]})"></span>{html.escape(t)}</span>'
                    for t, c in type_colors.items())
    size = {"points": T["legend_size"], "columns": T["legend_column"]}.get(mode, T["legend_hex"])
    return (f'<div style="font-size:0.85rem;color:#555"><b>{html.escape(T["legend_type"])}</b> {chips}'
            f'<br>{html.escape(size)}</div>')


def table(df, *, empty: str | None = None, **kwargs):
    """`st.dataframe` for a polars frame with Korean values (see `korean_frame`); an empty frame says why
    instead of showing an empty grid. Columns given a typed column_config (number, date, …) keep their
    values so the config formats them."""
    if df.is_empty():
        st.caption(empty or text.EMPTY_TABLE)
        return None
    col_config = kwargs.get("column_config") or {}
    typed = frozenset(k for k, v in col_config.items() if isinstance(v, dict) and v.get("type_config"))
    shown = korean_frame(df, typed)
    kwargs["column_config"] = _localized(shown, col_config)
    return st.dataframe(shown, **kwargs)


@st.cache_data(ttl=300, max_entries=4, show_spinner=False)
def _names(url: str, which: str) -> dict[int, str]:
    return catalog.names(_engine(url), which)


def institution_names() -> dict[int, str]:
    """Every institution by id, sorted by name, for searchable pickers."""
    return _names(config.database_url(), "institutions")


def enterprise_names() -> dict[int, str]:
    """Every enterprise by id, sorted by name (with 사업자등록번호 would need a query per row: names suffice)."""
    return _names(config.database_url(), "enterprises")


def jobs_statement(today: date) -> str:
    """One sentence, the same on 홈 and 일자리, naming the period each jobs figure counts."""
    import polars as pl


    url = config.database_url()
    wf = workforce(url, catalog_version(url))
    plan = purchases.jobs_by_plan_year(wf, today).filter(pl.col("target").is_not_null())
    done = int(plan["new_jobs"].sum())
    since = home_figures(url, today).new_jobs
    return text.HOME["jobs_periods"].format(plan=done, ratio=fmt.percent(done / 1000), since=since)


def officer_home(actor: accounts.Actor, today: date) -> None:
    """An officer's institution this year: 목표, 구매액, 달성률, 남은 금액, 연말 예상, recent purchases, reminders."""
    import polars as pl


    T = text.HOME
    data = purchase_data()
    view = purchases.institution_view(data, actor.institution_id, today.year, today)
    inst = institution_names().get(actor.institution_id, "")
    st.subheader(T["officer_title"].format(inst=inst, year=today.year))
    cols = st.columns(5)
    dash = "-"
    cols[0].metric("목표", fmt.short_won(view.target) if view.target else dash, border=True)
    cols[1].metric("구매액", fmt.short_won(view.purchased), border=True)
    cols[2].metric("달성률", fmt.percent(view.achievement), border=True)
    cols[3].metric("남은 금액", fmt.short_won(view.remaining) if view.remaining is not None else dash, border=True)
    cols[4].metric("연말 예상", fmt.short_won(view.forecast), border=True)
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{T['recent']}**")
        mine = data.purchases.filter(pl.col("institution_id") == actor.institution_id).sort(
            "purchased_on", descending=True).head(5).join(data.enterprises.select("enterprise_id", "enterprise_name"),
                                                          on="enterprise_id", how="left")
        table(mine.select("purchased_on", "enterprise_name", "description", "amount"), hide_index=True,
              key="officer_recent", column_config={"purchased_on": "구매일자", "enterprise_name": "기업",
                                                   "description": "품명", "amount": won_column("구매액(원)")})
    with right:
        st.markdown(f"**{T['reminders']}**")
        todo = []
        if today.month == 1 or view.target is None:
            todo.append(T["remind_plan"])
        pace = (today.timetuple().tm_yday / 365)
        if view.achievement is not None and view.achievement < pace:
            todo.append(T["remind_behind"].format(pace=fmt.percent(pace), remaining=fmt.short_won(view.remaining or 0)))
        for item in todo or [T["remind_none"]]:
            st.markdown(f"- {item}")
    st.divider()


# Streamlit has no setting for the file uploader's own words ("Upload", "200MB per file • CSV, XLSX"); its
# documented st.html styling covers them with Korean. The English stays in the page source, hidden.
# Key figures use a slightly smaller font so five fit in a row at 1280 px with the sidebar open.
_KOREAN_CHROME = """<style>
[data-testid=stFileUploaderDropzone] button [data-testid=stMarkdownContainer] { display: none; }
[data-testid=stFileUploaderDropzone] button span[data-has-shortcut]::after { content: "%(browse)s"; }
[data-testid=stFileUploaderDropzoneInstructions] span { display: none; }
[data-testid=stFileUploaderDropzoneInstructions] > div::after { content: "%(drop)s"; font-size: 0.875rem; }
[data-testid=stMetricValue] > div { font-size: 1.75rem; }
</style>"""


def korean_chrome() -> None:
    """Korean words over Streamlit's English widget chrome (see _KOREAN_CHROME)."""
    st.html(_KOREAN_CHROME % text.UPLOADER)


def template_button(kind: str) -> None:
    """양식 내려받기 next to an upload (see text.TEMPLATES)."""

    spec = text.TEMPLATES[kind]
    st.download_button(text.TEMPLATE_BUTTON, files.template_xlsx(spec["sheet"], spec["columns"], spec["notes"]),
                       spec["file"], files.XLSX_MIME,
                       key=f"template_{kind}", icon=":material/download:")

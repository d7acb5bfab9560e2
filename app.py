"""Entry point: page config, database check, login, role-based navigation."""

import logging

import streamlit as st

from pages import _ui
from sse_match import accounts, storage, text

st.set_page_config(page_title=text.APP_TITLE, page_icon=_ui.page_icon(), layout="wide")

_ui.korean_chrome()
_ui.require_database()
actor = _ui.current_actor()
_ui.keep_once_confirmations()

with st.sidebar:
    st.markdown(f"### {text.APP_TITLE}")
    st.caption("전주시 사회적경제지원과")
    if actor is not None:
        st.caption(text.AUTH["signed_in"].format(name=text.md_escape(actor.display_name), role=accounts.ROLE_LABELS[actor.role]))
        st.button(text.AUTH["logout"], on_click=_ui.logout, key="logout", icon=":material/logout:")

PAGES = [  # (page key, file, url, icon); the roles come from access.PAGE_ROLES
    ("home", "pages/home.py", "home", ":material/home:"),
    ("search", "pages/search.py", "search", ":material/search:"),
    ("match", "pages/match.py", "match", ":material/join_inner:"),
    ("my_enterprise", "pages/my_enterprise.py", "my-enterprise", ":material/storefront:"),
    ("purchases", "pages/purchases.py", "purchases", ":material/receipt_long:"),
    ("jobs", "pages/jobs.py", "jobs", ":material/groups:"),
    ("map", "pages/map.py", "map", ":material/map:"),
    ("admin", "pages/admin.py", "admin", ":material/admin_panel_settings:"),
    ("account", "pages/account.py", "account", ":material/person:"),  # issue 13
    # quotes (issue 14)
    ("quotes", "pages/quotes.py", "quotes", ":material/request_quote:"),
    # plan (issue 15)
    ("plan", "pages/plan.py", "plan", ":material/flag:"),
]

nav = st.navigation(_ui.navigation_pages(actor, PAGES))
_ui.demo_banner()
try:
    nav.run()
except storage.DatabaseBusy:  # another writer held SQLite too long: nothing was saved, the form keeps its values
    st.error(text.DB_BUSY, icon=":material/hourglass_top:")
except Exception:  # the user reads Korean; the server log keeps the traceback
    logging.getLogger("sse_match").exception("page failed")
    st.error(text.UNEXPECTED, icon=":material/error:")

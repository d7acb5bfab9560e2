"""Entry point: page config, the shared frame, and navigation."""

import streamlit as st

from pages import _ui
from sse_match import text

st.set_page_config(page_title=text.APP_TITLE, page_icon=":material/handshake:", layout="wide")

_ui.require_database()
_ui.mark_frame()

with st.sidebar:
    st.markdown(f"### {text.APP_TITLE}")
    st.caption("전주시 사회적경제지원과")

pages = [
    st.Page("pages/home.py", title=text.PAGE_TITLES["home"], icon=":material/home:", url_path="home", default=True),
    st.Page("pages/search.py", title=text.PAGE_TITLES["search"], icon=":material/search:", url_path="search"),
    st.Page("pages/match.py", title=text.PAGE_TITLES["match"], icon=":material/join_inner:", url_path="match"),
]
nav = st.navigation(pages)
_ui.demo_banner()
nav.run()

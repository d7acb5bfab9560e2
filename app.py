"""Entry point: page config, the shared frame, and navigation."""

import streamlit as st

from pages import _ui
from sse_match import text

st.set_page_config(page_title=text.APP_TITLE, page_icon="🤝", layout="wide")

_ui.require_database()

with st.sidebar:
    st.markdown(f"### {text.APP_TITLE}")
    st.caption("전주시 사회적경제지원과")

pages = [
    st.Page("pages/home.py", title=text.PAGE_TITLES["home"], icon="🏠", url_path="home", default=True),
]
nav = st.navigation(pages)
_ui.demo_banner()
nav.run()

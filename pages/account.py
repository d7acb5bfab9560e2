"""내 계정: last sign-in and changing one's own password."""

import streamlit as st

from pages import _ui
from sse_match import accounts, clock, fmt, text

actor = _ui.page_guard("account")
T = text.ACCOUNT
engine = _ui.engine()

st.title(T["title"])
st.caption(text.AUTH["signed_in"].format(name=actor.display_name, role=text.VALUE_LABELS["role"][actor.role]))
started = accounts.started_at(engine, st.session_state.get(_ui.TOKEN_KEY)) or clock.now()
last = accounts.last_sign_in(engine, actor.user_id, started) if actor.user_id else None
st.markdown(T["last_sign_in"].format(at=fmt.moment(last)) if last else T["first_sign_in"])

st.subheader(T["change"])
with st.form("change_password", clear_on_submit=True):
    old = st.text_input(T["old"], type="password", key="pw_old")
    new = st.text_input(T["new"], type="password", key="pw_new")
    again = st.text_input(T["new2"], type="password", key="pw_new2")
    submitted = st.form_submit_button(T["change"], type="primary")
if submitted:
    if new != again:
        st.error(T["mismatch"])
    else:
        try:
            accounts.change_password(engine, actor, old, new, now=clock.now())
        except (accounts.AuthError, PermissionError) as exc:
            _ui.show_error(exc)
        else:
            _ui.logout()
            st.session_state["flash"] = T["changed"]
            st.rerun()

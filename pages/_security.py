"""관리 > 사용자: locked accounts and the button that unlocks one (a small UI piece, logic in sse_match.auth)."""

from __future__ import annotations

import streamlit as st

from pages import _ui
from sse_match import clock, text
from sse_match.accounts import access, auth


def unlock_section(engine, actor: access.Actor) -> None:
    T = text.SECURITY
    if done := st.session_state.pop("unlock_done", None):
        st.success(T["unlocked"].format(login=done))
    locked = auth.locked_accounts(engine, clock.now())
    if not locked:
        st.caption(T["none_locked"])
        return
    with st.form("unlock_user"):
        who = st.selectbox(T["locked"], locked, key="unlock_pick")
        if st.form_submit_button(T["unlock"]):
            try:
                auth.unlock(engine, actor, who, clock.now())
                st.session_state["unlock_done"] = who
                st.rerun()
            except (auth.AuthError, access.PermissionDenied) as exc:
                _ui.show_error(exc)

"""관리 > 사용자: locked accounts and the button that unlocks one (a small UI piece, logic in sse_match.auth)."""

from __future__ import annotations

import streamlit as st

from pages import _ui
from sse_match import accounts, clock, errors, text


def unlock_section(engine, actor: accounts.Actor) -> None:
    T = text.SECURITY
    if done := st.session_state.pop("unlock_done", None):
        st.success(T["unlocked"].format(login=done))
    locked = accounts.locked_accounts(engine, clock.now())
    if not locked:
        st.caption(T["none_locked"])
        return
    with st.form("unlock_user"):
        who = st.selectbox(T["locked"], locked, key="unlock_pick")
        if st.form_submit_button(T["unlock"]):
            try:
                accounts.unlock(engine, actor, who, clock.now())
                st.session_state["unlock_done"] = who
                st.rerun()
            except errors.UserError as exc:
                _ui.show_error(exc)

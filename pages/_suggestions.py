"""관리 › 검색어 학습: suggested query word → catalog word pairs, approved or rejected by the department.

Also the search page's opened-result panel, whose opening is the evidence the suggestions are made of.
Not a page of its own (st.navigation registers pages explicitly).
"""

from __future__ import annotations

import polars as pl
import streamlit as st

from pages import _ui
from sse_match import clock, errors, fmt, matching, text
from sse_match.accounts import Actor

T = text.LEARNING
FLASH = "learning_flash"


def render(engine, actor: Actor) -> None:
    st.subheader(T["title"])
    st.caption(T["intro"])
    if flash := st.session_state.pop(FLASH, None):
        st.success(flash)
    sugg = matching.suggestions(engine, clock.today())
    if sugg.is_empty():
        st.info(T["empty"].format(users=matching.MIN_USERS, sessions=matching.MIN_SESSIONS))
    else:
        shown = sugg.with_columns(pl.col("kind").replace_strict(T["kinds"]), share=(pl.col("share") * 100).round(0))
        st.dataframe(shown, hide_index=True, key="learning_table",
                     column_config={**T["columns"],
                                    "share": st.column_config.NumberColumn(T["columns"]["share"], format="%d%%"),
                                    "last_seen": st.column_config.DateColumn(T["columns"]["last_seen"],
                                                                             format="YYYY-MM-DD")})
        rows = {f"{r['query_word']}\t{r['catalog_word']}": r for r in sugg.iter_rows(named=True)}
        with st.form("learning_decide", clear_on_submit=True):
            picked = st.multiselect(
                T["pick"], list(rows), key="learning_pick", placeholder=T["pick_placeholder"],
                format_func=lambda k: T["pick_label"].format(q=rows[k]["query_word"], c=rows[k]["catalog_word"],
                                                             sessions=rows[k]["sessions"], users=rows[k]["users"]))
            c1, c2 = st.columns(2)
            approve = c1.form_submit_button(T["approve"], type="primary")
            reject = c2.form_submit_button(T["reject"])
        if approve or reject:
            if not picked:
                st.warning(T["none_picked"])
            else:
                decide = matching.approve if approve else matching.reject
                try:
                    n = sum(decide(engine, actor, rows[k]["query_word"], rows[k]["catalog_word"], clock.now(),
                                   support=rows[k]["sessions"]) for k in picked)
                except errors.UserError as exc:
                    _ui.show_error(exc)
                else:
                    st.session_state[FLASH] = (T["approved"] if approve else T["rejected"]).format(n=n) if n else T["unchanged"]
                    st.rerun()
    decided = matching.decisions(engine)
    with st.expander(T["decided"].format(n=decided.height)):
        st.dataframe(decided.with_columns(pl.col("status").replace_strict(T["statuses"])), hide_index=True,
                     key="learning_decided", column_config={
                         **T["columns"],
                         "decided_at": st.column_config.DatetimeColumn(T["columns"]["decided_at"], format="YYYY-MM-DD HH:mm")})
        approved = matching.approved_synonyms(engine)
        if approved:
            with st.form("learning_withdraw"):
                pair = st.selectbox(T["withdraw_pick"], approved, format_func=lambda p: f"{p[0]} → {p[1]}",
                                    key="learning_withdraw_pick")
                if st.form_submit_button(T["withdraw"]):
                    try:
                        matching.reject(engine, actor, pair[0], pair[1], clock.now())
                    except errors.UserError as exc:
                        _ui.show_error(exc)
                    else:
                        st.session_state[FLASH] = T["withdrawn"]
                        st.rerun()


def opened(engine, actor: Actor, query: str, row: dict) -> None:
    """A result the officer opened from the search list: its details, and (once per search) the evidence."""
    seen = st.session_state.setdefault("learning_opened", set())
    if (query, row["code"]) not in seen:
        seen.add((query, row["code"]))
        matching.log_followup(engine, actor.user_id, "open", row["code"], query, clock.now())
    with st.container(border=True):
        st.caption(T["opened"])
        st.markdown(T["opened_fields"].format(name=text.md_escape(row["name"]),
                                              enterprise=text.md_escape(row["enterprise_name"]),
                                              price=fmt.won(row["unit_price"]), unit=text.md_escape(row["unit"])))
        details = " · ".join(text.md_escape(v) for v in (row.get("spec"), row.get("category"), row.get("reason")) if v)
        if details:
            st.caption(details)

"""Plan records outside the 계획 이행 page: an enterprise's own grants and mentoring (내 기업), and the
registry's link from a converted discovery candidate to its enterprise (관리 → 기업 등록부).

Not a page (st.navigation registers pages explicitly); the two pages call these render functions.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

from pages import _ui
from sse_match import accounts, catalog, errors, programmes, text

T = text.PLAN
C = text.PLAN_COLUMNS


def _table(df: pl.DataFrame, columns: list[str], key: str) -> None:
    if df.is_empty():
        st.caption(T["enterprise_none"])
        return
    st.dataframe(df.select([c for c in columns if c in df.columns]), hide_index=True, key=key,
                 column_config={c: (_ui.won_column(C[c]) if c == "amount" else C.get(c, c)) for c in columns})


def render(engine, actor: accounts.Actor) -> None:
    """내 기업: the grants this enterprise received and its mentoring pairs and meetings (read only)."""
    with st.expander(T["enterprise_title"]):
        st.markdown(f"**{T['enterprise_grants']}**")
        _table(programmes.list_records(engine, actor, "grants"),
               ["programme", "amount", "start_on", "end_on", "jobs_promised"], "my_plan_grants")
        pairs = programmes.list_records(engine, actor, "pairs")
        st.markdown(f"**{T['enterprise_pairs']}**")
        _table(pairs, ["id", "mentee_name", "mentor_name", "started_on", "ended_on", "outcome"], "my_plan_pairs")
        st.markdown(f"**{T['enterprise_meetings']}**")
        _table(programmes.list_records(engine, actor, "meetings"), ["pair_id", "met_on", "topic", "hours"],
               "my_plan_meetings")


def registry_link(engine, actor: accounts.Actor, names: dict[int, str]) -> None:
    """관리 → 기업 등록부: tie a converted candidate to the enterprise it became."""
    with st.expander(T["link_title"]):
        cands = programmes.list_records(engine, actor, "candidates").filter(pl.col("converted_on").is_not_null())
        if cands.is_empty():
            st.caption(T["enterprise_none"])
            return
        labels = {r["id"]: f"{r['name']} · {r['converted_type']} {r['converted_on']}"
                  + (f" → {names.get(r['enterprise_id'], '')}" if r["enterprise_id"] else "")
                  for r in cands.iter_rows(named=True)}
        versions = dict(zip(cands["id"], cands["version"], strict=True))
        with st.form("plan_link"):
            c1, c2 = st.columns(2)
            cid = c1.selectbox(T["link_candidate"], list(labels), index=None, format_func=labels.get,
                               placeholder=text.PLACEHOLDER_ONE, key="plan_link_candidate")
            eid = c2.selectbox(T["link_enterprise"], list(names), index=None, format_func=names.get,
                               placeholder=text.PLACEHOLDER_ONE, key="plan_link_enterprise")
            if st.form_submit_button(T["link_save"], type="primary"):
                try:
                    if cid is None:
                        raise errors.ValidationFailed([catalog.FieldError(None, T["link_candidate"],
                                                                                 "후보를 골라 주세요")])
                    programmes.link_candidate(engine, actor, cid, eid, versions[cid])
                    st.success(T["linked"])
                except errors.UserError as exc:
                    _ui.show_error(exc)

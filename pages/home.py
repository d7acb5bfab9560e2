"""홈: key figures as of today."""


import altair as alt
import streamlit as st

from pages import _quotes_enterprise, _ui
from sse_match import clock, config, fmt, text

actor = _ui.page_guard("home")

T = text.HOME
today = clock.today()
fig = _ui.home_figures(config.database_url(), today)

st.title(T["title"])
st.caption(T["as_of"].format(date=fmt.day(today)))
if actor.role == "officer":  # an officer's own institution first: the year at a glance
    _ui.officer_home(actor, today)
_quotes_enterprise.home_count(actor)  # (issue 14) 받은 견적 요청 waiting for an answer

c1, c2, c3, c4 = st.columns([1, 1, 1.2, 1.6])
c1.metric(T["orgs"], fmt.count(fig.orgs, T["unit_orgs"]), border=True)
c2.metric(T["workers"], fmt.count(fig.workers, T["unit_people"]), border=True)
c3.metric(T["new_jobs"], fmt.count(fig.new_jobs, T["unit_jobs"]), help=T["new_jobs_help"], border=True)
c4.metric(
    T["purchases"].format(year=fig.year), fmt.short_won(fig.purchased),
    delta=T["achievement"].format(ratio=fmt.percent(fig.achievement)), delta_color="off", delta_arrow="off",
    help=T["purchases_help"], border=True,
)
st.caption(_ui.jobs_statement(today))
st.progress(
    min(fig.achievement or 0.0, 1.0),
    text=T["progress"].format(year=fig.year, target=fmt.korean_won(fig.target), ratio=fmt.percent(fig.achievement)),
)

left, right = st.columns([2, 3])
with left:
    st.subheader(T["by_type"])
    _ui.table(
        fig.by_group.select("group", "orgs", "workers"),
        hide_index=True,
        column_config={
            "group": st.column_config.TextColumn(T["col_group"]),
            "orgs": st.column_config.NumberColumn(T["col_orgs"], format="localized"),
            "workers": st.column_config.NumberColumn(T["col_workers"], format="localized"),
        },
        key="home_by_type",
    )
with right:
    st.subheader(T["chart"])
    chart = (
        alt.Chart(fig.series)
        .mark_line(point=True)
        .encode(
            x=alt.X("date:T", title=T["col_date"], axis=alt.Axis(format="%Y.%m")),
            y=alt.Y("workers:Q", title=T["col_workers"]),
            color=alt.Color("group:N", title=T["col_group"], sort=list(text.GROUPS)),
            tooltip=[alt.Tooltip("date:T", title=T["col_date"], format="%Y-%m-%d"),
                     alt.Tooltip("group:N", title=T["col_group"]),
                     alt.Tooltip("workers:Q", title=T["col_workers"], format=",")],
        )
    )
    st.altair_chart(chart, width="stretch")

"""일자리: jobs against the 1,000-job plan, by type and place, and the plan's budget."""


import altair as alt
import polars as pl
import streamlit as st

from pages import _ui
from sse_match import clock, config, fmt, purchases, text
from sse_match import workforce as stats

actor = _ui.page_guard("jobs")
T = text.JOBS
today = clock.today()
url = config.database_url()
wf = _ui.workforce(url, _ui.catalog_version(url))

st.title(T["title"])
jobs = purchases.jobs_by_plan_year(wf, today)
plan = jobs.filter(pl.col("target").is_not_null())
done = int(plan["new_jobs"].sum())
m = st.columns(4)
m[0].metric(T["plan_metric"], f"{done:,}개", delta=f"목표 1,000개 대비 {done / 10:.1f}%", delta_color="off",
            delta_arrow="off", help=T["plan_help"], border=True)
now = wf.by_group(today)
m[1].metric("현재 근로자", f"{int(now['workers'].sum()):,}명", border=True)
m[2].metric(T["vulnerable"], f"{int(now['vulnerable'].sum()):,}명", border=True)
m[3].metric(T["youth"], f"{int(now['youth'].sum()):,}명", border=True)

st.caption(_ui.jobs_statement(today))

st.subheader(T["plan"])
bars = plan.select("period", "new_jobs", "target").unpivot(index="period", variable_name="series",
                                                           value_name="jobs").with_columns(
    series=pl.col("series").replace_strict({"new_jobs": T["new_jobs"], "target": T["target"]}))
st.altair_chart(alt.Chart(bars).mark_bar().encode(
    x=alt.X("period:N", title="연도"), xOffset="series:N", y=alt.Y("jobs:Q", title="일자리(개)"),
    color=alt.Color("series:N", title=None),
    tooltip=[alt.Tooltip("period:N", title="연도"), alt.Tooltip("series:N", title="구분"),
             alt.Tooltip("jobs:Q", title="개", format=",")]), width="stretch")
_ui.table(jobs.select("period", "new_jobs", "target", "met", "cumulative", "workers", "vulnerable", "youth"),
             hide_index=True, key="jobs_table",
             column_config={"period": "기간", "new_jobs": T["new_jobs"], "target": T["target"], "met": "달성",
                            "cumulative": T["cumulative"], "workers": "근로자", "vulnerable": T["vulnerable"],
                            "youth": T["youth"]})

st.subheader(T["by_type"])
series = wf.series(stats.series_days(stats.BASELINE, today))
st.altair_chart(alt.Chart(series).mark_area(opacity=0.85).encode(
    x=alt.X("date:T", title="기준일", axis=alt.Axis(format="%Y.%m")), y=alt.Y("workers:Q", title="근로자(명)"),
    color=alt.Color("group:N", title="유형", sort=list(text.GROUPS)),
    tooltip=[alt.Tooltip("date:T", title="기준일", format="%Y-%m-%d"), alt.Tooltip("group:N", title="유형"),
             alt.Tooltip("workers:Q", title="명", format=",")]), width="stretch")

c1, c2 = st.columns(2)
with c1:
    st.subheader(T["by_place"])
    _ui.table(purchases.workers_by_place(wf, today), hide_index=True, key="jobs_place",
                 column_config={"gu": "구", "dong": "행정동", "workers": "근로자", "orgs": "조직 수",
                                "baseline": "2018.6 근로자", "change": "증감"})
grew, shrank = purchases.growers(wf, today)
names = dict(_ui.purchase_data().enterprises.select("enterprise_id", "enterprise_name").iter_rows())
with c2:
    for label, df in ((T["grew"], grew), (T["shrank"], shrank)):
        st.markdown(f"**{label}**")
        _ui.table(df.with_columns(name=pl.col("id").replace_strict(names, default=None))
                     .select("name", "se_type", "before", "after", "change"), hide_index=True,
                     column_config={"name": "기업", "se_type": "유형", "before": "1년 전", "after": "지금", "change": "증감"})

st.subheader(T["budget"])
budget = purchases.plan_budget(_ui.engine())
_ui.table(budget.select("period_label", "국비", "도비", "시비", "total", "spent"), hide_index=True, key="budget",
             column_config={"period_label": "연도", "국비": _ui.won_column("국비(원)"), "도비": _ui.won_column("도비(원)"),
                            "시비": _ui.won_column("시비(원)"), "total": _ui.won_column("계(원)"),
                            "spent": _ui.won_column("집행(원)")})
st.caption(f"합계 {fmt.eok(int(budget['total'].sum()))} · 집행액은 기록된 경우에만 나옵니다.")

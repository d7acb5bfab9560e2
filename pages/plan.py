"""계획 이행: every target of the city plan against its records, with forms, imports and the yearly report."""

import uuid

import polars as pl
import streamlit as st

from pages import _ui
from sse_match import accounts, catalog, clock, files, programmes, text

actor = _ui.page_guard("plan")
T = text.PLAN
C = text.PLAN_COLUMNS
engine = _ui.engine()
today = clock.today()
XLSX = files.XLSX_MIME
ERRORS = (catalog.ValidationFailed, accounts.PermissionDenied, accounts.Conflict)

st.title(T["title"])
st.caption(T["intro"])
if flash := st.session_state.pop("plan_flash", None):
    st.success(flash)
c1, c2 = st.columns([4, 1])
section = c1.segmented_control(" ", list(T["sections"]), default="table", key="plan_section",
                               format_func=lambda k: T["sections"][k], label_visibility="collapsed")
years = list(range(today.year, programmes.PLAN_START.year - 1, -1))
year = c2.selectbox(T["year"], years, index=years.index(min(2020, today.year)) if today.year >= 2020 else 0,
                    placeholder=text.PLACEHOLDER_ONE, key="plan_year")
data = programmes.PlanData.load(engine, today)
names = dict(zip(data.enterprise_names["id"], data.enterprise_names["name"], strict=True))


def show(df: pl.DataFrame, key: str) -> None:
    """A record frame with Korean headers; ids of enterprises appear as names, yes/no as 예/아니오."""
    drop = [c for c in ("is_demo", "version", "created_by", "created_at", "enterprise_id", "host_enterprise_id",
                        "mentee_id", "mentor_id", "suggested_mentor_id") if c in df.columns]
    shown = df.drop(drop).with_columns(
        pl.col(c).replace_strict({True: T["yes"], False: T["no"]}, default=None, return_dtype=pl.String)
        for c, t in df.drop(drop).schema.items() if t == pl.Boolean)
    shown = shown.with_columns(pl.col(c).cast(pl.String).fill_null("-") for c in shown.columns
                               if shown[c].null_count())  # an empty cell reads "-", never None
    st.dataframe(shown, hide_index=True, key=key,
                 column_config={c: (_ui.won_column(C[c]) if c == "amount" else C.get(c, c)) for c in shown.columns})


def token(kind: str) -> str:
    """One token per form showing: the same submission twice (a double click) writes once."""
    return st.session_state.setdefault(f"plan_token_{kind}", uuid.uuid4().hex)


def field_input(f: programmes.Field, prefix: str, current=None):
    label = f.label + ("" if f.required else " (선택)")
    key = f"{prefix}_{f.name}"
    if f.type in ("text", "long_text"):
        widget = st.text_area if f.type == "long_text" else st.text_input
        return widget(label, value=current or "", max_chars=500 if f.type == "long_text" else 200, key=key,
                      help=f.help or None)
    if f.type in ("int", "money", "year", "pair"):
        return st.number_input(label, min_value=0, step=10_000 if f.type == "money" else 1, value=current,
                               key=key, help=f.help or None)
    if f.type == "hours":
        return st.number_input(label, min_value=0.0, max_value=24.0, step=0.5, value=current, key=key)
    if f.type == "date":
        return st.date_input(label, value=current, max_value=None if f.future else today, key=key,
                             format="YYYY-MM-DD")
    if f.type == "choice":
        options = list(f.choices)
        return st.selectbox(label, options, index=options.index(current) if current in options else None, key=key,
                            placeholder=T["blank"])
    if f.type == "bool":
        options = [True, False]
        return st.selectbox(label, options, index=options.index(current) if current in options else None, key=key,
                            format_func=lambda v: T["yes"] if v else T["no"], placeholder=T["blank"],
                            help=f.help or None)
    options = list(names)
    return st.selectbox(label, options, index=options.index(current) if current in options else None,
                        format_func=names.get, key=key, placeholder=T["blank"], help=f.help or None)


def fields_form(kind: programmes.Kind, prefix: str, current: dict | None = None) -> dict:
    cur = current or {}
    cols = st.columns(3)
    values = {}
    for n, f in enumerate(kind.fields):
        with cols[n % 3]:
            values[f.name] = field_input(f, prefix, cur.get(f.name))
    return values


if section == "table":
    table = programmes.plan_table(engine, year, today, data)
    st.caption(T["today"].format(today=today.isoformat()))
    st.download_button(T["xlsx"], programmes.report_xlsx(table, year, today, data.jobs), f"연도별_목표_및_추진계획_{year}.xlsx", XLSX,
                       key="plan_xlsx", icon=":material/download:")
    shown = programmes.display_frame(table, T["no_target"]).with_columns(
        light=pl.col("light").replace_strict(text.PLAN_LIGHTS, return_dtype=pl.String))
    colour_of = {text.PLAN_LIGHTS[k]: v for k, v in text.PLAN_LIGHT_COLOURS.items()}
    styled = shown.select("light", "name", "unit", "target_text", "actual_text", "percent", "previous_text", "trend",
                          "period", "stage").to_pandas().style.map(
        lambda v: "color: {}; background-color: {}; font-weight: 600".format(*colour_of[v]), subset=["light"])
    event = st.dataframe(
        styled,
        hide_index=True, key="plan_table", on_select="rerun", selection_mode="single-row",
        height=36 * (table.height + 1) + 4,
        column_config={**{c: C[c] for c in ("stage", "name", "unit", "period", "trend", "light")},
                       "target_text": C["target"], "actual_text": C["actual"], "previous_text": C["previous"],
                       "percent": st.column_config.ProgressColumn(C["percent"], min_value=0, max_value=150,
                                                                  format="%.1f")})
    st.caption(f"{T['rule']}: {programmes.LIGHT_RULE}")
    labels = dict(zip(table["key"], table["name"], strict=True))
    if event.selection.rows:
        st.session_state["plan_drill"] = table["key"][event.selection.rows[0]]
    key = st.selectbox(T["drill"], list(labels), index=None, format_func=labels.get, placeholder=text.PLACEHOLDER_ONE, key="plan_drill")
    if key is None:
        st.info(T["drill_none"])
        st.stop()
    row = table.filter(pl.col("key") == key).row(0, named=True)
    st.subheader(row["name"])
    if row["note"]:
        st.caption(text.md_escape(row["note"]))
    m = st.columns(4)
    m[0].metric(C["target"], T["no_target"] if row["target"] is None
                else programmes.value_text(row["target"]) + row["unit"], border=True)
    m[1].metric(C["actual"], programmes.value_text(row["actual"]) + row["unit"], border=True)
    m[2].metric(C["percent"], "-" if row["percent"] is None else f"{row['percent']:.1f}%", border=True)
    m[3].metric(C["light"], text.PLAN_LIGHTS[row["light"]], border=True)
    records = programmes.plan_records(engine, key, year, today, data)
    st.markdown(T["rows"].format(name=text.md_escape(row["name"]), n=records.height))
    if records.height == 0:
        st.info(T["no_rows"])
    else:
        show(records, "plan_rows")
    kind = programmes.RECORD_KIND[key]
    if kind == "candidates":
        st.markdown(f"**{T['conversions']}**")
        st.dataframe(programmes.conversions_by_year(data, today), hide_index=True, key="plan_conversions",
                     column_config={"year": st.column_config.NumberColumn("연도", format="%d"), "organisations": "전환 조직",
                                    "people": "전환 인원", "target_organisations": "목표 (조직)",
                                    "target_people": "목표 (인원)"})
        st.markdown(f"**{T['stalls']}**")
        st.dataframe(programmes.candidate_stages(data, today), hide_index=True, key="plan_stalls",
                     column_config={"stage": "단계", "candidates": "후보 수", "stalled": "1년 넘게 머묾"})
    elif kind == "grants" and records.height:
        st.markdown(f"**{T['observed']}**")
        observed = programmes.grant_jobs_observed(engine, records, today).with_columns(
            enterprise=pl.col("enterprise_id").replace_strict(names, default=None, return_dtype=pl.String))
        st.dataframe(observed.select("enterprise", "start_on", "jobs_promised", "at_start", "after_6m", "after_12m",
                                     "gained_12m"), hide_index=True, key="plan_observed",
                     column_config={"enterprise": "기업", "start_on": "지원 시작일", "jobs_promised": "약정 일자리",
                                    "at_start": "시작 때 근로자", "after_6m": "6개월 뒤", "after_12m": "12개월 뒤",
                                    "gained_12m": "12개월 증감"})
    elif kind == "youth":
        st.markdown(f"**{T['youth_fields']}**")
        st.dataframe(programmes.youth_by_field(data), hide_index=True, key="plan_youth",
                     column_config={"field": "분야", "placed": "참여", "ended": "종료", "stayed": "계속 고용",
                                    "stay_rate": st.column_config.NumberColumn("계속 고용률", format="percent")})
    elif kind == "spending":
        rates, by_programme = programmes.budget_execution(engine, data)
        st.markdown(f"**{T['execution']}**")
        st.dataframe(rates.select("period_label", "source", "amount", "spent", "rate"), hide_index=True,
                     key="plan_rates",
                     column_config={"period_label": "연도", "source": "재원", "amount": _ui.won_column("예산(원)"),
                                    "spent": _ui.won_column("집행(원)"),
                                    "rate": st.column_config.NumberColumn("집행률", format="percent")})
        st.markdown(f"**{T['by_programme']}**")
        st.dataframe(by_programme, hide_index=True, key="plan_programmes",
                     column_config={"year": "연도", "programme": "사업", "spent": _ui.won_column("집행(원)")})
    elif kind == "pairs":
        st.markdown(f"**{T['outcomes']}**")
        st.dataframe(programmes.outcomes(engine, today).with_columns(
            mentee=pl.col("mentee_id").replace_strict(names, default=None, return_dtype=pl.String)).drop("mentee_id"),
            hide_index=True, key="plan_outcomes",
            column_config={"pair_id": "짝 번호", "mentee": "멘티", "year": "시작 연도", "workers_before": "근로자 (그 해 말)",
                           "workers_after": "근로자 (다음 해 말)", "workers_change": "근로자 증감",
                           "sales_before": _ui.won_column("공공판매 (그 해)"),
                           "sales_after": _ui.won_column("공공판매 (다음 해)"),
                           "sales_change": _ui.won_column("공공판매 증감"), "peers": "비교 기업 수",
                           "peers_workers_change": st.column_config.NumberColumn("비교 기업 근로자 증감 평균",
                                                                                 format="%.1f"),
                           "peers_sales_change": st.column_config.NumberColumn("비교 기업 공공판매 증감 평균(원)",
                                                                               format="localized")})

elif section == "record":
    kinds = programmes.KINDS
    key = st.selectbox(T["kind"], list(kinds), format_func=lambda k: kinds[k].label, placeholder=text.PLACEHOLDER_ONE, key="plan_kind")
    kind = kinds[key]
    submission = token(key)
    with st.form(f"plan_new_{key}"):
        st.markdown(f"**{T['new']} · {kind.label}**")
        values = fields_form(kind, f"new_{key}")
        if st.form_submit_button(T["save"], type="primary"):
            try:
                programmes.create(engine, actor, key, values, today, clock.now(), token=submission)
                st.session_state.pop(f"plan_token_{key}", None)  # the next form gets a fresh token
                st.session_state["plan_flash"] = T["saved"]
                st.rerun()
            except ERRORS as exc:
                _ui.show_error(exc)
    rows = programmes.list_records(engine, actor, key)
    show(rows.head(200), "plan_kind_rows")
    if rows.height:
        pick = st.selectbox(T["edit"], rows["id"].head(200).to_list(), index=None, placeholder=text.PLACEHOLDER_ONE, key=f"plan_edit_{key}")
        if pick is not None:
            cur = rows.filter(pl.col("id") == pick).row(0, named=True)
            seen = f"plan_version_{key}_{pick}"
            st.session_state.setdefault(seen, cur["version"])
            with st.form(f"plan_fix_{key}_{pick}"):
                values = fields_form(kind, f"fix_{key}_{pick}", cur)
                b1, b2 = st.columns(2)
                save, drop = b1.form_submit_button(T["change"], type="primary"), b2.form_submit_button(T["delete"])
            if save or drop:
                try:
                    if save:
                        st.session_state[seen] = programmes.update(engine, actor, key, pick, values,
                                                                     st.session_state[seen], today, clock.now())
                        st.success(T["updated"])
                    else:
                        programmes.remove(engine, actor, key, pick, st.session_state[seen], clock.now())
                        st.session_state.pop(seen, None)
                        st.session_state["plan_flash"] = T["deleted"]
                        st.rerun()
                except ERRORS as exc:
                    _ui.show_error(exc)

elif section == "import":
    kinds = programmes.KINDS
    key = st.selectbox(T["kind"], list(kinds), format_func=lambda k: kinds[k].label, placeholder=text.PLACEHOLDER_ONE, key="plan_import_kind")
    label = kinds[key].label
    st.download_button(T["template"].format(label=label), programmes.template_xlsx(key), f"양식_{label}.xlsx",
                       XLSX, key="plan_template")
    upload = st.file_uploader(T["upload"].format(label=label), type=["csv", "xlsx"], key=f"plan_file_{key}")
    if upload is not None:
        preview = programmes.preview_import(engine, actor, key, upload.getvalue(), upload.name, today)
        if preview.errors:
            st.error(T["import_bad"].format(n=len(preview.errors)) + "\n"
                     + "\n".join(f"- {text.md_escape(e)}" for e in preview.errors[:200]))
        else:
            st.info(T["import_ok"].format(n=len(preview.rows)))
            show(pl.DataFrame(preview.rows, infer_schema_length=None), "plan_import_preview")
            done_key = f"plan_imported_{upload.file_id}"
            if st.button(T["import_go"].format(n=len(preview.rows)), type="primary", key="plan_import_go",
                         disabled=done_key in st.session_state):
                try:
                    st.session_state[done_key] = programmes.apply_import(engine, actor, preview, clock.now())
                    st.success(T["imported"].format(n=st.session_state[done_key]))
                except ERRORS as exc:
                    _ui.show_error(exc)

else:
    mentee = st.selectbox(T["mentee"], list(names), index=None, format_func=names.get, placeholder=text.PLACEHOLDER_ONE, key="plan_mentee")
    allow = st.toggle(T["allow"], key="plan_allow")
    if mentee is not None:
        offers = programmes.suggest(engine, mentee, today, k=5, allow_competition=allow)
        st.markdown(f"**{T['suggestions']}**")
        if offers.height == 0:
            st.info(T["no_suggestion"])
        else:
            st.dataframe(offers.select("name", "se_type", "primary", "gu", "dong", "years_active", "workers", "sold",
                                       "score", "reason"), hide_index=True, key="plan_offers",
                         column_config={"name": "기업", "se_type": "유형", "primary": "분야", "gu": "구", "dong": "행정동",
                                        "years_active": "운영 연수", "workers": "근로자", "sold": _ui.won_column("2년 공공판매(원)"),
                                        "score": st.column_config.NumberColumn("점수", format="%.2f"), "reason": "까닭"})
        top = int(offers["id"][0]) if offers.height else None
        submission = token("pair")
        with st.form("plan_pair"):
            options = list(names)
            mentor = st.selectbox(T["mentor"], options, index=options.index(top) if top in options else None,
                                  format_func=names.get, placeholder=text.PLACEHOLDER_ONE, key="plan_mentor")
            c1, c2 = st.columns(2)
            start = c1.date_input(T["start"], value=today, max_value=today, key="plan_pair_start", format="YYYY-MM-DD")
            reason = c2.text_input(T["reason"], max_chars=500, key="plan_pair_reason")
            if st.form_submit_button(T["save"], type="primary"):
                try:
                    programmes.record_pair(engine, actor, dict(mentee_id=mentee, mentor_id=mentor, started_on=start,
                                                              override_reason=reason, allow_competition=allow),
                                          top, today, clock.now(), token=submission)
                    st.session_state.pop("plan_token_pair", None)
                    st.session_state["plan_flash"] = T["pair_saved"]
                    st.rerun()
                except ERRORS as exc:
                    _ui.show_error(exc)

"""구매 실적: purchases against agreements, for an officer's institution or (admin) for all."""


import altair as alt
import polars as pl
import streamlit as st

from pages import _ui
from sse_match import catalog, clock, config, errors, files, fmt, purchases, quotes, text

actor = _ui.page_guard("purchases")
T = text.PURCHASES
engine = _ui.engine()
today = clock.today()
data = _ui.purchase_data()
XLSX = files.XLSX_MIME
inst_names = dict(zip(data.institutions["institution_id"], data.institutions["institution_name"], strict=True))

st.title(T["title"])
sections = ["institution", "record", "import"] + (["department", "agreements", "check"] if actor.role == "admin"
                                                  else [])
c1, c2 = st.columns([4, 1])
section = c1.segmented_control(" ", sections, default="department" if actor.role == "admin" else "institution",
                               key="purchase_section", format_func=lambda k: T["sections"][k],
                               label_visibility="collapsed") or ("department" if actor.role == "admin" else "institution")
years = sorted(set(data.purchases["year"].unique().to_list()) | {today.year}, reverse=True)
year = c2.selectbox(T["year"], years, key="purchase_year")




def rows_table(rows: pl.DataFrame, key: str) -> None:
    _ui.table(
        rows.join(data.enterprises.select("enterprise_id", "enterprise_name"), on="enterprise_id", how="left")
        .with_columns(institution=pl.col("institution_id").replace_strict(inst_names, default=None))
        .select("purchased_on", "institution", "enterprise_name", "kind", "category", "contract_method", "description",
                "amount").sort("purchased_on", descending=True),
        hide_index=True, key=key,
        column_config={"purchased_on": "구매일자", "institution": "기관", "enterprise_name": "기업", "kind": "구분",
                       "category": "분류", "contract_method": "계약방법", "description": "품명",
                       "amount": _ui.won_column("구매액(원)")})


if section == "institution":
    if actor.role == "officer":
        inst_id = actor.institution_id
    else:
        inst_id = st.selectbox(T["institution"], list(inst_names), format_func=inst_names.get, key="purchase_inst")
    view = purchases.institution_view(data, inst_id, year, today)
    st.subheader(f"{text.md_escape(inst_names[inst_id])} · {year}년")
    if view.target is None:
        st.info(T["no_agreement"].format(year=year))
    m = st.columns(5)
    m[0].metric(T["target"], fmt.short_won(view.target) if view.target is not None else "-", border=True)
    m[1].metric(T["purchased"], fmt.short_won(view.purchased), border=True)
    m[2].metric(T["achievement"], fmt.percent(view.achievement), border=True)
    m[3].metric(T["remaining"], fmt.short_won(view.remaining) if view.remaining is not None else "-", border=True)
    m[4].metric(T["forecast"], fmt.short_won(view.forecast),
                delta=fmt.percent(view.forecast_achievement) if view.forecast_achievement is not None else None,
                delta_color="off", border=True)
    if view.points is not None:
        st.caption(f"{T['points']}: {view.points:.2f}점 (최대 {purchases.evaluation_rule().max_points}점)")
    long = view.monthly.select("month", "cumulative", "pro_rata").unpivot(index="month", variable_name="series",
                                value_name="amount").with_columns(
        series=pl.col("series").replace_strict({"cumulative": T["cumulative"], "pro_rata": T["pro_rata"]}),
        eok=pl.col("amount") / 1e8)
    st.altair_chart(alt.Chart(long, title=T["chart_title"]).mark_line(point=True).encode(
        x=alt.X("month:O", title="월"), y=alt.Y("eok:Q", title="억원"),
        color=alt.Color("series:N", title=None),
        tooltip=[alt.Tooltip("month:O", title="월"), alt.Tooltip("series:N", title="구분"),
                 alt.Tooltip("amount:Q", title="원", format=",")]), width="stretch")
    rows_table(data.purchases.filter((pl.col("institution_id") == inst_id) & (pl.col("year") == year)),
               "inst_rows")

elif section == "department":
    view = purchases.department_view(data, year)
    m = st.columns([1.3, 1, 1, 1, 1])
    m[0].metric(T["total"].format(year=year), fmt.short_won(view.total), border=True)
    m[1].metric(T["inside"], fmt.percent(view.inside_share), border=True)
    m[2].metric(T["top10"], fmt.percent(view.top10_share), border=True)
    m[3].metric(T["hhi"], f"{view.hhi:,.0f}" if view.hhi is not None else "-", border=True)
    m[4].metric(T["sole"], fmt.percent(view.sole_source_share), border=True)
    url = config.database_url()
    wf = _ui.workforce(url, _ui.catalog_version(url))
    c1, c2 = st.columns(2)
    quote_sheet = quotes.report_sheet(quotes.QuoteData.load(engine), year, today)  # (issue 14)
    c1.download_button(T["report"], purchases.report_xlsx(view, wf, today, {"견적 요청": quote_sheet}),
                       f"공공구매보고서_{year}.xlsx", XLSX,
                       key="report_xlsx")
    year_rows = purchases.purchases_for_people(data, data.purchases.filter(pl.col("year") == year))
    c2.download_button(T["rows_csv"], files.csv_bytes(year_rows), f"구매내역_{year}.csv", "text/csv", key="rows_csv")
    trend, shares = st.columns(2)
    trend.altair_chart(alt.Chart(view.by_year.with_columns(eok=pl.col("amount") / 1e8), title="연도별 구매액").mark_bar()
                       .encode(x=alt.X("year:O", title="연도"), y=alt.Y("eok:Q", title="억원"),
                               tooltip=[alt.Tooltip("year:O", title="연도"),
                                        alt.Tooltip("amount:Q", title="원", format=",")]), width="stretch")
    shares.altair_chart(alt.Chart(view.by_type, title="기업 유형별 비중").mark_arc(innerRadius=50)
                        .encode(theta="amount:Q", color=alt.Color("se_type:N", title="유형"),
                                tooltip=[alt.Tooltip("se_type:N", title="유형"),
                                         alt.Tooltip("share:Q", title="비중", format=".1%"),
                                         alt.Tooltip("amount:Q", title="원", format=",")]), width="stretch")
    st.caption(T["drill"])
    yr = data.purchases.filter(pl.col("year") == year).join(data.enterprises, on="enterprise_id", how="left")
    left, right = st.columns(2)
    picks = {}
    for col, (label, table, key, dim) in zip(
            [left, right, left, right],
            [("기업 유형별", view.by_type, "by_type", "se_type"), ("물품·용역·공사", view.by_kind, "by_kind", "kind"),
             ("분류별", view.by_category, "by_category", "category"),
             ("처음 거래한 기업 (연도별)", view.first_time, "first_time", None)], strict=True):
        with col:
            st.markdown(f"**{label}**")
            cfg = {"amount": _ui.won_column("구매액(원)"), "count": "건수", "suppliers": "기업 수", "year": "연도",
                   "share": st.column_config.NumberColumn("비중", format="percent"), dim or "x": label}
            ev = st.dataframe(_ui.korean_frame(table, frozenset(cfg)), hide_index=True, key=f"dept_{key}", column_config=cfg,
                              on_select="rerun" if dim else "ignore", selection_mode="single-row")
            if dim and ev.selection.rows:
                picks[dim] = table[dim][ev.selection.rows[0]]
    st.markdown("**기관별 협약 달성** (시 산하기관은 경영평가 가점)")
    inst_ev = st.dataframe(
        _ui.korean_frame(view.institutions.select("institution_name", "city_affiliated", "target", "purchased",
                                                  "achievement", "remaining", "points"),
                         frozenset({"target", "purchased", "achievement", "remaining"})),
        hide_index=True, key="dept_inst", on_select="rerun", selection_mode="single-row",
        column_config={"institution_name": "기관", "city_affiliated": "시 산하", "target": _ui.won_column("목표(원)"),
                       "purchased": _ui.won_column("구매액(원)"),
                       "achievement": st.column_config.ProgressColumn("달성률", min_value=0.0, max_value=1.5,
                                                                      format="percent"),
                       "remaining": _ui.won_column("남은 금액(원)"), "points": "가점"})
    if inst_ev.selection.rows:
        picks["institution_id"] = view.institutions["institution_id"][inst_ev.selection.rows[0]]
    for dim, value in picks.items():
        rows = yr.filter(pl.col(dim) == value)
        what = inst_names.get(value, value) if dim == "institution_id" else value
        st.markdown(T["rows_of"].format(what=text.md_escape(what), n=rows.height))
        rows_table(rows.select(data.purchases.columns), f"drill_{dim}")

elif section == "record":
    ent_names = dict(zip(data.enterprises["enterprise_id"], data.enterprises["enterprise_name"], strict=True))
    c1, c2 = st.columns(2)  # outside the form, so the product list follows the chosen enterprise
    ent_id = c1.selectbox("기업 (이름을 입력해 찾기)", list(ent_names), index=None, format_func=ent_names.get,
                          key="rec_ent", placeholder=text.PLACEHOLDER_ONE)
    offered = (catalog.enterprise_products(engine, ent_id).filter(pl.col("status") == "approved")
               if ent_id is not None else pl.DataFrame(schema={"id": pl.Int64, "name": pl.String}))
    product_names = dict(zip(offered["id"], offered["name"], strict=True))
    product_id = c2.selectbox("제품 (선택)", list(product_names), index=None, format_func=product_names.get,
                              key="rec_product", placeholder=text.PLACEHOLDER_ONE)
    with st.form("purchase_form", clear_on_submit=False):
        if actor.role == "admin":
            inst_id = st.selectbox(T["institution"], list(inst_names), format_func=inst_names.get, key="rec_inst")
        else:
            inst_id = actor.institution_id
            st.text_input(T["institution"], inst_names[inst_id], disabled=True)
        c3, c4, c5 = st.columns(3)
        on = c3.date_input("구매일자", value=today, max_value=today, key="rec_date")
        amount = c4.number_input("구매금액(원)", step=10_000, value=None, key="rec_amount",
                                 placeholder="예: 777000")  # a negative amount is refused in Korean
        kind = c5.selectbox("구분", purchases.KINDS, key="rec_kind")
        c6, c7 = st.columns(2)
        method = c6.selectbox("계약방법", purchases.CONTRACT_METHODS, key="rec_method")
        desc = c7.text_input("품명·내용", max_chars=500, key="rec_desc")
        values = dict(institution_id=inst_id, enterprise_id=ent_id, product_id=product_id, purchased_on=on,
                      amount=amount, kind=kind, contract_method=method, description=desc)
        submitted = st.form_submit_button("저장", type="primary") and _ui.once("purchase_form", values)
    if submitted:
        try:
            purchases.record(engine, actor, values, today)
        except errors.UserError as exc:
            _ui.release("purchase_form")
            _ui.show_error(exc)
        else:  # the list below reads the new row at once
            st.session_state["purchases_flash"] = T["recorded"]
            st.rerun()
    if flash := st.session_state.pop("purchases_flash", None):
        st.success(flash)
    mine = data.purchases if actor.role == "admin" else data.purchases.filter(
        pl.col("institution_id") == actor.institution_id)
    recent = mine.sort("id", descending=True).head(50)
    if recent.height:
        st.markdown("**최근 입력 (고치기·지우기)**")
        pick = st.selectbox("구매 실적", recent["id"].to_list(), index=None, key="fix_pick", placeholder=text.PLACEHOLDER_ONE,
                            format_func=lambda i: (lambda r: f"{r['purchased_on']} · {ent_names.get(r['enterprise_id'])}"
                                                   f" · {r['amount']:,}원")(recent.filter(pl.col("id") == i).row(0, named=True)))
        if pick is not None:
            cur = recent.filter(pl.col("id") == pick).row(0, named=True)
            st.session_state.setdefault(f"fix_version_{pick}", purchases.version_of(engine, pick))
            with st.form(f"fix_{pick}"):
                c1, c2, c3 = st.columns(3)
                f_on = c1.date_input("구매일자", cur["purchased_on"], max_value=today)
                f_amount = c2.number_input("구매금액(원)", value=cur["amount"], step=10_000)
                f_kind = c3.selectbox("구분", purchases.KINDS, index=purchases.KINDS.index(cur["kind"]))
                f_method = st.selectbox("계약방법", purchases.CONTRACT_METHODS,
                                        index=purchases.CONTRACT_METHODS.index(cur["contract_method"])
                                        if cur["contract_method"] in purchases.CONTRACT_METHODS else 0)
                f_desc = st.text_input("품명·내용", cur["description"] or "", max_chars=500)
                s1, s2 = st.columns(2)
                save, drop = s1.form_submit_button("고치기", type="primary"), s2.form_submit_button("지우기")
            if (save or drop) and _ui.once(f"fix_{pick}", (f_on, f_amount, f_kind, f_method, f_desc, bool(save))):
                try:
                    v = st.session_state[f"fix_version_{pick}"]
                    if save:
                        purchases.correct(engine, actor, pick, dict(purchased_on=f_on, amount=f_amount, kind=f_kind,
                                                                    contract_method=f_method, description=f_desc),
                                          v, today)
                        st.success(T["corrected"])
                    else:
                        purchases.remove(engine, actor, pick, v)
                        st.success(T["deleted"])
                    st.session_state.pop(f"fix_version_{pick}", None)
                except errors.UserError as exc:
                    _ui.release(f"fix_{pick}")
                    _ui.show_error(exc)

elif section == "import":
    st.caption("CSV(UTF-8, UTF-8 BOM, CP949) 또는 엑셀. 열 이름 예: " + ", ".join(purchases.FIELD_LABELS.values()))
    _ui.template_button("purchases")
    upload = st.file_uploader("구매 실적 파일", type=["csv", "xlsx"], key="purchase_file")
    if upload is not None:
        mapping = _ui.column_mapping(upload, purchases.default_mapping, purchases.FIELD_LABELS, "pmap")
        if mapping is None:
            st.stop()
        preview = purchases.preview_import(engine, actor, upload.getvalue(), upload.name, today, mapping)
        if preview.errors:
            st.error(f"고칠 곳이 {len(preview.errors)}군데 있어 아무것도 올리지 않았습니다:\n"
                     + "\n".join(f"- {text.md_escape(e)}" for e in preview.errors[:200]))
        else:
            st.info(T["import_ok"].format(n=preview.rows.height, amount=fmt.korean_won(int(preview.rows["amount"].sum()))))
            allow = False
            if preview.duplicates.height:
                st.warning(T["dupes"].format(n=preview.duplicates.height))
                _ui.table(preview.duplicates.select("row", "purchased_on", "amount", "where"), hide_index=True,
                             column_config={"row": "행", "purchased_on": "구매일자", "amount": _ui.won_column("구매액(원)"),
                                            "where": "겹침"})
                allow = st.checkbox(T["dupes_ok"], key="allow_dupes")
            if st.button(T["import_submit"].format(n=preview.rows.height), type="primary", key="import_go") \
                    and _ui.once("import_go", upload.getvalue()):
                try:
                    n = purchases.apply_import(engine, actor, preview, allow_duplicates=allow)
                    st.success(T["imported"].format(n=n))
                except errors.UserError as exc:
                    _ui.release("import_go")
                    _ui.show_error(exc)

elif section == "agreements":
    current = purchases.targets(data, year).join(data.institutions, on="institution_id", how="left")
    _ui.table(current.select("institution_name", "target_amount", "target_ratio", "total_goods_services", "target"),
                 hide_index=True, key="agreements_table",
                 column_config={"institution_name": "기관", "target_amount": _ui.won_column("목표 금액(원)"),
                                "target_ratio": st.column_config.NumberColumn("목표 비율", format="percent"),
                                "total_goods_services": _ui.won_column("물품·용역 총구매액(원)"),
                                "target": _ui.won_column("목표(원)")})
    with st.form("agreement_form"):
        c1, c2 = st.columns(2)
        inst_id = c1.selectbox(T["institution"], list(inst_names), format_func=inst_names.get, key="agr_inst")
        mode = c2.radio("목표 방식", ("amount", "ratio"), horizontal=True, key="agr_mode",
                        format_func=lambda m: "금액" if m == "amount" else "총구매액 대비 비율")
        c3, c4, c5 = st.columns(3)
        amount = c3.number_input("목표 금액(원)", step=1_000_000, value=None, key="agr_amount")
        ratio = c4.number_input("목표 비율(%)", step=0.5, value=None, key="agr_ratio")
        total = c5.number_input("물품·용역 총구매액(원)", step=10_000_000, value=None, key="agr_total")
        if st.form_submit_button("저장", type="primary") and _ui.once("agreement_form", (inst_id, mode, amount, ratio,
                                                                                        total)):
            try:
                purchases.set_agreement(engine, actor, inst_id, year,
                                        target_amount=amount if mode == "amount" else None,
                                        target_ratio=(ratio / 100 if ratio else None) if mode == "ratio" else None,
                                        total_goods_services=total if mode == "ratio" else None)
                st.success(T["agreement_saved"])
            except errors.UserError as exc:
                _ui.release("agreement_form")
                _ui.show_error(exc)

else:
    st.caption(T["check_intro"])
    suspects = purchases.agency_suspects(data, year)
    _ui.table(suspects.select("purchased_on", "institution_name", "enterprise_name", "categories", "category",
                                 "description", "amount"), hide_index=True, key="agency_table",
                 column_config={"purchased_on": "구매일자", "institution_name": "기관", "enterprise_name": "기업",
                                "categories": "등록 분야", "category": "납품 품목 분류", "description": "품명",
                                "amount": _ui.won_column("구매액(원)")})

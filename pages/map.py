"""기업 지도: enterprises, jobs and money across Jeonju's 구 and 행정동, readable without map tiles."""

from datetime import timedelta

import polars as pl
import streamlit as st

from pages import _supplier, _ui
from sse_match import catalog, clock, files, places, plan, text

actor = _ui.page_guard("map")
T = text.MAP
today = clock.today()
engine = _ui.engine()
data = _ui.purchase_data()

st.title(T["title"])
st.caption(T["intro"])

with st.expander("지도 조건", expanded=True):
    c1, c2, c3, c4 = st.columns(4)
    types = c1.multiselect(T["types"], list(plan.SE_TYPES), key="map_types", placeholder=text.PLACEHOLDER_MULTI)
    categories = c2.multiselect(T["categories"], list(catalog.categories()), key="map_categories", placeholder=text.PLACEHOLDER_MULTI)
    place_filter = c3.multiselect(T["places"], list(places.GUS) + sorted(places.admin_dongs(today)["dong"]), key="map_places", placeholder=text.PLACEHOLDER_MULTI)
    years = sorted(data.purchases["year"].unique().to_list(), reverse=True) or [today.year]
    year = c4.selectbox(T["year"], years, key="map_year")
    c5, c6, c7, c8 = st.columns(4)
    mode = c5.selectbox(T["mode"], list(T["modes"]), key="map_mode", format_func=lambda m: T["modes"][m])
    measure = c6.selectbox(T["measure"], list(places.MEASURES), format_func=places.MEASURES.get, key="map_measure")
    cert_only = c7.checkbox(T["cert_only"], key="map_cert")
    show_flows = c7.checkbox(T["flows"], key="map_flows")
    show_gaps = c8.checkbox(T["gaps"], key="map_gaps")

everyone = places.with_received(_ui.map_enterprises(today), data.purchases, year)
shown = places.filter_frame(everyone, types=types, categories=categories, places=place_filter, cert_only=cert_only)
per_dong = places.dong_aggregates(shown, today)
boundary_file = places.boundary_path()
boundary = (places.boundary_with_measure(places.load_boundary(boundary_file), per_dong, measure)
            if boundary_file else None)
flows = None
if show_flows:
    inst = _ui.institutions_frame()
    flows = places.arcs(data.purchases, inst, shown, year)
gaps = None
gap_rows = None
if show_gaps:
    gap_rows = places.gap_table(engine, data.purchases, _ui.search_index(today).catalog, today - timedelta(days=730))
    gaps = places.gap_labels(gap_rows)

st.markdown(T["count"].format(n=shown.height, w=int(shown["workers"].sum())))
unplaced = places.filter_frame(everyone, types=types, categories=categories, places=place_filter, cert_only=cert_only,
                             placed_only=False).filter(pl.col("lat").is_null()).height
if unplaced:
    st.caption(T["unplaced"].format(n=unplaced))
if boundary is None:
    st.caption(T["no_boundary"])
st.html(_ui.map_legend(places.TYPE_COLORS, mode))

deck = places.build_deck(shown, mode=mode, labels=None if boundary else places.place_labels(today),
                       boundary=boundary, flows=flows, gaps=gaps, picked=st.session_state.get("map_pick"))
left, right = st.columns([3, 2])
with left:
    event = st.pydeck_chart(deck, on_select="rerun", selection_mode="single-object", key="map_chart", height=620)
picked_id = None
objects = (event.selection.get("objects", {}) if event and event.selection else {}) or {}
for layer in ("enterprises", "columns"):
    if objects.get(layer):
        picked_id = objects[layer][0].get("id")
with right:
    names = dict(zip(shown["id"], shown["name"], strict=True))
    choice = st.selectbox(T["pick"], list(names), index=list(names).index(picked_id) if picked_id in names else None,
                          format_func=names.get, key="map_pick", placeholder=text.PLACEHOLDER_ONE)
    if choice is not None:
        row = everyone.filter(pl.col("id") == choice).row(0, named=True)
        st.subheader(T["details"])
        _supplier.open_button(actor, choice, row["name"], row["se_type"], "map")  # (issue 14)
        _ui.table(pl.DataFrame({
            "항목": ["기업명", "유형", "주소", "위치", "위치 정밀도", "근로자", "분야", "주요 사업", f"{year}년 구매 받은 금액"],
            "내용": [row["name"], row["se_type"], row["address"] or "", row["place"],
                   T["precision"].get(row["placement"], row["placement"]), f"{row['workers']:,}명",
                   row["categories"] or "", row["main_business"] or "", f"{row['received']:,}원"]}),
            hide_index=True, key="map_details")
        products = _ui.search_index(today).catalog.filter(pl.col("enterprise_id") == choice)
        st.markdown(f"**{T['products']}** ({products.height})")
        _ui.table(products.select("name", "category", "unit_price", "unit"), hide_index=True, key="map_products",
                     column_config={"name": "제품·서비스", "category": "분류",
                                    "unit_price": _ui.won_column("단가(원)"), "unit": "단위"})

st.subheader(T["table"])
table = shown.select("name", "se_type", "gu", "dong", "placement", "workers", "received", "categories")
labels = {"name": "기업명", "se_type": "유형", "gu": "구", "dong": "행정동", "placement": "위치 정밀도", "workers": "근로자",
          "received": f"{year}년 구매 받은 금액(원)", "categories": "분야"}
_ui.table(table, hide_index=True, key="map_table", column_config=labels)
st.download_button(T["download"], files.csv_bytes(table.rename(labels)), "기업지도.csv", "text/csv", key="map_csv")
st.subheader(T["per_dong"])
dong_table = per_dong.select("gu", "dong", "enterprises", "workers", "received", "per_km2")
dong_labels = {"gu": "구", "dong": "행정동", "enterprises": "기업 수", "workers": "근로자", "received": "구매 받은 금액(원)",
               "per_km2": "km²당 기업 수"}
_ui.table(dong_table, hide_index=True, key="map_dongs", column_config=dong_labels)
st.download_button(T["download"], files.csv_bytes(dong_table.rename(dong_labels)), "행정동별.csv", "text/csv",
                   key="map_dong_csv")
if gap_rows is not None:
    st.subheader(T["gap_title"])
    _ui.table(empty=T["gap_empty"], df=gap_rows.select("category", "gu", "purchases", "unmet_searches", "suppliers_jeonju", "gap"),
                 hide_index=True, key="map_gaps_table",
                 column_config={"category": "분야", "gu": "구", "purchases": "구매 건수", "unmet_searches": "못 찾은 검색",
                                "suppliers_jeonju": "전주 전체 공급 기업", "gap": "빈 곳"})


"""제품 검색: one search box, filters, ranked suppliers with the reason they matched."""


import streamlit as st

from pages import _suggestions, _supplier, _ui
from sse_match import clock, files, matching, places, plan, text

actor = _ui.page_guard("search")

T = text.SEARCH
index = _ui.search_index(clock.today())
cat = index.catalog

st.title(T["title"])
st.caption(T["intro"])

with st.form("search_form"):
    query = st.text_input(T["query"], placeholder=T["placeholder"], key="search_q")
    with st.expander(T["filters"]):
        c1, c2, c3 = st.columns(3)
        types = c1.multiselect(T["types"], list(plan.SE_TYPES), key="search_types", placeholder=text.PLACEHOLDER_MULTI)
        categories = c2.multiselect(T["categories"], list(index.category_names), key="search_categories", placeholder=text.PLACEHOLDER_MULTI)
        place_filter = c3.multiselect(T["places"], list(places.GUS) + sorted(places.admin_dongs(clock.today())["dong"]),
                                key="search_places", placeholder=text.PLACEHOLDER_MULTI)
        c4, c5, c6 = st.columns(3)
        price_min = c4.number_input(T["price_min"], min_value=0, step=10_000, value=None, key="search_pmin")
        price_max = c5.number_input(T["price_max"], min_value=0, step=10_000, value=None, key="search_pmax")
        sort = c6.selectbox(T["sort"], matching.SORTS, key="search_sort",
                            format_func=lambda s: T[f"sort_{s}"])
        c7, c8, c9 = st.columns(3)
        cert_only = c7.checkbox(T["cert_only"], key="search_cert")
        budget = c9.number_input(T["budget"], min_value=0, step=100_000, value=None, key="search_budget",
                                 help=T["budget_help"])
        place_filter = c8.radio(T["place_mode"], (False, True), horizontal=True, key="search_place_mode",
                                format_func=lambda f: T["place_filter"] if f else T["place_boost"])
    st.form_submit_button(T["submit"], type="primary")

if price_min is not None and price_max is not None and price_min > price_max:
    st.error(T["price_range_bad"])
    st.stop()


def _set_query(value: str | None) -> None:
    if value:
        st.session_state.search_q = value


def show_results(query: str) -> None:
    mask = matching.filter_mask(cat, types=types, cert_only=cert_only, categories=categories, places=place_filter,
                                price_min=price_min, price_max=price_max)
    result = matching.search(query, index, limit=30, mask=mask, place_filter=place_filter, per_enterprise=2)
    if result.query.problem:
        hint = text.MATCHING[f"problem_{result.query.problem}"].format(n=matching.MAX_NEED_CHARS)
        (st.info if result.query.problem == "too_long" else st.warning)(hint)
        if result.query.problem != "too_long":
            return
    if st.session_state.get("logged_query") != query:  # evidence for the gap map, once per query
        st.session_state.logged_query = query
        best = (cat["category"][result.matches[0].row] if result.matches and not result.no_match
                else (result.nearest_categories[0] if result.nearest_categories else None))
        places.log_search(_ui.engine(), actor.user_id, actor.institution_id, query, result.no_match, best,
                        next(iter(result.query.gus), None))
    words = ", ".join(result.query.understood) or "-"
    note = T["understood"].format(words=words)
    if result.query.place_words:
        note += " · " + T["place_note"].format(places=", ".join(result.query.place_words))
    if result.query.price_cap is not None:
        note += " · " + T["price_note"].format(said=text.md_escape(result.query.price_cap.said))
    st.caption(note)
    for typed, word in result.query.hanyeong:
        st.caption(matching.Reason(typed, word, "hanyeong").text())
    if result.query.multi_item:
        st.caption(text.MATCHING["items"].format(items=", ".join(it.text for it in result.query.items)))
    if result.no_match:
        st.warning(T["no_match"].format(q=text.md_escape(query)), icon=":material/search_off:")
        st.write(T["no_match_hint"])
        cols = st.columns(max(1, len(result.nearest_categories)))
        for col, name in zip(cols, result.nearest_categories, strict=False):
            col.button(name, key=f"nearest_{name}", on_click=_set_query, args=(name,))
        if result.matches:  # still show the closest products, clearly as not a match
            st.subheader(text.MATCHING["similar"])
            similar = matching.search_frame(index, result, "relevance")
            st.dataframe(similar.select("name", "enterprise_name", "category", "reason").rename(
                {k: text.RESULT_COLUMNS[k] for k in ("name", "enterprise_name", "category", "reason")}),
                hide_index=True, key="search_similar")
        return
    if result.unanswered:
        st.warning(text.MATCHING["unanswered"].format(items=text.md_escape(", ".join(result.unanswered))))
    shown = matching.SearchResult(result.query, matching.strong(result, share=0.0), False)
    df = matching.search_frame(index, shown, sort, budget=budget)
    st.success(T["found"].format(n=df.height))
    if budget is None and result.query.budget is None:
        st.caption(T["budget_note"])
    labels = text.RESULT_COLUMNS
    shown_cols = ["rank"] + (["item"] if result.query.multi_item else []) + ["name", "enterprise_name", "unit_price", "unit", "se_type", "place", "badges", "reason",
                  "hint", "score"]
    if not (df["hint"].str.len_chars().fill_null(0) > 0).any():  # no budget: the hint column would be empty
        shown_cols.remove("hint")
    view = df.select(shown_cols)
    opened = _ui.table(
        view, hide_index=True, key="search_results", on_select="rerun", selection_mode="single-row",
        column_config={
            "rank": st.column_config.NumberColumn(labels["rank"], width="small"), "item": labels["item"],
            "name": labels["name"], "enterprise_name": labels["enterprise_name"],
            "unit_price": st.column_config.NumberColumn(labels["unit_price"], format="localized"),
            "unit": labels["unit"], "se_type": labels["se_type"], "place": labels["place"],
            "badges": labels["badges"], "reason": labels["reason"], "hint": labels["hint"],
            "score": st.column_config.ProgressColumn(labels["score"], min_value=0.0, max_value=1.0, format="%.2f"),
        },
    )
    if opened is not None and opened.selection.rows and opened.selection.rows[0] < df.height:  # an opened result, evidence for learning
        _suggestions.opened(_ui.engine(), actor, query, df.row(opened.selection.rows[0], named=True))
    _supplier.picker(actor, df, cat, "search")  # (issue 14) detail and 견적 요청
    download = df.rename({k: v for k, v in labels.items() if k in df.columns})
    c1, c2 = st.columns(2)
    c1.download_button(T["download_csv"], files.csv_bytes(download), "제품검색.csv", "text/csv",
                       key="search_csv")
    c2.download_button(T["download_xlsx"], files.xlsx_bytes({"제품검색": download}), "제품검색.xlsx",
                       files.XLSX_MIME, key="search_xlsx")


if query.strip():
    show_results(query)
else:
    st.info(T["empty"])
    st.write(T["suggest"])
    popular = cat.group_by("category").len().sort("len", descending=True)["category"].head(10).to_list()
    st.pills(T["suggest"], popular, key="search_pick", label_visibility="collapsed",
             on_change=lambda: _set_query(st.session_state.search_pick))

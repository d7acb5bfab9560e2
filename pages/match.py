"""수요 매칭: many needs at once (pasted or uploaded), top suppliers per need, XLSX export."""


import polars as pl
import streamlit as st

from pages import _supplier, _ui
from sse_match import catalog, clock, errors, files, matching, text

actor = _ui.page_guard("match")

T = text.MATCH
index = _ui.search_index(clock.today())

st.title(T["title"])
st.caption(T["intro"])

mode = st.segmented_control(T["mode"], ("paste", "file"), default="paste", key="match_mode",
                            format_func=lambda m: T[f"mode_{m}"]) or "paste"
if mode == "file":
    _ui.template_button("needs")
with st.form("match_form"):
    if mode == "file":
        upload = st.file_uploader(T["file"], type=["csv", "xlsx"], help=T["file_help"], key="match_file")
        pasted = ""
    else:
        pasted = st.text_area(T["paste"], placeholder=T["paste_placeholder"].replace("\\n", "\n"), height=160,
                              key="match_text")
        upload = None
    top = st.slider(T["top"], 1, 10, 3, key="match_top")
    submitted = st.form_submit_button(T["submit"], type="primary")

if submitted:
    try:
        needs = (catalog.read_needs(upload.getvalue(), upload.name) if upload is not None
                 else catalog.needs_from_lines(pasted))
    except errors.UserError as exc:
        st.error(str(exc))
        st.stop()
    if needs.height == 0:
        st.warning(T["empty"])
        st.stop()
    if needs.height > matching.MAX_NEEDS:
        st.error(T["too_many"].format(max=matching.MAX_NEEDS))
        st.stop()
    bar = st.progress(0.0, text=T["progress"].format(pct=0))
    results = matching.match_needs(needs, index, limit=top,
                                   progress=lambda f: bar.progress(f, text=T["progress"].format(pct=round(f * 100))))
    bar.empty()
    st.session_state.match_results = results
    st.session_state.match_needs = needs

results: pl.DataFrame | None = st.session_state.get("match_results")
if results is not None:
    n = results["need_id"].n_unique()
    none = results.filter(pl.col("no_match"))["need_id"].n_unique()
    st.success(T["summary"].format(n=n, matched=n - none, none=none))
    for row in results.filter(pl.col("no_match")).iter_rows(named=True):
        problem = text.MATCHING.get(f"problem_{row['problem']}", "") if row["problem"] else ""
        st.warning(f"**{text.md_escape(row['need'] or '')}** — {T['no_match']}. "
                   f"{problem.format(n=matching.MAX_NEED_CHARS) or T['nearest'].format(cats=text.md_escape(row['nearest'] or '-'))}")
    partly = results.filter(~pl.col("no_match") & (pl.col("unanswered").str.len_chars() > 0)).unique("need_id", keep="first",
                                                                                                 maintain_order=True)
    for row in partly.iter_rows(named=True):
        st.warning(f"**{text.md_escape(row['need'] or '')}** — "
                   + text.MATCHING["unanswered"].format(items=text.md_escape(row["unanswered"])))
    table = matching.results_for_people(results)
    _ui.table(table, hide_index=True, key="match_table",
                 column_config={"단가(원)": st.column_config.NumberColumn(format="localized"),
                                "적합도": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="%.2f")})
    _supplier.picker(actor, results, index.catalog, "match", need_column="need")  # (issue 14)
    needs_sheet = st.session_state.match_needs.rename(
        {"need_id": "수요번호", "text": "수요내용", "quantity": "수량", "budget": "예산"})
    st.download_button(
        T["download_xlsx"],
        files.xlsx_bytes({T["sheet_results"]: table, T["sheet_needs"]: needs_sheet}),
        "수요매칭.xlsx", files.XLSX_MIME, key="match_xlsx",
    )

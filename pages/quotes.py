"""견적 요청: an officer's requests, the answers side by side, the choice and the confirmed purchase;
the department's funnel."""

import polars as pl
import streamlit as st

from pages import _ui
from sse_match import accounts, catalog, clock, errors, fmt, quotes, text

actor = _ui.page_guard("quotes")
T, C = text.QUOTES, text.QUOTE_COLUMNS
engine = _ui.engine()
today = clock.today()
ERRORS = (catalog.ValidationFailed, accounts.PermissionDenied, accounts.Conflict, catalog.NotFound)

st.title(T["title"])
st.caption(T["intro"])

section = "mine"
if actor.role == "admin":
    section = st.segmented_control(" ", list(T["sections"]), default="funnel", key="quotes_section",
                                   format_func=lambda k: T["sections"][k], label_visibility="collapsed") or "funnel"

if actor.role == "officer":
    notes = quotes.for_actor(engine, actor, limit=20)
    unread = notes.filter(pl.col("read_at").is_null())
    with st.expander(T["notices"].format(n=unread.height), expanded=False):
        if notes.is_empty():
            st.caption(T["no_notices"])
        for row in notes.iter_rows(named=True):
            st.write(("🔵 " if row["read_at"] is None else "") + f"{row['at']:%Y-%m-%d %H:%M} · "
                     + text.md_escape(row["message"]))
        if unread.height and st.button(T["mark_read"], key="quotes_mark_read"):
            quotes.mark_read(engine, actor, clock.now())
            st.rerun()


def funnel_section() -> None:
    data = quotes.QuoteData.load(engine)
    years = sorted({d.year for d in data.requests["created_at"].to_list()} | {today.year}, reverse=True)
    c1, c2 = st.columns([1, 3])
    year = c1.selectbox(T["funnel_year"], years, key="quotes_year")
    by = c2.segmented_control(T["by"], list(quotes.DIMENSIONS), default="institution_name", key="quotes_by",
                              format_func=quotes.DIMENSIONS.get) or "institution_name"
    totals = quotes.totals(data, year)
    via = quotes.through_requests(data, year)
    median = quotes.median_days_to_first_answer(data, year)
    st.info(T["funnel_totals"].format(**totals))
    m = st.columns(2)
    m[0].metric(T["median"], T["median_value"].format(days=median) if median is not None else "-", border=True)
    m[1].metric(T["share"], fmt.percent(via.share), delta=f"금액 {fmt.percent(via.amount_share)}", delta_color="off",
                help=T["share_help"], border=True)
    table = quotes.funnel(data, by, year)
    st.dataframe(table, hide_index=True, key="quotes_funnel",
                 column_config={by: quotes.DIMENSIONS[by], **{s: C[s] if s in C else quotes.STEP_LABELS[s]
                                                                   for s in quotes.STEPS},
                                "answered": quotes.STEP_LABELS["answered"]})
    st.subheader(T["silent"])
    silent = quotes.silent_enterprises(data, today)
    if silent.is_empty():
        st.caption(T["silent_none"])
    else:
        st.dataframe(silent.select("enterprise_name", "se_type", "received", "last_received"), hide_index=True,
                     key="quotes_silent", column_config={k: C[k] for k in ("enterprise_name", "se_type", "received",
                                                                            "last_received")})


def side_by_side(answers: pl.DataFrame) -> pl.DataFrame:
    """항목 × 기업: the answers as columns, so price, delivery and the rest read across."""
    rows = {"답변": [], "견적 금액": [], "부가세 포함 금액": [], "납품 가능일": [], "인증·지정": [], "위치 (구·동)": [],
            "처음 거래": [], "우리 기관 구매 실적": [], "메모": [], "파일": []}
    names = []
    for a in answers.iter_rows(named=True):
        names.append(a["enterprise_name"] + (" ✔ 선정" if a["chosen"] else ""))
        answered = a["status"] == "answered"
        rows["답변"].append(text.QUOTE_REPLY[a["status"]] + (f": {a['decline_reason']}" if a["decline_reason"] else ""))
        rows["견적 금액"].append(f"{a['amount']:,}원 (부가세 {'포함' if a['vat_included'] else '별도'})" if answered else "")
        rows["부가세 포함 금액"].append(f"{a['amount_with_vat']:,}원" if answered else "")
        rows["납품 가능일"].append(a["delivery_on"].isoformat() if a["delivery_on"] else "")
        rows["인증·지정"].append(f"{a['se_type']} · " + ("유효" if a["cert_valid"] else "기간 지남"))
        rows["위치 (구·동)"].append(a["place"])
        rows["처음 거래"].append("처음" if a["first_time"] else "거래한 적 있음")
        rows["우리 기관 구매 실적"].append(f"{a['own_count']:,}건 · {fmt.korean_won(a['own_total'])}")
        rows["메모"].append(a["memo"] or "")
        rows["파일"].append("있음" if a["has_file"] else "")
    data = {"항목": list(rows)}
    for k, name in enumerate(names):
        data[f"{k + 1}. {name}"] = [rows[r][k] for r in rows]
    return pl.DataFrame(data)


def downloads(v: quotes.RequestView, recipient_id: int | None, key: str) -> None:
    files = v.attachments.filter(pl.col("recipient_id").is_null() if recipient_id is None
                                 else pl.col("recipient_id") == recipient_id)
    for f in files.iter_rows(named=True):
        att = quotes.attachment(engine, actor, f["id"])  # checked again for this user
        st.download_button(T["download"].format(name=att.filename), att.content, att.filename, att.mime,
                           key=f"{key}_{f['id']}", icon=":material/download:")


def request_section() -> None:
    mine = quotes.requests_for(engine, actor)
    if mine.is_empty():
        st.info(T["none"])
        return
    st.dataframe(mine.with_columns(status=pl.col("status").replace_strict(text.QUOTE_STATUS, default=None))
                 .select("id", "institution_name", "item_name", "quantity", "unit", "answer_by", "deliver_by", "sent",
                         "answered", "declined", "status", "created_at"),
                 hide_index=True, key="quotes_list",
                 column_config={**{k: C[k] for k in C if k in mine.columns},
                                "created_at": st.column_config.DatetimeColumn(C["created_at"], format="YYYY-MM-DD HH:mm"),
                                **{k: st.column_config.DateColumn(C[k], format="YYYY-MM-DD")
                                   for k in ("answer_by", "deliver_by")}})
    labels = {r["id"]: f"#{r['id']} {r['item_name']} · {text.QUOTE_STATUS[r['status']]} · 견적 {r['answered']}/{r['sent']}"
              for r in mine.iter_rows(named=True)}
    rid = st.selectbox(T["pick"], list(labels), format_func=labels.get, key="quotes_pick")
    if rid is None:
        return
    v = quotes.view(engine, actor, rid, today)
    req = v.request
    ver_key = f"quote_version_{rid}"
    st.session_state.setdefault(ver_key, req["version"])  # the version this officer started from
    st.subheader(f"#{rid} {req['item_name']}")
    st.caption(f"{text.QUOTE_STATUS[req['status']]} · {req['institution_name']} · 수량 {req['quantity']:,}{req['unit']} · "
               f"납기 {req['deliver_by'].isoformat()} · 답변 마감 {req['answer_by'].isoformat()} · "
               f"납품 장소 {req['delivery_place']}"
               + (f" · 추정가격 {fmt.won(req['estimated_price'])}" if req["estimated_price"] else ""))
    if req["memo"]:
        st.text(req["memo"])
    downloads(v, None, "qfile")
    st.markdown(f"**{T['compare']}**")
    if v.answers.is_empty() or v.answers.filter(pl.col("status") != "sent").is_empty():
        st.caption(T["no_answers"])
    st.dataframe(side_by_side(v.answers), hide_index=True, key=f"quotes_compare_{rid}")
    for a in v.answers.filter(pl.col("has_file")).iter_rows(named=True):
        downloads(v, a["recipient_id"], f"afile_{a['enterprise_id']}")

    def act(fn, ok: str, *args) -> None:
        try:
            st.session_state[ver_key] = fn(engine, actor, rid, *args)
        except ERRORS as exc:
            _ui.show_error(exc)
            if isinstance(exc, errors.Conflict):
                st.session_state.pop(ver_key, None)
        else:
            st.session_state[f"quote_flash_{rid}"] = ok
            st.rerun()

    if flash := st.session_state.pop(f"quote_flash_{rid}", None):
        st.success(flash)
    version = st.session_state.get(ver_key, req["version"])
    answered = v.answers.filter(pl.col("status") == "answered")
    if req["status"] in ("open", "closed") and not answered.is_empty():
        names = dict(zip(answered["recipient_id"], answered["enterprise_name"], strict=True))
        with st.form(f"quote_choose_{rid}"):
            pick = st.radio(T["choose_pick"], list(names), format_func=names.get, key=f"quote_choose_pick_{rid}")
            if st.form_submit_button(T["choose_submit"], type="primary"):
                try:
                    quotes.choose(engine, actor, rid, pick, version, clock.now())
                except ERRORS as exc:
                    _ui.show_error(exc)
                else:
                    st.session_state[ver_key] = version + 1
                    st.session_state[f"quote_flash_{rid}"] = T["chosen_ok"].format(name=names[pick])
                    st.rerun()
    if req["status"] == "open":
        c1, c2 = st.columns(2)
        if c1.button(T["close"], key=f"quote_close_{rid}"):
            act(lambda e, a, r, ver: quotes.close(e, a, r, ver, clock.now()), T["closed_ok"], version)
        if c2.button(T["cancel"], key=f"quote_cancel_{rid}"):
            act(lambda e, a, r, ver: quotes.cancel(e, a, r, ver, clock.now()), T["cancelled_ok"], version)
    elif req["status"] == "closed" and st.button(T["cancel"], key=f"quote_cancel_{rid}"):
        act(lambda e, a, r, ver: quotes.cancel(e, a, r, ver, clock.now()), T["cancelled_ok"], version)
    if req["status"] == "chosen":
        draft = quotes.draft_purchase(engine, actor, rid)
        chosen = v.answers.filter(pl.col("chosen")).row(0, named=True)
        st.info(T["draft"].format(name=chosen["enterprise_name"], amount=fmt.won(draft["amount"]),
                                  on=draft["purchased_on"].isoformat()))
        with st.form(f"quote_confirm_{rid}"):
            st.markdown(f"**{T['confirm']}**")
            c1, c2 = st.columns(2)
            on = c1.date_input(T["confirm_on"], value=min(draft["purchased_on"], today), max_value=today,
                               format="YYYY-MM-DD", key=f"quote_confirm_on_{rid}")
            amount = c2.number_input(T["confirm_amount"], min_value=1, value=int(draft["amount"]), step=1_000,
                                     key=f"quote_confirm_amount_{rid}")
            if st.form_submit_button(T["confirm_submit"], type="primary"):
                try:
                    quotes.confirm_purchase(engine, actor, rid, on, int(amount), version, today, clock.now())
                except ERRORS as exc:
                    _ui.show_error(exc)
                else:
                    st.session_state[ver_key] = version + 1
                    st.session_state[f"quote_flash_{rid}"] = T["confirmed_ok"].format(amount=fmt.won(int(amount)))
                    st.rerun()
    elif req["status"] == "purchased":
        st.success(T["purchased"])


if section == "funnel":
    funnel_section()
else:
    request_section()

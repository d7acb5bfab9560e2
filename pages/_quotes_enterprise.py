"""내 기업 → 받은 견적 요청: answer with a price or decline; see whether the answer was chosen. Not a page."""

from __future__ import annotations

from datetime import timedelta

import polars as pl
import streamlit as st

from pages import _ui
from sse_match import accounts, catalog, clock, errors, fmt, quotes, text

T = text.QUOTE_INBOX
ERRORS = (catalog.ValidationFailed, accounts.PermissionDenied, accounts.Conflict, catalog.NotFound)


def section_label(actor: accounts.Actor) -> str:
    n = quotes.pending_count(_ui.engine(), actor, clock.today())
    return T["section_n"].format(n=n) if n else T["section"]


def home_count(actor: accounts.Actor) -> None:
    """The count on the enterprise's home page."""
    if actor.role != "enterprise":
        return
    n = quotes.pending_count(_ui.engine(), actor, clock.today())
    if n:
        st.info(T["home"].format(n=n), icon=":material/request_quote:")


def _outcome(row: dict) -> str:
    return text.QUOTE_OUTCOME[row["outcome"]]


def render(actor: accounts.Actor) -> None:
    engine, today = _ui.engine(), clock.today()
    notes = quotes.for_actor(engine, actor, limit=20)
    unread = notes.filter(pl.col("read_at").is_null())
    with st.expander(text.QUOTES["notices"].format(n=unread.height)):
        for row in notes.iter_rows(named=True):
            st.write(("🔵 " if row["read_at"] is None else "") + f"{row['at']:%Y-%m-%d %H:%M} · "
                     + text.md_escape(row["message"]))
        if unread.height and st.button(text.QUOTES["mark_read"], key="inbox_mark_read"):
            quotes.mark_read(engine, actor, clock.now())
            st.rerun()
    box = quotes.inbox(engine, actor, today)
    if box.is_empty():
        st.info(T["none"])
        return
    C = text.QUOTE_COLUMNS
    st.dataframe(box.with_columns(reply=pl.col("my_status").replace_strict(text.QUOTE_REPLY, default=None),
                                  outcome=pl.col("outcome").replace_strict(text.QUOTE_OUTCOME, default=None))
                 .select("id", "institution_name", "item_name", "quantity", "unit", "answer_by", "deliver_by", "reply",
                         "outcome"),
                 hide_index=True, key="inbox_list",
                 column_config={**{k: C[k] for k in C if k in box.columns or k in ("reply", "outcome")},
                                **{k: st.column_config.DateColumn(C[k], format="YYYY-MM-DD")
                                   for k in ("answer_by", "deliver_by")}})
    labels = {r["id"]: f"#{r['id']} {r['institution_name']} · {r['item_name']} · {_outcome(r)}"
              for r in box.iter_rows(named=True)}
    rid = st.selectbox(T["pick"], list(labels), format_func=labels.get, key="inbox_pick")
    if rid is None:
        return
    row = box.filter(pl.col("id") == rid).row(0, named=True)
    v = quotes.view(engine, actor, rid, today)
    req = v.request
    st.subheader(f"#{rid} {req['item_name']}")
    st.markdown(f"**결과: {_outcome(row)}**")
    st.caption(f"{req['institution_name']} · 수량 {req['quantity']:,}{req['unit']} · 납기 {req['deliver_by'].isoformat()} · "
               f"답변 마감 {req['answer_by'].isoformat()} · 납품 장소 {req['delivery_place']}")
    if req["memo"]:
        st.text(req["memo"])
    for f in v.attachments.iter_rows(named=True):
        att = quotes.attachment(engine, actor, f["id"])
        st.download_button(text.QUOTES["download"].format(name=att.filename), att.content, att.filename, att.mime,
                           key=f"inbox_file_{f['id']}", icon=":material/download:")
    if row["my_status"] == "answered":
        st.info(T["mine"].format(amount=fmt.won(row["amount"]), vat=T["vat_in"] if row["vat_included"] else T["vat_out"],
                                 on=row["delivery_on"].isoformat()))
    elif row["my_status"] == "declined":
        st.info(T["mine_declined"].format(reason=row["decline_reason"]))
    if not row["can_answer"]:
        st.caption(T["closed"])
        return
    ver_key = f"inbox_version_{row['recipient_id']}"
    st.session_state.setdefault(ver_key, row["my_version"])
    if flash := st.session_state.pop(f"inbox_flash_{rid}", None):
        st.success(flash)
    with st.form(f"inbox_answer_{rid}"):
        st.markdown(f"**{T['answer']}**")
        c1, c2, c3 = st.columns([2, 1, 2])
        amount = c1.number_input(T["amount"], min_value=0, step=1_000, value=row["amount"], key=f"inbox_amount_{rid}")
        vat = c2.radio(T["vat"], (True, False), horizontal=True, key=f"inbox_vat_{rid}",
                       format_func=lambda b: T["vat_in"] if b else T["vat_out"])
        on = c3.date_input(T["delivery_on"], value=row["delivery_on"] or min(req["deliver_by"],
                                                                              today + timedelta(days=7)),
                           min_value=today, format="YYYY-MM-DD", key=f"inbox_on_{rid}")
        memo = st.text_area(T["memo"], value=row["my_memo"] or "", max_chars=quotes.TEXT_LIMIT, key=f"inbox_memo_{rid}")
        upload = st.file_uploader(T["file"], type=["pdf", "xlsx", "hwp", "hwpx"], key=f"inbox_file_up_{rid}")
        if st.form_submit_button(T["send"], type="primary"):
            try:
                st.session_state[ver_key] = quotes.answer(
                    engine, actor, row["recipient_id"],
                    dict(amount=int(amount) if amount else None, vat_included=vat, delivery_on=on, memo=memo),
                    st.session_state[ver_key], today, clock.now(),
                    file=quotes.Upload(upload.name, upload.getvalue()) if upload is not None else None)
            except ERRORS as exc:
                _ui.show_error(exc)
                if isinstance(exc, errors.Conflict):
                    st.session_state.pop(ver_key, None)
            else:
                st.session_state[f"inbox_flash_{rid}"] = T["sent"]
                st.rerun()
    with st.expander(T["decline"]):
        with st.form(f"inbox_decline_{rid}"):
            reason = st.text_input(T["reason"], max_chars=500, key=f"inbox_reason_{rid}")
            if st.form_submit_button(T["decline_submit"]):
                try:
                    st.session_state[ver_key] = quotes.decline(engine, actor, row["recipient_id"], reason,
                                                               st.session_state[ver_key], today, clock.now())
                except ERRORS as exc:
                    _ui.show_error(exc)
                    if isinstance(exc, errors.Conflict):
                        st.session_state.pop(ver_key, None)
                else:
                    st.session_state[f"inbox_flash_{rid}"] = T["declined"]
                    st.rerun()

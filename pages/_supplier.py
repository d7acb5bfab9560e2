"""The supplier detail and the 견적 요청 form, in a dialog opened from 제품 검색, 수요 매칭 and 기업 지도.

Not a page. The pages hook it in with one call: `picker` under a results table, `open_button` for one
enterprise. Everything it decides is in `sse_match.quotes` / `sse_match.supplier`.
"""

from __future__ import annotations

from datetime import timedelta

import polars as pl
import streamlit as st

from pages import _ui
from sse_match import accounts, catalog, clock, errors, fmt, matching, quotes, text

S = text.SUPPLIER


def _detail(actor: accounts.Actor, enterprise_id: int) -> catalog.SupplierDetail:
    d = catalog.detail(_ui.engine(), enterprise_id, actor.institution_id, clock.today())
    st.markdown(f"#### {text.md_escape(d.name)}")
    until = S["until"].format(date=d.cert_expiry.isoformat()) if d.cert_expiry else ""
    cert = (S["cert_valid"] if d.cert_valid else S["cert_invalid"]).format(type=d.se_type, until=until)
    rows = [*d.contact_rows(), (S["cert"], cert)]
    st.dataframe(pl.DataFrame({"항목": [k for k, _ in rows], "내용": [v for _, v in rows]}), hide_index=True,
                 key=f"sup_contacts_{enterprise_id}")
    st.markdown(f"**{S['record']}**")
    if d.purchase_count:
        st.write(S["record_line"].format(count=d.purchase_count, total=fmt.korean_won(d.purchase_total),
                                         insts=d.institution_count, last=d.last_purchase.isoformat()))
    else:
        st.write(S["record_none"])
    if d.first_time is True:
        st.info(S["first_time"], icon=":material/fiber_new:")
    elif d.first_time is False:
        st.caption(S["repeat"].format(count=d.own_count, total=fmt.korean_won(d.own_total)))
    with st.expander(S["products"].format(n=d.products.height)):
        st.dataframe(d.products.select("name", "category", "spec", "unit_price", "unit"), hide_index=True,
                     key=f"sup_products_{enterprise_id}",
                     column_config={"name": "제품·서비스", "category": "분류", "spec": "규격",
                                    "unit_price": _ui.won_column("단가(원)"), "unit": "단위"})
    return d


def _hint(se_types: list[str], budget: int | None) -> None:
    rules = matching.load_rules()
    lines = []
    for t in dict.fromkeys(se_types):
        h = matching.single_source_hint(budget, t, None, rules)
        lines.append(f"{t}: {h.message}" if h.message else f"{t}: {rules[0].name} 한도 "
                     f"{fmt.korean_won(rules[0].max_budget)} (추정가격을 적으면 판단해 드립니다)")
    st.caption(f":gray-badge[{text.QUOTES['hint_note']}] **{S['hint']}**  \n" + "  \n".join(lines))


def request_form(actor: accounts.Actor, recipients: list[dict], key: str, item: str = "", unit: str = "",
                 category: str | None = None, max_recipients: int = quotes.MAX_RECIPIENTS) -> None:
    """recipients: enterprise_id, name, se_type, product_id. One token per form: a second press of 보내기
    (or a double click) returns the first request instead of sending another."""
    if actor.role != "officer":
        st.info(S["only_officer"])
        return
    token_key, sent_key = f"quote_token_{key}", f"quote_sent_{key}"
    st.session_state.setdefault(token_key, quotes.new_token())
    if st.session_state.get(sent_key):
        st.success(S["sent"].format(id=st.session_state[sent_key]))
        if st.button(S["again"], key=f"quote_again_{key}"):
            st.session_state.pop(sent_key)
            st.session_state[token_key] = quotes.new_token()
            st.rerun(scope="fragment")
        return
    st.markdown(f"**{S['form']}** · " + S["to"].format(names=", ".join(text.md_escape(r["name"]) for r in recipients)))
    today = clock.today()
    with st.form(f"quote_form_{key}"):
        values = {"item_name": st.text_input(S["item_name"], value=item, max_chars=200, key=f"q_item_{key}")}
        c1, c2 = st.columns(2)
        values["quantity"] = int(c1.number_input(S["quantity"], min_value=1, value=1, step=1, key=f"q_qty_{key}"))
        values["unit"] = c2.text_input(S["unit"], value=unit, max_chars=20, key=f"q_unit_{key}")
        c3, c4 = st.columns(2)
        values["deliver_by"] = c3.date_input(S["deliver_by"], value=today + timedelta(days=14), min_value=today,
                                             format="YYYY-MM-DD", key=f"q_deliver_{key}")
        values["delivery_place"] = c4.text_input(S["delivery_place"], max_chars=300, key=f"q_place_{key}")
        c5, c6 = st.columns(2)
        price = c5.number_input(S["estimated_price"], min_value=0, step=10_000, value=None, key=f"q_price_{key}")
        values["estimated_price"] = int(price) if price else None
        values["answer_by"] = c6.date_input(S["answer_by"], value=today + timedelta(days=7), min_value=today,
                                            format="YYYY-MM-DD", key=f"q_answer_{key}")
        values["memo"] = st.text_area(S["memo"], max_chars=quotes.TEXT_LIMIT, key=f"q_memo_{key}")
        values["category"] = category
        files = st.file_uploader(S["files"], type=["pdf", "xlsx", "hwp", "hwpx"], accept_multiple_files=True,
                                 key=f"q_files_{key}")
        send = st.form_submit_button(S["send"], type="primary")
    _hint([r["se_type"] for r in recipients], values["estimated_price"])
    if send:
        try:
            rid = quotes.create_request(
                _ui.engine(), actor, values, [r["enterprise_id"] for r in recipients], st.session_state[token_key],
                today, clock.now(), files=[quotes.Upload(f.name, f.getvalue()) for f in files or []],
                product_ids={r["enterprise_id"]: r["product_id"] for r in recipients if r.get("product_id")},
                max_recipients=max_recipients)
        except errors.UserError as exc:
            _ui.show_error(exc)
        else:
            st.session_state[sent_key] = rid
            st.success(S["sent"].format(id=rid))


@st.dialog(S["title"], width="large")
def supplier_dialog(actor: accounts.Actor, recipients: list[dict], key: str, item: str = "", unit: str = "",
                    category: str | None = None, max_recipients: int = quotes.MAX_RECIPIENTS) -> None:
    if len(recipients) == 1:
        _detail(actor, recipients[0]["enterprise_id"])
    else:
        for r in recipients:
            with st.expander(r["name"]):
                _detail(actor, r["enterprise_id"])
    st.divider()
    request_form(actor, recipients, key, item, unit, category, max_recipients)


def _recipients(rows: pl.DataFrame) -> list[dict]:
    seen: dict[int, dict] = {}
    for r in rows.iter_rows(named=True):
        seen.setdefault(r["enterprise_id"], {"enterprise_id": r["enterprise_id"], "name": r["enterprise_name"],
                                             "se_type": r["se_type"], "product_id": r["product_id"]})
    return list(seen.values())


def picker(actor: accounts.Actor, results: pl.DataFrame, offered: pl.DataFrame, key: str,
           need_column: str | None = None) -> None:
    """Under a results table: tick 1–5 suppliers (or, on 수요 매칭, a whole need's matches) and open the dialog."""
    if "code" not in results.columns or results.is_empty():
        return
    cols = ["code", "product_id", "enterprise_id", "se_type", "unit"]
    rows = (results.filter(pl.col("code").is_not_null()).select([c for c in results.columns if c not in cols[1:]])
            .join(offered.select(cols), on="code", how="inner"))
    if rows.is_empty():
        return
    labels = {r["code"]: f"{r['enterprise_name']} — {r['name']}" for r in rows.iter_rows(named=True)}
    picked = st.multiselect(S["picker"], list(labels), format_func=labels.get, max_selections=quotes.MAX_RECIPIENTS,
                            help=S["picker_help"], key=f"{key}_quote_pick", placeholder=text.PLACEHOLDER_MULTI)
    chosen = rows.filter(pl.col("code").is_in(picked))
    if st.button(S["open"], disabled=not picked, key=f"{key}_quote_open", icon=":material/request_quote:"):
        first = chosen.row(0, named=True)
        recips = _recipients(chosen)
        supplier_dialog(actor, recips, f"{key}_{'-'.join(str(r['enterprise_id']) for r in recips)}",
                        item=first["name"] if len(picked) == 1 else "", unit=first["unit"] or "",
                        category=first.get("category"))
    if need_column and actor.role == "officer":
        needs = dict(zip(rows["need_id"], rows[need_column], strict=False))
        c1, c2 = st.columns([3, 1])
        need = c1.selectbox(S["need_pick"], list(needs), format_func=lambda n: f"{n}. {needs[n]}",
                            key=f"{key}_quote_need")
        if c2.button(S["need_mode"], key=f"{key}_quote_need_send") and need is not None:
            of_need = rows.filter(pl.col("need_id") == need)
            recips = _recipients(of_need)
            first = of_need.row(0, named=True)
            supplier_dialog(actor, recips, f"{key}_need_{need}", item=needs[need], unit=first["unit"] or "",
                            category=first.get("category"), max_recipients=max(len(recips), quotes.MAX_RECIPIENTS))


def open_button(actor: accounts.Actor, enterprise_id: int, name: str, se_type: str, key: str) -> None:
    """One enterprise (the map's pick): its detail and, for an officer, the request form."""
    if st.button(S["open"], key=f"{key}_quote_one", icon=":material/request_quote:"):
        supplier_dialog(actor, [{"enterprise_id": enterprise_id, "name": name, "se_type": se_type,
                                 "product_id": None}], f"{key}_{enterprise_id}")

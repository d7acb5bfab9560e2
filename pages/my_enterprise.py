"""내 기업 · 카탈로그: an enterprise keeps its own profile and catalog current."""


import streamlit as st

from pages import _plan_enterprise, _quotes_enterprise, _ui
from sse_match import catalog, clock, errors, fmt, text

actor = _ui.page_guard("my_enterprise")
T = text.MY
engine = _ui.engine()

if actor.enterprise_id is None:
    st.error(T["no_enterprise"])
    st.stop()

ent = catalog.enterprise(engine, actor.enterprise_id)
st.title(T["title"])
st.caption(f"{text.md_escape(ent['name'])} · {ent['se_type']}")

sections = {**T["sections"], "quotes": _quotes_enterprise.section_label(actor)}  # (issue 14)
section = st.segmented_control(" ", list(sections), default="catalog", key="my_section",
                               format_func=lambda k: sections[k], label_visibility="collapsed") or "catalog"  # a second click on the current view keeps it




def offer_reload(*keys: str) -> None:
    """After a conflict: start again from the newest saved version (what was typed stays until then)."""
    def reload() -> None:
        for k in list(st.session_state):
            if any(k == p or k.startswith(p) for p in keys):
                del st.session_state[k]
    st.button(T["reload"], on_click=reload, key=f"reload_{keys[0]}")


def product_fields(prefix: str, current: dict | None = None) -> dict:
    cur = current or {}
    cats, units = list(catalog.categories()), list(catalog.units())
    c1, c2 = st.columns(2)
    values = {
        "name": c1.text_input("제품명", value=cur.get("name", ""), max_chars=100, key=f"{prefix}_name"),
        # no preset category: a new product is filed where the enterprise says, never under the first one
        "category": c2.selectbox("분류", cats, index=cats.index(cur["category"]) if cur.get("category") in cats else None,
                                 key=f"{prefix}_category", placeholder=text.PLACEHOLDER_ONE),
    }
    c3, c4, c5 = st.columns(3)
    # no min_value: the browser's English range message would block the form and leave an old error
    # standing; the validation refuses a negative price in Korean instead
    values["unit_price"] = c3.number_input("단가(원)", step=100, value=cur.get("unit_price"),
                                           key=f"{prefix}_price", placeholder="예: 12000")
    values["unit"] = c4.selectbox("단위", units, index=units.index(cur["unit"]) if cur.get("unit") in units else 0,
                                  key=f"{prefix}_unit")
    values["spec"] = c5.text_input("규격", value=cur.get("spec") or "", max_chars=200, key=f"{prefix}_spec")
    values["description"] = st.text_area("설명", value=cur.get("description") or "", max_chars=2000,
                                         key=f"{prefix}_desc")
    return values


if section == "catalog":
    products = catalog.enterprise_products(engine, actor.enterprise_id)
    if flash := st.session_state.pop("my_flash", None):
        st.success(flash)
    rejected = products.filter(products["status"] == "rejected")
    for r in rejected.iter_rows(named=True):
        st.warning(T["rejected_note"].format(name=text.md_escape(r["name"]), code=r["code"],
                                             reason=text.md_escape(r["review_reason"] or "-")))
    st.subheader(T["products"])
    _ui.table(
        products.with_columns(status=products["status"].replace_strict(text.STATUS_LABELS, default=None))
        .select("code", "name", "category", "unit_price", "unit", "status", "review_reason", "updated_at"),
        hide_index=True, key="my_products", empty=T["no_products"],
        column_config={"code": "제품코드", "name": "제품명", "category": "분류",
                       "unit_price": st.column_config.NumberColumn("단가(원)", format="localized"), "unit": "단위",
                       "status": "상태", "review_reason": "심사 의견",
                       "updated_at": st.column_config.DatetimeColumn("최근 변경", format="YYYY-MM-DD HH:mm")},
    )
    with st.expander(T["new"], expanded=products.is_empty()):
        with st.form("new_product", clear_on_submit=False):
            values = product_fields("new")
            if st.form_submit_button(T["add"], type="primary") and _ui.once("new_product", values):
                try:
                    catalog.add_product(engine, actor, actor.enterprise_id, values)
                except errors.UserError as exc:
                    _ui.release("new_product")
                    _ui.show_error(exc)
                else:  # the list above shows the new row at once
                    st.session_state["my_flash"] = T["added"]
                    for k in ("new_name", "new_spec", "new_desc", "new_price", "new_category"):
                        st.session_state.pop(k, None)
                    st.rerun()
    editable = products.filter(products["status"] != "retired")
    if not editable.is_empty():
        choice = st.selectbox(T["edit"], editable["id"].to_list(), index=None, key="edit_pick",
                              placeholder=text.PLACEHOLDER_ONE,
                              format_func=lambda i: (lambda r: f"{r['name']} ({r['code']}, "
                                                     f"{text.STATUS_LABELS.get(r['status'], r['status'])})")(
                                  editable.filter(editable["id"] == i).row(0, named=True)))
        if choice is not None:
            cur = editable.filter(editable["id"] == choice).row(0, named=True)
            seen_key = f"seen_version_{choice}"
            st.session_state.setdefault(seen_key, cur["version"])  # the version this officer started from
            with st.form(f"edit_{choice}"):
                st.markdown(f"**{T['edit_form']}** · {text.md_escape(cur['code'])}")
                values = product_fields(f"edit{choice}", cur)
                c1, c2 = st.columns(2)
                save = c1.form_submit_button(T["save"], type="primary")
                retire = c2.form_submit_button(T["retire"])
            if (save or retire) and _ui.once(f"edit_{choice}", (values, bool(save))):
                try:
                    if save:
                        st.session_state[seen_key] = catalog.update_product(
                            engine, actor, choice, values, st.session_state[seen_key])
                        st.success(T["saved"])
                    else:
                        catalog.retire_product(engine, actor, choice, st.session_state[seen_key])
                        st.success(T["retired"])
                        st.session_state.pop(seen_key, None)
                except errors.UserError as exc:
                    _ui.release(f"edit_{choice}")
                    _ui.show_error(exc)
                    if isinstance(exc, errors.Conflict):
                        offer_reload(seen_key, f"edit{choice}_")

elif section == "profile":
    snap = ent["snapshot"] or {}
    st.session_state.setdefault("profile_version", ent["version"])
    with st.form("profile"):
        c1, c2 = st.columns(2)
        values = {
            "name": c1.text_input("기업명", ent["name"], max_chars=100, key="prof_name"),
            "representative": c2.text_input("대표자", ent["representative"] or "", max_chars=50, key="prof_rep"),
            "address": st.text_input("주소", ent["address"] or "", max_chars=200, key="prof_addr"),
        }
        c3, c4, c5 = st.columns(3)
        values["phone"] = c3.text_input("전화", ent["phone"] or "", max_chars=30, key="prof_phone")
        values["email"] = c4.text_input("전자우편", ent["email"] or "", max_chars=100, key="prof_email")
        values["homepage"] = c5.text_input("홈페이지", ent["homepage"] or "", max_chars=200, key="prof_home")
        values["main_business"] = st.text_input("주요 사업", ent["main_business"] or "", max_chars=200, key="prof_main")
        current = [c for c in (ent["categories"] or "").split(",") if c in catalog.categories()]
        values["categories"] = st.multiselect("분류", list(catalog.categories()), default=current, key="prof_cats", placeholder=text.PLACEHOLDER_MULTI)
        st.caption(T["cert_note"] + f" (인증번호 {ent['cert_no'] or '-'}, 만료 {fmt.day(ent['cert_expiry']) or '-'})")
        st.markdown(f"**{T['workers']}**")
        w1, w2, w3 = st.columns(3)
        values["workers"] = w1.number_input("전체", value=snap.get("workers", 0), key="prof_workers")
        values["vulnerable"] = w2.number_input("취약계층", value=snap.get("vulnerable", 0), key="prof_vul")
        values["youth"] = w3.number_input("청년", value=snap.get("youth", 0), key="prof_youth")
        if st.form_submit_button(T["save"], type="primary") and _ui.once("profile", values):
            try:
                st.session_state.profile_version = catalog.update_profile(
                    engine, actor, actor.enterprise_id, values, st.session_state.profile_version, clock.today())
                st.session_state.pop("profile_conflict", None)
                st.success(T["profile_saved"])
            except errors.UserError as exc:
                _ui.release("profile")
                _ui.show_error(exc)
                st.session_state.profile_conflict = isinstance(exc, errors.Conflict)
    if st.session_state.get("profile_conflict"):
        offer_reload("profile_version", "profile_conflict", "prof_")

elif section == "quotes":  # (issue 14)
    _quotes_enterprise.render(actor)

else:
    st.caption(T["upload_help"])
    _ui.template_button("catalog")
    upload = st.file_uploader("파일", type=["csv", "xlsx"], key="bulk_file")
    if upload is not None:
        rows, errors = catalog.parse_bulk(upload.getvalue(), upload.name)
        if errors:
            st.error(T["upload_bad"].format(n=len(errors)) + "\n" + "\n".join(f"- {text.md_escape(e)}" for e in errors))
        else:
            import polars as pl

            st.info(T["upload_ok"].format(n=len(rows)))
            preview = pl.DataFrame(rows, infer_schema_length=None)
            _ui.table(preview.rename({c: catalog.LABELS.get(c, c) for c in preview.columns}), hide_index=True,
                      key="bulk_preview")
            if st.button(T["upload_submit"].format(n=len(rows)), type="primary", key="bulk_submit") \
                    and _ui.once("bulk_submit", upload.getvalue()):
                try:
                    ids = catalog.bulk_add(engine, actor, actor.enterprise_id, upload.getvalue(), upload.name)
                    st.success(T["uploaded"].format(n=len(ids)))
                except errors.UserError as exc:
                    _ui.release("bulk_submit")
                    _ui.show_error(exc)

_plan_enterprise.render(engine, actor)  # issue 15: own grants and mentoring

"""관리 (사회적경제지원과): moderation, enterprise registry and imports, reminders, users, audit log."""

from datetime import timedelta

import polars as pl
import streamlit as st

from pages import _plan_enterprise, _security, _ui
from sse_match import accounts, catalog, clock, errors, files, fmt, places, plan, storage, text

actor = _ui.page_guard("admin")
T = text.ADMIN
engine = _ui.engine()
today = clock.today()
XLSX = files.XLSX_MIME

st.title(T["title"])
if flash := st.session_state.pop("admin_flash", None):
    st.success(flash)
SECTIONS = {**T["sections"], "learning": text.LEARNING["section"]}
section = st.segmented_control(" ", list(SECTIONS), default="moderation", key="admin_section",
                               format_func=lambda k: SECTIONS[k], label_visibility="collapsed") or "moderation"  # a second click on the current view keeps it




if section == "moderation":
    queue = catalog.moderation_queue(engine)
    if queue.is_empty():
        st.info(T["queue_empty"])
    else:
        st.subheader(T["queue"].format(n=queue.height))
        # Pick rows in the table itself (no multiselect: Enter there picked every match). The table's key
        # changes after each decision, so a decided product is never still selected.
        generation = st.session_state.setdefault("moderation_generation", 0)
        needle = st.text_input(T["queue_filter"], key="moderation_filter")
        if needle:
            queue = queue.filter(pl.concat_str("code", "enterprise_name", "name", separator=" ")
                                 .str.contains(needle, literal=True))
        picked_rows = st.dataframe(
            _ui.korean_frame(queue.select("code", "enterprise_name", "name", "category", "spec", "unit_price", "unit",
                                          "description", "updated_at"), frozenset({"unit_price", "updated_at"})),
            hide_index=True, key=f"moderation_table_{generation}_{needle}", on_select="rerun", selection_mode="multi-row",
            column_config={"code": "제품코드", "enterprise_name": "기업", "name": "제품명", "category": "분류",
                           "spec": "규격", "unit_price": st.column_config.NumberColumn("단가(원)", format="localized"),
                           "unit": "단위", "description": "설명",
                           "updated_at": st.column_config.DatetimeColumn("요청 시각", format="YYYY-MM-DD HH:mm")})
        picked = [int(queue["id"][r]) for r in picked_rows.selection.rows if r < queue.height]
        versions = dict(zip(queue["id"], queue["version"], strict=True))
        st.caption(T["picked"].format(n=len(picked)) if picked else T["pick"])
        with st.form("moderation"):
            reason = st.text_input(T["reason"], key="moderation_reason")
            c1, c2 = st.columns(2)
            approve = c1.form_submit_button(T["approve"], type="primary")
            reject = c2.form_submit_button(T["reject"])
        if approve or reject:
            if not picked:
                st.warning(T["none_picked"])
            elif reject and not (reason or "").strip():
                st.warning(T["reason_needed"])
            elif _ui.once("moderation", (sorted(picked), approve, reason)):
                try:
                    n = catalog.moderate(engine, actor, {i: versions[i] for i in picked}, approve, reason)
                    st.session_state["admin_flash"] = (T["approved"] if approve else T["rejected"]).format(n=n)
                    st.session_state["moderation_generation"] = generation + 1
                    st.rerun()
                except errors.UserError as exc:
                    _ui.release("moderation")
                    _ui.show_error(exc)

elif section == "registry":
    ents = catalog.registry_frame(engine)
    needle = st.text_input("기업명 찾기", key="registry_filter")
    shown = ents.filter(pl.col("name").str.contains(needle, literal=True)) if needle else ents
    _ui.table(shown, hide_index=True, key="registry_table",
                 column_config={"id": "번호", "name": "기업명", "se_type": "유형", "biz_no": "사업자등록번호", "gu": "구",
                                "dong": "행정동", "placement": "위치 정밀도", "cert_expiry": "인증 만료",
                                "status": "상태", "updated_at": "최근 변경"})
    with st.expander(T["edit_enterprise"]):
        names = dict(zip(ents["id"], ents["name"], strict=True))
        eid = st.selectbox("기업", list(names), index=None, format_func=names.get, key="edit_ent_pick",
                           placeholder=text.PLACEHOLDER_ONE)
        if eid is not None:
            cur = catalog.enterprise(engine, eid)
            seen = f"ent_version_{eid}"
            st.session_state.setdefault(seen, cur["version"])
            with st.form(f"edit_ent_{eid}"):
                c1, c2, c3 = st.columns(3)
                values = {"name": c1.text_input("기업명", cur["name"]),
                          "biz_no": c2.text_input("사업자등록번호", cur["biz_no"] or ""),
                          "representative": c3.text_input("대표자", cur["representative"] or "")}
                values["address"] = st.text_input("주소", cur["address"] or "")
                c4, c5, c6 = st.columns(3)
                values["cert_no"] = c4.text_input("인증번호", cur["cert_no"] or "")
                values["cert_date"] = c5.date_input("인증일", cur["cert_date"])
                values["cert_expiry"] = c6.date_input("인증 만료일", cur["cert_expiry"])
                values["main_business"] = st.text_input("주요 사업", cur["main_business"] or "")
                values["categories"] = st.multiselect(
                    "분야", list(catalog.categories()), placeholder=text.PLACEHOLDER_MULTI,
                    default=[c for c in (cur["categories"] or "").split(",") if c in catalog.categories()])
                for k in ("phone", "email", "homepage"):
                    values[k] = cur[k]
                if st.form_submit_button("저장", type="primary") and _ui.once(f"edit_ent_{eid}", values):
                    try:
                        st.session_state[seen] = catalog.update_profile(engine, actor, eid, values,
                                                                              st.session_state[seen], today)
                        st.success(T["ent_saved"])
                    except errors.UserError as exc:
                        _ui.release(f"edit_ent_{eid}")
                        _ui.show_error(exc)
    _plan_enterprise.registry_link(engine, actor, dict(zip(ents["id"], ents["name"], strict=True)))  # issue 15
    approx = catalog.approximate(engine)
    with st.expander(T["approx"].format(n=approx.height)):
        st.caption(T["approx_help"])
        _ui.table(approx.select("name", "address", "gu", "dong", "placement"), hide_index=True, key="approx_table",
                     column_config={"name": "기업명", "address": "주소", "gu": "구", "dong": "행정동",
                                    "placement": "위치 정밀도"})
        if approx.height:
            with st.form("fix_place"):
                names = dict(zip(approx["id"], approx["name"], strict=True))
                eid = st.selectbox("기업", list(names), format_func=names.get, key="fix_place_pick")
                c1, c2 = st.columns(2)
                lat = c1.number_input("위도", min_value=places.JEONJU_LAT[0], max_value=places.JEONJU_LAT[1], value=None, format="%.6f")
                lon = c2.number_input("경도", min_value=places.JEONJU_LON[0], max_value=places.JEONJU_LON[1], value=None, format="%.6f")
                if st.form_submit_button("좌표 저장", type="primary") and _ui.once("fix_place", (eid, lat, lon)):
                    try:
                        version = int(approx.filter(pl.col("id") == eid)["version"][0])
                        catalog.set_coordinates(engine, actor, eid, lat, lon, version)
                        st.success(T["placed"])
                    except errors.UserError as exc:
                        _ui.release("fix_place")
                        _ui.show_error(exc)
    with st.expander(T["new_enterprise"]):
        with st.form("new_enterprise"):
            c1, c2, c3 = st.columns(3)
            values = {"name": c1.text_input("기업명"), "se_type": c2.selectbox("유형", plan.SE_TYPES),
                      "biz_no": c3.text_input("사업자등록번호 (10자리)")}
            values["address"] = st.text_input("주소")
            c4, c5, c6 = st.columns(3)
            values["representative"] = c4.text_input("대표자")
            values["cert_no"] = c5.text_input("인증번호")
            values["cert_expiry"] = c6.date_input("인증 만료일", value=None)
            values["main_business"] = st.text_input("주요 사업")
            if st.form_submit_button("등록", type="primary") and _ui.once("new_enterprise", values):
                try:
                    catalog.create_enterprise(engine, actor, values, today)
                    st.success(T["created"])
                except errors.UserError as exc:
                    _ui.release("new_enterprise")
                    _ui.show_error(exc)

elif section == "import":
    st.caption(T["import_help"])
    _ui.template_button("registry")
    upload = st.file_uploader("명단 파일", type=["csv", "xlsx"], key="import_file")
    if upload is not None:
        st.markdown(f"**{T['mapping']}**")
        mapping = _ui.column_mapping(upload, catalog.default_mapping, catalog.LABELS, "map")
        if mapping is None:
            st.stop()
        preview = catalog.preview_import(engine, upload.getvalue(), upload.name, mapping)
        if preview.errors:
            _ui.show_error(errors.ValidationFailed(preview.errors))
        else:
            st.info(T["preview"].format(**preview.counts))
            for label, df in (("새로 추가", preview.new), ("변경", preview.updated.drop("_changes", strict=False))):
                if not df.is_empty():
                    st.markdown(f"**{label}**")
                    _ui.table(df, hide_index=True)
            if (preview.counts["new"] or preview.counts["updated"]) and st.button(T["apply"], type="primary",
                                                                                 key="import_apply") \
                    and _ui.once("import_apply", upload.getvalue()):
                try:
                    counts = catalog.apply_import(engine, actor, preview, today)
                    st.success(T["applied"].format(**counts))
                except errors.UserError as exc:
                    _ui.release("import_apply")
                    _ui.show_error(exc)

elif section == "reminders":
    rem = catalog.reminders(engine, today)
    if rem.is_empty():
        st.info(T["reminders_empty"])
    else:
        table = rem.select(pl.col("name").alias("기업명"), pl.col("se_type").alias("유형"), pl.col("cert_no").alias("인증번호"),
                           pl.col("cert_expiry").alias("인증 만료일"), pl.col("days_left").alias("남은 일수"),
                           pl.col("last_update").alias("카탈로그 최근 변경"), pl.col("reason").alias("알림"))
        _ui.table(table, hide_index=True, key="reminders_table")
        st.download_button(T["download"], files.xlsx_bytes({"알림": table}, title="인증·카탈로그 알림",
                                                                    made_on=today, as_of=today), "알림.xlsx", XLSX, key="reminders_xlsx")

elif section == "users":
    users = accounts.list_users(engine)
    _ui.table(users, hide_index=True, key="users_table",
                 column_config={"id": "번호", "login": "아이디", "display_name": "이름", "role": "역할", "email": "전자우편",
                                "disabled": "꺼짐", "locked_until": "잠김 해제", "institution": "기관", "enterprise": "기업",
                                "created_at": "만든 날"})
    with st.expander(T["new_user"]):
        with st.form("new_user"):
            c1, c2, c3 = st.columns(3)
            login = c1.text_input("아이디")
            role = c2.selectbox("역할", tuple(accounts.ROLE_LABELS), format_func=lambda r: accounts.ROLE_LABELS[r])
            password = c3.text_input("처음 비밀번호", type="password")
            c4, c5, c6 = st.columns(3)
            inst_names, ent_names = _ui.institution_names(), _ui.enterprise_names()
            inst = c4.selectbox("소속 기관 (구매담당자, 이름을 입력해 찾기)", list(inst_names), index=None,
                                format_func=inst_names.get, placeholder=text.PLACEHOLDER_ONE)
            ent = c5.selectbox("기업 (기업 사용자, 이름을 입력해 찾기)", list(ent_names), index=None,
                               format_func=ent_names.get, placeholder=text.PLACEHOLDER_ONE)
            email = c6.text_input("전자우편 (통합 로그인용)")
            if st.form_submit_button("만들기", type="primary") and _ui.once(
                    "new_user", (login, role, inst, ent, email)):
                try:
                    accounts.create_user(engine, actor, login=login, password=password, role=role,
                                     institution_id=inst, enterprise_id=ent, email=email)
                    st.success(T["user_created"])
                except errors.UserError as exc:
                    _ui.release("new_user")
                    _ui.show_error(exc)
    with st.form("user_change"):
        c1, c2 = st.columns(2)
        who = c1.selectbox("사용자", users["login"].to_list(), key="user_pick")
        new_pw = c2.text_input("새 비밀번호", type="password", key="user_new_pw")
        c3, c4 = st.columns(2)
        reset = c3.form_submit_button(T["reset"])
        toggle = c4.form_submit_button(T["toggle"])
    if (reset or toggle) and _ui.once("user_change", (who, bool(reset), new_pw)):
        try:
            if reset:
                accounts.reset_password(engine, actor, who, new_pw)
            else:
                disabled = bool(users.filter(pl.col("login") == who)["disabled"][0])
                accounts.set_disabled(engine, actor, who, not disabled)
            st.session_state["admin_flash"] = T["user_changed"].format(login=who)
            st.rerun()
        except errors.UserError as exc:
            _ui.release("user_change")
            _ui.show_error(exc)
    _security.unlock_section(engine, actor)

elif section == "learning":
    from pages import _suggestions

    _suggestions.render(engine, actor)

else:
    def audit_readable(log: pl.DataFrame) -> pl.DataFrame:
        """바뀌기 전/후 JSON as one sentence: '단가 12,000원 → 13,500원'."""
        import json

        def parse(v):
            return json.loads(v) if v else None

        change = [fmt.changes(parse(b), parse(a)) for b, a in zip(log["before"], log["after"], strict=True)]
        return log.drop("before", "after").with_columns(change=pl.Series(change, dtype=pl.String),
                                                        login=pl.col("login").fill_null("시스템"))

    c1, c2, c3, c4 = st.columns(4)
    table_name = c1.selectbox("대상", [None, "products", "enterprises", "users", "purchases", "agreements",
                                      "workforce_snapshots"], key="audit_table",
                              format_func=lambda t: "전체" if t is None else text.VALUE_LABELS["table_name"].get(t, t))
    who = c2.text_input("아이디", key="audit_login")
    since = c3.date_input("부터", value=today - timedelta(days=30), key="audit_since")
    until = c4.date_input("까지", value=today, key="audit_until")
    log = storage.entries(engine, table=table_name, user_login=who or None, since=since, until=until)
    labels = {"id": "번호", "at": "시각", "login": "누가", "action": "작업", "table_name": "대상", "record_id": "항목 번호",
              "change": "바뀐 내용"}
    readable = _ui.korean_frame(audit_readable(log))
    _ui.table(readable, hide_index=True, key="audit_table_view", column_config=labels,
              empty=T["audit_empty"])
    renamed = readable.rename(labels)
    c1, c2 = st.columns(2)
    c1.download_button("엑셀 내려받기", files.xlsx_bytes({"변경기록": renamed}, title="변경 기록", made_on=today,
                                                                        as_of=until), "변경기록.xlsx", XLSX, key="audit_xlsx")
    c2.download_button("CSV 내려받기", files.csv_bytes(renamed), "변경기록.csv", "text/csv", key="audit_csv")

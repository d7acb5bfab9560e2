"""What an officer sees (issue 13): moderation twice, one row per double click, no stale message, revocation."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

from sse_match import clock
from sse_match.accounts import auth
from sse_match.storage import db, schema

from .conftest import ROOT, demo_actor, logged_in, submit

APP = str(ROOT / "app.py")


def open_page(monkeypatch, url, login, page):
    monkeypatch.setenv("SSE_DATABASE_URL", url)
    at = AppTest.from_file(APP, default_timeout=60)
    logged_in(at, url, login)
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    return at


def count(url, table, *where):
    with db.make_engine(url).connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar()


def click_twice(at, form):
    """A double click: the form is submitted twice with the same values."""
    submit(at, form)
    return submit(at, form)


def test_two_moderations_in_a_row(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "admin", "pages/admin.py")
    p = schema.products.c
    pending = count(demo_url, schema.products, p.status == "pending")
    assert pending >= 2
    for n in (1, 2):
        key = f"moderation_table_{at.session_state['moderation_generation']}_"
        at.session_state[key] = {"selection": {"rows": [0], "columns": [], "cells": []}}
        at.run()
        submit(at, "moderation")
        assert not at.exception
        assert "1건을 승인" in at.success[0].value
        assert count(demo_url, schema.products, p.status == "pending") == pending - n


def test_purchase_double_click_writes_one_row(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "officer", "pages/purchases.py")
    at.segmented_control(key="purchase_section").set_value("record").run()
    before = count(demo_url, schema.purchases)
    with db.make_engine(demo_url).connect() as conn:
        ent_id = conn.execute(select(func.min(schema.enterprises.c.id))).scalar()
    at.selectbox(key="rec_ent").set_value(ent_id).run()
    at.number_input(key="rec_amount").set_value(777_000)
    at.text_input(key="rec_desc").set_value("두 번 누른 구매")
    click_twice(at, "purchase_form")
    assert not at.exception
    assert count(demo_url, schema.purchases) == before + 1
    assert "방금 저장한 내용과 같아" in at.info[0].value
    at.checkbox(key="once_again_purchase_form").check()  # ticked in the form, sent with the next 저장
    submit(at, "purchase_form")
    assert count(demo_url, schema.purchases) == before + 2


def test_new_product_double_click_one_product_and_listed_at_once(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "enterprise", "pages/my_enterprise.py")
    before = count(demo_url, schema.products)
    assert at.selectbox(key="new_category").value is None  # no category until the enterprise picks one
    at.text_input(key="new_name").set_value("행사용 도시락 (두 번)")
    at.selectbox(key="new_category").set_value(at.selectbox(key="new_category").options[0])
    at.number_input(key="new_price").set_value(9_000)
    click_twice(at, "new_product")
    assert not at.exception
    assert count(demo_url, schema.products) == before + 1
    assert "행사용 도시락 (두 번)" in at.dataframe[0].value["name"].to_list()


def test_stale_error_is_replaced(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "enterprise", "pages/my_enterprise.py")
    at.selectbox(key="new_category").set_value(at.selectbox(key="new_category").options[0])
    at.number_input(key="new_price").set_value(1_000)
    submit(at, "new_product")
    assert "제품명" in at.error[0].value
    at.text_input(key="new_name").set_value("손 소독제")
    at.number_input(key="new_price").set_value(-500)
    submit(at, "new_product")
    assert len(at.error) == 1
    assert "제품명" not in at.error[0].value and "단가" in at.error[0].value


def test_agreement_double_click_one_change(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "admin", "pages/purchases.py")
    at.segmented_control(key="purchase_section").set_value("agreements").run()
    a = schema.audit_log.c
    before = count(demo_url, schema.audit_log, a.table_name == "agreements")
    at.number_input(key="agr_amount").set_value(123_000_000)
    click_twice(at, "agreement_form")
    assert not at.exception
    assert count(demo_url, schema.audit_log, a.table_name == "agreements") == before + 1


def test_new_enterprise_and_user_double_click(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "admin", "pages/admin.py")
    at.segmented_control(key="admin_section").set_value("registry").run()
    before = count(demo_url, schema.enterprises)
    form = next(t for t in at.text_input if t.label == "기업명" and "new_enterprise" in (t.form_id or ""))
    form.set_value("두번눌러 협동조합")
    next(t for t in at.text_input if t.label.startswith("사업자등록번호 (10")).set_value("1234567891")
    click_twice(at, "new_enterprise")
    assert not at.exception
    assert count(demo_url, schema.enterprises) == before + 1

    at.segmented_control(key="admin_section").set_value("users").run()
    users = count(demo_url, schema.users)
    next(t for t in at.text_input if t.label == "아이디").set_value("park.officer")
    next(t for t in at.text_input if t.label == "처음 비밀번호").set_value("long-enough-pw")
    role = next(s for s in at.selectbox if s.label == "역할")
    role.set_value("officer")
    inst = next(s for s in at.selectbox if s.label.startswith("소속 기관"))
    inst.set_value(_institutions(demo_url)[0])
    click_twice(at, "new_user")
    assert not at.exception
    assert count(demo_url, schema.users) == users + 1


def _institutions(url):
    with db.make_engine(url).connect() as conn:
        return [i for (i,) in conn.execute(select(schema.institutions.c.id).order_by(schema.institutions.c.name))]


def test_disabled_user_is_signed_out_on_the_next_click(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "enterprise", "pages/my_enterprise.py")
    assert at.title[0].value != "로그인"
    admin = demo_actor(demo_url, "admin")
    auth.set_disabled(db.make_engine(demo_url), admin, "enterprise", True, now=clock.now())
    at.run()
    assert at.title[0].value == "로그인"
    assert not at.dataframe


@pytest.mark.parametrize("minutes", [31])
def test_idle_session_ends(monkeypatch, demo_url, minutes):
    from sqlalchemy import update

    monkeypatch.setenv("SSE_SESSION_MINUTES", "30")
    at = open_page(monkeypatch, demo_url, "officer", "pages/purchases.py")
    with db.make_engine(demo_url).begin() as conn:
        conn.execute(update(schema.sessions).values(last_seen_at=clock.now() - timedelta(minutes=minutes)))
    at.run()
    assert at.title[0].value == "로그인"


def test_every_upload_template_is_read_back_by_its_importer():
    import io

    import polars as pl

    from sse_match import text
    from sse_match.catalog import enterprises as registry
    from sse_match.catalog import listing as catalog
    from sse_match.catalog import products as catalog_admin
    from sse_match.files import export
    from sse_match.purchases import records as purchases

    def made(kind):
        spec = text.TEMPLATES[kind]
        return export.template_xlsx(spec["sheet"], spec["columns"], spec["notes"])

    rows, errors = catalog_admin.parse_bulk(made("catalog"), "양식.xlsx")
    assert errors == [] and rows[0]["unit_price"] == 9000
    needs = catalog.read_needs(made("needs"), "양식.xlsx")
    assert needs.height == 1 and "방역" in needs["text"][0]
    cols = catalog.read_table(made("purchases"), "양식.xlsx").columns
    assert all(purchases.default_mapping(cols)[f] for f in ("institution", "enterprise", "purchased_on", "amount"))
    cols = catalog.read_table(made("registry"), "양식.xlsx").columns
    assert all(registry.default_mapping(cols)[f] for f in ("name", "se_type", "address", "biz_no"))
    guide = pl.read_excel(io.BytesIO(made("purchases")), sheet_name="설명")
    assert guide.columns == ["열", "설명"] and guide.height == len(text.TEMPLATES["purchases"]["columns"])


def test_account_page_changes_own_password_and_shows_last_sign_in(monkeypatch, demo_url):
    from .conftest import session_token

    session_token(demo_url, "officer")  # an earlier sign-in
    at = open_page(monkeypatch, demo_url, "officer", "pages/account.py")
    assert "지난 로그인: " in at.markdown[0].value
    at.text_input(key="pw_old").set_value("demo-officer")
    at.text_input(key="pw_new").set_value("officer")
    at.text_input(key="pw_new2").set_value("officer")
    submit(at, "change_password")
    assert "10자 이상" in at.error[0].value
    at.text_input(key="pw_old").set_value("demo-officer")
    at.text_input(key="pw_new").set_value("a-new-long-password")
    at.text_input(key="pw_new2").set_value("a-new-long-password")
    submit(at, "change_password")
    assert not at.exception
    assert at.title[0].value == "로그인" and "비밀번호를 바꿨습니다" in at.warning[0].value
    assert auth.authenticate(db.make_engine(demo_url), "officer", "a-new-long-password").login == "officer"


def test_correcting_a_purchase_twice_saves_once(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "officer", "pages/purchases.py")
    at.segmented_control(key="purchase_section").set_value("record").run()
    at.selectbox(key="fix_pick").set_value(_latest_purchase(demo_url)).run()
    a = schema.audit_log.c
    before = count(demo_url, schema.audit_log, a.table_name == "purchases", a.action == "update")
    form = f"fix_{_latest_purchase(demo_url)}"
    next(n for n in at.number_input if n.label == "구매금액(원)" and form in (n.form_id or "")).set_value(654_000)
    at.button(key=f"FormSubmitter:{form}-고치기").click().run()
    at.button(key=f"FormSubmitter:{form}-고치기").click().run()
    assert not at.exception and not at.error
    assert count(demo_url, schema.audit_log, a.table_name == "purchases", a.action == "update") == before + 1


def _latest_purchase(url):
    with db.make_engine(url).connect() as conn:
        officer_inst = conn.execute(select(schema.users.c.institution_id).where(schema.users.c.login == "officer")
                                    ).scalar()
        return conn.execute(select(func.max(schema.purchases.c.id))
                            .where(schema.purchases.c.institution_id == officer_inst)).scalar()

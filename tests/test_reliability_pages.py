"""Page-level faults from the attack pass (issue 12): grids, markdown, locked database, unlock."""

from __future__ import annotations

from sqlalchemy import update
from streamlit.testing.v1 import AppTest

from sse_match.storage import db, schema

from .conftest import ROOT, demo_actor, logged_in

APP = str(ROOT / "app.py")


GRID_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
import polars as pl
import streamlit as st
from pages import _ui  # importing it guards every grid
st.dataframe(pl.DataFrame({{"name": ['=HYPERLINK("http://evil","x")', "+cmd", "도시락"], "amount": [1, 2, 3]}}))
"""


def test_every_grid_is_defused_before_streamlits_csv_download():
    at = AppTest.from_string(GRID_SCRIPT.format(root=str(ROOT)), default_timeout=30)
    at.run()
    assert not at.exception
    assert list(at.dataframe[0].value["name"]) == ["'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd", "도시락"]
    assert list(at.dataframe[0].value["amount"]) == [1, 2, 3]


def test_enterprise_name_in_caption_is_not_a_link(monkeypatch, demo_url):
    eng = db.make_engine(demo_url)
    monkeypatch.setenv("SSE_DATABASE_URL", demo_url)
    at = AppTest.from_file(APP, default_timeout=60)
    logged_in(at, demo_url, "enterprise")
    eid = demo_actor(demo_url, "enterprise").enterprise_id
    with eng.begin() as conn:
        conn.execute(update(schema.enterprises).where(schema.enterprises.c.id == eid)
                     .values(name="[눌러 보세요](javascript:alert(1))"))
    at.run()
    at.switch_page("pages/my_enterprise.py").run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "눌러" in c.value)
    assert "\\[눌러 보세요\\]\\(javascript:alert\\(1\\)\\)" in caption


def _app(monkeypatch, url: str, login: str) -> AppTest:
    monkeypatch.setenv("SSE_DATABASE_URL", url)
    at = AppTest.from_file(APP, default_timeout=60)
    logged_in(at, url, login)
    at.run()
    return at


def test_home_figures_follow_a_write_in_the_next_run(monkeypatch, demo_url):
    """The home figures are keyed on the shared purchases version: a purchase recorded elsewhere (another
    replica) shows on the next run, not after a cache timeout."""
    from datetime import date

    from sse_match import clock
    from sse_match import workforce as stats
    from sse_match.purchases import records as purchases

    at = _app(monkeypatch, demo_url, "admin")
    eng = db.make_engine(demo_url)
    today = clock.today()
    year_label = f"{today.year}년 우선구매 실적"
    first = {m.label: m.value for m in at.metric}[year_label]
    progress = stats.agreement_progress(eng, today.year)
    iid = int(progress["id"][0])
    from sse_match.accounts.access import SYSTEM

    purchases.record(eng, SYSTEM, dict(institution_id=iid, enterprise_id=1, purchased_on=date(today.year, 1, 2),
                                       amount=987_654_321, kind="물품"), today)
    at.run()
    second = {m.label: m.value for m in at.metric}[year_label]
    assert second != first


def test_locked_database_shows_korean_retry_and_keeps_the_form(monkeypatch, demo_url, tmp_path):
    import sqlite3

    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 0.3)
    at = _app(monkeypatch, demo_url, "officer")
    at.switch_page("pages/purchases.py").run()
    at.segmented_control(key="purchase_section").set_value("record").run()
    from sqlalchemy import select

    with db.make_engine(demo_url).connect() as conn:
        first_name = list(at.selectbox(key="rec_ent").options)[0]
        ent_id = conn.execute(select(schema.enterprises.c.id).where(schema.enterprises.c.name == first_name)).scalar()
    at.selectbox(key="rec_ent").set_value(ent_id).run()
    at.number_input(key="rec_amount").set_value(1_230_000)
    at.text_input(key="rec_desc").set_value("잠금 중 입력")
    holder = sqlite3.connect(demo_url.split("///", 1)[1])
    holder.execute("BEGIN IMMEDIATE")
    try:
        next(b for b in at.button if (b.key or "").startswith("FormSubmitter:purchase_form-")).click().run()
    finally:
        holder.rollback()
        holder.close()
    assert any("잠시 후 다시 시도" in e.value for e in at.error)
    assert not at.exception
    assert at.text_input(key="rec_desc").value == "잠금 중 입력"
    assert at.number_input(key="rec_amount").value == 1_230_000


def test_admin_unlocks_a_locked_account_on_the_users_screen(monkeypatch, demo_url):
    import pytest

    from sse_match.accounts import auth

    eng = db.make_engine(demo_url)
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(auth.AuthError):
            auth.authenticate(eng, "officer", "wrong-password")
    at = _app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/admin.py").run()
    at.segmented_control(key="admin_section").set_value("users").run()
    assert at.selectbox(key="unlock_pick").options == ["officer"]
    next(b for b in at.button if (b.key or "").startswith("FormSubmitter:unlock_user-")).click().run()
    assert not at.exception
    assert any("잠금을 풀었습니다" in s.value for s in at.success)
    assert auth.authenticate(eng, "officer", "demo-officer").login == "officer"


def test_login_form_backs_off_a_guessing_browser(monkeypatch, demo_url):
    from sse_match.accounts import auth

    monkeypatch.setenv("SSE_DATABASE_URL", demo_url)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    for k in range(auth.CLIENT_FREE_FAILURES + 1):  # different accounts: no account lock is reached
        at.text_input(key="login_name").set_value(("admin", "officer", "enterprise")[k % 3])
        at.text_input(key="login_password").set_value("not-the-password")
        next(b for b in at.button if (b.key or "").startswith("FormSubmitter:login_form-")).click().run()
        assert "맞지 않습니다" in at.error[0].value
    at.text_input(key="login_name").set_value("admin")
    at.text_input(key="login_password").set_value("demo-admin")
    next(b for b in at.button if (b.key or "").startswith("FormSubmitter:login_form-")).click().run()
    assert "잠시 후 다시 시도" in at.error[0].value
    assert "actor" not in at.session_state

"""AppTest: what each page shows, read the way a user reads it."""


import pytest
from streamlit.testing.v1 import AppTest

from sse_match import clock, fmt
from sse_match import workforce as stats
from sse_match.storage import db

from .conftest import ROOT, logged_in, submit

APP = str(ROOT / "app.py")


def run_app(monkeypatch, url: str, login: str | None = "admin") -> AppTest:
    monkeypatch.setenv("SSE_DATABASE_URL", url)
    at = AppTest.from_file(APP, default_timeout=60)
    if login and "sqlite" in url and "new.db" not in url:
        logged_in(at, url, login)
    at.run()
    return at


def test_home_shows_todays_figures(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url)
    assert not at.exception
    expected = stats.home_figures(db.make_engine(demo_url), clock.today())
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["사회적경제조직"] == f"{expected.orgs:,}개"
    assert metrics["근로자"] == f"{expected.workers:,}명"
    assert metrics["늘어난 일자리"] == f"{expected.new_jobs:,}개"
    assert metrics[f"{expected.year}년 우선구매 실적"] == fmt.short_won(expected.purchased)
    assert expected.purchased > 0 and expected.target > 0
    periods = next(c.value for c in at.caption if "일자리 계획 기간" in c.value)  # both periods, named
    assert f"지금까지 모두 {expected.new_jobs:,}개" in periods and "목표 1,000개" in periods
    table = at.dataframe[0].value
    assert list(table["group"]) == ["사회적기업", "마을기업", "자활기업", "협동조합"]
    assert table["orgs"].sum() == expected.orgs
    assert any("예시 데이터" in c.value for c in at.caption)
    assert at.title[0].value == "전주시 사회적경제 공공구매 현황"


def test_unreachable_database_gives_a_korean_message(monkeypatch):
    at = run_app(monkeypatch, "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert not at.exception
    assert "데이터베이스에 연결할 수 없습니다" in at.error[0].value
    assert not at.metric


def test_uninitialised_database_says_how_to_set_it_up(monkeypatch, tmp_path):
    at = run_app(monkeypatch, f"sqlite:///{tmp_path / 'new.db'}")
    assert not at.exception
    assert "init --demo" in at.error[0].value


PAGES_BY_ROLE = {
    "admin": ["pages/home.py", "pages/search.py", "pages/match.py", "pages/purchases.py", "pages/jobs.py",
              "pages/admin.py"],
    "officer": ["pages/home.py", "pages/search.py", "pages/match.py", "pages/purchases.py"],
    "enterprise": ["pages/home.py", "pages/search.py", "pages/my_enterprise.py"],
}


@pytest.mark.parametrize(("login", "page"), [(r, p) for r, ps in PAGES_BY_ROLE.items() for p in ps])
def test_every_page_runs_for_its_roles(monkeypatch, demo_url, login, page):
    at = run_app(monkeypatch, demo_url, login)
    at.switch_page(page).run()
    assert not at.exception
    assert at.title and not at.error


@pytest.mark.parametrize(("login", "page"), [("officer", "pages/admin.py"), ("officer", "pages/my_enterprise.py"),
                                             ("enterprise", "pages/admin.py"), ("enterprise", "pages/match.py"),
                                             ("officer", "pages/jobs.py"), ("enterprise", "pages/purchases.py")])
def test_pages_refuse_other_roles(monkeypatch, demo_url, login, page):
    at = run_app(monkeypatch, demo_url, login)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(page)  # not in this role's navigation: its URL does not exist for them
    direct = AppTest.from_file(str(ROOT / page), default_timeout=60)  # and the page itself refuses
    logged_in(direct, demo_url, login)
    direct.run()
    assert "권한이 없습니다" in direct.error[0].value
    assert not direct.dataframe and not direct.metric


def test_not_logged_in_sees_only_the_login_form(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url, login=None)
    assert not at.exception
    assert at.title[0].value == "로그인"
    assert not at.metric
    at.text_input(key="login_name").set_value("admin")
    at.text_input(key="login_password").set_value("wrong-password")
    submit(at, "login_form")
    assert "아이디 또는 비밀번호가 맞지 않습니다" in at.error[0].value
    at.text_input(key="login_password").set_value("demo-admin")
    submit(at, "login_form")
    assert "로그인하는 중" in at.info[0].value and not at.metric  # the browser goes to the cookie route
    from sse_match import clock
    from sse_match.accounts import sessions

    eng = db.make_engine(demo_url)
    token = sessions.redeem(eng, at.session_state["login_code"], clock.now())
    assert sessions.redeem(eng, at.session_state["login_code"], clock.now()) is None  # the code works once
    at.session_state["session_token"] = token  # what the cookie carries on the next page load
    at.run()
    assert at.metric and at.title[0].value == "전주시 사회적경제 공공구매 현황"


def test_inactive_session_is_logged_out(monkeypatch, demo_url):
    from datetime import timedelta

    monkeypatch.setenv("SSE_SESSION_MINUTES", "30")
    at = run_app(monkeypatch, demo_url, "officer")
    assert at.metric
    from sqlalchemy import update

    from sse_match import clock
    from sse_match.storage import schema

    with db.make_engine(demo_url).begin() as conn:  # the session was last used 31 minutes ago
        conn.execute(update(schema.sessions).values(last_seen_at=clock.now() - timedelta(minutes=31)))
    at.run()
    assert "로그아웃되었습니다" in at.warning[0].value
    assert at.title[0].value == "로그인"


def test_purchases_page_figures_match_the_views(monkeypatch, demo_url):
    from sse_match.purchases import stats as purchase_stats

    data = purchase_stats.PurchaseData.load(db.make_engine(demo_url))
    year = clock.today().year
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/purchases.py").run()
    assert not at.exception
    view = purchase_stats.department_view(data, year)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[f"{year}년 구매액"] == fmt.short_won(view.total)
    assert at.get("download_button")[0].proto.label.startswith("보고서 엑셀")
    officer = run_app(monkeypatch, demo_url, "officer")
    officer.switch_page("pages/purchases.py").run()
    mine = purchase_stats.institution_view(data, officer.session_state["actor"].institution_id, year, clock.today())
    assert {m.label: m.value for m in officer.metric}["구매액"] == fmt.short_won(mine.purchased)
    sections = officer.get("button_group")[0].proto.options
    assert [o.content for o in sections] == ["기관 현황", "실적 입력", "파일로 올리기"]  # no department-only views


def test_jobs_page_shows_the_plan(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/jobs.py").run()
    assert not at.exception
    first = at.metric[0]
    assert first.label == "계획 기간 일자리" and "목표 1,000개" in first.delta
    home_sentence = next(c.value for c in at.caption if "일자리 계획 기간" in c.value)
    assert f"{first.value}" in home_sentence  # the same plan figure, in the same words as on 홈
    table = at.dataframe[0].value
    assert list(table["target"].head(5)) == ["220", "220", "200", "200", "160"]  # a plan year without a target is blank


def test_profile_conflict_keeps_input_and_offers_reload(monkeypatch, demo_url):
    from sse_match.accounts.access import SYSTEM
    from sse_match.catalog import products as catalog_admin

    at = run_app(monkeypatch, demo_url, "enterprise")
    at.switch_page("pages/my_enterprise.py").run()
    at.segmented_control(key="my_section").set_value("profile").run()
    eid = at.session_state["actor"].enterprise_id
    eng = db.make_engine(demo_url)
    version = catalog_admin.enterprise(eng, eid)["version"]
    # someone else (the department) saves first
    catalog_admin.update_profile(eng, SYSTEM, eid, {"name": catalog_admin.enterprise(eng, eid)["name"],
                                                    "main_business": "부서가 고친 내용"}, version, clock.today())
    at.text_input(key="prof_addr").set_value("전주시 완산구 효자로 1 (효자동2가)")  # typed by the enterprise
    submit(at, "profile")
    assert "다른 사용자가 먼저 저장했습니다" in at.error[0].value and "부서가 고친 내용" in at.error[0].value
    assert at.text_input(key="prof_addr").value == "전주시 완산구 효자로 1 (효자동2가)"  # nothing typed is lost
    reload = next(b for b in at.button if b.label == "최신 내용으로 다시 불러오기")
    reload.click().run()
    assert at.text_input(key="prof_main").value == "부서가 고친 내용"  # the newest saved version is shown
    at.text_input(key="prof_addr").set_value("전주시 완산구 효자로 1 (효자동2가)")
    submit(at, "profile")
    assert not at.error and "저장했습니다" in at.success[0].value
    saved = catalog_admin.enterprise(eng, eid)
    assert saved["main_business"] == "부서가 고친 내용" and saved["placement"] == "법정동"

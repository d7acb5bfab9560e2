"""AppTest: the 계획 이행 page, the enterprise's own plan records and the registry link."""

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from sse_match.programmes import records as plan_records
from sse_match.programmes import targets as plan
from sse_match.storage import db

from .conftest import DEMO_TODAY, ROOT, demo_actor, logged_in

APP = str(ROOT / "app.py")


def run_app(monkeypatch, url: str, login: str) -> AppTest:
    monkeypatch.setenv("SSE_DATABASE_URL", url)
    monkeypatch.setenv("SSE_TODAY", DEMO_TODAY.isoformat())
    at = AppTest.from_file(APP, default_timeout=90)
    logged_in(at, url, login)
    at.run()
    return at


def test_plan_page_shows_every_target_and_drills_down(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/plan.py").run()
    assert not at.exception
    table = at.dataframe(key="plan_table").value
    expected = plan.plan_table(db.make_engine(demo_url), 2020, DEMO_TODAY)
    assert table["name"].to_list() == expected["name"].to_list()
    assert table["actual_text"].to_list() == [plan.value_text(v) for v in expected["actual"]]
    assert "None" not in table.to_string()
    at.selectbox(key="plan_drill").set_value("youth").run()
    assert not at.exception
    rows = at.dataframe[1].value  # the records behind the target (dataframes without selection keep no key)
    assert len(rows) == plan.plan_records(db.make_engine(demo_url), "youth", 2020, DEMO_TODAY).height
    assert any(m.value == "124명" for m in at.metric)
    fields = at.dataframe[2].value
    assert fields["placed"].sum() == 124


@pytest.mark.parametrize("section", ["record", "import", "mentoring"])
def test_plan_page_sections_run(monkeypatch, demo_url, section):
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/plan.py").run()
    at.segmented_control(key="plan_section").set_value(section).run()
    assert not at.exception and not at.error


def test_plan_form_double_submit_writes_once(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/plan.py").run()
    at.segmented_control(key="plan_section").set_value("record").run()
    at.selectbox(key="plan_kind").set_value("school").run()
    engine = db.make_engine(demo_url)
    admin = demo_actor(demo_url, "admin")
    before = plan_records.list_records(engine, admin, "school").height
    at.text_input(key="new_school_school").input("전주한별중학교")
    at.text_input(key="new_school_topic").input("진로탐색")
    at.number_input(key="new_school_students").set_value(25)
    at.date_input(key="new_school_held_on").set_value(DEMO_TODAY)
    token = at.session_state["plan_token_school"]
    button = next(b for b in at.button if (b.key or "").startswith("FormSubmitter:plan_new_school-"))
    button.click().run()
    assert not at.exception
    assert plan_records.list_records(engine, admin, "school").height == before + 1
    # the same submission again (a second click that arrived with the first token) writes nothing
    plan_records.create(engine, admin, "school", dict(held_on=DEMO_TODAY, school="전주한별중학교", topic="진로탐색",
                                                      students=25), DEMO_TODAY, token=token)
    assert plan_records.list_records(engine, admin, "school").height == before + 1


def test_enterprise_sees_its_own_grants_and_mentoring(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url, "enterprise")
    at.switch_page("pages/my_enterprise.py").run()
    assert not at.exception
    me = demo_actor(demo_url, "enterprise")
    grants = plan_records.list_records(db.make_engine(demo_url), me, "grants")
    assert set(grants["enterprise_id"].to_list()) <= {me.enterprise_id}
    assert grants.height > 0  # the demo enterprise had support
    shown = [d.value for d in at.dataframe if "jobs_promised" in d.value.columns]
    assert len(shown) == 1 and len(shown[0]) == grants.height


def test_registry_links_a_converted_candidate(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/admin.py").run()
    at.segmented_control(key="admin_section").set_value("registry").run()
    assert not at.exception
    engine = db.make_engine(demo_url)
    admin = demo_actor(demo_url, "admin")
    cands = plan_records.list_records(engine, admin, "candidates").filter(
        pl.col("converted_on").is_not_null() & pl.col("enterprise_id").is_null())
    cid = int(cands["id"][0])
    at.selectbox(key="plan_link_candidate").set_value(cid)
    at.selectbox(key="plan_link_enterprise").set_value(1)
    next(b for b in at.button if (b.key or "").startswith("FormSubmitter:plan_link-")).click().run()
    assert not at.exception and not at.error
    linked = plan_records.list_records(engine, admin, "candidates").filter(pl.col("id") == cid)
    assert linked["enterprise_id"][0] == 1


@pytest.mark.parametrize("login", ["officer", "enterprise"])
def test_plan_page_is_for_the_department_only(monkeypatch, demo_url, login):
    at = run_app(monkeypatch, demo_url, login)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/plan.py")
    direct = AppTest.from_file(str(ROOT / "pages/plan.py"), default_timeout=60)
    logged_in(direct, demo_url, login)
    direct.session_state["_sse_frame"] = True  # as if app.py framed this run
    direct.run()
    assert "권한이 없습니다" in direct.error[0].value
    assert not direct.dataframe and not direct.metric

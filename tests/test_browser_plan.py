"""A real browser on the 계획 이행 page: the table, one target's records, and the yearly XLSX."""

import pytest

from sse_match.programmes import targets as plan
from sse_match.storage import db

from .browser import ARTIFACTS, browser_page, login, open_page, streamlit_server
from .conftest import DEMO_TODAY

pytestmark = pytest.mark.browser


def test_plan_page_drill_down_and_xlsx(chromium_path, demo_url, tmp_path):
    import polars as pl

    expected = plan.plan_table(db.make_engine(demo_url), 2020, DEMO_TODAY)
    youth = expected.filter(pl.col("key") == "youth").row(0, named=True)
    with streamlit_server(demo_url, {"SSE_TODAY": DEMO_TODAY.isoformat()}) as base, \
            browser_page(chromium_path) as page:
        login(page, base, "admin", "demo-admin")
        open_page(page, "계획 이행")
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.get_by_test_id("stSelectbox").filter(has_text="자세히 볼 목표").click()
        page.keyboard.type("청년일자리")
        page.get_by_role("option", name=youth["name"]).click()
        page.get_by_role("heading", name=youth["name"]).wait_for()
        page.get_by_text(f"기록 {int(youth['actual'])}건").wait_for()
        page.get_by_text("분야별 참여와 종료 후 계속 고용").wait_for()
        page.get_by_test_id("stMetric").filter(has_text="132명").wait_for()  # metrics drawn, not placeholders
        page.screenshot(path=str(ARTIFACTS / "plan.png"), full_page=True)
        metrics = " ".join(page.get_by_test_id("stMetric").all_inner_texts())
        assert "132명" in metrics and f"{int(youth['actual'])}명" in metrics
        with page.expect_download() as info:
            page.get_by_role("button", name="연도별 목표 및 추진계획 엑셀").click()
        path = tmp_path / "plan.xlsx"
        info.value.save_as(path)
        assert page.get_by_test_id("stException").count() == 0
    sheet = pl.read_excel(path, has_header=False, infer_schema_length=0)
    assert "연도별 목표 및 추진계획" in sheet.row(0)[0]
    row = next(r for r in sheet.iter_rows() if r[1] == youth["name"])
    assert (float(row[4]), float(row[5])) == (132.0, youth["actual"])

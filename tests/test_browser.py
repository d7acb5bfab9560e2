"""A real browser (Playwright driving Debian's chromium) against a running server."""

from datetime import date

import pytest

from sse_match import db, fmt, stats

from .browser import ARTIFACTS, browser_page, streamlit_server

pytestmark = pytest.mark.browser


def test_home_page_in_a_real_browser(chromium_path, demo_url):
    expected = stats.home_figures(db.make_engine(demo_url), date.today())
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        page.goto(base)
        metrics = page.get_by_test_id("stMetric")
        metrics.first.wait_for()
        page.wait_for_function("document.querySelectorAll('[data-testid=stMetric]').length >= 4")
        text = " ".join(metrics.all_inner_texts())
        page.locator("canvas, svg.marks").first.wait_for()  # the workers chart has drawn
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
        assert f"{expected.orgs:,}개" in text
        assert f"{expected.workers:,}명" in text
        assert f"{expected.new_jobs:,}개" in text and "목표 1,000개" in text
        assert fmt.korean_won(expected.purchased) in text
        assert "예시 데이터" in page.content()
        assert page.get_by_test_id("stException").count() == 0


def _search(page, base, query):
    page.goto(f"{base}/search")
    box = page.get_by_label("무엇을 구매하시나요?")
    box.fill(query)
    page.get_by_role("button", name="검색").click()


def test_product_search_in_a_real_browser(chromium_path, demo_url):
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        _search(page, base, "도시럭")
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "search_typo.png"), full_page=True)
        assert "도시럭" in page.get_by_text("이렇게 이해했습니다").inner_text()

        _search(page, base, "ㅎㅅㅁ")
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        page.get_by_test_id("stDataFrame").first.wait_for()

        _search(page, base, "중장비 임대")
        page.get_by_text("카탈로그에 없습니다").wait_for()
        page.screenshot(path=str(ARTIFACTS / "search_no_match.png"), full_page=True)
        assert page.get_by_test_id("stDataFrame").count() == 0
        assert page.get_by_test_id("stException").count() == 0


def test_need_matching_with_xlsx_download(chromium_path, demo_url, tmp_path):
    import polars as pl

    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        page.goto(f"{base}/match")
        page.get_by_label("수요 목록 (한 줄에 한 건)").fill("행사용 도시락 200개\n청사 청소 용역 12개월\n항공권")
        page.get_by_role("button", name="매칭하기").click()
        page.get_by_text("수요 3건 중 2건").wait_for()
        page.screenshot(path=str(ARTIFACTS / "match.png"), full_page=True)
        with page.expect_download() as info:
            page.get_by_role("button", name="결과 엑셀 내려받기").click()
        path = tmp_path / "result.xlsx"
        info.value.save_as(path)
    sheets = pl.read_excel(path, sheet_id=0)
    assert set(sheets) == {"매칭결과", "수요"}
    results = sheets["매칭결과"]
    assert results["수요번호"].cast(pl.String).unique().sort().to_list() == ["1", "2", "3"]
    assert results.filter(pl.col("수요번호").cast(pl.String) == "3")["제품·서비스"].to_list() == ["맞는 제품 없음"]
    assert results.filter(pl.col("수요번호").cast(pl.String) == "1")["제품·서비스"].str.contains("도시락").all()

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

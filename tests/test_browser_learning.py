"""관리 › 검색어 학습 in a real browser: an approved suggestion changes the next search, without a restart."""

import pytest
from sqlalchemy import select

from sse_match.storage import db, schema

from .browser import ARTIFACTS, browser_page, login, logout, open_page, streamlit_server

pytestmark = pytest.mark.browser


def _search(page, query):
    if page.get_by_role("heading", name="제품 검색").count() == 0:
        open_page(page, "제품 검색")
    page.get_by_label("무엇을 구매하시나요?").fill(query)
    page.get_by_role("button", name="검색").click()


def test_admin_approves_a_suggestion_and_the_next_search_uses_it(chromium_path, demo_url):
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        _search(page, "찌라시 500부")
        page.get_by_text("카탈로그에 없습니다").wait_for()  # the index is built and cached now
        logout(page)

        login(page, base, "admin", "demo-admin")
        open_page(page, "관리")
        page.get_by_text("검색어 학습", exact=True).click()
        page.get_by_role("heading", name="검색어 학습 제안").wait_for()
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "learning_suggestions.png"), full_page=True)
        picker = page.get_by_test_id("stMultiSelect").filter(has_text="결정할 제안")
        picker.click()
        page.get_by_role("option", name="찌라시 → 리플릿").first.click()
        page.keyboard.press("Escape")
        page.get_by_role("button", name="선택한 제안 승인").click()
        page.get_by_text("1건을 승인했습니다").wait_for()
        page.get_by_text("결정한 단어 1개").wait_for()
        page.screenshot(path=str(ARTIFACTS / "learning_approved.png"), full_page=True)
        logout(page)

        login(page, base, "officer", "demo-officer")
        _search(page, "찌라시 500부")
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        grid = page.get_by_test_id("stDataFrame").first
        grid.wait_for()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)  # the first row's selection box
        page.get_by_text("열어 본 제품").wait_for()
        panel = page.get_by_test_id("stVerticalBlock").filter(has_text="열어 본 제품").last  # the innermost one
        panel.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "learning_officer_finds.png"), full_page=True)
        assert "리플릿" in panel.inner_text()
        assert "찌라시→리플릿(동의어)" in panel.inner_text()
        assert page.get_by_test_id("stException").count() == 0

    f, u = schema.search_followups.c, schema.users.c
    with db.make_engine(demo_url).connect() as conn:
        opened = conn.execute(select(f.kind, f.query).join(schema.users, u.id == f.user_id)
                              .where(u.login == "officer")).all()
    assert [tuple(r) for r in opened] == [("open", "찌라시 500부")]

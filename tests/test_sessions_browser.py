"""Sessions in a real browser on a fresh server (issue 13 item 2, issue 10's routing guard)."""

from sse_match import clock
from sse_match.accounts import auth
from sse_match.storage import db

from .browser import browser_page, streamlit_server
from .conftest import DEMO_PASSWORDS, demo_actor


def sign_in_here(page, login: str) -> None:
    page.get_by_label("아이디").fill(login)
    page.get_by_label("비밀번호").fill(DEMO_PASSWORDS[login])
    page.get_by_role("button", name="로그인").click()
    page.get_by_role("button", name="로그아웃").wait_for()


def test_bookmark_on_a_fresh_server_reload_and_revocation(chromium_path, demo_url):
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        page.goto(f"{base}/purchases")  # the very first request to this server: a bookmark
        page.get_by_role("heading", name="로그인").wait_for()
        assert "Page not found" not in page.content()
        sign_in_here(page, "officer")
        page.get_by_role("heading", name="구매 실적").first.wait_for()
        assert page.url == f"{base}/purchases"
        cookie = next(c for c in page.context.cookies() if c["name"] == "sse_session")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and len(cookie["value"]) >= 43
        assert "officer" not in cookie["value"] and "demo" not in cookie["value"]

        page.reload()  # F5 keeps the user signed in, on the same page
        page.get_by_role("heading", name="구매 실적").first.wait_for()
        page.get_by_role("button", name="로그아웃").wait_for(timeout=20_000)  # still signed in after F5
        assert page.get_by_role("button", name="로그아웃").count() == 1

        auth.set_disabled(db.make_engine(demo_url), demo_actor(demo_url, "admin"), "officer", True, now=clock.now())
        page.get_by_test_id("stSidebarNav").get_by_text("홈", exact=True).click()  # the next click
        page.get_by_role("heading", name="로그인").wait_for()
        page.reload()
        page.get_by_role("heading", name="로그인").wait_for()
        assert page.get_by_role("button", name="로그아웃").count() == 0

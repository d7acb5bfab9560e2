"""st.login (OIDC) against a local mock provider on loopback: an identity maps to a user by e-mail."""

import json
import urllib.request
from datetime import datetime
from urllib.parse import quote

import pytest

from sse_match.accounts import auth
from sse_match.accounts.access import SYSTEM
from sse_match.storage import db

from .browser import ARTIFACTS, browser_page, free_port, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture
def oidc_provider():
    import oidc_provider_mock

    with oidc_provider_mock.run_server_in_thread() as server:
        yield f"http://127.0.0.1:{server.server_port}"


def put_user(provider: str, sub: str, claims: dict) -> None:
    req = urllib.request.Request(f"{provider}/users/{quote(sub)}", data=json.dumps(claims).encode(), method="PUT",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.status == 204


def secrets_file(tmp_path, app_port: int, provider: str):
    path = tmp_path / "secrets.toml"
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-tests-only"\n'
        'client_id = "sse-match"\n'
        'client_secret = "sse-match-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8")
    return path


def oidc_login(page, base: str, sub: str) -> None:
    page.goto(base)
    page.get_by_role("button", name="기관 통합 계정으로 로그인").click()
    page.locator("input[name=sub]").fill(sub)
    page.get_by_role("button", name="Authorize").click()


def test_oidc_identity_maps_to_user_by_email(chromium_path, demo_url, oidc_provider, tmp_path):
    auth.create_user(db.make_engine(demo_url), SYSTEM, login="kim.oidc", password=None, role="officer",
                     institution_id=1, email="Kim.Officer@jeonju.go.kr", display_name="김주무관",
                     now=datetime(2026, 11, 25, 9))
    put_user(oidc_provider, "kim", {"email": "kim.officer@jeonju.go.kr", "name": "김주무관"})
    put_user(oidc_provider, "stranger", {"email": "stranger@example.com", "name": "모르는 사람"})
    port = free_port()
    secrets = secrets_file(tmp_path, port, oidc_provider)
    with streamlit_server(demo_url, port=port, extra_args=["--secrets.files", str(secrets)]) as base, \
            browser_page(chromium_path) as page:
        oidc_login(page, base, "kim")
        page.get_by_role("button", name="로그아웃").wait_for()
        assert "김주무관" in page.get_by_test_id("stSidebar").inner_text()
        page.get_by_test_id("stMetric").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "oidc_logged_in.png"), full_page=True)
        page.get_by_role("button", name="로그아웃").click()
        page.get_by_role("button", name="End session").click()  # the provider asks to confirm
        page.get_by_role("button", name="기관 통합 계정으로 로그인").wait_for()

        oidc_login(page, base, "stranger")
        page.get_by_text("아직 등록되지 않았습니다").wait_for()
        assert page.get_by_test_id("stMetric").count() == 0

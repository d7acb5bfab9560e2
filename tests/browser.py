"""Helpers for real-browser tests: a Streamlit server on a free loopback port and Debian's chromium."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(db_url: str, extra_env: dict[str, str] | None = None, port: int | None = None,
                     extra_args: list[str] | None = None) -> Iterator[str]:
    port = port or free_port()
    env = {**os.environ, "SSE_DATABASE_URL": db_url, **(extra_env or {})}
    log = open(ARTIFACTS.mkdir(exist_ok=True) or ARTIFACTS / f"streamlit-{port}.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "server.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         *(extra_args or [])],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.read().decode().strip() == "ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"streamlit did not start; see {log.name}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def browser_page(chromium: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ko-KR")
            page.set_default_timeout(30_000)
            yield page
        finally:
            browser.close()


def login(page, base: str, user: str, password: str) -> None:
    """Sign in through the login form and wait for the signed-in frame."""
    page.goto(base)
    page.get_by_label("아이디").fill(user)
    page.get_by_label("비밀번호").fill(password)
    page.get_by_role("button", name="로그인").click()
    page.get_by_role("button", name="로그아웃").wait_for()


def logout(page) -> None:
    page.get_by_role("button", name="로그아웃").click()
    page.get_by_role("button", name="로그인").wait_for()


def open_page(page, title: str) -> None:
    """Go to a page through the sidebar navigation, as a person does."""
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=title).first.wait_for()


def choose_option(page, widget, option: str) -> None:
    """Pick one option of a select box the way a keyboard user does: open it, type to filter, click.

    A rerun that lands while the list is opening closes it again, or replaces the option just found, so the
    opening and the click are retried; typing the option keeps it in the rendered part of a long, virtualised list.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    wanted = page.get_by_role("option", name=option, exact=True).first
    for _attempt in range(3):
        widget.click()
        page.keyboard.type(option)
        try:
            wanted.wait_for(timeout=5_000)
            wanted.click(timeout=5_000)  # a rerun may also replace the list between finding and clicking
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    raise AssertionError(f"선택 상자에서 '{option}'을 고르지 못했습니다")

"""Issue 13's closing walk: every page and every view switch for the three roles at 1280 px, in a real
browser. Pages are discovered from the navigation menu, so pages added later are walked too.

Fails on: an exception element, Streamlit's English defaults, a table cell whose whole text is an internal
value, a key figure wider than its box, and a reload that signs the user out. Screenshots of every state
land in test-artifacts/sweep/ for a person to look at.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .browser import ARTIFACTS, browser_page, login, streamlit_server
from .conftest import DEMO_PASSWORDS

WIDTH = 1280
ENGLISH = ("Drag and drop file here", "Browse files", "Choose options", "Choose an option", "Page not found",
           "Running the app's main page", "Limit 200MB", "Please enter", "Number is below", "No options to select", "per file", "Upload")
# Stored codes that must never be a table cell's whole text (people read 예/아니요, 활동 중, 등록, 제품·서비스…).
INTERNAL = {"true", "false", "True", "False", "None", "none", "null", "nan", "NaN", "NaT", "active", "closed",
            "suspended", "create", "update", "delete", "import", "products", "purchases", "enterprises",
            "agreements", "workforce_snapshots", "pending", "approved", "rejected", "retired", "exact",
            "reset_password", "disable", "enable"}
SWEEP = ARTIFACTS / "sweep"
SEGMENT = "[data-testid=stMain] button[data-variant=segmented_control]"  # view switches


def settle(page) -> None:
    """Wait until the script run is over (no 'running' widget) and the page has painted."""
    page.wait_for_timeout(800)
    page.locator("[data-testid=stStatusWidget]").wait_for(state="hidden", timeout=60_000)
    page.locator("[data-testid=stSkeleton]").first.wait_for(state="detached", timeout=60_000)
    page.wait_for_timeout(700)


def signed_in(page, timeout_ms: int = 20_000) -> None:
    """On a loaded machine a page can take a while to draw its sidebar after a reload: wait for the sign-out
    button before counting it missing (a real sign-out never draws it)."""
    try:
        page.get_by_role("button", name="로그아웃").first.wait_for(timeout=timeout_ms)
    except PlaywrightTimeout:
        pass


def problems(page) -> list[str]:
    found = []
    if page.locator("[data-testid=stException]").count():
        found.append("exception: " + page.locator("[data-testid=stException]").first.inner_text()[:300])
    body = page.locator("[data-testid=stMain]").inner_text() + page.locator("[data-testid=stSidebar]").inner_text()
    body += " ".join(page.locator("[data-testid=stMain] [placeholder], [data-testid=stSidebar] [placeholder]")
                     .evaluate_all("els => els.filter(e => !e.value).map(e => e.getAttribute('placeholder'))"))
    found += [f"English default {e!r}" for e in ENGLISH if e in body]
    cells = page.locator("[data-testid=stDataFrame] [role=gridcell]").all_inner_texts()
    found += sorted({f"internal value {c.strip()!r} in a table" for c in cells if c.strip() in INTERNAL})
    for over in page.locator("[data-testid=stMetric], [data-testid=stMetric] *").evaluate_all(
            "els => els.filter(e => e.innerText && e.clientWidth && e.scrollWidth > e.clientWidth + 1)"
            ".map(e => e.innerText)"):
        found.append(f"key figure cut off: {over!r}")
    return found


def view_switches(page) -> list[str]:
    """The labels of the page's segmented controls (the view switches)."""
    return page.locator(SEGMENT).all_inner_texts()


def shoot(page, name: str) -> None:
    SWEEP.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SWEEP / f"{re.sub(r'[^0-9A-Za-z가-힣_-]+', '_', name)}.png"), full_page=True)


@pytest.mark.parametrize("role", ["admin", "officer", "enterprise"])
def test_every_page_and_view(chromium_path, demo_url, role):
    failures: list[str] = []
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        page.set_viewport_size({"width": WIDTH, "height": 900})
        login(page, base, role, DEMO_PASSWORDS[role])
        settle(page)
        links = page.locator("[data-testid=stSidebarNav] a").evaluate_all("els => els.map(a => a.href)")
        assert len(links) >= 3
        for href in links:
            page.goto(href)  # a bookmark-like visit: the session cookie must carry the sign-in
            settle(page)
            if page.get_by_role("button", name="로그아웃").count() == 0:
                failures.append(f"{href}: opening the page signed {role} out")
                login(page, base, role, DEMO_PASSWORDS[role])
                continue
            slug = href.rstrip("/").rsplit("/", 1)[-1] or "home"
            for switch in [None, *view_switches(page)]:
                if switch is not None:
                    page.locator(SEGMENT).get_by_text(switch, exact=True).first.click()
                    settle(page)
                failures += [f"{role} {slug} {switch or ''}: {p}" for p in problems(page)]
                shoot(page, f"{role}_{slug}_{switch or 'main'}")
            page.reload()
            settle(page)
            signed_in(page)
            if page.get_by_role("button", name="로그아웃").count() == 0 or not page.url.startswith(href.rstrip("/")):
                failures.append(f"{role} {slug}: a reload signed the user out or left the page ({page.url})")
    assert not failures, "\n".join(failures)

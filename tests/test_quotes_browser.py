"""The whole 견적 요청 loop in a real browser: an officer finds two suppliers and sends one request (pressing
보내기 twice), both answer (one with a file), the officer chooses one and confirms delivery, the
institution's 구매액 and 달성률 rise by exactly the confirmed amount, and the other enterprise reads
"선정되지 않음"."""

import re
from datetime import datetime

import pytest
from sqlalchemy import func, select

from sse_match import fmt
from sse_match.accounts import auth
from sse_match.accounts.access import SYSTEM
from sse_match.catalog import listing as catalog
from sse_match.matching import index as search
from sse_match.matching import needs as matching
from sse_match.purchases import stats as purchase_stats
from sse_match.storage import db, schema

from .browser import ARTIFACTS, browser_page, login, logout, open_page, streamlit_server
from .conftest import DEMO_TODAY

pytestmark = pytest.mark.browser
QUERY = "도시락"
AMOUNT = 12_340_000  # the confirmed amount: a whole 만원, so the rounded 구매액 shows it too
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _two_suppliers(engine) -> list[dict]:
    """The first two enterprises 제품 검색 lists for QUERY, as the page computes them."""
    index = search.SearchIndex(catalog.approved(engine, DEMO_TODAY))
    result = index.search(QUERY, 30, mask=None, place_filter=False, per_enterprise=2)
    df = matching.search_frame(index, search.SearchResult(result.query, matching.strong(result, share=0.0), False))
    rows = df.join(index.catalog.select("code", "enterprise_id"), on="code").unique("enterprise_id", keep="first",
                                                                                     maintain_order=True)
    return rows.head(2).select("enterprise_id", "enterprise_name", "name").to_dicts()


def _institution_figures(engine, institution_id: int) -> purchase_stats.InstitutionView:
    return purchase_stats.institution_view(purchase_stats.PurchaseData.load(engine), institution_id, DEMO_TODAY.year,
                                           DEMO_TODAY)


def _metrics(page) -> dict[str, str]:
    page.get_by_test_id("stMetric").first.wait_for()
    page.wait_for_function("document.querySelectorAll('[data-testid=stMetric]').length >= 5")
    out = {}
    for m in page.get_by_test_id("stMetric").all():
        label = m.get_by_test_id("stMetricLabel").inner_text().strip()
        out[label] = m.get_by_test_id("stMetricValue").inner_text().strip()
    return out


def _open_inbox(page) -> None:
    open_page(page, "내 기업 · 카탈로그")
    page.get_by_test_id("stButtonGroup").get_by_text(re.compile("^받은 견적 요청")).click()
    page.get_by_text("결과:").wait_for()


def test_quote_loop_in_a_real_browser(chromium_path, demo_url, tmp_path):
    engine = db.make_engine(demo_url)
    first, second = _two_suppliers(engine)
    for k, s in enumerate((first, second)):
        auth.create_user(engine, SYSTEM, login=f"quote-ent{k}", password=f"quote-pass-{k}", role="enterprise",
                         enterprise_id=s["enterprise_id"], now=datetime(2026, 11, 25, 9))
    officer = auth.authenticate(engine, "officer", "demo-officer")
    before = _institution_figures(engine, officer.institution_id)
    assert before.target  # the demo institution has an agreement this year
    q = schema.quote_requests.c
    with engine.connect() as conn:
        requests_before = conn.execute(select(func.count()).select_from(schema.quote_requests)).scalar_one()
    pdf = tmp_path / "견적서.pdf"
    pdf.write_bytes(PDF)

    with streamlit_server(demo_url, extra_env={"SSE_TODAY": DEMO_TODAY.isoformat()}) as base, \
            browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        open_page(page, "구매 실적")
        shown = _metrics(page)
        assert shown["구매액"] == fmt.short_won(before.purchased)

        open_page(page, "제품 검색")
        page.get_by_label("무엇을 구매하시나요?").fill(QUERY)
        page.get_by_role("button", name="검색").click()
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        picker = page.get_by_test_id("stMultiSelect").filter(has_text="견적을 요청할 기업")
        for s in (first, second):
            picker.click()
            label = f"{s['enterprise_name']} — {s['name']}"
            page.keyboard.type(label)  # filtered to this one option; Enter picks it, as a keyboard user does
            page.get_by_role("option", name=label).first.wait_for()
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
        page.get_by_role("button", name="자세히 보기 · 견적 요청").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_text("견적 요청서").wait_for()
        dialog.get_by_label("품명").fill("구내식당 행사 도시락")
        dialog.get_by_label("수량").fill("150")
        dialog.get_by_label("단위").fill("개")
        dialog.get_by_label("납품 장소").fill("전주시청 3층 회의실")
        dialog.get_by_label("메모").fill("<b>알레르기</b> 표시 부탁드립니다")
        assert "참고용" in dialog.inner_text()
        dialog.get_by_role("button", name="보내기").dblclick()
        dialog.get_by_text("견적 요청을 보냈습니다").wait_for()
        page.screenshot(path=str(ARTIFACTS / "quote_sent.png"), full_page=True)
        dialog.get_by_role("button", name="Close").click()
        dialog.wait_for(state="hidden")
        logout(page)

        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(schema.quote_requests)).scalar_one() \
                == requests_before + 1  # two presses of 보내기, one request
            rid = conn.execute(select(func.max(q.id))).scalar_one()

        for k, amount, with_file in ((0, "1650000", True), (1, "1590000", False)):
            login(page, base, f"quote-ent{k}", f"quote-pass-{k}")
            page.get_by_text("답변을 기다리는 견적 요청이").wait_for()  # the count on the home page
            _open_inbox(page)
            page.get_by_label("견적 금액 (원)").fill(amount)
            if with_file:
                page.locator("input[type=file]").set_input_files(str(pdf))
                page.get_by_text("견적서.pdf").wait_for()
            page.get_by_role("button", name="견적 보내기").click()
            page.get_by_text("견적을 보냈습니다.").wait_for()
            page.screenshot(path=str(ARTIFACTS / f"quote_answer_{k}.png"), full_page=True)
            logout(page)

        login(page, base, "officer", "demo-officer")
        open_page(page, "견적 요청")
        page.get_by_text("답변 비교").wait_for()
        page.screenshot(path=str(ARTIFACTS / "quote_compare.png"), full_page=True)
        picked = page.get_by_test_id("stSelectbox").filter(has_text="견적 요청 고르기")
        assert "견적 2/2" in picked.inner_text() + picked.locator("input").input_value()  # shown in either
        page.get_by_text("견적서.pdf 내려받기").wait_for()  # the answer's file, served after a permission check
        page.get_by_test_id("stRadio").get_by_text(first["enterprise_name"], exact=True).click()
        page.get_by_role("button", name="선정하고 구매 초안 만들기").click()
        page.get_by_text("구매 초안:").wait_for()
        page.screenshot(path=str(ARTIFACTS / "quote_chosen.png"), full_page=True)
        assert _institution_figures(engine, officer.institution_id).purchased == before.purchased  # a draft
        page.get_by_label("실제 구매 금액 (원, 부가세 포함)").fill(str(AMOUNT))
        page.get_by_role("button", name="구매 실적으로 확정").click()
        page.get_by_text("구매 실적으로 확정했습니다").wait_for()
        open_page(page, "구매 실적")
        after = _institution_figures(engine, officer.institution_id)
        assert after.purchased - before.purchased == AMOUNT
        page.get_by_text(fmt.short_won(after.purchased)).first.wait_for()
        shown = _metrics(page)
        assert shown["구매액"] == fmt.short_won(before.purchased + AMOUNT)
        assert after.purchased == before.purchased + AMOUNT  # exact 원, as the database holds it
        assert shown["달성률"] == fmt.percent((before.purchased + AMOUNT) / before.target)
        page.screenshot(path=str(ARTIFACTS / "quote_confirmed.png"), full_page=True)
        logout(page)

        login(page, base, "quote-ent1", "quote-pass-1")
        _open_inbox(page)
        page.get_by_text("결과: 선정되지 않음").wait_for()
        page.screenshot(path=str(ARTIFACTS / "quote_not_chosen.png"), full_page=True)
        assert page.get_by_test_id("stException").count() == 0

    with engine.connect() as conn:
        p = schema.purchases.c
        row = conn.execute(select(p.amount, p.status, p.enterprise_id).where(p.quote_request_id == rid)).one()
    assert tuple(row) == (AMOUNT, "confirmed", first["enterprise_id"])

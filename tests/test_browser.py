"""A real browser (Playwright driving Debian's chromium) against a running server."""

import re

import pytest
from playwright.sync_api import expect

from sse_match import clock, fmt
from sse_match import workforce as stats
from sse_match.storage import db

from .browser import ARTIFACTS, browser_page, choose_option, login, open_page, streamlit_server

pytestmark = pytest.mark.browser


def test_home_page_in_a_real_browser(chromium_path, demo_url):
    expected = stats.home_figures(db.make_engine(demo_url), clock.today())
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        metrics = page.get_by_test_id("stMetric")
        metrics.first.wait_for()
        page.wait_for_function("document.querySelectorAll('[data-testid=stMetric]').length >= 4")
        page.locator("canvas, svg.marks").first.wait_for()  # the workers chart has drawn
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.wait_for_function("document.querySelectorAll('[data-testid=stMetric]').length >= 9")  # officer's + city's
        text = " ".join(metrics.all_inner_texts())
        page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
        assert f"{expected.orgs:,}개" in text
        assert f"{expected.workers:,}명" in text
        assert f"{expected.new_jobs:,}개" in text
        assert "목표 1,000개" in page.get_by_text("일자리 계획 기간").inner_text()  # the periods, in one sentence
        assert fmt.short_won(expected.purchased) in text
        assert "예시 데이터" in page.content()
        assert page.get_by_test_id("stException").count() == 0


def _search(page, base, query):
    if page.get_by_role("heading", name="제품 검색").count() == 0:
        open_page(page, "제품 검색")
    box = page.get_by_label("무엇을 구매하시나요?")
    box.fill(query)
    page.get_by_role("button", name="검색").click()


def test_product_search_in_a_real_browser(chromium_path, demo_url):
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        _search(page, base, "도시럭")
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "search_typo.png"), full_page=True)
        assert "도시럭" in page.get_by_text("이렇게 이해했습니다").inner_text()

        _search(page, base, "ㅎㅅㅁ")
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        page.get_by_test_id("stDataFrame").first.wait_for()

        _search(page, base, "우주선 발사 용역")
        page.get_by_text("카탈로그에 없습니다").wait_for()
        page.get_by_text("비슷한 제품").wait_for()  # the closest products stay visible, marked as not a match
        page.screenshot(path=str(ARTIFACTS / "search_no_match.png"), full_page=True)
        expect(page.get_by_test_id("stDataFrame")).to_have_count(1)  # the last search's table has gone (stale)
        assert page.get_by_test_id("stException").count() == 0


def test_need_matching_with_xlsx_download(chromium_path, demo_url, tmp_path):
    import polars as pl

    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        open_page(page, "수요 매칭")
        page.get_by_label("수요 목록 (한 줄에 한 건)").fill(
            "행사용 도시락 200개\n청사 청소 용역 12개월\n우주선 발사\n답례떡 100개랑 식혜 50병")
        page.get_by_role("button", name="매칭하기").click()
        page.get_by_text("수요 4건 중 3건").wait_for()
        page.get_by_text("‘식혜’에 맞는 제품은 찾지 못했습니다").wait_for()  # the item nothing fits is named
        page.screenshot(path=str(ARTIFACTS / "match.png"), full_page=True)
        with page.expect_download() as info:
            page.get_by_role("button", name="결과 엑셀 내려받기").click()
        path = tmp_path / "result.xlsx"
        info.value.save_as(path)
    sheets = pl.read_excel(path, sheet_id=0)
    assert set(sheets) == {"매칭결과", "수요"}
    results = sheets["매칭결과"]
    assert results["수요번호"].cast(pl.String).unique().sort().to_list() == ["1", "2", "3", "4"]
    assert results.filter(pl.col("수요번호").cast(pl.String) == "3")["제품·서비스"].to_list() == ["맞는 제품 없음"]
    assert results.filter(pl.col("수요번호").cast(pl.String) == "1")["제품·서비스"].str.contains("도시락").all()
    assert set(results.filter(pl.col("수요번호").cast(pl.String) == "4")["찾지 못한 품목"]) == {"식혜"}


def test_enterprise_adds_admin_approves_officer_finds(chromium_path, demo_url):
    from .browser import logout

    product = "천연 밀랍 초 만들기 키트"
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "enterprise", "demo-enterprise")
        open_page(page, "내 기업 · 카탈로그")
        form = page.get_by_test_id("stForm").filter(has_text="등록 (심사 요청)")
        if not form.is_visible():
            page.get_by_text("새 제품·서비스 등록").click()
        form.get_by_label("제품명").fill(product)
        form.get_by_label("단가(원)").fill("15000")
        choose_option(page, form.get_by_label("분류"), "교육")  # no preset category: the enterprise files it
        form.get_by_label("규격").fill("1인용 키트")
        form.get_by_role("button", name="등록 (심사 요청)").click()
        page.get_by_text("등록했습니다").wait_for()
        page.screenshot(path=str(ARTIFACTS / "enterprise_added.png"), full_page=True)
        logout(page)

        login(page, base, "admin", "demo-admin")
        open_page(page, "관리")
        page.get_by_text("심사 대기").wait_for()
        page.get_by_label("제품명·기업명·제품코드로 거르기").fill(product)
        page.keyboard.press("Enter")
        page.wait_for_function("[...document.querySelectorAll('[data-testid=stDataFrame] [role=row]')].length == 2")
        grid = page.get_by_test_id("stDataFrame").first
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)  # the first row's selection box
        page.get_by_text("제품 1개를 골랐습니다").wait_for()
        page.get_by_role("button", name="선택한 제품 승인").click()
        page.get_by_text("승인했습니다").wait_for()
        logout(page)

        login(page, base, "officer", "demo-officer")
        open_page(page, "제품 검색")
        page.get_by_label("무엇을 구매하시나요?").fill("밀랍 초")
        page.get_by_role("button", name="검색").click()
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        page.screenshot(path=str(ARTIFACTS / "officer_finds.png"), full_page=True)
    from sqlalchemy import select

    from sse_match.storage import db, schema

    with db.make_engine(demo_url).connect() as conn:
        status = conn.execute(select(schema.products.c.status).where(schema.products.c.name == product)).scalar_one()
    assert status == "approved"


def test_purchases_and_jobs_as_admin(chromium_path, demo_url):

    from sse_match.purchases import stats as purchase_stats

    data = purchase_stats.PurchaseData.load(db.make_engine(demo_url))
    total = purchase_stats.department_view(data, clock.today().year).total
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "admin", "demo-admin")
        open_page(page, "구매 실적")
        page.get_by_test_id("stMetric").first.wait_for()
        text = " ".join(page.get_by_test_id("stMetric").all_inner_texts())
        page.screenshot(path=str(ARTIFACTS / "purchases.png"), full_page=True)
        assert fmt.short_won(total) in text
        open_page(page, "일자리")
        page.get_by_test_id("stMetric").first.wait_for()
        page.locator("canvas, svg.marks").first.wait_for()
        page.screenshot(path=str(ARTIFACTS / "jobs.png"), full_page=True)
        assert "목표 1,000개" in page.get_by_test_id("stMetric").first.inner_text()
        assert page.get_by_test_id("stException").count() == 0


def _canvas_not_blank(png: bytes) -> float:
    """Share of pixels in the map area that are not the page background."""
    import io

    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    colors = img.getcolors(maxcolors=1_000_000) or []
    background = max(colors)[1] if colors else (255, 255, 255)
    differing = sum(n for n, c in colors if sum(abs(a - b) for a, b in zip(c, background, strict=True)) > 30)
    return differing / (img.width * img.height)


@pytest.mark.parametrize("with_boundary", [True, False])
def test_map_in_a_real_browser(chromium_path, demo_url, with_boundary):
    from .conftest import ROOT

    boundary = ROOT.parent / "shared" / "data" / "jeonju" / "admin_dongs_2021.geojson"
    if with_boundary and not boundary.exists():
        pytest.fail("../shared/data/jeonju/admin_dongs_2021.geojson is missing")
    env = {"SSE_BOUNDARY_GEOJSON": str(boundary)} if with_boundary else {"SSE_BOUNDARY_GEOJSON": ""}
    outside = []
    with streamlit_server(demo_url, extra_env=env) as base, browser_page(chromium_path) as page:
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) and
                not r.url.startswith("data:") and not r.url.startswith("blob:") else None)
        login(page, base, "admin", "demo-admin")
        open_page(page, "기업 지도")
        count = page.get_by_text(re.compile(r"지도에 보이는 기업 [\d,]+곳"))
        count.wait_for()
        before = count.inner_text()
        chart = page.get_by_test_id("stDeckGlJsonChart")
        chart.wait_for()
        page.wait_for_timeout(2500)  # deck.gl draws on the next animation frames
        shot = chart.screenshot(path=str(ARTIFACTS / f"map_{'boundary' if with_boundary else 'labels'}.png"))
        assert _canvas_not_blank(shot) > 0.02
        choose_option(page, page.get_by_test_id("stMultiSelect").filter(has_text="기업 유형"), "자활기업")
        page.keyboard.press("Escape")
        page.wait_for_function(f"!document.body.innerText.includes({before!r})")
        after = count.inner_text()
        assert after != before
        assert page.get_by_test_id("stException").count() == 0
    assert outside == []  # no tile server, no font or script from outside


def test_injection_name_is_text_in_tooltip_and_details(chromium_path, demo_url):
    from datetime import datetime

    from sqlalchemy import insert

    from sse_match.catalog import listing as catalog
    from sse_match.storage import schema

    evil = "<img src=x onerror=alert(1)>"
    lat, lon = 35.803, 127.168
    eng = db.make_engine(demo_url)
    with eng.begin() as conn:
        eid = conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
            se_type="사회적기업", name=evil, gu="완산구", dong="풍남동", lat=lat, lon=lon, placement="exact",
            founded_on=datetime(2020, 1, 1).date(), created_at=datetime.now(), updated_at=datetime.now())).scalar_one()
        conn.execute(insert(schema.workforce), dict(enterprise_id=eid, as_of=datetime(2024, 1, 1).date(), workers=30))
        catalog.bump_catalog_version(conn)
    dialogs = []
    with streamlit_server(demo_url, extra_env={"SSE_BOUNDARY_GEOJSON": ""}) as base, \
            browser_page(chromium_path) as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        login(page, base, "admin", "demo-admin")
        open_page(page, "기업 지도")
        chart = page.get_by_test_id("stDeckGlJsonChart")
        chart.wait_for()
        page.wait_for_timeout(2500)
        chart.screenshot(path=str(ARTIFACTS / "map_injection.png"))
        # deck.gl's hover and click picking do not register in headless chromium here, so the tooltip's
        # text mode is checked in tests/test_map.py; the details panel is checked in the browser:
        page.get_by_test_id("stSelectbox").filter(has_text="기업 자세히 보기").click()
        page.keyboard.type("<img")
        page.get_by_role("option", name=evil).click()
        page.get_by_text("승인된 제품·서비스").wait_for()
        page.wait_for_timeout(1500)
        chart.screenshot(path=str(ARTIFACTS / "map_injection_label.png"))  # the name drawn as canvas glyphs
        assert page.locator("img[src=x]").count() == 0
        assert page.get_by_role("heading", name="기업 정보").is_visible()  # the details panel of that enterprise
        assert evil in page.get_by_test_id("stSelectbox").filter(has_text="기업 자세히 보기").text_content() or \
            evil in page.content().replace("&lt;", "<").replace("&gt;", ">")
    assert dialogs == []  # no script ran


def test_officer_uploads_purchases_file(chromium_path, demo_url, tmp_path):
    from sqlalchemy import func, select

    from sse_match.storage import schema

    eng = db.make_engine(demo_url)
    with eng.connect() as conn:
        name, biz = conn.execute(select(schema.enterprises.c.name, schema.enterprises.c.biz_no)
                                 .where(schema.enterprises.c.closed_on.is_(None)).limit(1)).one()
        before = conn.execute(select(func.count()).select_from(schema.purchases)).scalar_one()
    csv = tmp_path / "실적.csv"
    csv.write_bytes((f"업체명,사업자등록번호,구매일자,구매금액,구분,계약방법,품명\n"
                     f"{name},{biz},2026-03-02,\"1,250,000\",물품,수의계약,=HYPERLINK(\"x\")\n").encode("cp949"))
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        open_page(page, "구매 실적")
        page.get_by_text("파일로 올리기", exact=True).click()
        page.locator("input[type=file]").set_input_files(str(csv))
        page.get_by_text("1행을 확인했습니다").wait_for()
        page.get_by_role("button", name="1건 올리기").click()
        page.get_by_text("1건을 올렸습니다").wait_for()
    with eng.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.purchases)).scalar_one() == before + 1
        desc = conn.execute(select(schema.purchases.c.description).order_by(schema.purchases.c.id.desc())
                            .limit(1)).scalar_one()
    assert desc == '=HYPERLINK("x")'  # stored as typed; exports defuse it


def _downloaded_results(page, tmp_path, name):
    import polars as pl

    with page.expect_download() as info:
        page.get_by_role("button", name="CSV 내려받기").click()
    path = tmp_path / name
    info.value.save_as(path)
    return pl.read_csv(path, infer_schema_length=0)


def test_search_reads_long_sentences_hanyeong_and_two_items(chromium_path, demo_url, tmp_path):
    """Issue 11 in a real browser: a long 공문-style sentence, Korean typed in English mode, two items."""
    with streamlit_server(demo_url) as base, browser_page(chromium_path) as page:
        login(page, base, "officer", "demo-officer")
        _search(page, base, "다음 주 금요일 민원실 리모델링 끝나면 사무실 청소 맡아 주실 곳 찾습니다")
        page.get_by_text("공급 제품을 찾았습니다").wait_for()
        long = _downloaded_results(page, tmp_path, "long.csv")
        top5 = long.head(5)
        hit = top5.filter(top5["제품·서비스"].str.contains("청소"))
        assert hit.height > 0
        assert hit["찾은 이유"].str.contains("청소(일치)", literal=True).all()
        page.screenshot(path=str(ARTIFACTS / "search_long_sentence.png"), full_page=True)

        _search(page, base, "ehtlfkr 200개")
        page.get_by_text("영문 자판 입력 'ehtlfkr'을 '도시락'으로 읽었습니다", exact=True).wait_for()  # the grid's cells say it too
        hy = _downloaded_results(page, tmp_path, "hanyeong.csv").head(5)
        assert hy["제품·서비스"].str.contains("도시락").any()
        assert hy["찾은 이유"].str.contains("영문 자판 입력 'ehtlfkr'을 '도시락'으로 읽었습니다", literal=True).all()
        page.screenshot(path=str(ARTIFACTS / "search_hanyeong.png"), full_page=True)

        _search(page, base, "명함이랑 종이 봉투")
        page.get_by_text("여러 품목으로 나눠 찾았습니다").wait_for()
        two = _downloaded_results(page, tmp_path, "two.csv")
        assert set(two["품목"].head(4)) == {"명함", "종이 봉투"}
        assert two.filter(two["품목"] == "명함")["제품·서비스"].str.contains("명함").any()
        assert two.filter(two["품목"] == "종이 봉투")["제품·서비스"].str.contains("봉투").any()
        page.screenshot(path=str(ARTIFACTS / "search_two_items.png"), full_page=True)

        _search(page, base, "다음 달 행사 때 쓸 답례떡 100개랑 식혜 50병 구입하려고 합니다")
        page.get_by_text("‘식혜’에 맞는 제품은 찾지 못했습니다").wait_for()
        partly = _downloaded_results(page, tmp_path, "partly.csv").head(5)
        assert partly["제품·서비스"].str.contains("떡").all()
        page.screenshot(path=str(ARTIFACTS / "search_item_unanswered.png"), full_page=True)
        assert page.get_by_test_id("stException").count() == 0
        assert "Choose" not in page.get_by_test_id("stMain").inner_text()  # the supplier picker speaks Korean

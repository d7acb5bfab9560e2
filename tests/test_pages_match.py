"""AppTest: 제품 검색 and 수요 매칭 as an officer uses them."""

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import ROOT, logged_in, submit


@pytest.fixture
def app(monkeypatch, demo_url):
    monkeypatch.setenv("SSE_DATABASE_URL", demo_url)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    logged_in(at, demo_url, "officer")
    at.run()
    return at


def search(at, query):
    at.text_input(key="search_q").set_value(query)
    submit(at, "search_form")
    assert not at.exception
    return at


def test_typo_query_finds_and_explains(app):
    at = search(app.switch_page("pages/search.py").run(), "도시럭")
    table = at.dataframe[0].value
    assert table["name"].str.contains("도시락").head(5).all()
    assert table["reason"].iloc[0] == "도시럭→도시락(오타 교정)"
    assert "공급 제품을 찾았습니다" in at.success[0].value


def test_choseong_query(app):
    at = search(app.switch_page("pages/search.py").run(), "ㅎㅅㅁ")
    table = at.dataframe[0].value
    assert table["name"].iloc[0].endswith(("현수막 제작", "현수막 업사이클링"))
    assert "(초성)" in table["reason"].iloc[0]


def test_no_match_query_says_so_and_suggests(app):
    at = search(app.switch_page("pages/search.py").run(), "우주선 발사 용역")
    assert "카탈로그에 없습니다" in at.warning[0].value
    assert len(at.dataframe) == 1  # the closest products, under 비슷한 제품 only
    assert at.subheader[0].value.startswith("비슷한 제품")
    buttons = [b for b in at.button if (b.key or "").startswith("nearest_")]
    assert len(buttons) == 3
    first = buttons[0].label
    buttons[0].click().run()
    assert at.text_input(key="search_q").value == first
    assert at.dataframe


def test_filters_and_budget_hint(app):
    at = app.switch_page("pages/search.py").run()
    at.multiselect(key="search_types").set_value(["자활기업"])
    at.number_input(key="search_budget").set_value(30_000_000)
    at = search(at, "청소")
    table = at.dataframe[0].value
    assert (table["se_type"] == "자활기업").all()
    assert table["hint"].str.contains("가능").all()


def test_bad_price_range_is_explained(app):
    at = app.switch_page("pages/search.py").run()
    at.number_input(key="search_pmin").set_value(50_000)
    at.number_input(key="search_pmax").set_value(10_000)
    at = search(at, "청소")
    assert "가격 범위" in at.error[0].value


def test_empty_state_suggests_categories(app):
    at = app.switch_page("pages/search.py").run()
    assert "검색어를 입력" in at.info[0].value
    assert len(at.get("button_group")[0].proto.options) >= 5


def test_match_three_pasted_needs(app):
    at = app.switch_page("pages/match.py").run()
    at.text_area(key="match_text").set_value("행사용 도시락 200개\n청사 청소 용역 12개월\n우주선 발사")
    submit(at, "match_form")
    assert not at.exception
    assert at.success[0].value.startswith("수요 3건 중 2건")
    assert "우주선 발사" in at.warning[0].value and "가까운 분류" in at.warning[0].value
    table = at.dataframe[0].value
    assert set(table["수요번호"]) == {"1", "2", "3"}
    assert table[table["수요번호"] == "1"]["제품·서비스"].str.contains("도시락").all()
    assert table[table["수요번호"] == "3"]["제품·서비스"].tolist() == ["맞는 제품 없음"]
    assert at.get("download_button")[0].proto.label == "결과 엑셀 내려받기"


def test_match_bad_upload_is_refused(app):
    at = app.switch_page("pages/match.py").run()
    at.text_area(key="match_text").set_value("   \n  ")
    submit(at, "match_form")
    assert "매칭할 수요가 없습니다" in at.warning[0].value

"""AppTest: what each page shows, read the way a user reads it."""

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from sse_match import db, fmt, stats

from .conftest import ROOT

APP = str(ROOT / "app.py")


def run_app(monkeypatch, url: str) -> AppTest:
    monkeypatch.setenv("SSE_DATABASE_URL", url)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    return at


def test_home_shows_todays_figures(monkeypatch, demo_url):
    at = run_app(monkeypatch, demo_url)
    assert not at.exception
    expected = stats.home_figures(db.make_engine(demo_url), date.today())
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["사회적경제조직"] == f"{expected.orgs:,}개"
    assert metrics["근로자"] == f"{expected.workers:,}명"
    assert metrics["늘어난 일자리 (2018.6 이후)"] == f"{expected.new_jobs:,}개"
    assert metrics[f"{expected.year}년 우선구매 실적"] == fmt.korean_won(expected.purchased)
    assert expected.purchased > 0 and expected.target > 0
    assert "목표 1,000개" in at.metric[2].delta
    table = at.dataframe[0].value
    assert list(table["group"]) == ["사회적기업", "마을기업", "자활기업", "협동조합"]
    assert table["orgs"].sum() == expected.orgs
    assert any("예시 데이터" in c.value for c in at.caption)
    assert at.title[0].value == "전주시 사회적경제 공공구매 현황"


def test_unreachable_database_gives_a_korean_message(monkeypatch):
    at = run_app(monkeypatch, "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert not at.exception
    assert "데이터베이스에 연결할 수 없습니다" in at.error[0].value
    assert not at.metric


def test_uninitialised_database_says_how_to_set_it_up(monkeypatch, tmp_path):
    at = run_app(monkeypatch, f"sqlite:///{tmp_path / 'new.db'}")
    assert not at.exception
    assert "init --demo" in at.error[0].value


@pytest.mark.parametrize("page", ["pages/home.py"])
def test_every_page_runs_without_error(monkeypatch, demo_url, page):
    at = run_app(monkeypatch, demo_url)
    at.switch_page(page).run()
    assert not at.exception
    assert at.title

"""AppTest: the 견적 요청 screens run for each role on the demo data and show what the functions say."""

from sse_match.quotes import requests as quotes
from sse_match.quotes import stats as quote_stats
from sse_match.storage import db

from .conftest import DEMO_TODAY, demo_actor
from .test_app import run_app


def test_quote_funnel_page_for_the_department(monkeypatch, demo_url):
    monkeypatch.setenv("SSE_TODAY", DEMO_TODAY.isoformat())
    at = run_app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/quotes.py").run()
    assert not at.exception and not at.error
    data = quote_stats.QuoteData.load(db.make_engine(demo_url))
    totals = quote_stats.totals(data, DEMO_TODAY.year)
    assert totals["requests"] > 100 and totals["purchased"] > 10  # the demo year shows a funnel
    assert at.info[0].value == (f"요청 {totals['requests']:,}건 → 답변 받음 {totals['answered']:,}건 → 선정 "
                                f"{totals['chosen']:,}건 → 구매 확정 {totals['purchased']:,}건")
    table = at.dataframe[0].value
    assert table["requests"].sum() >= totals["requests"]


def test_quote_pages_for_officer_and_enterprise(monkeypatch, demo_url):
    monkeypatch.setenv("SSE_TODAY", DEMO_TODAY.isoformat())
    officer = run_app(monkeypatch, demo_url, "officer")
    officer.switch_page("pages/quotes.py").run()
    assert not officer.exception
    mine = quotes.requests_for(db.make_engine(demo_url), demo_actor(demo_url, "officer"))
    assert len(officer.selectbox(key="quotes_pick").options) == mine.height
    ent = run_app(monkeypatch, demo_url, "enterprise")
    ent.switch_page("pages/my_enterprise.py").run()
    ent.segmented_control(key="my_section").set_value("quotes").run()
    assert not ent.exception

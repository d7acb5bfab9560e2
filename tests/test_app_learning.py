"""AppTest: 관리 › 검색어 학습 lists suggestions, an approval reaches the cached search index at once."""

from streamlit.testing.v1 import AppTest

from sse_match.matching import learning
from sse_match.storage import db

from .conftest import ROOT, logged_in, submit

APP = str(ROOT / "app.py")


def _app(monkeypatch, url: str, login: str) -> AppTest:
    monkeypatch.setenv("SSE_DATABASE_URL", url)
    at = AppTest.from_file(APP, default_timeout=60)
    logged_in(at, url, login)
    at.run()
    return at


def _search(at: AppTest, query: str) -> None:
    at.text_input(key="search_q").set_value(query)
    submit(at, "search_form")


def test_approval_on_the_admin_page_changes_the_next_search(monkeypatch, demo_url):
    at = _app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/search.py").run()
    _search(at, "찌라시 500부")
    assert "카탈로그에 없습니다" in at.warning[0].value  # the index is built and cached now

    at.switch_page("pages/admin.py").run()
    at.segmented_control(key="admin_section").set_value("learning").run()
    assert not at.exception
    pick = at.multiselect(key="learning_pick")
    assert [o for o in pick.options if o.startswith("찌라시 → 리플릿 (")]  # labelled with its support
    pick.set_value(["찌라시\t리플릿"])
    submit(at, "learning_decide")
    assert "1건을 승인했습니다" in at.success[0].value
    assert learning.approved_synonyms(db.make_engine(demo_url)) == [("찌라시", "리플릿")]

    at.switch_page("pages/search.py").run()
    _search(at, "찌라시 500부")
    assert not at.warning
    assert "공급 제품을 찾았습니다" in at.success[0].value


def test_an_empty_log_says_how_suggestions_arise(monkeypatch, demo_url):
    from sqlalchemy import delete

    from sse_match.storage import schema

    eng = db.make_engine(demo_url)
    with eng.begin() as conn:
        conn.execute(delete(schema.search_followups))
        conn.execute(delete(schema.search_log))
    at = _app(monkeypatch, demo_url, "admin")
    at.switch_page("pages/admin.py").run()
    at.segmented_control(key="admin_section").set_value("learning").run()
    assert not at.exception
    assert "아직 제안할 단어가 없습니다" in at.info[0].value

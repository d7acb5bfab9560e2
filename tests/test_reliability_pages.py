"""Page-level faults from the attack pass (issue 12): grids, markdown, locked database, unlock."""

from __future__ import annotations

from sqlalchemy import update
from streamlit.testing.v1 import AppTest

from sse_match import db, schema

from .conftest import ROOT, logged_in

APP = str(ROOT / "app.py")


GRID_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
import polars as pl
import streamlit as st
from pages import _ui  # importing it guards every grid
st.dataframe(pl.DataFrame({{"name": ['=HYPERLINK("http://evil","x")', "+cmd", "도시락"], "amount": [1, 2, 3]}}))
"""


def test_every_grid_is_defused_before_streamlits_csv_download():
    at = AppTest.from_string(GRID_SCRIPT.format(root=str(ROOT)), default_timeout=30)
    at.run()
    assert not at.exception
    assert list(at.dataframe[0].value["name"]) == ["'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd", "도시락"]
    assert list(at.dataframe[0].value["amount"]) == [1, 2, 3]


def test_enterprise_name_in_caption_is_not_a_link(monkeypatch, demo_url):
    eng = db.make_engine(demo_url)
    monkeypatch.setenv("SSE_DATABASE_URL", demo_url)
    at = AppTest.from_file(APP, default_timeout=60)
    logged_in(at, demo_url, "enterprise")
    eid = at.session_state["actor"].enterprise_id
    with eng.begin() as conn:
        conn.execute(update(schema.enterprises).where(schema.enterprises.c.id == eid)
                     .values(name="[눌러 보세요](javascript:alert(1))"))
    at.run()
    at.switch_page("pages/my_enterprise.py").run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "눌러" in c.value)
    assert "\\[눌러 보세요\\]\\(javascript:alert\\(1\\)\\)" in caption

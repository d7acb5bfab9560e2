"""The map's data, deck and gap table; an injection-named enterprise stays text everywhere."""

import json
from datetime import date, datetime

import polars as pl
import pytest
from sqlalchemy import insert
from streamlit.testing.v1 import AppTest

from sse_match import clock
from sse_match.catalog import listing as catalog
from sse_match.places import maps
from sse_match.purchases.stats import PurchaseData
from sse_match.storage import db, schema

from .conftest import ROOT, logged_in

EVIL = "<img src=x onerror=alert(1)>"
TODAY = clock.today()


@pytest.fixture
def evil_url(demo_url):
    eng = db.make_engine(demo_url)
    now = clock.now()
    with eng.begin() as conn:
        eid = conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
            se_type="사회적기업", name=EVIL, address="전주시 덕진구 조촌동 1", gu="덕진구", dong="조촌동",
            lat=35.905, lon=127.02, placement="exact", founded_on=date(2020, 1, 1), categories="청소·방역",
            created_at=now, updated_at=now)).scalar_one()
        conn.execute(insert(schema.workforce), dict(enterprise_id=eid, as_of=date(2024, 1, 1), workers=9))
        catalog.bump_catalog_version(conn)
    return demo_url


def test_deck_tooltip_is_text_and_labels_are_data(evil_url):
    eng = db.make_engine(evil_url)
    ents = maps.enterprises_frame(eng, TODAY)
    deck = maps.build_deck(ents, labels=maps.place_labels(TODAY))
    spec = json.loads(deck.to_json())
    assert set(deck._tooltip) == {"text"}  # st.pydeck_chart passes it on; text tooltips use innerText, not HTML
    assert spec["mapStyle"].startswith("data:application/json")  # no tile server
    points = next(layer for layer in spec["layers"] if layer["id"] == "enterprises")
    assert EVIL in [p["name"] for p in points["data"]]  # drawn as data, shown through the text tooltip
    labels = next(layer for layer in spec["layers"] if layer["id"] == "labels")
    assert {"완산구", "덕진구", "효자5동", "금암동"} <= {p["label"] for p in labels["data"]}
    assert labels["characterSet"] == "auto" and "Noto Sans CJK KR" in labels["fontFamily"]
    evil_id = ents.filter(pl.col("name") == EVIL)["id"][0]
    picked = json.loads(maps.build_deck(ents, picked=evil_id).to_json())
    label = next(layer for layer in picked["layers"] if layer["id"] == "picked")
    assert label["@@type"] == "TextLayer" and label["data"][0]["name"] == EVIL  # glyphs on canvas, not markup


def test_filters_and_aggregates(demo_url):
    eng = db.make_engine(demo_url)
    data = PurchaseData.load(eng)
    ents = maps.with_received(maps.enterprises_frame(eng, TODAY), data.purchases, TODAY.year)
    only = maps.filter_frame(ents, types=["자활기업"], places=["완산구"])
    assert only.height and set(only["se_type"]) == {"자활기업"} and set(only["gu"]) == {"완산구"}
    per = maps.dong_aggregates(ents, TODAY)
    assert per["enterprises"].sum() == maps.filter_frame(ents).height
    assert per["received"].sum() == ents["received"].sum()
    assert (per["per_km2"] >= 0).all()


def test_boundary_gets_the_measure(demo_url):
    path = ROOT.parent / "shared" / "data" / "jeonju" / "admin_dongs_2021.geojson"
    if not path.exists():
        pytest.fail("../shared/data/jeonju/admin_dongs_2021.geojson is missing")
    eng = db.make_engine(demo_url)
    per = maps.dong_aggregates(maps.with_received(maps.enterprises_frame(eng, TODAY), pl.DataFrame(
        schema={"enterprise_id": pl.Int64, "amount": pl.Int64, "year": pl.Int64}), None), TODAY)
    colored = maps.boundary_with_measure(maps.load_boundary(path), per, "enterprises")
    props = [f["properties"] for f in colored["features"]]
    assert len(props) == 35
    by_dong = dict(zip(per["dong"], per["enterprises"], strict=True))
    assert all(p["value"] == by_dong[p["dong"]] for p in props)  # 금암1·2동 polygons carry 금암동's figure


def test_gap_table(engine):
    now = datetime(2026, 1, 10)
    with engine.begin() as conn:
        eid = conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
            se_type="사회적기업", name="가", gu="완산구", founded_on=date(2020, 1, 1), created_at=now,
            updated_at=now)).scalar_one()
        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name="기관", kind="공공기관")).scalar_one()
        conn.execute(insert(schema.purchases), dict(institution_id=iid, enterprise_id=eid, purchased_on=date(2025, 6, 1),
                                                    amount=1000, kind="물품", contract_method="수의계약",
                                                    category="세탁", created_at=now))
    maps.log_search(engine, None, iid, "드론 방제", True, "조경", None, now)
    purchases = PurchaseData.load(engine).purchases
    approved = pl.DataFrame({"category": ["세탁"], "gu": ["완산구"], "enterprise_id": [eid]})
    gaps = maps.gap_table(engine, purchases, approved, date(2025, 1, 1))
    rows = {(r["category"], r["gu"]): r["gap"] for r in gaps.iter_rows(named=True)}
    assert rows == {("세탁", "덕진구"): "이 구에 공급 기업 없음", ("조경", "완산구"): "전주 전체에 공급 기업 없음",
                    ("조경", "덕진구"): "전주 전체에 공급 기업 없음"}
    labels = maps.gap_labels(gaps)
    assert set(labels["gu"]) == {"완산구", "덕진구"} and labels["label"].str.starts_with("공급 없음").all()
    # an unmet search in a category that has suppliers is still a gap (issue 13: the table stayed empty)
    maps.log_search(engine, None, iid, "특수 세탁 드라이아이스", True, "세탁", "완산구", now)
    gaps = maps.gap_table(engine, purchases, approved, date(2025, 1, 1))
    rows = {(r["category"], r["gu"]): r["gap"] for r in gaps.iter_rows(named=True)}
    assert rows[("세탁", "완산구")] == "찾는 제품이 카탈로그에 없음"


@pytest.mark.parametrize("boundary", ["", "shared"])
def test_map_page_with_and_without_boundary(monkeypatch, evil_url, boundary):
    path = ROOT.parent / "shared" / "data" / "jeonju" / "admin_dongs_2021.geojson"
    monkeypatch.setenv("SSE_BOUNDARY_GEOJSON", str(path) if boundary else "")
    monkeypatch.setenv("SSE_DATABASE_URL", evil_url)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    logged_in(at, evil_url, "admin")
    at.run()
    at.switch_page("pages/map.py").run()
    assert not at.exception
    count = next(m.value for m in at.markdown if m.value.startswith("지도에 보이는 기업"))
    assert ("경계 파일이 없어" in " ".join(c.value for c in at.caption)) == (not boundary)
    at.multiselect(key="map_types").set_value(["자활기업"]).run()
    assert next(m.value for m in at.markdown if m.value.startswith("지도에 보이는 기업")) != count
    at.multiselect(key="map_types").set_value([]).run()
    assert EVIL in at.selectbox(key="map_pick").options
    evil_id = maps.enterprises_frame(db.make_engine(evil_url), TODAY).filter(pl.col("name") == EVIL)["id"][0]
    at.selectbox(key="map_pick").select(evil_id).run()
    details = next(d.value for d in at.dataframe if "항목" in d.value.columns)
    assert details.loc[details["항목"] == "기업명", "내용"].iloc[0] == EVIL  # a table cell: shown as typed
    assert not at.exception and not any(EVIL in m.value for m in at.markdown)  # never inside markdown
    at.checkbox(key="map_flows").check().run()
    at.checkbox(key="map_gaps").check().run()
    assert not at.exception

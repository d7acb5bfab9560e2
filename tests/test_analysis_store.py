"""Products are analysed when written; the index build reuses the stored analyses."""

from datetime import datetime

from sqlalchemy import func, select

from sse_match.accounts.access import SYSTEM
from sse_match.catalog import products as catalog_admin
from sse_match.matching import analysis_store, morph
from sse_match.matching import index as search
from sse_match.storage import schema


def _enterprise(engine):
    from sse_match.demo import generator as demo

    demo.load(engine, datetime(2026, 6, 1).date())
    with engine.connect() as conn:
        return conn.execute(select(schema.enterprises.c.id).limit(1)).scalar_one()


def test_written_products_are_analysed_and_reused(engine):
    eid = _enterprise(engine)
    admin = SYSTEM
    values = {"name": "장애인인식개선교육", "category": "사무용품", "spec": "1개", "unit_price": 5000, "unit": "개",
              "description": "재활용 가방"}
    pid = catalog_admin.add_product(engine, admin, eid, values, now=datetime(2026, 6, 1, 9))
    with engine.connect() as conn:
        row = conn.execute(select(schema.product_analyses).where(schema.product_analyses.c.product_id == pid)).one()
    assert row.version == morph.ANALYSIS_VERSION
    stored = analysis_store.load(engine)
    assert stored["장애인인식개선교육"] == ("장애인", "인식", "개선", "교육")
    catalog_admin.update_product(engine, admin, pid, {**values, "name": "면 에코백"}, 1, now=datetime(2026, 6, 2))
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(schema.product_analyses)
                         .where(schema.product_analyses.c.product_id == pid)).scalar_one()
    assert n == 1
    assert "에코백" in analysis_store.load(engine)


def test_index_build_uses_stored_analyses_instead_of_kiwi():
    import polars as pl

    cat = pl.DataFrame({"code": ["X1"], "name": ["가나다라마"], "category": ["기타"], "spec": [""], "description": [""],
                        "enterprise_name": ["가"]})
    fake = {"가나다라마": ("가나", "다라마"), "기타": ("기타",), "가": ()}
    index = search.SearchIndex(cat, analyses=fake)
    assert index.analysed_now == 0
    assert "다라마" in index.vocab  # only the stored analysis could have produced this split

"""Counting rules on a hand-made fixture, where every expected number is worked out by hand."""

from datetime import date, datetime

from sqlalchemy import insert

from sse_match import workforce as stats
from sse_match.storage import schema

NOW = datetime(2024, 1, 1)


def add_ent(conn, se_type, founded, closed=None):
    return conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
        se_type=se_type, name=f"{se_type}{founded}{closed}", founded_on=founded, closed_on=closed,
        created_at=NOW, updated_at=NOW)).scalar_one()


def snap(conn, eid, as_of, workers, vulnerable=0, youth=0):
    conn.execute(insert(schema.workforce), dict(enterprise_id=eid, as_of=as_of, workers=workers,
                                                vulnerable=vulnerable, youth=youth))


def test_who_counts_on_a_date(sqlite_engine):
    d = date(2020, 6, 30)
    with sqlite_engine.begin() as conn:
        a = add_ent(conn, "사회적기업", date(2019, 1, 1))  # counts, latest snapshot before d = 7
        snap(conn, a, date(2019, 12, 31), 5)
        snap(conn, a, date(2020, 6, 1), 7)
        snap(conn, a, date(2020, 7, 1), 100)  # after d: ignored
        b = add_ent(conn, "예비사회적기업", date(2020, 6, 30))  # founded on d: counts, no snapshot → 0 workers
        c = add_ent(conn, "협동조합", date(2018, 1, 1), closed=date(2020, 6, 29))  # closed before d
        snap(conn, c, date(2019, 1, 1), 9)
        e = add_ent(conn, "사회적협동조합", date(2018, 1, 1), closed=date(2020, 6, 30))  # closed on d: counts
        snap(conn, e, date(2019, 1, 1), 4)
        add_ent(conn, "마을기업", date(2020, 7, 1))  # founded after d
        f = add_ent(conn, "자활기업", date(2015, 1, 1))
        snap(conn, f, date(2016, 1, 1), 3)
        assert b
    result = stats.summary(sqlite_engine, d)
    assert result == {
        "as_of": "2020-06-30",
        "enterprises": {"사회적기업": 2, "마을기업": 0, "자활기업": 1, "협동조합": 1},
        "workers": {"사회적기업": 7, "마을기업": 0, "자활기업": 3, "협동조합": 4},
    }


def test_agreement_progress_by_amount_and_ratio(sqlite_engine):
    with sqlite_engine.begin() as conn:
        ent = add_ent(conn, "사회적기업", date(2019, 1, 1))
        i1, i2, i3 = (conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                                   dict(name=n, kind="공공기관")).scalar_one() for n in ("가", "나", "다"))
        conn.execute(insert(schema.agreements), dict(institution_id=i1, year=2024, target_amount=10_000_000))
        conn.execute(insert(schema.agreements), dict(institution_id=i2, year=2024, target_ratio=0.05,
                                                     total_goods_services=300_000_000))
        for inst, amount, day in ((i1, 4_000_000, date(2024, 3, 1)), (i1, 2_000_000, date(2024, 12, 31)),
                                  (i1, 9_999_999, date(2023, 12, 31)), (i2, 30_000_000, date(2024, 6, 1)),
                                  (i3, 5_000_000, date(2024, 6, 1))):
            conn.execute(insert(schema.purchases), dict(
                institution_id=inst, enterprise_id=ent, purchased_on=day, amount=amount, kind="물품",
                contract_method="수의계약", created_at=NOW))
    df = stats.agreement_progress(sqlite_engine, 2024).sort("name")
    assert df["name"].to_list() == ["가", "나"]  # 다 has no agreement
    assert df["target"].to_list() == [10_000_000, 15_000_000]
    assert df["purchased"].to_list() == [6_000_000, 30_000_000]
    assert df["achievement"].to_list() == [0.6, 2.0]

"""Storage on SQLite and PostgreSQL: migrations, idempotent init, exact integers, constraints."""

import json
import subprocess
import sys
from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from sse_match.demo import learning as demo_learning
from sse_match.storage import db, schema

from .conftest import ROOT

pytestmark = pytest.mark.pg


def run_cli(*args: str, url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sse_match", *args], cwd=ROOT, capture_output=True, text=True,
                          env={"SSE_DATABASE_URL": url, "PATH": "/usr/bin:/bin"}, timeout=600)


def test_migrations_create_exactly_the_schema(engine):
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    assert diffs == []


def test_migrate_twice_is_a_no_op(engine):
    before = db.row_counts(engine)
    db.migrate(engine)
    assert db.row_counts(engine) == before
    assert db.is_initialised(engine)


def test_init_demo_twice_then_summary(db_url):
    first = run_cli("init", "--demo", "--today", "2026-11-25", url=db_url)
    assert first.returncode == 0, first.stderr
    assert "예시 데이터를 넣었습니다" in first.stdout
    assert "아이디 admin" in first.stdout and "비밀번호 demo-officer" in first.stdout
    counts = db.row_counts(db.make_engine(db_url))
    assert counts["users"] == 3 + demo_learning.SEARCHERS  # the three logins, and searchers that cannot sign in
    assert counts["enterprises"] > 403 and counts["purchases"] > 10_000
    second = run_cli("init", "--demo", url=db_url)
    assert second.returncode == 0, second.stderr
    assert "넣지 않았습니다" in second.stdout
    assert db.row_counts(db.make_engine(db_url)) == counts
    out = run_cli("summary", "--as-of", "2018-06-30", "--json", url=db_url)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == (
        '{"as_of": "2018-06-30", "enterprises": {"사회적기업": 68, "마을기업": 5, "자활기업": 14, "협동조합": 316}, '
        '"workers": {"사회적기업": 894, "마을기업": 33, "자활기업": 116, "협동조합": 210}}'
    )
    later = json.loads(run_cli("summary", "--as-of", "2022-06-30", "--json", url=db_url).stdout)
    assert set(later["enterprises"]) == {"사회적기업", "마을기업", "자활기업", "협동조합"}
    assert sum(later["workers"].values()) > 1253


def _enterprise(conn, **over) -> int:
    now = datetime(2024, 1, 1)
    row = dict(se_type="사회적기업", name="테스트", founded_on=date(2020, 1, 1), created_at=now, updated_at=now)
    row.update(over)
    return conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), row).scalar_one()


def test_money_is_exact_beyond_32_bits(engine):
    big = 98_765_432_109  # 987억원: larger than a 32-bit integer, exact to the 원
    with engine.begin() as conn:
        eid = _enterprise(conn)
        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name="기관", kind="공공기관")).scalar_one()
        conn.execute(insert(schema.purchases), dict(
            institution_id=iid, enterprise_id=eid, purchased_on=date(2024, 5, 1), amount=big, kind="물품",
            contract_method="수의계약", created_at=datetime(2024, 5, 1)))
    with engine.connect() as conn:
        got = conn.execute(select(schema.purchases.c.amount)).scalar_one()
    assert got == big and isinstance(got, int)


@pytest.mark.parametrize("bad", [
    dict(se_type="주식회사"),
    dict(placement="somewhere"),
])
def test_enterprise_constraints(engine, bad):
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _enterprise(conn, **bad)


def test_purchase_constraints_and_foreign_keys(engine):
    with engine.begin() as conn:
        eid = _enterprise(conn)
        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name="기관", kind="공공기관")).scalar_one()
    base = dict(institution_id=iid, enterprise_id=eid, purchased_on=date(2024, 5, 1), amount=1000, kind="물품",
                contract_method="수의계약", created_at=datetime(2024, 5, 1))
    for bad in (dict(amount=-5), dict(amount=0), dict(kind="기타"), dict(enterprise_id=eid + 999)):
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(insert(schema.purchases), {**base, **bad})


def test_agreement_has_exactly_one_kind_of_target(engine):
    with engine.begin() as conn:
        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name="기관", kind="공공기관")).scalar_one()
    for bad in (dict(target_amount=None, target_ratio=None), dict(target_amount=10, target_ratio=0.05)):
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(insert(schema.agreements), dict(institution_id=iid, year=2024, **bad))
    with engine.begin() as conn:
        conn.execute(insert(schema.agreements), dict(institution_id=iid, year=2024, target_ratio=0.05,
                                                     total_goods_services=1_000_000_000))


def test_unreachable_database_is_reported(tmp_path):
    eng = db.make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(db.DatabaseUnavailable):
        db.check_reachable(eng)
    empty = db.make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(db.DatabaseNotInitialised):
        db.check_reachable(empty)


def test_user_cli(db_url):
    assert run_cli("init", url=db_url).returncode == 0
    from subprocess import run as sp_run

    def user(*args, stdin=""):
        return sp_run([sys.executable, "-m", "sse_match", "user", *args], cwd=ROOT, input=stdin, text=True,
                      capture_output=True, env={"SSE_DATABASE_URL": db_url, "PATH": "/usr/bin:/bin"}, timeout=120)

    made = user("add", "--role", "admin", "--login", "kim.admin", "--password-stdin", stdin="long-enough-pw\n")
    assert made.returncode == 0, made.stderr
    dup = user("add", "--role", "admin", "--login", "kim.admin", "--password-stdin", stdin="long-enough-pw\n")
    assert dup.returncode == 2 and "이미 있는 아이디" in dup.stderr
    short = user("add", "--role", "admin", "--login", "lee.admin", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "10자 이상" in short.stderr
    no_inst = user("add", "--role", "officer", "--login", "park", "--password-stdin", stdin="long-enough-pw\n")
    assert no_inst.returncode == 2 and "소속 기관" in no_inst.stderr
    assert user("disable", "--login", "kim.admin").returncode == 0
    from sse_match.accounts import auth

    eng = db.make_engine(db_url)
    with pytest.raises(auth.AuthError):
        auth.authenticate(eng, "kim.admin", "long-enough-pw")
    assert user("enable", "--login", "kim.admin").returncode == 0
    assert user("reset-password", "--login", "kim.admin", "--password-stdin", stdin="another-pw-1\n").returncode == 0
    assert auth.authenticate(eng, "kim.admin", "another-pw-1").role == "admin"

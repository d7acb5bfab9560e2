"""Faults found by the attack pass (issue 12): each test failed before its fix."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from sqlalchemy import func, select

from sse_match import workforce as stats
from sse_match.accounts.access import SYSTEM
from sse_match.catalog.validation import ValidationFailed
from sse_match.purchases import records as purchases
from sse_match.purchases import stats as purchase_stats
from sse_match.storage import schema

from .test_purchases import NOW, biz
from .test_purchases import fx as fx  # noqa: F401  (the shared purchases fixture)

pytestmark = pytest.mark.pg


def _count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# ---- purchase amounts ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", [2**62, 10**20, "1,000,000,000,001", "99999999999999999999999999999"])
def test_amount_above_one_jo_is_refused(value):
    amount, problem = purchases.parse_amount(value)
    assert amount is None and "너무 큽니다" in problem


def test_amount_cap_is_a_setting(monkeypatch):
    assert purchases.parse_amount(10**12) == (10**12, None)
    monkeypatch.setenv("SSE_MAX_PURCHASE_AMOUNT", "5000000")
    assert purchases.parse_amount(5_000_000) == (5_000_000, None)
    assert purchases.parse_amount(5_000_001)[0] is None


def test_huge_amounts_refused_by_form_import_and_sums_stay_right(fx):
    engine, officer = fx["engine"], fx["officer"]
    before = _count(engine, schema.purchases)
    with pytest.raises(ValidationFailed) as info:
        purchases.record(engine, officer, dict(enterprise_id=fx["e1"], purchased_on=date(2025, 5, 1), amount=2**62,
                                               kind="물품"), date(2025, 12, 31), NOW)
    assert "구매금액" in str(info.value)
    raw = ("구매일자,사업자등록번호,구매금액,구분\n" + "".join(
        f"2025-05-0{k},{biz(1)},{2**62},물품\n" for k in (1, 2, 3))).encode()
    preview = purchases.preview_import(engine, officer, raw, "p.csv", date(2025, 12, 31))
    assert [e.row for e in preview.errors] == [2, 3, 4]
    assert all("너무 큽니다" in e.reason for e in preview.errors)
    assert _count(engine, schema.purchases) == before
    # the largest allowed amounts, three times: every sum stays exact and positive
    for k in (1, 2, 3):
        purchases.record(engine, officer, dict(enterprise_id=fx["e1"], purchased_on=date(2025, 5, k),
                                               amount=purchases.max_amount(), kind="물품"), date(2025, 12, 31), NOW)
    view = purchase_stats.department_view(purchase_stats.PurchaseData.load(engine), 2025)
    assert view.total == 3 * 10**12 + 12_000_000
    progress = stats.agreement_progress(engine, 2025)
    assert int(progress["purchased"].sum()) == 3 * 10**12 + 12_000_000


def test_huge_agreement_target_refused(fx):
    with pytest.raises(ValidationFailed):
        purchases.set_agreement(fx["engine"], SYSTEM, fx["i1"], 2026, target_amount=2**62)


# ---- logins -------------------------------------------------------------------------------------
def _user(engine, login="kim.officer", password="right-password"):
    from sse_match.accounts import auth

    with engine.begin() as conn:
        from sqlalchemy import insert

        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name=f"기관-{login}", kind="지방공기업")).scalar_one()
    auth.create_user(engine, SYSTEM, login=login, password=password, role="officer", institution_id=iid, now=NOW)


def _row(engine, login):
    with engine.connect() as conn:
        return conn.execute(select(schema.users).where(schema.users.c.login == login)).mappings().one()


def _parallel(engine, attempts, monkeypatch, now):
    """Run the attempts together, each verification slowed to 50 ms to widen any read-then-write window."""
    import threading
    import time

    from sse_match.accounts import auth

    real = auth._verify
    monkeypatch.setattr(auth, "_verify", lambda h, p: (time.sleep(0.05), real(h, p))[1])
    start = threading.Barrier(len(attempts))
    results: list[str] = []

    def go(password):
        start.wait()
        try:
            auth.authenticate(engine, "kim.officer", password, now)
            results.append("in")
        except auth.AuthError:
            results.append("refused")

    threads = [threading.Thread(target=go, args=(p,)) for p in attempts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_parallel_wrong_passwords_count_exactly_and_lock(engine, monkeypatch):
    from sse_match.accounts import auth

    _user(engine)
    results = _parallel(engine, ["wrong-password"] * 20, monkeypatch, NOW)
    assert results.count("refused") == 20
    row = _row(engine, "kim.officer")
    assert row["failed_attempts"] == auth.MAX_FAILURES
    assert row["locked_until"] is not None
    with engine.connect() as conn:
        locks = conn.execute(select(func.count()).select_from(schema.audit_log)
                             .where(schema.audit_log.c.action == "lock")).scalar_one()
    assert locks == 1
    with pytest.raises(auth.AuthError):
        auth.authenticate(engine, "kim.officer", "right-password", NOW)


def test_parallel_right_password_does_not_slip_past_the_lock(engine, monkeypatch):
    from sse_match.accounts import auth

    _user(engine)
    results = _parallel(engine, ["wrong-password"] * 29 + ["right-password"], monkeypatch, NOW)
    assert results.count("refused") >= 29
    assert _row(engine, "kim.officer")["locked_until"] is not None
    with pytest.raises(auth.AuthError):
        auth.authenticate(engine, "kim.officer", "right-password", NOW)


def test_client_backoff_and_admin_unlock(engine):
    from datetime import timedelta

    from sse_match.accounts import auth
    from sse_match.accounts.access import Actor, PermissionDenied

    _user(engine)
    _user(engine, "lee.officer")
    for k in range(auth.CLIENT_FREE_FAILURES + 1):  # guessing across accounts from one client
        with pytest.raises(auth.AuthError):
            auth.authenticate(engine, ("kim.officer", "lee.officer", "nobody")[k % 3], "guess-123", NOW, client="9.9.9.9")
    with pytest.raises(auth.Throttled):
        auth.authenticate(engine, "lee.officer", "right-password", NOW + timedelta(seconds=1), client="9.9.9.9")
    # another client is not held up, and the wait ends
    assert auth.authenticate(engine, "lee.officer", "right-password", NOW, client="8.8.8.8").login == "lee.officer"
    later = NOW + timedelta(seconds=auth.CLIENT_FIRST_WAIT_S + 1)
    assert auth.authenticate(engine, "lee.officer", "right-password", later, client="9.9.9.9").login == "lee.officer"
    # locking the account and the department lifting it
    for k in range(auth.MAX_FAILURES):
        with pytest.raises(auth.AuthError):
            auth.authenticate(engine, "kim.officer", "wrong-password", NOW + timedelta(seconds=10 + k))
    assert auth.locked_accounts(engine, NOW + timedelta(minutes=1)) == ["kim.officer"]
    with pytest.raises(PermissionDenied):
        auth.unlock(engine, Actor(None, "lee.officer", "officer", institution_id=1), "kim.officer")
    auth.unlock(engine, SYSTEM, "kim.officer")
    assert auth.authenticate(engine, "kim.officer", "right-password", NOW + timedelta(minutes=1)).login == "kim.officer"


# ---- database faults ----------------------------------------------------------------------------
def test_sqlite_write_lock_gives_korean_busy_error(tmp_path, monkeypatch):
    import sqlite3

    from sse_match.storage import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 0.3)
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    eng = db.make_engine(url)
    db.migrate(eng)
    holder = sqlite3.connect(tmp_path / "busy.db")
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(db.DatabaseBusy) as info:
            purchases.set_agreement(eng, SYSTEM, 1, 2026, target_amount=1_000)
        assert "잠시 후 다시 시도" in str(info.value)
    finally:
        holder.rollback()
        holder.close()


def test_newer_schema_is_refused_and_nothing_written(tmp_path):
    from sse_match import cli
    from sse_match.storage import db

    url = f"sqlite:///{tmp_path / 'newer.db'}"
    eng = db.make_engine(url)
    db.migrate(eng)
    with eng.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(db.SchemaTooNew) as info:
        db.check_reachable(eng)
    assert "새 버전(9999)" in str(info.value)
    with pytest.raises(db.SchemaTooNew):
        db.migrate(eng)
    assert cli.main(["init", "--db", url]) == 2
    with eng.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999"


def test_not_a_database_and_missing_version_are_korean(tmp_path, capsys):
    from sse_match import cli
    from sse_match.storage import db

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a text file, not sqlite" * 100)
    eng = db.make_engine(f"sqlite:///{junk}")
    with pytest.raises(db.NotADatabase):
        db.check_reachable(eng)
    assert cli.main(["init", "--db", f"sqlite:///{junk}"]) == 2
    err = capsys.readouterr().err
    assert "데이터베이스가 아닙니다" in err and "Traceback" not in err
    empty = tmp_path / "empty.db"
    eng2 = db.make_engine(f"sqlite:///{empty}")
    with eng2.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE other (x INTEGER)")
    with pytest.raises(db.DatabaseNotInitialised):
        db.check_reachable(eng2)


# ---- official lists ----------------------------------------------------------------------------
REG_HEADER = "레코드ID,기업명,기업유형,주소,주요사업,사업자등록번호,대표자,전화번호\n"


def _reg(lines: list[str]) -> bytes:
    return (REG_HEADER + "".join(line + "\n" for line in lines)).encode()


def _reg_errors(engine, lines):
    from sse_match.catalog import enterprises as registry

    before = _count(engine, schema.enterprises)
    preview = registry.preview_import(engine, _reg(lines), "list.csv")
    assert preview.errors
    with pytest.raises(ValidationFailed):
        registry.apply_import(engine, SYSTEM, preview, date(2026, 11, 25), NOW)
    assert _count(engine, schema.enterprises) == before
    return {(e.row, e.column): e.reason for e in preview.errors}


def test_official_list_duplicates_in_one_file_are_refused(engine):
    ok = f"R1,가나다,마을기업,전주시 완산구 효자로 1,도시락,{biz(11)},홍길동,063-123-4567"
    errs = _reg_errors(engine, [ok, f"R1,라마바,마을기업,전주시 덕진구 2,떡,{biz(12)},김철수,063-1"])
    assert "2행과 같습니다" in errs[(3, "파일")]
    errs = _reg_errors(engine, [ok, f"R2,라마바,마을기업,전주시 덕진구 2,떡,{biz(11)},김철수,063-1"])
    assert "사업자등록번호" in errs[(3, "파일")]
    errs = _reg_errors(engine, [ok, "R3,(주)가나다,마을기업,전라북도 전주시 완산구 효자로 1,도시락,,이몽룡,"])
    assert "기업명과 주소" in errs[(3, "파일")]


@pytest.mark.parametrize(("cell", "value", "column"), [
    (6, "가" * 150, "representative"),
    (6, "<b>홍</b>", "representative"),
    (6, '=HYPERLINK("http://evil","x")', "representative"),
    (7, "+cmd", "phone"),
    (7, "063-123\x07-4567", "phone"),
    (4, "@SUM(A1)", "main_business"),
    (4, "<script>alert(1)</script>", "main_business"),
    (1, "가나\x1b다", "enterprise_name"),
])
def test_official_list_rows_get_the_profile_forms_checks(engine, cell, value, column):
    parts = ["R9", "가나다", "마을기업", "전주시 완산구 효자로 1", "도시락", biz(21), "홍길동", "063-123-4567"]
    parts[cell] = '"' + value.replace('"', '""') + '"'
    errs = _reg_errors(engine, [",".join(parts)])
    assert (2, column) in errs, errs


def test_official_list_number_owned_by_another_enterprise(engine):
    from sse_match.catalog import enterprises as registry

    registry.apply_import(engine, SYSTEM, registry.preview_import(engine, _reg(
        [f"R1,가나다,마을기업,전주시 완산구 효자로 1,도시락,{biz(31)},홍길동,063-123-4567",
         f"R2,라마바,마을기업,전주시 덕진구 9,떡,{biz(32)},김철수,063-1"]), "a.csv"), date(2026, 11, 25), NOW)
    errs = _reg_errors(engine, [f"R2,라마바,마을기업,전주시 덕진구 9,떡,{biz(31)},김철수,063-1"])
    assert "이미 등록된" in errs[(2, "biz_no")]


def test_officers_file_with_unknown_institution_is_refused(fx):
    raw = (f"기관명,구매일자,사업자등록번호,구매금액,구분\n전주시설공단,2025-05-01,{biz(1)},1000,물품\n"
           f"없는기관,2025-05-02,{biz(1)},2000,물품\n").encode()
    preview = purchases.preview_import(fx["engine"], fx["officer"], raw, "p.csv", date(2025, 12, 31))
    assert [(e.row, e.column) for e in preview.errors] == [(3, "institution")]
    assert "없는기관" in preview.errors[0].reason


def test_purchases_file_with_two_amount_columns_is_refused(fx):
    raw = f"구매일자,사업자등록번호,구매금액,구매금액,구분\n2025-05-01,{biz(1)},1000,9000000,물품\n".encode()
    preview = purchases.preview_import(fx["engine"], fx["officer"], raw, "p.csv", date(2025, 12, 31))
    assert len(preview.errors) == 1 and "구매금액" in preview.errors[0].reason


# ---- purchase views after a write -------------------------------------------------------------
def test_purchase_cache_appends_new_rows_and_reloads_after_corrections(fx):
    from sqlalchemy import insert

    engine, officer = fx["engine"], fx["officer"]
    cache = purchase_stats.PurchaseCache()
    first = cache.get(engine, purchases.purchases_version(engine))
    assert first.purchases.height == 5
    pid = purchases.record(engine, officer, dict(enterprise_id=fx["e1"], purchased_on=date(2025, 7, 1), amount=777,
                                                 kind="물품"), date(2025, 12, 31), NOW)
    second = cache.get(engine, purchases.purchases_version(engine))
    assert second.purchases.height == 6 and second.watermark == pid
    assert second.purchases.filter(pl.col("id") == pid)["amount"].to_list() == [777]
    assert purchase_stats.department_view(second, 2025).total == 12_000_000 + 777
    # a correction changes an old row: the views reload in full
    purchases.correct(engine, officer, pid, dict(purchased_on=date(2025, 7, 1), amount=888, kind="물품"), 1,
                      date(2025, 12, 31), NOW)
    third = cache.get(engine, purchases.purchases_version(engine))
    assert third.purchases.filter(pl.col("id") == pid)["amount"].to_list() == [888]
    # a row committed below the watermark (PostgreSQL sequences are not commit-ordered) is still found;
    # SQLite assigns ids in commit order, so there it cannot happen and is not checked
    if engine.dialect.name == "sqlite":
        purchases.remove(engine, officer, pid, 2, NOW)
        assert pid not in cache.get(engine, purchases.purchases_version(engine)).purchases["id"].to_list()
        return
    row = dict(institution_id=fx["i1"], enterprise_id=fx["e1"], purchased_on=date(2025, 8, 1), kind="물품",
               contract_method="기타", created_at=NOW)
    for offset, amount in ((1000, 998), (500, 999)):  # id +1000 commits first, then id +500
        with engine.begin() as conn:
            conn.execute(insert(schema.purchases).values(id=pid + offset, amount=amount, **row))
            purchases.bump_purchases_version(conn)
        assert amount in cache.get(engine, purchases.purchases_version(engine)).purchases["amount"].to_list()
    fourth = cache.get(engine, purchases.purchases_version(engine))
    assert fourth.purchases.height == 8 and {998, 999} <= set(fourth.purchases["amount"].to_list())
    purchases.remove(engine, officer, pid, 2, NOW)
    fifth = cache.get(engine, purchases.purchases_version(engine))
    assert pid not in fifth.purchases["id"].to_list() and fifth.purchases.height == 7

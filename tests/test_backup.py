"""Backups while the app writes, and restores that refuse to overwrite data, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import threading
from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from sse_match import cli
from sse_match.accounts.access import SYSTEM
from sse_match.purchases import records as purchases
from sse_match.storage import backup, db, schema

pytestmark = pytest.mark.pg
NOW = datetime(2026, 11, 25, 10)
TODAY = date(2026, 11, 25)
_n = itertools.count()


def _fresh(db_url: str, request) -> str:
    if db_url.startswith("sqlite"):
        return db_url.replace("test.db", f"restored{next(_n)}.db")
    return request.getfixturevalue("pg_cluster").create_database(f"restored{next(_n)}")


def _seed(engine) -> tuple[int, int]:
    with engine.begin() as conn:
        eid = conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
            se_type="마을기업", name="백업식당", founded_on=TODAY, created_at=NOW, updated_at=NOW)).scalar_one()
        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name="백업기관", kind="지방공기업")).scalar_one()
    return eid, iid


def _audit(engine) -> list[tuple]:
    a = schema.audit_log.c
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(a.id, a.action, a.table_name, a.record_id).order_by(a.id))]


def test_backup_during_writes_restores_a_consistent_copy(engine, db_url, request, tmp_path):
    eid, iid = _seed(engine)
    stop = threading.Event()
    written = []

    def writer():
        k = 0
        while not stop.is_set() and k < 400:
            k += 1
            written.append(purchases.record(engine, SYSTEM, dict(institution_id=iid, enterprise_id=eid,
                                                                 purchased_on=TODAY, amount=1000 + k, kind="물품"),
                                            TODAY, NOW))

    t = threading.Thread(target=writer)
    t.start()
    while len(written) < 20:
        pass
    out = tmp_path / "during.bak"
    result = backup.backup(engine, out)
    stop.set()
    t.join()
    assert out.stat().st_size > 0 and result["rows_before"]["purchases"] >= 20
    target = db.make_engine(_fresh(db_url, request))
    restored = backup.restore(target, out)["rows"]
    # a consistent snapshot: every purchase has its audit row (same transaction), nothing half-written
    creates = [r for r in _audit(target) if r[1] == "create" and r[2] == "purchases"]
    assert restored["purchases"] == len(creates) >= result["rows_before"]["purchases"]
    assert restored["purchases"] <= len(written)
    # after the writes: an exact copy, audit log included
    final = tmp_path / "after.bak"
    backup.backup(engine, final)
    other = db.make_engine(_fresh(db_url, request))
    assert backup.restore(other, final)["rows"] == db.row_counts(engine)
    assert _audit(other) == _audit(engine)
    target.dispose()
    other.dispose()


def test_restore_refuses_non_empty_database_without_force(engine, db_url, tmp_path, capsys):
    _seed(engine)
    out = tmp_path / "b.bak"
    assert cli.main(["backup", str(out), "--db", db_url]) == 0
    before = db.row_counts(engine)
    with engine.begin() as conn:
        conn.execute(insert(schema.institutions).values(name="나중기관", kind="기타"))
    assert cli.main(["restore", str(out), "--db", db_url]) == 2
    assert "--force" in capsys.readouterr().err
    assert db.row_counts(engine)["institutions"] == before["institutions"] + 1
    engine.dispose()
    assert cli.main(["restore", str(out), "--db", db_url, "--force"]) == 0
    assert db.row_counts(db.make_engine(db_url)) == before
    assert cli.main(["backup", str(out), "--db", db_url]) == 2  # never overwrites a backup file
    junk = tmp_path / "junk.bak"
    junk.write_bytes(b"nothing")
    assert cli.main(["restore", str(junk), "--db", db_url, "--force"]) == 2
    assert "백업 파일이 아닙니다" in capsys.readouterr().err

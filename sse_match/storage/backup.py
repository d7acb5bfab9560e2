"""`python -m sse_match backup OUT` and `restore IN`: consistent copies while the app runs.

SQLite uses its online backup API (a consistent snapshot even while replicas write); PostgreSQL uses
`pg_dump` (custom format, one snapshot) and `pg_restore`. A restore never overwrites a database that
already holds data unless it is forced, and refuses a backup made by a newer version of the app.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from sse_match.errors import UserError
from sse_match.storage import db, pgcluster

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
PAGES_PER_STEP = 1024  # copy in steps so writers are never blocked for long


class BackupProblem(UserError):
    """A backup or restore that cannot be done; the message is Korean."""


def _sqlite_path(engine: Engine) -> Path:
    return Path(engine.url.database or "")


def _libpq_url(engine: Engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_tool(name: str) -> str:
    found = pgcluster.find_bin()
    path = (found / name) if found and (found / name).exists() else shutil.which(name)
    if not path:
        raise BackupProblem(f"{name} 프로그램을 찾을 수 없습니다 (apt-get install postgresql-client).")
    return str(path)


def backup(engine: Engine, out: Path) -> dict[str, Any]:
    out = Path(out)
    if out.exists():
        raise BackupProblem(f"이미 있는 파일입니다: {out}. 다른 이름을 정해 주세요.")
    db.check_reachable(engine)
    counts = db.row_counts(engine)
    if engine.dialect.name == "sqlite":
        src = sqlite3.connect(_sqlite_path(engine), timeout=db.BUSY_TIMEOUT_S)
        dst = sqlite3.connect(out)
        try:
            src.backup(dst, pages=PAGES_PER_STEP)
        finally:
            dst.close()
            src.close()
    else:
        proc = subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={out}",
                               f"--dbname={_libpq_url(engine)}"], capture_output=True, text=True)
        if proc.returncode != 0:
            out.unlink(missing_ok=True)
            raise BackupProblem(f"pg_dump이 실패했습니다: {proc.stderr.strip()[:500]}")
    return {"file": str(out), "bytes": out.stat().st_size, "rows_before": counts}


def _is_empty(engine: Engine) -> bool:
    if db.stamped_revision(engine) is None:
        return True
    return sum(db.row_counts(engine).values()) == 0


def restore(engine: Engine, source: Path, force: bool = False) -> dict[str, Any]:
    source = Path(source)
    if not source.is_file():
        raise BackupProblem(f"백업 파일을 찾을 수 없습니다: {source}")
    head = source.read_bytes()[:16]
    kind = "sqlite" if head.startswith(SQLITE_MAGIC) else "pg" if head.startswith(PGDUMP_MAGIC) else None
    if kind is None:
        raise BackupProblem("백업 파일이 아닙니다 (SQLite 파일이나 pg_dump 파일이 아님).")
    if (kind == "sqlite") != (engine.dialect.name == "sqlite"):
        raise BackupProblem("백업과 대상 데이터베이스의 종류가 다릅니다 (SQLite ↔ PostgreSQL).")
    if kind == "sqlite":  # refuse a backup from a newer app before touching the target
        db.check_schema_version(db.make_engine(f"sqlite:///{source}"))
    if not force and not _is_empty(engine):
        raise BackupProblem("대상 데이터베이스에 이미 자료가 있습니다. 덮어쓰려면 --force를 붙여 주세요.")
    engine.dispose()
    if kind == "sqlite":
        src = sqlite3.connect(source)
        dst = sqlite3.connect(_sqlite_path(engine), timeout=db.BUSY_TIMEOUT_S)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    else:
        proc = subprocess.run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
                               f"--dbname={_libpq_url(engine)}", str(source)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise BackupProblem(f"pg_restore가 실패했습니다 (아무것도 바뀌지 않았습니다): {proc.stderr.strip()[:500]}")
        db.check_schema_version(engine)
    return {"rows": db.row_counts(engine)}


def cmd_backup(args) -> int:
    import json
    import sys

    engine = db.make_engine(args.db)
    try:
        result = backup(engine, Path(args.out))
    except (BackupProblem, db.DatabaseUnavailable, db.DatabaseBusy) as exc:
        print(f"오류: {exc if type(exc) is not db.DatabaseUnavailable else '데이터베이스를 쓸 수 없습니다.'}",
              file=sys.stderr)
        return 2
    print(f"백업했습니다: {result['file']} ({result['bytes']:,}바이트)", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def cmd_restore(args) -> int:
    import sys

    engine = db.make_engine(args.db)
    try:
        result = restore(engine, Path(args.source), force=args.force)
    except (BackupProblem, db.SchemaTooNew, db.NotADatabase, db.DatabaseBusy) as exc:
        print(f"오류: {exc}", file=sys.stderr)
        return 2
    print("복원했습니다: " + ", ".join(f"{k} {v:,}" for k, v in result["rows"].items() if v))
    return 0


def add_parsers(sub) -> None:
    s = sub.add_parser("backup", help="운영 중에도 일관된 백업을 만듭니다 (SQLite 온라인 백업 또는 pg_dump)")
    s.add_argument("out", help="만들 백업 파일")
    s.add_argument("--db", help="데이터베이스 URL")
    s.set_defaults(func=cmd_backup)
    s = sub.add_parser("restore", help="백업에서 복원합니다 (자료가 있는 데이터베이스는 --force가 있어야 덮어씀)")
    s.add_argument("source", help="백업 파일")
    s.add_argument("--db", help="데이터베이스 URL")
    s.add_argument("--force", action="store_true", help="자료가 있어도 덮어씁니다")
    s.set_defaults(func=cmd_restore)


"""Engine creation and schema migration.

SQLite gets WAL and foreign keys on every connection; PostgreSQL is reached through a
`postgresql+psycopg://` URL so several app replicas can share one database.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import polars as pl
from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Select,
    String,
    cast,
    create_engine,
    event,
    exists,
    func,
    insert,
    inspect,
    select,
    update,
)

from sse_match.config import database_url
from sse_match.errors import DatabaseNotInitialised, DatabaseUnavailable, UserError
from sse_match.storage import schema
from sse_match.text import DB_BUSY, DB_NEWER, DB_NOT_A_DATABASE

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(DatabaseUnavailable):
    """The database was migrated by a newer version of the app: refuse to write to it."""


class NotADatabase(DatabaseUnavailable):
    """The SQLite file is not a database, or has no alembic_version."""


class DatabaseBusy(UserError):
    """SQLite stayed write-locked by another writer past the busy timeout; the message is Korean."""


# How long a SQLite write waits for another writer before the user is told to try again in a moment.
BUSY_TIMEOUT_S = 10.0


def _is_locked(exc: BaseException) -> bool:
    return "database is locked" in str(exc) or "database table is locked" in str(exc)


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

        @event.listens_for(engine, "handle_error")
        def _busy(ctx):  # a raw "database is locked" becomes a Korean "잠시 후 다시 시도"
            if _is_locked(ctx.original_exception):

                raise DatabaseBusy(DB_BUSY) from ctx.original_exception

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - exercised by every SQLite test
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    """Every revision this version of the app ships (read once per process: checked on every rerun)."""
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions())


def stamped_revision(engine: Engine) -> str | None:
    """The alembic_version of the database; NotADatabase when the file is not one."""
    try:
        if not inspect(engine).has_table("alembic_version"):
            return None
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DatabaseBusy:
        raise
    except Exception as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):

            raise NotADatabase(DB_NOT_A_DATABASE) from exc
        raise


def check_schema_version(engine: Engine) -> None:
    """Refuse a database stamped by a newer app: its revision is unknown here."""
    found = stamped_revision(engine)
    if found is not None and found not in known_revisions():

        raise SchemaTooNew(DB_NEWER.format(found=found))


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision (idempotent); refuses a newer database."""
    check_schema_version(engine)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table, for idempotency checks and the CLI."""
    with engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in schema.metadata.sorted_tables
        }


def check_reachable(engine: Engine) -> None:
    """Raise DatabaseUnavailable with the cause when the app cannot use the database."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        if stamped_revision(engine) is None:
            raise DatabaseNotInitialised()
        check_schema_version(engine)
    except DatabaseUnavailable:
        raise
    except Exception as exc:  # any driver error means: not usable now
        if "not a database" in str(exc):

            raise NotADatabase(DB_NOT_A_DATABASE) from exc
        raise DatabaseUnavailable(str(exc)) from exc


def bump_counter(conn: Connection, key: str) -> None:
    """Add one to a counter in app_meta inside the caller's transaction (atomic across app replicas).
    Caches key on these counters, so every write that changes what a page shows bumps one."""
    m = schema.meta
    done = conn.execute(update(m).where(m.c.key == key).values(value=cast(cast(m.c.value, Integer) + 1, String)))
    if done.rowcount == 0:
        conn.execute(insert(m).values(key=key, value="1"))


def counter(engine: Engine, key: str) -> int:
    with engine.connect() as conn:
        v = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).scalar()
    return int(v or 0)


def read_frame(conn: Connection, stmt: Select, schema_overrides: Mapping[str, pl.DataType | type[pl.DataType]] | None = None
               ) -> pl.DataFrame:
    """Run a Core select into polars; SQLAlchemy's types give real dates on SQLite too."""
    return pl.read_database(stmt, conn, schema_overrides=schema_overrides, infer_schema_length=None)


def has_demo_data(engine: Engine) -> bool:
    """Whether any row is labelled as synthetic demo data (the UI then shows the 예시 데이터 badge)."""
    with engine.connect() as conn:
        return bool(conn.execute(select(exists().where(schema.enterprises.c.is_demo))).scalar())

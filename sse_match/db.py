"""Engine creation and schema migration.

SQLite gets WAL and foreign keys on every connection; PostgreSQL is reached through a
`postgresql+psycopg://` URL so several app replicas can share one database.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    String,
    cast,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)

from . import schema
from .config import database_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseUnavailable(RuntimeError):
    """The configured database cannot be reached or is not initialised."""


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

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


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision (idempotent)."""
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
        if not is_initialised(engine):
            raise DatabaseUnavailable("schema missing")
    except DatabaseUnavailable:
        raise
    except Exception as exc:  # any driver error means: not usable now
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

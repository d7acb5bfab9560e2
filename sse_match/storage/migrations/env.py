"""Alembic environment: runs on the connection handed over by sse_match.db.migrate."""

from alembic import context
from sqlalchemy import create_engine

from sse_match.storage.schema import metadata

config = context.config


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _configure_and_run(conn)
    else:
        _configure_and_run(conn)


def _configure_and_run(conn) -> None:
    context.configure(
        connection=conn,
        target_metadata=metadata,
        render_as_batch=conn.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()

"""Engines from the URLs users write: ``sqlite:///path`` and ``postgresql://...``; the store picks the drivers.

The hot path runs a synchronous engine in a worker thread: for small transactions it beat the
async drivers 3.5x on this kind of machine (FACTS.md), and SQLite has no real async I/O anyway.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool


def normalize_url(url: str) -> str:
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        return str(u.set(drivername="sqlite+pysqlite"))
    if backend in {"postgresql", "postgres"}:
        return u.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    raise ValueError(
        f"unsupported database URL scheme {u.drivername!r}: use sqlite:///path or postgresql://..."
    )


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    real = normalize_url(url)
    if is_sqlite(real):
        u = make_url(real)
        if u.database and u.database != ":memory:":
            from pathlib import Path

            Path(u.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            real,
            poolclass=NullPool if u.database in (None, "", ":memory:") else None,
            connect_args={"timeout": 30},
            **kwargs,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(real, pool_pre_ping=True, pool_size=2, max_overflow=2, **kwargs)

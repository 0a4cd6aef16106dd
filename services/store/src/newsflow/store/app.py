"""Composition root of the store service."""

from __future__ import annotations

import asyncio
from typing import Any

from faststream import FastStream
from sqlalchemy import text

from newsflow.shared.consumer import create_groups, recover_pending, subscribe_batches
from newsflow.shared.http import http_side
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import pipeline_state
from newsflow.shared.service import make_broker, service_app
from newsflow.shared.streams import ENRICHED, STORE_GROUP
from newsflow.store import migrate
from newsflow.store.api import mount_read_api
from newsflow.store.db import is_sqlite, make_engine
from newsflow.store.handlers import StoreHandler, database_outage
from newsflow.store.settings import StoreSettings

log = get_logger("newsflow.store")


class SchemaNotReady(RuntimeError):
    pass


def create_app(settings: StoreSettings | None = None) -> FastStream:
    settings = settings or StoreSettings()
    broker = make_broker(settings)
    app = service_app(broker, settings, "store")
    engine = make_engine(settings.database_url)
    handler = StoreHandler(engine)

    def _database_answers() -> bool:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True

    side = http_side(app)
    side.add_check("database", lambda: asyncio.to_thread(_database_answers))

    async def _pipeline() -> tuple[list[dict[str, Any]], int]:
        if side.redis is None:
            raise RuntimeError("HTTP side not started")
        return await pipeline_state(side.redis)

    mount_read_api(side.api, engine, _pipeline)
    consumer = subscribe_batches(
        app,
        broker,
        stream=ENRICHED,
        group=STORE_GROUP,
        settings=settings,
        process=handler,
        stage="store",
        is_outage=database_outage,
    )

    @app.on_startup
    async def _prepare() -> None:
        auto = (
            settings.auto_migrate if settings.auto_migrate is not None else is_sqlite(settings.database_url)
        )
        if auto:
            migrate.upgrade(engine)
        current, head = migrate.current(engine), migrate.head()
        if current != head:
            raise SchemaNotReady(
                f"database schema is at {current}, the store needs {head}: run `newsflow db upgrade`"
            )
        log.info("store.ready", database=engine.url.render_as_string(hide_password=True), schema=current)
        await create_groups(settings.redis, [(ENRICHED, STORE_GROUP)])
        # before the subscriber starts: what this consumer held when it stopped is finished first,
        # and never at the same time as the subscriber handles it
        await recover_pending(consumer)

    @app.after_shutdown
    async def _close() -> None:
        log.info("store.stopped", stored=handler.stored)
        engine.dispose()

    return app

"""Composition root of the enrich worker (scale it out: every replica joins the same consumer group)."""

from __future__ import annotations

import time
from typing import Any

from faststream import FastStream
from newsflow.enrich.handlers import EnrichHandler
from newsflow.enrich.pipeline import Pipeline
from newsflow.enrich.settings import EnrichSettings
from newsflow.shared.consumer import create_groups, make_broker, process_own_pending, subscribe_batches
from newsflow.shared.health import Heartbeat
from newsflow.shared.logs import get_logger
from newsflow.shared.streams import ENRICH_GROUP, ENRICHED, RAW, STORE_GROUP
from redis.asyncio import Redis

log = get_logger("newsflow.enrich")


class _LazyHandler:
    """Models load in on_startup, not at import or app creation."""

    def __init__(self) -> None:
        self.inner: EnrichHandler | None = None

    async def __call__(self, redis, entries):  # type: ignore[no-untyped-def]
        assert self.inner is not None, "enrich handler used before startup"
        await self.inner(redis, entries)


async def _recover_pending(settings: Any, handler: Any, stream: str, group: str) -> None:
    redis = Redis.from_url(settings.redis)
    try:
        n = await process_own_pending(
            redis, stream, group, settings.consumer_name, settings.batch_size, handler
        )
    finally:
        await redis.aclose()
    if n:
        log.info("enrich.recovered_pending", entries=n)


def create_app(settings: EnrichSettings | None = None) -> FastStream:
    settings = settings or EnrichSettings()
    broker = make_broker(settings)
    app = FastStream(broker, logger=None)
    heartbeat = Heartbeat()

    @app.after_startup
    async def _alive() -> None:
        heartbeat.start()

    @app.on_shutdown
    async def _not_alive() -> None:
        await heartbeat.stop()

    handler = _LazyHandler()
    subscribe_batches(
        broker, stream=RAW, group=ENRICH_GROUP, settings=settings, process=handler, stage="enrich"
    )

    @app.on_startup
    async def _load() -> None:
        started = time.perf_counter()
        handler.inner = EnrichHandler(Pipeline(settings.stages))
        log.info(
            "enrich.ready",
            enricher=handler.inner.pipeline.enricher.version,
            load_s=round(time.perf_counter() - started, 2),
            consumer=settings.consumer_name,
        )
        # the enriched stream's store group too: what enrich publishes is never missed by the store
        await create_groups(settings.redis, [(RAW, ENRICH_GROUP), (ENRICHED, STORE_GROUP)])
        # before the subscriber starts: what this consumer held when it stopped is finished first,
        # and never at the same time as the subscriber handles it
        await _recover_pending(settings, handler, RAW, ENRICH_GROUP)

    @app.after_shutdown
    async def _bye() -> None:
        log.info("enrich.stopped", enriched=handler.inner.enriched if handler.inner else 0)

    return app

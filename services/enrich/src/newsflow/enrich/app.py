"""Composition root of the enrich worker (scale it out: every replica joins the same consumer group)."""

from __future__ import annotations

import time

from faststream import FastStream
from redis.asyncio import Redis

from newsflow.enrich.handlers import EnrichHandler
from newsflow.enrich.pipeline import Pipeline, compiled_modules
from newsflow.enrich.settings import EnrichSettings
from newsflow.shared.consumer import Failures, create_groups, recover_pending, subscribe_batches
from newsflow.shared.http import http_side
from newsflow.shared.logs import get_logger
from newsflow.shared.service import make_broker, service_app
from newsflow.shared.streams import ENRICH_GROUP, ENRICHED, RAW, STORE_GROUP
from newsflow.shared.wire import Entry

log = get_logger("newsflow.enrich")


class _LazyHandler:
    """Models load in on_startup, not at import or app creation."""

    def __init__(self) -> None:
        self.inner: EnrichHandler | None = None

    async def __call__(self, redis: Redis, entries: list[Entry]) -> Failures:
        assert self.inner is not None, "enrich handler used before startup"
        return await self.inner(redis, entries)


def create_app(settings: EnrichSettings | None = None) -> FastStream:
    settings = settings or EnrichSettings()
    broker = make_broker(settings)
    app = service_app(broker, settings, "enrich")
    handler = _LazyHandler()
    http_side(app).add_check("models", lambda: handler.inner is not None)
    consumer = subscribe_batches(
        app, broker, stream=RAW, group=ENRICH_GROUP, settings=settings, process=handler, stage="enrich"
    )

    @app.on_startup
    async def _load() -> None:
        started = time.perf_counter()
        handler.inner = EnrichHandler(Pipeline(settings.stages, settings.recognizer))
        log.info(
            "enrich.ready",
            enricher=handler.inner.pipeline.enricher.version,
            load_s=round(time.perf_counter() - started, 2),
            consumer=settings.consumer_name,
            compiled=",".join(compiled_modules()) or "none",
        )
        # the enriched stream's store group too: what enrich publishes is never missed by the store
        await create_groups(settings.redis, [(RAW, ENRICH_GROUP), (ENRICHED, STORE_GROUP)])
        # before the subscriber starts: what this consumer held when it stopped is finished first,
        # and never at the same time as the subscriber handles it
        await recover_pending(consumer)

    @app.after_shutdown
    async def _bye() -> None:
        log.info("enrich.stopped", enriched=handler.inner.enriched if handler.inner else 0)

    return app

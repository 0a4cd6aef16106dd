"""Composition root of the ingest service: nothing connects or reads the environment at import time."""

from __future__ import annotations

import asyncio
import contextlib

from faststream import FastStream
from redis.asyncio import Redis

from newsflow.ingest.settings import IngestSettings
from newsflow.ingest.worker import InboxWorker
from newsflow.shared import inbox, redisconn
from newsflow.shared.consumer import create_groups
from newsflow.shared.http import http_side
from newsflow.shared.logs import get_logger
from newsflow.shared.metrics import INBOX
from newsflow.shared.service import add_health_check, make_broker, service_app
from newsflow.shared.streams import ENRICH_GROUP, RAW

log = get_logger("newsflow.ingest")


def create_app(settings: IngestSettings | None = None) -> FastStream:
    settings = settings or IngestSettings()
    broker = make_broker(settings)
    app = service_app(broker, settings, "ingest")
    stop = asyncio.Event()
    state: dict[str, object] = {}

    async def _inbox_metrics(_: Redis) -> None:
        for name, n in (await asyncio.to_thread(inbox.counts, settings.inbox)).items():
            INBOX.labels(state=name).set(n)

    http_side(app).refreshers.append(_inbox_metrics)

    @app.on_startup
    async def _groups() -> None:
        # the raw stream's enrich group exists from the start, so nothing ingest publishes is missed
        await create_groups(settings.redis, [(RAW, ENRICH_GROUP)])

    @app.after_startup
    async def _start() -> None:
        redis = redisconn.client(settings.redis)
        worker = InboxWorker(settings, redis)
        state["redis"], state["worker"] = redis, worker
        add_health_check(app, lambda: worker.available)
        state["task"] = asyncio.create_task(worker.run(stop), name="inbox")

    @app.on_shutdown
    async def _drain() -> None:
        stop.set()  # finish the file in hand, take no new one
        task = state.get("task")
        if isinstance(task, asyncio.Task):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        redis = state.get("redis")
        if isinstance(redis, Redis):
            await redis.aclose()
        worker = state.get("worker")
        if isinstance(worker, InboxWorker):
            log.info("ingest.stopped", files_done=worker.files_done, files_failed=worker.files_failed)

    return app

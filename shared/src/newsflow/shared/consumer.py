"""Batch consumption of a newsflow stream through a consumer group, shared by enrich and store.

The service supplies one coroutine, ``process(redis, entries)``, which makes the batch's effect durable
and acknowledges what it finished (normally with :func:`newsflow.shared.wire.commit_batch`). If it
raises, nothing is acknowledged: the entries stay pending in the group and are delivered again
(to this consumer when it restarts, or by the reclaimer of any replica once idle: see ``reclaim``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from faststream import AckPolicy, FastStream
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.annotations import Redis, RedisBatchStreamMessage
from redis.asyncio import Redis as RedisClient

from newsflow.shared.logs import get_logger
from newsflow.shared.reclaim import Reclaimer
from newsflow.shared.settings import ServiceSettings
from newsflow.shared.wire import Entry, ensure_group, to_entry

Process = Callable[[RedisClient, list[Entry]], Awaitable[None]]

log = get_logger(__name__)


async def _raw_batch(message: Mapping[str, Any], original: Callable[[Any], Awaitable[Any]]) -> Any:
    """Hand the batch over as read. FastStream's own parser would decode every entry, JSON-encode the
    whole batch and decode it again for a ``body`` argument (two passes over ~1 MB per batch the handler
    never uses: it reads the raw entries). So the original parser builds the message from an empty
    batch (binding the consumer and group as usual) and the entries are attached as they came."""
    parsed = await original({**message, "data": []})
    parsed.raw_message = message
    return parsed


async def _no_body(_: Any) -> None:
    return None


def entries_of(msg: Any) -> list[Entry]:
    raw = msg.raw_message
    return [to_entry(i, fields) for i, fields in zip(raw["message_ids"], raw["data"], strict=True)]


async def create_groups(redis_url: str, pairs: Sequence[tuple[str, str]]) -> None:
    """Create each (stream, group) at id 0 before any subscriber starts (FastStream would use ``$``)."""
    client = RedisClient.from_url(redis_url)
    try:
        for stream, group in pairs:
            if await ensure_group(client, stream, group):
                log.info("group.created", stream=stream, group=group, start_id="0")
    finally:
        await client.aclose()


async def recover_pending(
    settings: ServiceSettings, stream: str, group: str, process: Process, stage: str
) -> int:
    """Finish this consumer's own pending entries; call it before the subscriber starts (on_startup)."""
    redis = RedisClient.from_url(settings.redis)
    try:
        n = await process_own_pending(
            redis, stream, group, settings.consumer_name, settings.batch_size, process
        )
    finally:
        await redis.aclose()
    if n:
        log.info(f"{stage}.recovered_pending", stream=stream, entries=n)
    return n


async def process_own_pending(
    redis: RedisClient, stream: str, group: str, consumer: str, batch: int, process: Process
) -> int:
    """Re-deliver this consumer's own pending entries (left by a crash) before reading new ones.

    FastStream only reads new entries (``>``); a consumer restarted under the same name would
    otherwise never see what it had been given before it died.
    """
    done = 0
    last = "0"
    while True:
        resp = await redis.xreadgroup(group, consumer, {stream: last}, count=batch)
        if not resp:
            return done
        _, items = resp[0]
        if not items:
            return done
        entries = [to_entry(i, f) for i, f in items if f is not None]
        gone = [i for i, f in items if f is None]  # deleted or trimmed while pending: nothing to process
        if gone:
            await redis.xack(stream, group, *gone)
        last = entries[-1].id if entries else to_entry(items[-1][0], {}).id
        if entries:
            await process(redis, entries)
            done += len(entries)


def subscribe_batches(
    app: FastStream,
    broker: RedisBroker,
    *,
    stream: str,
    group: str,
    settings: ServiceSettings,
    process: Process,
    stage: str,
) -> None:
    """Register a batch subscriber (up to ``settings.batch_size`` entries per read, manual ack)."""
    sub = StreamSub(
        stream,
        group=group,
        consumer=settings.consumer_name,
        batch=True,
        max_records=settings.batch_size,
        polling_interval=settings.poll_ms,
        declare=False,
    )

    lock = asyncio.Lock()

    async def serialized(redis: RedisClient, entries: list[Entry]) -> None:
        async with lock:  # the subscriber and the reclaimer take turns
            await process(redis, entries)

    reclaimer = Reclaimer(settings, stream, group, serialized, stage)
    app.after_startup(reclaimer.start)
    app.on_shutdown(reclaimer.stop)

    @broker.subscriber(
        stream=sub,
        ack_policy=AckPolicy.MANUAL,
        title=f"{stage}:{stream}",
        parser=_raw_batch,
        decoder=_no_body,
    )
    async def handle(body: Any, msg: RedisBatchStreamMessage, redis: Redis) -> None:
        entries = entries_of(msg)
        started = time.perf_counter()
        try:
            await serialized(redis, entries)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the batch stays pending and will be delivered again
            log.error(
                f"{stage}.batch_failed",
                stream=stream,
                entries=len(entries),
                first_id=entries[0].id if entries else None,
                error=f"{type(exc).__name__}: {exc}",
                exc_info=True,
            )
            return
        log.debug(f"{stage}.batch", entries=len(entries), ms=round((time.perf_counter() - started) * 1000, 2))

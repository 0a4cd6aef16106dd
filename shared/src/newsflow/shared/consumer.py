"""Batch consumption of a newsflow stream through a consumer group, shared by enrich and store.

The service supplies one coroutine, ``process(redis, entries)``, which makes the batch's effect durable
and acknowledges what it finished (normally with :func:`newsflow.shared.wire.commit_batch`). It returns
the entries it could not process, each with its error; those stay pending.

What happens to a batch that does not go through:

- a dependency is unavailable (Redis or the database unreachable, SQLite locked): not the messages'
  fault, so the batch stays in hand and is retried with back-off until the dependency is back; nothing
  is redelivered and no delivery is counted (new reads wait meanwhile: back-pressure);
- a message fails for its own sake: it stays pending, its error is kept in Redis, and the reclaimer
  (``reclaim``) retries it once idle, then dead-letters it after ``NEWSFLOW_MAX_DELIVERIES``;
- the process dies: its pending entries are finished when it restarts under the same name, or taken
  over by any live replica once idle.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, cast

from faststream import AckPolicy, FastStream
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.annotations import Redis, RedisBatchStreamMessage
from redis.asyncio import Redis as RedisClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from newsflow.shared import redisconn
from newsflow.shared.logs import get_logger
from newsflow.shared.settings import ServiceSettings
from newsflow.shared.wire import Entry, ensure_group, to_entry

Failures = Sequence[tuple[Entry, BaseException]]
Process = Callable[[RedisClient, list[Entry]], Awaitable[Failures | None]]
IsOutage = Callable[[BaseException], bool]

ERRORS_TTL_S = 7 * 24 * 3600
MAX_BACKOFF_S = 30.0

log = get_logger(__name__)


def redis_outage(exc: BaseException) -> bool:
    """Errors that say Redis (or the network) is away, not that the message is bad."""
    return isinstance(exc, RedisConnectionError | RedisTimeoutError | ConnectionError | TimeoutError)


def errors_key(stream: str, group: str) -> str:
    """The hash of the last error of each entry that failed in ``group``: any replica can quote it."""
    return f"newsflow:errors:{stream}:{group}"  # on a cluster, the stream's hash tag picks the slot


class BatchConsumer:
    """Runs ``process`` on batches, one at a time, with the failure handling described above."""

    def __init__(
        self,
        settings: ServiceSettings,
        stream: str,
        group: str,
        process: Process,
        stage: str,
        is_outage: IsOutage = redis_outage,
    ) -> None:
        self.settings = settings
        self.stream = stream
        self.group = group
        self.process = process
        self.stage = stage
        self.is_outage = is_outage
        self.lock = asyncio.Lock()
        self.stopping = asyncio.Event()
        self.available = True  # False while a dependency is down (health reports it)

    async def run(self, redis: RedisClient, entries: list[Entry]) -> None:
        async with self.lock:  # the subscriber, start-up recovery and the reclaimer take turns
            await self.run_locked(redis, entries)

    async def _keep_alive(self, redis: RedisClient, ids: list[str]) -> None:
        """Reset the idle time of the entries in hand (XCLAIM JUSTID counts no delivery), so that no
        replica's reclaimer takes them while this one is still working on them or waiting out an outage."""
        period = max(0.05, self.settings.claim_idle_ms / 3000)
        while True:
            await asyncio.sleep(period)
            with contextlib.suppress(Exception):
                await redis.xclaim(
                    self.stream,
                    self.group,
                    self.settings.consumer_name,
                    min_idle_time=0,
                    message_ids=cast("list[Any]", ids),  # redis-py annotates a one-element tuple
                    justid=True,
                )

    async def run_locked(self, redis: RedisClient, entries: list[Entry]) -> None:
        keep_alive = asyncio.create_task(self._keep_alive(redis, [e.id for e in entries]))
        try:
            await self._attempt(redis, entries)
        finally:
            keep_alive.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keep_alive

    async def _attempt(self, redis: RedisClient, entries: list[Entry]) -> None:
        backoff = 0.5
        while entries:
            try:
                failures = await self.process(redis, entries)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not (self.is_outage(exc) or redis_outage(exc)) or self.stopping.is_set():
                    failures = [(e, exc) for e in entries]
                else:
                    self.available = False
                    log.warning(
                        "dependency.unavailable",
                        stage=self.stage,
                        error=f"{type(exc).__name__}: {exc}",
                        retry_in_s=backoff,
                        entries=len(entries),
                    )
                    entries, backoff = await self._wait_out(redis, entries, backoff)
                    continue
            if failures:
                await self._record(redis, failures)
            break
        if not self.available:
            log.info("dependency.available", stage=self.stage)
            self.available = True

    async def _wait_out(
        self, redis: RedisClient, entries: list[Entry], backoff: float
    ) -> tuple[list[Entry], float]:
        """Back off, then keep only the entries still ours; until Redis answers (or shutdown)."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_S)
            if self.stopping.is_set():
                return [], backoff  # left pending: finished after the restart, or by another replica
            try:
                return await self._still_ours(redis, entries), backoff
            except Exception as exc:
                if not redis_outage(exc):
                    raise

    async def _still_ours(self, redis: RedisClient, entries: list[Entry]) -> list[Entry]:
        """The entries still pending for this consumer.

        An attempt cut off by a lost connection may have gone through (the reply was lost, not the
        MULTI/EXEC): its entries are acknowledged then, in the same transaction as their results. Those,
        and any another replica took over meanwhile, are not processed again.
        """
        ids = sorted((e.id for e in entries), key=lambda i: tuple(int(p) for p in i.split("-")))
        rows = await redis.xpending_range(
            self.stream,
            self.group,
            min=ids[0],
            max=ids[-1],
            count=len(ids) * 2 + 10,
            consumername=self.settings.consumer_name,
        )
        pending = {
            r["message_id"].decode() if isinstance(r["message_id"], bytes) else r["message_id"] for r in rows
        }
        kept = [e for e in entries if e.id in pending]
        if len(kept) < len(entries):
            log.info("batch.already_done", stage=self.stage, skipped=len(entries) - len(kept), kept=len(kept))
        return kept

    async def _record(self, redis: RedisClient, failures: Failures) -> None:
        first_entry, first_exc = failures[0]
        log.error(
            f"{self.stage}.failed",
            stream=self.stream,
            entries=len(failures),
            first_id=first_entry.id,
            error=f"{type(first_exc).__name__}: {first_exc}",
            retry="after NEWSFLOW_CLAIM_IDLE_MS, up to NEWSFLOW_MAX_DELIVERIES",
        )
        key = errors_key(self.stream, self.group)
        try:
            async with redis.pipeline(transaction=False) as pipe:
                pipe.hset(key, mapping={e.id: f"{type(x).__name__}: {x}"[:2000] for e, x in failures})
                pipe.expire(key, ERRORS_TTL_S)
                await pipe.execute()
        except Exception as exc:  # the entries stay pending either way; only the reason is lost
            log.warning("errors.not_recorded", error=f"{type(exc).__name__}: {exc}")


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


async def until_redis(what: str, action: Callable[[], Awaitable[Any]]) -> Any:
    """Run ``action``, waiting out a Redis outage with back-off (a service started before Redis, or during
    a restart, waits instead of failing)."""
    backoff = 0.5
    while True:
        try:
            return await action()
        except Exception as exc:
            if not redis_outage(exc):
                raise
            log.warning(
                "redis.unavailable", waiting_to=what, error=f"{type(exc).__name__}: {exc}", retry_in_s=backoff
            )
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_S)


async def create_groups(redis_url: str, pairs: Sequence[tuple[str, str]]) -> None:
    """Create each (stream, group) at id 0 before any subscriber starts (FastStream would use ``$``)."""
    client = redisconn.client(redis_url)

    async def create() -> None:
        for stream, group in pairs:
            if await ensure_group(client, stream, group):
                log.info("group.created", stream=stream, group=group, start_id="0")

    try:
        await until_redis("create consumer groups", create)
    finally:
        await client.aclose()


async def missing_groups(redis_url: str, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (stream, group) pairs that no longer exist (a flushed Redis, a deleted stream)."""
    client = redisconn.client(redis_url)
    missing = []
    try:
        for stream, group in pairs:
            try:
                names = {g["name"] for g in await client.xinfo_groups(stream)}
            except Exception:
                names = set()
            if group.encode() not in names and group not in names:
                missing.append((stream, group))
    finally:
        await client.aclose()
    return missing


async def recover_pending(consumer: BatchConsumer) -> int:
    """Finish this consumer's own pending entries (left by a crash); call it before the subscriber starts.

    FastStream only reads new entries (``>``); a consumer restarted under the same name would
    otherwise never see what it had been given before it died.
    """
    redis = redisconn.client(consumer.settings.redis)
    done = 0
    last = "0"
    try:
        while True:
            resp = await until_redis(
                "read this consumer's pending entries",
                lambda last=last: redis.xreadgroup(  # type: ignore[misc]
                    consumer.group,
                    consumer.settings.consumer_name,
                    {consumer.stream: last},
                    count=consumer.settings.batch_size,
                ),
            )
            items = resp[0][1] if resp else []
            if not items:
                break
            last = to_entry(items[-1][0], {}).id
            gone = [i for i, f in items if f is None]  # deleted or trimmed while pending: nothing to do
            if gone:
                await redis.xack(consumer.stream, consumer.group, *gone)
            entries = [to_entry(i, f) for i, f in items if f is not None]
            if entries:
                await consumer.run(redis, entries)
                done += len(entries)
    finally:
        await redis.aclose()
    if done:
        log.info(f"{consumer.stage}.recovered_pending", stream=consumer.stream, entries=done)
    return done


def subscribe_batches(
    app: FastStream,
    broker: RedisBroker,
    *,
    stream: str,
    group: str,
    settings: ServiceSettings,
    process: Process,
    stage: str,
    is_outage: IsOutage = redis_outage,
) -> BatchConsumer:
    """Register a batch subscriber (up to ``settings.batch_size`` entries per read, manual ack) and the
    reclaimer of the group's idle pending entries; returns the consumer both go through."""
    from newsflow.shared.reclaim import Reclaimer
    from newsflow.shared.service import add_health_check
    from newsflow.shared.trim import Trimmer

    consumer = BatchConsumer(settings, stream, group, process, stage, is_outage)
    add_health_check(app, lambda: consumer.available)
    reclaimer = Reclaimer(consumer, on_group_lost=app.exit)
    trimmer = Trimmer(settings, stream)
    app.after_startup(reclaimer.start)
    app.after_startup(trimmer.start)

    @app.on_shutdown
    async def _stop() -> None:
        consumer.stopping.set()
        await reclaimer.stop()
        await trimmer.stop()

    sub = StreamSub(
        stream,
        group=group,
        consumer=settings.consumer_name,
        batch=True,
        max_records=settings.batch_size,
        polling_interval=settings.poll_ms,
        declare=False,
    )

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
        await consumer.run(redis, entries)
        log.debug(f"{stage}.batch", entries=len(entries), ms=round((time.perf_counter() - started) * 1000, 2))

    return consumer

"""Pending entries nobody finished: taken over with XAUTOCLAIM, retried, dead-lettered after N deliveries.

An entry stays pending in its group when the consumer it was delivered to died, or when it failed for
its own sake. Every replica sweeps its group periodically and claims entries idle for longer than
``NEWSFLOW_CLAIM_IDLE_MS``, its own included, so they are retried by whoever is alive, whatever name the
dead consumer had. An entry delivered more than ``NEWSFLOW_MAX_DELIVERIES`` times goes to the dead
stream with its last error, in the same MULTI/EXEC as its acknowledgement. The sweep and the subscriber
never process at the same time, and processing is idempotent, so claiming an entry still in someone's
hands costs a repeat, never a duplicate row.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from newsflow.shared import redisconn
from newsflow.shared.consumer import BatchConsumer, errors_key, redis_outage
from newsflow.shared.logs import get_logger
from newsflow.shared.wire import Entry, Outgoing, commit_batch, dead_letter, to_entry

log = get_logger(__name__)


class MaxDeliveriesExceeded(Exception):
    """The entry failed every time it was delivered."""


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Reclaimer:
    def __init__(self, consumer: BatchConsumer, on_group_lost: Callable[[], None] | None = None) -> None:
        self.consumer = consumer
        self.on_group_lost = on_group_lost
        self.settings = consumer.settings
        self.claimed = 0
        self.dead_lettered = 0
        self._task: asyncio.Task[None] | None = None

    @property
    def interval(self) -> float:
        return max(0.1, min(self.settings.claim_idle_ms / 2000, 10.0))

    async def _deliveries(self, redis: Redis, entries: list[Entry]) -> dict[str, int]:
        c = self.consumer
        rows = await redis.xpending_range(
            c.stream,
            c.group,
            min=entries[0].id,
            max=entries[-1].id,
            count=len(entries) * 2,
            consumername=self.settings.consumer_name,
        )
        return {_text(r["message_id"]): int(r["times_delivered"]) for r in rows}

    async def _dead_letter(self, redis: Redis, entries: list[Entry], deliveries: dict[str, int]) -> None:
        c = self.consumer
        key = errors_key(c.stream, c.group)
        reasons = await redis.hmget(key, [e.id for e in entries])  # type: ignore[misc]  # redis-py union
        letters: list[Outgoing] = []
        for entry, reason in zip(entries, reasons, strict=True):
            n = deliveries[entry.id]
            last = _text(reason) if reason is not None else "unknown (the consumer died while processing it)"
            exc = MaxDeliveriesExceeded(
                f"failed {n} deliveries (NEWSFLOW_MAX_DELIVERIES={self.settings.max_deliveries}); "
                f"last error: {last}"
            )
            letters.append(dead_letter(entry, c.stream, exc, c.stage, deliveries=n))
            log.warning(
                "message.dead_lettered",
                stream=c.stream,
                entry_id=entry.id,
                reason=str(exc),
                correlation_id=entry.correlation_id,
                deliveries=n,
            )
        await commit_batch(
            redis, source_stream=c.stream, group=c.group, ack_ids=[e.id for e in entries], dead=letters
        )
        await redis.hdel(key, *[e.id for e in entries])  # type: ignore[misc]  # redis-py's union return
        self.dead_lettered += len(entries)

    async def sweep(self, redis: Redis) -> int:
        """One pass over the group's idle pending entries; returns how many were claimed."""
        c = self.consumer
        cursor = "0-0"
        done = 0
        while not c.stopping.is_set() and c.available:
            async with c.lock:  # never while this replica's subscriber has a batch in hand
                cursor, n = await self._claim_chunk(redis, cursor)
            done += n
            if cursor == "0-0":
                break
        self.claimed += done
        return done

    async def _claim_chunk(self, redis: Redis, cursor: str) -> tuple[str, int]:
        c = self.consumer
        reply = await redis.xautoclaim(
            c.stream,
            c.group,
            self.settings.consumer_name,
            min_idle_time=self.settings.claim_idle_ms,
            start_id=cursor,
            count=self.settings.batch_size,
        )
        cursor = _text(reply[0])
        entries = [to_entry(i, f) for i, f in reply[1] if f]
        if len(reply) > 2 and reply[2]:  # trimmed or deleted while pending: nothing left to process
            log.warning(f"{c.stage}.pending_entries_gone", stream=c.stream, ids=[_text(i) for i in reply[2]])
        if entries:
            deliveries = await self._deliveries(redis, entries)
            limit = self.settings.max_deliveries
            over = [e for e in entries if deliveries.get(e.id, 0) > limit]
            retry = [e for e in entries if deliveries.get(e.id, 0) <= limit]
            log.info(
                f"{c.stage}.reclaimed",
                stream=c.stream,
                entries=len(entries),
                retry=len(retry),
                dead=len(over),
                first_id=entries[0].id,
            )
            if over:
                await self._dead_letter(redis, over, deliveries)
            if retry:
                await c.run_locked(redis, retry)
        return cursor, len(entries)

    async def _run(self) -> None:
        c = self.consumer
        redis = redisconn.client(self.settings.redis)
        try:
            while not c.stopping.is_set():
                try:
                    await self.sweep(redis)
                except ResponseError as exc:
                    if "NOGROUP" in str(exc) and self.on_group_lost is not None:
                        # FastStream has stopped the subscriber for good: stop the service so that it is
                        # restarted and recreates its group (see newsflow.shared.service.run_service)
                        log.error(f"{c.stage}.group_lost", stream=c.stream, group=c.group)
                        self.on_group_lost()
                        return
                    log.warning(f"{c.stage}.reclaim_failed", stream=c.stream, error=str(exc))
                except Exception as exc:  # Redis away: the entries stay pending, try again later
                    level = "info" if redis_outage(exc) else "warning"
                    getattr(log, level)(
                        f"{c.stage}.reclaim_failed", stream=c.stream, error=f"{type(exc).__name__}: {exc}"
                    )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(c.stopping.wait(), self.interval)
        finally:
            await redis.aclose()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"reclaim:{self.consumer.stream}")

    async def stop(self) -> None:
        if self._task is not None:
            await self._task
